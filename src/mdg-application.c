/* mdg-application.c
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "mdg-about.h"
#include "mdg-application.h"
#include "mdg-i18n.h"
#include "mdg-kb-open.h"
#include "mdg-kiosk-window.h"
#include "mdg-preferences-window.h"
#include "mdg-settings.h"
#include "mdg-ui-resources.h"
#include "mdg-window.h"

struct _MdgApplication
{
  AdwApplication  parent_instance;

  char           *kb_path;
  char           *content_language;

  MdgKb          *kb;
  GError         *kb_error;
  gboolean        kb_loaded;
  GThread        *kb_thread;

  MdgSearch      *search;

  GSettings      *settings;
  gboolean        settings_looked_up;
  gboolean        kiosk;
};

G_DEFINE_FINAL_TYPE (MdgApplication, mdg_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_KB_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

MdgApplication *
mdg_application_new (const char *kb_path)
{
  static gsize initialized = 0;

  /* main.c stays tiny: the text domain is bound here, once, before any
   * window or .ui file asks for a translation. */
  if (g_once_init_enter (&initialized))
    {
      mdg_i18n_init ();
      g_once_init_leave (&initialized, 1);
    }

  return g_object_new (MDG_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_BASE,
                       "kb-path", kb_path,
                       NULL);
}

const char *
mdg_application_get_content_language (MdgApplication *self)
{
  g_return_val_if_fail (MDG_IS_APPLICATION (self), "en");

  if (self->content_language == NULL)
    self->content_language = g_strdup (mdg_i18n_ui_content_language ());

  return self->content_language;
}

GSettings *
mdg_application_get_settings (MdgApplication *self)
{
  g_return_val_if_fail (MDG_IS_APPLICATION (self), NULL);

  if (!self->settings_looked_up)
    {
      self->settings_looked_up = TRUE;
      self->settings = mdg_settings_lookup ();
      if (self->settings == NULL)
        g_message ("The settings schema %s is not installed; using defaults", APP_ID);
    }

  return self->settings;
}

void
mdg_application_set_kiosk (MdgApplication *self,
                           gboolean        kiosk)
{
  g_return_if_fail (MDG_IS_APPLICATION (self));

  self->kiosk = !!kiosk;
}

gboolean
mdg_application_get_kiosk (MdgApplication *self)
{
  GSettings *settings;

  g_return_val_if_fail (MDG_IS_APPLICATION (self), FALSE);

  /* An administrator makes a desk a kiosk by policy (a locked dconf key). */
  if (self->kiosk)
    return TRUE;
  settings = mdg_application_get_settings (self);
  return settings != NULL && g_settings_get_boolean (settings, "kiosk-mode");
}

/* What the loader thread is given and gives back; it touches nothing else. */
typedef struct {
  char   *path;   /* the file to load, or NULL for the bundled knowledge base */
  MdgKb  *kb;
  GError *error;  /* why path could not be used, or why the bundled one is broken */
} MdgKbLoad;

static gpointer
mdg_kb_load_run (gpointer data)
{
  MdgKbLoad *load = data;
  g_autoptr(GError) error = NULL;
  gint64 begin = g_get_monotonic_time ();

  if (load->path != NULL)
    {
      load->kb = mdg_kb_open (load->path, &load->error);
      if (load->kb != NULL)
        {
          g_debug ("Knowledge base “%s” loaded in %.1f ms", load->path,
                   (g_get_monotonic_time () - begin) / 1000.0);
          return load;
        }
      /* Not a warning: the window says it in a banner and goes on with the
       * bundled knowledge base. */
      g_message ("Could not load the knowledge base “%s”: %s",
                 load->path, load->error->message);
    }

  load->kb = mdg_kb_new_default (&error);
  if (load->kb == NULL)
    {
      g_critical ("The bundled knowledge base is broken: %s", error->message);
      if (load->error == NULL)
        load->error = g_steal_pointer (&error);
    }

  g_debug ("Knowledge base loaded in %.1f ms",
           (g_get_monotonic_time () - begin) / 1000.0);

  return load;
}

static MdgKbLoad *
mdg_application_new_kb_load (MdgApplication *self)
{
  MdgKbLoad *load = g_new0 (MdgKbLoad, 1);

  /* --kb wins over the administrator's kb-file setting. */
  if (self->kb_path == NULL && mdg_application_get_settings (self) != NULL)
    {
      g_autofree char *path = g_settings_get_string (self->settings, "kb-file");

      if (path != NULL && *path != '\0')
        self->kb_path = g_steal_pointer (&path);
    }

  load->path = g_strdup (self->kb_path);

  return load;
}

/* The knowledge base is parsed in a thread while GTK starts up on this one:
 * the window needs it for its first frame, but not before it is built. */
static void
mdg_application_start_loading_kb (MdgApplication *self)
{
  g_assert (MDG_IS_APPLICATION (self));

  if (self->kb_loaded || self->kb_thread != NULL)
    return;

  self->kb_thread = g_thread_new ("mdg-kb-load", mdg_kb_load_run,
                                  mdg_application_new_kb_load (self));
}

static void
mdg_application_load_kb (MdgApplication *self)
{
  MdgKbLoad *load;

  g_assert (MDG_IS_APPLICATION (self));

  if (self->kb_thread != NULL)
    load = g_thread_join (g_steal_pointer (&self->kb_thread));
  else
    load = mdg_kb_load_run (mdg_application_new_kb_load (self));

  self->kb_loaded = TRUE;
  self->kb = g_steal_pointer (&load->kb);
  self->kb_error = g_steal_pointer (&load->error);
  g_free (load->path);
  g_free (load);
}

