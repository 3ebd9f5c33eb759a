/* mdg-kiosk-window.c
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The waiting-room kiosk. Patients are not trusted users, so the window is
 * fullscreen and cannot be closed, left or used to reach anything else; see
 * mdg_kiosk_window_lock_application() for what is taken away and why.
 *
 * Every text is translated when it is shown, in the patient's language (not
 * the desk's locale; see tr()): a language change calls
 * mdg_kiosk_window_relabel(), which sets every label again at once.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "mdg-i18n.h"
#include "mdg-kiosk-pin.h"
#include "mdg-kiosk-print.h"
#include "mdg-kiosk-window-private.h"
#include "mdg-ruby.h"
#include "mdg-ruby-label.h"
#include "mdg-search.h"
#include "mdg-ui-util.h"
#include "mdg-ui-resources.h"

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#define DEFAULT_LANGUAGE    "ja"
#define UNLOCK_HOLD_MS      3000
#define PIN_MAX_LENGTH      12
/* After this many wrong PINs in a row, the pad refuses PINs for a while:
 * a patient cannot try ten thousand PINs at the pace of a finger. */
#define PIN_TRIES_PER_ROUND 3
#define PIN_LOCKOUT_SECONDS 60
#define MAX_SEARCH_RESULTS  8
/* Error codes are three digits today; room for a longer one. */
#define CODE_MAX_LENGTH     8
/* Narrower than this, or taller than wide: the languages go above the
 * start page's questions instead of beside them. */
#define LANDSCAPE_MIN_WIDTH 900
#define SEARCH_ROW_MIN_WIDTH 1360
/* Narrower than this, the top bar has room for the clinic's name and the
 * title only on the start page, which has no Back and Start over buttons. */
#define TITLE_BESIDE_BUTTONS_MIN_WIDTH 1200

struct _MdgKioskWindow
{
  AdwWindow          parent_instance;

  /* Template children */
  GtkWidget         *unlock_corner;
  GtkWidget         *case_first_block;
  GtkWidget         *home_button;
  GtkLabel          *home_label;
  GtkWidget         *back_button;
  GtkLabel          *back_label;
  GtkLabel          *clinic_label;
  GtkLabel          *title_label;
  GtkWidget         *title_box;
  gboolean           narrow;                /* no room for the title beside the buttons */
  GtkWidget         *language_button;
  GtkLabel          *language_button_label;
  GtkStack          *stack;
  GtkScrolledWindow *start_scroll;
  GtkBox            *start_box;
  GtkBox            *search_row;
  GtkWidget         *keypad_button;
  GtkLabel          *keypad_button_label;
  GtkScrolledWindow *code_scroll;
  GtkLabel          *code_title_label;
  GtkLabel          *code_digits_label;
  GtkGrid           *code_grid;
  GtkWidget         *code_search_button;
  GtkLabel          *code_search_label;
  GtkWidget         *code_delete_button;
  GtkScrolledWindow *cases_scroll;
  GtkScrolledWindow *case_scroll;
  GtkFlowBox        *language_flow;
  GtkLabel          *question_label;
  GtkLabel          *hint_label;
  GtkFlowBox        *area_flow;
  GtkLabel          *search_label;
  GtkSearchEntry    *search_entry;
  GtkWidget         *search_button;
  GtkLabel          *search_button_label;
  GtkLabel          *privacy_label;
  GtkLabel          *cases_title_label;
  GtkWidget         *cases_title_ruby;   /* in place of the label, for a title with ruby */
  GtkLabel          *cases_hint_label;
  GtkBox            *case_list_box;
  GtkBox            *case_box;
  GtkLabel          *language_title_label;
  GtkFlowBox        *language_page_flow;
  GtkLabel          *unlock_title_label;
  GtkLabel          *pin_dots_label;
  GtkLabel          *pin_message_label;
  GtkGrid           *pin_grid;
  GtkWidget         *pin_cancel_button;
  GtkLabel          *pin_cancel_label;
  GtkWidget         *pin_unlock_button;
  GtkLabel          *pin_unlock_label;
  GtkWidget         *pin_delete_button;

  MdgKb             *kb;
  MdgSearch         *search;
  GSettings         *settings;

  /* What the patient chose: all of it goes at the idle reset. */
  char              *language;
  const MdgArea     *area;
  char              *query;
  GString           *code;                  /* digits on the keypad */
  MdgCase           *kase;
  gboolean           case_from_list;
  const char        *page_before_language;
  const char        *page_before_unlock;
  GtkLabel          *print_status_label;
  const char        *print_status;          /* a msgid, or NULL */
  gboolean           printed;
  guint              visit;                 /* counts the pages shown */

  /* Idle reset */
  guint              idle_timeout_ms;
  gboolean           idle_timeout_overridden;
  gint64             last_input_us;
  guint              idle_source_id;

  /* Administrator unlock */
  GString           *pin;
  const char        *pin_message;           /* a msgid, or NULL */
  char              *pin_retry_time;        /* "14:05" in a lock-out message */
  guint              hold_source_id;
  guint              n_failures;
  gint64             locked_out_until_us;
  gboolean           unlocked;

  guint              inhibit_cookie;
  guint              refullscreen_source_id;
  gulong             surface_state_handler;
  gulong             surface_mapped_handler;
  gulong             surface_width_handler;
  gulong             surface_height_handler;
  gulong             x11_event_handler;
  gboolean           unmapped_by_wm;
  guint              n_refullscreen_tries;
  guint              represent_source_id;

  MdgKioskPrintFunc  print_func;
  gpointer           print_data;
};

G_DEFINE_FINAL_TYPE (MdgKioskWindow, mdg_kiosk_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void mdg_kiosk_window_relabel (MdgKioskWindow *self);
static void stack_page_changed_cb (MdgKioskWindow *self);
static void update_layout (MdgKioskWindow *self,
                           int             width,
                           int             height);
static void mdg_kiosk_window_show_page (MdgKioskWindow *self,
                                        const char     *name);
static void update_code_pad (MdgKioskWindow *self);

/* The translation of @msgid in the patient's language. The kiosk's strings
 * are marked NC_("kiosk", …): the context keeps them apart from the staff
 * window's same words ("Back", "Search") in the shared catalogues, where a
 * patient may need other words than the staff. */
static const char *
tr (MdgKioskWindow *self,
    const char     *msgid)
{
  g_autofree char *key = g_strconcat ("kiosk", "\004", msgid, NULL);
  const char *interned = g_intern_string (key);
  const char *translated = mdg_translate (self->language, interned);

  return translated == interned ? msgid : translated;
}

/* The words that mark a case not in the document, as the handout's footer
 * says them (no "kiosk" context: the same words on paper and on screen). */
static const char *
added_mark (MdgKioskWindow *self)
{
  return mdg_translate (self->language, "Added — not in the document");
}

static const char *
pango_language_for (const char *tag)
{
  const MdgLanguage *language = mdg_language_lookup (tag);

  return language != NULL ? language->pango : tag;
}

/* A patient's button names the language in its own, short words. */
static const char *
native_name_for (const char *tag)
{
  const MdgLanguage *language = mdg_language_lookup (tag);

  return language != NULL ? language->short_name : tag;
}

/* Sets @text on @label, tagged with its language so that Pango picks fonts
 * and line breaks for that language, not for the desk's locale. */
static void
set_label (GtkLabel   *label,
           const char *text,
           const char *tag)
{
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs,
                          pango_attr_language_new (pango_language_from_string (pango_language_for (tag))));
  gtk_label_set_attributes (label, attrs);
  gtk_label_set_text (label, text);
}

static GtkLabel *
text_label_new (const char *text,
                const char *tag,
                const char *css_class)
{
  GtkLabel *label = GTK_LABEL (gtk_label_new (NULL));

  gtk_label_set_wrap (label, TRUE);
  /* Japanese and Chinese have no spaces: let Pango break between characters. */
  gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (label, 0.0f);
  gtk_widget_set_hexpand (GTK_WIDGET (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (label), css_class);
  set_label (label, text, tag);

  return label;
}

/* A text label with an accessible role that can only be given when it is
 * made: a heading, or the status a screen reader reads out when it changes. */
static GtkLabel *
role_label_new (const char        *text,
                const char        *tag,
                const char        *css_class,
                GtkAccessibleRole  role)
{
  GtkLabel *label = g_object_new (GTK_TYPE_LABEL,
                                  "accessible-role", role,
                                  "wrap", TRUE,
                                  "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                  "xalign", 0.0f,
                                  "hexpand", TRUE,
                                  NULL);

  if (css_class != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (label), css_class);
  set_label (label, text, tag);

  return label;
}

static void
set_accessible_label (GtkWidget  *widget,
                      const char *text)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
}

/* A big button whose whole text wraps inside it. */
static GtkWidget *
big_button_new (const char *text,
                const char *tag,
                const char *css_class)
{
  GtkWidget *button = gtk_button_new ();
  GtkLabel *label = text_label_new (text, tag, NULL);

  gtk_button_set_child (GTK_BUTTON (button), GTK_WIDGET (label));
  gtk_widget_add_css_class (button, "kiosk-big");
  if (css_class != NULL)
    gtk_widget_add_css_class (button, css_class);
  set_accessible_label (button, text);

  return button;
}

