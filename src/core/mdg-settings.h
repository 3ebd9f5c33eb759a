/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-settings.h — the application's GSettings, where its schema is installed.
 *
 * GIO only, no GTK: the command line's export, the print dialog, the kiosk and
 * the application all look the settings up the same way.
 */
#pragma once

#include <gio/gio.h>

#include "mdg-document.h"

G_BEGIN_DECLS

/* The settings of APP_ID, or NULL when the schema is not installed (an
 * uninstalled run without GSETTINGS_SCHEMA_DIR). */
GSettings *mdg_settings_lookup     (void);

/* The most characters of each clinic setting a handout prints: a name and a
 * phone number fit on a line, a note in a few lines at the foot of the page. */
#define MDG_CLINIC_NAME_MAX_CHARS  100
#define MDG_CLINIC_PHONE_MAX_CHARS 40
#define MDG_CLINIC_NOTE_MAX_CHARS  500

/* The clinic-name, clinic-phone and clinic-note settings as an MdgClinic in
 * one block, to free with g_free(), each cut to its limit above. With
 * @settings NULL every field is NULL, and a handout prints lines to fill in
 * by hand. */
MdgClinic *mdg_settings_dup_clinic (GSettings *settings);

/* The limit of a clinic-* @key in characters, or 0 for another key. */
guint      mdg_settings_get_max_chars (const char *key);

/* One sentence per clinic setting longer than its limit, saying it is cut,
 * or NULL when none is. */
char      *mdg_settings_describe_cut_clinic (GSettings *settings);

G_END_DECLS
