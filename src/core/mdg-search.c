/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-search.c — ranked search over the knowledge base.
 *
 * The index is built once. Every text of every case, in every language, is
 * normalised into one arena; each case is split into sections in ranking
 * order: error code, symptom (title, symptom, error message), causes,
 * responses, notes, and extra (the patient handout). Texts that many cases
 * share — glossary terms, update notes, areas, contacts — are indexed once
 * and credited to the cases that name them. For every character (and every
 * pair of characters, hashed) a bitset of the cases containing it narrows
 * each look-up to the cases worth reading, and the results of recent strings
 * are kept for the next keystrokes.
 *
 * A query is split into words at spaces, and a word into chunks: at known
 * terms (synonyms, readings, glossary), at particles and okurigana (hiragana
 * after other characters) and where the script changes. Every chunk must
 * match somewhere in the case, as typed or in another form: a synonym, or the
 * kanji of a kana reading. rank_cases() orders the matches.
 *
 * An MdgSearch is not thread-safe.
 */

#include "mdg-search.h"
#include "mdg-search-private.h"
#include "mdg-kb-cache.h"
#include "mdg-normalize-private.h"
#include "mdg-ruby.h"

#include <string.h>

typedef enum {
  SECTION_CODE,
  SECTION_SYMPTOM,
  SECTION_CAUSE,
  SECTION_RESPONSE,
  SECTION_NOTE,
  SECTION_EXTRA,
  N_SECTIONS
} Section;

static const MdgField section_fields[N_SECTIONS] = {
  MDG_FIELD_CODE,
  MDG_FIELD_SYMPTOM,
  MDG_FIELD_CAUSE,
  MDG_FIELD_RESPONSE,
  MDG_FIELD_NOTE,
  MDG_FIELD_HANDOUT,
};

/* A match's tier: the higher, the better; 0 is no match. */
#define SECTION_TIER(s) ((guint8) (N_SECTIONS - (s)))
#define TIER_SECTION(t) ((Section) (N_SECTIONS - (t)))

/* Keep results of earlier strings for the next keystrokes, within this much
 * memory: a few thousand for the real knowledge base, hundreds for a huge one. */
#define RECENT_BYTES (16 * 1024 * 1024)
#define RECENT_PHRASES 32
/* Bounds on how far one word expands. */
#define MAX_ALTS 16
#define MAX_PHRASES 8
#define MAX_COMPLETIONS 8
/* A pasted paragraph is not a query: chunks past this many are ignored. */
#define MAX_CHUNKS 32

#define NO_MATCH G_MAXUINT16

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

typedef struct {
  char    *needle;
  gsize    len;
  gsize    rare;           /* the needle's least common byte, to look for first */
  guint8  *tiers;          /* per case */
  guint64 *found;          /* bitset of the cases with a tier */
  guint64 *own;            /* bitset of the cases whose own text has it */
  guint16 *first;          /* per case: where in its own text (at most NO_MATCH - 1), or NO_MATCH */
  guint64 *domain;         /* bitset of the cases looked at so far */
  guint8  *shared_tiers;   /* per shared text */
  GList    link;           /* in recent or recent_phrases */
  gboolean phrase;
} Result;

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

typedef enum {
  CLASS_HIRAGANA,
  CLASS_KATAKANA,
  CLASS_KANJI,
  CLASS_LATIN,
  CLASS_DIGIT,
  CLASS_SPACE,
  CLASS_OTHER,
} CharClass;

static void
chunk_clear (gpointer data)
{
  Chunk *chunk = data;

  g_clear_pointer (&chunk->alts, g_array_unref);
}

static void
word_clear (gpointer data)
{
  Word *word = data;

  g_clear_pointer (&word->chunks, g_array_unref);
  g_clear_pointer (&word->phrases, g_array_unref);
}

static Query *
query_new (void)
{
  Query *q = g_new0 (Query, 1);

  q->needles = g_ptr_array_new_with_free_func (g_free);
  q->needle_ids = g_hash_table_new (g_str_hash, g_str_equal);
  q->words = g_array_new (FALSE, TRUE, sizeof (Word));
  g_array_set_clear_func (q->words, word_clear);
  q->phrases = g_array_new (FALSE, FALSE, sizeof (guint));

  return q;
}

static void
query_free (Query *q)
{
  g_hash_table_unref (q->needle_ids);
  g_ptr_array_unref (q->needles);
  g_array_unref (q->words);
  g_array_unref (q->phrases);
  g_free (q);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Query, query_free)

static guint
query_add_needle (Query      *q,
                  const char *text,
                  gsize       len)
{
  g_autofree char *key = g_strndup (text, len);
  gpointer value;
  guint id;

  if (g_hash_table_lookup_extended (q->needle_ids, key, NULL, &value))
    return GPOINTER_TO_UINT (value);

  id = q->needles->len;
  g_ptr_array_add (q->needles, key);
  g_hash_table_insert (q->needle_ids, g_steal_pointer (&key), GUINT_TO_POINTER (id));

  return id;
}

/* Building the index */

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_ptr_array_unref (entry->exact);
  g_ptr_array_unref (entry->related);
  g_free (entry);
}

static void
reading_free (gpointer data)
{
  Reading *reading = data;

  g_free (reading->kana);
  g_free (reading->term);
  g_free (reading);
}

static void
candidate_free (gpointer data)
{
  Candidate *candidate = data;

  g_free (candidate->display);
  g_free (candidate->norm);
  g_free (candidate);
}

static void
result_free (gpointer data)
{
  Result *result = data;

  g_free (result->needle);
  g_free (result->tiers);
  g_free (result->found);
  g_free (result->own);
  g_free (result->first);
  g_free (result->domain);
  g_free (result->shared_tiers);
  g_free (result);
}

static char *
normalize (MdgSearch  *self,
           const char *text)
{
  return mdg_normalize_full (text, -1, NULL, self->fold_cache);
}

static void
add_string (MdgSearch  *self,
            const char *text)
{
  gsize before = self->arena->len;

  if (text == NULL)
    return;

  mdg_normalize_append (self->arena, text, -1, NULL, self->fold_cache);
  /* A newline ends each text: normalisation never makes one, so no match spans two. */
  if (self->arena->len > before)
    g_string_append_c (self->arena, '\n');
}

static void
add_text (MdgSearch     *self,
          const MdgText *text)
{
  if (text == NULL)
    return;

  for (guint i = 0; i < text->n_items; i++)
    {
      add_string (self, text->items[i].text);
      /* A ja-x-easy text is also found by its readings: 「ほけんしょう」 as well as 「保険証」. */
      if (text->items[i].marked != NULL)
        {
          g_autofree char *reading = mdg_ruby_reading (text->items[i].marked);

          add_string (self, reading);
        }
    }
}

static void
add_texts (MdgSearch *self,
           GPtrArray *texts)
{
  for (guint i = 0; texts != NULL && i < texts->len; i++)
    add_text (self, g_ptr_array_index (texts, i));
}

typedef void (*AddSection) (MdgSearch    *self,
                            gconstpointer object,
                            Section       section);

static void
add_case_section (MdgSearch    *self,
                  gconstpointer object,
                  Section       section)
{
  MdgCase *kase = (MdgCase *) object;

  switch (section)
    {
    case SECTION_CODE:
      add_string (self, kase->error_code);
      break;

    case SECTION_SYMPTOM:
      add_text (self, kase->title);
      add_text (self, kase->symptom);
      add_text (self, kase->error_screen);
      add_text (self, kase->error_message);
      break;

    case SECTION_CAUSE:
      add_texts (self, kase->causes);
      break;

    case SECTION_RESPONSE:
      for (guint i = 0; kase->responses != NULL && i < kase->responses->len; i++)
        {
          const MdgResponse *response = g_ptr_array_index (kase->responses, i);

          add_text (self, response->preface);
          for (guint j = 0; response->parts != NULL && j < response->parts->len; j++)
            {
              const MdgPart *part = g_ptr_array_index (response->parts, j);

              add_text (self, part->condition);
              add_text (self, part->text);
            }
          add_texts (self, response->notes);
        }
      break;

    case SECTION_NOTE:
      add_texts (self, kase->notes);
      break;

    case SECTION_EXTRA:
      if (kase->handout != NULL)
        {
          add_text (self, kase->handout->situation);
          add_texts (self, kase->handout->steps);
          add_text (self, kase->handout->clinic);
        }
      break;

    case N_SECTIONS:
    default:
      g_assert_not_reached ();
    }
}

static void
add_area_section (MdgSearch    *self,
                  gconstpointer object,
                  Section       section)
{
  const MdgArea *area = object;

  if (section == SECTION_NOTE)
    add_text (self, area->name);
  else if (section == SECTION_EXTRA)
    add_text (self, area->patient_name);
}

static void
add_term_section (MdgSearch    *self,
                  gconstpointer object,
                  Section       section)
{
  const MdgTerm *term = object;

  if (section == SECTION_NOTE)
    {
      add_text (self, term->term);
      for (guint i = 0; term->aliases != NULL && i < term->aliases->len; i++)
        add_string (self, g_ptr_array_index (term->aliases, i));
      add_string (self, term->reading);
    }
  else if (section == SECTION_EXTRA)
    add_text (self, term->definition);
}

static void
add_update_section (MdgSearch    *self,
                    gconstpointer object,
                    Section       section)
{
  const MdgUpdate *update = object;

  if (section == SECTION_NOTE)
    {
      add_text (self, update->title);
      add_text (self, update->text);
    }
}

static void
add_contact_section (MdgSearch    *self,
                     gconstpointer object,
                     Section       section)
{
  const MdgContact *contact = object;

  if (section == SECTION_NOTE)
    add_text (self, contact->name);
}

static void
index_doc (MdgSearch    *self,
           Doc          *doc,
           AddSection    add,
           gconstpointer object)
{
  doc->start = self->arena->len;
  for (Section s = 0; s < N_SECTIONS; s++)
    {
      add (self, object, s);
      doc->end[s] = self->arena->len;
    }
}

static inline gsize
section_start (const Doc *doc,
               Section    s)
{
  return s == 0 ? doc->start : doc->end[s - 1];
}

