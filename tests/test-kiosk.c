/* test-kiosk.c — the waiting-room kiosk, with the real application and the
 * bundled knowledge base, on an X server with a window manager (openbox):
 * run it through tests/kiosk-x11.sh. Keys sent from outside (Alt+F4, held
 * and repeated keys) are tried by tests/test-kiosk-keys.sh.
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <gtk/gtkunixprint.h>

#include "mdg-application.h"
#include "mdg-i18n.h"
#include "mdg-kiosk-pin.h"
#include "mdg-kiosk-print.h"
#include "mdg-kiosk-window-private.h"
#include "mdg-ruby.h"
#include "mdg-ruby-label.h"
#include "mdg-document.h"
#include "mdg-print.h"
#include "test-util.h"
#include "kiosk-fixture.h"


/* ------------------------------------------------------------------------ */
/* Tests                                                                    */
/* ------------------------------------------------------------------------ */

static void
test_fullscreen (Fixture       *fixture,
                 gconstpointer  data)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (fixture->window));
  GdkMonitor *monitor = gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface), surface);
  GdkRectangle geometry;

  g_assert_true (gtk_window_is_fullscreen (GTK_WINDOW (fixture->window)));
  gdk_monitor_get_geometry (monitor, &geometry);
  g_assert_cmpint (gdk_surface_get_width (surface), ==, geometry.width);
  g_assert_cmpint (gdk_surface_get_height (surface), ==, geometry.height);

  /* No window controls: no title bar, no decorations, nothing to close. */
  g_assert_false (gtk_window_get_decorated (GTK_WINDOW (fixture->window)));
  g_assert_false (gtk_window_get_deletable (GTK_WINDOW (fixture->window)));
  if (gtk_window_get_titlebar (GTK_WINDOW (fixture->window)) != NULL)
    g_assert_false (gtk_widget_is_drawable (gtk_window_get_titlebar (GTK_WINDOW (fixture->window))));
  assert_kiosk_intact (fixture);
}

static void
test_app_locked (Fixture       *fixture,
                 gconstpointer  data)
{
  GActionGroup *app = G_ACTION_GROUP (fixture->app);
  static const char *app_actions[] = { "quit", "about", "preferences", "shortcuts", "help", NULL };
  static const char *accels[] = {
    "<Control>q", "<Control>w", "<Control>p", "<Control>o", "<Control>comma",
    "<Control>question", "<Control>f", "<Alt>F4", "F1", "F10", "F11", "Escape", NULL
  };
  g_auto(GStrv) described = gtk_application_list_action_descriptions (GTK_APPLICATION (fixture->app));
  g_autoptr(GSimpleAction) late = NULL;

  /* No application action is left that a patient could reach. */
  for (guint i = 0; app_actions[i] != NULL; i++)
    g_assert_false (g_action_group_has_action (app, app_actions[i]) &&
                    g_action_group_get_action_enabled (app, app_actions[i]));

  /* No accelerator is left either. */
  for (guint i = 0; described[i] != NULL; i++)
    {
      g_auto(GStrv) keys = gtk_application_get_accels_for_action (GTK_APPLICATION (fixture->app), described[i]);

      g_assert_cmpuint (g_strv_length (keys), ==, 0);
    }
  for (guint i = 0; accels[i] != NULL; i++)
    {
      g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (fixture->app), accels[i]);

      g_assert_cmpuint (g_strv_length (actions), ==, 0);
    }

  /* An action added later does not work either. */
  late = g_simple_action_new ("late-preferences", NULL);
  g_action_map_add_action (G_ACTION_MAP (fixture->app), G_ACTION (late));
  g_assert_false (g_action_group_has_action (app, "late-preferences") &&
                  g_action_group_get_action_enabled (app, "late-preferences"));
  spin (50);
  g_assert_false (g_action_group_has_action (app, "late-preferences"));

  /* The inspector is off for the whole process. */
  g_assert_cmpint (gtk_get_debug_flags () & GTK_DEBUG_INTERACTIVE, ==, 0);
}

/* Every way to leave, tried through the window's own action muxer, which is
 * where key bindings, menus and buttons end up too. */
static void
test_actions_fail (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char *actions[] = {
    "app.quit", "app.about", "app.preferences", "app.shortcuts", "app.help",
    "win.show-help-overlay", "win.print-handout", "win.print-sheet", "win.open-kb",
    "win.find", "win.close",
    "window.close", "window.minimize", "window.toggle-maximized",
    NULL
  };

  for (guint i = 0; actions[i] != NULL; i++)
    {
      /* Quickly, many times: the stress a held key gives. */
      for (guint n = 0; n < 20; n++)
        gtk_widget_activate_action (GTK_WIDGET (fixture->window), actions[i], NULL);
      spin (30);
      if (g_test_verbose ())
        g_test_message ("%s: refused", actions[i]);
      assert_kiosk_intact (fixture);
    }
}

static void
test_close_refused (Fixture       *fixture,
                    gconstpointer  data)
{
  /* What Alt+F4 and the window manager's "Close" do. */
  for (guint i = 0; i < 50; i++)
    gtk_window_close (GTK_WINDOW (fixture->window));
  spin (100);
  assert_kiosk_intact (fixture);
}

static void
test_fullscreen_kept (Fixture       *fixture,
                      gconstpointer  data)
{
  gtk_window_unfullscreen (GTK_WINDOW (fixture->window));
  spin (300);
  assert_kiosk_intact (fixture);

  /* Again and again, as fast as it comes. */
  for (guint i = 0; i < 20; i++)
    {
      gtk_window_unfullscreen (GTK_WINDOW (fixture->window));
      spin (5);
    }
  spin (300);
  assert_kiosk_intact (fixture);

  gtk_window_minimize (GTK_WINDOW (fixture->window));
  spin (500);
  assert_kiosk_intact (fixture);

  gtk_window_maximize (GTK_WINDOW (fixture->window));
  spin (300);
  assert_kiosk_intact (fixture);
}

