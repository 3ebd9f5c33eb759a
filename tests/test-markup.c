/* test-markup.c — knowledge-base text and queries with <, >, &, quotes and
 * Pango tags show literally: in the search highlight, the list, the case view,
 * the header, the summary, the glossary and the no-results page.
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/robustness/markup-kb.json puts MARK into every text of every kind. A
 * label that took it for markup would show "& "x"…" in bold and red, or, for
 * the unclosed <span>, fail with a warning (fatal here: G_DEBUG=fatal-warnings).
 * gtk_label_get_text() gives what the label displays, markup removed, so each
 * text must be found there exactly as the file has it.
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "mdg-application.h"
#include "mdg-case-row.h"
#include "mdg-kb-open.h"
#include "mdg-window-private.h"
#include "test-util.h"

#define MARK "<b>&amp;</b> \"x\" 'y' <span foreground=\"red\">"

static const char *markup_kb;

static const char * const queries[] = {
  "<b>", "</b>", "&", "&amp;", "amp", "\"", "'", "\"x\"", "'y'", "<span foreground=\"red\">",
  "<span", "red", "b", "x y", MARK, "<i>保険証</i>", "010 <b>", "&lt;", "<", ">",
};

/* Highlighting, no display needed */

static void
check_highlight (MdgSearch  *search,
                 const char *text,
                 const char *query)
{
  g_autofree char *markup = mdg_search_highlight (search, text, query);
  g_autofree char *plain = NULL;
  g_autoptr(GError) error = NULL;

  if (!pango_parse_markup (markup, -1, 0, NULL, &plain, NULL, &error))
    g_error ("highlight of “%s” for “%s” is not markup: %s\n%s",
             text, query, error->message, markup);
  g_assert_cmpstr (plain, ==, text);
}

static void
check_text (MdgSearch     *search,
            const MdgText *text,
            guint         *n_checked)
{
  if (text == NULL)
    return;
  for (guint i = 0; i < text->n_items; i++)
    for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
      {
        check_highlight (search, text->items[i].text, queries[q]);
        (*n_checked)++;
      }
}

static void
check_texts (MdgSearch *search,
             GPtrArray *texts,
             guint     *n_checked)
{
  for (guint i = 0; texts != NULL && i < texts->len; i++)
    check_text (search, g_ptr_array_index (texts, i), n_checked);
}

static void
check_kb_highlights (MdgKb *kb)
{
  g_autoptr(MdgSearch) search = mdg_kb_open_search (kb);
  GListModel *cases = mdg_kb_get_cases (kb);
  guint n_checked = 0;

  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(MdgCase) kase = g_list_model_get_item (cases, i);

      check_text (search, kase->title, &n_checked);
      check_text (search, kase->symptom, &n_checked);
      check_text (search, kase->error_message, &n_checked);
      check_texts (search, kase->causes, &n_checked);
      check_texts (search, kase->notes, &n_checked);
      for (guint r = 0; r < kase->responses->len; r++)
        {
          MdgResponse *response = g_ptr_array_index (kase->responses, r);

          check_text (search, response->preface, &n_checked);
          check_texts (search, response->notes, &n_checked);
          for (guint p = 0; p < response->parts->len; p++)
            {
              MdgPart *part = g_ptr_array_index (response->parts, p);

              check_text (search, part->condition, &n_checked);
              check_text (search, part->text, &n_checked);
            }
        }
    }
  g_assert_cmpuint (n_checked, >, 100);
}

static void
test_highlight (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MdgKb) kb = mdg_kb_open (markup_kb, &error);
  g_autoptr(MdgSearch) search = NULL;
  g_autofree char *markup = NULL;

  g_assert_no_error (error);
  check_kb_highlights (kb);

  /* The query's own tags are never markup: "<b>" finds the letter b, and the
   * < and > of the text come out escaped. */
  search = mdg_kb_open_search (kb);
  markup = mdg_search_highlight (search, MARK, "<b>");
  g_assert_null (strstr (markup, "<b>&amp;</b>"));
  g_assert_nonnull (strstr (markup, "&lt;"));
  g_assert_nonnull (strstr (markup, "&amp;amp;"));
  g_assert_nonnull (strstr (markup, "<b>b</b>"));
}

static void
test_highlight_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MdgKb) kb = mdg_kb_new_default (&error);

  g_assert_no_error (error);
  check_kb_highlights (kb);
}

/* The staff window */

static void
assert_shows (const char *shown,
              const char *text)
{
  if (strstr (shown, text) == NULL)
    g_error ("“%s” is not shown literally; the labels show:\n%s", text, shown);
}

static void
assert_shows_text (const char    *shown,
                   const MdgText *text,
                   const char    *lang)
{
  if (text != NULL)
    assert_shows (shown, mdg_text_get (text, lang));
}

static void
search (MdgWindow  *window,
        const char *query)
{
  gtk_editable_set_text (GTK_EDITABLE (mdg_window_get_search_entry (window)), query);
  mdg_window_search_now (window);
  spin (50);
}

