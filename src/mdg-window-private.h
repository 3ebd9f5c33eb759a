/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-window-private.h — in-app API of MdgWindow, used by the UI tests. */
#pragma once

#include "mdg-window.h"
#include "mdg-case-view.h"

G_BEGIN_DECLS

/* The cases the list shows now, in its order. */
guint           mdg_window_get_n_visible_cases (MdgWindow  *self);
MdgCase        *mdg_window_get_visible_case    (MdgWindow  *self,
                                                guint       position);
GtkWidget      *mdg_window_get_visible_row     (MdgWindow  *self,
                                                guint       position);
/* Selects the case numbered @number and shows it; FALSE if it is not listed. */
gboolean        mdg_window_select_case         (MdgWindow  *self,
                                                guint       number);
/* Runs the search now, without waiting for the entry's delay. */
void            mdg_window_search_now          (MdgWindow  *self);

GtkSearchEntry *mdg_window_get_search_entry    (MdgWindow  *self);
MdgCaseView    *mdg_window_get_case_view       (MdgWindow  *self);
/* The name of the sidebar's page ("list" or "no-results") and of the
 * content's ("welcome", "case", "summary", "glossary", "broken"). */
const char     *mdg_window_get_list_page       (MdgWindow  *self);
const char     *mdg_window_get_content_page    (MdgWindow  *self);
/* The knowledge-base error banner. */
gboolean        mdg_window_get_banner_revealed (MdgWindow  *self);
const char     *mdg_window_get_banner_text     (MdgWindow  *self);
/* The buttons of the no-results page. */
GtkWidget      *mdg_window_get_suggestions_box (MdgWindow  *self);
GtkWidget      *mdg_window_get_areas_box       (MdgWindow  *self);
AdwLeaflet     *mdg_window_get_leaflet         (MdgWindow  *self);
GtkDropDown    *mdg_window_get_area_dropdown   (MdgWindow  *self);

G_END_DECLS
