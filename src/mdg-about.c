/* mdg-about.c — the About window.
 *
 * Filled in code, as GNOME Text Editor does, with the same texts as the
 * metainfo (data/io.github.madoguchi.Madoguchi.metainfo.xml.in): the
 * translatable ones are the same message ids, so one translation in po/
 * serves both. tests/test-about.c holds the two equal, in every language.
 * libadwaita 1.4 could read the metainfo itself
 * (adw_about_window_new_from_appdata); Debian 12 has 1.2.
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "mdg-about.h"

#define HOMEPAGE "https://github.com/madoguchi/Madoguchi"

/* The newest release's notes, as the metainfo's <release> has them: one
 * message per paragraph and list item. */
static char *
release_notes (void)
{
  return g_markup_printf_escaped ("<p>%s</p>\n"
                                  "<ul>\n"
                                  "<li>%s</li>\n"
                                  "<li>%s</li>\n"
                                  "<li>%s</li>\n"
                                  "<li>%s</li>\n"
                                  "</ul>\n",
                                  _("The first release."),
                                  _("Search the cases by words or error code"),
                                  _("Patient handouts in eleven languages"),
                                  _("A reference sheet for the desk"),
                                  _("A waiting-room kiosk that settings can lock down"));
}

GtkWindow *
mdg_about_window_new (GtkWindow *parent)
{
  const char *developers[] = { _("The Madoguchi developers"), NULL };
  g_autofree char *notes = release_notes ();
  AdwAboutWindow *about;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "application-icon", APP_ID,
                        "application-name", _("Madoguchi"),
                        "developer-name", developers[0],
                        "developers", developers,
                        "version", PACKAGE_VERSION,
                        "comments", _("Help for the clinic reception desk when an eligibility check fails"),
                        "website", HOMEPAGE,
                        "issue-url", HOMEPAGE "/issues",
                        "release-notes-version", PACKAGE_VERSION,
                        "release-notes", notes,
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Not in the metainfo: AppStream has no element for it. */
                        "copyright", "© 2026 The Madoguchi developers",
                        /* Translators: put your names here, one per line. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  adw_about_window_add_link (about, _("Source Code"), HOMEPAGE);

  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (about), parent);
      gtk_window_set_modal (GTK_WINDOW (about), TRUE);
      gtk_window_set_destroy_with_parent (GTK_WINDOW (about), TRUE);
    }

  return GTK_WINDOW (about);
}
