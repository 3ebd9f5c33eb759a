/* test-about.c — the About window shows what the metainfo says.
 *
 * The expected values are read from the metainfo as data/ installs it
 * (MDG_METAINFO), with regular expressions rather than the window's own
 * reader, so that a mistake in one does not hide in the other.
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "mdg-about.h"
#include "mdg-i18n.h"

static char *metainfo;

/* The first match of @pattern's first group in the metainfo. */
static char *
metainfo_match (const char *pattern)
{
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_assert_nonnull (regex);
  if (!g_regex_match (regex, metainfo, 0, &match))
    g_error ("%s is not in %s", pattern, MDG_METAINFO);

  return g_match_info_fetch (match, 1);
}

/* The <p> and <li> texts of the newest release in @lang (NULL: English). */
static GPtrArray *
release_texts (const char *lang)
{
  g_autofree char *description = metainfo_match ("<release [^>]*>\\s*<description>(.*?)</description>");
  g_autofree char *pattern = NULL;
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  if (lang != NULL)
    pattern = g_strdup_printf ("<(p|li) xml:lang=\"%s\">([^<]*)</", lang);
  else
    pattern = g_strdup ("<(p|li)>([^<]*)</");
  regex = g_regex_new (pattern, 0, 0, NULL);
  g_regex_match (regex, description, 0, &match);
  while (g_match_info_matches (match))
    {
      g_ptr_array_add (texts, g_match_info_fetch (match, 2));
      g_match_info_next (match, NULL);
    }
  g_assert_cmpuint (texts->len, >, 0);

  return texts;
}

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_metainfo_version (void)
{
  g_autofree char *version = metainfo_match ("<release [^>]*version=\"([^\"]+)\"");

  /* The newest release, listed first, is the version meson builds. */
  g_assert_cmpstr (version, ==, PACKAGE_VERSION);
}

/* The About window under LANGUAGE=@language (NULL for English) shows the
 * metainfo's texts in that language, and release notes in it alone. */
static void
check_about (const char *language)
{
  g_autofree char *lang_attr = language != NULL ? g_strdup_printf (" xml:lang=\"%s\"", language) : g_strdup ("");
  g_autofree char *name_re = g_strdup_printf ("<name%s>([^<]+)</name>", lang_attr);
  g_autofree char *summary_re = g_strdup_printf ("<summary%s>([^<]+)</summary>", lang_attr);
  g_autofree char *developer_re = g_strdup_printf ("<developer_name%s>([^<]+)</developer_name>", lang_attr);
  g_autofree char *name = metainfo_match (name_re);
  g_autofree char *summary = metainfo_match (summary_re);
  g_autofree char *developer = metainfo_match (developer_re);
  g_autoptr(GPtrArray) texts = release_texts (language);
  g_autoptr(GPtrArray) others = release_texts (language != NULL ? NULL : "ja");
  AdwAboutWindow *about;
  const char *notes;

  g_setenv ("LANGUAGE", language != NULL ? language : "en", TRUE);
  about = ADW_ABOUT_WINDOW (mdg_about_window_new (NULL));

  g_assert_cmpstr (adw_about_window_get_application_name (about), ==, name);
  g_assert_cmpstr (adw_about_window_get_comments (about), ==, summary);
  g_assert_cmpstr (adw_about_window_get_developer_name (about), ==, developer);
  g_assert_cmpstr (adw_about_window_get_version (about), ==, PACKAGE_VERSION);

  /* The notes are the release's description as markup, in one language. */
  notes = adw_about_window_get_release_notes (about);
  g_test_message ("release notes: %s", notes);
  g_assert_true (g_str_has_prefix (notes, "<p>"));
  g_assert_nonnull (strstr (notes, "<ul>"));
  g_assert_nonnull (strstr (notes, "</ul>"));
  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);
      g_autofree char *p = g_strdup_printf ("<p>%s</p>", text);
      g_autofree char *li = g_strdup_printf ("<li>%s</li>", text);

      g_assert_true (strstr (notes, p) != NULL || strstr (notes, li) != NULL);
    }
  for (guint i = 0; i < others->len; i++)
    g_assert_null (strstr (notes, g_ptr_array_index (others, i)));

  if (language == NULL)
    {
      g_autofree char *homepage = metainfo_match ("<url type=\"homepage\">([^<]+)</url>");
      g_autofree char *bugtracker = metainfo_match ("<url type=\"bugtracker\">([^<]+)</url>");

      g_assert_cmpstr (adw_about_window_get_application_icon (about), ==, APP_ID);
      g_assert_cmpstr (adw_about_window_get_release_notes_version (about), ==, PACKAGE_VERSION);
      g_assert_cmpstr (adw_about_window_get_website (about), ==, homepage);
      g_assert_cmpstr (adw_about_window_get_issue_url (about), ==, bugtracker);
      g_assert_cmpint (adw_about_window_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
      g_assert_nonnull (strstr (metainfo, "<project_license>GPL-3.0-or-later</project_license>"));
    }

  gtk_window_destroy (GTK_WINDOW (about));
  iterate ();
  g_setenv ("LANGUAGE", "en", TRUE);
}

static void
test_english (void)
{
  check_about (NULL);
}

static void
test_japanese (void)
{
  check_about ("ja");
}

static void
test_parent (void)
{
  GtkWidget *parent = gtk_window_new ();
  GtkWindow *about = mdg_about_window_new (GTK_WINDOW (parent));

  g_assert_true (ADW_IS_ABOUT_WINDOW (about));
  g_assert_true (gtk_window_get_transient_for (about) == GTK_WINDOW (parent));
  g_assert_true (gtk_window_get_modal (about));

  gtk_window_present (about);
  iterate ();
  gtk_window_destroy (GTK_WINDOW (parent));
  iterate ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display (run under xvfb-run)\n");
      return 0;
    }

  if (!g_file_get_contents (MDG_METAINFO, &metainfo, NULL, &error))
    g_error ("%s", error->message);

  mdg_i18n_init ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/about/metainfo-version", test_metainfo_version);
  g_test_add_func ("/about/english", test_english);
  g_test_add_func ("/about/japanese", test_japanese);
  g_test_add_func ("/about/parent", test_parent);

  return g_test_run ();
}
