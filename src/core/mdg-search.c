/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-search.c — ranked search over the knowledge base.
 *
 * The index is built once (mdg-search-index.c). Every text of every case, in
 * every language, is normalised into one arena; each case is split into
 * sections in ranking order: error code, symptom (title, symptom, error
 * message), causes, responses, notes, and extra (the patient handout). Texts
 * that many cases share — glossary terms, update notes, areas, contacts — are
 * indexed once and credited to the cases that name them. For every character
 * (and every pair of characters, hashed) a bitset of the cases containing it
 * narrows each look-up to the cases worth reading, and the results of recent
 * strings are kept for the next keystrokes.
 *
 * A query is split (mdg-search-query.c) into words at spaces, and a word into
 * chunks: at known terms (synonyms, readings, glossary), at particles and
 * okurigana (hiragana after other characters) and where the script changes.
 * Every chunk must match somewhere in the case, as typed or in another form:
 * a synonym, or the kanji of a kana reading. rank_cases() (mdg-search-rank.c)
 * orders the matches. Suggestions for a query that finds nothing:
 * mdg-search-suggest.c. This file holds the object, the query entry point and
 * highlighting.
 *
 * An MdgSearch is not thread-safe.
 */

#include "mdg-search-internal.h"

/* The shared texts, in this order; returns how many there are. */
static guint
get_shared_lists (MdgKb     *kb,
                  GPtrArray *shared_lists[4])
{
  guint n_shared = 0;

  shared_lists[0] = mdg_kb_get_areas (kb);
  shared_lists[1] = mdg_kb_get_glossary (kb);
  shared_lists[2] = mdg_kb_get_updates (kb);
  shared_lists[3] = mdg_kb_get_contacts (kb);
  for (guint k = 0; k < 4; k++)
    n_shared += shared_lists[k] != NULL ? shared_lists[k]->len : 0;

  return n_shared;
}

guint
mdg_search_count_shared (MdgKb *kb)
{
  GPtrArray *shared_lists[4];

  g_return_val_if_fail (MDG_IS_KB (kb), 0);

  return get_shared_lists (kb, shared_lists);
}

/* With @index, as read from the compiled cache, or building the index when NULL. */
static MdgSearch *
search_new (MdgKb          *kb,
            MdgSearchIndex *index)
{
  MdgSearch *self;
  GListModel *cases;
  GPtrArray *shared_lists[4];

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

  self->n_shared = get_shared_lists (kb, shared_lists);
  self->shared_cases = g_new0 (GArray *, self->n_shared + 1);

  self->n_words = MAX (1, (self->n_cases + 63) / 64);
  self->recent_max = CLAMP (RECENT_BYTES / (self->n_cases * (sizeof (guint8) + sizeof (guint16)) +
                                            self->n_words * 3 * sizeof (guint64) + 256),
                            64, 4096);

  if (index != NULL)
    mdg_search_use_index (self, index);
  else
    mdg_search_build_index (self, shared_lists);
  mdg_search_build_dictionary (self);

  return self;
}

MdgSearch *
mdg_search_new (MdgKb *kb)
{
  g_return_val_if_fail (MDG_IS_KB (kb), NULL);

  return search_new (kb, NULL);
}

MdgSearch *
mdg_search_new_from_index (MdgKb          *kb,
                           MdgSearchIndex *index)
{
  g_return_val_if_fail (MDG_IS_KB (kb), NULL);
  g_return_val_if_fail (index != NULL, NULL);

  return search_new (kb, index);
}

void
mdg_search_free (MdgSearch *self)
{
  if (self == NULL)
    return;

  mdg_search_recent_clear (self);
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

  mdg_search_recent_clear (self);
}

GArray *
mdg_search_query (MdgSearch  *self,
                  const char *query)
{
  g_autoptr(Query) q = NULL;
  g_autofree char *cut = mdg_query_cut (query);
  GArray *hits;

  g_return_val_if_fail (self != NULL, NULL);

  if (cut != NULL)
    query = cut;
  q = mdg_query_parse (self, query != NULL ? query : "");

  hits = mdg_search_find_parsed (self, q);

  /* Typed with the input method off: what its kana would find. Only when
   * the letters find nothing as they are, so that English keeps working. */
  if (hits->len == 0 && q->n_chunks > 0)
    {
      g_autofree char *kana = mdg_romaji_to_hiragana (query);

      if (kana != NULL)
        {
          g_autoptr(Query) kq = mdg_query_parse (self, kana);

          g_free (self->romaji_query);
          self->romaji_query = g_strdup (query);
          g_free (self->romaji_kana);
          self->romaji_kana = g_strdup (kana);
          g_array_unref (hits);
          hits = mdg_search_find_parsed (self, kq);
          if (kq->n_chunks > 0)
            mdg_search_split_related (self, kana, hits);
          return hits;
        }
    }

  if (q->n_chunks > 0)
    mdg_search_split_related (self, query, hits);
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
  g_autofree char *cut = mdg_query_cut (query);
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
  q = mdg_query_parse (self, query != NULL ? query : "");

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