static guint
char_id_assign (MdgSearch *self,
                gunichar   ch)
{
  guint id;

  if (ch > 0xFFFF)
    return ID_OTHER;

  id = self->char_ids[ch];
  if (id == ID_ABSENT)
    {
      if (self->rows->len >= G_MAXUINT16)
        return ID_OTHER;

      id = self->rows->len;
      self->char_ids[ch] = id;
      g_ptr_array_add (self->rows, g_new0 (guint64, self->n_words));
    }

  return id;
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

/* The bits of 64 cases (one word of every bitset) are gathered here and
 * written out together: setting them one case at a time would touch a
 * cache line of a distant bitset for nearly every character. */
typedef struct {
  guint    word;
  guint64  chars[G_MAXUINT16 + 1];     /* per character id */
  guint64  pairs[N_PAIR_BUCKETS];
} Block;

static void
flush_block (MdgSearch *self,
             Block     *block)
{
  for (guint id = 0; id < self->rows->len; id++)
    {
      guint64 *bits = &block->chars[id];

      if (*bits != 0)
        {
          ((guint64 *) g_ptr_array_index (self->rows, id))[block->word] = *bits;
          *bits = 0;
        }
    }

  for (guint b = 0; b < N_PAIR_BUCKETS; b++)
    if (block->pairs[b] != 0)
      {
        self->pairs[(gsize) b * self->n_words + block->word] = block->pairs[b];
        block->pairs[b] = 0;
      }
}

/* Notes the characters and pairs of characters of the case at @position. */
static void
index_case_chars (MdgSearch *self,
                  Block     *block,
                  guint      position)
{
  const Doc *doc = &self->docs[position];
  guint64 bit = G_GUINT64_CONSTANT (1) << (position % 64);
  const char *p = self->arena->str + doc->start;
  const char *end = self->arena->str + doc->end[N_SECTIONS - 1];
  gunichar prev = 0;

  if (position / 64 != block->word)
    {
      flush_block (self, block);
      block->word = position / 64;
    }

  while (p < end)
    {
      gunichar ch = next_char (&p);
      guint id;

      if (ch == '\n')
        {
          prev = 0;
          continue;
        }

      id = char_id_assign (self, ch);
      block->chars[id] |= bit;

      if (prev != 0)
        block->pairs[pair_bucket (prev, ch)] |= bit;
      prev = ch;
    }
}

static Entry *
dict_entry (MdgSearch  *self,
            const char *norm)
{
  Entry *entry = g_hash_table_lookup (self->dict, norm);

  if (entry == NULL)
    {
      entry = g_new0 (Entry, 1);
      entry->exact = g_ptr_array_new_with_free_func (g_free);
      entry->related = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (self->dict, g_strdup (norm), entry);
      self->dict_max_len = MAX (self->dict_max_len, strlen (norm));
    }

  return entry;
}

static gboolean
str_array_contains (GPtrArray  *array,
                    const char *text)
{
  for (guint i = 0; i < array->len; i++)
    if (strcmp (g_ptr_array_index (array, i), text) == 0)
      return TRUE;

  return FALSE;
}

static void
str_array_add_unique (GPtrArray  *array,
                      const char *text)
{
  if (*text != '\0' && !str_array_contains (array, text))
    g_ptr_array_add (array, g_strdup (text));
}

/* The language of an untagged word (a synonym, a reading's term) from its
 * script: a word in kana or kanji is Japanese, one in Latin letters English
 * (the knowledge base's synonyms are written in these two). */
static const char *
script_language (const char *word)
{
  gboolean latin = FALSE;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if ((ch >= 0x3040 && ch <= 0x30FF) || (ch >= 0x4E00 && ch <= 0x9FFF) ||
          (ch >= 0xFF66 && ch <= 0xFF9F) || ch == 0x3005)
        return "ja";
      if (ch >= 0xAC00 && ch <= 0xD7AF)
        return "ko";
      if (ch >= 0x0900 && ch <= 0x097F)
        return "ne";
      if (ch >= 0x1000 && ch <= 0x109F)
        return "my";
      if (g_unichar_isalpha (ch) && ch < 0x0250)
        latin = TRUE;
    }
  return latin ? "en" : NULL;
}

static void
add_candidate (MdgSearch  *self,
               const char *display,
               const char *key,
               const char *lang)
{
  Candidate *candidate;

  if (display == NULL || *display == '\0')
    return;

  for (guint i = 0; i < self->candidates->len; i++)
    {
      Candidate *other = g_ptr_array_index (self->candidates, i);

      if (strcmp (other->display, display) == 0 && strcmp (other->norm, key) == 0)
        return;
    }

  candidate = g_new0 (Candidate, 1);
  candidate->display = g_strdup (display);
  candidate->norm = g_strdup (key);
  candidate->lang = lang != NULL ? g_intern_string (lang) : script_language (display);
  g_ptr_array_add (self->candidates, candidate);
}

static void
add_candidate_text (MdgSearch  *self,
                    const char *display,
                    const char *lang)
{
  g_autofree char *norm = NULL;

  if (display == NULL)
    return;

  norm = normalize (self, display);
  if (*norm != '\0')
    add_candidate (self, display, norm, lang);
}

/* Every member of a group is related to every other. */
static void
add_group (MdgSearch *self,
           GPtrArray *norms)
{
  for (guint i = 0; i < norms->len; i++)
    {
      Entry *entry = dict_entry (self, g_ptr_array_index (norms, i));

      for (guint j = 0; j < norms->len; j++)
        if (j != i)
          str_array_add_unique (entry->related, g_ptr_array_index (norms, j));
    }
}

static void
add_reading (MdgSearch  *self,
             const char *kana,
             const char *term)
{
  g_autofree char *kana_norm = normalize (self, kana);
  g_autofree char *term_norm = normalize (self, term);
  Reading *reading;

  if (*kana_norm == '\0' || *term_norm == '\0' || strcmp (kana_norm, term_norm) == 0)
    return;

  for (guint i = 0; i < self->readings->len; i++)
    {
      Reading *other = g_ptr_array_index (self->readings, i);

      if (strcmp (other->kana, kana_norm) == 0 && strcmp (other->term, term_norm) == 0)
        return;
    }

  reading = g_new0 (Reading, 1);
  reading->kana = g_steal_pointer (&kana_norm);
  reading->term = g_steal_pointer (&term_norm);
  g_ptr_array_add (self->readings, reading);
  add_candidate (self, term, reading->kana, NULL);
}

static void
build_dictionary (MdgSearch *self)
{
  GPtrArray *synonyms = mdg_kb_get_synonyms (self->kb);
  GPtrArray *readings = mdg_kb_get_readings (self->kb);
  GPtrArray *glossary = mdg_kb_get_glossary (self->kb);
  GPtrArray *areas = mdg_kb_get_areas (self->kb);

  for (guint i = 0; synonyms != NULL && i < synonyms->len; i++)
    {
      GPtrArray *group = g_ptr_array_index (synonyms, i);
      g_autoptr(GPtrArray) norms = g_ptr_array_new_with_free_func (g_free);

      for (guint j = 0; j < group->len; j++)
        {
          g_autofree char *norm = normalize (self, g_ptr_array_index (group, j));

          str_array_add_unique (norms, norm);
          add_candidate_text (self, g_ptr_array_index (group, j), NULL);
        }
      add_group (self, norms);
    }

  /* A glossary term with its translations and aliases is one more group. */
  for (guint i = 0; glossary != NULL && i < glossary->len; i++)
    {
      const MdgTerm *term = g_ptr_array_index (glossary, i);
      g_autoptr(GPtrArray) norms = g_ptr_array_new_with_free_func (g_free);

      for (guint j = 0; term->term != NULL && j < term->term->n_items; j++)
        {
          g_autofree char *norm = normalize (self, term->term->items[j].text);

          str_array_add_unique (norms, norm);
          add_candidate_text (self, term->term->items[j].text, term->term->items[j].lang);
        }
      for (guint j = 0; term->aliases != NULL && j < term->aliases->len; j++)
        {
          g_autofree char *norm = normalize (self, g_ptr_array_index (term->aliases, j));

          str_array_add_unique (norms, norm);
          add_candidate_text (self, g_ptr_array_index (term->aliases, j), NULL);
        }
      add_group (self, norms);

      if (term->reading != NULL)
        add_reading (self, term->reading, mdg_text_get (term->term, "ja"));
    }

  for (guint i = 0; readings != NULL && i + 1 < readings->len; i += 2)
    add_reading (self, g_ptr_array_index (readings, i), g_ptr_array_index (readings, i + 1));

  /* A reading means its term exactly, and is related to what the term is. */
  for (guint i = 0; i < self->readings->len; i++)
    {
      Reading *reading = g_ptr_array_index (self->readings, i);
      Entry *entry = dict_entry (self, reading->kana);
      Entry *term = g_hash_table_lookup (self->dict, reading->term);

      str_array_add_unique (entry->exact, reading->term);
      for (guint j = 0; term != NULL && j < term->related->len; j++)
        if (!str_array_contains (entry->exact, g_ptr_array_index (term->related, j)))
          str_array_add_unique (entry->related, g_ptr_array_index (term->related, j));
    }

  for (guint i = 0; areas != NULL && i < areas->len; i++)
    {
      const MdgArea *area = g_ptr_array_index (areas, i);

      for (guint j = 0; area->name != NULL && j < area->name->n_items; j++)
        add_candidate_text (self, area->name->items[j].text, area->name->items[j].lang);
    }
}

