/* bare-window.c — the reference for tests/bench-startup.c: an empty window.
 *
 * An AdwApplication with the same flags as Madoguchi opening an
 * AdwApplicationWindow of the staff window's default size, with a header
 * bar and nothing else: the staff window with nothing in it. Its title is
 * the staff window's, translated from Madoguchi's catalogue the same way
 * (窓口 under LANGUAGE=ja), so the header loads the same font. It carries
 * the same first-frame hook as src/mdg-window.c, so the benchmark times
 * both programs the same way.
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "mdg-i18n.h"

/* The startup benchmark sets MADOGUCHI_FIRST_FRAME_FD: after the first
 * frame is painted, write the peak RSS, the renderer and the CPU time so far
 * (this thread, all threads) there, then quit.
 * Keep this in step with the copy in src/mdg-window.c. */
static void
first_frame_cb (GdkFrameClock *frame_clock,
                GtkWidget     *widget)
{
  g_autofree char *status = NULL;
  g_autofree char *line = NULL;
  const char *hwm = NULL;
  GskRenderer *renderer;
  struct timespec main_cpu, all_cpu;
  int fd = atoi (g_getenv ("MADOGUCHI_FIRST_FRAME_FD"));

  g_signal_handlers_disconnect_by_func (frame_clock, first_frame_cb, widget);

  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    hwm = strstr (status, "VmHWM:");
  renderer = gtk_native_get_renderer (GTK_NATIVE (widget));
  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &main_cpu);
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &all_cpu);
  line = g_strdup_printf ("vmhwm-kb=%ld renderer=%s main-cpu-us=%ld cpu-us=%ld\n",
                          hwm != NULL ? strtol (hwm + strlen ("VmHWM:"), NULL, 10) : -1L,
                          renderer != NULL ? G_OBJECT_TYPE_NAME (renderer) : "none",
                          (long) (main_cpu.tv_sec * 1000000 + main_cpu.tv_nsec / 1000),
                          (long) (all_cpu.tv_sec * 1000000 + all_cpu.tv_nsec / 1000));
  if (write (fd, line, strlen (line)) < 0)
    g_warning ("Could not write the first-frame line: %s", g_strerror (errno));
  close (fd);

  g_application_quit (g_application_get_default ());
}

static void
map_cb (GtkWidget *widget)
{
  if (g_getenv ("MADOGUCHI_FIRST_FRAME_FD") != NULL)
    g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                      G_CALLBACK (first_frame_cb), widget);
}

static void
activate_cb (GApplication *app)
{
  GtkWidget *window;
  GtkWidget *box;

  window = adw_application_window_new (GTK_APPLICATION (app));
  gtk_window_set_title (GTK_WINDOW (window), _("Madoguchi"));
  /* The staff window's default size: a bigger surface costs more to paint. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);

  g_signal_connect_after (window, "map", G_CALLBACK (map_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  /* The locale and the text domain, as madoguchi sets them up. */
  mdg_i18n_init ();

  app = adw_application_new (APP_ID ".BareWindow", G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
