/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-search-rank.c — finding and ranking the matches of a parsed query:
 * looking each string up in the cases its bitsets allow, keeping recent
 * results for the next keystroke, scoring by section, ordering the hits. */

#include "mdg-search-internal.h"

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

#define NO_MATCH G_MAXUINT16

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

static GQueue *
recent_queue (MdgSearch    *self,
              const Result *result)
{
  return result->phrase ? &self->recent_phrases : &self->recent;
}

void
mdg_search_recent_clear (MdgSearch *self)
{
  GQueue *queues[] = { &self->recent, &self->recent_phrases };
  GList *link;

  g_hash_table_remove_all (self->recent_index);
  for (guint k = 0; k < G_N_ELEMENTS (queues); k++)
    while ((link = g_queue_pop_head_link (queues[k])) != NULL)
      result_free (link->data);
}

/* Normalises every text into the arena and notes the characters of the cases. */

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

GArray *
mdg_search_find_parsed (MdgSearch *self,
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
void
mdg_search_split_related (MdgSearch  *self,
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
