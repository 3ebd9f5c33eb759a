/* mdg-preferences-window.c
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "mdg-kb-open.h"
#include "mdg-preferences-window.h"
#include "mdg-settings.h"
#include "mdg-ui-resources.h"

struct _MdgPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  GtkNativeDialog      *chooser;
  GCancellable         *kb_cancellable;

  /* Template children */
  AdwPreferencesGroup  *general_lock_notice;
  AdwPreferencesGroup  *kiosk_lock_notice;
  AdwEntryRow          *clinic_name_row;
  AdwEntryRow          *clinic_phone_row;
  AdwEntryRow          *clinic_note_row;
  AdwComboRow          *handout_language_row;
  AdwActionRow         *kb_file_row;
  GtkImage             *kb_status_icon;
  GtkButton            *kb_clear_button;
  GtkButton            *kb_choose_button;
  AdwActionRow         *kiosk_mode_row;
  GtkSwitch            *kiosk_mode_switch;
  AdwActionRow         *kiosk_idle_row;
  GtkSpinButton        *kiosk_idle_spin;
  GtkAdjustment        *kiosk_idle_adjustment;
  AdwActionRow         *kiosk_printing_row;
  GtkSwitch            *kiosk_printing_switch;
};

G_DEFINE_FINAL_TYPE (MdgPreferencesWindow, mdg_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The values a key accepts, from the schema: an "enum" range's choices or a
 * "range" (min, max). The caller owns the result. */
static GVariant *
get_key_range (GSettings  *settings,
               const char *key,
               const char *expected_kind)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) schema_key = NULL;
  g_autoptr(GVariant) range = NULL;
  g_autoptr(GVariant) values = NULL;
  const char *kind;

  g_object_get (settings, "settings-schema", &schema, NULL);
  schema_key = g_settings_schema_get_key (schema, key);
  range = g_settings_schema_key_get_range (schema_key);
  g_variant_get (range, "(&sv)", &kind, &values);

  if (!g_str_equal (kind, expected_kind))
    return NULL;

  return g_steal_pointer (&values);
}