/* An icon that only decorates: screen readers skip it. */
static GtkWidget *
decoration_icon_new (const char *icon_name,
                     int         size)
{
  return g_object_new (GTK_TYPE_IMAGE,
                       "icon-name", icon_name,
                       "pixel-size", size,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                       NULL);
}

static void
remove_all_children (GtkWidget *widget)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    {
      if (GTK_IS_BOX (widget))
        gtk_box_remove (GTK_BOX (widget), child);
      else if (GTK_IS_FLOW_BOX (widget))
        gtk_flow_box_remove (GTK_FLOW_BOX (widget), child);
      else
        gtk_widget_unparent (child);
    }
}

static void
scroll_to_top (GtkScrolledWindow *scroll)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroll);

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

/* The text a patient sees for a case: the handout's situation, in plain
 * words; a case without one (the clinic does everything) shows its title. */
static const MdgText *
case_summary_text (MdgCase *kase)
{
  if (kase->handout != NULL && kase->handout->situation != NULL)
    return kase->handout->situation;
  return kase->title;
}

static const char *
case_summary (MdgCase    *kase,
              const char *tag)
{
  return mdg_text_get (case_summary_text (kase), tag);
}

/* A knowledge-base text; in やさしい日本語, with ruby above its kanji. */
static GtkWidget *
kb_text_new (const MdgText *text,
             const char    *tag,
             const char    *css_class)
{
  const char *marked = mdg_text_get_marked (text, tag);
  GtkWidget *label;

  if (!mdg_ruby_has_markup (marked))
    return GTK_WIDGET (text_label_new (mdg_text_get (text, tag), tag, css_class));

  label = mdg_ruby_label_new (marked, pango_language_for (tag));
  gtk_widget_set_hexpand (label, TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

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
static void
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

/* The inspector's key bindings (Ctrl+Shift+I and Ctrl+Shift+D) emit
 * "enable-debugging"; the kiosk answers that it handled them. */
static gboolean
mdg_kiosk_window_enable_debugging (GtkWindow *window,
                                   gboolean   toggle)
{
  return TRUE;
}

static gboolean
mdg_kiosk_window_close_request (GtkWindow *window)
{
  MdgKioskWindow *self = MDG_KIOSK_WINDOW (window);

  if (self->unlocked)
    return GTK_WINDOW_CLASS (mdg_kiosk_window_parent_class)->close_request (window);

  /* Alt+F4, the window manager's menu, a close request from another client. */
  return TRUE;
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

/* Asks for fullscreen again, and keeps asking until the window manager has
 * done it: a request can be lost among others (a window manager that
 * processes an older "unfullscreen" after it, or starts after the kiosk),
 * so one is not enough. */
/* Landscape: the languages in one column left of the start page, so that
 * all of it fits a 1366×768 screen; portrait or narrow: in rows above it. */
static void
update_layout (MdgKioskWindow *self,
               int             width,
               int             height)
{
  gboolean landscape = width >= LANDSCAPE_MIN_WIDTH && width > height;

  if (width <= 0 || height <= 0)
    return;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->start_box),
                                  landscape ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL);
  gtk_flow_box_set_max_children_per_line (self->language_flow, landscape ? 1 : 4);
  gtk_flow_box_set_min_children_per_line (self->language_flow, landscape ? 1 : 2);
  /* The keypad's button beside the search field only where the field keeps
   * room for its whole placeholder. */
  self->narrow = width < TITLE_BESIDE_BUTTONS_MIN_WIDTH;
  stack_page_changed_cb (self);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->search_row),
                                  width >= SEARCH_ROW_MIN_WIDTH ? GTK_ORIENTATION_HORIZONTAL
                                                                : GTK_ORIENTATION_VERTICAL);
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
static void
queue_refullscreen (MdgKioskWindow *self)
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
  queue_refullscreen (self);
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
    queue_refullscreen (self);
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
    queue_refullscreen (self);
}

/* Smaller than the screen, whatever the reason. */
static void
surface_size_changed_cb (GdkSurface     *surface,
                         GParamSpec     *pspec,
                         MdgKioskWindow *self)
{
  update_layout (self, gdk_surface_get_width (surface), gdk_surface_get_height (surface));
  queue_refullscreen (self);
}

/* Hidden without being minimised: the surface says it is no longer mapped. */
static void
surface_mapped_changed_cb (GdkSurface     *surface,
                           GParamSpec     *pspec,
                           MdgKioskWindow *self)
{
  if (!gdk_surface_get_mapped (surface) && gtk_widget_get_visible (GTK_WIDGET (self)))
    queue_refullscreen (self);
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
      queue_refullscreen (self);
    }
  else if (xevent->type == MapNotify &&
           xevent->xmap.window == gdk_x11_surface_get_xid (surface))
    {
      self->unmapped_by_wm = FALSE;
      queue_refullscreen (self);
    }

  return GDK_EVENT_PROPAGATE;
}
#endif

static void
mdg_kiosk_window_realize (GtkWidget *widget)
{
  MdgKioskWindow *self = MDG_KIOSK_WINDOW (widget);
  GdkSurface *surface;

  GTK_WIDGET_CLASS (mdg_kiosk_window_parent_class)->realize (widget);

  surface = gtk_native_get_surface (GTK_NATIVE (self));
  update_layout (self, gdk_surface_get_width (surface), gdk_surface_get_height (surface));
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
  if (GDK_IS_X11_DISPLAY (gtk_widget_get_display (widget)))
    self->x11_event_handler =
      g_signal_connect (gtk_widget_get_display (widget), "xevent",
                        G_CALLBACK (x11_event_cb), self);
#endif
}

static void
mdg_kiosk_window_unrealize (GtkWidget *widget)
{
  MdgKioskWindow *self = MDG_KIOSK_WINDOW (widget);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));

  g_clear_signal_handler (&self->surface_state_handler, surface);
  g_clear_signal_handler (&self->surface_mapped_handler, surface);
  g_clear_signal_handler (&self->surface_width_handler, surface);
  g_clear_signal_handler (&self->surface_height_handler, surface);
  g_clear_signal_handler (&self->x11_event_handler, gtk_widget_get_display (widget));

  GTK_WIDGET_CLASS (mdg_kiosk_window_parent_class)->unrealize (widget);
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

/* ------------------------------------------------------------------------ */
/* Idle reset                                                               */
/* ------------------------------------------------------------------------ */

static gboolean
idle_timeout_cb (gpointer data)
{
  MdgKioskWindow *self = data;
  gint64 idle_ms = (g_get_monotonic_time () - self->last_input_us) / 1000;

  self->idle_source_id = 0;

  if (idle_ms >= self->idle_timeout_ms)
    {
      /* Nothing is armed again until the next input: the kiosk now shows
       * the start page and has nothing left to forget. */
      mdg_kiosk_window_reset (self);
    }
  else
    {
      self->idle_source_id = g_timeout_add (self->idle_timeout_ms - idle_ms,
                                            idle_timeout_cb, self);
    }

  return G_SOURCE_REMOVE;
}

/* Any input restarts the count. The timer is not restarted per event (a
 * finger moving sends hundreds): it fires once and looks at the time of the
 * last input. */
static void
note_input (MdgKioskWindow *self)
{
  self->last_input_us = g_get_monotonic_time ();
  if (self->idle_source_id == 0)
    self->idle_source_id = g_timeout_add (self->idle_timeout_ms, idle_timeout_cb, self);
}

static gboolean
input_event_cb (GtkEventControllerLegacy *controller,
                GdkEvent                 *event,
                MdgKioskWindow           *self)
{
  switch ((int) gdk_event_get_event_type (event))
    {
    case GDK_BUTTON_PRESS:
    case GDK_BUTTON_RELEASE:
    case GDK_MOTION_NOTIFY:
    case GDK_KEY_PRESS:
    case GDK_KEY_RELEASE:
    case GDK_SCROLL:
    case GDK_TOUCH_BEGIN:
    case GDK_TOUCH_UPDATE:
    case GDK_TOUCH_END:
    case GDK_TOUCHPAD_SWIPE:
    case GDK_TOUCHPAD_PINCH:
      note_input (self);
      break;

    default:
      break;
    }

  return GDK_EVENT_PROPAGATE;
}

static void
settings_idle_changed_cb (MdgKioskWindow *self)
{
  if (!self->idle_timeout_overridden)
    self->idle_timeout_ms = g_settings_get_uint (self->settings, "kiosk-idle-seconds") * 1000;
}

/* Leaves nothing on the screen, or behind it, from the last patient. */
static void
forget_clipboards (MdgKioskWindow *self)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));
  GdkClipboard *clipboards[] = {
    gdk_display_get_clipboard (display),
    gdk_display_get_primary_clipboard (display),
  };

  for (guint i = 0; i < G_N_ELEMENTS (clipboards); i++)
    if (gdk_clipboard_is_local (clipboards[i]))
      gdk_clipboard_set_content (clipboards[i], NULL);
}

