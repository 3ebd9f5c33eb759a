/* mdg-kiosk-keypad.c
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The kiosk's two digit pads: the error code's keypad for a patient without
 * a keyboard, and the administrator's PIN pad (opened by holding the corner
 * for three seconds) with its lock-out after wrong PINs. The PIN itself is
 * checked in mdg-kiosk-pin.c.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "mdg-kiosk-pin.h"
#include "mdg-kiosk-window-private.h"

#define UNLOCK_HOLD_MS      3000
/* After this many wrong PINs in a row, the pad refuses PINs for a while:
 * a patient cannot try ten thousand PINs at the pace of a finger. */
#define PIN_TRIES_PER_ROUND 3
#define PIN_LOCKOUT_SECONDS 60

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
      mdg_kiosk_set_accessible_label (button, text);
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

void
mdg_kiosk_window_update_code_pad (MdgKioskWindow *self)
{
  mdg_kiosk_set_label (self->code_digits_label, self->code->len > 0 ? self->code->str : "–", "en");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kiosk.code-search", self->code->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kiosk.code-delete", self->code->len > 0);
}

void
mdg_kiosk_window_update_pin_pad (MdgKioskWindow *self)
{
  const char *lang = self->language;
  g_autoptr(GString) dots = g_string_new (NULL);

  for (gsize i = 0; i < self->pin->len; i++)
    g_string_append (dots, i == 0 ? "●" : " ●");

  mdg_kiosk_set_label (self->unlock_title_label, mdg_kiosk_tr (self, NC_("kiosk", "Staff only: enter the PIN")), lang);
  mdg_kiosk_set_label (self->pin_dots_label, dots->len > 0 ? dots->str : "–", lang);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pin_dots_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, mdg_kiosk_tr (self, NC_("kiosk", "PIN")),
                                  -1);
  if (self->pin_message != NULL && self->pin_retry_time != NULL)
    {
      g_autofree char *message = g_strdup_printf (mdg_kiosk_tr (self, self->pin_message), self->pin_retry_time);

      mdg_kiosk_set_label (self->pin_message_label, message, lang);
    }
  else
    mdg_kiosk_set_label (self->pin_message_label,
                         self->pin_message != NULL ? mdg_kiosk_tr (self, self->pin_message) : "", lang);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kiosk.unlock-submit", self->pin->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kiosk.pin-delete", self->pin->len > 0);
}

static void
show_keypad_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MdgKioskWindow *self = MDG_KIOSK_WINDOW (widget);

  g_string_truncate (self->code, 0);
  mdg_kiosk_window_update_code_pad (self);
  mdg_kiosk_scroll_to_top (self->code_scroll);
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
  mdg_kiosk_window_update_code_pad (self);
}

static void
code_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MdgKioskWindow *self = MDG_KIOSK_WINDOW (widget);

  if (self->code->len > 0)
    g_string_truncate (self->code, self->code->len - 1);
  mdg_kiosk_window_update_code_pad (self);
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
  mdg_kiosk_window_update_code_pad (self);
  mdg_kiosk_window_build_list (self);
  mdg_kiosk_scroll_to_top (self->cases_scroll);
  mdg_kiosk_window_show_list (self);
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
  mdg_kiosk_window_update_pin_pad (self);
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
  mdg_kiosk_window_update_pin_pad (self);
}

static void
pin_delete_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MdgKioskWindow *self = MDG_KIOSK_WINDOW (widget);

  if (self->pin->len > 0)
    g_string_truncate (self->pin, self->pin->len - 1);
  mdg_kiosk_window_update_pin_pad (self);
}

static void
unlock_cancel_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MdgKioskWindow *self = MDG_KIOSK_WINDOW (widget);

  g_string_truncate (self->pin, 0);
  self->pin_message = NULL;
  mdg_kiosk_window_update_pin_pad (self);
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
      mdg_kiosk_window_update_pin_pad (self);
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
  mdg_kiosk_window_update_pin_pad (self);
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

void
mdg_kiosk_window_install_keypad_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "kiosk.show-keypad", NULL, show_keypad_action);
  gtk_widget_class_install_action (widget_class, "kiosk.code-digit", "u", code_digit_action);
  gtk_widget_class_install_action (widget_class, "kiosk.code-delete", NULL, code_delete_action);
  gtk_widget_class_install_action (widget_class, "kiosk.code-search", NULL, code_search_action);
  gtk_widget_class_install_action (widget_class, "kiosk.pin-digit", "u", pin_digit_action);
  gtk_widget_class_install_action (widget_class, "kiosk.pin-delete", NULL, pin_delete_action);
  gtk_widget_class_install_action (widget_class, "kiosk.unlock-cancel", NULL, unlock_cancel_action);
  gtk_widget_class_install_action (widget_class, "kiosk.unlock-submit", NULL, unlock_submit_action);
}

void
mdg_kiosk_window_init_keypads (MdgKioskWindow *self)
{
  GtkGesture *gesture;

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (gesture), FALSE);
  g_signal_connect (gesture, "pressed", G_CALLBACK (corner_pressed_cb), self);
  /* Not "stopped": a click gesture stops when the double-click time is
   * over, long before the three seconds. */
  g_signal_connect_swapped (gesture, "released", G_CALLBACK (corner_released_cb), self);
  g_signal_connect_swapped (gesture, "cancel", G_CALLBACK (corner_released_cb), self);
  gtk_widget_add_controller (self->unlock_corner, GTK_EVENT_CONTROLLER (gesture));

  mdg_kiosk_window_build_pin_pad (self);
  mdg_kiosk_window_build_code_pad (self);
}