static void
add_key (gpointer key,
         gpointer value,
         gpointer user_data)
{
  g_ptr_array_add (user_data, key);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static GQueue *
recent_queue (MdgSearch    *self,
              const Result *result)
{
  return result->phrase ? &self->recent_phrases : &self->recent;
}

static void
recent_clear (MdgSearch *self)
{
  GQueue *queues[] = { &self->recent, &self->recent_phrases };
  GList *link;

  g_hash_table_remove_all (self->recent_index);
  for (guint k = 0; k < G_N_ELEMENTS (queues); k++)
    while ((link = g_queue_pop_head_link (queues[k])) != NULL)
      result_free (link->data);
}

/* Normalises every text into the arena and notes the characters of the cases. */
static void
build_index (MdgSearch *self,
             GPtrArray *shared_lists[])
{
  g_autoptr(GHashTable) shared_ids = g_hash_table_new (NULL, NULL);
  Block *block;
  guint next;

  self->docs = g_new0 (Doc, self->n_cases + self->n_shared);
  self->arena = g_string_sized_new (self->n_cases * 2048 + 4096);
  self->char_ids = g_new0 (guint16, 0x10000);
  self->rows = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->rows, NULL);                                 /* ID_ABSENT */
  g_ptr_array_add (self->rows, g_new0 (guint64, self->n_words));      /* ID_OTHER */
  self->pairs = g_new0 (guint64, (gsize) N_PAIR_BUCKETS * self->n_words);

  block = g_new0 (Block, 1);
  for (guint i = 0; i < self->n_cases; i++)
    {
      index_doc (self, &self->docs[i], add_case_section, self->cases[i]);
      index_case_chars (self, block, i);
    }
  flush_block (self, block);
  g_free (block);

  for (gsize i = 0; i < self->arena->len; i += 7)
    self->byte_counts[(guchar) self->arena->str[i]]++;

  next = self->n_cases;
  for (guint k = 0; k < 4; k++)
    {
      static const AddSection adds[] = {
        add_area_section, add_term_section, add_update_section, add_contact_section
      };

      for (guint i = 0; shared_lists[k] != NULL && i < shared_lists[k]->len; i++, next++)
        {
          gpointer object = g_ptr_array_index (shared_lists[k], i);

          index_doc (self, &self->docs[next], adds[k], object);
          self->shared_cases[next - self->n_cases] = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (shared_ids, object, GUINT_TO_POINTER (next - self->n_cases));
        }
    }

  for (guint i = 0; i < self->n_cases; i++)
    {
      MdgCase *kase = self->cases[i];
      GPtrArray *lists[] = { kase->terms, kase->updates, kase->contacts };
      gpointer key;

      if (kase->area != NULL &&
          g_hash_table_lookup_extended (shared_ids, kase->area, NULL, &key))
        g_array_append_val (self->shared_cases[GPOINTER_TO_UINT (key)], i);

      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        for (guint j = 0; lists[l] != NULL && j < lists[l]->len; j++)
          if (g_hash_table_lookup_extended (shared_ids, g_ptr_array_index (lists[l], j), NULL, &key))
            {
              GArray *list = self->shared_cases[GPOINTER_TO_UINT (key)];

              if (list->len == 0 || g_array_index (list, guint, list->len - 1) != i)
                g_array_append_val (list, i);
            }
    }

  self->text_len = self->arena->len;
  self->text = g_string_free (g_steal_pointer (&self->arena), FALSE);
  self->text_bytes = g_bytes_new_take ((gpointer) self->text, self->text_len + 1);
  self->docs_bytes = g_bytes_new_take (self->docs, sizeof (Doc) * (self->n_cases + self->n_shared));
}

/* The index as mdg_kb_cache_get_index() checked it. */
static void
use_cached_index (MdgSearch      *self,
                  MdgSearchIndex *index)
{
  self->cached = g_steal_pointer (&index->keep);
  self->text = index->arena;
  self->text_len = index->arena_len;
  /* Read-only from here on, like the arrays that build_index() makes. */
  self->docs = (Doc *) (gpointer) index->docs;
  self->pairs = g_new0 (guint64, (gsize) N_PAIR_BUCKETS * self->n_words);
  for (guint i = 0; i < index->n_pair_buckets; i++)
    memcpy (self->pairs + (gsize) index->pair_buckets[i] * self->n_words,
            index->pairs + (gsize) i * self->n_words, self->n_words * sizeof (guint64));

  self->char_ids = g_new0 (guint16, 0x10000);
  self->rows = g_ptr_array_sized_new (index->n_rows);
  g_ptr_array_add (self->rows, NULL);
  for (guint id = 1; id < index->n_rows; id++)
    {
      if (id >= 2)
        self->char_ids[index->row_chars[id - 2]] = id;
      g_ptr_array_add (self->rows, (gpointer) (index->rows + (gsize) (id - 1) * self->n_words));
    }

  for (guint d = 0; d < self->n_shared; d++)
    {
      guint32 from = index->shared_offsets[d];
      guint32 to = index->shared_offsets[d + 1];

      self->shared_cases[d] = g_array_sized_new (FALSE, FALSE, sizeof (guint), to - from);
      g_array_append_vals (self->shared_cases[d], index->shared_cases + from, to - from);
    }

  memcpy (self->byte_counts, index->byte_counts, sizeof self->byte_counts);
}

/* Writes the index just built, with the knowledge base, to the compiled cache. */
static void
save_index (MdgSearch *self)
{
  gsize rows_size = (gsize) (self->rows->len - 1) * self->n_words * sizeof (guint64);
  guint64 *rows = g_malloc (rows_size);
  g_autoptr(GBytes) rows_bytes = g_bytes_new_take (rows, rows_size);
  g_autoptr(GBytes) pairs_bytes = NULL;
  g_autofree guint16 *row_chars = g_new0 (guint16, MAX (self->rows->len - 2, 1));
  g_autofree guint32 *shared_offsets = g_new (guint32, self->n_shared + 1);
  g_autoptr(GArray) shared_cases = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) pair_buckets = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (guint64));
  MdgSearchIndex index = {
    .n_cases = self->n_cases,
    .n_shared = self->n_shared,
    .n_words = self->n_words,
    .n_rows = self->rows->len,
    .arena = self->text,
    .arena_len = self->text_len,
    .docs = (const guint32 *) (gconstpointer) self->docs,
    .byte_counts = self->byte_counts,
    .arena_bytes = self->text_bytes,
    .docs_bytes = self->docs_bytes,
    .rows_bytes = rows_bytes,
  };

  for (guint id = 1; id < self->rows->len; id++)
    memcpy (rows + (gsize) (id - 1) * self->n_words, g_ptr_array_index (self->rows, id),
            self->n_words * sizeof (guint64));
  for (guint ch = 0; ch < 0x10000; ch++)
    if (self->char_ids[ch] >= 2)
      row_chars[self->char_ids[ch] - 2] = ch;
  for (guint d = 0; d < self->n_shared; d++)
    {
      shared_offsets[d] = shared_cases->len;
      for (guint i = 0; i < self->shared_cases[d]->len; i++)
        g_array_append_val (shared_cases, g_array_index (self->shared_cases[d], guint, i));
    }
  shared_offsets[self->n_shared] = shared_cases->len;
  /* Most buckets are empty in a small knowledge base: only the others are kept. */
  for (guint32 b = 0; b < N_PAIR_BUCKETS; b++)
    {
      const guint64 *row = self->pairs + (gsize) b * self->n_words;

      for (guint w = 0; w < self->n_words; w++)
        if (row[w] != 0)
          {
            g_array_append_val (pair_buckets, b);
            g_array_append_vals (pairs, row, self->n_words);
            break;
          }
    }

  index.rows = rows;
  index.row_chars = row_chars;
  index.shared_offsets = shared_offsets;
  index.shared_cases = (const guint32 *) (gconstpointer) shared_cases->data;
  index.n_pair_buckets = pair_buckets->len;
  index.pair_buckets = (const guint32 *) (gconstpointer) pair_buckets->data;
  index.pairs = (const guint64 *) (gconstpointer) pairs->data;
  pairs_bytes = g_bytes_new_take (g_array_steal (pairs, NULL),
                                  (gsize) index.n_pair_buckets * self->n_words * sizeof (guint64));
  index.pairs_bytes = pairs_bytes;
  mdg_kb_cache_save (self->kb, &index);
}

MdgSearch *
mdg_search_new (MdgKb *kb)
{
  MdgSearch *self;
  GListModel *cases;
  GPtrArray *shared_lists[4];
  MdgSearchIndex index;

  g_return_val_if_fail (MDG_IS_KB (kb), NULL);

  self = g_new0 (MdgSearch, 1);
  self->kb = g_object_ref (kb);
  self->fold_cache = mdg_normalize_cache_new ();
  g_queue_init (&self->recent);
  g_queue_init (&self->recent_phrases);
  self->recent_index = g_hash_table_new (g_str_hash, g_str_equal);

  cases = mdg_kb_get_cases (kb);
  self->n_cases = g_list_model_get_n_items (cases);
  self->cases = g_new0 (MdgCase *, self->n_cases + 1);
  for (guint i = 0; i < self->n_cases; i++)
    self->cases[i] = g_list_model_get_item (cases, i);

  /* The shared texts, in this order. */
  shared_lists[0] = mdg_kb_get_areas (kb);
  shared_lists[1] = mdg_kb_get_glossary (kb);
  shared_lists[2] = mdg_kb_get_updates (kb);
  shared_lists[3] = mdg_kb_get_contacts (kb);
  for (guint k = 0; k < G_N_ELEMENTS (shared_lists); k++)
    self->n_shared += shared_lists[k] != NULL ? shared_lists[k]->len : 0;
  self->shared_cases = g_new0 (GArray *, self->n_shared + 1);

  self->n_words = MAX (1, (self->n_cases + 63) / 64);
  self->recent_max = CLAMP (RECENT_BYTES / (self->n_cases * (sizeof (guint8) + sizeof (guint16)) +
                                            self->n_words * 3 * sizeof (guint64) + 256),
                            64, 4096);

  if (mdg_kb_cache_get_index (kb, self->n_shared, &index))
    {
      use_cached_index (self, &index);
    }
  else
    {
      build_index (self, shared_lists);
      save_index (self);
    }

  self->dict = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, entry_free);
  self->readings = g_ptr_array_new_with_free_func (reading_free);
  self->candidates = g_ptr_array_new_with_free_func (candidate_free);
  build_dictionary (self);
  self->dict_keys = g_ptr_array_new ();
  g_hash_table_foreach (self->dict, add_key, self->dict_keys);
  g_ptr_array_sort (self->dict_keys, compare_strings);

  return self;
}

void
mdg_search_free (MdgSearch *self)
{
  if (self == NULL)
    return;

  recent_clear (self);
  g_hash_table_unref (self->recent_index);
  for (guint i = 0; i < self->n_cases; i++)
    g_object_unref (self->cases[i]);
  g_free (self->cases);
  for (guint i = 0; i < self->n_shared; i++)
    g_array_unref (self->shared_cases[i]);
  g_free (self->shared_cases);
  g_clear_pointer (&self->cached, g_variant_unref);
  g_clear_pointer (&self->text_bytes, g_bytes_unref);
  g_clear_pointer (&self->docs_bytes, g_bytes_unref);
  g_free (self->pairs);
  g_free (self->char_ids);
  g_ptr_array_unref (self->rows);
  g_ptr_array_unref (self->dict_keys);
  g_hash_table_unref (self->dict);
  g_ptr_array_unref (self->readings);
  g_ptr_array_unref (self->candidates);
  g_hash_table_unref (self->fold_cache);
  g_free (self->romaji_query);
  g_free (self->romaji_kana);
  g_object_unref (self->kb);
  g_free (self);
}

