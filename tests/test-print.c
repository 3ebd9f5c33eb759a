/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-print.c — the GTK print path draws the same pages as the PDF export.
 *
 * GtkPrintOperation with GTK_PRINT_OPERATION_ACTION_EXPORT goes through
 * begin-print and draw-page exactly as the print dialog and its preview do,
 * but writes a PDF without a printer. Needs a display (Xvfb in CI).
 */
#include "config.h"

#include <string.h>
#include <unistd.h>
#include <adwaita.h>
#include <glib/gstdio.h>

#include "mdg-export.h"
#include "mdg-i18n.h"
#include "mdg-print.h"

static MdgKb *kb;

/* pdftotext FILE - or pdfinfo FILE: what the tool prints. */
static char *
run_tool (const char *tool,
          const char *path)
{
  const char *argv[] = { tool, path, g_str_equal (tool, "pdftotext") ? "-" : NULL, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, &status, &error))
    return NULL;
  return g_steal_pointer (&out);
}

/* Whitespace aside, as pdftotext breaks lines where the page did. */
static gboolean
contains_squeezed (const char *haystack,
                   const char *needle)
{
  GString *h = g_string_new (NULL), *n = g_string_new (NULL);
  gboolean found;

  for (const char *p = haystack; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)) && *p != '-')
      g_string_append_unichar (h, g_utf8_get_char (p));
  for (const char *p = needle; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)) && *p != '-')
      g_string_append_unichar (n, g_utf8_get_char (p));
  found = strstr (h->str, n->str) != NULL;
  g_string_free (h, TRUE);
  g_string_free (n, TRUE);
  return found;
}

static void
export_with_gtk (MdgDocument *doc,
                 const char  *path)
{
  g_autoptr(GtkPrintOperation) operation = mdg_print_operation_new (doc);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  /* As if the user had chosen in the dialog: remembered after printing. */
  if (gtk_print_operation_get_print_settings (operation) == NULL)
    {
      g_autoptr(GtkPrintSettings) chosen = gtk_print_settings_new ();

      gtk_print_settings_set_n_copies (chosen, 2);
      gtk_print_operation_set_print_settings (operation, chosen);
    }
  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
test_handout (void)
{
  MdgCase *kase = mdg_kb_get_case (kb, 12);
  g_autofree char *dir = g_dir_make_tmp ("mdg-print-XXXXXX", NULL);
  g_autofree char *gtk_pdf = g_build_filename (dir, "gtk.pdf", NULL);
  g_autofree char *own_pdf = g_build_filename (dir, "export.pdf", NULL);
  g_autofree char *gtk_text = NULL, *own_text = NULL, *info = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (kase);
  g_assert_nonnull (kase->handout);
  export_with_gtk (mdg_document_new_handout (kb, kase, "vi", NULL, NULL), gtk_pdf);
  g_assert_true (mdg_export_handout (kb, 12, "vi", NULL, NULL, own_pdf, &error));
  g_assert_no_error (error);

  if (g_find_program_in_path ("pdftotext") == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  /* The same words on the same page, whichever way it was made. */
  gtk_text = run_tool ("pdftotext", gtk_pdf);
  own_text = run_tool ("pdftotext", own_pdf);
  g_assert_nonnull (gtk_text);
  g_assert_true (contains_squeezed (gtk_text, mdg_text_get (kase->handout->situation, "vi")));
  g_assert_cmpstr (gtk_text, ==, own_text);
  info = run_tool ("pdfinfo", gtk_pdf);
  g_assert_nonnull (strstr (info, "Pages:           1\n"));
  g_assert_nonnull (strstr (info, "595.27"));   /* GTK: 595.276, 210 mm */
  g_assert_nonnull (strstr (info, "x 841.89 pts (A4)"));

  g_unlink (gtk_pdf);
  g_unlink (own_pdf);
  g_rmdir (dir);
}

static void
test_staff_sheet_landscape (void)
{
  g_autofree char *dir = g_dir_make_tmp ("mdg-print-XXXXXX", NULL);
  g_autofree char *gtk_pdf = g_build_filename (dir, "gtk.pdf", NULL);
  g_autofree char *info = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(MdgDocument) doc = mdg_document_new_staff_sheet (kb, "ja", NULL, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 4, 4);
  cairo_t *cr = cairo_create (surface);
  guint n_pages = mdg_document_paginate (doc, cr, MDG_A4_HEIGHT, MDG_A4_WIDTH);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  export_with_gtk (mdg_document_new_staff_sheet (kb, "ja", NULL, NULL), gtk_pdf);
  if (g_find_program_in_path ("pdfinfo") == NULL)
    {
      g_test_skip ("pdfinfo (poppler-utils) is not installed");
      return;
    }
  info = run_tool ("pdfinfo", gtk_pdf);
  expected = g_strdup_printf ("Pages:           %u\n", n_pages);
  g_assert_nonnull (strstr (info, expected));
  g_assert_nonnull (strstr (info, "841.89 x 595.27"));
  g_unlink (gtk_pdf);
  g_rmdir (dir);
}

static void
test_settings_remembered (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GVariant) print_settings = NULL;
  g_autoptr(GVariant) page_setup = NULL;

  /* The earlier tests printed: both are saved as a{sv}. */
  print_settings = g_settings_get_value (settings, "print-settings");
  page_setup = g_settings_get_value (settings, "page-setup");
  g_assert_cmpuint (g_variant_n_children (print_settings), >, 0);
  g_assert_cmpuint (g_variant_n_children (page_setup), >, 0);
  {
    g_autoptr(GtkPrintSettings) restored = gtk_print_settings_new_from_gvariant (print_settings);
    g_assert_cmpint (gtk_print_settings_get_n_copies (restored), ==, 2);
  }
  {
    g_autoptr(GtkPageSetup) restored = gtk_page_setup_new_from_gvariant (page_setup);
    g_assert_nonnull (restored);
    g_assert_cmpfloat_with_epsilon (gtk_paper_size_get_width (gtk_page_setup_get_paper_size (restored), GTK_UNIT_MM),
                                    210, 0.5);
  }
}

/* The open AdwMessageDialog, its drop-down and the drop-down's items. */
static AdwMessageDialog *
find_dialog (GtkDropDown **dropdown)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          GtkWidget *child = adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (window));

          for (child = gtk_widget_get_first_child (child); child != NULL; child = gtk_widget_get_next_sibling (child))
            if (GTK_IS_DROP_DOWN (child))
              *dropdown = GTK_DROP_DOWN (child);
          return ADW_MESSAGE_DIALOG (window);
        }
    }
  return NULL;
}

