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

  name = g_settings_get_string (settings, "clinic-name");
  phone = g_settings_get_string (settings, "clinic-phone");
  note = g_settings_get_string (settings, "clinic-note");
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