static void
test_inspector_refused (Fixture       *fixture,
                        gconstpointer  data)
{
  gboolean handled = FALSE;

  /* Ctrl+Shift+D and Ctrl+Shift+I emit this. */
  g_signal_emit_by_name (fixture->window, "enable-debugging", TRUE, &handled);
  g_signal_emit_by_name (fixture->window, "enable-debugging", FALSE, &handled);
  spin (200);
  assert_kiosk_intact (fixture);
}

/* Nothing in the kiosk opens a link, a menu, a file chooser or a dialog. */
static void
test_no_way_out (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char *pages[] = { "start", "area", "case", "language", NULL };

  g_settings_set_boolean (fixture->settings, "kiosk-allow-printing", TRUE);

  for (guint p = 0; pages[p] != NULL; p++)
    {
      g_autoptr(GPtrArray) widgets = g_ptr_array_new ();

      if (g_str_equal (pages[p], "area"))
        gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.show-area", "s", "eligibility");
      else if (g_str_equal (pages[p], "case"))
        gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.show-case", "u", 12);
      else if (g_str_equal (pages[p], "language"))
        gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.choose-language", NULL);
      spin (50);

      collect_widgets (GTK_WIDGET (fixture->window), widgets);
      for (guint i = 0; i < widgets->len; i++)
        {
          GtkWidget *widget = g_ptr_array_index (widgets, i);

          g_assert_false (GTK_IS_LINK_BUTTON (widget));
          g_assert_false (GTK_IS_MENU_BUTTON (widget));
          g_assert_false (GTK_IS_POPOVER_MENU (widget));
          g_assert_false (GTK_IS_FILE_CHOOSER_WIDGET (widget));
          g_assert_false (GTK_IS_TEXT_VIEW (widget));
          if (GTK_IS_LABEL (widget))
            {
              g_assert_false (gtk_label_get_selectable (GTK_LABEL (widget)));
              g_assert_null (strstr (gtk_label_get_label (GTK_LABEL (widget)), "<a "));
            }
        }
    }

  /* "Print this for me" prints once, with no dialog. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.show-case", "u", 12);
  for (guint i = 0; i < 30; i++)
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.print", NULL);
  spin (200);
  g_assert_cmpuint (fixture->n_prints, ==, 1);
  assert_kiosk_intact (fixture);
}

static void
test_printing_setting (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *text = NULL;

  /* Not allowed: no button, the action does nothing, and the patient is
   * told to ask the reception. */
  g_settings_set_boolean (fixture->settings, "kiosk-allow-printing", FALSE);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.language", "s", "en");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.show-case", "u", 1);
  spin (50);
  g_assert_null (find_button_by_label (fixture, "Print this for me"));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.print", NULL);
  spin (50);
  g_assert_cmpuint (fixture->n_prints, ==, 0);
  text = all_label_text (fixture);
  g_assert_nonnull (strstr (text, "Please ask the reception for a printed copy."));
  g_clear_pointer (&text, g_free);

  /* Allowed (the setting is read live): the button is there and prints. */
  g_settings_set_boolean (fixture->settings, "kiosk-allow-printing", TRUE);
  spin (50);
  g_assert_nonnull (find_button_by_label (fixture, "Print this for me"));
  g_signal_emit_by_name (find_button_by_label (fixture, "Print this for me"), "clicked");
  spin (50);
  g_assert_cmpuint (fixture->n_prints, ==, 1);
  text = all_label_text (fixture);
  g_assert_nonnull (strstr (text, "Printing now."));
  assert_kiosk_intact (fixture);
}

/* The real printing, with no printer on this machine: no dialog ever shows,
 * and the patient is told to ask the reception. */
static void
test_real_print_no_printer (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *text = NULL;

  mdg_kiosk_print_set_give_up_ms (3000);
  mdg_kiosk_window_set_print_func (fixture->window, NULL, NULL);
  g_settings_set_boolean (fixture->settings, "kiosk-allow-printing", TRUE);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.language", "s", "en");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.show-case", "u", 4);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.print", NULL);

  for (guint i = 0; i < 40; i++)
    {
      spin (100);
      g_assert_cmpuint (count_toplevels (), ==, 1);
    }
  text = all_label_text (fixture);
  g_assert_true (strstr (text, "Sorry, it could not be printed.") != NULL ||
                 strstr (text, "Printing now.") != NULL);
  assert_kiosk_intact (fixture);
}

static void
assert_pristine (Fixture *fixture)
{
  g_assert_cmpstr (mdg_kiosk_window_get_page (fixture->window), ==, "start");
  g_assert_cmpstr (mdg_kiosk_window_get_language (fixture->window), ==, "ja");
  g_assert_null (mdg_kiosk_window_get_area (fixture->window));
  g_assert_null (mdg_kiosk_window_get_case (fixture->window));
  g_assert_null (mdg_kiosk_window_get_query (fixture->window));
  g_assert_cmpstr (gtk_editable_get_text (mdg_kiosk_window_get_search_entry (fixture->window)), ==, "");
  g_assert_cmpstr (mdg_kiosk_window_get_pin_text (fixture->window), ==, "");
  g_assert_cmpstr (gtk_label_get_text (mdg_kiosk_window_get_question_label (fixture->window)), ==,
                   kiosk_text ("ja", "What happened?"));
}

/* The text of the labels on screen now (not those of hidden pages). */
static char *
mapped_labels_of (gpointer widget)
{
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();
  GString *out = g_string_new (NULL);

  collect_widgets (widget, widgets);
  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *w = g_ptr_array_index (widgets, i);

      if (GTK_IS_LABEL (w) && gtk_widget_get_mapped (w))
        g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (w)));
    }
  return g_string_free (out, FALSE);
}

/* A case not in the document says so, in the patient's language, in the list
 * and on its page. */
