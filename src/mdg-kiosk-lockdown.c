/* mdg-kiosk-lockdown.c
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What makes the kiosk a kiosk: the application's actions and accelerators
 * taken away, the search field without menus or clipboard, keys filtered,
 * and the window kept fullscreen, in front and on every desktop (X11).
 */

#include "config.h"

#include "mdg-kiosk-window-private.h"

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

/* ------------------------------------------------------------------------ */
/* Lockdown                                                                 */
/* ------------------------------------------------------------------------ */

static gboolean
disable_added_action_cb (gpointer data)
{
  g_autoptr(GtkApplication) app = g_object_ref (data);
  g_auto(GStrv) names = g_action_group_list_actions (G_ACTION_GROUP (app));

  for (guint i = 0; names[i] != NULL; i++)
    g_action_map_remove_action (G_ACTION_MAP (app), names[i]);

  return G_SOURCE_REMOVE;
}

static void
app_action_added_cb (GActionGroup *group,
                     const char   *name,
                     gpointer      user_data)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (group), name);

  /* An action added after the kiosk started must not work either. Removing it
   * from inside its own "action-added" emission is not safe, so it is
   * disabled now and removed as soon as the emission is over. */
  if (G_IS_SIMPLE_ACTION (action))
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), FALSE);
  g_idle_add_full (G_PRIORITY_HIGH, disable_added_action_cb,
                   g_object_ref (group), g_object_unref);
}

/* What a kiosk takes away from the whole application: the kiosk is its only
 * window, so none of the staff's actions (quit, preferences, about, the
 * shortcuts window, printing with a dialog, opening files…) and none of their
 * accelerators may work while it runs. Removing them, rather than disabling a
 * known list, also covers actions added to the application later. */
void
mdg_kiosk_window_lock_application (MdgKioskWindow *self,
                                   GtkApplication *app)
{
  g_auto(GStrv) names = g_action_group_list_actions (G_ACTION_GROUP (app));
  g_auto(GStrv) accels = gtk_application_list_action_descriptions (app);

  for (guint i = 0; names[i] != NULL; i++)
    g_action_map_remove_action (G_ACTION_MAP (app), names[i]);
  for (guint i = 0; accels[i] != NULL; i++)
    gtk_application_set_accels_for_action (app, accels[i], (const char *[]) { NULL });
  gtk_application_set_menubar (app, NULL);

  g_signal_connect_object (app, "action-added",
                           G_CALLBACK (app_action_added_cb), self, 0);

  /* The GTK inspector would show and change every widget. */
  gtk_set_debug_flags (gtk_get_debug_flags () & ~GTK_DEBUG_INTERACTIVE);
  gtk_window_set_interactive_debugging (FALSE);
}

/* Right and middle buttons never reach a widget: no context menu (Cut,
 * Copy, Paste, Insert Emoji) and no middle-click paste of what the last
 * patient selected. */
static gboolean
other_buttons_cb (GtkEventControllerLegacy *controller,
                  GdkEvent                 *event,
                  MdgKioskWindow           *self)
{
  GdkEventType type = gdk_event_get_event_type (event);

  if ((type == GDK_BUTTON_PRESS || type == GDK_BUTTON_RELEASE) &&
      gdk_button_event_get_button (event) != GDK_BUTTON_PRIMARY)
    return GDK_EVENT_STOP;
  return GDK_EVENT_PROPAGATE;
}

/* The search entry's text keeps only typing: its context menu (also opened
 * by a long press on a touch screen), the emoji chooser (which saves the
 * chosen emoji in GTK's "recent-emoji" setting, on disk, for the next
 * patient to see) and the clipboard are taken away. */
