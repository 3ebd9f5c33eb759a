/* kiosk-fixture.c — what the tests of test-kiosk share: a session manager of
 * their own, the kiosk window with the real application as each test's
 * fixture, and the helpers that look at it.
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <gtk/gtk.h>

#include "mdg-i18n.h"
#include "mdg-kiosk-pin.h"
#include "mdg-kiosk-print.h"
#include "mdg-ruby-label.h"
#include "test-util.h"
#include "kiosk-fixture.h"

/* ------------------------------------------------------------------------ */
/* A session manager of our own, so that the inhibitor can be seen          */
/* ------------------------------------------------------------------------ */

static const char session_manager_xml[] =
  "<node>"
  "  <interface name='org.gnome.SessionManager'>"
  "    <method name='Inhibit'>"
  "      <arg type='s' direction='in'/><arg type='u' direction='in'/>"
  "      <arg type='s' direction='in'/><arg type='u' direction='in'/>"
  "      <arg type='u' direction='out'/>"
  "    </method>"
  "    <method name='Uninhibit'><arg type='u' direction='in'/></method>"
  "    <method name='IsInhibited'>"
  "      <arg type='u' direction='in'/><arg type='b' direction='out'/>"
  "    </method>"
  "  </interface>"
  "</node>";

KioskSessionManager sm;

static void
sm_method_call (GDBusConnection       *connection,
                const char            *sender,
                const char            *object_path,
                const char            *interface_name,
                const char            *method_name,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               user_data)
{
  g_mutex_lock (&sm.lock);
  if (g_str_equal (method_name, "Inhibit"))
    {
      const char *app_id, *reason;
      guint xid, flags;

      g_variant_get (parameters, "(&su&su)", &app_id, &xid, &reason, &flags);
      sm.n_inhibit++;
      sm.inhibited_flags = flags;
      sm.inhibited_cookie = ++sm.next_cookie;
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", sm.inhibited_cookie));
    }
  else if (g_str_equal (method_name, "Uninhibit"))
    {
      g_variant_get (parameters, "(u)", &sm.uninhibited_cookie);
      sm.n_uninhibit++;
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else
    {
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(b)", sm.n_inhibit > sm.n_uninhibit));
    }
  g_mutex_unlock (&sm.lock);
}

static void
sm_name_cb (GDBusConnection *connection,
            const char      *name,
            gpointer         acquired)
{
  g_mutex_lock (&sm.lock);
  sm.available = GPOINTER_TO_INT (acquired);
  sm.ready = TRUE;
  g_cond_signal (&sm.cond);
  g_mutex_unlock (&sm.lock);
}

static void
sm_name_acquired_cb (GDBusConnection *connection, const char *name, gpointer data)
{
  sm_name_cb (connection, name, GINT_TO_POINTER (TRUE));
}

static void
sm_name_lost_cb (GDBusConnection *connection, const char *name, gpointer data)
{
  sm_name_cb (connection, name, GINT_TO_POINTER (FALSE));
}

/* Runs in its own thread: GTK calls Inhibit synchronously from the main
 * thread, so the answer must come from elsewhere. */
static gpointer
sm_thread (gpointer data)
{
  static const GDBusInterfaceVTable vtable = { sm_method_call, NULL, NULL, { 0 } };
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(GDBusNodeInfo) info = NULL;
  g_autoptr(GDBusConnection) connection = NULL;
  g_autoptr(GMainLoop) loop = NULL;

  g_main_context_push_thread_default (context);
  connection = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  if (connection == NULL)
    {
      sm_name_cb (NULL, NULL, GINT_TO_POINTER (FALSE));
      return NULL;
    }

  info = g_dbus_node_info_new_for_xml (session_manager_xml, NULL);
  g_dbus_connection_register_object (connection, "/org/gnome/SessionManager",
                                     info->interfaces[0], &vtable, NULL, NULL, NULL);
  g_bus_own_name_on_connection (connection, "org.gnome.SessionManager",
                                G_BUS_NAME_OWNER_FLAGS_NONE,
                                sm_name_acquired_cb, sm_name_lost_cb, NULL, NULL);

  loop = g_main_loop_new (context, FALSE);
  g_main_loop_run (loop);
  return NULL;
}

/* TRUE when a session bus is there and we now play its session manager. */
gboolean
start_session_manager (void)
{
  const char *address = g_getenv ("DBUS_SESSION_BUS_ADDRESS");

  if (address == NULL || strstr (address, "/nonexistent") != NULL)
    return FALSE;

  g_thread_unref (g_thread_new ("session-manager", sm_thread, NULL));
  g_mutex_lock (&sm.lock);
  while (!sm.ready)
    g_cond_wait (&sm.cond, &sm.lock);
  g_mutex_unlock (&sm.lock);

  return sm.available;
}

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

/* Fullscreen as the window manager made it: the state and the size. */
gboolean
covers_monitor (MdgKioskWindow *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  GdkMonitor *monitor;
  GdkRectangle geometry;

  if (surface == NULL || !gtk_window_is_fullscreen (GTK_WINDOW (window)))
    return FALSE;
  monitor = gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface), surface);
  if (monitor == NULL)
    return FALSE;
  gdk_monitor_get_geometry (monitor, &geometry);
  return gdk_surface_get_width (surface) == geometry.width &&
         gdk_surface_get_height (surface) == geometry.height;
}

