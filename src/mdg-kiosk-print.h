/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-kiosk-print.h — the kiosk's "print this for me": a handout straight to
 * the default printer, never a dialog. */
#pragma once

#include <gtk/gtk.h>

#include "mdg-kb.h"

G_BEGIN_DECLS

typedef void (*MdgKioskPrintDone) (gboolean      printed,
                                   const GError *error,
                                   gpointer      user_data);

/* Sends the handout of @kase (which must have one) in @lang to the default
 * printer with the clinic's details from GSettings. No print dialog and no
 * progress window is shown. @done is called once, from the main loop, when
 * the job was handed to the printing system, or failed, or no printer
 * answered in time. */
void mdg_kiosk_print_handout (GtkWindow         *parent,
                              MdgKb             *kb,
                              MdgCase           *kase,
                              const char        *lang,
                              MdgKioskPrintDone  done,
                              gpointer           user_data);

/* How long to wait for the printing system before telling the patient it
 * failed (20 s); for tests. */
void mdg_kiosk_print_set_give_up_ms (guint timeout_ms);

G_END_DECLS
