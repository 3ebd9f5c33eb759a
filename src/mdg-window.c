/* mdg-window.c
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <glib/gi18n.h>

#include "mdg-case-row.h"
#include "mdg-case-view.h"
#include "mdg-first-frame.h"
#include "mdg-glossary-page.h"
#include "mdg-print.h"
#include "mdg-summary-page.h"
#include "mdg-ui-util.h"
#include "mdg-window-list.h"
#include "mdg-window-private.h"

#define N_SUGGESTIONS 6

G_DEFINE_FINAL_TYPE (MdgWindow, mdg_window, ADW_TYPE_APPLICATION_WINDOW)

static void mdg_window_load (MdgWindow *self);

static MdgCaseView *
mdg_window_ensure_case_view (MdgWindow *self)
{
  if (self->case_view == NULL)
    {
      self->case_view = g_object_new (MDG_TYPE_CASE_VIEW, NULL);
      adw_clamp_set_child (self->case_clamp, GTK_WIDGET (self->case_view));
    }
  return self->case_view;
}

/* Says @text through the status label (a live region: GTK 4.8 has no
 * gtk_accessible_announce). The label is invisible: the count under the
 * search shows the same to the eye. */
static void
mdg_window_announce (MdgWindow  *self,
                     const char *text)
{
  mdg_ui_announce (GTK_WIDGET (self), self->status_label, text);
}

static char *
mdg_window_count_text (MdgWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));

  /* Translators: how many cases the list shows, read out as the query changes. */
  return g_strdup_printf (ngettext ("%u case", "%u cases", n), n);
}

/* The case whose view is on screen, or NULL. */
static MdgCase *
mdg_window_get_shown_case (MdgWindow *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "case") != 0)
    return NULL;
  return self->case_view != NULL ? mdg_case_view_get_case (self->case_view) : NULL;
}

/* A handout exists only for cases where the patient or citizen acts. */
static void
mdg_window_update_print_actions (MdgWindow *self)
{
  MdgCase *kase = mdg_window_get_shown_case (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-handout",
                                 kase != NULL && kase->handout != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-reference-sheet",
                                 self->kb != NULL);
}

/* The window opens at the size and state it was closed in. */
static void
mdg_window_bind_settings (MdgWindow *self,
                          GSettings *settings)
{
  if (settings == NULL)
    return;

  g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
}

MdgWindow *
mdg_window_new (MdgApplication *application)
{
  MdgWindow *self;

  g_return_val_if_fail (MDG_IS_APPLICATION (application), NULL);

  self = g_object_new (MDG_TYPE_WINDOW,
                       "application", application,
                       NULL);
  /* GtkWindow:application is set after constructed(), so load here. */
  mdg_window_load (self);
  mdg_window_update_print_actions (self);
  mdg_window_bind_settings (self, mdg_application_get_settings (application));

  return self;
}

MdgApplication *
mdg_window_get_app (MdgWindow *self)
{
  return MDG_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
}

static void
mdg_window_navigate_to_content (MdgWindow *self)
{
  g_assert (MDG_IS_WINDOW (self));

  adw_leaflet_set_visible_child_name (self->leaflet, "content");
}

static void
mdg_window_show_content_page (MdgWindow  *self,
                              const char *name,
                              const char *title,
                              const char *subtitle)
{
  g_assert (MDG_IS_WINDOW (self));

  gtk_stack_set_visible_child_name (self->content_stack, name);
  adw_window_title_set_title (self->content_title, title != NULL ? title : "");
  adw_window_title_set_subtitle (self->content_title, subtitle != NULL ? subtitle : "");
  /* An empty title would be read as "GtkLabel". */
  mdg_ui_a11y_set_hidden (GTK_WIDGET (self->content_title), title == NULL || *title == '\0');
  mdg_window_update_print_actions (self);
}

static void
mdg_window_show_case (MdgWindow *self,
                      MdgCase   *kase)
{
  g_autofree char *title = NULL;
  GtkAdjustment *adjustment;

  g_assert (MDG_IS_WINDOW (self));

  if (kase == NULL)
    return;

  if (mdg_case_view_get_case (mdg_window_ensure_case_view (self)) != kase)
    {
      mdg_case_view_set_case (self->case_view, self->kb, kase, self->lang);
      adjustment = gtk_scrolled_window_get_vadjustment (self->case_scroller);
      gtk_adjustment_set_value (adjustment, 0);
    }

  /* Translators: the header of the case view, %u is the case number. */
  title = g_strdup_printf (_("Case %u"), kase->number);
  mdg_window_show_content_page (self, "case", title,
                                kase->area != NULL ? mdg_text_get (kase->area->name, self->lang) : NULL);
}

