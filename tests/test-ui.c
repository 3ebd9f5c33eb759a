/* test-ui.c — the staff window, with the real bundled knowledge base, under Xvfb.
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <gtk/gtk.h>

#include "mdg-application.h"
#include "mdg-case-row.h"
#include "mdg-response-panel.h"
#include "mdg-window-private.h"
#include "test-util.h"

typedef struct {
  MdgApplication *app;
  MdgWindow      *window;
} Fixture;

static void
open_window (Fixture    *fixture,
             const char *kb_path)
{
  g_autoptr(GError) error = NULL;

  fixture->app = mdg_application_new (kb_path);
  /* No D-Bus name: several applications in one test run. */
  g_application_set_flags (G_APPLICATION (fixture->app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (fixture->app), NULL, &error));
  g_assert_no_error (error);

  fixture->window = mdg_window_new (fixture->app);
  /* The search index is built after the first frame, not before. */
  g_assert_false (mdg_application_has_search (fixture->app));
  gtk_window_present (GTK_WINDOW (fixture->window));
  spin (200);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));
}

/* Every case of the window's knowledge base: the document's twelve and the
 * ones added after it. */
static guint
n_cases (Fixture *fixture)
{
  return mdg_kb_get_n_cases (mdg_application_get_kb (fixture->app));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  open_window (fixture, data);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  spin (20);
  g_clear_object (&fixture->app);
}

static void
collect_panels (GtkWidget *widget,
                GPtrArray *out)
{
  if (MDG_IS_RESPONSE_PANEL (widget))
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_panels (child, out);
}

static gboolean
is_icon_only (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget))
    return gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)) != NULL;
  return GTK_IS_BUTTON (widget) && GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (widget)));
}

/* An icon says nothing to a screen reader: every button that shows only an
 * icon, ours and libadwaita's, must have a name, its own or (the toggle
 * button inside a GtkMenuButton) its parent's. Returns how many were seen. */
static guint
assert_icon_buttons_named (GtkWidget *root)
{
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();
  guint n = 0;

  collect_widgets (root, widgets);
  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);
      GtkWidget *parent = gtk_widget_get_parent (widget);

      if (!is_icon_only (widget))
        continue;
      n++;
      if (icon_button_is_named (widget))
        continue;
      g_error ("%s (%s, in %s) shows only an icon and has no accessible label",
               G_OBJECT_TYPE_NAME (widget),
               GTK_IS_BUTTON (widget) && gtk_button_get_icon_name (GTK_BUTTON (widget))
                 ? gtk_button_get_icon_name (GTK_BUTTON (widget)) : "?",
               parent != NULL ? G_OBJECT_TYPE_NAME (parent) : "nothing");
    }
  g_test_message ("%u icon-only buttons, all named", n);

  return n;
}

static GtkWidget *
find_button (Fixture    *fixture,
             const char *action_name)
{
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();

  collect_widgets (GTK_WIDGET (fixture->window), widgets);
  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);

      if (GTK_IS_BUTTON (widget) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)
        return widget;
    }

  g_error ("No button for %s", action_name);
}

static GtkWidget *
find_menu_button (Fixture *fixture)
{
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();

  collect_widgets (GTK_WIDGET (fixture->window), widgets);
  for (guint i = 0; i < widgets->len; i++)
    if (GTK_IS_MENU_BUTTON (g_ptr_array_index (widgets, i)))
      return g_ptr_array_index (widgets, i);

  g_error ("No menu button");
}