void
mdg_kiosk_window_reset (MdgKioskWindow *self)
{
  guint duration;

  g_return_if_fail (MDG_IS_KIOSK_WINDOW (self));

  g_clear_handle_id (&self->hold_source_id, g_source_remove);
  g_clear_handle_id (&self->idle_source_id, g_source_remove);

  self->area = NULL;
  g_clear_pointer (&self->query, g_free);
  g_clear_object (&self->kase);
  self->case_from_list = FALSE;
  self->visit++;
  self->print_status = NULL;
  self->print_status_label = NULL;
  self->printed = FALSE;
  g_string_truncate (self->pin, 0);
  self->pin_message = NULL;
  g_string_truncate (self->code, 0);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  remove_all_children (GTK_WIDGET (self->case_list_box));
  remove_all_children (GTK_WIDGET (self->case_box));
  forget_clipboards (self);

  /* Back to the start at once, with no cross-fade that would show the last
   * page for a moment longer. */
  duration = gtk_stack_get_transition_duration (self->stack);
  gtk_stack_set_transition_duration (self->stack, 0);
  mdg_kiosk_window_show_page (self, "start");
  gtk_stack_set_transition_duration (self->stack, duration);

  if (g_strcmp0 (self->language, DEFAULT_LANGUAGE) != 0)
    {
      g_free (self->language);
      self->language = g_strdup (DEFAULT_LANGUAGE);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
    }
  mdg_kiosk_window_relabel (self);

  scroll_to_top (self->start_scroll);
  scroll_to_top (self->cases_scroll);
  scroll_to_top (self->case_scroll);
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
}

/* ------------------------------------------------------------------------ */
/* Pages                                                                    */
/* ------------------------------------------------------------------------ */

static void
mdg_kiosk_window_show_page (MdgKioskWindow *self,
                            const char     *name)
{
  guint duration = gtk_stack_get_transition_duration (self->stack);

  /* A cross-fade begun before the window is on screen may never run its
   * course and leave the old page showing. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self->stack)))
    gtk_stack_set_transition_duration (self->stack, 0);
  gtk_stack_set_visible_child_name (self->stack, name);
  gtk_stack_set_transition_duration (self->stack, duration);
}

static void
stack_page_changed_cb (MdgKioskWindow *self)
{
  const char *page;
  gboolean start;
  gboolean unlock;
  gboolean language;

  /* The stack says so while the template is still being built. */
  if (self->stack == NULL || self->home_button == NULL)
    return;

  page = gtk_stack_get_visible_child_name (self->stack);
  start = g_strcmp0 (page, "start") == 0;
  unlock = g_strcmp0 (page, "unlock") == 0;
  language = g_strcmp0 (page, "language") == 0;

  gtk_widget_set_visible (self->home_button, !start && !unlock);
  gtk_widget_set_visible (self->back_button, !start && !unlock);
  gtk_widget_set_visible (self->language_button, !start && !unlock && !language);
  gtk_widget_set_visible (self->title_box, start || !self->narrow);

  /* A page changed by a tap or a key has already restarted the idle count;
   * this also covers a change with no input event (an action, a test). */
  if (!start)
    note_input (self);
}

static void
show_print_status (MdgKioskWindow *self)
{
  if (self->print_status_label == NULL)
    return;

  /* Always shown, empty until there is something to say: GTK 4.8 tells
   * assistive technology nothing of a label that appears, only of one that
   * changes, and the status (a live region) must be read out. */
  set_label (self->print_status_label,
             self->print_status != NULL ? tr (self, self->print_status) : "",
             self->language);
  mdg_ui_announce (GTK_WIDGET (self), NULL,
                   self->print_status != NULL ? tr (self, self->print_status) : "");
  set_accessible_label (GTK_WIDGET (self->print_status_label),
                        self->print_status != NULL ? tr (self, self->print_status) : "");
}

typedef struct {
  GWeakRef window;
  guint    visit;
} PrintRequest;

static void
print_done_cb (gboolean      printed,
               const GError *error,
               gpointer      data)
{
  PrintRequest *request = data;
  g_autoptr(MdgKioskWindow) self = g_weak_ref_get (&request->window);

  if (!printed)
    g_message ("The kiosk could not print: %s", error != NULL ? error->message : "unknown error");

  /* Say it only on the page that asked: after "Start over" or an idle
   * reset the next patient must not see it. */
  if (self != NULL && self->visit == request->visit)
    {
      self->print_status = printed
        ? NC_("kiosk", "Printing now. If you cannot find your copy, please ask the reception.")
        : NC_("kiosk", "Sorry, it could not be printed. Please ask the reception for a printed copy.");
      show_print_status (self);
    }

  g_weak_ref_clear (&request->window);
  g_free (request);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MdgKioskWindow *self = MDG_KIOSK_WINDOW (widget);
  PrintRequest *request;

  if (self->kase == NULL || self->kase->handout == NULL || self->printed ||
      !g_settings_get_boolean (self->settings, "kiosk-allow-printing"))
    return;

  /* One copy per visit of the page: a patient tapping again and again must
   * not empty the printer. */
  self->printed = TRUE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kiosk.print", FALSE);
  /* The button goes insensitive and drops the focus: give it to the block
   * before it (受付にお伝えください), where a screen reader hears the status. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->case_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child) &&
        g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), "kiosk.print") == 0 &&
        GTK_IS_GRID (gtk_widget_get_prev_sibling (child)) &&
        (gtk_window_get_focus (GTK_WINDOW (self)) == NULL ||
         gtk_window_get_focus (GTK_WINDOW (self)) == child))
      gtk_widget_grab_focus (gtk_widget_get_prev_sibling (child));
  self->print_status = NC_("kiosk", "Sending it to the printer…");
  show_print_status (self);

  request = g_new0 (PrintRequest, 1);
  g_weak_ref_init (&request->window, self);
  request->visit = self->visit;
  self->print_func (self, self->kase, self->language, print_done_cb, request, self->print_data);
}

static GtkWidget *
section_heading_new (MdgKioskWindow *self,
                     const char     *msgid)
{
  GtkLabel *label = role_label_new (tr (self, msgid), self->language, "kiosk-section",
                                    GTK_ACCESSIBLE_ROLE_HEADING);

  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 2,
                                  -1);
  return GTK_WIDGET (label);
}

static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, gtk_label_get_text (GTK_LABEL (widget)));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, text);
}

/* The case page as a reading path: each section (何があったか, あなたがすること,
 * 受付にお伝えください) becomes one block that Tab stops at and a screen
 * reader reads whole, heading first. A grid, since a GtkBox in GTK 4.8 never
 * takes the focus itself. Returns the first block. */
static GtkWidget *
mdg_kiosk_window_group_reading_path (MdgKioskWindow *self)
{
  GtkWidget *first = NULL;
  GtkWidget *block = NULL;
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->case_box));
  int row = 0;

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);
      gboolean starts = gtk_widget_has_css_class (child, "kiosk-section") ||
                        gtk_widget_has_css_class (child, "kiosk-reception");
      gboolean apart = GTK_IS_BUTTON (child) || child == GTK_WIDGET (self->print_status_label);

      if (starts)
        {
          block = gtk_grid_new ();
          gtk_grid_set_row_spacing (GTK_GRID (block), gtk_box_get_spacing (self->case_box));
          gtk_box_insert_child_after (self->case_box, block, gtk_widget_get_prev_sibling (child));
          row = 0;
          if (first == NULL)
            first = block;
        }
      else if (apart)
        block = NULL;

      if (block != NULL)
        {
          g_object_ref (child);
          gtk_box_remove (self->case_box, child);
          gtk_grid_attach (GTK_GRID (block), child, 0, row++, 1, 1);
          g_object_unref (child);
        }
      child = next;
    }

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->case_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_GRID (child))
      {
        g_autoptr(GString) text = g_string_new (NULL);

        collect_text (child, text);
        mdg_ui_make_reading_block (child, text->str);
      }

  return first;
}