static void
mdg_window_scroll_to_row (MdgWindow *self,
                          GtkWidget *row)
{
  graphene_point_t point;
  GtkAdjustment *adjustment;

  g_assert (MDG_IS_WINDOW (self));

  if (!gtk_widget_compute_point (row, GTK_WIDGET (self->list_box),
                                 &GRAPHENE_POINT_INIT (0, 0), &point))
    return;

  adjustment = gtk_scrolled_window_get_vadjustment (self->list_scroller);
  gtk_adjustment_clamp_page (adjustment, point.y, point.y + gtk_widget_get_height (row));
}

static void
mdg_window_select_position (MdgWindow *self,
                            int        position)
{
  GtkListBoxRow *row;

  g_assert (MDG_IS_WINDOW (self));

  row = gtk_list_box_get_row_at_index (self->list_box, position);
  if (row == NULL)
    return;

  gtk_list_box_select_row (self->list_box, row);
  mdg_window_scroll_to_row (self, GTK_WIDGET (row));
}

static void
mdg_window_clear_buttons (GtkFlowBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_flow_box_remove (box, child);
}

static void
mdg_window_suggestion_clicked_cb (MdgWindow *self,
                                  GtkButton *button)
{
  g_assert (MDG_IS_WINDOW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), gtk_button_get_label (button));
  gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
  mdg_window_search_now (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
mdg_window_update_no_results (MdgWindow *self)
{
  g_autofree char *escaped = NULL;
  g_autofree char *description = NULL;
  g_auto(GStrv) suggestions = NULL;
  MdgSearch *search;

  g_assert (MDG_IS_WINDOW (self));

  escaped = g_markup_escape_text (self->query != NULL ? self->query : "", -1);
  if (self->area != NULL && self->query != NULL)
    {
      g_autofree char *area = g_markup_escape_text (mdg_text_get (self->area->name, self->lang), -1);

      /* Translators: the first %s is a business area, the second what was searched for. */
      description = g_strdup_printf (_("No case in “%s” matches “%s”."), area, escaped);
    }
  else
    /* Translators: %s is what was searched for. */
    description = g_strdup_printf (_("No case matches “%s”."), escaped);
  adw_status_page_set_description (self->no_results_page, description);

  mdg_window_clear_buttons (self->suggestions_box);
  search = mdg_window_get_search (self);
  if (search != NULL && self->query != NULL)
    suggestions = mdg_search_suggest_in (search, self->query, self->lang, N_SUGGESTIONS);

  for (guint i = 0; suggestions != NULL && suggestions[i] != NULL; i++)
    {
      GtkWidget *button = gtk_button_new_with_label (suggestions[i]);

      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, "small-pill");
      g_signal_connect_object (button, "clicked",
                               G_CALLBACK (mdg_window_suggestion_clicked_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_flow_box_append (self->suggestions_box, button);
    }

  mdg_ui_a11y_tidy (GTK_WIDGET (self->suggestions_box));
  gtk_widget_set_visible (GTK_WIDGET (self->suggestions_label),
                          suggestions != NULL && suggestions[0] != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->suggestions_box),
                          suggestions != NULL && suggestions[0] != NULL);
}

/* Re-runs the filter and the sorter after the query or the area changed. */
void
mdg_window_refresh (MdgWindow *self)
{
  guint n_items;

  g_assert (MDG_IS_WINDOW (self));

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
  /* A row's heading depends on the query too (related or not). */
  gtk_list_box_invalidate_headers (self->list_box);

  /* Rows the list box kept were made for the previous query. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (MDG_IS_CASE_ROW (child))
        {
          MdgCase *kase = mdg_case_row_get_case (MDG_CASE_ROW (child));

          mdg_case_row_set_match (MDG_CASE_ROW (child),
                                  self->query != NULL ? mdg_window_get_search (self) : NULL,
                                  self->query, mdg_window_get_fields (self, kase));
        }
    }

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  if (n_items == 0 && self->kb != NULL)
    {
      g_autofree char *said = NULL;

      mdg_window_update_no_results (self);
      gtk_stack_set_visible_child_name (self->list_stack, "no-results");
      gtk_label_set_text (self->count_label, "");
      said = mdg_ui_markup_to_text (adw_status_page_get_description (self->no_results_page));
      mdg_window_announce (self, said);
    }
  else
    {
      g_autofree char *count = mdg_window_count_text (self);

      g_autoptr(MdgCase) best = g_list_model_get_item (G_LIST_MODEL (self->sort_model), 0);
      gboolean selects = self->query != NULL || self->area != NULL;

      gtk_stack_set_visible_child_name (self->list_stack, "list");
      gtk_label_set_text (self->count_label, count);
      /* A newly selected case says the count with it (row_selected_cb). */
      if (!selects || best == mdg_window_get_shown_case (self))
        mdg_window_announce (self, count);
      /* The best hit is shown at once; the staff refine or press Enter. */
      if (selects)
        mdg_window_select_position (self, 0);
    }
}

