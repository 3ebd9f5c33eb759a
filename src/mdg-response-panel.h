/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-response-panel.h — one response (1次/2次) on a panel coloured by its actor. */
#pragma once

#include <gtk/gtk.h>

#include "mdg-actor-colours.h"
#include "mdg-kb.h"

G_BEGIN_DECLS

#define MDG_TYPE_RESPONSE_PANEL (mdg_response_panel_get_type ())
G_DECLARE_FINAL_TYPE (MdgResponsePanel, mdg_response_panel, MDG, RESPONSE_PANEL, GtkBox)

GtkWidget  *mdg_response_panel_new                  (MdgKb             *kb,
                                                     const MdgResponse *response,
                                                     const char        *lang);
MdgActor    mdg_response_panel_get_actor            (MdgResponsePanel  *self);
guint       mdg_response_panel_get_stage            (MdgResponsePanel  *self);
/* The mark shown on the panel (国, 患 or 医). */
const char *mdg_response_panel_get_mark             (MdgResponsePanel  *self);
/* The label given to assistive technologies: stage, actor in words, text. */
const char *mdg_response_panel_get_accessible_label (MdgResponsePanel  *self);

/* The actor in words in the UI language ("Patient"); its CSS class is
 * mdg_actor_get_css_class() of the core's palette. */
const char *mdg_actor_get_display_name              (MdgActor           actor);
/* "First response" / "Second response" in the UI language. */
const char *mdg_stage_get_display_name              (guint              stage);

G_END_DECLS