/* Fills the case page for self->kase in the patient's language. */
static void
mdg_kiosk_window_build_case (MdgKioskWindow *self)
{
  const char *lang = self->language;
  MdgCase *kase = self->kase;
  const MdgHandout *handout;
  GtkWidget *card;
  GtkWidget *box;
  GtkLabel *label;
  gboolean allow_printing;

  remove_all_children (GTK_WIDGET (self->case_box));
  self->print_status_label = NULL;
  self->case_first_block = NULL;

  if (kase == NULL)
    return;

  handout = kase->handout;

  /* What happened */
  gtk_box_append (self->case_box, section_heading_new (self, NC_("kiosk", "What happened")));
  gtk_box_append (self->case_box, kb_text_new (case_summary_text (kase), lang, "kiosk-lead"));
  if (kase->origin == MDG_ORIGIN_ADDED)
    gtk_box_append (self->case_box, GTK_WIDGET (text_label_new (added_mark (self), lang, "kiosk-added")));

  /* What you do */
  if (handout != NULL && handout->steps != NULL && handout->steps->len > 0)
    {
      gtk_box_append (self->case_box, section_heading_new (self, NC_("kiosk", "What you do")));

      for (guint i = 0; i < handout->steps->len; i++)
        {
          const MdgText *step = g_ptr_array_index (handout->steps, i);
          g_autofree char *number = g_strdup_printf ("%u", i + 1);
          GtkWidget *number_label;

          box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 20);
          gtk_widget_add_css_class (box, "kiosk-step");

          number_label = gtk_label_new (number);
          gtk_widget_set_valign (number_label, GTK_ALIGN_START);
          gtk_widget_add_css_class (number_label, "kiosk-step-number");
          gtk_accessible_update_property (GTK_ACCESSIBLE (number_label),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, number,
                                          -1);
          gtk_box_append (GTK_BOX (box), number_label);
          gtk_box_append (GTK_BOX (box),
                          kb_text_new (step, lang, "kiosk-body"));
          gtk_box_append (self->case_box, box);
        }
    }

  /* What belongs to the clinic is never explained to the patient as a task:
   * it becomes "please tell the reception", with what the reception will do. */
  card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_add_css_class (card, "kiosk-reception");
  gtk_widget_add_css_class (card, "card");

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 16);
  {
    GtkWidget *icon = decoration_icon_new ("dialog-information-symbolic", 40);

    gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
    gtk_box_append (GTK_BOX (box), icon);
  }
  label = role_label_new (tr (self, NC_("kiosk", "Please tell the reception")), lang, "kiosk-section",
                          GTK_ACCESSIBLE_ROLE_HEADING);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 2,
                                  -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (label));
  gtk_box_append (GTK_BOX (card), box);

  if (handout != NULL && handout->clinic != NULL)
    gtk_box_append (GTK_BOX (card),
                    kb_text_new (handout->clinic, lang, "kiosk-body"));
  else
    gtk_box_append (GTK_BOX (card),
                    GTK_WIDGET (text_label_new (tr (self, NC_("kiosk", "The reception takes care of this. You do not need to do anything yourself.")),
                                                lang, "kiosk-body")));
  gtk_box_append (self->case_box, card);

  /* A printed copy */
  allow_printing = g_settings_get_boolean (self->settings, "kiosk-allow-printing");
  if (handout != NULL && allow_printing)
    {
      GtkWidget *button = big_button_new (tr (self, NC_("kiosk", "Print this for me")), lang, "suggested-action");

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "kiosk.print");
      gtk_box_append (self->case_box, button);

      self->print_status_label = role_label_new ("", lang, "kiosk-body", GTK_ACCESSIBLE_ROLE_STATUS);
      gtk_box_append (self->case_box, GTK_WIDGET (self->print_status_label));
      show_print_status (self);
    }
  else if (handout != NULL)
    {
      gtk_box_append (self->case_box,
                      GTK_WIDGET (text_label_new (tr (self, NC_("kiosk", "Please ask the reception for a printed copy.")),
                                                  lang, "kiosk-body")));
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kiosk.print",
                                 handout != NULL && allow_printing && !self->printed);

  /* Say that the words are ours, not the source document's. */
  if (g_strcmp0 (lang, "ja") != 0)
    {
      const MdgText *note = mdg_kb_get_translation_note (self->kb);

      if (note != NULL)
        gtk_box_append (self->case_box,
                        kb_text_new (note, lang, "kiosk-small"));
    }

  self->case_first_block = mdg_kiosk_window_group_reading_path (self);
}

static GPtrArray *
cases_in_area (MdgKioskWindow *self,
               const MdgArea  *area)
{
  GListModel *cases = mdg_kb_get_cases (self->kb);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (cases);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MdgCase) kase = g_list_model_get_item (cases, i);

      if (kase->area == area)
        g_ptr_array_add (found, g_steal_pointer (&kase));
    }

  return found;
}

static GPtrArray *
cases_for_query (MdgKioskWindow *self,
                 const char     *query)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) hits = NULL;

  if (self->search == NULL)
    self->search = mdg_search_new (self->kb);

  hits = mdg_search_query (self->search, query);
  for (guint i = 0; hits != NULL && i < hits->len && i < MAX_SEARCH_RESULTS; i++)
    g_ptr_array_add (found, g_object_ref (g_array_index (hits, MdgHit, i).kase));

  return found;
}

/* Fills the list page for self->area or self->query. */
static void
mdg_kiosk_window_build_list (MdgKioskWindow *self)
{
  const char *lang = self->language;
  g_autoptr(GPtrArray) cases = NULL;

  remove_all_children (GTK_WIDGET (self->case_list_box));

  if (self->area != NULL)
    {
      const MdgText *name = self->area->patient_name != NULL ? self->area->patient_name
                                                             : self->area->name;

      const char *marked = mdg_text_get_marked (name, lang);

      cases = cases_in_area (self, self->area);
      set_label (self->cases_title_label, mdg_text_get (name, lang), lang);
      if (mdg_ruby_has_markup (marked))
        {
          if (self->cases_title_ruby == NULL)
            {
              self->cases_title_ruby = mdg_ruby_label_new_with_role (NULL, pango_language_for (lang),
                                                                     GTK_ACCESSIBLE_ROLE_HEADING);
              gtk_widget_add_css_class (self->cases_title_ruby, "kiosk-title");
              gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->cases_title_label))),
                                          self->cases_title_ruby, GTK_WIDGET (self->cases_title_label));
            }
          mdg_ruby_label_set_text (MDG_RUBY_LABEL (self->cases_title_ruby), marked);
        }
    }
  else if (self->query != NULL)
    {
      g_autofree char *title = NULL;

      cases = cases_for_query (self, self->query);
      /* Translators: %s is what the patient typed into the search field. */
      title = g_strdup_printf (tr (self, NC_("kiosk", "Results for “%s”")), self->query);
      set_label (self->cases_title_label, title, lang);
    }
  else
    {
      set_label (self->cases_title_label, "", lang);
      set_label (self->cases_hint_label, "", lang);
    }
  if (self->cases_title_ruby != NULL)
    {
      gboolean ruby = self->area != NULL &&
                      mdg_ruby_has_markup (mdg_text_get_marked (self->area->patient_name != NULL ? self->area->patient_name
                                                                                                 : self->area->name,
                                                                lang));

      gtk_widget_set_visible (self->cases_title_ruby, ruby);
      gtk_widget_set_visible (GTK_WIDGET (self->cases_title_label), !ruby);
    }
  if (cases == NULL)
    return;

  if (cases->len == 0)
    set_label (self->cases_hint_label,
               tr (self, NC_("kiosk", "Nothing was found. Please ask the reception.")), lang);
  else
    set_label (self->cases_hint_label, tr (self, NC_("kiosk", "Touch the one that fits you.")), lang);

  for (guint i = 0; i < cases->len; i++)
    {
      MdgCase *kase = g_ptr_array_index (cases, i);
      const char *summary = case_summary (kase, lang);
      GtkWidget *button;
      GtkWidget *box;
      GtkWidget *footer;
      GtkWidget *arrow;

      button = gtk_button_new ();
      gtk_widget_add_css_class (button, "kiosk-big");
      gtk_widget_add_css_class (button, "kiosk-case");
      /* The text above, the code and the arrow in a row below it: beside a
       * long paragraph in a row, GTK 4.8 asks the paragraph for its width at
       * the row's height and it runs past the screen. */
      box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
      footer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 20);

      if (kase->error_code != NULL)
        {
          g_autofree char *code = g_strdup_printf (tr (self, NC_("kiosk", "Code %s")), kase->error_code);
          g_autofree char *accessible = g_strdup_printf ("%s. %s", summary, code);
          GtkLabel *code_label = text_label_new (code, lang, "kiosk-code");

          gtk_widget_set_hexpand (GTK_WIDGET (code_label), FALSE);
          gtk_widget_set_valign (GTK_WIDGET (code_label), GTK_ALIGN_CENTER);
          gtk_box_append (GTK_BOX (footer), GTK_WIDGET (code_label));
          set_accessible_label (button, accessible);
        }
      else if (kase->origin == MDG_ORIGIN_ADDED)
        {
          g_autofree char *accessible = g_strdup_printf ("%s. %s", summary, added_mark (self));

          set_accessible_label (button, accessible);
        }
      else
        {
          set_accessible_label (button, summary);
        }

      gtk_box_append (GTK_BOX (box), kb_text_new (case_summary_text (kase), lang, NULL));
      if (kase->origin == MDG_ORIGIN_ADDED)
        gtk_box_append (GTK_BOX (box), GTK_WIDGET (text_label_new (added_mark (self), lang, "kiosk-added")));
      arrow = decoration_icon_new ("go-next-symbolic", 32);
      gtk_widget_set_hexpand (arrow, TRUE);
      gtk_widget_set_halign (arrow, GTK_ALIGN_END);
      gtk_box_append (GTK_BOX (footer), arrow);
      gtk_box_append (GTK_BOX (box), footer);
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "kiosk.show-case");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", kase->number);
      gtk_box_append (self->case_list_box, button);
    }
}