static void
lock_search_entry (MdgKioskWindow *self)
{
  static const char *actions[] = {
    "menu.popup", "misc.insert-emoji", "clipboard.paste", "clipboard.cut",
    "clipboard.copy", "selection.select-all", "selection.delete",
  };
  GtkWidget *text = gtk_widget_get_first_child (GTK_WIDGET (self->search_entry));
  g_autoptr(GListModel) controllers = NULL;
  GtkEventController *controller;

  while (text != NULL && !GTK_IS_TEXT (text))
    text = gtk_widget_get_next_sibling (text);
  g_return_if_fail (GTK_IS_TEXT (text));

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (text, actions[i], FALSE);
  gtk_text_set_enable_emoji_completion (GTK_TEXT (text), FALSE);
  gtk_text_set_input_hints (GTK_TEXT (text), GTK_INPUT_HINT_NO_EMOJI);

  controllers = gtk_widget_observe_controllers (text);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) each = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_LONG_PRESS (each))
        gtk_event_controller_set_propagation_phase (each, GTK_PHASE_NONE);
    }

  controller = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "event", G_CALLBACK (other_buttons_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

void
mdg_kiosk_prepare_environment (void)
{
  /* GTK_DEBUG=interactive opens the inspector as GTK starts, before any
   * kiosk window exists; other GTK_DEBUG flags only print, but a kiosk has no
   * use for them either. */
  g_unsetenv ("GTK_DEBUG");
}

/* Asked again every 300 ms, then every 2 s once ten requests went
 * unanswered (a window manager that is not there yet, or refuses). */
#define REFULLSCREEN_RETRY_MS      300
#define REFULLSCREEN_SLOW_RETRY_MS 2000
#define REFULLSCREEN_FAST_TRIES    10
/* How soon the kiosk takes the screen back from another window. */
#define REPRESENT_MS               500

/* Fullscreen, shown, and as large as its monitor: what a patient sees. */
static gboolean
is_covering (MdgKioskWindow *self)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));
  GdkMonitor *monitor;
  GdkRectangle geometry;

  if (surface == NULL || !gtk_window_is_fullscreen (GTK_WINDOW (self)))
    return FALSE;
  if (self->unmapped_by_wm || !gdk_surface_get_mapped (surface))
    return FALSE;
  if (GDK_IS_TOPLEVEL (surface) &&
      (gdk_toplevel_get_state (GDK_TOPLEVEL (surface)) & GDK_TOPLEVEL_STATE_MINIMIZED) != 0)
    return FALSE;

  monitor = gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface), surface);
  if (monitor == NULL)
    return TRUE;
  gdk_monitor_get_geometry (monitor, &geometry);
  return gdk_surface_get_width (surface) >= geometry.width &&
         gdk_surface_get_height (surface) >= geometry.height;
}

/* On X11, on every desktop: a desktop switch (from another program, or a
 * window manager's default bindings) must not leave the screen empty. */
static void
stick (MdgKioskWindow *self)
{
#ifdef GDK_WINDOWING_X11
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));

  if (GDK_IS_X11_SURFACE (surface) && gdk_surface_get_mapped (surface) &&
      gdk_x11_surface_get_desktop (surface) != 0xFFFFFFFF)
    gdk_x11_surface_move_to_desktop (surface, 0xFFFFFFFF);
#endif
}

/* Asks for fullscreen again, and keeps asking until the window manager has
 * done it: a request can be lost among others (a window manager that
 * processes an older "unfullscreen" after it, or starts after the kiosk),
 * so one is not enough. */
static gboolean
refullscreen_cb (gpointer data)
{
  MdgKioskWindow *self = data;

  self->refullscreen_source_id = 0;
  stick (self);
  if (self->unlocked || is_covering (self))
    {
      self->n_refullscreen_tries = 0;
      return G_SOURCE_REMOVE;
    }

  gtk_window_fullscreen (GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (self));

  self->n_refullscreen_tries++;
  self->refullscreen_source_id =
    g_timeout_add (self->n_refullscreen_tries < REFULLSCREEN_FAST_TRIES ? REFULLSCREEN_RETRY_MS
                                                                        : REFULLSCREEN_SLOW_RETRY_MS,
                   refullscreen_cb, self);

  return G_SOURCE_REMOVE;
}

