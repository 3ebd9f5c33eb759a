/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-kiosk-window-private.h — in-app API of MdgKioskWindow, for the tests. */
#pragma once

#include "mdg-kiosk-print.h"
#include "mdg-kiosk-window.h"

G_BEGIN_DECLS

/* Prints the handout of @kase in @lang straight to the default printer and
 * calls @done (with @done_data) once it is sent or has failed; the kiosk
 * calls it only when kiosk-allow-printing is on. The default is
 * mdg_kiosk_print_handout(). */
typedef void (*MdgKioskPrintFunc) (MdgKioskWindow    *self,
                                   MdgCase           *kase,
                                   const char        *lang,
                                   MdgKioskPrintDone  done,
                                   gpointer           done_data,
                                   gpointer           user_data);

/* Overrides kiosk-idle-seconds, so that a test waits milliseconds. */
void           mdg_kiosk_window_set_idle_timeout_ms (MdgKioskWindow    *self,
                                                     guint              timeout_ms);
guint          mdg_kiosk_window_get_idle_timeout_ms (MdgKioskWindow    *self);
/* Replaces the printing, so that a test never reaches a printer. */
void           mdg_kiosk_window_set_print_func      (MdgKioskWindow    *self,
                                                     MdgKioskPrintFunc  func,
                                                     gpointer           user_data);

/* The state an idle reset must clear. */
const char    *mdg_kiosk_window_get_language        (MdgKioskWindow    *self);
/* "start", "cases", "case", "language" or "unlock". */
const char    *mdg_kiosk_window_get_page            (MdgKioskWindow    *self);
const MdgArea *mdg_kiosk_window_get_area            (MdgKioskWindow    *self);
MdgCase       *mdg_kiosk_window_get_case            (MdgKioskWindow    *self);
const char    *mdg_kiosk_window_get_query           (MdgKioskWindow    *self);
GtkEditable   *mdg_kiosk_window_get_search_entry    (MdgKioskWindow    *self);
const char    *mdg_kiosk_window_get_pin_text        (MdgKioskWindow    *self);
guint          mdg_kiosk_window_get_inhibit_cookie  (MdgKioskWindow    *self);
/* The question of the start page, to see the language change. */
GtkLabel      *mdg_kiosk_window_get_question_label  (MdgKioskWindow    *self);
/* The widget that opens the PIN pad when held for three seconds. */
GtkWidget     *mdg_kiosk_window_get_unlock_corner   (MdgKioskWindow    *self);

/* What a long press on the corner does: opens the PIN pad, unless no PIN is
 * set. Returns whether it opened. */
gboolean       mdg_kiosk_window_begin_unlock        (MdgKioskWindow    *self);
/* Types @pin into the PIN pad and submits it; TRUE if it unlocked. */
/* Ends a PIN lock-out now, as if its wait were over. */
void           mdg_kiosk_window_end_lockout         (MdgKioskWindow    *self);
gboolean       mdg_kiosk_window_submit_pin          (MdgKioskWindow    *self,
                                                     const char        *pin);
/* Runs the idle reset now. */
void           mdg_kiosk_window_reset               (MdgKioskWindow    *self);

G_END_DECLS
