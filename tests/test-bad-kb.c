/* test-bad-kb.c — a broken knowledge-base file, given with --kb or by the
 * administrator's kb-file setting, never stops the desk: the window shows a
 * banner naming the file and the problem, and works on the bundled knowledge base.
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "mdg-application.h"
#include "mdg-window-private.h"
#include "test-util.h"

static char *tmpdir;

typedef struct {
  const char *name;
  const char *contents;   /* NULL: no file at all; "/": a folder */
  const char *problem;    /* words the banner must show */
  gssize      length;     /* of the contents; 0: up to the first NUL */
} BadFile;

static const BadFile bad_files[] = {
  { "truncated.json", "{ \"format\": 1, \"cases\": [", ":1:26: unexpected end of the file" },
  { "empty.json", "", "the file is empty" },
  { "missing.json", NULL, "cannot be read" },
  { "folder.json", "/", "expected a file, got a folder" },
  { "not-json.json", "<html><body>Error 404</body></html>", ":1:1: expected a value, got “<”" },
  { "format-2.json", "{ \"format\": 2 }", "expected format 1" },
  { "nul.json", "{ \"format\": 1,\0 }", "a NUL byte", sizeof "{ \"format\": 1,\0 }" - 1 },
  { "invalid-utf8.json", "{ \"format\": 1, \"date\": \"\xff\xfe\" }", "UTF-8" },
  /* The file's own words are quoted in the message: shown as text, not markup. */
  { "markup.json", "{ \"format\": 1, \"date\": \"<b>&amp;</b> <span foreground='red'>\" }",
    "<b>&amp;</b> <span foreground='red'>" },
};

static char *
make_file (const BadFile *bad)
{
  char *path = g_build_filename (tmpdir, bad->name, NULL);

  if (bad->contents == NULL)
    return path;
  if (g_str_equal (bad->contents, "/"))
    g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
  else
    {
      g_autoptr(GError) error = NULL;
      g_assert_true (g_file_set_contents (path, bad->contents,
                                          bad->length > 0 ? bad->length : -1, &error));
      g_assert_no_error (error);
    }
  return path;
}

/* Opens the window of an application that has @kb_path from --kb (or NULL),
 * and checks the banner and that the bundled cases are all there. */
static void
check_window (const char    *kb_path,
              const char    *path,
              const BadFile *bad)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MdgApplication) app = mdg_application_new (kb_path);
  g_autofree char *display_name = g_filename_display_name (path);
  MdgWindow *window;
  const GError *kb_error;
  const char *banner;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  window = mdg_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);

  kb_error = mdg_application_get_kb_error (app);
  g_assert_nonnull (kb_error);
  g_assert_true (mdg_window_get_banner_revealed (window));
  banner = mdg_window_get_banner_text (window);
  g_test_message ("%s: %s", bad->name, banner);
  /* Names the file, the problem, and says what happens now. */
  g_assert_nonnull (strstr (banner, display_name));
  g_assert_nonnull (strstr (banner, kb_error->message));
  if (strstr (banner, bad->problem) == NULL)
    g_error ("the banner does not say “%s”: %s", bad->problem, banner);

  /* It keeps working, on the bundled knowledge base. */
  g_assert_nonnull (mdg_application_get_kb (app));
  /* The document's twelve cases and the added ones. */
  g_assert_cmpuint (mdg_kb_get_n_cases (mdg_application_get_kb (app)), >, 12);
  g_assert_cmpuint (mdg_window_get_n_visible_cases (window), ==,
                    mdg_kb_get_n_cases (mdg_application_get_kb (app)));
  gtk_editable_set_text (GTK_EDITABLE (mdg_window_get_search_entry (window)), "010");
  mdg_window_search_now (window);
  spin (20);
  g_assert_cmpuint (mdg_window_get_n_visible_cases (window), >=, 1);
  g_assert_cmpuint (mdg_window_get_visible_case (window, 0)->number, ==, 1);
  g_assert_true (mdg_window_select_case (window, 4));
  spin (20);
  g_assert_cmpstr (mdg_window_get_content_page (window), ==, "case");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-banner", NULL);
  g_assert_false (mdg_window_get_banner_revealed (window));

  gtk_window_destroy (GTK_WINDOW (window));
  spin (20);
}

/* madoguchi --kb FILE */
static void
test_option (gconstpointer data)
{
  const BadFile *bad = data;
  g_autofree char *path = make_file (bad);

  check_window (path, path, bad);
}

/* The administrator's kb-file setting, when there is no --kb. */
static void
test_setting (gconstpointer data)
{
  const BadFile *bad = data;
  g_autofree char *path = make_file (bad);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_set_string (settings, "kb-file", path);
  check_window (NULL, path, bad);
  g_settings_reset (settings, "kb-file");
}

/* --kb wins over the setting, even when only the setting's file is good. */
static void
test_option_over_setting (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *path = make_file (&bad_files[0]);
  g_autoptr(MdgApplication) app = NULL;

  g_settings_set_string (settings, "kb-file", MDG_BUNDLED_KB);
  app = mdg_application_new (path);
  g_assert_nonnull (mdg_application_get_kb_error (app));
  g_assert_nonnull (strstr (mdg_application_get_kb_error (app)->message, bad_files[0].name));
  g_settings_reset (settings, "kb-file");
}

/* A good file in the setting is used, and no banner shows. */
static void
test_good_setting (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(MdgApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  MdgWindow *window;

  g_settings_set_string (settings, "kb-file", MDG_MARKUP_KB);
  app = mdg_application_new (NULL);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  window = mdg_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);
  g_assert_null (mdg_application_get_kb_error (app));
  g_assert_false (mdg_window_get_banner_revealed (window));
  g_assert_cmpuint (mdg_window_get_n_visible_cases (window), ==, 2);
  gtk_window_destroy (GTK_WINDOW (window));
  spin (20);
  g_settings_reset (settings, "kb-file");
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display (run under xvfb-run)\n");
      return 0;
    }

  gtk_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("madoguchi-bad-kb-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *option = g_strdup_printf ("/bad-kb/option/%s", bad_files[i].name);
      g_autofree char *setting = g_strdup_printf ("/bad-kb/setting/%s", bad_files[i].name);

      g_test_add_data_func (option, &bad_files[i], test_option);
      g_test_add_data_func (setting, &bad_files[i], test_setting);
    }
  g_test_add_func ("/bad-kb/option-over-setting", test_option_over_setting);
  g_test_add_func ("/bad-kb/good-setting", test_good_setting);

  status = g_test_run ();
  remove_tree (tmpdir);
  g_free (tmpdir);
  return status;
}