static void
test_added_case (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *list = NULL;
  g_autofree char *page = NULL;
  g_autofree char *document_page = NULL;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.language", "s", "ja");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.show-area", "s", "initial-registration");
  spin (50);
  list = mapped_labels_of (fixture->window);
  g_assert_nonnull (strstr (list, "文書外・本アプリで追加"));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.show-case", "u", 102);
  spin (50);
  g_assert_cmpuint (mdg_kiosk_window_get_case (fixture->window)->number, ==, 102);
  page = mapped_labels_of (fixture->window);
  g_assert_nonnull (strstr (page, "文書外・本アプリで追加"));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.language", "s", "en");
  spin (50);
  g_free (page);
  page = mapped_labels_of (fixture->window);
  g_assert_nonnull (strstr (page, "Added — not in the document"));

  /* The page of case 102 stays mapped while the stack's transition runs. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.show-case", "u", 1);
  for (guint i = 0; i < 60; i++)
    {
      spin (50);
      g_free (document_page);
      document_page = mapped_labels_of (fixture->window);
      if (strstr (document_page, "Added — not in the document") == NULL)
        break;
    }
  g_assert_cmpuint (mdg_kiosk_window_get_case (fixture->window)->number, ==, 1);
  g_assert_null (strstr (document_page, "Added — not in the document"));
}

/* The case shown by a focused button of the list page, or 0. */
static guint32
focused_case (Fixture *fixture)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (fixture->window));
  GVariant *target;

  if (!GTK_IS_BUTTON (focus) ||
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)), "kiosk.show-case") != 0 ||
      (target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (focus))) == NULL)
    return 0;
  return g_variant_get_uint32 (target);
}

/* The list page takes the focus from the button that led to it, which is gone
 * from view: onto its first case, or back onto the case the patient left. */
static void
test_list_focus (Fixture       *fixture,
                 gconstpointer  data)
{
  MdgKb *kb = mdg_application_get_kb (fixture->app);
  const MdgArea *area = mdg_kb_get_area (kb, "eligibility");
  GtkWidget *focus;
  guint32 first;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.show-area", "s", "eligibility");
  g_assert_cmpstr (mdg_kiosk_window_get_page (fixture->window), ==, "cases");
  first = focused_case (fixture);
  g_assert_cmpuint (first, !=, 0);
  g_assert_true (mdg_kb_get_case (kb, first)->area == area);
  focus = gtk_window_get_focus (GTK_WINDOW (fixture->window));
  g_assert_null (gtk_widget_get_prev_sibling (focus));
  g_assert_nonnull (gtk_widget_get_next_sibling (focus));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.show-case", "u", 4);
  g_assert_cmpstr (mdg_kiosk_window_get_page (fixture->window), ==, "case");
  g_assert_cmpuint (focused_case (fixture), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.back", NULL);
  g_assert_cmpstr (mdg_kiosk_window_get_page (fixture->window), ==, "cases");
  g_assert_cmpuint (first, !=, 4);
  g_assert_cmpuint (focused_case (fixture), ==, 4);

  /* From the error-code search too. */
  mdg_kiosk_window_reset (fixture->window);
  gtk_editable_set_text (mdg_kiosk_window_get_search_entry (fixture->window), "010");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.search", NULL);
  g_assert_cmpstr (mdg_kiosk_window_get_page (fixture->window), ==, "cases");
  g_assert_cmpuint (focused_case (fixture), !=, 0);
}

static void
test_idle_reset (Fixture       *fixture,
                 gconstpointer  data)
{
  MdgKb *kb = mdg_application_get_kb (fixture->app);
  MdgCase *kase = mdg_kb_get_case (kb, 4);
  const char *situation = mdg_text_get (kase->handout->situation, "vi");
  g_autofree char *text = NULL;
  GdkClipboard *clipboard;

  g_assert_cmpuint (mdg_kiosk_window_get_idle_timeout_ms (fixture->window), ==, 60 * 1000);
  set_pin (fixture, "2468");
  g_settings_set_boolean (fixture->settings, "kiosk-allow-printing", TRUE);
  /* Short, but longer than a busy frame at 1920×1080 under Xvfb. */
  /* Generous enough that one slow frame (sanitizer builds) is not idleness. */
  mdg_kiosk_window_set_idle_timeout_ms (fixture->window, 3000);

  /* A patient: Vietnamese, a search, an area, a case, a print. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.language", "s", "vi");
  gtk_editable_set_text (mdg_kiosk_window_get_search_entry (fixture->window), "010");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.search", NULL);
  g_assert_cmpstr (mdg_kiosk_window_get_page (fixture->window), ==, "cases");
  g_assert_cmpstr (mdg_kiosk_window_get_query (fixture->window), ==, "010");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.show-area", "s", "eligibility");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.show-case", "u", 4);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.print", NULL);
  clipboard = gtk_widget_get_clipboard (GTK_WIDGET (fixture->window));
  gdk_clipboard_set_text (clipboard, situation);
  g_assert_cmpstr (mdg_kiosk_window_get_page (fixture->window), ==, "case");
  g_assert_cmpstr (mdg_kiosk_window_get_language (fixture->window), ==, "vi");
  g_assert_true (mdg_kiosk_window_get_case (fixture->window) == kase);
  text = all_label_text (fixture);
  g_assert_nonnull (strstr (text, situation));
  g_clear_pointer (&text, g_free);

  /* Use keeps it: a page changed every 200 ms, for longer than the timeout. */
  for (guint i = 0; i < 20; i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.back", NULL);
      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.show-case", "u", 4);
      spin (200);
      g_assert_cmpstr (mdg_kiosk_window_get_page (fixture->window), ==, "case");
    }

  /* The PIN pad open with digits in it, then no input. */
  g_assert_true (mdg_kiosk_window_begin_unlock (fixture->window));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.pin-digit", "u", 7);
  g_assert_cmpstr (mdg_kiosk_window_get_pin_text (fixture->window), ==, "7");
  spin (500);
  g_assert_cmpstr (mdg_kiosk_window_get_page (fixture->window), ==, "unlock");
  spin_until (g_str_equal (mdg_kiosk_window_get_page (fixture->window), "start"), 6000);

  assert_pristine (fixture);
  /* Nothing of the last patient remains, shown or hidden. */
  text = all_label_text (fixture);
  g_assert_null (strstr (text, situation));
  g_assert_null (strstr (text, mdg_text_get (kase->handout->situation, "ja")));
  g_assert_null (strstr (text, "010"));
  g_assert_null (strstr (text, "●"));
  g_assert_false (gdk_clipboard_is_local (clipboard) &&
                  gdk_clipboard_get_content (clipboard) != NULL);
  g_assert_null (gtk_window_get_focus (GTK_WINDOW (fixture->window)));
  assert_kiosk_intact (fixture);

  /* And it stays reset: nothing is armed until the next input. */
  spin (1600);
  assert_pristine (fixture);
}

static void
test_language_change (Fixture       *fixture,
                      gconstpointer  data)
{
  static const char *languages[] = { "ja-x-easy", "en", "zh-Hans", "vi", "ko", "fil", "ne", "id", "pt-BR", "my", "ja", NULL };
  g_autoptr(GPtrArray) before = visible_texts (fixture);
  MdgKb *kb = mdg_application_get_kb (fixture->app);
  GtkWidget *button;

  g_assert_cmpstr (mdg_kiosk_window_get_language (fixture->window), ==, "ja");
  g_assert_cmpuint (before->len, >, 5);

  /* A patient touches "Tiếng Việt": every visible text changes at once. */
  button = find_button_by_label (fixture, "Tiếng Việt");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  spin (50);
  g_assert_cmpstr (mdg_kiosk_window_get_language (fixture->window), ==, "vi");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find_button_by_label (fixture, "Tiếng Việt"))));
  {
    g_autoptr(GPtrArray) after = visible_texts (fixture);

    g_assert_cmpuint (after->len, ==, before->len);
    for (guint i = 0; i < after->len; i++)
      for (guint j = 0; j < before->len; j++)
        if (g_str_equal (g_ptr_array_index (after, i), g_ptr_array_index (before, j)))
          g_error ("“%s” did not change with the language", (char *) g_ptr_array_index (after, i));
    g_assert_cmpstr (gtk_label_get_text (mdg_kiosk_window_get_question_label (fixture->window)), ==,
                     kiosk_text ("vi", "What happened?"));
  }

  /* On the case page too, and in every language the kiosk offers. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.show-case", "u", 1);
  for (guint i = 0; languages[i] != NULL; i++)
    {
      MdgCase *kase = mdg_kb_get_case (kb, 1);
      g_autofree char *text = NULL;

      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.language", "s", languages[i]);
      spin (20);
      g_assert_cmpstr (mdg_kiosk_window_get_page (fixture->window), ==, "case");
      text = all_label_text (fixture);
      g_assert_nonnull (strstr (text, mdg_text_get (kase->handout->situation, languages[i])));
      g_assert_nonnull (strstr (text, kiosk_text (languages[i], "What you do")));
      g_assert_nonnull (strstr (text, kiosk_text (languages[i], "Please tell the reception")));
      /* The kiosk's own words are translated, not left in English. */
      if (!g_str_equal (languages[i], "en"))
        g_assert_cmpstr (kiosk_text (languages[i], "What you do"), !=, "What you do");
    }
}