static gboolean
language_get_mapping (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  const char * const *tags = user_data;
  const char *tag = g_variant_get_string (variant, NULL);

  for (guint i = 0; tags[i] != NULL; i++)
    {
      if (g_str_equal (tags[i], tag))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
language_set_mapping (const GValue       *value,
                      const GVariantType *expected_type,
                      gpointer            user_data)
{
  const char * const *tags = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((char **)tags))
    return NULL;

  return g_variant_new_string (tags[position]);
}

static void
mdg_preferences_window_bind_languages (MdgPreferencesWindow *self)
{
  g_autoptr(GVariant) choices = NULL;
  g_autoptr(GtkStringList) names = NULL;
  g_auto(GStrv) tags = NULL;

  g_assert (MDG_IS_PREFERENCES_WINDOW (self));

  choices = get_key_range (self->settings, "handout-language", "enum");
  g_return_if_fail (choices != NULL);

  tags = g_variant_dup_strv (choices, NULL);
  names = gtk_string_list_new (NULL);
  for (guint i = 0; tags[i] != NULL; i++)
    gtk_string_list_append (names, mdg_language_get_native_name (tags[i]));

  /* The model first: setting it resets the selection, which the binding
   * below then sets from the key. */
  adw_combo_row_set_model (self->handout_language_row, G_LIST_MODEL (names));
  g_settings_bind_with_mapping (self->settings, "handout-language",
                                self->handout_language_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                language_get_mapping, language_set_mapping,
                                g_steal_pointer (&tags), (GDestroyNotify) g_strfreev);
}

static void
mdg_preferences_window_bind_idle_seconds (MdgPreferencesWindow *self)
{
  g_autoptr(GVariant) range = NULL;
  guint32 min, max;

  g_assert (MDG_IS_PREFERENCES_WINDOW (self));

  /* The schema's range is the one to honour; the .ui only has a fallback. */
  range = get_key_range (self->settings, "kiosk-idle-seconds", "range");
  if (range != NULL)
    {
      g_variant_get (range, "(uu)", &min, &max);
      gtk_adjustment_set_lower (self->kiosk_idle_adjustment, min);
      gtk_adjustment_set_upper (self->kiosk_idle_adjustment, max);
    }

  g_settings_bind (self->settings, "kiosk-idle-seconds",
                   self->kiosk_idle_adjustment, "value",
                   G_SETTINGS_BIND_DEFAULT);
}

/* A key an administrator has locked through dconf cannot be changed here: its
 * row is insensitive and its tooltip says why. g_settings_bind() already makes
 * the bound widget insensitive; this covers the row around a switch too. */
static void
update_row_writable (GSettings  *settings,
                     const char *key,
                     GtkWidget  *row)
{
  gboolean writable = g_settings_is_writable (settings, key);

  gtk_widget_set_sensitive (row, writable);
  gtk_widget_set_tooltip_text (row, writable ? NULL : _("Set by your administrator"));
}

static const char * const general_keys[] = {
  "clinic-name", "clinic-phone", "clinic-note", "handout-language", "kb-file", NULL
};
static const char * const kiosk_keys[] = {
  "kiosk-mode", "kiosk-idle-seconds", "kiosk-allow-printing", NULL
};

static gboolean
any_locked (GSettings          *settings,
            const char * const *keys)
{
  for (guint i = 0; keys[i] != NULL; i++)
    if (!g_settings_is_writable (settings, keys[i]))
      return TRUE;

  return FALSE;
}

/* A tooltip alone would not reach a receptionist on a touch screen: each page
 * also says, once, that some of its rows are locked. */
static void
update_lock_notices (MdgPreferencesWindow *self)
{
  g_assert (MDG_IS_PREFERENCES_WINDOW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->general_lock_notice),
                          any_locked (self->settings, general_keys));
  gtk_widget_set_visible (GTK_WIDGET (self->kiosk_lock_notice),
                          any_locked (self->settings, kiosk_keys));
}

static void
mdg_preferences_window_track_writable (MdgPreferencesWindow *self,
                                       const char           *key,
                                       gpointer              row)
{
  g_autofree char *detailed_signal = g_strconcat ("writable-changed::", key, NULL);

  g_assert (MDG_IS_PREFERENCES_WINDOW (self));

  g_signal_connect_object (self->settings, detailed_signal,
                           G_CALLBACK (update_row_writable), row, 0);
  update_row_writable (self->settings, key, row);
}

/* libadwaita 1.2 does not name its rows for assistive technologies, so a
 * screen reader would announce "text box" or "list item" alone: give each row
 * its title as label and its subtitle as description, and keep them current. */
static void
update_row_accessible (AdwPreferencesRow *row)
{
  const char *title = adw_preferences_row_get_title (row);

  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title ? title : "",
                                  -1);
  if (ADW_IS_ACTION_ROW (row))
    {
      const char *subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));

      if (subtitle != NULL && *subtitle != '\0')
        gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                        GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                        -1);
      else
        gtk_accessible_reset_property (GTK_ACCESSIBLE (row),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

static void
name_row_for_accessibility (gpointer row)
{
  g_signal_connect (row, "notify::title", G_CALLBACK (update_row_accessible), NULL);
  if (ADW_IS_ACTION_ROW (row))
    g_signal_connect (row, "notify::subtitle", G_CALLBACK (update_row_accessible), NULL);
  update_row_accessible (row);
}

typedef struct {
  char  *path;
  guint  n_cases;
  char  *date;
} KbCheck;

static void
kb_check_free (gpointer data)
{
  KbCheck *check = data;

  g_free (check->path);
  g_free (check->date);
  g_free (check);
}

/* Runs in a worker thread: an administrator's file may be large or on a slow
 * share, and the window should not freeze while it loads. */
static void
kb_check_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  const char *path = task_data;
  g_autoptr(MdgKb) kb = NULL;
  GError *error = NULL;
  KbCheck *check;

  kb = mdg_kb_open (path, &error);
  if (kb == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  check = g_new0 (KbCheck, 1);
  check->path = g_strdup (path);
  check->n_cases = mdg_kb_get_n_cases (kb);
  check->date = g_strdup (mdg_kb_get_date (kb));
  g_task_return_pointer (task, check, kb_check_free);
}

static void
mdg_preferences_window_show_kb_status (MdgPreferencesWindow *self,
                                       gboolean              ok,
                                       const char           *status)
{
  g_assert (MDG_IS_PREFERENCES_WINDOW (self));

  gtk_image_set_from_icon_name (self->kb_status_icon,
                                ok ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
  if (ok)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->kb_status_icon), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->kb_status_icon), "success");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->kb_status_icon), "success");
      gtk_widget_add_css_class (GTK_WIDGET (self->kb_status_icon), "warning");
    }
  adw_action_row_set_subtitle (self->kb_file_row, status);
}