static void
search_changed_cb (MdgWindow      *self,
                   GtkSearchEntry *entry)
{
  g_assert (MDG_IS_WINDOW (self));

  /* Typing while a case fills a narrow window brings the list back. */
  if (adw_leaflet_get_folded (self->leaflet) &&
      g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "sidebar") != 0 &&
      *gtk_editable_get_text (GTK_EDITABLE (entry)) != '\0')
    adw_leaflet_set_visible_child_name (self->leaflet, "sidebar");

  mdg_window_search_now (self);
}

static void
mdg_window_open_selected (MdgWindow *self)
{
  GtkListBoxRow *row;

  g_assert (MDG_IS_WINDOW (self));

  row = gtk_list_box_get_selected_row (self->list_box);
  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->list_box, 0);
  if (row == NULL)
    return;

  gtk_list_box_select_row (self->list_box, row);
  mdg_window_show_case (self, mdg_case_row_get_case (MDG_CASE_ROW (row)));
  if (adw_leaflet_get_folded (self->leaflet))
    {
      mdg_window_navigate_to_content (self);
      gtk_widget_grab_focus (GTK_WIDGET (self->case_scroller));
    }
}

static void
search_activate_cb (MdgWindow      *self,
                    GtkSearchEntry *entry)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  g_assert (MDG_IS_WINDOW (self));

  /* Apply what was typed if the entry's delay has not run out yet; but
   * keep the row chosen with Up/Down when the query is the one shown. */
  if (g_strcmp0 (*text != '\0' ? text : NULL, self->query) != 0)
    mdg_window_search_now (self);
  mdg_window_open_selected (self);
}

static void
search_stop_cb (MdgWindow      *self,
                GtkSearchEntry *entry)
{
  g_assert (MDG_IS_WINDOW (self));

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  mdg_window_search_now (self);
}

static gboolean
search_key_pressed_cb (MdgWindow             *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  GtkListBoxRow *row;
  int position;
  int n_rows;

  g_assert (MDG_IS_WINDOW (self));

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  n_rows = (int)g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  row = gtk_list_box_get_selected_row (self->list_box);
  position = row != NULL ? gtk_list_box_row_get_index (row) : -1;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (n_rows > 0)
        mdg_window_select_position (self, MIN (position + 1, n_rows - 1));
      return GDK_EVENT_STOP;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      if (n_rows > 0)
        mdg_window_select_position (self, MAX (position - 1, 0));
      return GDK_EVENT_STOP;

    case GDK_KEY_Page_Down:
    case GDK_KEY_Page_Up:
      {
        /* Read a long case without leaving the search entry. */
        GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->case_scroller);
        double step = gtk_adjustment_get_page_increment (adjustment);

        gtk_adjustment_set_value (adjustment,
                                  gtk_adjustment_get_value (adjustment) +
                                  (keyval == GDK_KEY_Page_Down ? step : -step));
        return GDK_EVENT_STOP;
      }

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

/* The list is one Tab stop: Tab leaves it for the case, Shift+Tab for the
 * filter (GTK 4.8 would stop at every row and select each on the way, losing
 * the case chosen). Up and Down move within it. */