/* Every button, on every page, in three scripts, has a name for a screen
 * reader, is at least 48 px each way, and no text is under 20 px. */
static void
test_accessible (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char *languages[] = { "ja", "en", "my", "ja-x-easy", NULL };
  static const char *pages[] = { "start", "area", "case", "case-no-handout", "language", "unlock", NULL };

  set_pin (fixture, "2468");
  g_settings_set_boolean (fixture->settings, "kiosk-allow-printing", TRUE);

  for (guint l = 0; languages[l] != NULL; l++)
    for (guint p = 0; pages[p] != NULL; p++)
      {
        g_autoptr(GPtrArray) widgets = g_ptr_array_new ();
        guint n_buttons = 0;

        mdg_kiosk_window_reset (fixture->window);
        gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.language", "s", languages[l]);
        if (g_str_equal (pages[p], "area"))
          gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.show-area", "s", "medication");
        else if (g_str_equal (pages[p], "case"))
          gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.show-case", "u", 12);
        else if (g_str_equal (pages[p], "case-no-handout"))
          gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.show-case", "u", 6);
        else if (g_str_equal (pages[p], "language"))
          gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.choose-language", NULL);
        else if (g_str_equal (pages[p], "unlock"))
          g_assert_true (mdg_kiosk_window_begin_unlock (fixture->window));
        spin (300);

        collect_widgets (GTK_WIDGET (fixture->window), widgets);
        for (guint i = 0; i < widgets->len; i++)
          {
            GtkWidget *widget = g_ptr_array_index (widgets, i);
            GtkAccessibleRole role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));
            g_autofree char *empty = NULL;

            if (!gtk_widget_is_drawable (widget))
              continue;

            if (GTK_IS_BUTTON (widget) || role == GTK_ACCESSIBLE_ROLE_BUTTON)
              {
                n_buttons++;
                g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget),
                                                                 GTK_ACCESSIBLE_PROPERTY_LABEL));
                empty = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                            GTK_ACCESSIBLE_PROPERTY_LABEL, "");
                if (empty == NULL)
                  g_error ("%s on page %s (%s) has an empty accessible label",
                           G_OBJECT_TYPE_NAME (widget), pages[p], languages[l]);
                if (gtk_widget_get_width (widget) < 48 || gtk_widget_get_height (widget) < 48)
                  g_error ("%s on page %s (%s) is only %d×%d px",
                           G_OBJECT_TYPE_NAME (widget), pages[p], languages[l],
                           gtk_widget_get_width (widget), gtk_widget_get_height (widget));
              }

            if ((GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0') ||
                MDG_IS_RUBY_LABEL (widget))
              {
                const PangoFontDescription *font =
                  pango_context_get_font_description (gtk_widget_get_pango_context (widget));
                double px = pango_font_description_get_size (font) / (double) PANGO_SCALE;

                if (!pango_font_description_get_size_is_absolute (font))
                  px = px * 96.0 / 72.0;
                if (px < 19.5)
                  g_error ("“%s” on page %s (%s) is set in %.1f px",
                           GTK_IS_LABEL (widget) ? gtk_label_get_text (GTK_LABEL (widget))
                                                 : mdg_ruby_label_get_text (MDG_RUBY_LABEL (widget)),
                           pages[p], languages[l], px);
              }
          }
        g_assert_cmpuint (n_buttons, >, 0);
      }
}