/* The first request as soon as the current event is handled. */
void
mdg_kiosk_window_queue_refullscreen (MdgKioskWindow *self)
{
  if (self->refullscreen_source_id == 0 && !self->unlocked)
    self->refullscreen_source_id = g_idle_add (refullscreen_cb, self);
}

/* Another window took the focus (it covers the kiosk, or is about to):
 * the kiosk comes to the front again, and keeps trying while it is not. */
static gboolean
represent_cb (gpointer data)
{
  MdgKioskWindow *self = data;

  if (self->unlocked || gtk_window_is_active (GTK_WINDOW (self)))
    {
      self->represent_source_id = 0;
      return G_SOURCE_REMOVE;
    }
  gtk_window_present (GTK_WINDOW (self));
  mdg_kiosk_window_queue_refullscreen (self);
  return G_SOURCE_CONTINUE;
}

static void
active_changed_cb (MdgKioskWindow *self)
{
  if (!gtk_window_is_active (GTK_WINDOW (self)) && !self->unlocked &&
      self->represent_source_id == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->represent_source_id = g_timeout_add (REPRESENT_MS, represent_cb, self);
}

static void
fullscreened_changed_cb (MdgKioskWindow *self)
{
  if (!gtk_window_is_fullscreen (GTK_WINDOW (self)))
    mdg_kiosk_window_queue_refullscreen (self);
}

static void
surface_state_changed_cb (GdkToplevel    *toplevel,
                          GParamSpec     *pspec,
                          MdgKioskWindow *self)
{
  GdkToplevelState state = gdk_toplevel_get_state (toplevel);

  /* The window manager may minimise the window ("show desktop") or take
   * fullscreen away; the kiosk comes back. */
  if ((state & GDK_TOPLEVEL_STATE_MINIMIZED) != 0 ||
      (state & GDK_TOPLEVEL_STATE_FULLSCREEN) == 0)
    mdg_kiosk_window_queue_refullscreen (self);
}

/* Smaller than the screen, whatever the reason. */
static void
surface_size_changed_cb (GdkSurface     *surface,
                         GParamSpec     *pspec,
                         MdgKioskWindow *self)
{
  mdg_kiosk_window_update_layout (self, gdk_surface_get_width (surface), gdk_surface_get_height (surface));
  mdg_kiosk_window_queue_refullscreen (self);
}

/* Hidden without being minimised: the surface says it is no longer mapped. */
static void
surface_mapped_changed_cb (GdkSurface     *surface,
                           GParamSpec     *pspec,
                           MdgKioskWindow *self)
{
  if (!gdk_surface_get_mapped (surface) && gtk_widget_get_visible (GTK_WIDGET (self)))
    mdg_kiosk_window_queue_refullscreen (self);
}

#ifdef GDK_WINDOWING_X11
/* "Show desktop" in some X window managers (openbox) unmaps the window and
 * changes no state that GDK reports: the X event itself says so. Only the
 * event's fields are read; nothing here calls Xlib. */
static gboolean
x11_event_cb (GdkX11Display  *display,
              const XEvent   *xevent,
              MdgKioskWindow *self)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));

  if (!GDK_IS_X11_SURFACE (surface))
    return GDK_EVENT_PROPAGATE;

  if (xevent->type == UnmapNotify &&
      xevent->xunmap.window == gdk_x11_surface_get_xid (surface))
    {
      self->unmapped_by_wm = TRUE;
      mdg_kiosk_window_queue_refullscreen (self);
    }
  else if (xevent->type == MapNotify &&
           xevent->xmap.window == gdk_x11_surface_get_xid (surface))
    {
      self->unmapped_by_wm = FALSE;
      mdg_kiosk_window_queue_refullscreen (self);
    }

  return GDK_EVENT_PROPAGATE;
}
#endif