static const char *
item_string (GtkDropDown *dropdown,
             guint        position)
{
  g_autoptr(GtkStringObject) item = g_list_model_get_item (gtk_drop_down_get_model (dropdown), position);

  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}

static void
test_handout_dialog (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkDropDown *dropdown = NULL;
  AdwMessageDialog *dialog;

  /* The language first offered is the handout-language setting. */
  g_settings_set_string (settings, "handout-language", "vi");
  mdg_print_handout (NULL, kb, mdg_kb_get_case (kb, 4));
  dialog = find_dialog (&dropdown);
  g_assert_nonnull (dialog);
  g_assert_nonnull (dropdown);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==, 11);
  g_assert_cmpstr (item_string (dropdown, gtk_drop_down_get_selected (dropdown)), ==, "Tiếng Việt");
  /* Every language in its own words. */
  g_assert_cmpstr (item_string (dropdown, 0), ==, "日本語");
  g_assert_cmpstr (item_string (dropdown, 10), ==, "မြန်မာ");
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_settings_reset (settings, "handout-language");
}

static void
test_sheet_dialog (void)
{
  GtkDropDown *dropdown = NULL;
  AdwMessageDialog *dialog;

  mdg_print_reference_sheet (NULL, kb);
  dialog = find_dialog (&dropdown);
  g_assert_nonnull (dialog);
  g_assert_nonnull (dropdown);
  /* The staff sheet, then the patient sheet in each of the 11 languages. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==, 12);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
  g_assert_true (adw_message_dialog_has_response (dialog, "print"));
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* With MDG_TEST_HIDE_MYANMAR set: a fontconfig configuration whose folders
 * have every font of the desk's Noto folder but the Myanmar ones, made before
 * fontconfig starts. Returns the temporary folder, or NULL. */
static char *
hide_myanmar_fonts (void)
{
  const char *noto = "/usr/share/fonts/truetype/noto";
  g_autofree char *dir = NULL;
  g_autofree char *fonts = NULL;
  g_autofree char *conf = NULL;
  g_autofree char *xml = NULL;
  g_autoptr(GDir) d = NULL;
  const char *name;

  if (g_getenv ("MDG_TEST_HIDE_MYANMAR") == NULL || (d = g_dir_open (noto, 0, NULL)) == NULL)
    return NULL;
  dir = g_dir_make_tmp ("mdg-fonts-XXXXXX", NULL);
  fonts = g_build_filename (dir, "noto", NULL);
  g_assert_cmpint (g_mkdir (fonts, 0700), ==, 0);
  while ((name = g_dir_read_name (d)) != NULL)
    if (strstr (name, "Myanmar") == NULL)
      {
        g_autofree char *target = g_build_filename (noto, name, NULL);
        g_autofree char *link = g_build_filename (fonts, name, NULL);

        g_assert_cmpint (symlink (target, link), ==, 0);
      }
  conf = g_build_filename (dir, "fonts.conf", NULL);
  xml = g_strdup_printf ("<?xml version=\"1.0\"?>\n<fontconfig>\n<dir>%s</dir>\n"
                         "<dir>/usr/share/fonts/opentype/noto</dir>\n"
                         "<dir>/usr/share/fonts/truetype/bizud-gothic</dir>\n"
                         "<cachedir>%s/cache</cachedir>\n</fontconfig>\n", fonts, dir);
  g_assert_true (g_file_set_contents (conf, xml, -1, NULL));
  g_setenv ("FONTCONFIG_FILE", conf, TRUE);
  return g_steal_pointer (&dir);
}

/* A handout nobody can read is not printed: the job is cancelled and says
 * which script is missing and which package has it, instead of boxes. */
static void
test_missing_glyphs (void)
{
  MdgCase *kase = mdg_kb_get_case (kb, 1);
  g_autofree char *dir = g_dir_make_tmp ("mdg-print-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "my.pdf", NULL);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  if (g_getenv ("MDG_TEST_HIDE_MYANMAR") == NULL)
    {
      g_test_skip ("run by the print-missing-font test, with the Myanmar faces hidden");
      return;
    }
  operation = mdg_print_operation_new (mdg_document_new_handout (kb, kase, "my", NULL, NULL));
  gtk_print_operation_set_export_filename (operation, pdf);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, !=, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_true (g_str_has_prefix (mdg_print_operation_get_missing_glyphs (operation),
                                   "No installed font has the Myanmar script (U+10"));
  g_assert_true (g_str_has_suffix (mdg_print_operation_get_missing_glyphs (operation),
                                   ") this document needs; install the Debian package "
                                   "fonts-noto-core."));

  /* The PDF export says the same and leaves no file (GTK's own export made
   * its file before the job was cancelled). */
  g_unlink (pdf);
  g_assert_false (mdg_export_handout (kb, 1, "my", NULL, NULL, pdf, &error));
  g_assert_error (error, MDG_EXPORT_ERROR, MDG_EXPORT_ERROR_FONT);
  g_assert_cmpstr (error->message, ==, mdg_print_operation_get_missing_glyphs (operation));
  g_clear_error (&error);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);

    g_assert_null (g_dir_read_name (d));
  }

  /* Other languages print as before. */
  g_assert_true (mdg_export_handout (kb, 1, "en", NULL, NULL, pdf, &error));
  g_assert_no_error (error);
  g_unlink (pdf);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *font_dir = hide_myanmar_fonts ();
  int status;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  mdg_i18n_init ();

  kb = mdg_kb_new_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/print/handout", test_handout);
  g_test_add_func ("/print/staff-sheet-landscape", test_staff_sheet_landscape);
  g_test_add_func ("/print/settings-remembered", test_settings_remembered);
  g_test_add_func ("/print/handout-dialog", test_handout_dialog);
  g_test_add_func ("/print/sheet-dialog", test_sheet_dialog);
  g_test_add_func ("/print/missing-glyphs", test_missing_glyphs);

  status = g_test_run ();
  g_clear_object (&kb);
  if (font_dir != NULL)
    {
      g_autofree char *rm = g_strdup_printf ("rm -rf '%s'", font_dir);

      g_spawn_command_line_sync (rm, NULL, NULL, NULL, NULL);
    }
  return status;
}