static void
kb_check_done (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  MdgPreferencesWindow *self = MDG_PREFERENCES_WINDOW (object);
  g_autoptr(GError) error = NULL;
  g_autofree char *status = NULL;
  g_autofree char *name = g_filename_display_name (g_task_get_task_data (G_TASK (result)));
  KbCheck *check;

  check = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (check == NULL)
    {
      const char *reason = error->message;

      /* The loader's messages start with the file name, which the line
       * above already shows. */
      if (g_str_has_prefix (reason, name) && g_str_has_prefix (reason + strlen (name), ": "))
        reason += strlen (name) + 2;

      /* Translators: a file name, a new line, then why the file was not loaded. */
      status = g_strdup_printf (_("%s\nNot valid, so the bundled knowledge base is used: %s"),
                                name, reason);
      mdg_preferences_window_show_kb_status (self, FALSE, status);
      return;
    }

  /* Translators: a file name, a new line, the number of cases in the file and its date (YYYY-MM-DD). */
  status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%s\nValid: %u case, dated %s",
                                         "%s\nValid: %u cases, dated %s",
                                         check->n_cases),
                            name, check->n_cases, check->date ? check->date : "?");
  mdg_preferences_window_show_kb_status (self, TRUE, status);
  kb_check_free (check);
}

static void
mdg_preferences_window_update_kb_file (MdgPreferencesWindow *self)
{
  g_autofree char *path = NULL;
  g_autoptr(GTask) task = NULL;
  gboolean writable;

  g_assert (MDG_IS_PREFERENCES_WINDOW (self));

  g_cancellable_cancel (self->kb_cancellable);
  g_clear_object (&self->kb_cancellable);

  path = g_settings_get_string (self->settings, "kb-file");
  writable = g_settings_is_writable (self->settings, "kb-file");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.choose-kb-file", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.clear-kb-file",
                                 writable && *path != '\0');

  if (*path == '\0')
    {
      mdg_preferences_window_show_kb_status (self, TRUE, _("The bundled knowledge base is used"));
      return;
    }

  adw_action_row_set_subtitle (self->kb_file_row, _("Checking the file…"));

  self->kb_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->kb_cancellable, kb_check_done, NULL);
  g_task_set_source_tag (task, mdg_preferences_window_update_kb_file);
  g_task_set_task_data (task, g_steal_pointer (&path), g_free);
  g_task_run_in_thread (task, kb_check_thread);
}

static void
kb_file_changed (MdgPreferencesWindow *self)
{
  mdg_preferences_window_update_kb_file (self);
}

static void
chooser_response (MdgPreferencesWindow *self,
                  int                   response,
                  GtkNativeDialog      *chooser)
{
  g_assert (MDG_IS_PREFERENCES_WINDOW (self));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      /* A path, not a URI: the application reads it with plain file I/O,
       * and inside Flatpak the portal hands out a path that stays valid. */
      if (path != NULL)
        g_settings_set_string (self->settings, "kb-file", path);
    }

  g_clear_object (&self->chooser);
}

