/* test-i18n.c — mdg_translate() and the .mo reader behind it, without a
 * display: the catalogues of the build (MADOGUCHI_LOCALEDIR), the fallbacks,
 * threads, and truncated or corrupt .mo files, which must give the msgid.
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libintl.h>
#include <string.h>
#include <glib/gstdio.h>

#include "mdg-i18n.h"
#include "mdg-i18n-private.h"

#define KIOSK_WHAT_HAPPENED "kiosk\004What happened"

static char *
ja_mo_path (void)
{
  return g_build_filename (bindtextdomain (GETTEXT_PACKAGE, NULL),
                           "ja", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
}

static void
test_known (void)
{
  g_assert_cmpstr (mdg_translate ("ja", "Madoguchi"), ==, "窓口");
  g_assert_cmpstr (mdg_translate ("ja", KIOSK_WHAT_HAPPENED), ==, "何があったか");
  /* Easy Japanese has its own words, and plain Japanese where it has none. */
  g_assert_cmpstr (mdg_translate ("ja-x-easy", KIOSK_WHAT_HAPPENED), ==, "なにが あったか");
  g_assert_cmpstr (mdg_translate ("ja-x-easy", "Madoguchi"), ==, "窓口");
  /* The same pointer each time: callers may keep or intern it. */
  g_assert_true (mdg_translate ("ja", "Madoguchi") == mdg_translate ("ja", "Madoguchi"));
}

static void
test_untranslated (void)
{
  static const char msgid[] = "Madoguchi";
  static const char unknown[] = "No catalogue has this message";

  /* The msgid itself, the same pointer: the kiosk compares pointers. */
  g_assert_true (mdg_translate ("xx", msgid) == msgid);
  g_assert_true (mdg_translate (NULL, msgid) == msgid);
  g_assert_true (mdg_translate ("en", msgid) == msgid);
  g_assert_true (mdg_translate ("ja", unknown) == unknown);
  g_assert_true (mdg_translate ("ja-x-easy", unknown) == unknown);
  /* The environment is left alone. */
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "en");
}

static gpointer
translate_thread (gpointer data)
{
  static const char * const tags[] = { "ja", "ja-x-easy", "vi", "pt-BR", "zh-Hans", "en" };
  const char *expected = data;

  for (guint i = 0; i < 2000; i++)
    {
      const char *tag = tags[i % G_N_ELEMENTS (tags)];
      const char *result = mdg_translate (tag, "Madoguchi");

      if (g_str_equal (tag, "ja") && !g_str_equal (result, expected))
        return GINT_TO_POINTER (FALSE);
    }
  return GINT_TO_POINTER (TRUE);
}

static void
test_threads (void)
{
  GThread *threads[8];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("translate", translate_thread, (gpointer) "窓口");
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (GPOINTER_TO_INT (g_thread_join (threads[i])));
}

/* A catalogue of @size bytes of @data: a lookup gives @translation or
 * nothing, or with @translation NULL (a damaged table may pair the strings
 * wrongly) any NUL-terminated UTF-8 string or nothing. */
static void
check_damaged (const char *data,
               gsize       size,
               const char *msgid,
               const char *translation)
{
  g_autoptr(MdgCatalogue) catalogue = mdg_catalogue_new (g_memdup2 (data, size), size);
  const char *result = mdg_catalogue_lookup (catalogue, msgid);

  if (result != NULL && translation != NULL)
    g_assert_cmpstr (result, ==, translation);
  else if (result != NULL)
    g_assert_true (g_utf8_validate (result, -1, NULL));
}

static void
set_word (char    *data,
          gsize    offset,
          guint32  value)
{
  memcpy (data + offset, &value, sizeof value);
}