MdgKb *
mdg_search_get_kb (MdgSearch *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->kb;
}

const char *
mdg_search_get_case_text (MdgSearch *self,
                          guint      position,
                          gsize     *length)
{
  const Doc *doc;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->n_cases, NULL);

  doc = &self->docs[position];
  if (length != NULL)
    *length = doc->end[N_SECTIONS - 1] - doc->start;

  return self->text + doc->start;
}

gboolean
mdg_search_is_from_cache (MdgSearch *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->cached != NULL;
}

void
mdg_search_clear_cache (MdgSearch *self)
{
  g_return_if_fail (self != NULL);

  recent_clear (self);
}

/* Looking one string up */

/* The first @needle in @text: memchr() for its least common byte, then a
 * compare. Faster than memmem() on the short texts of a case, which would
 * set up its tables for each of thousands of cases. */
static const char *
find (const char *text,
      gsize       text_len,
      const char *needle,
      gsize       len,
      gsize       rare)
{
  const char *p = text + rare;
  const char *end = text + text_len;

  if (len > text_len)
    return NULL;

  end -= len - 1 - rare;   /* the rare byte of the last possible match */
  while (p < end && (p = memchr (p, needle[rare], end - p)) != NULL)
    {
      if (memcmp (p - rare, needle, len) == 0)
        return p - rare;
      p++;
    }

  return NULL;
}

static gsize
rarest_byte (MdgSearch  *self,
             const char *needle,
             gsize       len)
{
  gsize rare = 0;

  for (gsize i = 1; i < len; i++)
    if (self->byte_counts[(guchar) needle[i]] < self->byte_counts[(guchar) needle[rare]])
      rare = i;

  return rare;
}

/* The section of the first match in @doc at or after byte @from of it, and
 * where it is (from the start of the doc). */
static Section
doc_find (MdgSearch    *self,
          const Doc    *doc,
          const Result *result,
          gsize         from,
          guint32      *offset)
{
  const char *base = self->text;
  gsize start = doc->start + from;
  const char *hit = find (base + start, doc->end[N_SECTIONS - 1] - start,
                          result->needle, result->len, result->rare);
  gsize at;

  if (hit == NULL)
    return N_SECTIONS;

  at = hit - base;
  if (offset != NULL)
    *offset = at - doc->start;
  for (Section s = 0; s < N_SECTIONS; s++)
    if (at < doc->end[s])
      return s;

  return N_SECTIONS;
}

static inline void
result_set (Result *result,
            guint   position,
            guint8  tier)
{
  result->found[position / 64] |= G_GUINT64_CONSTANT (1) << (position % 64);
  if (tier > result->tiers[position])
    result->tiers[position] = tier;
}

/* Narrows @candidates to the cases that contain every character and every
 * pair of @needle; FALSE when no case can. */
static gboolean
filter_cases (MdgSearch  *self,
              const char *needle,
              guint64    *candidates)
{
  const char *p = needle;
  gunichar prev = 0;

  while (*p != '\0')
    {
      gunichar ch = next_char (&p);
      guint id = ch > 0xFFFF ? ID_OTHER : self->char_ids[ch];
      const guint64 *row;

      if (id == ID_ABSENT)
        return FALSE;

      row = g_ptr_array_index (self->rows, id);
      for (guint w = 0; w < self->n_words; w++)
        candidates[w] &= row[w];

      if (prev != 0)
        {
          const guint64 *pair = self->pairs + (gsize) pair_bucket (prev, ch) * self->n_words;

          for (guint w = 0; w < self->n_words; w++)
            candidates[w] &= pair[w];
        }
      prev = ch;
    }

  return TRUE;
}

/* @hint, when not NULL, is a result for a string found @shift bytes into the
 * needle: the needle cannot be found before its first match less @shift. */
static void
evaluate_cases (MdgSearch    *self,
                Result       *result,
                guint64      *candidates,
                const Result *hint,
                gsize         shift)
{
  if (!filter_cases (self, result->needle, candidates))
    return;

  for (guint w = 0; w < self->n_words; w++)
    for (guint64 v = candidates[w]; v != 0; v &= v - 1)
      {
        guint position = w * 64 + __builtin_ctzll (v);
        guint64 bit = G_GUINT64_CONSTANT (1) << (position % 64);
        gsize from = 0;
        guint32 offset = 0;
        Section s;

        if (hint != NULL && (hint->domain[w] & bit) && hint->first[position] != NO_MATCH)
          from = hint->first[position] >= shift ? hint->first[position] - shift : 0;

        s = doc_find (self, &self->docs[position], result, from, &offset);
        if (s < N_SECTIONS)
          {
            result_set (result, position, SECTION_TIER (s));
            result->own[w] |= bit;
            /* Further than this, an earlier place is still a correct hint. */
            result->first[position] = MIN (offset, NO_MATCH - 1);
          }
      }
}

/* Credits the shared texts' matches to the cases in @cases that name them. */
static void
apply_shared (MdgSearch     *self,
              Result        *result,
              const guint64 *cases)
{
  for (guint d = 0; d < self->n_shared; d++)
    {
      GArray *list = self->shared_cases[d];

      if (result->shared_tiers[d] == 0)
        continue;

      for (guint i = 0; i < list->len; i++)
        {
          guint position = g_array_index (list, guint, i);

          if (cases[position / 64] & (G_GUINT64_CONSTANT (1) << (position % 64)))
            result_set (result, position, result->shared_tiers[d]);
        }
    }
}

static Result *
result_new (MdgSearch  *self,
            const char *needle)
{
  Result *result = g_new0 (Result, 1);

  result->needle = g_strdup (needle);
  result->len = strlen (needle);
  result->rare = rarest_byte (self, needle, result->len);
  result->tiers = g_new0 (guint8, MAX (self->n_cases, 1));
  result->found = g_new0 (guint64, self->n_words);
  result->own = g_new0 (guint64, self->n_words);
  result->first = g_new (guint16, MAX (self->n_cases, 1));
  memset (result->first, 0xff, MAX (self->n_cases, 1) * sizeof (guint16));
  result->domain = g_new0 (guint64, self->n_words);
  result->shared_tiers = g_new0 (guint8, MAX (self->n_shared, 1));

  for (guint d = 0; d < self->n_shared; d++)
    {
      Section s = doc_find (self, &self->docs[self->n_cases + d], result, 0, NULL);

      if (s < N_SECTIONS)
        result->shared_tiers[d] = SECTION_TIER (s);
    }

  return result;
}

/* Where @needle is in each case of @want (NULL: every case). Results are kept
 * for the next keystrokes, with the cases they cover; and a string's matches
 * are among those of any string it contains, so while typing the previous
 * keystroke's result narrows the next. */
static Result *
evaluate (MdgSearch     *self,
          const char    *needle,
          const guint64 *want,
          gboolean       phrase)
{
  g_autofree guint64 *missing = g_new (guint64, self->n_words);
  g_autofree guint64 *candidates = NULL;
  g_autofree char *prefix = NULL;
  gsize len = strlen (needle);
  Result *result = g_hash_table_lookup (self->recent_index, needle);
  const Result *hint = NULL;
  gsize shift = 0;
  gboolean any = FALSE;

  if (result != NULL)
    g_queue_unlink (recent_queue (self, result), &result->link);
  else
    {
      result = result_new (self, needle);
      result->phrase = phrase;
      result->link.data = result;
      g_hash_table_insert (self->recent_index, result->needle, result);
    }
  g_queue_push_head_link (recent_queue (self, result), &result->link);

  for (guint w = 0; w < self->n_words; w++)
    {
      missing[w] = (want != NULL ? want[w] : ~G_GUINT64_CONSTANT (0)) & ~result->domain[w];
      any |= missing[w] != 0;
    }
  if (!any)
    return result;

  /* The prefixes and suffixes looked up lately: the previous keystroke's
   * string is one of them. */
  candidates = g_memdup2 (missing, self->n_words * sizeof (guint64));
  prefix = g_strdup (needle);
  for (gsize cut = g_utf8_next_char (needle) - needle; cut < len; cut = g_utf8_next_char (needle + cut) - needle)
    for (guint side = 0; side < 2; side++)
      {
        const Result *other;

        prefix[cut] = '\0';
        other = g_hash_table_lookup (self->recent_index, side == 0 ? prefix : needle + cut);
        prefix[cut] = needle[cut];

        if (other == NULL)
          continue;

        for (guint w = 0; w < self->n_words; w++)
          candidates[w] &= ~other->domain[w] | other->own[w];

        if (hint == NULL || other->len > hint->len)
          {
            hint = other;
            shift = side == 0 ? 0 : cut;
          }
      }

  evaluate_cases (self, result, candidates, hint, shift);
  apply_shared (self, result, missing);

  for (guint w = 0; w < self->n_words; w++)
    result->domain[w] |= missing[w];

  return result;
}

static void
trim_recent (MdgSearch *self)
{
  GQueue *queues[] = { &self->recent, &self->recent_phrases };
  guint limits[] = { self->recent_max, RECENT_PHRASES };

  for (guint k = 0; k < G_N_ELEMENTS (queues); k++)
    while (queues[k]->length > limits[k])
      {
        Result *result = g_queue_pop_tail_link (queues[k])->data;

        g_hash_table_remove (self->recent_index, result->needle);
        result_free (result);
      }
}

/* Parsing a query */

static inline gboolean
is_latin (gunichar ch)
{
  return (ch < 0x80 && g_ascii_isalnum (ch)) ||
         (ch >= 0xC0 && ch < 0x2000 && g_unichar_isalnum (ch));
}

static CharClass
char_class (gunichar ch,
            gunichar original)
{
  if ((original >= 0x3041 && original <= 0x3096) || original == 0x309D || original == 0x309E)
    return CLASS_HIRAGANA;
  if (ch == ' ')
    return CLASS_SPACE;
  if (ch < 0x80 && g_ascii_isdigit (ch))
    return CLASS_DIGIT;
  if (is_latin (ch))
    return CLASS_LATIN;
  if (ch >= 0x30A1 && ch <= 0x30FF)
    return CLASS_KATAKANA;
  if (g_unichar_get_script (ch) == G_UNICODE_SCRIPT_HAN || ch == 0x3005)
    return CLASS_KANJI;

  return CLASS_OTHER;
}

