/* test-preferences.c — the preferences window edits GSettings and is accessible.
 *
 * Runs under Xvfb with GTK_A11Y=test and GSETTINGS_SCHEMA_DIR pointing at the
 * build's compiled schema. It sets GSETTINGS_BACKEND itself, to a backend in
 * memory that can also lock keys.
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "mdg-preferences-window.h"
#include "test-util.h"

/* A settings backend in memory that can lock keys, as dconf does for an
 * administrator: the memory backend cannot, and dconf needs a session bus. */
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#define TEST_TYPE_LOCKING_BACKEND (test_locking_backend_get_type ())
G_DECLARE_FINAL_TYPE (TestLockingBackend, test_locking_backend, TEST, LOCKING_BACKEND, GSettingsBackend)

struct _TestLockingBackend
{
  GSettingsBackend  parent_instance;
  GHashTable       *values;   /* path → GVariant */
  GHashTable       *locked;   /* path set */
};

G_DEFINE_FINAL_TYPE (TestLockingBackend, test_locking_backend, G_TYPE_SETTINGS_BACKEND)

static TestLockingBackend *locking_backend;

static GVariant *
test_locking_backend_read (GSettingsBackend   *backend,
                           const char         *key,
                           const GVariantType *expected_type,
                           gboolean            default_value)
{
  TestLockingBackend *self = TEST_LOCKING_BACKEND (backend);
  GVariant *value;

  if (default_value)
    return NULL;

  value = g_hash_table_lookup (self->values, key);
  return value ? g_variant_ref (value) : NULL;
}

static gboolean
test_locking_backend_write (GSettingsBackend *backend,
                            const char       *key,
                            GVariant         *value,
                            gpointer          origin_tag)
{
  TestLockingBackend *self = TEST_LOCKING_BACKEND (backend);

  if (g_hash_table_contains (self->locked, key))
    return FALSE;

  if (value != NULL)
    g_hash_table_insert (self->values, g_strdup (key), g_variant_ref_sink (value));
  else
    g_hash_table_remove (self->values, key);
  g_settings_backend_changed (backend, key, origin_tag);
  return TRUE;
}

static gboolean
write_one (gpointer key,
           gpointer value,
           gpointer data)
{
  test_locking_backend_write (data, key, value, NULL);
  return FALSE;
}

static gboolean
test_locking_backend_write_tree (GSettingsBackend *backend,
                                 GTree            *tree,
                                 gpointer          origin_tag)
{
  g_tree_foreach (tree, write_one, backend);
  return TRUE;
}

static void
test_locking_backend_reset (GSettingsBackend *backend,
                            const char       *key,
                            gpointer          origin_tag)
{
  test_locking_backend_write (backend, key, NULL, origin_tag);
}

static gboolean
test_locking_backend_get_writable (GSettingsBackend *backend,
                                   const char       *key)
{
  return !g_hash_table_contains (TEST_LOCKING_BACKEND (backend)->locked, key);
}

static GPermission *
test_locking_backend_get_permission (GSettingsBackend *backend,
                                     const char       *path)
{
  return g_simple_permission_new (TRUE);
}

static void
test_locking_backend_class_init (TestLockingBackendClass *klass)
{
  GSettingsBackendClass *backend_class = G_SETTINGS_BACKEND_CLASS (klass);

  backend_class->read = test_locking_backend_read;
  backend_class->write = test_locking_backend_write;
  backend_class->write_tree = test_locking_backend_write_tree;
  backend_class->reset = test_locking_backend_reset;
  backend_class->get_writable = test_locking_backend_get_writable;
  backend_class->get_permission = test_locking_backend_get_permission;
}

static void
test_locking_backend_init (TestLockingBackend *self)
{
  self->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) g_variant_unref);
  self->locked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  locking_backend = self;
}

static void
lock_key (const char *key,
          gboolean    locked)
{
  g_autofree char *path = g_strconcat ("/io/github/madoguchi/Madoguchi/", key, NULL);

  if (locked)
    g_hash_table_add (locking_backend->locked, g_strdup (path));
  else
    g_hash_table_remove (locking_backend->locked, path);
  g_settings_backend_writable_changed (G_SETTINGS_BACKEND (locking_backend), path);
}

typedef struct {
  GtkWidget *window;
  GSettings *settings;
} Fixture;