static void
fake_print (MdgKioskWindow    *window,
            MdgCase           *kase,
            const char        *lang,
            MdgKioskPrintDone  done,
            gpointer           done_data,
            gpointer           user_data)
{
  Fixture *fixture = user_data;

  fixture->n_prints++;
  done (TRUE, NULL, done_data);
}

void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->settings = g_settings_new (APP_ID);
  g_settings_reset (fixture->settings, "kiosk-allow-printing");
  g_settings_reset (fixture->settings, "kiosk-unlock-hash");
  g_settings_reset (fixture->settings, "kiosk-idle-seconds");

  fixture->app = mdg_application_new (data);
  g_application_set_flags (G_APPLICATION (fixture->app), G_APPLICATION_NON_UNIQUE);
  /* One object path per application on the session bus. */
  {
    static guint serial;
    g_autofree char *id = g_strdup_printf ("%s.Test%u", APP_ID, ++serial);

    g_application_set_application_id (G_APPLICATION (fixture->app), id);
  }
  g_assert_true (g_application_register (G_APPLICATION (fixture->app), NULL, &error));
  g_assert_no_error (error);

  g_mutex_lock (&sm.lock);
  sm.n_inhibit = sm.n_uninhibit = 0;
  g_mutex_unlock (&sm.lock);

  fixture->window = MDG_KIOSK_WINDOW (mdg_kiosk_window_new (GTK_APPLICATION (fixture->app),
                                                            mdg_application_get_kb (fixture->app)));
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  mdg_kiosk_window_set_print_func (fixture->window, fake_print, fixture);

  /* The window manager makes it fullscreen in a moment. */
  spin_until (covers_monitor (fixture->window), 5000);
  spin (100);
}

void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  spin (50);
  g_assert_null (fixture->window);
  g_clear_object (&fixture->app);
  g_clear_object (&fixture->settings);
}

guint
count_toplevels (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (gtk_widget_get_visible (window))
        n++;
    }

  return n;
}

/* The kiosk is still there, shown, fullscreen and alone on the screen. */
void
assert_kiosk_intact (Fixture *fixture)
{
  GdkSurface *surface;

  g_assert_nonnull (fixture->window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));
  spin_until (covers_monitor (fixture->window), 3000);
  g_assert_true (gtk_window_is_fullscreen (GTK_WINDOW (fixture->window)));
  g_assert_true (covers_monitor (fixture->window));
  surface = gtk_native_get_surface (GTK_NATIVE (fixture->window));
  g_assert_cmpint (gdk_toplevel_get_state (GDK_TOPLEVEL (surface)) & GDK_TOPLEVEL_STATE_MINIMIZED, ==, 0);
  g_assert_cmpuint (count_toplevels (), ==, 1);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (fixture->app))), ==, 1);
}

/* Every label's text in the window, shown or not: what could still be seen. */
char *
all_label_text (Fixture *fixture)
{
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();
  GString *out = g_string_new (NULL);

  collect_widgets (GTK_WIDGET (fixture->window), widgets);
  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);

      if (GTK_IS_LABEL (widget))
        {
          g_string_append (out, gtk_label_get_text (GTK_LABEL (widget)));
          g_string_append_c (out, '\n');
        }
      else if (MDG_IS_RUBY_LABEL (widget))
        {
          g_string_append (out, mdg_ruby_label_get_text (MDG_RUBY_LABEL (widget)));
          g_string_append_c (out, '\n');
        }
    }

  return g_string_free (out, FALSE);
}

/* The visible labels' texts, without the language buttons (their names are
 * the same in every language) and the clinic's name. */
GPtrArray *
visible_texts (Fixture *fixture)
{
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  collect_widgets (GTK_WIDGET (fixture->window), widgets);
  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);
      GtkWidget *button;

      if (MDG_IS_RUBY_LABEL (widget) && gtk_widget_is_drawable (widget))
        {
          g_ptr_array_add (texts, g_strdup (mdg_ruby_label_get_text (MDG_RUBY_LABEL (widget))));
          continue;
        }
      if (!GTK_IS_LABEL (widget) || !gtk_widget_is_drawable (widget) ||
          *gtk_label_get_text (GTK_LABEL (widget)) == '\0')
        continue;
      button = gtk_widget_get_ancestor (widget, GTK_TYPE_BUTTON);
      if (button != NULL && gtk_widget_has_css_class (button, "kiosk-language"))
        continue;
      if (gtk_widget_has_css_class (widget, "kiosk-clinic"))
        continue;
      g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));
    }

  return texts;
}

GtkWidget *
find_button_by_label (Fixture    *fixture,
                      const char *accessible_label)
{
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();

  collect_widgets (GTK_WIDGET (fixture->window), widgets);
  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);

      if (GTK_IS_BUTTON (widget) && gtk_widget_is_drawable (widget) &&
          gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL,
                                              accessible_label) == NULL)
        return widget;
    }

  return NULL;
}

/* What the kiosk should show for @msgid in @lang. */
const char *
kiosk_text (const char *lang,
            const char *msgid)
{
  g_autofree char *key = g_strconcat ("kiosk\004", msgid, NULL);
  const char *interned = g_intern_string (key);
  const char *result = mdg_translate (lang, interned);

  return result == interned ? msgid : result;
}

void
set_pin (Fixture    *fixture,
         const char *pin)
{
  g_autofree char *hash = mdg_kiosk_pin_hash ("test-salt", pin);

  g_settings_set_string (fixture->settings, "kiosk-unlock-hash", hash);
}
