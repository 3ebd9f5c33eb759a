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
 * the desk's locale; see mdg_kiosk_tr()): a language change calls
 * mdg_kiosk_window_relabel(), which sets every label again at once.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "mdg-i18n.h"
#include "mdg-kiosk-print.h"
#include "mdg-kiosk-window-private.h"
#include "mdg-ui-util.h"
#include "mdg-ui-resources.h"

#define DEFAULT_LANGUAGE    "ja"
/* Narrower than this, or taller than wide: the languages go above the
 * start page's questions instead of beside them. */
#define LANDSCAPE_MIN_WIDTH 900
#define SEARCH_ROW_MIN_WIDTH 1360
/* Narrower than this, the top bar has room for the clinic's name and the
 * title only on the start page, which has no Back and Start over buttons. */
#define TITLE_BESIDE_BUTTONS_MIN_WIDTH 1200

G_DEFINE_FINAL_TYPE (MdgKioskWindow, mdg_kiosk_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void mdg_kiosk_window_relabel (MdgKioskWindow *self);
static void stack_page_changed_cb (MdgKioskWindow *self);

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

/* Landscape: the languages in one column left of the start page, so that
 * all of it fits a 1366×768 screen; portrait or narrow: in rows above it. */
void
mdg_kiosk_window_update_layout (MdgKioskWindow *self,
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

static void
mdg_kiosk_window_realize (GtkWidget *widget)
{
  MdgKioskWindow *self = MDG_KIOSK_WINDOW (widget);
  GdkSurface *surface;

  GTK_WIDGET_CLASS (mdg_kiosk_window_parent_class)->realize (widget);

  surface = gtk_native_get_surface (GTK_NATIVE (self));
  mdg_kiosk_window_update_layout (self, gdk_surface_get_width (surface), gdk_surface_get_height (surface));
  mdg_kiosk_window_watch_surface (self);
}

static void
mdg_kiosk_window_unrealize (GtkWidget *widget)
{
  mdg_kiosk_window_unwatch_surface (MDG_KIOSK_WINDOW (widget));

  GTK_WIDGET_CLASS (mdg_kiosk_window_parent_class)->unrealize (widget);
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
  mdg_ui_box_remove_all (self->case_list_box);
  mdg_ui_box_remove_all (self->case_box);
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

  mdg_kiosk_scroll_to_top (self->start_scroll);
  mdg_kiosk_scroll_to_top (self->cases_scroll);
  mdg_kiosk_scroll_to_top (self->case_scroll);
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
}

/* ------------------------------------------------------------------------ */
/* Pages                                                                    */
/* ------------------------------------------------------------------------ */

void
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

/* Sets every text in the window in the patient's language. */
static void
mdg_kiosk_window_relabel (MdgKioskWindow *self)
{
  const char *lang = self->language;
  g_autofree char *clinic = g_settings_get_string (self->settings, "clinic-name");
  g_autofree char *language_label = NULL;

  mdg_kiosk_set_label (self->clinic_label, clinic, "ja");
  gtk_widget_set_visible (GTK_WIDGET (self->clinic_label), clinic != NULL && *clinic != '\0');
  mdg_kiosk_set_label (self->title_label, mdg_kiosk_tr (self, NC_("kiosk", "Reception help")), lang);

  mdg_kiosk_set_label (self->home_label, mdg_kiosk_tr (self, NC_("kiosk", "Start over")), lang);
  mdg_kiosk_set_accessible_label (self->home_button, mdg_kiosk_tr (self, NC_("kiosk", "Start over")));
  mdg_kiosk_set_label (self->back_label, mdg_kiosk_tr (self, NC_("kiosk", "Back")), lang);
  mdg_kiosk_set_accessible_label (self->back_button, mdg_kiosk_tr (self, NC_("kiosk", "Back")));

  mdg_kiosk_set_label (self->language_button_label, mdg_kiosk_native_name_for (lang), lang);
  /* Translators: read by a screen reader on the button that shows the
   * current language, e.g. "Language: Tiếng Việt". */
  language_label = g_strdup_printf (mdg_kiosk_tr (self, NC_("kiosk", "Language: %s")), mdg_kiosk_native_name_for (lang));
  mdg_kiosk_set_accessible_label (self->language_button, language_label);

  mdg_kiosk_set_accessible_label (self->unlock_corner,
                                  mdg_kiosk_tr (self, NC_("kiosk", "Staff only: press and hold for 3 seconds to unlock")));

  mdg_kiosk_set_label (self->question_label, mdg_kiosk_tr (self, NC_("kiosk", "What happened?")), lang);
  mdg_kiosk_set_label (self->hint_label, mdg_kiosk_tr (self, NC_("kiosk", "Touch the one that fits you. If you are not sure, please ask the reception.")), lang);
  mdg_kiosk_set_label (self->search_label, mdg_kiosk_tr (self, NC_("kiosk", "Or type the error code or a word you saw on the screen:")), lang);
  g_object_set (self->search_entry,
                "placeholder-text", mdg_kiosk_tr (self, NC_("kiosk", "Error code or word")),
                NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, mdg_kiosk_tr (self, NC_("kiosk", "Error code or word")),
                                  -1);
  mdg_kiosk_set_label (self->search_button_label, mdg_kiosk_tr (self, NC_("kiosk", "Search")), lang);
  mdg_kiosk_set_accessible_label (self->search_button, mdg_kiosk_tr (self, NC_("kiosk", "Search")));
  mdg_kiosk_set_label (self->keypad_button_label, mdg_kiosk_tr (self, NC_("kiosk", "Enter the error code")), lang);
  mdg_kiosk_set_accessible_label (self->keypad_button, mdg_kiosk_tr (self, NC_("kiosk", "Enter the error code")));
  mdg_kiosk_set_label (self->code_title_label, mdg_kiosk_tr (self, NC_("kiosk", "Touch the numbers of the error code")), lang);
  mdg_kiosk_set_label (self->code_search_label, mdg_kiosk_tr (self, NC_("kiosk", "Search")), lang);
  mdg_kiosk_set_accessible_label (self->code_search_button, mdg_kiosk_tr (self, NC_("kiosk", "Search")));
  mdg_kiosk_set_accessible_label (self->code_delete_button, mdg_kiosk_tr (self, NC_("kiosk", "Delete the last digit")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->code_digits_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, mdg_kiosk_tr (self, NC_("kiosk", "Error code or word")),
                                  -1);
  mdg_kiosk_window_update_code_pad (self);
  mdg_kiosk_set_label (self->privacy_label,
                       mdg_kiosk_tr (self, NC_("kiosk", "For your privacy, this screen starts over by itself when no one touches it for a while.")),
                       lang);

  mdg_kiosk_set_label (self->language_title_label, mdg_kiosk_tr (self, NC_("kiosk", "Choose your language")), lang);
  mdg_kiosk_set_accessible_label (GTK_WIDGET (self->language_flow), mdg_kiosk_tr (self, NC_("kiosk", "Choose your language")));
  mdg_kiosk_set_accessible_label (GTK_WIDGET (self->language_page_flow), mdg_kiosk_tr (self, NC_("kiosk", "Choose your language")));
  mdg_kiosk_set_accessible_label (GTK_WIDGET (self->area_flow), mdg_kiosk_tr (self, NC_("kiosk", "What happened?")));
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

  mdg_kiosk_set_label (self->pin_cancel_label, mdg_kiosk_tr (self, NC_("kiosk", "Cancel")), lang);
  mdg_kiosk_set_accessible_label (self->pin_cancel_button, mdg_kiosk_tr (self, NC_("kiosk", "Cancel")));
  mdg_kiosk_set_label (self->pin_unlock_label, mdg_kiosk_tr (self, NC_("kiosk", "Unlock")), lang);
  mdg_kiosk_set_accessible_label (self->pin_unlock_button, mdg_kiosk_tr (self, NC_("kiosk", "Unlock")));
  mdg_kiosk_set_accessible_label (self->pin_delete_button, mdg_kiosk_tr (self, NC_("kiosk", "Delete the last digit")));
  mdg_kiosk_window_update_pin_pad (self);

  mdg_kiosk_window_build_areas (self);
  if (self->area != NULL || self->query != NULL)
    mdg_kiosk_window_build_list (self);
  if (self->kase != NULL)
    mdg_kiosk_window_build_case (self);

  gtk_window_set_title (GTK_WINDOW (self), mdg_kiosk_tr (self, NC_("kiosk", "What happened?")));
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

static void
search_activate_cb (MdgKioskWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "kiosk.search", NULL);
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

  mdg_kiosk_set_label (self->clinic_label, clinic, "ja");
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

  mdg_kiosk_window_install_actions (widget_class);
  mdg_kiosk_window_install_keypad_actions (widget_class);

  g_type_ensure (ADW_TYPE_CLAMP);
}

static void
mdg_kiosk_window_init (MdgKioskWindow *self)
{
  GtkEventController *controller;
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

  mdg_kiosk_window_init_lockdown (self);
  mdg_kiosk_window_init_keypads (self);
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
  mdg_kiosk_window_queue_refullscreen (self);

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