static gpointer
child (Fixture    *fixture,
       const char *id)
{
  GObject *object = gtk_widget_get_template_child (fixture->window,
                                                   MDG_TYPE_PREFERENCES_WINDOW, id);

  g_assert_nonnull (object);
  return object;
}

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->settings = g_settings_new (APP_ID);
  /* The memory backend is shared by the whole process: start every test
   * from the schema's defaults. */
  {
    g_autoptr(GSettingsSchema) schema = NULL;
    g_auto(GStrv) keys = NULL;

    g_object_get (fixture->settings, "settings-schema", &schema, NULL);
    keys = g_settings_schema_list_keys (schema);
    for (guint i = 0; keys[i] != NULL; i++)
      g_settings_reset (fixture->settings, keys[i]);
  }

  fixture->window = mdg_preferences_window_new (NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));
  iterate ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  iterate ();
  g_clear_object (&fixture->settings);
}

static void
test_create (Fixture       *fixture,
             gconstpointer  data)
{
  g_assert_true (MDG_IS_PREFERENCES_WINDOW (fixture->window));
  g_assert_true (ADW_IS_PREFERENCES_WINDOW (fixture->window));
  g_assert_true (gtk_widget_get_visible (fixture->window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (fixture->window)));
}

/* A note set longer than a handout prints (by dconf, say) is cut when the
 * preferences open, and a toast says so. */
static void
test_clinic_cut (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *long_note = g_strnfill (600, 'x');
  g_autofree char *stored = NULL;
  GtkWidget *window;

  g_settings_set_string (settings, "clinic-note", long_note);
  window = mdg_preferences_window_new (NULL);
  stored = g_settings_get_string (settings, "clinic-note");
  g_assert_cmpint (strlen (stored), ==, 500);
  g_assert_cmpint (strlen (gtk_editable_get_text (GTK_EDITABLE (
    gtk_widget_get_template_child (window, MDG_TYPE_PREFERENCES_WINDOW, "clinic_note_row")))), ==, 500);
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "clinic-note");
  iterate ();
}

static void
test_transient_for (void)
{
  GtkWidget *parent = gtk_window_new ();
  GtkWidget *window = mdg_preferences_window_new (GTK_WINDOW (parent));

  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (window)) == GTK_WINDOW (parent));
  gtk_window_destroy (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (parent));
  iterate ();
}

static void
test_clinic_entries (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *name = NULL;
  g_autofree char *phone = NULL;

  /* The row writes the key as the user types… */
  gtk_editable_set_text (child (fixture, "clinic_name_row"), "みなと内科クリニック");
  name = g_settings_get_string (fixture->settings, "clinic-name");
  g_assert_cmpstr (name, ==, "みなと内科クリニック");

  gtk_editable_set_text (child (fixture, "clinic_phone_row"), "03-1234-5678");
  phone = g_settings_get_string (fixture->settings, "clinic-phone");
  g_assert_cmpstr (phone, ==, "03-1234-5678");

  /* …and shows what another desk or dconf sets. */
  g_settings_set_string (fixture->settings, "clinic-note", "木曜休診");
  g_assert_cmpstr (gtk_editable_get_text (child (fixture, "clinic_note_row")), ==, "木曜休診");

  /* No longer than a handout prints: 100 KB of note took 95 s to lay out. */
  {
    g_autofree char *long_phone = g_strnfill (1000, '0');
    g_autofree char *stored = NULL;

    gtk_editable_set_text (child (fixture, "clinic_phone_row"), long_phone);
    stored = g_settings_get_string (fixture->settings, "clinic-phone");
    g_assert_cmpint (strlen (stored), ==, 40);
  }
}

static void
test_handout_language (Fixture       *fixture,
                       gconstpointer  data)
{
  static const char * const names[] = {
    "日本語", "やさしい にほんご", "English", "简体中文", "Tiếng Việt", "한국어",
    "Filipino", "नेपाली", "Bahasa Indonesia", "Português (Brasil)", "မြန်မာ",
  };
  AdwComboRow *row = child (fixture, "handout_language_row");
  GListModel *model = adw_combo_row_get_model (row);
  g_autofree char *tag = NULL;
  g_autofree char *tag2 = NULL;

  g_assert_nonnull (model);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), i), ==, names[i]);

  /* The default, 'ja', is the first. */
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);

  adw_combo_row_set_selected (row, 4);
  tag = g_settings_get_string (fixture->settings, "handout-language");
  g_assert_cmpstr (tag, ==, "vi");

  adw_combo_row_set_selected (row, 9);
  tag2 = g_settings_get_string (fixture->settings, "handout-language");
  g_assert_cmpstr (tag2, ==, "pt-BR");

  g_settings_set_string (fixture->settings, "handout-language", "my");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 10);
  g_settings_set_string (fixture->settings, "handout-language", "ja-x-easy");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 1);
}