static void
search (Fixture    *fixture,
        const char *query)
{
  gtk_editable_set_text (GTK_EDITABLE (mdg_window_get_search_entry (fixture->window)), query);
  mdg_window_search_now (fixture->window);
  spin (20);
}

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  GtkWidget *row;
  MdgCase *kase;
  const char *label;
  const char *lang;

  /* The document's cases in its order; added cases join their areas. */
  g_assert_cmpuint (mdg_window_get_n_visible_cases (fixture->window), ==, n_cases (fixture));
  {
    guint next = 1;

    for (guint i = 0; i < n_cases (fixture); i++)
      if (mdg_window_get_visible_case (fixture->window, i)->origin == MDG_ORIGIN_DOCUMENT)
        g_assert_cmpuint (mdg_window_get_visible_case (fixture->window, i)->number, ==, next++);
    g_assert_cmpuint (next, ==, 13);
  }

  /* Each row names number, area, title and error code to a screen reader. */
  row = mdg_window_get_visible_row (fixture->window, 0);
  g_assert_true (MDG_IS_CASE_ROW (row));
  kase = mdg_case_row_get_case (MDG_CASE_ROW (row));
  label = mdg_case_row_get_accessible_label (MDG_CASE_ROW (row));
  g_assert_nonnull (strstr (label, "1"));
  lang = mdg_application_get_content_language (fixture->app);
  g_assert_nonnull (strstr (label, mdg_text_get (kase->title, lang)));
  g_assert_nonnull (strstr (label, mdg_text_get (kase->area->name, lang)));
  g_assert_nonnull (strstr (label, "010"));
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL, label);

  /* Each business area's name heads its cases once, in the list's order:
   * case 1's above it, and none between cases 1 and 2. */
  for (guint i = 0; i < 12; i++)
    {
      GtkWidget *header;
      const MdgArea *area = mdg_window_get_visible_case (fixture->window, i)->area;
      gboolean first = i == 0 || mdg_window_get_visible_case (fixture->window, i - 1)->area != area;

      row = mdg_window_get_visible_row (fixture->window, i);
      header = gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (row));
      if (first)
        {
          g_assert_true (GTK_IS_LABEL (header));
          g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (header)), ==, mdg_text_get (area->name, lang));
        }
      else
        g_assert_null (header);
    }

  /* After the first frame, the index is built in an idle. */
  spin (300);
  g_assert_true (mdg_application_has_search (fixture->app));
}

static void
test_case_4 (Fixture       *fixture,
             gconstpointer  data)
{
  const char *lang = mdg_application_get_content_language (fixture->app);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) panels = g_ptr_array_new ();
  MdgCaseView *view;
  MdgResponsePanel *first;
  MdgResponsePanel *second;

  g_assert_true (mdg_window_select_case (fixture->window, 4));
  spin (50);
  g_assert_cmpstr (mdg_window_get_content_page (fixture->window), ==, "case");

  view = mdg_window_get_case_view (fixture->window);
  g_assert_cmpuint (mdg_case_view_get_case (view)->number, ==, 4);
  collect_labels (GTK_WIDGET (view), text);

  if (g_strcmp0 (lang, "ja") == 0)
    g_assert_nonnull (strstr (text->str, "マイナンバーカードで照会した際、資格情報が無効である。"));
  else
    g_assert_nonnull (strstr (text->str, "When looked up with the My Number Card, the eligibility information is invalid."));

  /* The conditions of the first response are shown as their own parts. */
  g_assert_nonnull (strstr (text->str, g_strcmp0 (lang, "ja") == 0 ? "保険証がある場合" : "If the patient has a health insurance card"));

  collect_panels (GTK_WIDGET (view), panels);
  g_assert_cmpuint (panels->len, ==, 2);
  first = g_ptr_array_index (panels, 0);
  second = g_ptr_array_index (panels, 1);

  g_assert_cmpuint (mdg_response_panel_get_stage (first), ==, 1);
  g_assert_cmpint (mdg_response_panel_get_actor (first), ==, MDG_ACTOR_CLINIC);
  g_assert_cmpstr (mdg_response_panel_get_mark (first), ==, "医");
  g_assert_cmpuint (mdg_response_panel_get_stage (second), ==, 2);
  g_assert_cmpint (mdg_response_panel_get_actor (second), ==, MDG_ACTOR_PATIENT);
  g_assert_cmpstr (mdg_response_panel_get_mark (second), ==, "患");

  /* The marks are on screen as text, not only as colours. */
  g_assert_nonnull (strstr (text->str, "医\n"));
  g_assert_nonnull (strstr (text->str, "患\n"));

  /* The panels name stage and actor in words to a screen reader:
   * "First response — Clinic (医): …" in English. */
  if (g_str_has_prefix (g_get_language_names ()[0], "en"))
    {
      g_assert_true (g_str_has_prefix (mdg_response_panel_get_accessible_label (first),
                                       "First response — Clinic (医): "));
      g_assert_true (g_str_has_prefix (mdg_response_panel_get_accessible_label (second),
                                       "Second response — Patient (患): "));
    }
  g_assert_true (g_str_has_prefix (mdg_response_panel_get_accessible_label (first),
                                   mdg_stage_get_display_name (1)));
  g_assert_nonnull (strstr (mdg_response_panel_get_accessible_label (first),
                            mdg_actor_get_display_name (MDG_ACTOR_CLINIC)));
  g_assert_nonnull (strstr (mdg_response_panel_get_accessible_label (first), "(医)"));
  g_assert_true (g_str_has_prefix (mdg_response_panel_get_accessible_label (second),
                                   mdg_stage_get_display_name (2)));
  g_assert_nonnull (strstr (mdg_response_panel_get_accessible_label (second),
                            mdg_actor_get_display_name (MDG_ACTOR_PATIENT)));
  g_assert_nonnull (strstr (mdg_response_panel_get_accessible_label (second), "(患)"));
  gtk_test_accessible_assert_property (first, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       mdg_response_panel_get_accessible_label (first));
  gtk_test_accessible_assert_property (second, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       mdg_response_panel_get_accessible_label (second));

  /* The legend is there. */
  g_assert_nonnull (strstr (text->str, g_dgettext (GETTEXT_PACKAGE, "Legend:")));
}

