/* mdg-preferences-window.h — the clinic's settings: name, phone, handouts, kiosk, knowledge base.
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MDG_TYPE_PREFERENCES_WINDOW (mdg_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (MdgPreferencesWindow, mdg_preferences_window, MDG, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* A modal window over @parent (may be NULL) that edits the application's
 * GSettings directly; keys an administrator has locked are shown insensitive. */
GtkWidget *mdg_preferences_window_new (GtkWindow *parent);

G_END_DECLS