static void
test_kiosk (Fixture       *fixture,
            gconstpointer  data)
{
  GtkAdjustment *adjustment = child (fixture, "kiosk_idle_adjustment");
  GtkSwitch *mode = child (fixture, "kiosk_mode_switch");
  GtkSwitch *printing = child (fixture, "kiosk_printing_switch");

  /* The spin button takes its range from the schema. */
  g_assert_cmpfloat (gtk_adjustment_get_lower (adjustment), ==, 10);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), ==, 3600);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 60);

  gtk_adjustment_set_value (adjustment, 300);
  g_assert_cmpuint (g_settings_get_uint (fixture->settings, "kiosk-idle-seconds"), ==, 300);
  g_settings_set_uint (fixture->settings, "kiosk-idle-seconds", 45);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 45);

  g_assert_false (gtk_switch_get_active (mode));
  gtk_switch_set_active (mode, TRUE);
  g_assert_true (g_settings_get_boolean (fixture->settings, "kiosk-mode"));

  /* Activating the row toggles its switch, as a click on the row would. */
  g_assert_false (g_settings_get_boolean (fixture->settings, "kiosk-allow-printing"));
  adw_action_row_activate (child (fixture, "kiosk_printing_row"));
  g_assert_true (gtk_switch_get_active (printing));
  g_assert_true (g_settings_get_boolean (fixture->settings, "kiosk-allow-printing"));
}

static const char *
wait_for_kb_status (Fixture *fixture)
{
  AdwActionRow *row = child (fixture, "kb_file_row");
  gint64 deadline = g_get_monotonic_time () + 50 * G_USEC_PER_SEC;

  iterate ();
  /* The file is checked in a worker thread: under the sanitizers on a busy
   * machine, the bundled file takes many seconds. */
  while (g_str_equal (adw_action_row_get_subtitle (row), "Checking the file…") &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  return adw_action_row_get_subtitle (row);
}

static void
test_kb_file (Fixture       *fixture,
              gconstpointer  data)
{
  const char *kb_json = g_getenv ("MADOGUCHI_TEST_KB");
  g_autofree char *missing = NULL;
  GtkWidget *icon = child (fixture, "kb_status_icon");
  const char *status;

  /* Empty: the bundled knowledge base, and nothing to clear. */
  status = wait_for_kb_status (fixture);
  g_assert_cmpstr (status, ==, "The bundled knowledge base is used");
  g_assert_false (gtk_widget_is_sensitive (child (fixture, "kb_clear_button")));
  g_assert_true (gtk_widget_is_sensitive (child (fixture, "kb_choose_button")));

  missing = g_build_filename (g_get_tmp_dir (), "madoguchi-no-such-kb.json", NULL);
  g_settings_set_string (fixture->settings, "kb-file", missing);
  status = wait_for_kb_status (fixture);
  g_test_message ("missing file: %s", status);
  g_assert_nonnull (strstr (status, "\nNot valid, so the bundled knowledge base is used: "));
  g_assert_true (gtk_widget_has_css_class (icon, "warning"));
  g_assert_true (gtk_widget_is_sensitive (child (fixture, "kb_clear_button")));
  gtk_test_accessible_assert_property (child (fixture, "kb_file_row"),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, status);

  if (kb_json != NULL)
    {
      g_settings_set_string (fixture->settings, "kb-file", kb_json);
      status = wait_for_kb_status (fixture);
      g_test_message ("bundled file: %s", status);
      g_assert_nonnull (strstr (status, "\nValid: "));
      g_assert_true (gtk_widget_has_css_class (icon, "success"));
    }

  /* The clear button goes back to the bundled file. */
  gtk_widget_activate_action (fixture->window, "prefs.clear-kb-file", NULL);
  status = wait_for_kb_status (fixture);
  g_assert_cmpstr (status, ==, "The bundled knowledge base is used");
  {
    g_autofree char *path = g_settings_get_string (fixture->settings, "kb-file");
    g_assert_cmpstr (path, ==, "");
  }
}

/* Every button shown that shows only an icon, ours and libadwaita's, has a
 * name for a screen reader: its own or, inside a GtkMenuButton, its
 * parent's. Not checked: hidden ones, which are not read (libadwaita 1.2's
 * search button has no name; it is hidden because search is off), and the
 * − and + of a GtkSpinButton, which GTK 4.8 leaves unnamed but never
 * focuses: the spin button itself, named by its row, takes the keys. */
static void
test_accessible_icon_buttons (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();
  guint n = 0;

  collect_widgets (fixture->window, widgets);
  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);
      GtkWidget *parent = gtk_widget_get_parent (widget);
      gboolean icon_only;

      if (GTK_IS_MENU_BUTTON (widget))
        icon_only = gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)) != NULL;
      else
        icon_only = GTK_IS_BUTTON (widget) && GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (widget)));
      if (!icon_only || !gtk_widget_is_visible (widget) || GTK_IS_SPIN_BUTTON (parent))
        continue;

      n++;
      g_test_message ("%s %s", G_OBJECT_TYPE_NAME (widget),
                      GTK_IS_BUTTON (widget) ? gtk_button_get_icon_name (GTK_BUTTON (widget)) : "");
      if (icon_button_is_named (widget))
        continue;
      g_error ("%s (%s) shows only an icon and has no accessible label",
               G_OBJECT_TYPE_NAME (widget),
               GTK_IS_BUTTON (widget) ? gtk_button_get_icon_name (GTK_BUTTON (widget)) : "?");
    }

  /* At least the knowledge-base file's clear button. */
  g_assert_cmpuint (n, >=, 1);
}