/* The controls that show no text: the PIN pad's delete key (an icon) and
 * the unlock corner (nothing at all) are buttons named in the patient's
 * language, and no other button is icon-only without a name. */
static void
test_accessible_icon_only (Fixture       *fixture,
                           gconstpointer  data)
{
  static const char *languages[] = { "ja", "en", "vi", NULL };

  set_pin (fixture, "2468");

  for (guint l = 0; languages[l] != NULL; l++)
    {
      const char *lang = languages[l];
      g_autoptr(GPtrArray) widgets = g_ptr_array_new ();
      GtkWidget *corner = mdg_kiosk_window_get_unlock_corner (fixture->window);
      GtkWidget *delete_key;
      guint n_icon_only = 0;

      mdg_kiosk_window_reset (fixture->window);
      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.language", "s", lang);
      spin (100);
      gtk_test_accessible_assert_role (corner, GTK_ACCESSIBLE_ROLE_BUTTON);
      gtk_test_accessible_assert_property (corner, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           kiosk_text (lang, "Staff only: press and hold for 3 seconds to unlock"));

      g_assert_true (mdg_kiosk_window_begin_unlock (fixture->window));
      spin (300);
      delete_key = find_button_by_label (fixture, kiosk_text (lang, "Delete the last digit"));
      g_assert_nonnull (delete_key);
      g_assert_true (GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (delete_key))));
      gtk_test_accessible_assert_role (delete_key, GTK_ACCESSIBLE_ROLE_BUTTON);
      if (!g_str_equal (lang, "en"))
        g_assert_cmpstr (kiosk_text (lang, "Delete the last digit"), !=, "Delete the last digit");

      collect_widgets (GTK_WIDGET (fixture->window), widgets);
      for (guint i = 0; i < widgets->len; i++)
        {
          GtkWidget *widget = g_ptr_array_index (widgets, i);

          if (!GTK_IS_BUTTON (widget) || !GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (widget))))
            continue;
          n_icon_only++;
          g_assert_true (icon_button_is_named (widget));
        }
      g_assert_cmpuint (n_icon_only, >=, 1);
    }
}

