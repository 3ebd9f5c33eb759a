/* bare-window.c — the reference for tests/bench-startup.c: an empty window.
 *
 * An AdwApplication with the same flags as Madoguchi opening an
 * AdwApplicationWindow of the staff window's default size, with a header
 * bar and nothing else: the staff window with nothing in it. Its title is
 * the staff window's, translated from Madoguchi's catalogue the same way
 * (窓口 under LANGUAGE=ja), so the header loads the same font. It carries
 * the same first-frame hook as the staff window (src/mdg-first-frame.c), so
 * the benchmark times both programs the same way.
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "mdg-first-frame.h"
#include "mdg-i18n.h"

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

  g_signal_connect_after (window, "map", G_CALLBACK (mdg_first_frame_hook), NULL);
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