static void
mdg_kiosk_window_build_areas (MdgKioskWindow *self)
{
  GPtrArray *areas = mdg_kb_get_areas (self->kb);

  remove_all_children (GTK_WIDGET (self->area_flow));

  for (guint i = 0; areas != NULL && i < areas->len; i++)
    {
      const MdgArea *area = g_ptr_array_index (areas, i);
      const MdgText *name = area->patient_name != NULL ? area->patient_name : area->name;
      GtkWidget *button = big_button_new (mdg_text_get (name, self->language),
                                          self->language, "kiosk-area");
      GtkWidget *child = kb_text_new (name, self->language, NULL);

      gtk_button_set_child (GTK_BUTTON (button), child);
      /* Short lines: four buttons in a row where the screen is wide enough. */
      if (GTK_IS_LABEL (child))
        gtk_label_set_max_width_chars (GTK_LABEL (child), 8);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "kiosk.show-area");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", area->id);
      gtk_flow_box_append (self->area_flow, button);
      /* The button inside takes the focus, not the flow box's child. */
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
    }
  mdg_ui_a11y_tidy (GTK_WIDGET (self->area_flow));
}

static GtkWidget *
language_button_new (guint i)
{
  const MdgLanguage *language = mdg_language_nth (i);
  GtkWidget *button = gtk_toggle_button_new ();
  GtkLabel *label = GTK_LABEL (gtk_label_new (NULL));

  /* Kana may break between any two letters; in "やさしい にほんご" only the
   * space may, so word joiners (U+2060) hold each word together. */
  if (g_str_equal (language->tag, "ja-x-easy"))
    set_label (label, "や\u2060さ\u2060し\u2060い に\u2060ほ\u2060ん\u2060ご", language->tag);
  else
    set_label (label, language->short_name, language->tag);
  gtk_label_set_wrap (label, TRUE);
  gtk_label_set_justify (label, GTK_JUSTIFY_CENTER);
  /* One line each in the landscape column; in portrait's rows of four a
   * long name takes two lines. */
  gtk_label_set_max_width_chars (label, 16);
  gtk_button_set_child (GTK_BUTTON (button), GTK_WIDGET (label));
  gtk_widget_add_css_class (button, "kiosk-language");
  set_accessible_label (button, language->short_name);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "kiosk.language");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", language->tag);

  return button;
}

static void
mdg_kiosk_window_build_languages (MdgKioskWindow *self)
{
  GtkFlowBox *flows[] = { self->language_flow, self->language_page_flow };

  for (guint f = 0; f < G_N_ELEMENTS (flows); f++)
    for (guint i = 0; i < mdg_language_count (); i++)
      {
        GtkWidget *button = language_button_new (i);

        gtk_flow_box_append (flows[f], button);
        gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
      }
}

/* A keypad of large digit keys, 1 2 3 / 4 5 6 / 7 8 9 / ⌫ 0, in @grid; each
 * key activates @digit_action with its digit. Returns the delete key. */
static GtkWidget *
build_digit_pad (GtkGrid    *grid,
                 const char *digit_action,
                 const char *delete_action)
{
  GtkWidget *delete_button;

  for (guint digit = 0; digit <= 9; digit++)
    {
      g_autofree char *text = g_strdup_printf ("%u", digit);
      GtkWidget *button = gtk_button_new_with_label (text);
      int column = digit == 0 ? 1 : (int) (digit - 1) % 3;
      int row = digit == 0 ? 3 : (int) (digit - 1) / 3;

      gtk_widget_add_css_class (button, "kiosk-pin-key");
      set_accessible_label (button, text);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), digit_action);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", digit);
      gtk_grid_attach (grid, button, column, row, 1, 1);
    }

  delete_button = gtk_button_new_from_icon_name ("edit-clear-symbolic");
  gtk_widget_add_css_class (delete_button, "kiosk-pin-key");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete_button), delete_action);
  gtk_grid_attach (grid, delete_button, 2, 3, 1, 1);
  return delete_button;
}

static void
mdg_kiosk_window_build_pin_pad (MdgKioskWindow *self)
{
  self->pin_delete_button = build_digit_pad (self->pin_grid, "kiosk.pin-digit", "kiosk.pin-delete");
}

/* The error code's keypad. */
static void
mdg_kiosk_window_build_code_pad (MdgKioskWindow *self)
{
  self->code_delete_button = build_digit_pad (self->code_grid, "kiosk.code-digit", "kiosk.code-delete");
}

static void
update_code_pad (MdgKioskWindow *self)
{
  set_label (self->code_digits_label, self->code->len > 0 ? self->code->str : "–", "en");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kiosk.code-search", self->code->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kiosk.code-delete", self->code->len > 0);
}

static void
update_pin_pad (MdgKioskWindow *self)
{
  const char *lang = self->language;
  g_autoptr(GString) dots = g_string_new (NULL);

  for (gsize i = 0; i < self->pin->len; i++)
    g_string_append (dots, i == 0 ? "●" : " ●");

  set_label (self->unlock_title_label, tr (self, NC_("kiosk", "Staff only: enter the PIN")), lang);
  set_label (self->pin_dots_label, dots->len > 0 ? dots->str : "–", lang);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pin_dots_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tr (self, NC_("kiosk", "PIN")),
                                  -1);
  if (self->pin_message != NULL && self->pin_retry_time != NULL)
    {
      g_autofree char *message = g_strdup_printf (tr (self, self->pin_message), self->pin_retry_time);

      set_label (self->pin_message_label, message, lang);
    }
  else
    set_label (self->pin_message_label,
               self->pin_message != NULL ? tr (self, self->pin_message) : "", lang);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kiosk.unlock-submit", self->pin->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kiosk.pin-delete", self->pin->len > 0);
}

/* Sets every text in the window in the patient's language. */
static void
mdg_kiosk_window_relabel (MdgKioskWindow *self)
{
  const char *lang = self->language;
  g_autofree char *clinic = g_settings_get_string (self->settings, "clinic-name");
  g_autofree char *language_label = NULL;

  set_label (self->clinic_label, clinic, "ja");
  gtk_widget_set_visible (GTK_WIDGET (self->clinic_label), clinic != NULL && *clinic != '\0');
  set_label (self->title_label, tr (self, NC_("kiosk", "Reception help")), lang);

  set_label (self->home_label, tr (self, NC_("kiosk", "Start over")), lang);
  set_accessible_label (self->home_button, tr (self, NC_("kiosk", "Start over")));
  set_label (self->back_label, tr (self, NC_("kiosk", "Back")), lang);
  set_accessible_label (self->back_button, tr (self, NC_("kiosk", "Back")));

  set_label (self->language_button_label, native_name_for (lang), lang);
  /* Translators: read by a screen reader on the button that shows the
   * current language, e.g. "Language: Tiếng Việt". */
  language_label = g_strdup_printf (tr (self, NC_("kiosk", "Language: %s")), native_name_for (lang));
  set_accessible_label (self->language_button, language_label);

  set_accessible_label (self->unlock_corner,
                        tr (self, NC_("kiosk", "Staff only: press and hold for 3 seconds to unlock")));

  set_label (self->question_label, tr (self, NC_("kiosk", "What happened?")), lang);
  set_label (self->hint_label, tr (self, NC_("kiosk", "Touch the one that fits you. If you are not sure, please ask the reception.")), lang);
  set_label (self->search_label, tr (self, NC_("kiosk", "Or type the error code or a word you saw on the screen:")), lang);
  g_object_set (self->search_entry,
                "placeholder-text", tr (self, NC_("kiosk", "Error code or word")),
                NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tr (self, NC_("kiosk", "Error code or word")),
                                  -1);
  set_label (self->search_button_label, tr (self, NC_("kiosk", "Search")), lang);
  set_accessible_label (self->search_button, tr (self, NC_("kiosk", "Search")));
  set_label (self->keypad_button_label, tr (self, NC_("kiosk", "Enter the error code")), lang);
  set_accessible_label (self->keypad_button, tr (self, NC_("kiosk", "Enter the error code")));
  set_label (self->code_title_label, tr (self, NC_("kiosk", "Touch the numbers of the error code")), lang);
  set_label (self->code_search_label, tr (self, NC_("kiosk", "Search")), lang);
  set_accessible_label (self->code_search_button, tr (self, NC_("kiosk", "Search")));
  set_accessible_label (self->code_delete_button, tr (self, NC_("kiosk", "Delete the last digit")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->code_digits_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tr (self, NC_("kiosk", "Error code or word")),
                                  -1);
  update_code_pad (self);
  set_label (self->privacy_label,
             tr (self, NC_("kiosk", "For your privacy, this screen starts over by itself when no one touches it for a while.")),
             lang);

  set_label (self->language_title_label, tr (self, NC_("kiosk", "Choose your language")), lang);
  set_accessible_label (GTK_WIDGET (self->language_flow), tr (self, NC_("kiosk", "Choose your language")));
  set_accessible_label (GTK_WIDGET (self->language_page_flow), tr (self, NC_("kiosk", "Choose your language")));
  set_accessible_label (GTK_WIDGET (self->area_flow), tr (self, NC_("kiosk", "What happened?")));
  {
    /* The chosen language is more than a "pressed" state: its button says
     * so, in the language just chosen, which a screen reader reads out. */
    GtkFlowBox *flows[] = { self->language_flow, self->language_page_flow };

    for (guint f = 0; f < G_N_ELEMENTS (flows); f++)
      for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (flows[f]));
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          GtkWidget *button = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));
          GVariant *target = button != NULL ? gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button)) : NULL;
          gboolean chosen = target != NULL && g_str_equal (g_variant_get_string (target, NULL), lang);

          if (button != NULL)
            gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                            GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, chosen ? language_label : "",
                                            -1);
        }
  }

  set_label (self->pin_cancel_label, tr (self, NC_("kiosk", "Cancel")), lang);
  set_accessible_label (self->pin_cancel_button, tr (self, NC_("kiosk", "Cancel")));
  set_label (self->pin_unlock_label, tr (self, NC_("kiosk", "Unlock")), lang);
  set_accessible_label (self->pin_unlock_button, tr (self, NC_("kiosk", "Unlock")));
  set_accessible_label (self->pin_delete_button, tr (self, NC_("kiosk", "Delete the last digit")));
  update_pin_pad (self);

  mdg_kiosk_window_build_areas (self);
  if (self->area != NULL || self->query != NULL)
    mdg_kiosk_window_build_list (self);
  if (self->kase != NULL)
    mdg_kiosk_window_build_case (self);

  gtk_window_set_title (GTK_WINDOW (self), tr (self, NC_("kiosk", "What happened?")));
}

