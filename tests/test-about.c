/* test-about.c — the About window shows what the metainfo says.
 *
 * mdg-about.c writes the About window's texts in code; this test holds them
 * equal to the metainfo as data/ installs it (MDG_METAINFO, merged with the
 * translations), in English and in every language of po/LINGUAS. The
 * expected values are read with regular expressions, and a translation is
 * looked for as gettext does (ja@easy, then ja, then English).
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

/* The first match of @pattern's first group in @text, or NULL. */
static char *
match_in (const char *text,
          const char *pattern)
{
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_assert_nonnull (regex);
  if (!g_regex_match (regex, text, 0, &match))
    return NULL;

  return g_match_info_fetch (match, 1);
}

static char *
metainfo_match (const char *pattern)
{
  char *found = match_in (metainfo, pattern);

  if (found == NULL)
    g_error ("%s is not in %s", pattern, MDG_METAINFO);
  return found;
}

/* The xml:lang values to look for under LANGUAGE=@language, best first, as
 * gettext falls back: "ja@easy" → "ja", "pt_BR" → "pt". English has none. */
static GStrv
fallbacks (const char *language)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *tag = g_strdup (language);
  char *cut;

  if (g_str_equal (language, "en"))
    return g_strv_builder_end (builder);

  g_strv_builder_add (builder, tag);
  if ((cut = strchr (tag, '@')) != NULL)
    {
      *cut = '\0';
      g_strv_builder_add (builder, tag);
    }
  if ((cut = strchr (tag, '_')) != NULL)
    {
      *cut = '\0';
      g_strv_builder_add (builder, tag);
    }

  return g_strv_builder_end (builder);
}

/* The text of the component's <@element> for @language. */
static char *
expected_text (const char *element,
               const char *language)
{
  g_auto(GStrv) tags = fallbacks (language);
  g_autofree char *english = g_strdup_printf ("<%s>([^<]+)</%s>", element, element);

  for (guint i = 0; tags[i] != NULL; i++)
    {
      g_autofree char *pattern = g_strdup_printf ("<%s xml:lang=\"%s\">([^<]+)</%s>",
                                                  element, tags[i], element);
      char *text = match_in (metainfo, pattern);

      if (text != NULL)
        return text;
    }

  return metainfo_match (english);
}

/* The newest release's description for @language, as the markup
 * AdwAboutWindow takes: each <p> and <li> in the best language it has. */
static char *
expected_release_notes (const char *language)
{
  g_autofree char *description = metainfo_match ("<release [^>]*>\\s*<description>(.*?)</description>");
  g_auto(GStrv) tags = fallbacks (language);
  g_autoptr(GRegex) regex = g_regex_new ("<(p|li)(?: xml:lang=\"([^\"]+)\")?>([^<]*)</\\1>|<(/?[uo]l)>",
                                         0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) ranks = g_array_new (FALSE, FALSE, sizeof (guint));
  GString *notes = g_string_new (NULL);

  /* The merged metainfo puts each translation after the English block. */
  g_regex_match (regex, description, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *tag = g_match_info_fetch (match, 1);
      g_autofree char *lang = g_match_info_fetch (match, 2);
      g_autofree char *text = g_match_info_fetch (match, 3);
      g_autofree char *list = g_match_info_fetch (match, 4);
      guint rank = G_MAXUINT;

      if (list != NULL && *list != '\0')
        {
          g_ptr_array_add (blocks, g_strdup_printf ("<%s>\n", list));
          g_array_append_val (ranks, rank);
        }
      else if (lang == NULL || *lang == '\0')
        {
          g_assert_null (strchr (text, '\n'));
          g_ptr_array_add (blocks, g_strdup_printf ("<%s>%s</%s>\n", tag, text, tag));
          g_array_append_val (ranks, rank);
        }
      else
        {
          for (rank = 0; tags[rank] != NULL && !g_str_equal (tags[rank], lang); rank++)
            ;
          g_assert_cmpuint (blocks->len, >, 0);
          if (tags[rank] != NULL && rank < g_array_index (ranks, guint, blocks->len - 1))
            {
              g_free (blocks->pdata[blocks->len - 1]);
              blocks->pdata[blocks->len - 1] = g_strdup_printf ("<%s>%s</%s>\n", tag, text, tag);
              g_array_index (ranks, guint, blocks->len - 1) = rank;
            }
        }
      g_match_info_next (match, NULL);
    }
  g_assert_cmpuint (blocks->len, >, 0);

  for (guint i = 0; i < blocks->len; i++)
    g_string_append (notes, g_ptr_array_index (blocks, i));

  return g_string_free (notes, FALSE);
}

