/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-window.h — the staff window: search and list of cases beside the case shown. */
#pragma once

#include <adwaita.h>

#include "mdg-application.h"

G_BEGIN_DECLS

#define MDG_TYPE_WINDOW (mdg_window_get_type ())
G_DECLARE_FINAL_TYPE (MdgWindow, mdg_window, MDG, WINDOW, AdwApplicationWindow)

MdgWindow *mdg_window_new (MdgApplication *application);

G_END_DECLS