static void
mdg_kiosk_window_set_language (MdgKioskWindow *self,
                               const char     *tag)
{
  if (tag == NULL || mdg_i18n_locale_for (tag) == NULL)
    tag = DEFAULT_LANGUAGE;
  if (g_strcmp0 (self->language, tag) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (tag);
  mdg_kiosk_window_relabel (self);
  if (g_strcmp0 (tag, DEFAULT_LANGUAGE) != 0)
    note_input (self);

  /* From the language page, the patient goes back to where they were. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "language") == 0)
    mdg_kiosk_window_show_page (self, self->page_before_language != NULL ? self->page_before_language : "start");

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/* ------------------------------------------------------------------------ */
/* Actions                                                                  */
/* ------------------------------------------------------------------------ */

static void
show_case (MdgKioskWindow *self,
           MdgCase        *kase,
           gboolean        from_list)
{
  g_set_object (&self->kase, kase);
  self->visit++;
  self->case_from_list = from_list;
  self->printed = FALSE;
  self->print_status = NULL;
  mdg_kiosk_window_build_case (self);
  scroll_to_top (self->case_scroll);
  mdg_kiosk_window_show_page (self, "case");
  /* A screen reader starts reading at the case's heading, not at the pane. */
  if (self->case_first_block != NULL)
    gtk_widget_grab_focus (self->case_first_block);
}

static void
show_area_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MdgKioskWindow *self = MDG_KIOSK_WINDOW (widget);
  const MdgArea *area = mdg_kb_get_area (self->kb, g_variant_get_string (parameter, NULL));
  g_autoptr(GPtrArray) cases = NULL;

  if (area == NULL)
    return;

  self->area = area;
  g_clear_pointer (&self->query, g_free);

  /* An area with a single case goes straight to it. */
  cases = cases_in_area (self, area);
  if (cases->len == 1)
    {
      show_case (self, g_ptr_array_index (cases, 0), FALSE);
      return;
    }

  mdg_kiosk_window_build_list (self);
  scroll_to_top (self->cases_scroll);
  mdg_kiosk_window_show_page (self, "cases");
}

static void
show_case_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MdgKioskWindow *self = MDG_KIOSK_WINDOW (widget);
  MdgCase *kase = mdg_kb_get_case (self->kb, g_variant_get_uint32 (parameter));

  if (kase != NULL)
    show_case (self, kase, TRUE);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MdgKioskWindow *self = MDG_KIOSK_WINDOW (widget);
  g_autofree char *query = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  if (*query == '\0')
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
      return;
    }

  self->area = NULL;
  g_free (self->query);
  self->query = g_steal_pointer (&query);
  mdg_kiosk_window_build_list (self);
  scroll_to_top (self->cases_scroll);
  mdg_kiosk_window_show_page (self, "cases");
}

static void
show_keypad_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MdgKioskWindow *self = MDG_KIOSK_WINDOW (widget);

  g_string_truncate (self->code, 0);
  update_code_pad (self);
  scroll_to_top (self->code_scroll);
  mdg_kiosk_window_show_page (self, "code");
}

static void
code_digit_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MdgKioskWindow *self = MDG_KIOSK_WINDOW (widget);
  guint digit = g_variant_get_uint32 (parameter);

  if (digit > 9 || self->code->len >= CODE_MAX_LENGTH)
    return;
  g_string_append_c (self->code, (char) ('0' + digit));
  update_code_pad (self);
}

static void
code_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MdgKioskWindow *self = MDG_KIOSK_WINDOW (widget);

  if (self->code->len > 0)
    g_string_truncate (self->code, self->code->len - 1);
  update_code_pad (self);
}

/* The digits are searched as if typed: the code's case comes first. */
static void
code_search_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MdgKioskWindow *self = MDG_KIOSK_WINDOW (widget);

  if (self->code->len == 0)
    return;

  self->area = NULL;
  g_free (self->query);
  self->query = g_strdup (self->code->str);
  g_string_truncate (self->code, 0);
  update_code_pad (self);
  mdg_kiosk_window_build_list (self);
  scroll_to_top (self->cases_scroll);
  mdg_kiosk_window_show_page (self, "cases");
}

static void
search_activate_cb (MdgKioskWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "kiosk.search", NULL);
}

static void
home_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MdgKioskWindow *self = MDG_KIOSK_WINDOW (widget);

  /* "Start over" is the patient's own idle reset: the next patient must not
   * find this one's search or case, but the language stays until then. */
  self->area = NULL;
  g_clear_pointer (&self->query, g_free);
  g_clear_object (&self->kase);
  self->visit++;
  self->print_status = NULL;
  self->print_status_label = NULL;
  g_string_truncate (self->code, 0);
  update_code_pad (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  remove_all_children (GTK_WIDGET (self->case_list_box));
  remove_all_children (GTK_WIDGET (self->case_box));
  scroll_to_top (self->start_scroll);
  mdg_kiosk_window_show_page (self, "start");
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MdgKioskWindow *self = MDG_KIOSK_WINDOW (widget);
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (page, "language") == 0)
    mdg_kiosk_window_show_page (self, self->page_before_language != NULL ? self->page_before_language : "start");
  else if (g_strcmp0 (page, "case") == 0 && self->case_from_list)
    mdg_kiosk_window_show_page (self, "cases");
  else
    home_action (widget, NULL, NULL);
}

static void
choose_language_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MdgKioskWindow *self = MDG_KIOSK_WINDOW (widget);
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (page, "language") == 0 || g_strcmp0 (page, "unlock") == 0)
    return;

  self->page_before_language = g_intern_string (page);
  mdg_kiosk_window_show_page (self, "language");
}

static void
refuse_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_debug ("The kiosk refuses %s", action_name);
}

gboolean
mdg_kiosk_window_begin_unlock (MdgKioskWindow *self)
{
  g_autofree char *stored = NULL;
  const char *page;

  g_return_val_if_fail (MDG_IS_KIOSK_WINDOW (self), FALSE);

  /* With no PIN set, the kiosk ends only from outside: the pad never opens,
   * so there is nothing to guess. */
  stored = g_settings_get_string (self->settings, "kiosk-unlock-hash");
  if (!mdg_kiosk_pin_is_set (stored))
    return FALSE;

  page = gtk_stack_get_visible_child_name (self->stack);
  if (g_strcmp0 (page, "unlock") != 0)
    self->page_before_unlock = g_intern_string (page);

  g_string_truncate (self->pin, 0);
  self->pin_message = NULL;
  update_pin_pad (self);
  mdg_kiosk_window_show_page (self, "unlock");

  return TRUE;
}

static void
pin_digit_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MdgKioskWindow *self = MDG_KIOSK_WINDOW (widget);
  guint digit = g_variant_get_uint32 (parameter);

  if (digit > 9 || self->pin->len >= PIN_MAX_LENGTH)
    return;

  g_string_append_c (self->pin, (char) ('0' + digit));
  self->pin_message = NULL;
  update_pin_pad (self);
}

static void
pin_delete_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MdgKioskWindow *self = MDG_KIOSK_WINDOW (widget);

  if (self->pin->len > 0)
    g_string_truncate (self->pin, self->pin->len - 1);
  update_pin_pad (self);
}

static void
unlock_cancel_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MdgKioskWindow *self = MDG_KIOSK_WINDOW (widget);

  g_string_truncate (self->pin, 0);
  self->pin_message = NULL;
  update_pin_pad (self);
  mdg_kiosk_window_show_page (self, self->page_before_unlock != NULL ? self->page_before_unlock : "start");
}