static gboolean
list_key_pressed_cb (MdgWindow             *self,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     GtkEventControllerKey *controller)
{
  g_assert (MDG_IS_WINDOW (self));

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  if (keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab)
    {
      if ((state & GDK_SHIFT_MASK) == 0 && gtk_widget_get_mapped (self->content_pane) &&
          gtk_widget_child_focus (self->content_pane, GTK_DIR_TAB_FORWARD))
        return GDK_EVENT_STOP;
    }
  else if (keyval == GDK_KEY_ISO_Left_Tab)
    {
      if (gtk_widget_grab_focus (GTK_WIDGET (self->area_dropdown)))
        return GDK_EVENT_STOP;
    }

  return GDK_EVENT_PROPAGATE;
}

static void
row_selected_cb (MdgWindow     *self,
                 GtkListBoxRow *row,
                 GtkListBox    *list_box)
{
  g_assert (MDG_IS_WINDOW (self));

  if (row != NULL && MDG_IS_CASE_ROW (row))
    {
      g_autofree char *count = mdg_window_count_text (self);
      g_autofree char *said = NULL;
      MdgCase *kase = mdg_case_row_get_case (MDG_CASE_ROW (row));
      /* Tab into the list selects the row shown again: nothing new to say. */
      gboolean shown = mdg_window_get_shown_case (self) == kase;

      mdg_window_show_case (self, kase);
      /* Translators: read out when the selection moves while typing: "12 cases. Showing: Case 4, …". */
      said = g_strdup_printf (_("%s. Showing: %s"), count,
                              mdg_case_row_get_accessible_label (MDG_CASE_ROW (row)));
      if (!shown)
        mdg_window_announce (self, said);
    }
}

static void
row_activated_cb (MdgWindow     *self,
                  GtkListBoxRow *row,
                  GtkListBox    *list_box)
{
  g_assert (MDG_IS_WINDOW (self));

  if (!MDG_IS_CASE_ROW (row))
    return;

  mdg_window_show_case (self, mdg_case_row_get_case (MDG_CASE_ROW (row)));
  if (adw_leaflet_get_folded (self->leaflet))
    {
      mdg_window_navigate_to_content (self);
      gtk_widget_grab_focus (GTK_WIDGET (self->case_scroller));
    }
}

static void
area_selected_cb (MdgWindow   *self,
                  GParamSpec  *pspec,
                  GtkDropDown *dropdown)
{
  guint selected;
  GPtrArray *areas;

  g_assert (MDG_IS_WINDOW (self));

  if (self->kb == NULL)
    return;

  selected = gtk_drop_down_get_selected (dropdown);
  areas = mdg_kb_get_areas (self->kb);
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > areas->len)
    self->area = NULL;
  else
    self->area = g_ptr_array_index (areas, selected - 1);

  mdg_window_refresh (self);
}

static void
leaflet_folded_cb (MdgWindow  *self,
                   GParamSpec *pspec,
                   AdwLeaflet *leaflet)
{
  g_assert (MDG_IS_WINDOW (self));

  /* Folding with nothing chosen would show an empty page first. */
  if (adw_leaflet_get_folded (leaflet) &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "welcome") == 0)
    adw_leaflet_set_visible_child_name (leaflet, "sidebar");
}

static void
mdg_window_area_clicked_cb (MdgWindow *self,
                            GtkButton *button)
{
  guint position;

  g_assert (MDG_IS_WINDOW (self));

  position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "area-position"));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  /* The drop-down's notify runs the refresh; run the search first so the
   * query is already empty by then. */
  mdg_window_search_now (self);
  gtk_drop_down_set_selected (self->area_dropdown, position);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
mdg_window_find_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MdgWindow *self = MDG_WINDOW (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "sidebar");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
mdg_window_back_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MdgWindow *self = MDG_WINDOW (widget);

  if (!adw_leaflet_get_folded (self->leaflet))
    return;

  adw_leaflet_set_visible_child_name (self->leaflet, "sidebar");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
mdg_window_show_summary_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  MdgWindow *self = MDG_WINDOW (widget);

  if (self->kb == NULL)
    return;

  if (!self->summary_filled)
    {
      self->summary_page = g_object_new (MDG_TYPE_SUMMARY_PAGE, NULL);
      adw_clamp_set_child (self->summary_clamp, GTK_WIDGET (self->summary_page));
      mdg_summary_page_set_kb (self->summary_page, self->kb, self->lang);
      mdg_ui_a11y_tidy (GTK_WIDGET (self->summary_page));
      self->summary_filled = TRUE;
    }

  gtk_list_box_unselect_all (self->list_box);
  mdg_window_show_content_page (self, "summary", _("Summary"), NULL);
  mdg_window_navigate_to_content (self);
}