static void
test_window (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MdgApplication) app = NULL;
  MdgWindow *window;
  MdgKb *kb;
  const char *lang;

  app = mdg_application_new (markup_kb);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  window = mdg_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  spin (300);

  /* The file is valid: no banner, and its cases are listed. */
  g_assert_null (mdg_application_get_kb_error (app));
  g_assert_false (mdg_window_get_banner_revealed (window));
  kb = mdg_application_get_kb (app);
  lang = mdg_application_get_content_language (app);
  g_assert_cmpuint (mdg_window_get_n_visible_cases (window), ==, 2);

  /* The list, plain and then with a query made of markup, which goes through
   * the highlight. */
  for (guint q = 0; q < 3; q++)
    {
      const char *query = (const char *[]) { "", "<b>", "&amp; \"x\"" }[q];

      search (window, query);
      g_assert_cmpuint (mdg_window_get_n_visible_cases (window), ==, 2);
      for (guint i = 0; i < 2; i++)
        {
          GtkWidget *row = mdg_window_get_visible_row (window, i);
          MdgCase *kase = mdg_case_row_get_case (MDG_CASE_ROW (row));
          g_autofree char *shown = labels_of (row);
          /* The area's name heads its rows in the list. */
          g_autofree char *list = labels_of (gtk_widget_get_parent (row));

          assert_shows_text (shown, kase->title, lang);
          assert_shows_text (list, kase->area->name, lang);
          g_assert_nonnull (strstr (mdg_case_row_get_accessible_label (MDG_CASE_ROW (row)),
                                    mdg_text_get (kase->title, lang)));
        }
    }
  search (window, "");

  /* The case view and the header above it, for each case. */
  for (guint number = 1; number <= 2; number++)
    {
      MdgCase *kase = mdg_kb_get_case (kb, number);
      g_autofree char *view = NULL;
      g_autofree char *whole = NULL;

      g_assert_true (mdg_window_select_case (window, number));
      spin (50);
      g_assert_cmpstr (mdg_window_get_content_page (window), ==, "case");
      view = labels_of (mdg_window_get_case_view (window));
      whole = labels_of (window);

      assert_shows_text (view, kase->title, lang);
      assert_shows_text (view, kase->symptom, lang);
      assert_shows_text (view, kase->error_screen, lang);
      assert_shows_text (view, kase->error_message, lang);
      for (guint i = 0; i < kase->causes->len; i++)
        assert_shows_text (view, g_ptr_array_index (kase->causes, i), lang);
      for (guint i = 0; i < kase->notes->len; i++)
        assert_shows_text (view, g_ptr_array_index (kase->notes, i), lang);
      for (guint r = 0; r < kase->responses->len; r++)
        {
          MdgResponse *response = g_ptr_array_index (kase->responses, r);

          assert_shows_text (view, response->preface, lang);
          for (guint i = 0; i < response->parts->len; i++)
            {
              MdgPart *part = g_ptr_array_index (response->parts, i);

              assert_shows_text (view, part->condition, lang);
              assert_shows_text (view, part->text, lang);
            }
          for (guint i = 0; i < response->notes->len; i++)
            assert_shows_text (view, g_ptr_array_index (response->notes, i), lang);
          assert_shows_text (view, mdg_kb_get_actor (kb, response->actor)->name, lang);
        }
      for (guint i = 0; i < kase->updates->len; i++)
        assert_shows_text (view, ((MdgUpdate *) g_ptr_array_index (kase->updates, i))->text, lang);
      for (guint i = 0; i < kase->contacts->len; i++)
        {
          MdgContact *contact = g_ptr_array_index (kase->contacts, i);

          assert_shows_text (view, contact->name, lang);
          assert_shows_text (view, contact->audience, lang);
          assert_shows_text (view, contact->hours, lang);
        }
      assert_shows_text (view, mdg_kb_get_translation_note (kb), lang);

      /* The header names the business area. */
      assert_shows_text (whole, kase->area->name, lang);
    }

  /* Section 2 and the glossary. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-summary", NULL);
  spin (50);
  g_assert_cmpstr (mdg_window_get_content_page (window), ==, "summary");
  {
    g_autofree char *shown = labels_of (window);
    GPtrArray *items = mdg_kb_get_summary_items (kb);

    assert_shows_text (shown, mdg_kb_get_summary_intro (kb), lang);
    assert_shows_text (shown, mdg_kb_get_summary_actor (kb), lang);
    for (guint i = 0; i < items->len; i++)
      assert_shows_text (shown, g_ptr_array_index (items, i), lang);
  }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-glossary", NULL);
  spin (50);
  g_assert_cmpstr (mdg_window_get_content_page (window), ==, "glossary");
  {
    g_autofree char *shown = labels_of (window);
    GPtrArray *terms = mdg_kb_get_glossary (kb);

    for (guint i = 0; i < terms->len; i++)
      {
        MdgTerm *term = g_ptr_array_index (terms, i);

        assert_shows_text (shown, term->term, lang);
        assert_shows_text (shown, term->definition, lang);
        for (guint j = 0; term->aliases != NULL && j < term->aliases->len; j++)
          assert_shows (shown, g_ptr_array_index (term->aliases, j));
      }
  }

  /* A query that finds nothing is repeated on the no-results page. */
  search (window, MARK " zqxjzqxj");
  g_assert_cmpstr (mdg_window_get_list_page (window), ==, "no-results");
  {
    g_autofree char *shown = labels_of (window);

    assert_shows (shown, MARK " zqxjzqxj");
  }

  gtk_window_destroy (GTK_WINDOW (window));
  spin (20);
}

static void
test_no_display (void)
{
  g_test_skip ("no display (run under xvfb-run)");
}

int
main (int   argc,
      char *argv[])
{
  gboolean display = g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL;

  markup_kb = g_getenv ("MDG_MARKUP_KB");
  g_assert_nonnull (markup_kb);

  if (display)
    gtk_test_init (&argc, &argv, NULL);
  else
    g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/markup/highlight", test_highlight);
  g_test_add_func ("/markup/highlight-bundled", test_highlight_bundled);
  g_test_add_func ("/markup/window", display ? test_window : test_no_display);

  return g_test_run ();
}
