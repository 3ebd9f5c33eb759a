/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-window-private.h — MdgWindow's struct, and its in-app API used by the UI tests. */
#pragma once

#include "mdg-window.h"
#include "mdg-case-view.h"
#include "mdg-glossary-page.h"
#include "mdg-summary-page.h"

G_BEGIN_DECLS

/* For mdg-window.c and mdg-window-list.c; the tests use the functions below. */
struct _MdgWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template children */
  AdwLeaflet           *leaflet;
  GtkRevealer          *banner_revealer;
  GtkLabel             *banner_label;
  GtkWidget            *dismiss_button;
  GtkLabel             *status_label;
  GtkLabel             *count_label;
  GtkWidget            *print_button;
  GtkWidget            *content_pane;
  GtkMenuButton        *menu_button;
  AdwWindowTitle       *sidebar_title;
  AdwWindowTitle       *content_title;
  GtkSearchEntry       *search_entry;
  GtkDropDown          *area_dropdown;
  GtkStack             *list_stack;
  GtkScrolledWindow    *list_scroller;
  GtkListBox           *list_box;
  GtkLabel             *welcome_label;
  AdwStatusPage        *no_results_page;
  GtkLabel             *suggestions_label;
  GtkFlowBox           *suggestions_box;
  GtkFlowBox           *areas_box;
  GtkStack             *content_stack;
  GtkScrolledWindow    *case_scroller;
  AdwClamp             *case_clamp;
  AdwClamp             *summary_clamp;
  AdwClamp             *glossary_clamp;
  /* Built when first shown: with them in the template the first frame cost
   * a fifth more instructions (docs/PERFORMANCE.md). */
  MdgCaseView          *case_view;
  MdgSummaryPage       *summary_page;
  MdgGlossaryPage      *glossary_page;

  MdgKb                *kb;
  char                 *lang;

  /* cases → filter (query hits, area) → sort (search rank) → list box */
  GtkCustomFilter      *filter;
  GtkCustomSorter      *sorter;
  GtkSortListModel     *sort_model;

  /* The current query's hits: MdgCase* → rank + 1, and → MdgField. NULL
   * when the query is empty, which lists every case by number. */
  GHashTable           *ranks;
  GHashTable           *fields;
  GHashTable           *related;   /* the hits only possibly related, listed last */
  char                 *query;
  const MdgArea        *area;

  GdkFrameClock        *frame_clock;
  gulong                after_paint_id;
  guint                 index_idle_id;

  guint                 summary_filled : 1;
  guint                 glossary_filled : 1;
};


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