MdgKb *
mdg_application_get_kb (MdgApplication *self)
{
  g_return_val_if_fail (MDG_IS_APPLICATION (self), NULL);

  if (!self->kb_loaded)
    mdg_application_load_kb (self);

  return self->kb;
}

const GError *
mdg_application_get_kb_error (MdgApplication *self)
{
  g_return_val_if_fail (MDG_IS_APPLICATION (self), NULL);

  if (!self->kb_loaded)
    mdg_application_load_kb (self);

  return self->kb_error;
}

gboolean
mdg_application_has_search (MdgApplication *self)
{
  g_return_val_if_fail (MDG_IS_APPLICATION (self), FALSE);

  return self->search != NULL;
}

MdgSearch *
mdg_application_get_search (MdgApplication *self)
{
  MdgKb *kb;

  g_return_val_if_fail (MDG_IS_APPLICATION (self), NULL);

  if (self->search == NULL && (kb = mdg_application_get_kb (self)) != NULL)
    {
      gint64 begin = g_get_monotonic_time ();

      self->search = mdg_kb_open_search (kb);
      g_debug ("Search index built in %.1f ms",
               (g_get_monotonic_time () - begin) / 1000.0);
    }

  return self->search;
}

static void
mdg_application_quit_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
mdg_application_about_action (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  MdgApplication *self = user_data;
  GtkWindow *window;

  g_assert (MDG_IS_APPLICATION (self));

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  gtk_window_present (mdg_about_window_new (window));
}

static void
mdg_application_preferences_action (GSimpleAction *action,
                                    GVariant      *parameter,
                                    gpointer       user_data)
{
  MdgApplication *self = user_data;
  GtkWindow *window;

  g_assert (MDG_IS_APPLICATION (self));

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (mdg_preferences_window_new (window)));
}

static const GActionEntry app_actions[] = {
  { "quit", mdg_application_quit_action },
  { "about", mdg_application_about_action },
  { "preferences", mdg_application_preferences_action },
};

/* The application's keyboard shortcuts, one each. Ctrl+? is GTK's own for the
 * shortcuts window, which is not at gtk/help-overlay.ui, so that the staff
 * window builds it on demand. */
static const struct {
  const char *action;
  const char *accel;
} accels[] = {
  { "app.quit", "<Control>q" },
  { "window.close", "<Control>w" },
  { "win.find", "<Control>f" },
  { "app.preferences", "<Control>comma" },
  { "win.show-help-overlay", "<Control>question" },
  { "win.print-handout", "<Control>p" },
  { "win.print-reference-sheet", "<Control><Shift>p" },
  { "win.show-summary", "<Control>1" },
  { "win.show-glossary", "<Control>2" },
  { "win.back", "<Alt>Left" },
};

static void
mdg_application_startup (GApplication *app)
{
  GtkApplication *gtk_app = GTK_APPLICATION (app);

  mdg_application_start_loading_kb (MDG_APPLICATION (app));

  G_APPLICATION_CLASS (mdg_application_parent_class)->startup (app);

  /* GTK reads the icon theme on a worker thread when the theme's name is
   * announced. GApplication and libadwaita add their icon folders after
   * GTK's first read, which throws it away, so the window's first icon
   * would read the whole theme again on the main thread (a quarter of what
   * the first frame costs beyond an empty window). Announcing the name now
   * has it read while the window is built. */
  g_object_notify (G_OBJECT (gtk_settings_get_default ()), "gtk-icon-theme-name");

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  /* Without the schema there is nothing the preferences could change. */
  if (mdg_application_get_settings (MDG_APPLICATION (app)) == NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (app),
                                                                              "preferences")),
                                 FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (gtk_app, accels[i].action,
                                           (const char *[]) { accels[i].accel, NULL });
}

static void
mdg_application_activate (GApplication *app)
{
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL && mdg_application_get_kiosk (MDG_APPLICATION (app)))
    window = GTK_WINDOW (mdg_kiosk_window_new (GTK_APPLICATION (app),
                                               mdg_application_get_kb (MDG_APPLICATION (app))));
  else if (window == NULL)
    window = GTK_WINDOW (mdg_window_new (MDG_APPLICATION (app)));

  gtk_window_present (window);
}

static void
mdg_application_finalize (GObject *object)
{
  MdgApplication *self = (MdgApplication *)object;

  /* Started but never asked for. */
  if (self->kb_thread != NULL)
    mdg_application_load_kb (self);

  g_clear_pointer (&self->search, mdg_search_free);
  g_clear_object (&self->settings);
  g_clear_object (&self->kb);
  g_clear_error (&self->kb_error);
  g_clear_pointer (&self->kb_path, g_free);
  g_clear_pointer (&self->content_language, g_free);

  G_OBJECT_CLASS (mdg_application_parent_class)->finalize (object);
}

static void
mdg_application_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MdgApplication *self = MDG_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_KB_PATH:
      g_value_set_string (value, self->kb_path);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mdg_application_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MdgApplication *self = MDG_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_KB_PATH:
      g_free (self->kb_path);
      self->kb_path = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mdg_application_class_init (MdgApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = mdg_application_finalize;
  object_class->get_property = mdg_application_get_property;
  object_class->set_property = mdg_application_set_property;

  app_class->startup = mdg_application_startup;
  app_class->activate = mdg_application_activate;

  properties[PROP_KB_PATH] =
    g_param_spec_string ("kb-path", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The UI resources live in a static library: naming them here makes the
   * linker keep the object that registers them. */
  g_assert (mdg_ui_get_resource () != NULL);
}

static void
mdg_application_init (MdgApplication *self)
{
}
