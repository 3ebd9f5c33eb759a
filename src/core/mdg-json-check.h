/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-json-check.h — the strict check of a knowledge base's bytes and JSON syntax,
 * before json-glib sees them, and the quoting its messages and the loader's share. No GTK. */
#pragma once

#include "mdg-kb.h"

G_BEGIN_DECLS

/* The most a knowledge-base file may have. */
#define MDG_JSON_MAX_SIZE (32 * 1024 * 1024)

/* Checks the raw bytes and the JSON syntax of @origin's data; MDG_KB_ERROR on failure.
 * On success @data and @length are moved past a UTF-8 BOM. */
gboolean    mdg_json_check (const char  *origin,
                            const char **data,
                            gsize       *length,
                            GError     **error);

/* “text”, cut short: a message quotes an excerpt, never a whole value. */
char       *mdg_json_quote (const char *text);
/* Appends @name to the JSON path @path: .name, or [“name”] when it is not a word. */
void        mdg_json_path_append_member (GString    *path,
                                         const char *name);

G_END_DECLS