static void
test_unlock (Fixture       *fixture,
             gconstpointer  data)
{
  GtkApplication *app = GTK_APPLICATION (fixture->app);
  guint cookie;

  /* With no PIN set, nothing opens: the kiosk ends only from outside. */
  g_assert_false (mdg_kiosk_window_begin_unlock (fixture->window));
  g_assert_cmpstr (mdg_kiosk_window_get_page (fixture->window), ==, "start");

  set_pin (fixture, "2468");
  g_assert_true (mdg_kiosk_window_begin_unlock (fixture->window));
  g_assert_cmpstr (mdg_kiosk_window_get_page (fixture->window), ==, "unlock");

  /* Wrong PINs keep it locked; three in a row lock the pad out for a while,
   * then even the right PIN is refused. */
  g_assert_false (mdg_kiosk_window_submit_pin (fixture->window, "1111"));
  g_assert_false (mdg_kiosk_window_submit_pin (fixture->window, "2222"));
  g_assert_false (mdg_kiosk_window_submit_pin (fixture->window, ""));
  g_assert_false (mdg_kiosk_window_submit_pin (fixture->window, "3333"));
  g_assert_false (mdg_kiosk_window_submit_pin (fixture->window, "2468"));
  spin (50);
  assert_kiosk_intact (fixture);
  g_assert_cmpstr (mdg_kiosk_window_get_page (fixture->window), ==, "unlock");

  /* Cancel goes back; a new window has no lockout, and the right PIN ends
   * it: the window goes and the session may sleep again. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.unlock-cancel", NULL);
  g_assert_cmpstr (mdg_kiosk_window_get_page (fixture->window), ==, "start");
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  spin (50);
  g_assert_null (fixture->window);

  fixture->window = MDG_KIOSK_WINDOW (mdg_kiosk_window_new (app, mdg_application_get_kb (fixture->app)));
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  spin_until (covers_monitor (fixture->window), 5000);
  cookie = mdg_kiosk_window_get_inhibit_cookie (fixture->window);
  g_assert_true (mdg_kiosk_window_begin_unlock (fixture->window));
  g_assert_true (mdg_kiosk_window_submit_pin (fixture->window, "2468"));
  spin (100);
  g_assert_null (fixture->window);
  g_assert_cmpuint (count_toplevels (), ==, 0);

  if (cookie != 0)
    {
      spin_until (sm.n_uninhibit > 0, 2000);
      g_assert_cmpuint (sm.uninhibited_cookie, ==, cookie);
    }
}

static void
test_inhibit (Fixture       *fixture,
              gconstpointer  data)
{
  if (!sm.available)
    {
      g_test_skip ("no session bus: run under dbus-run-session to see the inhibitor");
      return;
    }

  g_assert_cmpuint (sm.n_inhibit, ==, 1);
  g_assert_cmpuint (sm.inhibited_flags, ==, GTK_APPLICATION_INHIBIT_IDLE | GTK_APPLICATION_INHIBIT_SUSPEND);
  g_assert_cmpuint (mdg_kiosk_window_get_inhibit_cookie (fixture->window), ==, sm.inhibited_cookie);
  g_assert_cmpuint (sm.n_uninhibit, ==, 0);
}


/* A real click of the X pointer (xdotool) in the middle of @widget, as a
 * finger on a touch screen without a keyboard would make it. */
static void
pointer_click (Fixture   *fixture,
               GtkWidget *widget)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *x = NULL, *y = NULL;
  graphene_rect_t bounds;
  int status = 0;
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (fixture->window));

  g_assert_nonnull (widget);
  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (fixture->window), &bounds));
  /* The window covers the screen from 0,0: its points are the screen's. */
  x = g_strdup_printf ("%d", (int) ((bounds.origin.x + bounds.size.width / 2) * scale));
  y = g_strdup_printf ("%d", (int) ((bounds.origin.y + bounds.size.height / 2) * scale));
  g_assert_true (g_spawn_sync (NULL, (char *[]) { (char *) "xdotool", (char *) "mousemove", x, y,
                                                  (char *) "click", (char *) "1", NULL },
                               NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  spin (300);
}

static GtkWidget *
first_drawable_with_class (Fixture    *fixture,
                           const char *css_class)
{
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();

  collect_widgets (GTK_WIDGET (fixture->window), widgets);
  for (guint i = 0; i < widgets->len; i++)
    if (gtk_widget_is_drawable (g_ptr_array_index (widgets, i)) &&
        gtk_widget_has_css_class (g_ptr_array_index (widgets, i), css_class))
      return g_ptr_array_index (widgets, i);
  return NULL;
}

/* A screen with no keyboard: pointer clicks alone choose a language, open
 * the keypad, type an error code's digits, search and read the case; then
 * "Start over" with a click. Nothing is activated from inside. */
static void
test_touch_keypad (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  MdgCase *kase;

  if (xdotool == NULL)
    {
      g_test_skip ("xdotool is not installed");
      return;
    }

  pointer_click (fixture, find_button_by_label (fixture, "English"));
  g_assert_cmpstr (mdg_kiosk_window_get_language (fixture->window), ==, "en");

  pointer_click (fixture, find_button_by_label (fixture, kiosk_text ("en", "Enter the error code")));
  g_assert_cmpstr (mdg_kiosk_window_get_page (fixture->window), ==, "code");
  pointer_click (fixture, find_button_by_label (fixture, "0"));
  pointer_click (fixture, find_button_by_label (fixture, "1"));
  pointer_click (fixture, find_button_by_label (fixture, "1"));
  /* A wrong digit, taken back. */
  pointer_click (fixture, find_button_by_label (fixture, kiosk_text ("en", "Delete the last digit")));
  pointer_click (fixture, find_button_by_label (fixture, "0"));
  pointer_click (fixture, find_button_by_label (fixture, kiosk_text ("en", "Search")));
  g_assert_cmpstr (mdg_kiosk_window_get_page (fixture->window), ==, "cases");
  g_assert_cmpstr (mdg_kiosk_window_get_query (fixture->window), ==, "010");

  pointer_click (fixture, first_drawable_with_class (fixture, "kiosk-case"));
  g_assert_cmpstr (mdg_kiosk_window_get_page (fixture->window), ==, "case");
  kase = mdg_kiosk_window_get_case (fixture->window);
  g_assert_nonnull (kase);
  g_assert_cmpstr (kase->error_code, ==, "010");

  pointer_click (fixture, find_button_by_label (fixture, kiosk_text ("en", "Start over")));
  g_assert_cmpstr (mdg_kiosk_window_get_page (fixture->window), ==, "start");
  g_assert_null (mdg_kiosk_window_get_case (fixture->window));
  assert_kiosk_intact (fixture);
}


static gboolean
has_drawable_popover (GtkWidget *root)
{
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();

  collect_widgets (root, widgets);
  for (guint i = 0; i < widgets->len; i++)
    if (GTK_IS_POPOVER (g_ptr_array_index (widgets, i)) &&
        gtk_widget_get_visible (g_ptr_array_index (widgets, i)))
      return TRUE;
  return FALSE;
}

static void
xdotool_click (GtkWidget  *widget,
               GtkWidget  *window,
               const char *button)
{
  g_autofree char *x = NULL, *y = NULL;
  graphene_rect_t bounds;
  int status = 0;

  g_assert_true (gtk_widget_compute_bounds (widget, window, &bounds));
  x = g_strdup_printf ("%d", (int) (bounds.origin.x + bounds.size.width / 2));
  y = g_strdup_printf ("%d", (int) (bounds.origin.y + bounds.size.height / 2));
  g_assert_true (g_spawn_sync (NULL, (char *[]) { (char *) "xdotool", (char *) "mousemove", x, y,
                                                  (char *) "click", (char *) button, NULL },
                               NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, NULL));
  spin (400);
}

/* The search field: a right click opens no menu (Cut, Copy, Paste, Insert
 * Emoji), a middle click pastes nothing, and the emoji chooser (which would
 * save the emoji for the next patient) cannot be opened. */
static void
test_entry_locked (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkEditable *entry = mdg_kiosk_window_get_search_entry (fixture->window);
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *text = gtk_widget_get_first_child (GTK_WIDGET (entry));
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");

  if (xdotool == NULL)
    {
      g_test_skip ("xdotool is not installed");
      return;
    }
  while (text != NULL && !GTK_IS_TEXT (text))
    text = gtk_widget_get_next_sibling (text);
  g_assert_nonnull (text);

  /* What a last patient could have selected. */
  gdk_clipboard_set_text (gdk_display_get_primary_clipboard (gtk_widget_get_display (window)),
                          "last patient's words");
  gdk_clipboard_set_text (gdk_display_get_clipboard (gtk_widget_get_display (window)),
                          "last patient's words");

  xdotool_click (GTK_WIDGET (entry), window, "3");
  g_assert_false (has_drawable_popover (window));
  xdotool_click (GTK_WIDGET (entry), window, "2");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  g_assert_false (has_drawable_popover (window));

  /* The actions behind the menu and Ctrl+. do nothing either. */
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  gtk_widget_activate_action (text, "misc.insert-emoji", NULL);
  spin (200);
  g_assert_false (has_drawable_popover (window));
  gtk_widget_activate_action (text, "menu.popup", NULL);
  spin (200);
  g_assert_false (has_drawable_popover (window));
  gtk_widget_activate_action (text, "clipboard.paste", NULL);
  spin (300);
  g_assert_false (has_drawable_popover (window));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  assert_kiosk_intact (fixture);
}


/* ------------------------------------------------------------------------ */
/* Weeks without a restart (a benchmark: MDG_KIOSK_SOAK=1, see meson.build)  */
/* ------------------------------------------------------------------------ */

#ifndef MDG_SOAK_TOUCHES
#define MDG_SOAK_TOUCHES 10000
#endif

static gsize
resident_kb (void)
{
  g_autofree char *statm = NULL;
  unsigned long size = 0, resident = 0;

  if (!g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL) ||
      sscanf (statm, "%lu %lu", &size, &resident) != 2)
    return 0;
  return resident * (gsize) sysconf (_SC_PAGESIZE) / 1024;
}

