/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-first-frame.h — the startup benchmark's hook (tests/bench-startup.c),
 * shared by the staff window and its empty reference, tests/bare-window.c,
 * so that both programs are timed the same way. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Call when @widget (a window) is mapped. With MADOGUCHI_FIRST_FRAME_FD set,
 * after its first frame is painted this writes one line to that descriptor,
 * "vmhwm-kb=… renderer=… main-cpu-us=… cpu-us=…" (the peak RSS, the renderer,
 * the CPU time so far of this thread and of all threads), and quits the
 * default application. Without it, nothing happens. */
void mdg_first_frame_hook (GtkWidget *widget);

G_END_DECLS
