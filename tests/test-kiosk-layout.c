/* test-kiosk-layout.c — the kiosk on the screen it hangs on: part of the
 * test-kiosk program, run at each screen size (tests/meson.build).
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <gtk/gtk.h>

#include "mdg-ruby-label.h"
#include "test-util.h"
#include "kiosk-fixture.h"

/* ------------------------------------------------------------------------ */
/* The screen the kiosk hangs on (run at each size: tests/meson.build)       */
/* ------------------------------------------------------------------------ */

static gboolean
rect_inside (const graphene_rect_t *inner,
             const graphene_rect_t *outer)
{
  /* Half a pixel for rounding in the layout. */
  return inner->origin.x >= outer->origin.x - 0.5 &&
         inner->origin.y >= outer->origin.y - 0.5 &&
         inner->origin.x + inner->size.width <= outer->origin.x + outer->size.width + 0.5 &&
         inner->origin.y + inner->size.height <= outer->origin.y + outer->size.height + 0.5;
}

static char *
describe (GtkWidget *widget)
{
  GtkWidget *label = widget;

  if (!GTK_IS_LABEL (label))
    for (label = widget; label != NULL && !GTK_IS_LABEL (label); )
      label = gtk_widget_get_first_child (label) != NULL ? gtk_widget_get_first_child (label)
                                                          : NULL;
  return g_strdup_printf ("%s “%s”", G_OBJECT_TYPE_NAME (widget),
                          label != NULL && GTK_IS_LABEL (label) ? gtk_label_get_text (GTK_LABEL (label)) : "");
}

/* What a patient sees of the page now: the window is the screen; each button
 * fits the visible area once scrolled to (never sideways) and is a touch
 * target of 56 px at least; no text is ellipsised or cut (each label gets
 * its natural width, or wraps into the height it was given, inside its
 * button). Returns the number of problems, printed as it finds them. */