static void
mdg_kiosk_window_end (MdgKioskWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  self->unlocked = TRUE;
  g_clear_handle_id (&self->refullscreen_source_id, g_source_remove);
  g_clear_handle_id (&self->represent_source_id, g_source_remove);
  if (app != NULL && self->inhibit_cookie != 0)
    gtk_application_uninhibit (app, self->inhibit_cookie);
  self->inhibit_cookie = 0;

  g_message ("The kiosk was unlocked with the administrator's PIN");
  gtk_window_destroy (GTK_WINDOW (self));
}

/* The wait grows with each round of wrong PINs (up to 15 minutes): the
 * message names the clock time when the pad takes PINs again, rounded up to
 * the next minute, so that it is never too early. */
static void
set_lockout_message (MdgKioskWindow *self,
                     gint64          now)
{
  gint64 wait_s = (self->locked_out_until_us - now + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC;
  g_autoptr(GDateTime) local = g_date_time_new_now_local ();
  g_autoptr(GDateTime) end = g_date_time_add_seconds (local, (gdouble) wait_s);
  g_autoptr(GDateTime) until = g_date_time_add_seconds (end, g_date_time_get_seconds (end) > 0
                                                              ? 60 - g_date_time_get_seconds (end) : 0);

  g_free (self->pin_retry_time);
  self->pin_retry_time = g_date_time_format (until, "%H:%M");
  self->pin_message = NC_("kiosk", "Too many wrong PINs. Please try again at %s.");
}

static void
unlock_submit_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MdgKioskWindow *self = MDG_KIOSK_WINDOW (widget);
  g_autofree char *stored = NULL;
  gint64 now = g_get_monotonic_time ();

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "unlock") != 0 ||
      self->pin->len == 0)
    return;

  if (now < self->locked_out_until_us)
    {
      g_string_truncate (self->pin, 0);
      set_lockout_message (self, now);
      update_pin_pad (self);
      return;
    }

  stored = g_settings_get_string (self->settings, "kiosk-unlock-hash");
  if (mdg_kiosk_pin_check (stored, self->pin->str))
    {
      g_string_truncate (self->pin, 0);
      mdg_kiosk_window_end (self);
      return;
    }

  self->n_failures++;
  g_string_truncate (self->pin, 0);
  if (self->n_failures % PIN_TRIES_PER_ROUND == 0)
    {
      guint rounds = MIN (self->n_failures / PIN_TRIES_PER_ROUND, 15);

      self->locked_out_until_us = now + (gint64) rounds * PIN_LOCKOUT_SECONDS * G_USEC_PER_SEC;
      set_lockout_message (self, now);
    }
  else
    {
      self->pin_message = NC_("kiosk", "Wrong PIN.");
      g_clear_pointer (&self->pin_retry_time, g_free);
    }
  update_pin_pad (self);
}

void
mdg_kiosk_window_end_lockout (MdgKioskWindow *self)
{
  g_return_if_fail (MDG_IS_KIOSK_WINDOW (self));
  self->locked_out_until_us = 0;
}

gboolean
mdg_kiosk_window_submit_pin (MdgKioskWindow *self,
                             const char     *pin)
{
  g_autoptr(GObject) keep = NULL;
  gboolean unlocked;

  g_return_val_if_fail (MDG_IS_KIOSK_WINDOW (self), FALSE);
  g_return_val_if_fail (pin != NULL, FALSE);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "unlock") != 0)
    return FALSE;

  /* The window may be destroyed by a right PIN. */
  keep = g_object_ref (G_OBJECT (self));
  g_string_truncate (self->pin, 0);
  for (const char *p = pin; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      gtk_widget_activate_action (GTK_WIDGET (self), "kiosk.pin-digit", "u", (guint) (*p - '0'));
  gtk_widget_activate_action (GTK_WIDGET (self), "kiosk.unlock-submit", NULL);
  unlocked = self->unlocked;

  return unlocked;
}

/* ------------------------------------------------------------------------ */
/* The press-and-hold corner                                                */
/* ------------------------------------------------------------------------ */

static gboolean
hold_done_cb (gpointer data)
{
  MdgKioskWindow *self = data;

  self->hold_source_id = 0;
  mdg_kiosk_window_begin_unlock (self);

  return G_SOURCE_REMOVE;
}

static void
corner_pressed_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   MdgKioskWindow  *self)
{
  g_clear_handle_id (&self->hold_source_id, g_source_remove);
  self->hold_source_id = g_timeout_add (UNLOCK_HOLD_MS, hold_done_cb, self);
}

static void
corner_released_cb (MdgKioskWindow *self)
{
  g_clear_handle_id (&self->hold_source_id, g_source_remove);
}

/* ------------------------------------------------------------------------ */
/* GObject                                                                  */
/* ------------------------------------------------------------------------ */

static void
default_print_func (MdgKioskWindow    *self,
                    MdgCase           *kase,
                    const char        *lang,
                    MdgKioskPrintDone  done,
                    gpointer           done_data,
                    gpointer           user_data)
{
  mdg_kiosk_print_handout (GTK_WINDOW (self), self->kb, kase, lang, done, done_data);
}

static void
settings_printing_changed_cb (MdgKioskWindow *self)
{
  if (self->kase != NULL)
    mdg_kiosk_window_build_case (self);
}

static void
settings_clinic_changed_cb (MdgKioskWindow *self)
{
  g_autofree char *clinic = g_settings_get_string (self->settings, "clinic-name");

  set_label (self->clinic_label, clinic, "ja");
  gtk_widget_set_visible (GTK_WIDGET (self->clinic_label), clinic != NULL && *clinic != '\0');
}

static void
mdg_kiosk_window_dispose (GObject *object)
{
  MdgKioskWindow *self = (MdgKioskWindow *)object;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (app != NULL && self->inhibit_cookie != 0)
    gtk_application_uninhibit (app, self->inhibit_cookie);
  self->inhibit_cookie = 0;

  g_clear_handle_id (&self->idle_source_id, g_source_remove);
  g_clear_handle_id (&self->hold_source_id, g_source_remove);
  g_clear_handle_id (&self->refullscreen_source_id, g_source_remove);
  g_clear_handle_id (&self->represent_source_id, g_source_remove);
  g_clear_object (&self->kase);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->search, mdg_search_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), MDG_TYPE_KIOSK_WINDOW);

  G_OBJECT_CLASS (mdg_kiosk_window_parent_class)->dispose (object);
}

static void
mdg_kiosk_window_finalize (GObject *object)
{
  MdgKioskWindow *self = (MdgKioskWindow *)object;

  g_clear_object (&self->kb);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->pin_retry_time, g_free);
  if (self->code != NULL)
    g_string_free (self->code, TRUE);
  if (self->pin != NULL)
    {
      /* Do not leave the digits in freed memory. */
      memset (self->pin->str, 0, self->pin->allocated_len);
      g_string_free (self->pin, TRUE);
    }

  G_OBJECT_CLASS (mdg_kiosk_window_parent_class)->finalize (object);
}