static void
mdg_window_show_glossary_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  MdgWindow *self = MDG_WINDOW (widget);

  if (self->kb == NULL)
    return;

  if (!self->glossary_filled)
    {
      self->glossary_page = g_object_new (MDG_TYPE_GLOSSARY_PAGE, NULL);
      adw_clamp_set_child (self->glossary_clamp, GTK_WIDGET (self->glossary_page));
      mdg_glossary_page_set_kb (self->glossary_page, self->kb, self->lang);
      mdg_ui_a11y_tidy (GTK_WIDGET (self->glossary_page));
      self->glossary_filled = TRUE;
    }

  gtk_list_box_unselect_all (self->list_box);
  mdg_window_show_content_page (self, "glossary", _("Glossary"), NULL);
  mdg_window_navigate_to_content (self);
}

/* The shortcuts window is a whole window of widgets: it is built when it is
 * first asked for, not with the staff window (where GtkApplication would
 * build it, from gtk/help-overlay.ui, before the first frame). */
static void
mdg_window_show_help_overlay_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/mdg-help-overlay.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }

  gtk_window_present (GTK_WINDOW (overlay));
}

static void
mdg_window_dismiss_banner_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  MdgWindow *self = MDG_WINDOW (widget);

  gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);
  mdg_ui_a11y_set_hidden (GTK_WIDGET (self->banner_revealer), TRUE);
}

static void
mdg_window_print_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  MdgWindow *self = MDG_WINDOW (widget);
  MdgCase *kase;

  if (self->kb == NULL)
    return;

  if (g_strcmp0 (action_name, "win.print-reference-sheet") == 0)
    mdg_print_reference_sheet (GTK_WINDOW (self), self->kb);
  else if ((kase = mdg_window_get_shown_case (self)) != NULL && kase->handout != NULL)
    mdg_print_handout (GTK_WINDOW (self), self->kb, kase);
}

static gboolean
mdg_window_build_index_idle (gpointer user_data)
{
  MdgWindow *self = user_data;

  self->index_idle_id = 0;
  mdg_window_get_search (self);

  return G_SOURCE_REMOVE;
}

static void
mdg_window_after_paint_cb (MdgWindow     *self,
                           GdkFrameClock *frame_clock)
{
  g_assert (MDG_IS_WINDOW (self));

  /* The first frame is on screen: build the search index now, at low
   * priority, unless the first keystroke already did. */
  g_clear_signal_handler (&self->after_paint_id, self->frame_clock);
  g_clear_object (&self->frame_clock);

  if (self->index_idle_id == 0 && self->kb != NULL &&
      !mdg_application_has_search (mdg_window_get_app (self)))
    self->index_idle_id = g_idle_add_full (G_PRIORITY_LOW,
                                           mdg_window_build_index_idle,
                                           self, NULL);
}

static void
mdg_window_map (GtkWidget *widget)
{
  MdgWindow *self = MDG_WINDOW (widget);
  GdkFrameClock *frame_clock;

  GTK_WIDGET_CLASS (mdg_window_parent_class)->map (widget);

  mdg_first_frame_hook (widget);

  frame_clock = gtk_widget_get_frame_clock (widget);
  if (frame_clock != NULL && self->after_paint_id == 0 && self->kb != NULL &&
      !mdg_application_has_search (mdg_window_get_app (self)))
    {
      self->frame_clock = g_object_ref (frame_clock);
      self->after_paint_id = g_signal_connect_object (frame_clock, "after-paint",
                                                      G_CALLBACK (mdg_window_after_paint_cb),
                                                      self, G_CONNECT_SWAPPED);
    }
}

static void
mdg_window_unmap (GtkWidget *widget)
{
  MdgWindow *self = MDG_WINDOW (widget);

  if (self->frame_clock != NULL)
    g_clear_signal_handler (&self->after_paint_id, self->frame_clock);
  g_clear_object (&self->frame_clock);

  GTK_WIDGET_CLASS (mdg_window_parent_class)->unmap (widget);
}

