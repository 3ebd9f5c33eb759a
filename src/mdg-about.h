/* mdg-about.h — the About window.
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* An AdwAboutWindow over @parent (may be NULL) with the name, developer,
 * summary, links, licence and newest release (version and notes) that the
 * metainfo gives, in the UI language. */
GtkWindow *mdg_about_window_new (GtkWindow *parent);

G_END_DECLS