typedef struct {
  MdgSearch  *self;
  Query      *query;
  const char *norm;
  guint8     *classes;         /* per byte of norm */
} Parser;

typedef struct {
  gsize        start;
  gsize        end;
  const Entry *entry;          /* a known term */
  GPtrArray   *completions;    /* or readings this kana begins (borrowed char*) */
} Segment;

static void
segment_clear (gpointer data)
{
  Segment *segment = data;

  g_clear_pointer (&segment->completions, g_ptr_array_unref);
}

static gboolean
is_boundary (const char *norm,
             gsize       start,
             gsize       end,
             gsize       at)
{
  if (at <= start || at >= end)
    return TRUE;

  return !is_latin (g_utf8_get_char (g_utf8_prev_char (norm + at))) ||
         !is_latin (g_utf8_get_char (norm + at));
}

/* The longest known term at @pos; Latin terms only as whole words. */
static const Entry *
longest_entry (Parser *parser,
               gsize   token_start,
               gsize   pos,
               gsize   token_end,
               gsize  *entry_end)
{
  MdgSearch *self = parser->self;
  gsize limit = MIN (token_end, pos + self->dict_max_len);
  gsize ends[64];
  guint n_ends = 0;
  char buf[256];

  if (!is_boundary (parser->norm, token_start, token_end, pos))
    return NULL;

  for (const char *p = g_utf8_next_char (parser->norm + pos);
       p - parser->norm <= (gssize) limit && n_ends < G_N_ELEMENTS (ends);
       p = g_utf8_next_char (p))
    {
      ends[n_ends++] = p - parser->norm;
      if (*p == '\0')
        break;
    }

  for (guint k = n_ends; k > 0; k--)
    {
      gsize end = ends[k - 1];
      gsize len = end - pos;
      const Entry *entry;

      if (len >= sizeof buf || !is_boundary (parser->norm, token_start, token_end, end))
        continue;

      memcpy (buf, parser->norm + pos, len);
      buf[len] = '\0';
      entry = g_hash_table_lookup (self->dict, buf);

      /* An English term in the plural or with 's: "another persons" (from person's). */
      if (entry == NULL && len > 2 && buf[len - 1] == 's' && is_latin (g_utf8_get_char (buf)))
        {
          buf[len - 1] = '\0';
          entry = g_hash_table_lookup (self->dict, buf);
        }

      if (entry != NULL)
        {
          *entry_end = end;
          return entry;
        }
    }

  return NULL;
}

/* While kana is being typed, the terms whose reading it begins. */
static GPtrArray *
complete_reading (Parser *parser,
                  gsize   start,
                  gsize   end)
{
  MdgSearch *self = parser->self;
  gsize len = end - start;
  GPtrArray *terms = NULL;

  if (g_utf8_strlen (parser->norm + start, len) < 2)
    return NULL;

  for (gsize i = start; i < end; i++)
    if (parser->classes[i] != CLASS_HIRAGANA)
      return NULL;

  for (guint i = 0; i < self->readings->len; i++)
    {
      Reading *reading = g_ptr_array_index (self->readings, i);

      if (strlen (reading->kana) > len &&
          strncmp (reading->kana, parser->norm + start, len) == 0)
        {
          if (terms == NULL)
            terms = g_ptr_array_new ();
          if (terms->len < MAX_COMPLETIONS && !str_array_contains (terms, reading->term))
            g_ptr_array_add (terms, reading->term);
        }
    }

  return terms;
}

/* Whether [@start, @end), katakana or Latin, begins a known term: the term
 * is being typed. */
static gboolean
is_typing_term (Parser *parser,
                gsize   start,
                gsize   end)
{
  GPtrArray *keys = parser->self->dict_keys;
  const char *text = parser->norm + start;
  gsize len = end - start;
  guint lo = 0, hi = keys->len;

  if (g_utf8_strlen (text, len) < 2)
    return FALSE;

  for (gsize i = start; i < end; i++)
    if (parser->classes[i] != CLASS_KATAKANA && parser->classes[i] != CLASS_LATIN &&
        parser->classes[i] != CLASS_DIGIT)
      return FALSE;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (strncmp (g_ptr_array_index (keys, mid), text, len) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo < keys->len && strncmp (g_ptr_array_index (keys, lo), text, len) == 0 &&
         strlen (g_ptr_array_index (keys, lo)) > len;
}

/* Whether @text has kana or kanji (or anything else of East Asia). */
static gboolean
has_cjk (const char *text,
         gssize      len)
{
  const char *end = len < 0 ? text + strlen (text) : text + len;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) >= 0x2E80)
      return TRUE;

  return FALSE;
}

static void
chunk_add_alt (Query      *q,
               Chunk      *chunk,
               const char *text,
               gsize       len,
               gboolean    exact)
{
  Alt alt = { 0, exact };

  if (chunk->alts->len >= MAX_ALTS)
    return;

  /* The knowledge base says everything in Japanese and in English: a
   * synonym in the other script finds the same cases, at a cost. */
  if (chunk->alts->len > 0)
    {
      const char *typed = g_ptr_array_index (q->needles, g_array_index (chunk->alts, Alt, 0).needle);

      if (has_cjk (typed, -1) != has_cjk (text, len))
        return;
    }

  alt.needle = query_add_needle (q, text, len);
  for (guint i = 0; i < chunk->alts->len; i++)
    if (g_array_index (chunk->alts, Alt, i).needle == alt.needle)
      return;

  g_array_append_val (chunk->alts, alt);
}

static Chunk *
word_add_chunk (Query      *q,
                Word       *word,
                const char *text,
                gsize       len,
                ChunkKind   kind)
{
  Chunk chunk = { NULL, kind, FALSE };
  guint needle;

  if (q->n_chunks >= MAX_CHUNKS)
    return NULL;

  needle = query_add_needle (q, text, len);
  chunk.alts = g_array_new (FALSE, FALSE, sizeof (Alt));

  for (guint i = 0; i < word->chunks->len; i++)
    {
      Chunk *other = &g_array_index (word->chunks, Chunk, i);

      if (g_array_index (other->alts, Alt, 0).needle == needle)
        {
          g_array_unref (chunk.alts);
          return NULL;
        }
    }

  chunk_add_alt (q, &chunk, text, len, TRUE);
  g_array_append_val (word->chunks, chunk);
  q->n_chunks++;

  return &g_array_index (word->chunks, Chunk, word->chunks->len - 1);
}

/* An English word also finds its stem: cards → card, showing → show. */
static void
chunk_add_stem (Query      *q,
                Chunk      *chunk,
                const char *text,
                gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isalpha (text[i]))
      return;

  if (len > 4 && g_str_has_suffix (text, "ies"))
    {
      g_autofree char *stem = g_strdup_printf ("%.*sy", (int) len - 3, text);

      chunk_add_alt (q, chunk, stem, strlen (stem), TRUE);
    }
  else if (len > 5 && strncmp (text + len - 3, "ing", 3) == 0)
    chunk_add_alt (q, chunk, text, len - 3, TRUE);
  else if (len > 4 && strncmp (text + len - 2, "ed", 2) == 0)
    chunk_add_alt (q, chunk, text, len - 1, TRUE);
  else if (len > 3 && text[len - 1] == 's' && text[len - 2] != 's')
    chunk_add_alt (q, chunk, text, len - 1, TRUE);
}

/* Known terms that begin with a verb's kanji, so that 間違ってる finds
 * what 間違い and 間違っている find. */
static void
chunk_add_inflections (MdgSearch  *self,
                       Query      *q,
                       Chunk      *chunk,
                       const char *text,
                       gsize       len,
                       const char *okurigana)
{
  gsize first = g_utf8_next_char (okurigana) - okurigana;

  for (guint i = 0; i < self->dict_keys->len; i++)
    {
      const char *key = g_ptr_array_index (self->dict_keys, i);
      const Entry *entry;
      gboolean kana = TRUE;

      /* 出て finds 出てこない and 出ている, but not 出ない. */
      if (strncmp (key, text, len) != 0 || strncmp (key + len, okurigana, first) != 0)
        continue;

      for (const char *p = key + len; *p != '\0' && kana; p = g_utf8_next_char (p))
        {
          gunichar ch = g_utf8_get_char (p);

          kana = ch >= 0x30A1 && ch <= 0x30FC;
        }
      if (!kana)
        continue;

      entry = g_hash_table_lookup (self->dict, key);
      chunk_add_alt (q, chunk, key, strlen (key), FALSE);
      for (guint j = 0; j < entry->exact->len; j++)
        chunk_add_alt (q, chunk, g_ptr_array_index (entry->exact, j), strlen (g_ptr_array_index (entry->exact, j)), FALSE);
      for (guint j = 0; j < entry->related->len; j++)
        chunk_add_alt (q, chunk, g_ptr_array_index (entry->related, j), strlen (g_ptr_array_index (entry->related, j)), FALSE);
    }
}

/* Hiragana that starts a particle rather than okurigana. */
static gboolean
is_particle (const char *kana)
{
  static const char * const particles[] = {
    "ガ", "ヲ", "ニ", "デ", "ハ", "ノ", "ト", "モ", "ヤ", "ヘ", "カ", "ネ", "ヨ",
  };

  for (guint i = 0; i < G_N_ELEMENTS (particles); i++)
    if (g_str_has_prefix (kana, particles[i]))
      return TRUE;

  return FALSE;
}

/* A noun of several kanji that takes する: 登録した, 照会される. */
static gboolean
is_suru (const char *kana)
{
  return g_str_has_prefix (kana, "シ") || g_str_has_prefix (kana, "サ") ||
         g_str_has_prefix (kana, "ス") || g_str_has_prefix (kana, "セ");
}

/* Chunks of the text between known terms: split where the script changes,
 * and drop hiragana after other characters (particles, okurigana). */