static guint
check_page_fits (Fixture    *fixture,
                 const char *what)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  GdkMonitor *monitor = gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface), surface);
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();
  graphene_rect_t screen;
  GdkRectangle geometry;
  guint problems = 0;

  gdk_monitor_get_geometry (monitor, &geometry);
  if (gtk_widget_get_width (window) != geometry.width ||
      gtk_widget_get_height (window) != geometry.height)
    {
      g_printerr ("%s: the window is %d×%d on a %d×%d screen\n", what,
                  gtk_widget_get_width (window), gtk_widget_get_height (window),
                  geometry.width, geometry.height);
      problems++;
    }
  graphene_rect_init (&screen, 0, 0, geometry.width, geometry.height);

  collect_widgets (window, widgets);
  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);
      GtkWidget *scroll = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
      graphene_rect_t bounds, visible;
      g_autofree char *name = NULL;

      if (!gtk_widget_is_drawable (widget) || gtk_widget_get_width (widget) == 0)
        continue;
      if (!gtk_widget_compute_bounds (widget, window, &bounds))
        continue;

      /* The visible area: the scrolled window's, scrolled so that the widget's
       * top is at its top (or the whole window outside any). */
      if (scroll != NULL && gtk_widget_compute_bounds (scroll, window, &visible))
        {
          bounds.origin.y = visible.origin.y;
          graphene_rect_intersection (&visible, &screen, &visible);
        }
      else
        visible = screen;

      if (GTK_IS_BUTTON (widget))
        {
          if (!rect_inside (&bounds, &visible))
            {
              name = describe (widget);
              g_printerr ("%s: %s (%g×%g) does not fit the visible %g×%g\n", what, name,
                          bounds.size.width, bounds.size.height, visible.size.width, visible.size.height);
              problems++;
            }
          if (bounds.size.height < 56 || bounds.size.width < 56)
            {
              g_clear_pointer (&name, g_free);
              name = describe (widget);
              g_printerr ("%s: %s is %g×%g, smaller than a 56 px touch target\n", what, name,
                          bounds.size.width, bounds.size.height);
              problems++;
            }
        }
      else if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
        {
          GtkLabel *label = GTK_LABEL (widget);
          GtkWidget *button = gtk_widget_get_ancestor (widget, GTK_TYPE_BUTTON);
          int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
          int min_width, min_height;
          graphene_rect_t outer;

          GtkStyleContext *style = gtk_widget_get_style_context (widget);
          GtkBorder margin, border, padding;
          int extra_width, extra_height;

          /* measure() counts the CSS box; get_width() is the content alone. */
          G_GNUC_BEGIN_IGNORE_DEPRECATIONS
          gtk_style_context_get_margin (style, &margin);
          gtk_style_context_get_border (style, &border);
          gtk_style_context_get_padding (style, &padding);
          G_GNUC_END_IGNORE_DEPRECATIONS
          extra_width = margin.left + margin.right + border.left + border.right + padding.left + padding.right +
                        gtk_widget_get_margin_start (widget) + gtk_widget_get_margin_end (widget);
          extra_height = margin.top + margin.bottom + border.top + border.bottom + padding.top + padding.bottom +
                         gtk_widget_get_margin_top (widget) + gtk_widget_get_margin_bottom (widget);
          gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
          gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width + extra_width, &min_height, NULL, NULL, NULL);
          min_width -= extra_width;
          min_height -= extra_height;
          if (pango_layout_is_ellipsized (gtk_label_get_layout (label)) ||
              min_width > width || min_height > height)
            {
              g_printerr ("%s: the text “%s” is cut: %d×%d for a %d×%d label%s\n", what,
                          gtk_label_get_text (label), width, height, min_width, min_height,
                          pango_layout_is_ellipsized (gtk_label_get_layout (label)) ? ", ellipsised" : "");
              problems++;
            }
          if (button != NULL && gtk_widget_compute_bounds (button, window, &outer))
            {
              graphene_rect_t inner;

              if (!gtk_widget_compute_bounds (widget, window, &inner))
                continue;
              if (!rect_inside (&inner, &outer))
                {
                  g_printerr ("%s: the text “%s” reaches outside its button\n", what,
                              gtk_label_get_text (label));
                  problems++;
                }
            }
          if (bounds.origin.x < visible.origin.x - 0.5 ||
              bounds.origin.x + bounds.size.width > visible.origin.x + visible.size.width + 0.5)
            {
              g_printerr ("%s: the text “%s” reaches past the side of the screen\n", what,
                          gtk_label_get_text (label));
              problems++;
            }
        }
    }

  return problems;
}

static void
count_frame (guint *n_frames)
{
  (*n_frames)++;
}

static gboolean
transition_running (GtkWidget *window)
{
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();

  collect_widgets (window, widgets);
  for (guint i = 0; i < widgets->len; i++)
    if (GTK_IS_STACK (widgets->pdata[i]) &&
        gtk_stack_get_transition_running (GTK_STACK (widgets->pdata[i])))
      return TRUE;
  return FALSE;
}

/* Waits for the page just shown to be laid out as a patient sees it: the
 * cross-fade (if any) over, then two frames drawn (each lays out before it
 * draws; a label that wraps may ask for a second). */
static void
settle (Fixture *fixture)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  guint n_frames = 0;
  gulong handler = g_signal_connect_swapped (clock, "after-paint", G_CALLBACK (count_frame),
                                             &n_frames);
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < end)
    {
      if (transition_running (window))
        n_frames = 0;
      else if (n_frames >= 2)
        break;
      else
        gtk_widget_queue_draw (window);
      spin (2);
    }
  g_signal_handler_disconnect (clock, handler);
  g_assert_cmpuint (n_frames, >=, 2);
}