static void
test_accessible (Fixture       *fixture,
                 gconstpointer  data)
{
  static const struct {
    const char        *id;
    GtkAccessibleRole  role;
    const char        *label;
  } rows[] = {
    { "clinic_name_row", GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Clinic Name" },
    { "clinic_phone_row", GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Phone Number" },
    { "clinic_note_row", GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Note at the Foot of Handouts" },
    { "handout_language_row", GTK_ACCESSIBLE_ROLE_COMBO_BOX, "Default Language" },
    { "kb_file_row", GTK_ACCESSIBLE_ROLE_LIST_ITEM, "Knowledge-Base File" },
    { "kiosk_mode_row", GTK_ACCESSIBLE_ROLE_LIST_ITEM, "Start in Kiosk Mode" },
    { "kiosk_idle_row", GTK_ACCESSIBLE_ROLE_LIST_ITEM, "Reset When Idle" },
    { "kiosk_printing_row", GTK_ACCESSIBLE_ROLE_LIST_ITEM, "Allow Printing" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      GtkAccessible *row = child (fixture, rows[i].id);

      gtk_test_accessible_assert_role (row, rows[i].role);
      gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL, rows[i].label);
    }

  gtk_test_accessible_assert_property (child (fixture, "kiosk_mode_row"),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Open the kiosk instead of the staff window when Madoguchi starts");

  /* The controls are named by their rows. */
  gtk_test_accessible_assert_role (child (fixture, "kiosk_mode_switch"), GTK_ACCESSIBLE_ROLE_SWITCH);
  gtk_test_accessible_assert_relation (child (fixture, "kiosk_mode_switch"),
                                       GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                       child (fixture, "kiosk_mode_row"), NULL);
  gtk_test_accessible_assert_role (child (fixture, "kiosk_printing_switch"), GTK_ACCESSIBLE_ROLE_SWITCH);
  gtk_test_accessible_assert_relation (child (fixture, "kiosk_printing_switch"),
                                       GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                       child (fixture, "kiosk_printing_row"), NULL);
  gtk_test_accessible_assert_role (child (fixture, "kiosk_idle_spin"), GTK_ACCESSIBLE_ROLE_SPIN_BUTTON);
  gtk_test_accessible_assert_relation (child (fixture, "kiosk_idle_spin"),
                                       GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                       child (fixture, "kiosk_idle_row"), NULL);

  /* An icon-only button needs a name of its own. */
  gtk_test_accessible_assert_role (child (fixture, "kb_clear_button"), GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_property (child (fixture, "kb_clear_button"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Use the Bundled Knowledge Base");
}

static void
test_locked_keys (Fixture       *fixture,
                  gconstpointer  data)
{
  static const struct {
    const char *key;
    const char *row;
  } keys[] = {
    { "clinic-name", "clinic_name_row" },
    { "clinic-phone", "clinic_phone_row" },
    { "clinic-note", "clinic_note_row" },
    { "handout-language", "handout_language_row" },
    { "kiosk-mode", "kiosk_mode_row" },
    { "kiosk-idle-seconds", "kiosk_idle_row" },
    { "kiosk-allow-printing", "kiosk_printing_row" },
    { "kb-file", "kb_file_row" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkWidget *row = child (fixture, keys[i].row);

      g_assert_true (gtk_widget_is_sensitive (row));
      g_assert_null (gtk_widget_get_tooltip_text (row));
    }
  g_assert_false (gtk_widget_get_visible (child (fixture, "general_lock_notice")));
  g_assert_false (gtk_widget_get_visible (child (fixture, "kiosk_lock_notice")));

  /* One locked key on a page is enough for that page to say so. */
  lock_key ("kiosk-mode", TRUE);
  iterate ();
  g_assert_false (gtk_widget_get_visible (child (fixture, "general_lock_notice")));
  g_assert_true (gtk_widget_get_visible (child (fixture, "kiosk_lock_notice")));

  /* As the example lockdown in data/kiosk/ does. */
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    lock_key (keys[i].key, TRUE);
  iterate ();

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkWidget *row = child (fixture, keys[i].row);

      g_test_message ("%s", keys[i].key);
      g_assert_false (g_settings_is_writable (fixture->settings, keys[i].key));
      g_assert_false (gtk_widget_is_sensitive (row));
      g_assert_cmpstr (gtk_widget_get_tooltip_text (row), ==, "Set by your administrator");
    }
  g_assert_false (gtk_widget_is_sensitive (child (fixture, "kiosk_mode_switch")));
  g_assert_false (gtk_widget_is_sensitive (child (fixture, "kiosk_idle_spin")));
  g_assert_false (gtk_widget_is_sensitive (child (fixture, "kb_choose_button")));
  g_assert_true (gtk_widget_get_visible (child (fixture, "general_lock_notice")));
  g_assert_true (gtk_widget_get_visible (child (fixture, "kiosk_lock_notice")));

  /* A locked key cannot be changed from here, even by a stray write. */
  gtk_editable_set_text (child (fixture, "clinic_name_row"), "Other Clinic");
  {
    g_autofree char *name = g_settings_get_string (fixture->settings, "clinic-name");
    g_assert_cmpstr (name, ==, "");
  }

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    lock_key (keys[i].key, FALSE);
  iterate ();

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_true (gtk_widget_is_sensitive (child (fixture, keys[i].row)));
  g_assert_false (gtk_widget_get_visible (child (fixture, "general_lock_notice")));
  g_assert_false (gtk_widget_get_visible (child (fixture, "kiosk_lock_notice")));
  g_assert_true (gtk_widget_is_sensitive (child (fixture, "kb_choose_button")));
}

int
main (int   argc,
      char *argv[])
{
  /* Untranslated strings, so the assertions above hold in any locale. */
  g_setenv ("LANGUAGE", "C", TRUE);
  /* Every GSettings in this process, the window's too, uses the locking
   * backend: register it before the first one is made. */
  g_setenv ("GSETTINGS_BACKEND", "madoguchi-test-locking", TRUE);
  g_io_extension_point_register (G_SETTINGS_BACKEND_EXTENSION_POINT_NAME);
  g_io_extension_point_implement (G_SETTINGS_BACKEND_EXTENSION_POINT_NAME,
                                  TEST_TYPE_LOCKING_BACKEND, "madoguchi-test-locking", 1000);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* A switch toggled from the keyboard or its row changes state only when
   * its animation ends; without animations it changes at once. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add ("/preferences/create", Fixture, NULL, fixture_set_up, test_create, fixture_tear_down);
  g_test_add_func ("/preferences/transient-for", test_transient_for);
  g_test_add_func ("/preferences/clinic-cut", test_clinic_cut);
  g_test_add ("/preferences/clinic-entries", Fixture, NULL, fixture_set_up, test_clinic_entries, fixture_tear_down);
  g_test_add ("/preferences/handout-language", Fixture, NULL, fixture_set_up, test_handout_language, fixture_tear_down);
  g_test_add ("/preferences/kiosk", Fixture, NULL, fixture_set_up, test_kiosk, fixture_tear_down);
  g_test_add ("/preferences/kb-file", Fixture, NULL, fixture_set_up, test_kb_file, fixture_tear_down);
  g_test_add ("/preferences/locked-keys", Fixture, NULL, fixture_set_up, test_locked_keys, fixture_tear_down);
  g_test_add ("/preferences/accessible", Fixture, NULL, fixture_set_up, test_accessible, fixture_tear_down);
  g_test_add ("/preferences/accessible-icon-buttons", Fixture, NULL, fixture_set_up, test_accessible_icon_buttons, fixture_tear_down);

  return g_test_run ();
}