static gboolean
add_free_chunks (Parser *parser,
                 Word   *word,
                 gsize   start,
                 gsize   end,
                 gsize   token_end,
                 gboolean keep_hiragana)
{
  const char *norm = parser->norm;
  gboolean dropped = FALSE;
  gsize run = start;

  while (run < end)
    {
      CharClass cls = parser->classes[run];
      gsize p = run;

      do
        p = g_utf8_next_char (norm + p) - norm;
      while (p < end &&
             (parser->classes[p] == cls ||
              /* ー belongs to the kana before it. */
              (g_str_has_prefix (norm + p, "ー") && cls != CLASS_LATIN && cls != CLASS_DIGIT)));

      if (cls == CLASS_SPACE)
        ;
      else if (cls == CLASS_HIRAGANA && !keep_hiragana)
        dropped = TRUE;
      else
        {
          ChunkKind kind = CHUNK_FREE;
          Chunk *chunk;

          if (cls == CLASS_LATIN || cls == CLASS_DIGIT)
            kind = CHUNK_CODE;
          else if (cls == CLASS_KANJI && p < token_end && parser->classes[p] == CLASS_HIRAGANA &&
                   !is_particle (norm + p) &&
                   !(is_suru (norm + p) && g_utf8_strlen (norm + run, p - run) > 1))
            kind = CHUNK_STEM;

          chunk = word_add_chunk (parser->query, word, norm + run, p - run, kind);
          if (chunk != NULL && cls == CLASS_LATIN)
            chunk_add_stem (parser->query, chunk, norm + run, p - run);
          if (chunk != NULL && kind == CHUNK_STEM)
            chunk_add_inflections (parser->self, parser->query, chunk, norm + run, p - run, norm + p);
        }

      run = p;
    }

  return dropped;
}

static void
string_free (gpointer data)
{
  g_string_free (data, TRUE);
}

/* The word as a whole, as typed and with each known term in its other forms. */
static void
add_phrases (Parser *parser,
             Word   *word,
             GArray *segments,
             gsize   start,
             gsize   end)
{
  g_autoptr(GPtrArray) variants = g_ptr_array_new_with_free_func (string_free);
  gsize pos = start;

  g_ptr_array_add (variants, g_string_new (NULL));

  for (guint i = 0; i < segments->len; i++)
    {
      Segment *segment = &g_array_index (segments, Segment, i);
      g_autoptr(GPtrArray) forms = g_ptr_array_new ();
      guint n = variants->len;

      for (guint v = 0; v < n; v++)
        g_string_append_len (g_ptr_array_index (variants, v), parser->norm + pos, segment->start - pos);
      pos = segment->end;

      if (segment->entry != NULL)
        {
          g_ptr_array_extend (forms, segment->entry->exact, NULL, NULL);
          g_ptr_array_extend (forms, segment->entry->related, NULL, NULL);
        }
      else if (segment->completions != NULL)
        g_ptr_array_extend (forms, segment->completions, NULL, NULL);

      for (guint f = 0; f < forms->len; f++)
        for (guint v = 0; v < n && variants->len < MAX_PHRASES; v++)
          {
            GString *variant = g_string_new (((GString *) g_ptr_array_index (variants, v))->str);

            g_string_append (variant, g_ptr_array_index (forms, f));
            g_ptr_array_add (variants, variant);
          }
      for (guint v = 0; v < n; v++)
        g_string_append_len (g_ptr_array_index (variants, v), parser->norm + segment->start,
                             segment->end - segment->start);
    }

  for (guint v = 0; v < variants->len; v++)
    {
      GString *variant = g_ptr_array_index (variants, v);
      guint needle;

      g_string_append_len (variant, parser->norm + pos, end - pos);
      needle = query_add_needle (parser->query, variant->str, variant->len);
      g_array_append_val (word->phrases, needle);
    }
}

/* Beside a known term, unknown words and verbs are optional; but some chunk
 * of every word must match. */
static void
mark_optional (Word *word)
{
  gboolean known = FALSE;
  gboolean required = FALSE;

  for (guint c = 0; c < word->chunks->len; c++)
    known |= g_array_index (word->chunks, Chunk, c).kind == CHUNK_KNOWN;

  for (guint c = 0; c < word->chunks->len; c++)
    {
      Chunk *chunk = &g_array_index (word->chunks, Chunk, c);

      chunk->optional = chunk->kind == CHUNK_STEM || (chunk->kind == CHUNK_FREE && known);
      required |= !chunk->optional;
    }

  if (!required)
    for (guint c = 0; c < word->chunks->len; c++)
      g_array_index (word->chunks, Chunk, c).optional = FALSE;
}

static void
parse_word (Parser *parser,
            gsize   start,
            gsize   end)
{
  Query *q = parser->query;
  const char *norm = parser->norm;
  Word word = { g_array_new (FALSE, TRUE, sizeof (Chunk)), g_array_new (FALSE, FALSE, sizeof (guint)) };
  g_autoptr(GArray) segments = g_array_new (FALSE, TRUE, sizeof (Segment));
  gboolean all_hiragana = TRUE;
  gboolean dropped = FALSE;
  gsize pos = start, free_start = start;

  g_array_set_clear_func (word.chunks, chunk_clear);
  g_array_set_clear_func (segments, segment_clear);

  for (gsize i = start; i < end; i++)
    all_hiragana &= parser->classes[i] == CLASS_HIRAGANA;

  while (pos < end)
    {
      gsize entry_end = pos;
      const Entry *entry = longest_entry (parser, start, pos, end, &entry_end);
      GPtrArray *completions = NULL;

      if (entry_end < end)
        completions = complete_reading (parser, pos, end);

      /* マイナン on the way to マイナンバー is one word, not マイナ + ン. */
      if (completions == NULL && entry_end < end && is_typing_term (parser, pos, end))
        {
          if (free_start < pos)
            dropped |= add_free_chunks (parser, &word, free_start, pos, end, all_hiragana);
          word_add_chunk (q, &word, norm + pos, end - pos, CHUNK_KNOWN);
          pos = free_start = end;
          break;
        }

      if (entry == NULL && completions == NULL)
        {
          pos = g_utf8_next_char (norm + pos) - norm;
          continue;
        }

      if (free_start < pos)
        dropped |= add_free_chunks (parser, &word, free_start, pos, end, all_hiragana);

      if (completions != NULL)
        {
          Segment segment = { pos, end, NULL, completions };
          Chunk *chunk = word_add_chunk (q, &word, norm + pos, end - pos, CHUNK_KNOWN);

          for (guint i = 0; chunk != NULL && i < completions->len; i++)
            chunk_add_alt (q, chunk, g_ptr_array_index (completions, i), strlen (g_ptr_array_index (completions, i)), TRUE);
          g_array_append_val (segments, segment);
          entry_end = end;
        }
      else
        {
          Segment segment = { pos, entry_end, entry, NULL };
          Chunk *chunk = word_add_chunk (q, &word, norm + pos, entry_end - pos, CHUNK_KNOWN);

          for (guint i = 0; chunk != NULL && i < entry->exact->len; i++)
            chunk_add_alt (q, chunk, g_ptr_array_index (entry->exact, i), strlen (g_ptr_array_index (entry->exact, i)), TRUE);
          for (guint i = 0; chunk != NULL && i < entry->related->len; i++)
            chunk_add_alt (q, chunk, g_ptr_array_index (entry->related, i), strlen (g_ptr_array_index (entry->related, i)), FALSE);
          g_array_append_val (segments, segment);
        }

      pos = free_start = entry_end;
    }

  if (free_start < end)
    dropped |= add_free_chunks (parser, &word, free_start, end, end, all_hiragana);

  mark_optional (&word);

  if (word.chunks->len > 1 || dropped)
    add_phrases (parser, &word, segments, start, end);

  if (word.chunks->len > 0)
    g_array_append_val (q->words, word);
  else
    word_clear (&word);
}

static Query *
query_parse (MdgSearch  *self,
             const char *text)
{
  Query *q = query_new ();
  g_autoptr(GArray) map = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autofree char *norm = mdg_normalize_full (text, -1, map, self->fold_cache);
  g_autofree guint8 *classes = NULL;
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (gsize) * 2);
  gsize len = strlen (norm);
  Parser parser = { self, q, norm, NULL };

  classes = g_new0 (guint8, len + 1);
  for (gsize i = 0; i < len; i = g_utf8_next_char (norm + i) - norm)
    {
      gsize src = g_array_index (map, gsize, i);
      CharClass cls = char_class (g_utf8_get_char (norm + i), g_utf8_get_char_validated (text + src, -1));
      gsize next = g_utf8_next_char (norm + i) - norm;

      /* The long vowel of さーばー is part of the hiragana word. */
      if (i > 0 && g_str_has_prefix (norm + i, "ー") && classes[i - 1] == CLASS_HIRAGANA)
        cls = CLASS_HIRAGANA;

      memset (classes + i, cls, next - i);
    }
  parser.classes = classes;

  /* Words are separated by spaces, except inside a known term of several words. */
  for (gsize i = 0; i < len;)
    {
      gsize range[2] = { i, i };
      const char *space = strchr (norm + i, ' ');
      gsize end = space != NULL ? (gsize) (space - norm) : len;
      const char *next_space = space;

      range[1] = end;
      for (guint extra = 0; extra < 3 && next_space != NULL; extra++)
        {
          const char *after = strchr (next_space + 1, ' ');
          gsize candidate_end = after != NULL ? (gsize) (after - norm) : len;
          g_autofree char *phrase = g_strndup (norm + i, candidate_end - i);
          gsize phrase_len = candidate_end - i;

          /* person's → persons, which should still find "another person". */
          if (g_hash_table_contains (self->dict, phrase) ||
              (phrase[phrase_len - 1] == 's' &&
               (phrase[phrase_len - 1] = '\0', g_hash_table_contains (self->dict, phrase))))
            range[1] = candidate_end;
          next_space = after;
        }

      g_array_append_val (tokens, range);
      i = range[1] + 1;
    }

  for (guint t = 0; t < tokens->len; t++)
    {
      gsize *range = &g_array_index (tokens, gsize, t * 2);

      parse_word (&parser, range[0], range[1]);
    }

  /* The whole query as one phrase: spaces kept only between Latin words. */
  if (q->words->len > 1)
    {
      g_autoptr(GString) phrase = g_string_new (NULL);
      guint needle;

      for (gsize i = 0; i < len; i = g_utf8_next_char (norm + i) - norm)
        {
          if (norm[i] == ' ' &&
              !(i > 0 && is_latin (g_utf8_get_char (g_utf8_prev_char (norm + i))) &&
                is_latin (g_utf8_get_char (norm + i + 1))))
            continue;
          g_string_append_len (phrase, norm + i, g_utf8_next_char (norm + i) - (norm + i));
        }
      needle = query_add_needle (q, phrase->str, phrase->len);
      g_array_append_val (q->phrases, needle);
    }

  return q;
}

/* Ranking */

/* For every case of @matching that @result has: @best is raised to twice its
 * tier less @penalty, or to the tier itself when @penalty is negative. */
