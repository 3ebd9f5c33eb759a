/* mdg-first-frame.c — the startup benchmark's hook.
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

#include "mdg-first-frame.h"

#define FIRST_FRAME_FD_VAR "MADOGUCHI_FIRST_FRAME_FD"

static void
after_paint_cb (GdkFrameClock *frame_clock,
                GtkWidget     *widget)
{
  g_autofree char *status = NULL;
  g_autofree char *line = NULL;
  const char *hwm = NULL;
  GskRenderer *renderer;
  struct timespec main_cpu, all_cpu;
  int fd = atoi (g_getenv (FIRST_FRAME_FD_VAR));

  g_signal_handlers_disconnect_by_func (frame_clock, after_paint_cb, widget);

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

void
mdg_first_frame_hook (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (g_getenv (FIRST_FRAME_FD_VAR) != NULL)
    g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                      G_CALLBACK (after_paint_cb), widget);
}
