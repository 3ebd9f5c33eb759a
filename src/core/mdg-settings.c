/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-settings.c — the application's GSettings, where its schema is installed. */
#include "config.h"

#include <string.h>

#include "mdg-settings.h"

GSettings *
mdg_settings_lookup (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* g_settings_new() would abort without the schema; printing and exporting
   * still work then, with nothing remembered. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  return schema != NULL ? g_settings_new_full (schema, NULL, NULL) : NULL;
}

guint
mdg_settings_get_max_chars (const char *key)
{
  if (g_strcmp0 (key, "clinic-name") == 0)
    return MDG_CLINIC_NAME_MAX_CHARS;
  if (g_strcmp0 (key, "clinic-phone") == 0)
    return MDG_CLINIC_PHONE_MAX_CHARS;
  if (g_strcmp0 (key, "clinic-note") == 0)
    return MDG_CLINIC_NOTE_MAX_CHARS;
  return 0;
}

/* @key's value cut to its limit, on a character boundary. */
static char *
get_cut (GSettings  *settings,
         const char *key)
{
  char *value = g_settings_get_string (settings, key);
  guint max = mdg_settings_get_max_chars (key);

  if (g_utf8_strlen (value, -1) > max)
    *g_utf8_offset_to_pointer (value, max) = '\0';
  return value;
}

char *
mdg_settings_describe_cut_clinic (GSettings *settings)
{
  static const char * const keys[] = { "clinic-name", "clinic-phone", "clinic-note" };
  GString *out = NULL;

  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  for (guint i = 0; settings != NULL && i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *value = g_settings_get_string (settings, keys[i]);
      glong n = g_utf8_strlen (value, -1);

      if (n <= mdg_settings_get_max_chars (keys[i]))
        continue;
      if (out == NULL)
        out = g_string_new (NULL);
      else
        g_string_append_c (out, ' ');
      g_string_append_printf (out, "The %s setting has %ld characters; only its first %u are printed.",
                              keys[i], n, mdg_settings_get_max_chars (keys[i]));
    }
  return out != NULL ? g_string_free (out, FALSE) : NULL;
}

MdgClinic *
mdg_settings_dup_clinic (GSettings *settings)
{
  g_autofree char *name = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *note = NULL;
  gsize name_size, phone_size, note_size;
  MdgClinic *clinic;
  char *strings;

  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  if (settings == NULL)
    return g_new0 (MdgClinic, 1);

  name = get_cut (settings, "clinic-name");
  phone = get_cut (settings, "clinic-phone");
  note = get_cut (settings, "clinic-note");
  name_size = strlen (name) + 1;
  phone_size = strlen (phone) + 1;
  note_size = strlen (note) + 1;

  /* The strings follow the struct, so one g_free() (or g_autofree) does. */
  clinic = g_malloc (sizeof (MdgClinic) + name_size + phone_size + note_size);
  strings = (char *) (clinic + 1);
  clinic->name = memcpy (strings, name, name_size);
  clinic->phone = memcpy (strings + name_size, phone, phone_size);
  clinic->note = memcpy (strings + name_size + phone_size, note, note_size);
  return clinic;
}
