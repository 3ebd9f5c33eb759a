/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-search-query.c — parsing a query: words at spaces, chunks at known terms,
 * particles and script changes, each chunk with its other forms (synonyms,
 * kanji of a reading, English stems, verb inflections), and the phrases. */

#include "mdg-search-internal.h"

/* Bounds on how far one word expands. */
#define MAX_ALTS 16
#define MAX_PHRASES 8
#define MAX_COMPLETIONS 8
/* A pasted paragraph is not a query: chunks past this many are ignored. */
#define MAX_CHUNKS 32

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

void
mdg_query_free (Query *q)
{
  g_hash_table_unref (q->needle_ids);
  g_ptr_array_unref (q->needles);
  g_array_unref (q->words);
  g_array_unref (q->phrases);
  g_free (q);
}

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

Query *
mdg_query_parse (MdgSearch  *self,
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

/* Queries are cut at this many bytes. Nobody types more than a few words, and
 * the work of a query grows faster than its length: a pasted page, or a key
 * held down at the kiosk, would otherwise stall every keystroke for seconds. */
#define MAX_QUERY_BYTES 256

/* @query cut at MAX_QUERY_BYTES on a character boundary, or NULL when it is short. */
char *
mdg_query_cut (const char *query)
{
  gsize len;

  if (query == NULL || (len = strnlen (query, MAX_QUERY_BYTES + 1)) <= MAX_QUERY_BYTES)
    return NULL;

  len = MAX_QUERY_BYTES;
  while (len > 0 && ((guchar) query[len] & 0xC0) == 0x80)
    len--;

  return g_strndup (query, len);
}