/* What the window manager does to the window, so that the kiosk takes the
 * screen back. */
void
mdg_kiosk_window_watch_surface (MdgKioskWindow *self)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));

  if (GDK_IS_TOPLEVEL (surface))
    {
      self->surface_state_handler =
        g_signal_connect (surface, "notify::state",
                          G_CALLBACK (surface_state_changed_cb), self);
      self->surface_mapped_handler =
        g_signal_connect (surface, "notify::mapped",
                          G_CALLBACK (surface_mapped_changed_cb), self);
      self->surface_width_handler =
        g_signal_connect (surface, "notify::width",
                          G_CALLBACK (surface_size_changed_cb), self);
      self->surface_height_handler =
        g_signal_connect (surface, "notify::height",
                          G_CALLBACK (surface_size_changed_cb), self);
    }
#ifdef GDK_WINDOWING_X11
  if (GDK_IS_X11_DISPLAY (gtk_widget_get_display (GTK_WIDGET (self))))
    self->x11_event_handler =
      g_signal_connect (gtk_widget_get_display (GTK_WIDGET (self)), "xevent",
                        G_CALLBACK (x11_event_cb), self);
#endif
}

void
mdg_kiosk_window_unwatch_surface (MdgKioskWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));

  g_clear_signal_handler (&self->surface_state_handler, surface);
  g_clear_signal_handler (&self->surface_mapped_handler, surface);
  g_clear_signal_handler (&self->surface_width_handler, surface);
  g_clear_signal_handler (&self->surface_height_handler, surface);
  g_clear_signal_handler (&self->x11_event_handler, gtk_widget_get_display (widget));
}

/* Keys that would reach something outside the patient's pages if a future
 * accelerator or a widget's default binding used them. Actions are the real
 * lock (see above); this is the second one. Plain keys still type into the
 * search field and move the focus. */
static gboolean
key_filter_cb (GtkEventControllerKey *controller,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               MdgKioskWindow        *self)
{
  GdkModifierType mods = state & (GDK_CONTROL_MASK | GDK_ALT_MASK |
                                  GDK_SUPER_MASK | GDK_META_MASK | GDK_HYPER_MASK);

  if (mods != 0)
    return GDK_EVENT_STOP;
  if (keyval >= GDK_KEY_F1 && keyval <= GDK_KEY_F35)
    return GDK_EVENT_STOP;

  switch (keyval)
    {
    case GDK_KEY_Menu:
    case GDK_KEY_Escape:
      return GDK_EVENT_STOP;

    default:
      break;
    }

  /* The PIN pad takes digits from a keyboard as well. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "unlock") == 0)
    {
      if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
        {
          gtk_widget_activate_action (GTK_WIDGET (self), "kiosk.pin-digit", "u",
                                      (guint) (keyval - GDK_KEY_0));
          return GDK_EVENT_STOP;
        }
      if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
        {
          gtk_widget_activate_action (GTK_WIDGET (self), "kiosk.pin-digit", "u",
                                      (guint) (keyval - GDK_KEY_KP_0));
          return GDK_EVENT_STOP;
        }
      if (keyval == GDK_KEY_BackSpace)
        {
          gtk_widget_activate_action (GTK_WIDGET (self), "kiosk.pin-delete", NULL);
          return GDK_EVENT_STOP;
        }
      if (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter)
        {
          gtk_widget_activate_action (GTK_WIDGET (self), "kiosk.unlock-submit", NULL);
          return GDK_EVENT_STOP;
        }
    }

  return GDK_EVENT_PROPAGATE;
}

/* What the window itself refuses, from its start. */
void
mdg_kiosk_window_init_lockdown (MdgKioskWindow *self)
{
  GtkEventController *controller;

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_filter_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  /* Nothing typed may come back with Ctrl+Z for the next patient. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->search_entry), FALSE);

  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (fullscreened_changed_cb), NULL);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (active_changed_cb), NULL);

  lock_search_entry (self);
}