static void
mdg_kiosk_window_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MdgKioskWindow *self = MDG_KIOSK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mdg_kiosk_window_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MdgKioskWindow *self = MDG_KIOSK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      mdg_kiosk_window_set_language (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mdg_kiosk_window_class_init (MdgKioskWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = mdg_kiosk_window_dispose;
  object_class->finalize = mdg_kiosk_window_finalize;
  object_class->get_property = mdg_kiosk_window_get_property;
  object_class->set_property = mdg_kiosk_window_set_property;

  widget_class->realize = mdg_kiosk_window_realize;
  widget_class->unrealize = mdg_kiosk_window_unrealize;

  window_class->close_request = mdg_kiosk_window_close_request;
  window_class->enable_debugging = mdg_kiosk_window_enable_debugging;

  /**
   * MdgKioskWindow:language:
   *
   * The knowledge-base tag of the language the kiosk speaks now.
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         DEFAULT_LANGUAGE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The template lives in the UI library's resources: naming them makes the
   * linker keep them even in a program that uses only the kiosk. */
  g_assert (mdg_ui_get_resource () != NULL);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/mdg-kiosk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, unlock_corner);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, home_button);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, home_label);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, back_label);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, clinic_label);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, title_box);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, start_box);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, search_row);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, keypad_button);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, keypad_button_label);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, code_scroll);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, code_title_label);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, code_digits_label);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, code_grid);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, code_search_button);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, code_search_label);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, language_button);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, language_button_label);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, start_scroll);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, cases_scroll);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, case_scroll);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, language_flow);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, question_label);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, hint_label);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, area_flow);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, search_label);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, search_button_label);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, privacy_label);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, cases_title_label);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, cases_hint_label);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, case_list_box);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, case_box);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, language_title_label);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, language_page_flow);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, unlock_title_label);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, pin_dots_label);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, pin_message_label);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, pin_grid);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, pin_cancel_button);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, pin_cancel_label);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, pin_unlock_button);
  gtk_widget_class_bind_template_child (widget_class, MdgKioskWindow, pin_unlock_label);

  gtk_widget_class_bind_template_callback (widget_class, stack_page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);

  /* GtkWindow's own actions, which run even when disabled: the kiosk's
   * versions, found first, do nothing. */
  gtk_widget_class_install_action (widget_class, "window.close", NULL, refuse_action);
  gtk_widget_class_install_action (widget_class, "window.minimize", NULL, refuse_action);
  gtk_widget_class_install_action (widget_class, "window.toggle-maximized", NULL, refuse_action);

  gtk_widget_class_install_property_action (widget_class, "kiosk.language", "language");
  gtk_widget_class_install_action (widget_class, "kiosk.show-area", "s", show_area_action);
  gtk_widget_class_install_action (widget_class, "kiosk.show-case", "u", show_case_action);
  gtk_widget_class_install_action (widget_class, "kiosk.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "kiosk.home", NULL, home_action);
  gtk_widget_class_install_action (widget_class, "kiosk.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "kiosk.choose-language", NULL, choose_language_action);
  gtk_widget_class_install_action (widget_class, "kiosk.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "kiosk.show-keypad", NULL, show_keypad_action);
  gtk_widget_class_install_action (widget_class, "kiosk.code-digit", "u", code_digit_action);
  gtk_widget_class_install_action (widget_class, "kiosk.code-delete", NULL, code_delete_action);
  gtk_widget_class_install_action (widget_class, "kiosk.code-search", NULL, code_search_action);
  gtk_widget_class_install_action (widget_class, "kiosk.pin-digit", "u", pin_digit_action);
  gtk_widget_class_install_action (widget_class, "kiosk.pin-delete", NULL, pin_delete_action);
  gtk_widget_class_install_action (widget_class, "kiosk.unlock-cancel", NULL, unlock_cancel_action);
  gtk_widget_class_install_action (widget_class, "kiosk.unlock-submit", NULL, unlock_submit_action);

  g_type_ensure (ADW_TYPE_CLAMP);
}

static void
mdg_kiosk_window_init (MdgKioskWindow *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;
  static gsize css_loaded = 0;

  self->language = g_strdup (DEFAULT_LANGUAGE);
  self->pin = g_string_sized_new (PIN_MAX_LENGTH + 1);
  self->code = g_string_sized_new (CODE_MAX_LENGTH + 1);
  self->print_func = default_print_func;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The kiosk's own style sheet, apart from the staff window's. */
  if (g_once_init_enter (&css_loaded))
    {
      GtkCssProvider *provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/kiosk.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
      g_once_init_leave (&css_loaded, 1);
    }

  self->settings = g_settings_new (APP_ID);
  self->idle_timeout_ms = g_settings_get_uint (self->settings, "kiosk-idle-seconds") * 1000;
  g_signal_connect_object (self->settings, "changed::kiosk-idle-seconds",
                           G_CALLBACK (settings_idle_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::kiosk-allow-printing",
                           G_CALLBACK (settings_printing_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::clinic-name",
                           G_CALLBACK (settings_clinic_changed_cb), self, G_CONNECT_SWAPPED);

  /* The window's own actions: it cannot be closed, minimised or maximised
   * by a shortcut, a menu or a header bar it does not have. Disabled, so
   * that anything bound to them shows insensitive (they do nothing anyway,
   * see class_init). */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.close", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.minimize", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.toggle-maximized", FALSE);

  /* Every input, anywhere in the window, restarts the idle count. */
  controller = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "event", G_CALLBACK (input_event_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_filter_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (gesture), FALSE);
  g_signal_connect (gesture, "pressed", G_CALLBACK (corner_pressed_cb), self);
  /* Not "stopped": a click gesture stops when the double-click time is
   * over, long before the three seconds. */
  g_signal_connect_swapped (gesture, "released", G_CALLBACK (corner_released_cb), self);
  g_signal_connect_swapped (gesture, "cancel", G_CALLBACK (corner_released_cb), self);
  gtk_widget_add_controller (self->unlock_corner, GTK_EVENT_CONTROLLER (gesture));

  /* Nothing typed may come back with Ctrl+Z for the next patient. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->search_entry), FALSE);

  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (fullscreened_changed_cb), NULL);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (active_changed_cb), NULL);

  lock_search_entry (self);

  mdg_kiosk_window_build_pin_pad (self);
  mdg_kiosk_window_build_code_pad (self);
  mdg_kiosk_window_build_languages (self);

  /* What a screen reader meets (issue 18). The unlock corner is for staff
   * who can see it: to a patient exploring the screen by touch it would be
   * the first thing met, and a trap. */
  mdg_ui_a11y_set_hidden (self->unlock_corner, TRUE);
  mdg_ui_stack_a11y_init (self->stack);
  mdg_ui_a11y_tidy (GTK_WIDGET (self));
}

GtkWidget *
mdg_kiosk_window_new (GtkApplication *app,
                      MdgKb          *kb)
{
  MdgKioskWindow *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (app), NULL);
  g_return_val_if_fail (MDG_IS_KB (kb), NULL);

  self = g_object_new (MDG_TYPE_KIOSK_WINDOW, NULL);
  self->kb = g_object_ref (kb);

  mdg_kiosk_window_lock_application (self, app);
  gtk_window_set_application (GTK_WINDOW (self), app);

  mdg_kiosk_window_relabel (self);
  stack_page_changed_cb (self);

  gtk_window_fullscreen (GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (self));
  /* …and keep at it until the window manager has done it. */
  queue_refullscreen (self);

  /* The waiting room must not go dark or to sleep under a patient's eyes.
   * After present(), so that the session manager is told which window. */
  self->inhibit_cookie = gtk_application_inhibit (app, GTK_WINDOW (self),
                                                  GTK_APPLICATION_INHIBIT_IDLE |
                                                  GTK_APPLICATION_INHIBIT_SUSPEND,
                                                  _("The waiting-room kiosk is running"));

  return GTK_WIDGET (self);
}

/* ------------------------------------------------------------------------ */
/* Private API                                                              */
/* ------------------------------------------------------------------------ */

void
mdg_kiosk_window_set_idle_timeout_ms (MdgKioskWindow *self,
                                      guint           timeout_ms)
{
  g_return_if_fail (MDG_IS_KIOSK_WINDOW (self));
  g_return_if_fail (timeout_ms > 0);

  self->idle_timeout_ms = timeout_ms;
  self->idle_timeout_overridden = TRUE;
  g_clear_handle_id (&self->idle_source_id, g_source_remove);
}

guint
mdg_kiosk_window_get_idle_timeout_ms (MdgKioskWindow *self)
{
  g_return_val_if_fail (MDG_IS_KIOSK_WINDOW (self), 0);
  return self->idle_timeout_ms;
}

void
mdg_kiosk_window_set_print_func (MdgKioskWindow    *self,
                                 MdgKioskPrintFunc  func,
                                 gpointer           user_data)
{
  g_return_if_fail (MDG_IS_KIOSK_WINDOW (self));

  self->print_func = func != NULL ? func : default_print_func;
  self->print_data = user_data;
}

const char *
mdg_kiosk_window_get_language (MdgKioskWindow *self)
{
  g_return_val_if_fail (MDG_IS_KIOSK_WINDOW (self), NULL);
  return self->language;
}

const char *
mdg_kiosk_window_get_page (MdgKioskWindow *self)
{
  g_return_val_if_fail (MDG_IS_KIOSK_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

const MdgArea *
mdg_kiosk_window_get_area (MdgKioskWindow *self)
{
  g_return_val_if_fail (MDG_IS_KIOSK_WINDOW (self), NULL);
  return self->area;
}

MdgCase *
mdg_kiosk_window_get_case (MdgKioskWindow *self)
{
  g_return_val_if_fail (MDG_IS_KIOSK_WINDOW (self), NULL);
  return self->kase;
}

const char *
mdg_kiosk_window_get_query (MdgKioskWindow *self)
{
  g_return_val_if_fail (MDG_IS_KIOSK_WINDOW (self), NULL);
  return self->query;
}

GtkEditable *
mdg_kiosk_window_get_search_entry (MdgKioskWindow *self)
{
  g_return_val_if_fail (MDG_IS_KIOSK_WINDOW (self), NULL);
  return GTK_EDITABLE (self->search_entry);
}

const char *
mdg_kiosk_window_get_pin_text (MdgKioskWindow *self)
{
  g_return_val_if_fail (MDG_IS_KIOSK_WINDOW (self), NULL);
  return self->pin->str;
}

guint
mdg_kiosk_window_get_inhibit_cookie (MdgKioskWindow *self)
{
  g_return_val_if_fail (MDG_IS_KIOSK_WINDOW (self), 0);
  return self->inhibit_cookie;
}

GtkLabel *
mdg_kiosk_window_get_question_label (MdgKioskWindow *self)
{
  g_return_val_if_fail (MDG_IS_KIOSK_WINDOW (self), NULL);
  return self->question_label;
}

GtkWidget *
mdg_kiosk_window_get_unlock_corner (MdgKioskWindow *self)
{
  g_return_val_if_fail (MDG_IS_KIOSK_WINDOW (self), NULL);
  return self->unlock_corner;
}
