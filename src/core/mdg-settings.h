/* mdg-settings.h — the application's GSettings, where its schema is installed.
 *
 * GIO only, no GTK: the command line's export, the print dialog, the kiosk and
 * the application all look the settings up the same way.
 */
#pragma once

#include <gio/gio.h>

#include "mdg-layout.h"

G_BEGIN_DECLS

/* The settings of APP_ID, or NULL when the schema is not installed (an
 * uninstalled run without GSETTINGS_SCHEMA_DIR). */
GSettings *mdg_settings_lookup     (void);

/* The clinic-name, clinic-phone and clinic-note settings as an MdgClinic in
 * one block, to free with g_free(). With @settings NULL every field is NULL,
 * and a handout prints lines to fill in by hand. */
MdgClinic *mdg_settings_dup_clinic (GSettings *settings);

G_END_DECLS