static void
mdg_window_setup_areas (MdgWindow *self)
{
  g_autoptr(GtkStringList) names = NULL;
  GPtrArray *areas;

  g_assert (MDG_IS_WINDOW (self));

  names = gtk_string_list_new (NULL);
  gtk_string_list_append (names, _("All business areas"));

  areas = self->kb != NULL ? mdg_kb_get_areas (self->kb) : NULL;
  for (guint i = 0; areas != NULL && i < areas->len; i++)
    {
      const MdgArea *area = g_ptr_array_index (areas, i);
      const char *name = mdg_text_get (area->name, self->lang);
      GtkWidget *button;

      gtk_string_list_append (names, name);

      button = gtk_button_new_with_label (name);
      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, "small-pill");
      g_object_set_data (G_OBJECT (button), "area-position", GUINT_TO_POINTER (i + 1));
      g_signal_connect_object (button, "clicked",
                               G_CALLBACK (mdg_window_area_clicked_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_flow_box_append (self->areas_box, button);
    }

  g_signal_handlers_block_by_func (self->area_dropdown, area_selected_cb, self);
  gtk_drop_down_set_model (self->area_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->area_dropdown, 0);
  g_signal_handlers_unblock_by_func (self->area_dropdown, area_selected_cb, self);
  /* The area filter reads as "業務：すべての業務", not as its inner toggle. */
  mdg_ui_dropdown_a11y_init (self->area_dropdown, _("Business area"));
}

static void
mdg_window_load (MdgWindow *self)
{
  MdgApplication *app;
  const GError *error;
  g_autoptr(GListModel) cases = NULL;

  app = mdg_window_get_app (self);
  g_return_if_fail (MDG_IS_APPLICATION (app));

  self->lang = g_strdup (mdg_application_get_content_language (app));
  g_set_object (&self->kb, mdg_application_get_kb (app));

  error = mdg_application_get_kb_error (app);
  if (error != NULL)
    {
      g_autofree char *text = NULL;

      if (self->kb != NULL)
        /* Translators: %s is the loader's error, one sentence naming the place. */
        text = g_strdup_printf (_("The knowledge-base file could not be used, so Madoguchi shows its bundled one. %s"),
                                error->message);
      else
        text = g_strdup (error->message);
      gtk_label_set_text (self->banner_label, text);
      gtk_revealer_set_reveal_child (self->banner_revealer, TRUE);
      mdg_ui_a11y_set_hidden (GTK_WIDGET (self->banner_revealer), FALSE);
    }

  if (self->kb != NULL)
    {
      g_autofree char *as_of = NULL;
      g_autofree char *welcome = NULL;

      cases = g_object_ref (mdg_kb_get_cases (self->kb));
      /* In the welcome text rather than under the window's title, where it
       * would be the only text of its size before a case is open. */
      /* Translators: %s is the date of the knowledge base, YYYY-MM-DD. */
      as_of = g_strdup_printf (_("The knowledge base is as of %s."), mdg_kb_get_date (self->kb));
      welcome = g_strdup_printf ("%s\n\n%s", gtk_label_get_label (self->welcome_label), as_of);
      gtk_label_set_text (self->welcome_label, welcome);
    }
  else
    {
      cases = G_LIST_MODEL (g_list_store_new (MDG_TYPE_CASE));
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (gtk_stack_get_child_by_name (self->content_stack, "broken")),
                                     "dialog-error-symbolic");
      gtk_stack_set_visible_child_name (self->content_stack, "broken");
      gtk_widget_set_sensitive (GTK_WIDGET (self->search_entry), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->area_dropdown), FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-summary", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-glossary", FALSE);
    }

  mdg_window_list_bind (self, cases);

  mdg_window_setup_areas (self);

  mdg_ui_a11y_tidy (GTK_WIDGET (self->areas_box));
  if (self->kb != NULL)
    {
      g_autofree char *count = mdg_window_count_text (self);

      gtk_label_set_text (self->count_label, count);
    }

  /* Ready to type into as soon as the window appears. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->search_entry));
}

static void
mdg_window_dispose (GObject *object)
{
  MdgWindow *self = (MdgWindow *)object;

  g_clear_handle_id (&self->index_idle_id, g_source_remove);
  if (self->frame_clock != NULL)
    g_clear_signal_handler (&self->after_paint_id, self->frame_clock);
  g_clear_object (&self->frame_clock);

  if (self->list_box != NULL)
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), MDG_TYPE_WINDOW);

  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->sorter);
  g_clear_pointer (&self->ranks, g_hash_table_unref);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_pointer (&self->related, g_hash_table_unref);
  g_clear_pointer (&self->query, g_free);
  g_clear_object (&self->kb);

  G_OBJECT_CLASS (mdg_window_parent_class)->dispose (object);
}

static void
mdg_window_finalize (GObject *object)
{
  MdgWindow *self = (MdgWindow *)object;

  g_clear_pointer (&self->lang, g_free);

  G_OBJECT_CLASS (mdg_window_parent_class)->finalize (object);
}

static void
mdg_window_class_init (MdgWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mdg_window_dispose;
  object_class->finalize = mdg_window_finalize;

  widget_class->map = mdg_window_map;
  widget_class->unmap = mdg_window_unmap;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/mdg-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MdgWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MdgWindow, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, MdgWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, MdgWindow, dismiss_button);
  gtk_widget_class_bind_template_child (widget_class, MdgWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, MdgWindow, count_label);
  gtk_widget_class_bind_template_child (widget_class, MdgWindow, print_button);
  gtk_widget_class_bind_template_child (widget_class, MdgWindow, content_pane);
  gtk_widget_class_bind_template_child (widget_class, MdgWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, MdgWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, MdgWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, MdgWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MdgWindow, area_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MdgWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, MdgWindow, list_scroller);
  gtk_widget_class_bind_template_child (widget_class, MdgWindow, list_box);
  gtk_widget_class_bind_template_child (widget_class, MdgWindow, welcome_label);
  gtk_widget_class_bind_template_child (widget_class, MdgWindow, no_results_page);
  gtk_widget_class_bind_template_child (widget_class, MdgWindow, suggestions_label);
  gtk_widget_class_bind_template_child (widget_class, MdgWindow, suggestions_box);
  gtk_widget_class_bind_template_child (widget_class, MdgWindow, areas_box);
  gtk_widget_class_bind_template_child (widget_class, MdgWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, MdgWindow, case_scroller);
  gtk_widget_class_bind_template_child (widget_class, MdgWindow, case_clamp);
  gtk_widget_class_bind_template_child (widget_class, MdgWindow, summary_clamp);
  gtk_widget_class_bind_template_child (widget_class, MdgWindow, glossary_clamp);

  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, area_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_folded_cb);

  gtk_widget_class_install_action (widget_class, "win.find", NULL, mdg_window_find_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, mdg_window_back_action);
  gtk_widget_class_install_action (widget_class, "win.show-summary", NULL, mdg_window_show_summary_action);
  gtk_widget_class_install_action (widget_class, "win.show-glossary", NULL, mdg_window_show_glossary_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-banner", NULL, mdg_window_dismiss_banner_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, mdg_window_show_help_overlay_action);
  gtk_widget_class_install_action (widget_class, "win.print-handout", NULL, mdg_window_print_action);
  gtk_widget_class_install_action (widget_class, "win.print-reference-sheet", NULL, mdg_window_print_action);

  /* Escape leaves a case for the list when the window is narrow; in the
   * search entry it clears the search first. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.back", NULL);

}

static void
mdg_window_init (MdgWindow *self)
{
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed",
                           G_CALLBACK (search_key_pressed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), controller);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed",
                           G_CALLBACK (list_key_pressed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->list_box), controller);

  /* Enabled once there is a knowledge base and a case to print. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-handout", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-reference-sheet", FALSE);

  gtk_widget_set_focusable (GTK_WIDGET (self->case_scroller), TRUE);

  /* What a screen reader meets (issue 18). */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->case_scroller),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Case"),
                                  -1);
  g_object_set_data (G_OBJECT (self->case_scroller), "mdg-a11y-named", GINT_TO_POINTER (TRUE));
  mdg_ui_a11y_set_hidden (GTK_WIDGET (self->banner_revealer), TRUE);
  mdg_ui_a11y_set_hidden (GTK_WIDGET (self->content_title), TRUE);
  /* The status over it says the same. */
  mdg_ui_a11y_set_hidden (GTK_WIDGET (self->count_label), TRUE);
  {
    const char *dismiss = gtk_button_get_label (GTK_BUTTON (self->dismiss_button));
    g_autofree char *plain = mdg_ui_strip_mnemonic (dismiss);

    gtk_accessible_update_property (GTK_ACCESSIBLE (self->dismiss_button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, plain,
                                    -1);
  }
  /* The button is read by its label; the icon and the tooltip add nothing. */
  if (gtk_button_get_child (GTK_BUTTON (self->print_button)) != NULL)
    mdg_ui_a11y_set_hidden (gtk_button_get_child (GTK_BUTTON (self->print_button)), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->print_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "",
                                  -1);
  /* mdg-print.c says there how printing goes. */
  g_object_set_data (G_OBJECT (self), "mdg-status-label", self->status_label);
  if (gtk_menu_button_get_popover (self->menu_button) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_menu_button_get_popover (self->menu_button)),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _("Main Menu"),
                                    -1);
  mdg_ui_stack_a11y_init (self->list_stack);
  mdg_ui_stack_a11y_init (self->content_stack);
  mdg_ui_a11y_tidy (GTK_WIDGET (self));
}

