/* mdg-kiosk-actions.c
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The patient's actions (kiosk.*): an area, a case, a search, printing,
 * Back, Start over and the language page.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "mdg-kiosk-window-private.h"
#include "mdg-ui-util.h"

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
      mdg_kiosk_window_show_print_status (self);
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
  mdg_kiosk_window_show_print_status (self);

  request = g_new0 (PrintRequest, 1);
  g_weak_ref_init (&request->window, self);
  request->visit = self->visit;
  self->print_func (self, self->kase, self->language, print_done_cb, request, self->print_data);
}

/* ------------------------------------------------------------------------ */
/* Actions                                                                  */
/* ------------------------------------------------------------------------ */

/* Shows the list page with the focus on a case in it: the one the patient
 * came back from, or else the first. The button that led here is gone from
 * view, and a screen reader would otherwise be left on nothing. */
void
mdg_kiosk_window_show_list (MdgKioskWindow *self)
{
  GtkWidget *first = gtk_widget_get_first_child (GTK_WIDGET (self->case_list_box));
  GtkWidget *target = first;

  mdg_kiosk_window_show_page (self, "cases");
  for (GtkWidget *child = first; child != NULL && self->kase != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GVariant *number = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (child));

      if (number != NULL && g_variant_get_uint32 (number) == self->kase->number)
        target = child;
    }
  if (target != NULL)
    gtk_widget_grab_focus (target);
}

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
  mdg_kiosk_scroll_to_top (self->case_scroll);
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
  cases = mdg_kiosk_window_cases_in_area (self, area);
  if (cases->len == 1)
    {
      show_case (self, g_ptr_array_index (cases, 0), FALSE);
      return;
    }

  mdg_kiosk_window_build_list (self);
  mdg_kiosk_scroll_to_top (self->cases_scroll);
  mdg_kiosk_window_show_list (self);
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
  mdg_kiosk_scroll_to_top (self->cases_scroll);
  mdg_kiosk_window_show_list (self);
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
  mdg_kiosk_window_update_code_pad (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  mdg_ui_box_remove_all (self->case_list_box);
  mdg_ui_box_remove_all (self->case_box);
  mdg_kiosk_scroll_to_top (self->start_scroll);
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
    mdg_kiosk_window_show_list (self);
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

void
mdg_kiosk_window_install_actions (GtkWidgetClass *widget_class)
{
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
}