/* The GtkLicense of the metainfo's SPDX licence. */
static GtkLicense
expected_license (void)
{
  static const struct {
    const char *spdx;
    GtkLicense  type;
  } licenses[] = {
    { "GPL-3.0-or-later", GTK_LICENSE_GPL_3_0 },
    { "GPL-3.0-only", GTK_LICENSE_GPL_3_0_ONLY },
    { "GPL-2.0-or-later", GTK_LICENSE_GPL_2_0 },
  };
  g_autofree char *spdx = metainfo_match ("<project_license>([^<]+)</project_license>");

  for (guint i = 0; i < G_N_ELEMENTS (licenses); i++)
    if (g_str_equal (licenses[i].spdx, spdx))
      return licenses[i].type;

  g_error ("The metainfo's licence %s is not in the test's table", spdx);
}

/* The row of the About window's link to @url ("about.show-url"), or NULL. */
static GtkWidget *
find_link_row (GtkWidget  *widget,
               const char *url)
{
  if (ADW_IS_PREFERENCES_ROW (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "about.show-url") == 0)
    {
      GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));

      if (target != NULL && g_str_equal (g_variant_get_string (target, NULL), url))
        return widget;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = find_link_row (child, url);

      if (row != NULL)
        return row;
    }

  return NULL;
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

/* The About window under LANGUAGE=@language shows the metainfo's texts in
 * that language, or in the one gettext falls back to. Each language runs in
 * a process of its own, as the application does: glibc keeps a translation
 * found under one $LANGUAGE for the next. */
static void
test_language (gconstpointer data)
{
  const char *language = data;
  g_autofree char *id = metainfo_match ("<id>([^<]+)</id>");
  g_autofree char *name = expected_text ("name", language);
  g_autofree char *summary = expected_text ("summary", language);
  g_autofree char *developer = expected_text ("developer_name", language);
  g_autofree char *version = metainfo_match ("<release [^>]*version=\"([^\"]+)\"");
  g_autofree char *notes = expected_release_notes (language);
  g_autofree char *homepage = metainfo_match ("<url type=\"homepage\">([^<]+)</url>");
  g_autofree char *bugtracker = metainfo_match ("<url type=\"bugtracker\">([^<]+)</url>");
  g_autofree char *help = match_in (metainfo, "<url type=\"help\">([^<]+)</url>");
  g_autofree char *vcs = metainfo_match ("<url type=\"vcs-browser\">([^<]+)</url>");
  g_autofree char *year = metainfo_match ("<!-- Copyright ([0-9]{4}) ");
  g_autofree char *holder = metainfo_match ("<!-- Copyright [0-9]{4} (.+?) -->");
  g_autofree char *copyright = g_strdup_printf ("© %s %s", year, holder);
  AdwAboutWindow *about;
  const char * const *developers;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  g_setenv ("LANGUAGE", language, TRUE);
  about = ADW_ABOUT_WINDOW (mdg_about_window_new (NULL));
  gtk_window_present (GTK_WINDOW (about));
  iterate ();

  g_assert_cmpstr (adw_about_window_get_application_icon (about), ==, id);
  g_assert_cmpstr (adw_about_window_get_application_name (about), ==, name);
  g_assert_cmpstr (adw_about_window_get_comments (about), ==, summary);
  g_assert_cmpstr (adw_about_window_get_developer_name (about), ==, developer);
  developers = adw_about_window_get_developers (about);
  g_assert_nonnull (developers);
  g_assert_cmpstr (developers[0], ==, developer);
  g_assert_null (developers[1]);
  g_assert_cmpstr (adw_about_window_get_version (about), ==, version);
  g_assert_cmpstr (adw_about_window_get_release_notes_version (about), ==, version);
  g_test_message ("release notes: %s", adw_about_window_get_release_notes (about));
  g_assert_cmpstr (adw_about_window_get_release_notes (about), ==, notes);
  g_assert_cmpstr (adw_about_window_get_website (about), ==, homepage);
  g_assert_cmpstr (adw_about_window_get_issue_url (about), ==, bugtracker);
  g_assert_cmpstr (adw_about_window_get_support_url (about), ==, help != NULL ? help : "");
  g_assert_nonnull (find_link_row (GTK_WIDGET (about), vcs));
  g_assert_cmpint (adw_about_window_get_license_type (about), ==, expected_license ());
  g_assert_cmpstr (adw_about_window_get_copyright (about), ==, copyright);

  gtk_window_destroy (GTK_WINDOW (about));
  iterate ();
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
  g_autofree char *linguas = NULL;
  g_auto(GStrv) lines = NULL;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display (run under xvfb-run)\n");
      return 0;
    }

  if (!g_file_get_contents (MDG_METAINFO, &metainfo, NULL, &error) ||
      !g_file_get_contents (MDG_LINGUAS, &linguas, NULL, &error))
    g_error ("%s", error->message);

  mdg_i18n_init ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/about/metainfo-version", test_metainfo_version);
  g_test_add_data_func ("/about/en", "en", test_language);
  lines = g_strsplit (linguas, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *language = g_strstrip (lines[i]);
      g_autofree char *path = NULL;

      if (*language == '\0' || *language == '#')
        continue;
      path = g_strdup_printf ("/about/%s", language);
      g_test_add_data_func (path, language, test_language);
    }
  g_test_add_func ("/about/parent", test_parent);

  return g_test_run ();
}