static void
test_no_second_response (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) panels = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  MdgCaseView *view;

  /* Case 6 has a first response only: no empty second panel, no heading. */
  g_assert_true (mdg_window_select_case (fixture->window, 6));
  spin (20);
  view = mdg_window_get_case_view (fixture->window);
  collect_panels (GTK_WIDGET (view), panels);
  g_assert_cmpuint (panels->len, ==, 1);
  collect_labels (GTK_WIDGET (view), text);
  g_assert_null (strstr (text->str, mdg_stage_get_display_name (2)));
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  GtkSearchEntry *entry = mdg_window_get_search_entry (fixture->window);
  gint64 end;

  search (fixture, "010");
  g_assert_cmpuint (mdg_window_get_n_visible_cases (fixture->window), >=, 1);
  g_assert_cmpuint (mdg_window_get_visible_case (fixture->window, 0)->number, ==, 1);
  g_assert_cmpstr (mdg_window_get_list_page (fixture->window), ==, "list");
  /* The best hit is shown at once. */
  g_assert_cmpuint (mdg_case_view_get_case (mdg_window_get_case_view (fixture->window))->number, ==, 1);

  /* Escape (stop-search) clears the search: every case again. */
  g_signal_emit_by_name (entry, "stop-search");
  spin (20);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_cmpuint (mdg_window_get_n_visible_cases (fixture->window), ==, n_cases (fixture));

  /* Through the entry's own signal, as typing does. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "010");
  end = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  while (mdg_window_get_n_visible_cases (fixture->window) == n_cases (fixture) &&
         g_get_monotonic_time () < end)
    spin (10);
  g_assert_cmpuint (mdg_window_get_n_visible_cases (fixture->window), <, n_cases (fixture));
  g_assert_cmpuint (mdg_window_get_visible_case (fixture->window, 0)->number, ==, 1);
}

/* The headings of the visible rows, in order, one a line. */
static char *
list_headings (Fixture *fixture)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < mdg_window_get_n_visible_cases (fixture->window); i++)
    {
      GtkWidget *header = gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (mdg_window_get_visible_row (fixture->window, i)));

      if (header != NULL)
        g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (header)));
    }
  return g_string_free (out, FALSE);
}

