/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-search-private.h — for the search benchmark and tests, and for the compiled
 * cache and the layer that hands its index to the search (mdg-kb-open.c). */
#pragma once

#include "mdg-search.h"

G_BEGIN_DECLS

/* The normalised text of the case at @position (all fields, all languages),
 * as the index holds it. */
const char *mdg_search_get_case_text (MdgSearch *self,
                                      guint      position,
                                      gsize     *length);

/* Forgets the results kept from earlier queries. */
void        mdg_search_clear_cache   (MdgSearch *self);

/* TRUE when the index came from the compiled cache rather than being built. */
gboolean    mdg_search_is_from_cache (MdgSearch *self);

/* The index in plain arrays, as the compiled cache (mdg-kb-cache.c) stores it. */
#define MDG_SEARCH_N_SECTIONS    6
#define MDG_SEARCH_PAIR_BUCKETS  8192
#define MDG_SEARCH_DOC_WORDS     (1 + MDG_SEARCH_N_SECTIONS)

typedef struct {
  guint            n_cases;
  guint            n_shared;          /* areas, glossary terms, updates, contacts */
  guint            n_words;           /* guint64 words in a bitset of cases */
  guint            n_rows;            /* character ids, with the two reserved ones */
  const char      *arena;             /* the normalised texts, arena_len bytes and a NUL */
  gsize            arena_len;
  const guint32   *docs;              /* per case, then per shared text: start, end of each section */
  const guint32   *shared_offsets;    /* n_shared + 1, into shared_cases */
  const guint32   *shared_cases;      /* positions of the cases naming each shared text */
  const guint16   *row_chars;         /* n_rows - 2: the character of each id from 2 */
  const guint64   *rows;              /* rows 1 … n_rows - 1 of n_words each (0 has none) */
  guint            n_pair_buckets;    /* the buckets of pairs that are not empty */
  const guint32   *pair_buckets;      /* n_pair_buckets, ascending */
  const guint64   *pairs;             /* n_pair_buckets rows of n_words */
  const guint32   *byte_counts;       /* 256 */
  GVariant        *keep;              /* read: owns the memory above */
  /* Written: the arena (with its NUL), docs, rows and pairs above, to be
   * kept rather than copied. */
  GBytes          *arena_bytes;
  GBytes          *docs_bytes;
  GBytes          *rows_bytes;
  GBytes          *pairs_bytes;
} MdgSearchIndex;

/* How many shared texts the index of @kb holds: what an index read for @kb must have. */
guint       mdg_search_count_shared   (MdgKb          *kb);
/* As mdg_search_new(), with @index (checked against @kb) instead of building one.
 * Takes index->keep. */
MdgSearch  *mdg_search_new_from_index (MdgKb          *kb,
                                       MdgSearchIndex *index);

typedef void (*MdgSearchIndexFunc) (MdgKb                *kb,
                                    const MdgSearchIndex *index);
/* Calls @func with the index of @self in plain arrays, which last only during the call. */
void        mdg_search_export_index   (MdgSearch          *self,
                                       MdgSearchIndexFunc  func);

G_END_DECLS
