/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-normalize.h — the one text normaliser, for the knowledge base and the query. No GTK. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The one normaliser, used for the knowledge base (once, at load) and for the
 * query (per keystroke): NFKC, case folding, hiragana → katakana, long-vowel and
 * dash variants, spaces and punctuation. Returns a newly allocated string. */
char *mdg_normalize (const char *text);

/* Like mdg_normalize(), and also fills @map (if not NULL) with, for each byte of
 * the result, the byte offset in @text it came from; used for highlighting. */
char *mdg_normalize_with_map (const char *text, GArray *map);

G_END_DECLS
