/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-kiosk-window.h — the waiting-room kiosk: a fullscreen, locked window in
 * which a patient reads, in their own language, what happened and what to do. */
#pragma once

#include <adwaita.h>

#include "mdg-kb.h"

G_BEGIN_DECLS

#define MDG_TYPE_KIOSK_WINDOW (mdg_kiosk_window_get_type ())
G_DECLARE_FINAL_TYPE (MdgKioskWindow, mdg_kiosk_window, MDG, KIOSK_WINDOW, AdwWindow)

/* Call before g_application_run() when the process is going to be a kiosk:
 * it removes what would let a user open the GTK inspector (GTK_DEBUG). */
void       mdg_kiosk_prepare_environment (void);

/* Creates the kiosk for @app, locks the application down (its actions and
 * accelerators go, the inspector cannot open, the session's idle and suspend
 * are inhibited) and presents the window fullscreen. The window refuses to
 * close; it ends with the process, or when an administrator unlocks it with
 * the PIN of the kiosk-unlock-hash setting (then it is destroyed and the
 * application quits when it has no other window). */
GtkWidget *mdg_kiosk_window_new          (GtkApplication *app,
                                          MdgKb          *kb);

G_END_DECLS
