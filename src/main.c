/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mdg-application.h"
#include "mdg-cli.h"
#include "mdg-kiosk-window.h"
#include "mdg-i18n.h"

int
main (int argc, char *argv[])
{
  g_auto(MdgCliOptions) options = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(MdgApplication) app = NULL;
  char *app_argv[] = { argv[0], NULL };

  mdg_i18n_init ();

  if (!mdg_cli_parse (&options, &argc, &argv, &error))
    {
      g_autofree char *message = mdg_cli_for_terminal (error->message);

      g_printerr ("madoguchi: %s\n", message);
      g_printerr (_("Run “madoguchi --help” to see the options.\n"));
      return 2;
    }

  /* Batch requests never touch GTK, so they work with no display. */
  if (mdg_cli_is_batch (&options))
    return mdg_cli_run (&options);

  app = mdg_application_new (options.kb);
  mdg_application_set_kiosk (app, options.kiosk);
  /* Before GTK starts: it reads GTK_DEBUG, which could open the inspector. */
  if (mdg_application_get_kiosk (app))
    mdg_kiosk_prepare_environment ();
  return g_application_run (G_APPLICATION (app), 1, app_argv);
}
