/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-normalize-private.h — the normaliser's internals shared with the search (mdg-search*.c). */
#pragma once

#include "mdg-normalize.h"

G_BEGIN_DECLS

/* The long-vowel mark every dash and wave variant becomes. */
#define MDG_NORMALIZE_LONG_VOWEL 0x30FC

/* mdg_normalize_with_map() over @length bytes of @text (-1: NUL-terminated).
 * @cache, if not NULL, is a GHashTable (char* → char*, both owned) created
 * with mdg_normalize_cache_new() that remembers how rare characters fold,
 * for normalising much text at once. */
char       *mdg_normalize_full      (const char *text,
                                     gssize      length,
                                     GArray     *map,
                                     GHashTable *cache);

/* Appends the normalised text to @out; @map, if not NULL, maps the appended bytes. */
void        mdg_normalize_append    (GString    *out,
                                     const char *text,
                                     gssize      length,
                                     GArray     *map,
                                     GHashTable *cache);

GHashTable *mdg_normalize_cache_new (void);

/* The end of the unit (a character with the marks that combine with it)
 * that starts at byte @offset of @text, as mapped by mdg_normalize_with_map(). */
gsize       mdg_normalize_unit_end  (const char *text,
                                     gsize       length,
                                     gsize       offset);

/* @text, romaji typed with the input method off ("hoken muko", "ansyou",
 * "shikaku kakuninsho"), in hiragana as the input method would make it, with
 * Hepburn and kunrei spellings; NULL when @text is not romaji (it has digits,
 * kanji or a letter no syllable takes). Consonants typed last are dropped. */
char       *mdg_romaji_to_hiragana  (const char *text);

G_END_DECLS