static void
raise_best (MdgSearch     *self,
            const Result  *result,
            const guint64 *matching,
            guint8        *best,
            int            penalty)
{
  for (guint w = 0; w < self->n_words; w++)
    for (guint64 v = result->found[w] & matching[w]; v != 0; v &= v - 1)
      {
        guint position = w * 64 + __builtin_ctzll (v);
        int value = penalty < 0 ? result->tiers[position] : 2 * result->tiers[position] - penalty;

        if (value > best[position])
          best[position] = value;
      }
}

/* The one ranking function, for every matching case at once.
 *
 * Each chunk of the query scores twice the tier of the best section it
 * matches in (error code 6, symptom 5, causes 4, responses 3, notes 2,
 * handout 1), less one when only a synonym matched there; an optional
 * chunk that does not match scores 0. A case scores 1000 × the mean over the
 * chunks, so symptom and code matches come before causes, before responses,
 * and so on. Below that step, a bonus for the whole query found as one
 * phrase (40 + 10 × its tier), or failing that for each word found whole
 * (10 + 5 × its tier, averaged over the words), puts a phrase before
 * scattered words. sort_hits() breaks ties by case number. */
static void
rank_cases (MdgSearch      *self,
            Query          *q,
            Result * const *results,
            const guint64  *matching,
            GArray         *hits)
{
  g_autofree int *sums = g_new0 (int, self->n_cases);
  g_autofree int *word_bonus = g_new0 (int, self->n_cases);
  g_autofree guint8 *fields = g_new0 (guint8, self->n_cases);
  g_autofree guint8 *best = g_new0 (guint8, self->n_cases);
  g_autofree guint *positions = g_new (guint, self->n_cases + 1);
  guint n_positions = 0;
  guint first_hit = hits->len;

  for (guint w = 0; w < self->n_words; w++)
    for (guint64 v = matching[w]; v != 0; v &= v - 1)
      {
        guint position = w * 64 + __builtin_ctzll (v);

        if (position < self->n_cases)
          positions[n_positions++] = position;
      }

  for (guint w = 0; w < q->words->len; w++)
    {
      Word *word = &g_array_index (q->words, Word, w);

      for (guint c = 0; c < word->chunks->len; c++)
        {
          Chunk *chunk = &g_array_index (word->chunks, Chunk, c);

          for (guint a = 0; a < chunk->alts->len; a++)
            {
              Alt *alt = &g_array_index (chunk->alts, Alt, a);

              raise_best (self, results[alt->needle], matching, best, alt->exact ? 0 : 1);
            }

          for (guint i = 0; i < n_positions; i++)
            {
              guint position = positions[i];

              if (best[position] > 0)
                {
                  sums[position] += best[position];
                  fields[position] |= section_fields[TIER_SECTION ((best[position] + 1) / 2)];
                  best[position] = 0;
                }
            }
        }

      for (guint i = 0; i < word->phrases->len; i++)
        raise_best (self, results[g_array_index (word->phrases, guint, i)], matching, best, -1);

      for (guint i = 0; i < n_positions; i++)
        {
          guint position = positions[i];

          if (best[position] > 0)
            {
              word_bonus[position] += 10 + 5 * best[position];
              best[position] = 0;
            }
        }
    }

  for (guint i = 0; i < q->phrases->len; i++)
    raise_best (self, results[g_array_index (q->phrases, guint, i)], matching, best, -1);

  g_array_set_size (hits, first_hit + n_positions);
  for (guint i = 0; i < n_positions; i++)
    {
      guint position = positions[i];
      MdgHit *hit = &g_array_index (hits, MdgHit, first_hit + i);
      int bonus = best[position] > 0 ? 40 + 10 * best[position]
                                     : word_bonus[position] / (int) q->words->len;

      hit->kase = self->cases[position];
      hit->score = 1000 * sums[position] / (int) q->n_chunks + bonus;
      hit->fields = fields[position];
    }
}

static guint
popcount (const guint64 *bits,
          guint          n_words)
{
  guint n = 0;

  for (guint w = 0; w < n_words; w++)
    n += __builtin_popcountll (bits[w]);

  return n;
}

/* How many cases a chunk could match, to look up the narrowest chunk first. */
static guint
estimate (MdgSearch *self,
          Query     *q,
          Chunk     *chunk)
{
  g_autofree guint64 *candidates = g_new (guint64, self->n_words);
  guint n = 0;

  for (guint a = 0; a < chunk->alts->len; a++)
    {
      memset (candidates, 0xff, self->n_words * sizeof (guint64));
      if (filter_cases (self, g_ptr_array_index (q->needles, g_array_index (chunk->alts, Alt, a).needle),
                        candidates))
        n += popcount (candidates, self->n_words);
    }

  return n;
}

typedef struct {
  Chunk *chunk;
  guint  estimate;
} Pending;

static int
compare_pending (gconstpointer a,
                 gconstpointer b)
{
  const Pending *x = a, *y = b;

  return x->estimate < y->estimate ? -1 : x->estimate > y->estimate;
}

/* Best first, ties by case number. The hits come in case order, so a stable
 * sort by score alone does it: two passes of a byte each, in linear time
 * (there may be thousands of hits at every keystroke). */
static void
sort_hits (GArray *hits)
{
  g_autofree MdgHit *tmp = g_new (MdgHit, MAX (hits->len, 1));
  MdgHit *from = (MdgHit *) hits->data, *to = tmp;

  for (guint shift = 0; shift < 16; shift += 8)
    {
      guint count[257] = { 0 };

      for (guint i = 0; i < hits->len; i++)
        count[((0xFFFF - CLAMP (from[i].score, 0, 0xFFFF)) >> shift & 0xFF) + 1]++;
      for (guint b = 1; b < 257; b++)
        count[b] += count[b - 1];
      for (guint i = 0; i < hits->len; i++)
        to[count[(0xFFFF - CLAMP (from[i].score, 0, 0xFFFF)) >> shift & 0xFF]++] = from[i];

      { MdgHit *swap = from; from = to; to = swap; }
    }
}

static GArray *
search_parsed (MdgSearch *self,
               Query     *q)
{
  GArray *hits = g_array_new (FALSE, FALSE, sizeof (MdgHit));
  g_autofree Result **results = NULL;
  g_autofree guint64 *matching = NULL;
  g_autofree guint64 *any = NULL;
  g_autoptr(GArray) pending = g_array_new (FALSE, FALSE, sizeof (Pending));

  if (q->n_chunks == 0)
    {
      for (guint i = 0; i < self->n_cases; i++)
        {
          MdgHit hit = { self->cases[i], 0, 0, FALSE };

          g_array_append_val (hits, hit);
        }
      return hits;
    }

  results = g_new0 (Result *, q->needles->len);
  matching = g_new (guint64, self->n_words);
  any = g_new (guint64, self->n_words);
  memset (matching, 0xff, self->n_words * sizeof (guint64));

  for (guint w = 0; w < q->words->len; w++)
    {
      Word *word = &g_array_index (q->words, Word, w);

      for (guint c = 0; c < word->chunks->len; c++)
        {
          Pending p = { &g_array_index (word->chunks, Chunk, c), 0 };

          if (!p.chunk->optional)
            {
              p.estimate = estimate (self, q, p.chunk);
              g_array_append_val (pending, p);
            }
        }
    }
  g_array_sort (pending, compare_pending);

  /* Every chunk must match: intersect, over chunks, the union over its forms,
   * looking each next chunk up only in the cases still matching. */
  for (guint i = 0; i < pending->len; i++)
    {
      Chunk *chunk = g_array_index (pending, Pending, i).chunk;

      memset (any, 0, self->n_words * sizeof (guint64));
      for (guint a = 0; a < chunk->alts->len; a++)
        {
          guint needle = g_array_index (chunk->alts, Alt, a).needle;

          results[needle] = evaluate (self, g_ptr_array_index (q->needles, needle), matching, FALSE);
          for (guint w = 0; w < self->n_words; w++)
            any[w] |= results[needle]->found[w];
        }
      for (guint w = 0; w < self->n_words; w++)
        matching[w] &= any[w];
    }

  /* Optional chunks and phrases only rank: the matching cases are enough. */
  for (guint w = 0; w < q->words->len; w++)
    {
      Word *word = &g_array_index (q->words, Word, w);

      for (guint c = 0; c < word->chunks->len; c++)
        {
          Chunk *chunk = &g_array_index (word->chunks, Chunk, c);

          for (guint a = 0; a < chunk->alts->len && chunk->optional; a++)
            {
              guint needle = g_array_index (chunk->alts, Alt, a).needle;

              results[needle] = evaluate (self, g_ptr_array_index (q->needles, needle), matching, FALSE);
            }
        }
    }
  for (guint i = 0; i < q->needles->len; i++)
    if (results[i] == NULL)
      results[i] = evaluate (self, g_ptr_array_index (q->needles, i), matching, TRUE);

  rank_cases (self, q, results, matching, hits);
  sort_hits (hits);
  trim_recent (self);

  return hits;
}

/* Queries are cut at this many bytes. Nobody types more than a few words, and
 * the work of a query grows faster than its length: a pasted page, or a key
 * held down at the kiosk, would otherwise stall every keystroke for seconds. */
#define MAX_QUERY_BYTES 256

/* @query cut at MAX_QUERY_BYTES on a character boundary, or NULL when it is short. */
static char *
query_cut (const char *query)
{
  gsize len;

  if (query == NULL || (len = strnlen (query, MAX_QUERY_BYTES + 1)) <= MAX_QUERY_BYTES)
    return NULL;

  len = MAX_QUERY_BYTES;
  while (len > 0 && ((guchar) query[len] & 0xC0) == 0x80)
    len--;

  return g_strndup (query, len);
}

/* Whether @norm, a normalised query, is the error code of @kase. */
static gboolean
is_code_of (MdgSearch  *self,
            const char *norm,
            MdgCase    *kase)
{
  g_autofree char *code = NULL;

  if (kase->error_code == NULL)
    return FALSE;
  code = mdg_normalize (kase->error_code);
  return g_strcmp0 (code, norm) == 0;
}

/* A case that names the words only in a note, a glossary term or an update
 * note may have nothing to do with the problem: “010” is case 1's
 * error code, and merely appears in other cases' notes. Such hits, and when
 * the query is an error code every case but the one with that code, are
 * marked related and moved after the direct ones, each part keeping its
 * order. */