static void
choose_kb_file_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  MdgPreferencesWindow *self = MDG_PREFERENCES_WINDOW (widget);
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  g_autofree char *current = NULL;
  GtkFileChooserNative *chooser;

  if (self->chooser != NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Choose a Knowledge-Base File"),
                                         GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (json, _("Knowledge Base (JSON)"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_suffix (json, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);

  current = g_settings_get_string (self->settings, "kb-file");
  if (*current != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_path (current);
      gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL);
    }

  self->chooser = GTK_NATIVE_DIALOG (chooser);
  g_signal_connect_object (chooser, "response",
                           G_CALLBACK (chooser_response), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (self->chooser);
}

static void
clear_kb_file_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MdgPreferencesWindow *self = MDG_PREFERENCES_WINDOW (widget);

  g_settings_reset (self->settings, "kb-file");
}

static void
mdg_preferences_window_dispose (GObject *object)
{
  MdgPreferencesWindow *self = (MdgPreferencesWindow *)object;

  /* A check still running holds the window past its dispose; a change of
   * the settings then must not reach the template's children, gone now. */
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_cancellable_cancel (self->kb_cancellable);
  g_clear_object (&self->kb_cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), MDG_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (mdg_preferences_window_parent_class)->dispose (object);
}

static void
mdg_preferences_window_finalize (GObject *object)
{
  MdgPreferencesWindow *self = (MdgPreferencesWindow *)object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (mdg_preferences_window_parent_class)->finalize (object);
}

static void
mdg_preferences_window_class_init (MdgPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mdg_preferences_window_dispose;
  object_class->finalize = mdg_preferences_window_finalize;

  /* Referencing the resource keeps the linker from dropping it from the
   * static library in a binary that uses this window alone, such as its test. */
  g_assert (mdg_ui_get_resource () != NULL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/mdg-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MdgPreferencesWindow, general_lock_notice);
  gtk_widget_class_bind_template_child (widget_class, MdgPreferencesWindow, kiosk_lock_notice);
  gtk_widget_class_bind_template_child (widget_class, MdgPreferencesWindow, clinic_name_row);
  gtk_widget_class_bind_template_child (widget_class, MdgPreferencesWindow, clinic_phone_row);
  gtk_widget_class_bind_template_child (widget_class, MdgPreferencesWindow, clinic_note_row);
  gtk_widget_class_bind_template_child (widget_class, MdgPreferencesWindow, handout_language_row);
  gtk_widget_class_bind_template_child (widget_class, MdgPreferencesWindow, kb_file_row);
  gtk_widget_class_bind_template_child (widget_class, MdgPreferencesWindow, kb_status_icon);
  gtk_widget_class_bind_template_child (widget_class, MdgPreferencesWindow, kb_clear_button);
  gtk_widget_class_bind_template_child (widget_class, MdgPreferencesWindow, kb_choose_button);
  gtk_widget_class_bind_template_child (widget_class, MdgPreferencesWindow, kiosk_mode_row);
  gtk_widget_class_bind_template_child (widget_class, MdgPreferencesWindow, kiosk_mode_switch);
  gtk_widget_class_bind_template_child (widget_class, MdgPreferencesWindow, kiosk_idle_row);
  gtk_widget_class_bind_template_child (widget_class, MdgPreferencesWindow, kiosk_idle_spin);
  gtk_widget_class_bind_template_child (widget_class, MdgPreferencesWindow, kiosk_idle_adjustment);
  gtk_widget_class_bind_template_child (widget_class, MdgPreferencesWindow, kiosk_printing_row);
  gtk_widget_class_bind_template_child (widget_class, MdgPreferencesWindow, kiosk_printing_switch);

  gtk_widget_class_install_action (widget_class, "prefs.choose-kb-file", NULL, choose_kb_file_action);
  gtk_widget_class_install_action (widget_class, "prefs.clear-kb-file", NULL, clear_kb_file_action);
}

/* A handout prints at most MDG_CLINIC_*_MAX_CHARS of each clinic setting: the
 * row takes no more, and a longer value set elsewhere is cut, with a toast. */
static void
limit_clinic_row (MdgPreferencesWindow *self,
                  AdwEntryRow          *row,
                  const char           *key)
{
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (row));
  g_autofree char *value = g_settings_get_string (self->settings, key);
  guint max = mdg_settings_get_max_chars (key);

  if (GTK_IS_TEXT (delegate))
    gtk_text_set_max_length (GTK_TEXT (delegate), (int) max);
  if (g_utf8_strlen (value, -1) > max)
    {
      g_autofree char *title = NULL;

      *g_utf8_offset_to_pointer (value, max) = '\0';
      if (g_settings_is_writable (self->settings, key))
        g_settings_set_string (self->settings, key, value);
      title = g_strdup_printf (_("“%s” was longer than a handout prints; it is cut to %u characters."),
                               adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), max);
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (title));
    }
}