/* In-app API for the tests (mdg-window-private.h). */

guint
mdg_window_get_n_visible_cases (MdgWindow *self)
{
  g_return_val_if_fail (MDG_IS_WINDOW (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
}

MdgCase *
mdg_window_get_visible_case (MdgWindow *self,
                             guint      position)
{
  g_autoptr(MdgCase) kase = NULL;

  g_return_val_if_fail (MDG_IS_WINDOW (self), NULL);

  kase = g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);
  /* The knowledge base keeps every case alive. */
  return kase;
}

GtkWidget *
mdg_window_get_visible_row (MdgWindow *self,
                            guint      position)
{
  g_return_val_if_fail (MDG_IS_WINDOW (self), NULL);
  return GTK_WIDGET (gtk_list_box_get_row_at_index (self->list_box, position));
}

gboolean
mdg_window_select_case (MdgWindow *self,
                        guint      number)
{
  guint n;

  g_return_val_if_fail (MDG_IS_WINDOW (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MdgCase) kase = g_list_model_get_item (G_LIST_MODEL (self->sort_model), i);

      if (kase->number == number)
        {
          mdg_window_select_position (self, i);
          mdg_window_show_case (self, kase);
          return TRUE;
        }
    }

  return FALSE;
}

GtkSearchEntry *
mdg_window_get_search_entry (MdgWindow *self)
{
  g_return_val_if_fail (MDG_IS_WINDOW (self), NULL);
  return self->search_entry;
}

MdgCaseView *
mdg_window_get_case_view (MdgWindow *self)
{
  g_return_val_if_fail (MDG_IS_WINDOW (self), NULL);
  return mdg_window_ensure_case_view (self);
}

const char *
mdg_window_get_list_page (MdgWindow *self)
{
  g_return_val_if_fail (MDG_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->list_stack);
}

const char *
mdg_window_get_content_page (MdgWindow *self)
{
  g_return_val_if_fail (MDG_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->content_stack);
}

gboolean
mdg_window_get_banner_revealed (MdgWindow *self)
{
  g_return_val_if_fail (MDG_IS_WINDOW (self), FALSE);
  return gtk_revealer_get_reveal_child (self->banner_revealer);
}

const char *
mdg_window_get_banner_text (MdgWindow *self)
{
  g_return_val_if_fail (MDG_IS_WINDOW (self), NULL);
  return gtk_label_get_text (self->banner_label);
}

GtkWidget *
mdg_window_get_suggestions_box (MdgWindow *self)
{
  g_return_val_if_fail (MDG_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->suggestions_box);
}

GtkWidget *
mdg_window_get_areas_box (MdgWindow *self)
{
  g_return_val_if_fail (MDG_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->areas_box);
}

AdwLeaflet *
mdg_window_get_leaflet (MdgWindow *self)
{
  g_return_val_if_fail (MDG_IS_WINDOW (self), NULL);
  return self->leaflet;
}

GtkDropDown *
mdg_window_get_area_dropdown (MdgWindow *self)
{
  g_return_val_if_fail (MDG_IS_WINDOW (self), NULL);
  return self->area_dropdown;
}
