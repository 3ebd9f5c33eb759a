/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kiosk-demo.c — starts the kiosk window alone, for the lockdown shell test
 * and for screenshots: kiosk-demo [--language TAG] [--area ID] [--case N]
 * [--unlock] [--idle-ms MS]. Once started it is an ordinary kiosk: the same
 * lockdown applies as under "madoguchi --kiosk". */

#include "config.h"

#include <adwaita.h>

#include "mdg-i18n.h"
#include "mdg-kiosk-window-private.h"

static char *opt_language;
static char *opt_area;
static int opt_case;
static int opt_idle_ms;
static gboolean opt_unlock;
static gboolean opt_allow_printing;
static gboolean opt_print;
static char *opt_screenshot;

static const GOptionEntry entries[] = {
  { "language", 0, 0, G_OPTION_ARG_STRING, &opt_language, "Language tag", "TAG" },
  { "area", 0, 0, G_OPTION_ARG_STRING, &opt_area, "Show an area", "ID" },
  { "case", 0, 0, G_OPTION_ARG_INT, &opt_case, "Show a case", "N" },
  { "unlock", 0, 0, G_OPTION_ARG_NONE, &opt_unlock, "Open the PIN pad", NULL },
  { "idle-ms", 0, 0, G_OPTION_ARG_INT, &opt_idle_ms, "Idle reset in ms", "MS" },
  { "allow-printing", 0, 0, G_OPTION_ARG_NONE, &opt_allow_printing, "Set kiosk-allow-printing", NULL },
  { "print", 0, 0, G_OPTION_ARG_NONE, &opt_print, "Press “Print this for me”", NULL },
  { "screenshot", 0, 0, G_OPTION_ARG_FILENAME, &opt_screenshot, "Save the window as PNG once fullscreen, then quit", "FILE" },
  { NULL }
};

static void
quit_action (GSimpleAction *action, GVariant *parameter, gpointer app)
{
  g_application_quit (G_APPLICATION (app));
}

static void
startup_cb (GtkApplication *app)
{
  static const GActionEntry actions[] = {
    { "quit", quit_action },
    { "about", quit_action },
    { "preferences", quit_action },
  };

  /* What the real application has, so that the lockdown has something to
   * take away. */
  g_action_map_add_action_entries (G_ACTION_MAP (app), actions, G_N_ELEMENTS (actions), app);
  gtk_application_set_accels_for_action (app, "app.quit", (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (app, "app.preferences", (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (app, "window.close", (const char *[]) { "<Control>w", NULL });
}

/* Once the window manager made it fullscreen and it has settled: renders
 * the window as a patient sees it into opt_screenshot, and quits. */
static gboolean
screenshot_cb (gpointer data)
{
  GtkWidget *window = data;
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  static guint tries;
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width, height;

  if (surface == NULL || !gtk_window_is_fullscreen (GTK_WINDOW (window)))
    {
      if (++tries < 100)
        return G_SOURCE_CONTINUE;
    }

  width = gtk_widget_get_width (window);
  height = gtk_widget_get_height (window);
  paintable = gtk_widget_paintable_new (window);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, opt_screenshot))
    g_printerr ("Could not write %s\n", opt_screenshot);
  g_print ("%s: %d×%d (surface %d×%d)\n", opt_screenshot, width, height,
           gdk_surface_get_width (surface), gdk_surface_get_height (surface));
  {
    g_auto(GStrv) classes = gtk_widget_get_css_classes (window);
    g_autofree char *joined = g_strjoinv (" ", classes);
    g_print ("classes: %s state %x\n", joined, gdk_toplevel_get_state (GDK_TOPLEVEL (surface)));
  }
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
  return G_SOURCE_REMOVE;
}

static void
activate_cb (GtkApplication *app)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MdgKb) kb = mdg_kb_new_default (&error);
  GtkWidget *window;

  if (kb == NULL)
    g_error ("%s", error->message);

  if (opt_allow_printing)
    {
      g_autoptr(GSettings) settings = g_settings_new ("io.github.madoguchi.Madoguchi");

      g_settings_set_boolean (settings, "kiosk-allow-printing", TRUE);
    }

  window = mdg_kiosk_window_new (app, kb);
  if (opt_idle_ms > 0)
    mdg_kiosk_window_set_idle_timeout_ms (MDG_KIOSK_WINDOW (window), opt_idle_ms);
  if (opt_language != NULL)
    g_object_set (window, "language", opt_language, NULL);
  if (opt_area != NULL)
    gtk_widget_activate_action (window, "kiosk.show-area", "s", opt_area);
  if (opt_case > 0)
    gtk_widget_activate_action (window, "kiosk.show-case", "u", (guint) opt_case);
  if (opt_print)
    gtk_widget_activate_action (window, "kiosk.print", NULL);
  if (opt_unlock)
    mdg_kiosk_window_begin_unlock (MDG_KIOSK_WINDOW (window));
  if (opt_screenshot != NULL)
    g_timeout_add (2500, screenshot_cb, window);
}

int
main (int argc, char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(AdwApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  char *app_argv[] = { argv[0], NULL };

  mdg_i18n_init ();
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  /* KIOSK_DEMO_KEEP_ENV=1 skips it, to try the window's own defence. */
  if (g_getenv ("KIOSK_DEMO_KEEP_ENV") == NULL)
    mdg_kiosk_prepare_environment ();
  app = adw_application_new ("io.github.madoguchi.KioskDemo", G_APPLICATION_NON_UNIQUE);
  g_application_set_resource_base_path (G_APPLICATION (app), RESOURCE_BASE);
  g_signal_connect (app, "startup", G_CALLBACK (startup_cb), NULL);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), 1, app_argv);
}