/* 10,000 random touches on whatever button the page shows (languages,
 * areas, cases, the keypad, Print, Back, Start over…) and 1,000 idle
 * resets among them, as a waiting room does for weeks; the resident memory
 * every 1,000 actions. After the first 1,000 it may grow by 5 MB at most. */
static void
test_soak (Fixture       *fixture,
           gconstpointer  data)
{
  const guint n_touches = MDG_SOAK_TOUCHES, n_resets = MDG_SOAK_TOUCHES / 10, n_actions = n_touches + n_resets;
  g_autoptr(GRand) rand = g_rand_new_with_seed (16);
  gsize first = 0, last = 0;
  guint resets = 0;

  g_settings_set_boolean (fixture->settings, "kiosk-allow-printing", TRUE);
  for (guint i = 1; i <= n_actions; i++)
    {
      /* Resets spread evenly among the touches. */
      if (resets < n_resets && g_rand_int_range (rand, 0, n_actions - i + 1) < (gint32) (n_resets - resets))
        {
          mdg_kiosk_window_reset (fixture->window);
          resets++;
        }
      else
        {
          g_autoptr(GPtrArray) widgets = g_ptr_array_new ();
          g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

          collect_widgets (GTK_WIDGET (fixture->window), widgets);
          for (guint w = 0; w < widgets->len; w++)
            {
              GtkWidget *widget = g_ptr_array_index (widgets, w);

              if (GTK_IS_BUTTON (widget) && gtk_widget_is_drawable (widget) &&
                  gtk_widget_is_sensitive (widget))
                g_ptr_array_add (buttons, widget);
            }
          if (buttons->len > 0)
            g_signal_emit_by_name (g_ptr_array_index (buttons, g_rand_int_range (rand, 0, buttons->len)),
                                   "clicked");
        }
      /* A frame: the page is laid out and drawn, as on screen. */
      spin (2);

      if (i % 1000 == 0)
        {
          last = resident_kb ();
          if (i == 1000)
            first = last;
          g_print ("# after %5u actions (%u resets): %zu kB resident\n", i, resets, last);
        }
    }
  g_print ("# growth after the first 1000 actions: %+ld kB\n", (long) last - (long) first);
  g_assert_cmpint ((long) last - (long) first, <=, 5 * 1024);
  assert_kiosk_intact (fixture);
}


/* The text of the PIN pad's message, whatever it says. */
static char *
pin_message_text (Fixture *fixture)
{
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();

  collect_widgets (GTK_WIDGET (fixture->window), widgets);
  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);

      if (GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
          gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) == GTK_ACCESSIBLE_ROLE_STATUS)
        return g_strdup (gtk_label_get_text (GTK_LABEL (widget)));
    }
  return g_strdup ("");
}

/* The lock-out message names the clock time the pad takes PINs again: one
 * minute after three wrong PINs, two after six (it said "a minute" always,
 * while the wait grows to 15 minutes). The minute is rounded up. */
static void
test_unlock_lockout_time (Fixture       *fixture,
                          gconstpointer  data)
{
  set_pin (fixture, "2468");
  g_assert_true (mdg_kiosk_window_begin_unlock (fixture->window));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.language", "s", "en");

  for (guint round = 1; round <= 2; round++)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) end = g_date_time_add_seconds (now, round * 60.0);
      g_autoptr(GDateTime) next = g_date_time_add_seconds (end, 60.0);
      g_autofree char *end_text = g_date_time_format (end, "%H:%M");
      g_autofree char *next_text = g_date_time_format (next, "%H:%M");
      g_autofree char *message = NULL;

      g_assert_false (mdg_kiosk_window_submit_pin (fixture->window, "1111"));
      g_assert_false (mdg_kiosk_window_submit_pin (fixture->window, "2222"));
      g_assert_false (mdg_kiosk_window_submit_pin (fixture->window, "3333"));
      message = pin_message_text (fixture);
      if (strstr (message, end_text) == NULL && strstr (message, next_text) == NULL)
        g_error ("after %u wrong PINs, “%s” names neither %s nor %s", round * 3, message,
                 end_text, next_text);

      /* Waited out (the test does not wait the minutes). */
      mdg_kiosk_window_end_lockout (fixture->window);
    }
  assert_kiosk_intact (fixture);
}