/* An error code lists its case first and alone among the direct matches;
 * the cases that only mention it in notes or glossary terms follow under a
 * heading of their own; no area's heading comes twice. */
static void
test_search_precision (Fixture       *fixture,
                       gconstpointer  data)
{
  static const char * const queries[] = { "010", "資格", "保険証", "別人", "エラー" };

  search (fixture, "010");
  g_assert_cmpuint (mdg_window_get_n_visible_cases (fixture->window), >, 1);
  g_assert_cmpuint (mdg_window_get_visible_case (fixture->window, 0)->number, ==, 1);
  {
    GtkWidget *first = gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (mdg_window_get_visible_row (fixture->window, 0)));
    GtkWidget *second = gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (mdg_window_get_visible_row (fixture->window, 1)));

    g_assert_nonnull (first);
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (first)), !=, "Possibly related");
    g_assert_nonnull (second);
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (second)), ==, "Possibly related");
  }
  for (guint i = 2; i < mdg_window_get_n_visible_cases (fixture->window); i++)
    g_assert_null (gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (mdg_window_get_visible_row (fixture->window, i))));

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autofree char *headings = NULL;
      g_auto(GStrv) lines = NULL;

      search (fixture, queries[q]);
      headings = list_headings (fixture);
      lines = g_strsplit (headings, "\n", -1);
      for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
        for (guint j = i + 1; lines[j] != NULL; j++)
          if (g_str_equal (lines[i], lines[j]))
            g_error ("“%s” lists the heading “%s” twice:\n%s", queries[q], lines[i], headings);
    }
}

static void
test_no_results (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *areas;
  guint n_buttons = 0;

  search (fixture, "zqxjzqxj");
  g_assert_cmpuint (mdg_window_get_n_visible_cases (fixture->window), ==, 0);
  g_assert_cmpstr (mdg_window_get_list_page (fixture->window), ==, "no-results");

  /* The business areas are offered as buttons. */
  areas = mdg_window_get_areas_box (fixture->window);
  for (GtkWidget *child = gtk_widget_get_first_child (areas);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n_buttons++;
  /* One button per area: the document's five and those of the added cases. */
  g_assert_cmpuint (n_buttons, ==, mdg_kb_get_areas (mdg_application_get_kb (fixture->app))->len);
  g_assert_cmpuint (n_buttons, >=, 5);

  /* The third area, 薬剤情報の閲覧, holds cases 7 to 9: its button clears
   * the search and shows them. */
  {
    GtkWidget *child = gtk_widget_get_first_child (areas);

    child = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (child));
    g_signal_emit_by_name (gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child)), "clicked");
    spin (20);
  }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (mdg_window_get_search_entry (fixture->window))), ==, "");
  g_assert_cmpstr (mdg_window_get_list_page (fixture->window), ==, "list");
  g_assert_cmpuint (mdg_window_get_n_visible_cases (fixture->window), >=, 3);
  g_assert_cmpuint (mdg_window_get_visible_case (fixture->window, 0)->number, ==, 7);
  g_assert_cmpuint (mdg_window_get_visible_case (fixture->window, 2)->number, ==, 9);
  for (guint i = 0; i < mdg_window_get_n_visible_cases (fixture->window); i++)
    g_assert_cmpstr (mdg_window_get_visible_case (fixture->window, i)->area->id, ==,
                     mdg_window_get_visible_case (fixture->window, 0)->area->id);
  g_assert_cmpstr (mdg_window_get_content_page (fixture->window), ==, "case");

  /* Back to every area and every case. */
  gtk_drop_down_set_selected (mdg_window_get_area_dropdown (fixture->window), 0);
  search (fixture, "");
  g_assert_cmpstr (mdg_window_get_list_page (fixture->window), ==, "list");
  g_assert_cmpuint (mdg_window_get_n_visible_cases (fixture->window), ==, n_cases (fixture));
}

/* An added case says so in words in its row and its view, with its sources,
 * the date they were read and what they leave unclear; an update's title is
 * shown with its note. */
