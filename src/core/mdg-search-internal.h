/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-search-internal.h — what the search's own files (mdg-search*.c) share:
 * the index in memory, the parsed query, and the calls between them. Kept
 * apart from mdg-search-private.h, which the cache, the layer that opens a
 * knowledge base through it (mdg-kb-open.c) and the tests include. */
#pragma once

#include "mdg-search.h"
#include "mdg-search-private.h"
#include "mdg-normalize.h"
#include "mdg-normalize-private.h"

#include <string.h>

G_BEGIN_DECLS

/* The index */

typedef enum {
  SECTION_CODE,
  SECTION_SYMPTOM,
  SECTION_CAUSE,
  SECTION_RESPONSE,
  SECTION_NOTE,
  SECTION_EXTRA,
  N_SECTIONS
} Section;

/* Keep results of earlier strings for the next keystrokes, within this much
 * memory: a few thousand for the real knowledge base, hundreds for a huge one. */
#define RECENT_BYTES (16 * 1024 * 1024)
#define RECENT_PHRASES 32

#define ID_ABSENT 0
#define ID_OTHER 1

/* Pairs of adjacent characters are hashed into this many bitsets. */
#define N_PAIR_BUCKETS 8192

typedef struct {
  guint start;
  guint end[N_SECTIONS];   /* section s is [s ? end[s - 1] : start, end[s]) */
} Doc;

G_STATIC_ASSERT (N_SECTIONS == MDG_SEARCH_N_SECTIONS);
G_STATIC_ASSERT (N_PAIR_BUCKETS == MDG_SEARCH_PAIR_BUCKETS);
G_STATIC_ASSERT (sizeof (Doc) == MDG_SEARCH_DOC_WORDS * sizeof (guint32));

typedef struct {
  GPtrArray *exact;     /* char*: forms meaning exactly this, e.g. the kanji of a reading */
  GPtrArray *related;   /* char*: synonyms */
} Entry;

typedef struct {
  char *kana;           /* normalised reading */
  char *term;           /* normalised term */
} Reading;

typedef struct {
  char       *display;
  char       *norm;
  const char *lang;     /* the language it is a word of (static), or NULL if unknown */
} Candidate;

struct _MdgSearch {
  MdgKb      *kb;
  GHashTable *fold_cache;

  guint       n_cases;
  MdgCase   **cases;           /* by position */
  GString    *arena;           /* while building */
  const char *text;            /* the arena, NUL-terminated */
  gsize       text_len;
  GBytes     *text_bytes;      /* own text and docs, when built here */
  GBytes     *docs_bytes;
  Doc        *docs;            /* the cases, then the shared texts */
  guint       n_shared;
  GArray    **shared_cases;    /* per shared text: guint positions of cases naming it */

  guint       n_words;         /* guint64 words in a bitset of cases */
  guint16    *char_ids;        /* BMP character → id */
  GPtrArray  *rows;            /* per id: a bitset of the cases containing the character */
  guint64    *pairs;           /* N_PAIR_BUCKETS bitsets of the cases containing a pair */
  guint32     byte_counts[256]; /* how common each byte is in the text, from a sample */

  GHashTable *dict;            /* normalised term → Entry */
  GPtrArray  *dict_keys;       /* its keys (borrowed), sorted */
  gsize       dict_max_len;
  GPtrArray  *readings;        /* Reading */
  GPtrArray  *candidates;      /* Candidate */

  GQueue      recent;          /* Result, most recent first */
  guint       recent_max;
  GHashTable *recent_index;    /* needle → Result, in either queue */
  /* Phrases change at every keystroke: kept apart, for the next one only,
   * so that they do not push the words out. */
  GQueue      recent_phrases;

  /* The index read from the compiled cache: the arena, the docs and the rows
   * of the bitsets are in it (read-only), not allocated. */
  GVariant   *cached;

  /* The last query that found nothing as typed and was searched as the kana
   * of its romaji, for highlighting its hits. */
  char       *romaji_query;
  char       *romaji_kana;
};

/* Query */

typedef struct {
  guint    needle;
  gboolean exact;
} Alt;

typedef enum {
  CHUNK_KNOWN,                 /* a term of the dictionary, or a reading being typed */
  CHUNK_CODE,                  /* digits or Latin letters */
  CHUNK_FREE,                  /* other text the dictionary does not know */
  CHUNK_STEM,                  /* kanji with okurigana after it: a verb or adjective */
} ChunkKind;

typedef struct {
  GArray    *alts;             /* Alt; the first is the chunk as typed */
  ChunkKind  kind;
  /* Counts for the ranking but need not match: an unknown word or a verb
   * beside a known term, as in 転職したばかりで保険証が無効. */
  gboolean   optional;
} Chunk;

typedef struct {
  GArray *chunks;              /* Chunk */
  GArray *phrases;             /* guint needles: the whole word, when split */
} Word;

typedef struct {
  GPtrArray  *needles;         /* char* */
  GHashTable *needle_ids;      /* char* → id */
  GArray     *words;           /* Word */
  GArray     *phrases;         /* guint needles: the whole query, when several words */
  guint       n_chunks;
} Query;

/* Helpers of more than one file */

static inline char *
normalize (MdgSearch  *self,
           const char *text)
{
  return mdg_normalize_full (text, -1, NULL, self->fold_cache);
}

static inline guint
pair_bucket (gunichar a,
             gunichar b)
{
  return ((a * 0x9E3779B1u) ^ (b * 0x85EBCA77u)) >> 19 & (N_PAIR_BUCKETS - 1);
}

static inline gunichar
next_char (const char **p)
{
  gunichar ch;

  if ((guchar) **p < 0x80)
    return *(*p)++;

  /* The arena is valid UTF-8, mostly of three-byte characters. */
  if (((guchar) **p & 0xF0) == 0xE0)
    {
      const guchar *s = (const guchar *) *p;

      *p += 3;
      return ((gunichar) (s[0] & 0x0F) << 12) | ((gunichar) (s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    }

  ch = g_utf8_get_char (*p);
  *p = g_utf8_next_char (*p);

  return ch;
}

static inline gboolean
str_array_contains (GPtrArray  *array,
                    const char *text)
{
  for (guint i = 0; i < array->len; i++)
    if (strcmp (g_ptr_array_index (array, i), text) == 0)
      return TRUE;

  return FALSE;
}

/* mdg-search-index.c */
void     mdg_search_build_index      (MdgSearch  *self,
                                      GPtrArray  *shared_lists[]);
void     mdg_search_use_index        (MdgSearch  *self,
                                      MdgSearchIndex *index);
void     mdg_search_build_dictionary (MdgSearch  *self);

/* mdg-search-query.c */
Query   *mdg_query_parse             (MdgSearch  *self,
                                      const char *text);
void     mdg_query_free              (Query      *q);
char    *mdg_query_cut               (const char *query);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Query, mdg_query_free)

/* mdg-search-rank.c */
GArray  *mdg_search_find_parsed      (MdgSearch  *self,
                                      Query      *q);
void     mdg_search_split_related    (MdgSearch  *self,
                                      const char *query,
                                      GArray     *hits);
void     mdg_search_recent_clear     (MdgSearch  *self);

G_END_DECLS
