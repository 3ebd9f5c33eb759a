/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-util.h — helpers shared by the tests that open windows under Xvfb. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Runs the default main context for @ms milliseconds. */
void  spin           (guint      ms);

/* Appends the text of each visible label under @widget (itself included),
 * one a line, as the label displays it (markup removed). */
void  collect_labels (GtkWidget *widget,
                      GString   *out);

/* collect_labels() into a new string. */
char *labels_of      (gpointer   widget);

/* Appends @widget and every widget under it, depth first. */
void     collect_widgets      (GtkWidget *widget,
                               GPtrArray *out);

/* Whether @widget has a non-empty accessible label of its own. */
gboolean has_accessible_label (GtkWidget *widget);

/* Whether @widget, a button showing only an icon, has a name for a screen
 * reader: its own or (the toggle inside a GtkMenuButton) its parent's, which
 * it must then be labelled by. */
gboolean icon_button_is_named (GtkWidget *widget);

G_END_DECLS