static void
test_added_case (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *row_text = NULL;
  g_autofree char *document_row = NULL;
  g_autofree char *view_text = NULL;
  g_autofree char *document_view = NULL;
  GtkWidget *row;

  /* By area, then number: the added case 102 joins its area's cases, and
   * the area's heading is not given twice. */
  g_assert_cmpuint (mdg_window_get_n_visible_cases (fixture->window), ==, 3);
  g_assert_cmpuint (mdg_window_get_visible_case (fixture->window, 0)->number, ==, 1);
  g_assert_cmpuint (mdg_window_get_visible_case (fixture->window, 1)->number, ==, 102);
  g_assert_cmpuint (mdg_window_get_visible_case (fixture->window, 2)->number, ==, 3);
  g_assert_null (gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (mdg_window_get_visible_row (fixture->window, 1))));
  g_assert_nonnull (gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (mdg_window_get_visible_row (fixture->window, 2))));
  row = mdg_window_get_visible_row (fixture->window, 1);
  row_text = labels_of (row);
  g_assert_nonnull (strstr (row_text, "Added — not in the document"));
  g_assert_nonnull (strstr (mdg_case_row_get_accessible_label (MDG_CASE_ROW (row)),
                            "Added — not in the document"));
  document_row = labels_of (mdg_window_get_visible_row (fixture->window, 0));
  g_assert_null (strstr (document_row, "Added"));

  g_assert_true (mdg_window_select_case (fixture->window, 102));
  spin (20);
  view_text = labels_of (mdg_window_get_case_view (fixture->window));
  g_assert_nonnull (strstr (view_text, "Added — not in the document"));
  g_assert_nonnull (strstr (view_text, "マイナ保険証の利用について（厚生労働省）"));
  g_assert_nonnull (strstr (view_text, "https://www.mhlw.go.jp/stf/newpage_08277.html"));
  g_assert_nonnull (strstr (view_text, "2026-12-06"));
  g_assert_nonnull (strstr (view_text, "The sources do not say how the quantity is corrected."));
  g_assert_nonnull (strstr (view_text, "Eligibility certificates issued"));

  g_assert_true (mdg_window_select_case (fixture->window, 1));
  spin (20);
  document_view = labels_of (mdg_window_get_case_view (fixture->window));
  g_assert_null (strstr (document_view, "Added — not in the document"));
}

/* The no-results page suggests words in the window's language; run with
 * LANGUAGE=en and LANGUAGE=ja (the ui-japanese test). */
static void
test_suggestion_language (Fixture       *fixture,
                          gconstpointer  data)
{
  const char *lang = mdg_application_get_content_language (fixture->app);
  GtkWidget *box;
  guint n = 0;

  search (fixture, "hokenn muukoo");
  g_assert_cmpstr (mdg_window_get_list_page (fixture->window), ==, "no-results");
  box = mdg_window_get_suggestions_box (fixture->window);
  for (GtkWidget *child = gtk_widget_get_first_child (box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *button = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));
      const char *label = gtk_button_get_label (GTK_BUTTON (button));
      gboolean japanese = FALSE;

      for (const char *p = label; *p != '\0'; p = g_utf8_next_char (p))
        japanese |= g_utf8_get_char (p) >= 0x3040 && g_utf8_get_char (p) <= 0x9FFF;
      if (japanese != g_str_has_prefix (lang, "ja"))
        g_error ("a window in %s suggests “%s”", lang, label);
      n++;
    }
  g_test_message ("%u suggestions in %s", n, lang);
  g_assert_cmpuint (n, >, 0);
}