static void
test_damaged (void)
{
  g_autofree char *path = ja_mo_path ();
  g_autofree char *data = NULL;
  g_autofree char *copy = NULL;
  gsize size;
  guint32 originals;

  g_assert_true (g_file_get_contents (path, &data, &size, NULL));
  g_assert_cmpuint (size, >, 28);

  g_assert_null (mdg_catalogue_new (NULL, 0));
  g_assert_null (mdg_catalogue_new (g_strdup (""), 0));
  g_assert_null (mdg_catalogue_new (g_strdup ("<html>Not found</html>"), 22));
  g_assert_null (mdg_catalogue_lookup (NULL, "Madoguchi"));

  /* Cut anywhere, and each byte of the header and the first table entries
   * set to 0xff or 0x00 in turn. */
  for (gsize cut = 0; cut < size; cut += 1 + cut / 16)
    check_damaged (data, cut, "Madoguchi", "窓口");
  for (gsize i = 0; i < 28 + 8 * 4; i++)
    for (guint value = 0; value <= 0xff; value += 0xff)
      {
        copy = g_memdup2 (data, size);
        copy[i] = (char) value;
        check_damaged (copy, size, "Madoguchi", NULL);
        g_clear_pointer (&copy, g_free);
      }

  /* Too many strings for the file, and tables or strings past its end. */
  copy = g_memdup2 (data, size);
  set_word (copy, 8, G_MAXUINT32);
  g_assert_null (mdg_catalogue_new (g_steal_pointer (&copy), size));
  copy = g_memdup2 (data, size);
  set_word (copy, 12, G_MAXUINT32 - 4);
  g_assert_null (mdg_catalogue_new (g_steal_pointer (&copy), size));
  copy = g_memdup2 (data, size);
  memcpy (&originals, copy + 12, sizeof originals);
  for (guint32 entry = originals; entry + 8 <= size && entry < originals + 8 * 64; entry += 8)
    set_word (copy, entry + 4, G_MAXUINT32 - 2);
  check_damaged (copy, size, "Madoguchi", "窓口");
  g_clear_pointer (&copy, g_free);
}

/* A broken ja.mo in the text domain's directory: the msgid, no crash. */
static void
test_corrupt_file (void)
{
  g_autofree char *bound = g_strdup (bindtextdomain (GETTEXT_PACKAGE, NULL));
  g_autofree char *real_path = ja_mo_path ();
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  static const char msgid[] = "Madoguchi";
  gsize size;

  g_assert_true (g_file_get_contents (real_path, &data, &size, NULL));

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *dir = g_dir_make_tmp ("madoguchi-i18n-XXXXXX", &error);
      g_autofree char *ja = NULL;
      g_autofree char *messages = NULL;
      g_autofree char *path = NULL;

      g_assert_no_error (error);
      ja = g_build_filename (dir, "ja", NULL);
      messages = g_build_filename (ja, "LC_MESSAGES", NULL);
      g_assert_cmpint (g_mkdir_with_parents (messages, 0700), ==, 0);
      path = g_build_filename (messages, GETTEXT_PACKAGE ".mo", NULL);

      /* Half a file, a header that promises more than there is, and a
       * zero-length file. */
      if (i == 0)
        g_assert_true (g_file_set_contents (path, data, size / 2, &error));
      else if (i == 1)
        {
          g_autofree char *copy = g_memdup2 (data, 28);

          set_word (copy, 8, 1000000);
          g_assert_true (g_file_set_contents (path, copy, 28, &error));
        }
      else
        g_assert_true (g_file_set_contents (path, "", 0, &error));
      g_assert_no_error (error);

      bindtextdomain (GETTEXT_PACKAGE, dir);
      g_assert_true (mdg_translate ("ja", msgid) == msgid);
      g_assert_true (mdg_translate ("ja-x-easy", msgid) == msgid);
      bindtextdomain (GETTEXT_PACKAGE, bound);

      g_assert_cmpint (g_remove (path), ==, 0);
      g_assert_cmpint (g_rmdir (messages), ==, 0);
      g_assert_cmpint (g_rmdir (ja), ==, 0);
      g_assert_cmpint (g_rmdir (dir), ==, 0);
    }

  /* Back in the build's catalogues, the translation is there again. */
  g_assert_cmpstr (mdg_translate ("ja", msgid), ==, "窓口");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  mdg_i18n_init ();

  g_test_add_func ("/i18n/known", test_known);
  g_test_add_func ("/i18n/untranslated", test_untranslated);
  g_test_add_func ("/i18n/threads", test_threads);
  g_test_add_func ("/i18n/damaged", test_damaged);
  g_test_add_func ("/i18n/corrupt-file", test_corrupt_file);

  return g_test_run ();
}
