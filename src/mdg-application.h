/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-application.h — the staff application: one knowledge base, shared by its windows. */
#pragma once

#include <adwaita.h>

#include "mdg-kb.h"
#include "mdg-search.h"

G_BEGIN_DECLS

#define MDG_TYPE_APPLICATION (mdg_application_get_type ())
G_DECLARE_FINAL_TYPE (MdgApplication, mdg_application, MDG, APPLICATION, AdwApplication)

/* @kb_path: a knowledge-base file to use instead of the bundled one, or NULL. */
MdgApplication *mdg_application_new                  (const char     *kb_path);

/* "ja" when the UI speaks Japanese, else "en": the language of the cases shown. */
const char     *mdg_application_get_content_language (MdgApplication *self);

/* The knowledge base, loaded on first use. When the file given to
 * mdg_application_new() could not be loaded this is the bundled one and
 * mdg_application_get_kb_error() says why; NULL only if even that failed. */
MdgKb          *mdg_application_get_kb               (MdgApplication *self);
const GError   *mdg_application_get_kb_error         (MdgApplication *self);

/* The search index, built on first call (it normalises every text once). */
MdgSearch      *mdg_application_get_search           (MdgApplication *self);
gboolean        mdg_application_has_search           (MdgApplication *self);

/* The application's settings, or NULL when the schema is not installed
 * (an uninstalled build run without GSETTINGS_SCHEMA_DIR): then every
 * setting keeps its default. */
GSettings      *mdg_application_get_settings         (MdgApplication *self);

/* Start as the waiting-room kiosk instead of the staff window. */
void            mdg_application_set_kiosk            (MdgApplication *self,
                                                      gboolean        kiosk);
gboolean        mdg_application_get_kiosk            (MdgApplication *self);

G_END_DECLS
