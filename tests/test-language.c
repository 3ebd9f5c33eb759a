/* test-language.c — the one language table against the two other places a
 * language must be added: the GSettings schema's handout-language choices and
 * po/LINGUAS (with a compiled catalogue in the build). No display.
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <gio/gio.h>

#include "mdg-i18n.h"
#include "mdg-language.h"

static void
test_schema_choices (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettingsSchemaSource) source = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) key = NULL;
  g_autoptr(GVariant) range = NULL;
  g_autoptr(GVariant) choices = NULL;
  g_autofree const char **tags = NULL;
  g_autofree char *type = NULL;

  source = g_settings_schema_source_new_from_directory (MDG_SCHEMA_DIR, NULL, TRUE, &error);
  g_assert_no_error (error);
  schema = g_settings_schema_source_lookup (source, APP_ID, FALSE);
  g_assert_nonnull (schema);
  key = g_settings_schema_get_key (schema, "handout-language");
  range = g_settings_schema_key_get_range (key);
  g_variant_get (range, "(sv)", &type, &choices);
  g_assert_cmpstr (type, ==, "enum");
  tags = g_variant_get_strv (choices, NULL);

  /* The same languages in the same order: Preferences lists them as the schema does. */
  g_assert_cmpstrv (tags, mdg_languages);
}

static void
test_linguas (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) linguas = g_ptr_array_new ();

  g_file_get_contents (MDG_LINGUAS, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0' && lines[i][0] != '#')
        g_ptr_array_add (linguas, lines[i]);
    }

  /* Every language but English (the msgids) has a catalogue in LINGUAS, built… */
  for (guint i = 0; i < mdg_language_count (); i++)
    {
      const MdgLanguage *language = mdg_language_nth (i);
      g_autofree char *mo = NULL;

      if (g_str_equal (language->tag, "en"))
        continue;
      g_test_message ("%s: %s", language->tag, language->locale);
      g_assert_true (g_ptr_array_find_with_equal_func (linguas, language->locale, g_str_equal, NULL));
      mo = g_build_filename (g_getenv ("MADOGUCHI_LOCALEDIR"), language->locale,
                             "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
      g_assert_true (g_file_test (mo, G_FILE_TEST_IS_REGULAR));
    }
  /* …and LINGUAS has no catalogue that no language uses. */
  for (guint i = 0; i < linguas->len; i++)
    {
      gboolean used = FALSE;

      for (guint j = 0; j < mdg_language_count (); j++)
        used |= g_str_equal (mdg_language_nth (j)->locale, g_ptr_array_index (linguas, i));
      g_test_message ("LINGUAS: %s", (char *) g_ptr_array_index (linguas, i));
      g_assert_true (used);
    }
}

static void
test_rows (void)
{
  g_assert_cmpuint (mdg_language_count (), ==, g_strv_length ((char **) mdg_languages));
  g_assert_cmpstr (mdg_languages[0], ==, "ja");
  g_assert_null (mdg_language_nth (mdg_language_count ()));

  for (guint i = 0; i < mdg_language_count (); i++)
    {
      const MdgLanguage *language = mdg_language_nth (i);

      g_assert_cmpstr (language->tag, ==, mdg_languages[i]);
      g_assert_true (mdg_language_lookup (language->tag) == language);
      g_assert_cmpstr (mdg_i18n_locale_for (language->tag), ==, language->locale);
      g_assert_cmpuint (strlen (language->native_name), >, 0);
      g_assert_cmpuint (strlen (language->short_name), >, 0);
      g_assert_cmpuint (strlen (language->pango), >, 0);
      g_assert_cmpfloat (language->size, >=, 1);
      /* Every language falls back to a face with Japanese glyphs: a clinic's
       * name or マイナンバーカード inside any handout. */
      g_assert_nonnull (strstr (language->families, "Noto Sans CJK"));
    }

  /* One name for Simplified Chinese wherever it is named in full. */
  g_assert_cmpstr (mdg_language_get_native_name ("zh-Hans"), ==, "简体中文");
  g_assert_cmpstr (mdg_language_get_native_name ("tlh"), ==, "tlh");
  g_assert_false (mdg_language_is_known ("tlh"));
  g_assert_false (mdg_language_is_known (NULL));
  g_assert_cmpstr (mdg_language_get_font_family ("tlh"), ==, mdg_language_get_font_family ("en"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/language/rows", test_rows);
  g_test_add_func ("/language/schema-choices", test_schema_choices);
  g_test_add_func ("/language/linguas", test_linguas);
  return g_test_run ();
}