static void
mdg_preferences_window_init (MdgPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);

  limit_clinic_row (self, self->clinic_name_row, "clinic-name");
  limit_clinic_row (self, self->clinic_phone_row, "clinic-phone");
  limit_clinic_row (self, self->clinic_note_row, "clinic-note");

  /* Entry rows write on every keystroke, like the rest of GNOME's
   * preferences: there is no Apply button to forget. */
  g_settings_bind (self->settings, "clinic-name", self->clinic_name_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "clinic-phone", self->clinic_phone_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "clinic-note", self->clinic_note_row, "text", G_SETTINGS_BIND_DEFAULT);
  mdg_preferences_window_bind_languages (self);

  g_settings_bind (self->settings, "kiosk-mode", self->kiosk_mode_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "kiosk-allow-printing", self->kiosk_printing_switch, "active", G_SETTINGS_BIND_DEFAULT);
  mdg_preferences_window_bind_idle_seconds (self);

  mdg_preferences_window_track_writable (self, "clinic-name", self->clinic_name_row);
  mdg_preferences_window_track_writable (self, "clinic-phone", self->clinic_phone_row);
  mdg_preferences_window_track_writable (self, "clinic-note", self->clinic_note_row);
  mdg_preferences_window_track_writable (self, "handout-language", self->handout_language_row);
  mdg_preferences_window_track_writable (self, "kiosk-mode", self->kiosk_mode_row);
  mdg_preferences_window_track_writable (self, "kiosk-idle-seconds", self->kiosk_idle_row);
  mdg_preferences_window_track_writable (self, "kiosk-allow-printing", self->kiosk_printing_row);
  mdg_preferences_window_track_writable (self, "kb-file", self->kb_file_row);
  g_signal_connect_object (self->settings, "writable-changed",
                           G_CALLBACK (update_lock_notices), self, G_CONNECT_SWAPPED);
  update_lock_notices (self);

  name_row_for_accessibility (self->clinic_name_row);
  name_row_for_accessibility (self->clinic_phone_row);
  name_row_for_accessibility (self->clinic_note_row);
  name_row_for_accessibility (self->handout_language_row);
  name_row_for_accessibility (self->kb_file_row);
  name_row_for_accessibility (self->kiosk_mode_row);
  name_row_for_accessibility (self->kiosk_idle_row);
  name_row_for_accessibility (self->kiosk_printing_row);

  g_signal_connect_object (self->settings, "changed::kb-file",
                           G_CALLBACK (kb_file_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "writable-changed::kb-file",
                           G_CALLBACK (kb_file_changed), self, G_CONNECT_SWAPPED);
  mdg_preferences_window_update_kb_file (self);
}

GtkWidget *
mdg_preferences_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (MDG_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
}