static void
test_pages (Fixture       *fixture,
            gconstpointer  data)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-summary", NULL);
  g_assert_cmpstr (mdg_window_get_content_page (fixture->window), ==, "summary");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-glossary", NULL);
  g_assert_cmpstr (mdg_window_get_content_page (fixture->window), ==, "glossary");
  /* Printing is another issue's: the actions exist (disabled for now). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.print-handout", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.print-reference-sheet", NULL));
}

/* Every case row is a list item named with number, area, title and code. */
static void
test_accessible_rows (Fixture       *fixture,
                      gconstpointer  data)
{
  const char *lang = mdg_application_get_content_language (fixture->app);

  for (guint i = 0; i < mdg_window_get_n_visible_cases (fixture->window); i++)
    {
      GtkWidget *row = mdg_window_get_visible_row (fixture->window, i);
      MdgCase *kase = mdg_case_row_get_case (MDG_CASE_ROW (row));
      const char *label = mdg_case_row_get_accessible_label (MDG_CASE_ROW (row));
      g_autofree char *number = g_strdup_printf ("%u", kase->number);

      gtk_test_accessible_assert_role (row, GTK_ACCESSIBLE_ROLE_LIST_ITEM);
      gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL, label);
      g_assert_nonnull (strstr (label, number));
      g_assert_nonnull (strstr (label, mdg_text_get (kase->title, lang)));
    }
  gtk_test_accessible_assert_role (gtk_widget_get_parent (mdg_window_get_visible_row (fixture->window, 0)),
                                   GTK_ACCESSIBLE_ROLE_LIST);
  gtk_test_accessible_assert_property (gtk_widget_get_parent (mdg_window_get_visible_row (fixture->window, 0)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Cases");
}

/* Each response panel is a group named by stage and actor, in every case. */
static void
test_accessible_panels (Fixture       *fixture,
                        gconstpointer  data)
{
  for (guint number = 1; number <= 12; number++)
    {
      g_autoptr(GPtrArray) panels = g_ptr_array_new ();

      g_assert_true (mdg_window_select_case (fixture->window, number));
      spin (10);
      collect_panels (GTK_WIDGET (mdg_window_get_case_view (fixture->window)), panels);
      g_assert_cmpuint (panels->len, >=, 1);
      for (guint i = 0; i < panels->len; i++)
        {
          MdgResponsePanel *panel = g_ptr_array_index (panels, i);
          const char *label = mdg_response_panel_get_accessible_label (panel);
          g_autofree char *mark = g_strdup_printf ("(%s)", mdg_response_panel_get_mark (panel));

          gtk_test_accessible_assert_role (panel, GTK_ACCESSIBLE_ROLE_GROUP);
          gtk_test_accessible_assert_property (panel, GTK_ACCESSIBLE_PROPERTY_LABEL, label);
          g_assert_true (g_str_has_prefix (label, mdg_stage_get_display_name (mdg_response_panel_get_stage (panel))));
          g_assert_nonnull (strstr (label, mdg_actor_get_display_name (mdg_response_panel_get_actor (panel))));
          g_assert_nonnull (strstr (label, mark));
        }
    }
}

/* The header bars' icon buttons, wide and narrow (where the leaflet's back
 * button shows), on every page. */
static void
test_accessible_buttons (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *menu_button = find_menu_button (fixture);
  GtkWidget *back_button = find_button (fixture, "win.back");
  GtkWidget *print_button = find_button (fixture, "win.print-handout");

  gtk_test_accessible_assert_role (menu_button, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_property (menu_button, GTK_ACCESSIBLE_PROPERTY_LABEL, "Main Menu");
  gtk_test_accessible_assert_relation (gtk_widget_get_first_child (menu_button),
                                       GTK_ACCESSIBLE_RELATION_LABELLED_BY, menu_button, NULL);
  gtk_test_accessible_assert_role (back_button, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_property (back_button, GTK_ACCESSIBLE_PROPERTY_LABEL, "Back to the List");
  gtk_test_accessible_assert_role (print_button, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_property (print_button, GTK_ACCESSIBLE_PROPERTY_LABEL, "Print Handout…");

  /* Wide, then on a case, the summary and the glossary. */
  g_assert_cmpuint (assert_icon_buttons_named (GTK_WIDGET (fixture->window)), >=, 3);
  g_assert_true (mdg_window_select_case (fixture->window, 4));
  spin (20);
  assert_icon_buttons_named (GTK_WIDGET (fixture->window));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-summary", NULL);
  spin (20);
  assert_icon_buttons_named (GTK_WIDGET (fixture->window));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-glossary", NULL);
  spin (20);
  assert_icon_buttons_named (GTK_WIDGET (fixture->window));

  /* Narrow: the leaflet folds and the back button shows. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 400, 700);
  {
    gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    while (!adw_leaflet_get_folded (mdg_window_get_leaflet (fixture->window)) &&
           g_get_monotonic_time () < end)
      spin (20);
  }
  g_assert_true (adw_leaflet_get_folded (mdg_window_get_leaflet (fixture->window)));
  g_assert_true (mdg_window_select_case (fixture->window, 4));
  spin (50);
  g_assert_true (gtk_widget_get_visible (back_button));
  assert_icon_buttons_named (GTK_WIDGET (fixture->window));
}

/* style-hc.css is bundled where libadwaita looks for it and draws an edge
 * round each response panel; run once with ADW_DEBUG_HIGH_CONTRAST=1
 * (meson test ui-high-contrast) and once without. */
static void
test_high_contrast (Fixture       *fixture,
                    gconstpointer  data)
{
  gboolean high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  g_autoptr(GPtrArray) panels = g_ptr_array_new ();
  g_autoptr(GBytes) css = NULL;
  GtkBorder border;

  css = g_resources_lookup_data (RESOURCE_BASE "/style-hc.css", 0, NULL);
  g_assert_nonnull (css);
  g_clear_pointer (&css, g_bytes_unref);
  css = g_resources_lookup_data (RESOURCE_BASE "/style-hc-dark.css", 0, NULL);
  g_assert_nonnull (css);

  g_assert_true (mdg_window_select_case (fixture->window, 4));
  spin (20);
  collect_panels (GTK_WIDGET (mdg_window_get_case_view (fixture->window)), panels);
  g_assert_cmpuint (panels->len, >, 0);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_border (gtk_widget_get_style_context (g_ptr_array_index (panels, 0)), &border);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_test_message ("high contrast: %d; border %d %d %d %d", high_contrast,
                  border.top, border.right, border.bottom, border.left);
  g_assert_cmpint (border.left, ==, 6);
  g_assert_cmpint (border.top, ==, high_contrast ? 1 : 0);
  g_assert_cmpint (border.right, ==, high_contrast ? 1 : 0);
}

static void
test_bad_kb (void)
{
  Fixture fixture = { 0 };
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  int fd;

  fd = g_file_open_tmp ("madoguchi-bad-kb-XXXXXX.json", &path, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, "{ \"format\": 1, \"cases\": [", -1, &error));
  g_assert_no_error (error);
  close (fd);

  open_window (&fixture, path);
  g_assert_nonnull (mdg_application_get_kb_error (fixture.app));
  g_assert_true (mdg_window_get_banner_revealed (fixture.window));
  g_assert_nonnull (strstr (mdg_window_get_banner_text (fixture.window),
                            mdg_application_get_kb_error (fixture.app)->message));
  /* It keeps working with the bundled knowledge base. */
  g_assert_cmpuint (mdg_window_get_n_visible_cases (fixture.window), ==, n_cases (&fixture));

  gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.dismiss-banner", NULL);
  g_assert_false (mdg_window_get_banner_revealed (fixture.window));

  fixture_tear_down (&fixture, NULL);
  g_unlink (path);
}

/* Presses @keyval on the search entry as GTK would deliver it to the
 * entry's key controllers; TRUE when one of them took it. */
static gboolean
press_on_entry (Fixture *fixture,
                guint    keyval)
{
  GtkWidget *entry = GTK_WIDGET (mdg_window_get_search_entry (fixture->window));
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (entry);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  spin (20);
  return handled;
}

static guint
shown_case (Fixture *fixture)
{
  MdgCase *kase = mdg_case_view_get_case (mdg_window_get_case_view (fixture->window));

  return g_strcmp0 (mdg_window_get_content_page (fixture->window), "case") == 0 && kase != NULL
         ? kase->number : 0;
}

/* Everything without a mouse: the accelerators, Up and Down from the search
 * entry through the list, and Tab going search → business area → list. */
static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  static const struct { const char *accel, *action; } accels[] = {
    { "<Control>f", "win.find" },
    { "<Control>p", "win.print-handout" },
    { "<Control><Shift>p", "win.print-reference-sheet" },
    { "<Control>comma", "app.preferences" },
    { "<Control>question", "win.show-help-overlay" },
    { "<Control>q", "app.quit" },
  };
  GtkWidget *entry = GTK_WIDGET (mdg_window_get_search_entry (fixture->window));
  GtkWidget *dropdown = GTK_WIDGET (mdg_window_get_area_dropdown (fixture->window));
  GtkWidget *print = NULL;
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();
  GtkWidget *focus;
  gboolean seen_dropdown = FALSE;
  gboolean seen_row = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    {
      g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (fixture->app),
                                                                      accels[i].accel);

      g_assert_true (g_strv_contains ((const char * const *) actions, accels[i].action));
    }

  collect_widgets (GTK_WIDGET (fixture->window), widgets);
  for (guint i = 0; i < widgets->len; i++)
    if (GTK_IS_ACTIONABLE (widgets->pdata[i]) &&
        g_strcmp0 (gtk_actionable_get_action_name (widgets->pdata[i]), "win.print-handout") == 0)
      print = widgets->pdata[i];
  g_assert_nonnull (print);
  g_assert_false (gtk_widget_get_sensitive (print));

  /* Down from the search entry shows the first case, then the next; Up goes back. */
  gtk_widget_grab_focus (entry);
  g_assert_true (press_on_entry (fixture, GDK_KEY_Down));
  g_assert_cmpuint (shown_case (fixture), ==, 1);
  g_assert_true (press_on_entry (fixture, GDK_KEY_Down));
  g_assert_cmpuint (shown_case (fixture), ==, 2);
  g_assert_true (press_on_entry (fixture, GDK_KEY_Up));
  g_assert_cmpuint (shown_case (fixture), ==, 1);
  /* Typing stays in the entry. */
  g_assert_true (gtk_widget_is_focus (entry) || gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)), entry));

  /* Case 1 has a handout: Ctrl+P (and the button) can print it. */
  g_assert_true (gtk_widget_get_sensitive (print));

  /* Tab: the search entry, then the business areas, then the cases. */
  for (guint i = 0; i < 6 && !seen_row; i++)
    {
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->window), GTK_DIR_TAB_FORWARD));
      focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
      g_assert_nonnull (focus);
      if (focus == dropdown || gtk_widget_is_ancestor (focus, dropdown))
        seen_dropdown = TRUE;
      else if (MDG_IS_CASE_ROW (focus))
        {
          g_assert_true (seen_dropdown);
          seen_row = TRUE;
        }
    }
  g_assert_true (seen_row);
}

int
main (int   argc,
      char *argv[])
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display (run under xvfb-run)\n");
      return 0;
    }

  gtk_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/ui/window/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("list", test_list);
  ADD ("case-4", test_case_4);
  ADD ("no-second-response", test_no_second_response);
  ADD ("search", test_search);
  ADD ("no-results", test_no_results);
  ADD ("search-precision", test_search_precision);
  ADD ("suggestion-language", test_suggestion_language);
  ADD ("pages", test_pages);
  ADD ("accessible-rows", test_accessible_rows);
  ADD ("accessible-panels", test_accessible_panels);
  ADD ("accessible-buttons", test_accessible_buttons);
  ADD ("high-contrast", test_high_contrast);
  ADD ("keyboard", test_keyboard);
#undef ADD
  g_test_add ("/ui/window/added-case", Fixture, MDG_FIXTURES_DIR "/added-case.json",
              fixture_set_up, test_added_case, fixture_tear_down);
  g_test_add_func ("/ui/window/bad-kb", test_bad_kb);

  return g_test_run ();
}