static void
split_related (MdgSearch  *self,
               const char *query,
               GArray     *hits)
{
  g_autofree char *norm = mdg_normalize (query);
  g_autoptr(GArray) related = NULL;
  gboolean code_query = FALSE;
  guint n_direct = 0;

  for (guint i = 0; i < hits->len && !code_query; i++)
    {
      MdgHit *hit = &g_array_index (hits, MdgHit, i);

      code_query = (hit->fields & MDG_FIELD_CODE) && is_code_of (self, norm, hit->kase);
    }

  related = g_array_new (FALSE, FALSE, sizeof (MdgHit));
  for (guint i = 0; i < hits->len; i++)
    {
      MdgHit hit = g_array_index (hits, MdgHit, i);

      if (code_query)
        hit.related = !((hit.fields & MDG_FIELD_CODE) && is_code_of (self, norm, hit.kase));
      else
        hit.related = hit.fields != 0 && (hit.fields & ~MDG_FIELD_NOTE) == 0;

      if (hit.related)
        g_array_append_val (related, hit);
      else
        g_array_index (hits, MdgHit, n_direct++) = hit;
    }
  g_array_set_size (hits, n_direct);
  g_array_append_vals (hits, related->data, related->len);
}

GArray *
mdg_search_query (MdgSearch  *self,
                  const char *query)
{
  g_autoptr(Query) q = NULL;
  g_autofree char *cut = query_cut (query);
  GArray *hits;

  g_return_val_if_fail (self != NULL, NULL);

  if (cut != NULL)
    query = cut;
  q = query_parse (self, query != NULL ? query : "");

  hits = search_parsed (self, q);

  /* Typed with the input method off: what its kana would find. Only when
   * the letters find nothing as they are, so that English keeps working. */
  if (hits->len == 0 && q->n_chunks > 0)
    {
      g_autofree char *kana = mdg_romaji_to_hiragana (query);

      if (kana != NULL)
        {
          g_autoptr(Query) kq = query_parse (self, kana);

          g_free (self->romaji_query);
          self->romaji_query = g_strdup (query);
          g_free (self->romaji_kana);
          self->romaji_kana = g_strdup (kana);
          g_array_unref (hits);
          hits = search_parsed (self, kq);
          if (kq->n_chunks > 0)
            split_related (self, kana, hits);
          return hits;
        }
    }

  if (q->n_chunks > 0)
    split_related (self, query, hits);
  return hits;
}

/* Highlighting */

char *
mdg_search_highlight (MdgSearch  *self,
                      const char *text,
                      const char *query)
{
  g_autoptr(GArray) map = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autofree char *norm = NULL;
  g_autofree gboolean *bold = NULL;
  g_autoptr(Query) q = NULL;
  g_autoptr(GString) markup = NULL;
  g_autofree char *cut = query_cut (query);
  gsize text_len, run;

  g_return_val_if_fail (self != NULL, NULL);

  if (text == NULL)
    return g_strdup ("");
  if (cut != NULL)
    query = cut;
  if (self->romaji_query != NULL && g_strcmp0 (query, self->romaji_query) == 0)
    query = self->romaji_kana;

  text_len = strlen (text);
  norm = mdg_normalize_full (text, text_len, map, self->fold_cache);
  bold = g_new0 (gboolean, text_len + 1);
  q = query_parse (self, query != NULL ? query : "");

  for (guint w = 0; w < q->words->len; w++)
    {
      Word *word = &g_array_index (q->words, Word, w);
      g_autoptr(GArray) needles = g_array_new (FALSE, FALSE, sizeof (guint));

      g_array_append_vals (needles, word->phrases->data, word->phrases->len);
      for (guint c = 0; c < word->chunks->len; c++)
        {
          Chunk *chunk = &g_array_index (word->chunks, Chunk, c);

          for (guint a = 0; a < chunk->alts->len; a++)
            {
              Alt *alt = &g_array_index (chunk->alts, Alt, a);
              const char *needle = g_ptr_array_index (q->needles, alt->needle);

              /* A synonym of one character would light up half the text. */
              if (alt->exact || g_utf8_strlen (needle, -1) > 1)
                g_array_append_val (needles, alt->needle);
            }
        }

      for (guint i = 0; i < needles->len; i++)
        {
          const char *needle = g_ptr_array_index (q->needles, g_array_index (needles, guint, i));
          gsize needle_len = strlen (needle);

          for (const char *hit = strstr (norm, needle); hit != NULL;
               hit = strstr (g_utf8_next_char (hit), needle))
            {
              gsize first = hit - norm;
              gsize last = first + needle_len - 1;
              gsize from = g_array_index (map, gsize, first);
              gsize to = mdg_normalize_unit_end (text, text_len, g_array_index (map, gsize, last));

              for (gsize b = from; b < to; b++)
                bold[b] = TRUE;
            }
        }
    }

  markup = g_string_sized_new (text_len + 16);
  for (gsize i = 0; i < text_len; i = run)
    {
      g_autofree char *escaped = NULL;

      for (run = i; run < text_len && bold[run] == bold[i]; run++)
        ;
      escaped = g_markup_escape_text (text + i, run - i);
      if (bold[i])
        g_string_append_printf (markup, "<b>%s</b>", escaped);
      else
        g_string_append (markup, escaped);
    }

  return g_string_free (g_steal_pointer (&markup), FALSE);
}

/* Suggestions */

static guint
edit_distance (const gunichar *a,
               glong           la,
               const gunichar *b,
               glong           lb)
{
  g_autofree guint *row = g_new (guint, lb + 1);

  for (glong j = 0; j <= lb; j++)
    row[j] = j;

  for (glong i = 1; i <= la; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (glong j = 1; j <= lb; j++)
        {
          guint above = row[j];
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + cost);
          diagonal = above;
        }
    }

  return row[lb];
}

/* Dice coefficient of the character bigrams (characters for one-character strings). */
static double
shared_bigrams (const gunichar *a,
                glong           la,
                const gunichar *b,
                glong           lb)
{
  guint shared = 0;
  glong na, nb;
  g_autofree gboolean *used = NULL;

  if (la < 2 || lb < 2)
    {
      for (glong i = 0; i < la; i++)
        for (glong j = 0; j < lb; j++)
          if (a[i] == b[j])
            return 2.0 / (la + lb);
      return 0;
    }

  na = la - 1;
  nb = lb - 1;
  used = g_new0 (gboolean, nb);
  for (glong i = 0; i < na; i++)
    for (glong j = 0; j < nb; j++)
      if (!used[j] && a[i] == b[j] && a[i + 1] == b[j + 1])
        {
          used[j] = TRUE;
          shared++;
          break;
        }

  return 2.0 * shared / (na + nb);
}

static double
similarity (const char *query,
            const char *candidate)
{
  g_autofree gunichar *a = NULL;
  g_autofree gunichar *b = NULL;
  glong la, lb;
  double edit;

  a = g_utf8_to_ucs4_fast (query, -1, &la);
  b = g_utf8_to_ucs4_fast (candidate, -1, &lb);
  if (la == 0 || lb == 0)
    return 0;

  edit = 1.0 - (double) edit_distance (a, la, b, lb) / MAX (la, lb);

  return MAX (edit, shared_bigrams (a, la, b, lb));
}

typedef struct {
  const Candidate *candidate;
  double           score;
} Scored;

static int
compare_scored (gconstpointer a,
                gconstpointer b)
{
  const Scored *x = a, *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;

  return g_utf8_collate (x->candidate->display, y->candidate->display);
}

/* Whether a suggestion in @word_lang suits a window in @lang: its own
 * language, and the languages its texts fall back to (mdg_text_get()):
 * Japanese for やさしい日本語, English for the others. */
static gboolean
suits_language (const char *word_lang,
                const char *lang)
{
  if (lang == NULL)
    return TRUE;
  if (word_lang == NULL)
    return FALSE;
  if (g_str_has_prefix (lang, "ja"))
    return g_str_has_prefix (word_lang, "ja");
  return strcmp (word_lang, lang) == 0 || strcmp (word_lang, "en") == 0;
}

char **
mdg_search_suggest (MdgSearch  *self,
                    const char *query,
                    guint       max)
{
  return mdg_search_suggest_in (self, query, NULL, max);
}

char **
mdg_search_suggest_in (MdgSearch  *self,
                       const char *query,
                       const char *lang,
                       guint       max)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GArray) scored = g_array_new (FALSE, FALSE, sizeof (Scored));
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  g_autofree char *norm = NULL;
  g_auto(GStrv) words = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *cut = query_cut (query);
  g_autofree char *kana = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (cut != NULL)
    query = cut;
  /* Romaji in a Japanese window: suggest from its kana. */
  if (lang != NULL && g_str_has_prefix (lang, "ja") && query != NULL)
    {
      kana = mdg_romaji_to_hiragana (query);
      if (kana != NULL)
        query = kana;
    }
  norm = normalize (self, query != NULL ? query : "");
  words = g_strsplit (norm, " ", -1);
  joined = g_strjoinv ("", words);

  for (guint i = 0; *joined != '\0' && i < self->candidates->len; i++)
    {
      const Candidate *candidate = g_ptr_array_index (self->candidates, i);
      g_auto(GStrv) parts = NULL;
      Scored s;

      if (!suits_language (candidate->lang, lang))
        continue;
      parts = g_strsplit (candidate->norm, " ", -1);
      s.candidate = candidate;
      s.score = similarity (joined, candidate->norm);

      /* A misspelt word of the query against each word of the candidate. */
      for (guint w = 0; words[w] != NULL; w++)
        for (guint p = 0; parts[p] != NULL; p++)
          if (*words[w] != '\0' && (words[1] != NULL || parts[1] != NULL))
            s.score = MAX (s.score, 0.95 * similarity (words[w], parts[p]));

      if (s.score >= 0.34)
        g_array_append_val (scored, s);
    }

  g_array_sort (scored, compare_scored);

  for (guint i = 0; i < scored->len && shown->len < max; i++)
    {
      const Candidate *candidate = g_array_index (scored, Scored, i).candidate;
      g_autoptr(GArray) hits = NULL;

      if (str_array_contains (shown, candidate->display))
        continue;

      /* Only offer what finds something. */
      hits = mdg_search_query (self, candidate->display);
      if (hits->len == 0)
        continue;

      g_ptr_array_add (shown, candidate->display);
      g_strv_builder_add (builder, candidate->display);
    }

  return g_strv_builder_end (builder);
}