static void
test_layout (Fixture       *fixture,
             gconstpointer  data)
{
  static const char *languages[] = { "ja", "ja-x-easy", "en", "zh-Hans", "vi", "ko", "fil", "ne", "id", "pt-BR", "my", NULL };
  MdgKb *kb = mdg_application_get_kb (fixture->app);
  GPtrArray *areas = mdg_kb_get_areas (kb);
  GtkWidget *window = GTK_WIDGET (fixture->window);
  guint problems = 0;

  /* What is checked is each page as it ends up, which is the same without the
   * pages' cross-fade (compared widget by widget at every screen size): the
   * fades cost two thirds of the test's time and CPU. */
  {
    g_autoptr(GPtrArray) widgets = g_ptr_array_new ();

    collect_widgets (window, widgets);
    for (guint i = 0; i < widgets->len; i++)
      if (GTK_IS_STACK (widgets->pdata[i]))
        gtk_stack_set_transition_duration (widgets->pdata[i], 0);
  }
  set_pin (fixture, "2468");
  g_settings_set_boolean (fixture->settings, "kiosk-allow-printing", TRUE);
  g_settings_set_string (fixture->settings, "clinic-name", "医療法人社団 さくら会 さくら内科・小児科クリニック");

  for (guint l = 0; languages[l] != NULL; l++)
    {
      g_autofree char *where = NULL;

      gtk_widget_activate_action (window, "kiosk.home", NULL);
      gtk_widget_activate_action (window, "kiosk.language", "s", languages[l]);
      settle (fixture);
      where = g_strdup_printf ("%s, start", languages[l]);
      problems += check_page_fits (fixture, where);

      gtk_widget_activate_action (window, "kiosk.show-keypad", NULL);
      settle (fixture);
      g_free (where);
      where = g_strdup_printf ("%s, keypad", languages[l]);
      problems += check_page_fits (fixture, where);

      gtk_widget_activate_action (window, "kiosk.choose-language", NULL);
      settle (fixture);
      g_free (where);
      where = g_strdup_printf ("%s, languages", languages[l]);
      problems += check_page_fits (fixture, where);

      for (guint a = 0; areas != NULL && a < areas->len; a++)
        {
          const MdgArea *area = g_ptr_array_index (areas, a);

          gtk_widget_activate_action (window, "kiosk.home", NULL);
          gtk_widget_activate_action (window, "kiosk.show-area", "s", area->id);
          settle (fixture);
          g_free (where);
          where = g_strdup_printf ("%s, area %s", languages[l], area->id);
          problems += check_page_fits (fixture, where);
        }

      gtk_widget_activate_action (window, "kiosk.show-case", "u", 1);
      settle (fixture);
      g_free (where);
      where = g_strdup_printf ("%s, case 1", languages[l]);
      problems += check_page_fits (fixture, where);

      mdg_kiosk_window_begin_unlock (fixture->window);
      settle (fixture);
      g_free (where);
      where = g_strdup_printf ("%s, PIN pad", languages[l]);
      problems += check_page_fits (fixture, where);
      gtk_widget_activate_action (window, "kiosk.unlock-cancel", NULL);
    }

  g_settings_reset (fixture->settings, "clinic-name");
  g_assert_cmpuint (problems, ==, 0);
}

/* Fits a 1366×768 screen, the commonest cheap monitor, with no scrolling:
 * every area and the search are on the first screen (skipped elsewhere). */
static void
test_layout_start_fits (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *widget;
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();

  if (gtk_widget_get_width (window) != 1366 || gtk_widget_get_height (window) != 768)
    {
      g_test_skip ("not a 1366×768 screen");
      return;
    }

  settle (fixture);
  collect_widgets (window, widgets);
  for (guint i = 0; i < widgets->len; i++)
    {
      graphene_rect_t bounds;

      widget = g_ptr_array_index (widgets, i);
      if (!gtk_widget_is_drawable (widget) || !(GTK_IS_BUTTON (widget) || GTK_IS_EDITABLE (widget)))
        continue;
      g_assert_true (gtk_widget_compute_bounds (widget, window, &bounds));
      if (bounds.origin.y + bounds.size.height > 768.5)
        g_error ("%s is below the bottom of the screen (%g)", G_OBJECT_TYPE_NAME (widget),
                 bounds.origin.y + bounds.size.height);
    }
}

void
kiosk_layout_add_tests (void)
{
  KIOSK_ADD ("layout", test_layout);
  KIOSK_ADD ("layout/start-fits", test_layout_start_fits);
}