static void
test_pin_check (void)
{
  g_autofree char *hash = mdg_kiosk_pin_hash ("s4lt", "2468");
  g_autofree char *colon_salt = mdg_kiosk_pin_hash ("a:b", "13579");
  g_autofree char *upper = NULL;

  /* The README's recipe: printf '%s' 's4lt2468' | sha256sum */
  g_assert_cmpstr (hash, ==, "s4lt:c1011a0e75103ad0341c44850e57e17f5d07f4263105e93cdf226e21fea04e6d");
  g_assert_true (mdg_kiosk_pin_is_set (hash));
  g_assert_true (mdg_kiosk_pin_check (hash, "2468"));
  g_assert_false (mdg_kiosk_pin_check (hash, "2469"));
  g_assert_false (mdg_kiosk_pin_check (hash, "246"));
  g_assert_false (mdg_kiosk_pin_check (hash, ""));
  g_assert_false (mdg_kiosk_pin_check (hash, NULL));

  /* The digest may be written in capitals; the salt may hold a colon. */
  upper = g_strconcat ("s4lt:", hash + 5, NULL);
  for (char *p = upper + 5; *p != '\0'; p++)
    *p = g_ascii_toupper (*p);
  g_assert_true (mdg_kiosk_pin_check (upper, "2468"));
  g_assert_true (mdg_kiosk_pin_check (colon_salt, "13579"));

  /* Empty or malformed: nothing unlocks. */
  g_assert_false (mdg_kiosk_pin_is_set (""));
  g_assert_false (mdg_kiosk_pin_is_set (NULL));
  g_assert_false (mdg_kiosk_pin_is_set ("2468"));
  g_assert_false (mdg_kiosk_pin_is_set ("salt:1234"));
  g_assert_false (mdg_kiosk_pin_check ("", ""));
  g_assert_false (mdg_kiosk_pin_check ("salt:xyz", "xyz"));
}

/* In やさしい にほんご the case screen draws ruby: each text is a ruby label
 * whose accessible name is the text as read (the bases, no markup) and whose
 * description is the text as spoken (the readings). */
static void
test_easy_ruby (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MdgKb) kb = mdg_kb_new_default (&error);
  MdgCase *kase = mdg_kb_get_case (kb, 1);
  const char *expected[] = {
    mdg_text_get (kase->handout->situation, "ja-x-easy"),
    mdg_text_get (g_ptr_array_index (kase->handout->steps, 0), "ja-x-easy"),
    mdg_text_get (kase->handout->clinic, "ja-x-easy"),
  };
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();
  guint found = 0;

  g_assert_no_error (error);
  mdg_kiosk_window_reset (fixture->window);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.language", "s", "ja-x-easy");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.show-case", "u", 1);
  spin (300);

  collect_widgets (GTK_WIDGET (fixture->window), widgets);
  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);

      if (!MDG_IS_RUBY_LABEL (widget) || !gtk_widget_is_drawable (widget))
        continue;
      for (guint j = 0; j < G_N_ELEMENTS (expected); j++)
        if (g_str_equal (mdg_ruby_label_get_text (MDG_RUBY_LABEL (widget)), expected[j]))
          {
            const MdgText *texts[] = { kase->handout->situation,
                                       g_ptr_array_index (kase->handout->steps, 0),
                                       kase->handout->clinic };
            g_autofree char *spoken = mdg_ruby_reading (mdg_text_get_marked (texts[j], "ja-x-easy"));

            gtk_test_accessible_assert_role (widget, GTK_ACCESSIBLE_ROLE_LABEL);
            gtk_test_accessible_assert_property (widget, GTK_ACCESSIBLE_PROPERTY_LABEL, expected[j]);
            gtk_test_accessible_assert_property (widget, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, spoken);
            g_assert_null (strpbrk (expected[j], "{|}"));
            g_assert_cmpint (gtk_widget_get_height (widget), >, 0);
            found |= 1u << j;
          }
    }
  g_assert_cmpuint (found, ==, 7);
}

int
main (int   argc,
      char *argv[])
{
  gboolean have_sm;

  if (g_getenv ("DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no X display (run through tests/kiosk-x11.sh)\n");
      return 77;
    }

  /* Before GTK connects to the bus: GTK asks the session manager to inhibit,
   * and without one on a session bus it would warn. */
  have_sm = start_session_manager ();

  gtk_test_init (&argc, &argv, NULL);
  if (!have_sm && g_getenv ("DBUS_SESSION_BUS_ADDRESS") != NULL &&
      strstr (g_getenv ("DBUS_SESSION_BUS_ADDRESS"), "/nonexistent") == NULL)
    g_error ("Could not play the session manager on this session bus");

  g_test_add_func ("/kiosk/pin/check", test_pin_check);

#define ADD(name, func) KIOSK_ADD (name, func)
  ADD ("fullscreen", test_fullscreen);
  ADD ("inhibit", test_inhibit);
  ADD ("lockdown/application", test_app_locked);
  ADD ("lockdown/actions", test_actions_fail);
  ADD ("lockdown/close", test_close_refused);
  ADD ("lockdown/fullscreen", test_fullscreen_kept);
  ADD ("lockdown/inspector", test_inspector_refused);
  ADD ("lockdown/no-way-out", test_no_way_out);
  ADD ("printing/setting", test_printing_setting);
  ADD ("printing/no-printer", test_real_print_no_printer);
  ADD ("idle-reset", test_idle_reset);
  ADD ("focus/list", test_list_focus);
  ADD ("language", test_language_change);
  ADD ("accessible", test_accessible);
  ADD ("accessible/icon-only", test_accessible_icon_only);
  ADD ("easy-ruby", test_easy_ruby);
  ADD ("unlock", test_unlock);
  g_test_add ("/kiosk/added-case", Fixture, MDG_FIXTURES_DIR "/added-case.json",
              fixture_set_up, test_added_case, fixture_tear_down);
  ADD ("unlock/lockout-time", test_unlock_lockout_time);
  ADD ("touch/keypad", test_touch_keypad);
  kiosk_printing_add_tests ();
  ADD ("lockdown/entry", test_entry_locked);
  kiosk_layout_add_tests ();
  if (g_getenv ("MDG_KIOSK_SOAK") != NULL)
    ADD ("soak", test_soak);
#undef ADD

  return g_test_run ();
}
