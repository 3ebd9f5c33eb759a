/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-search-index.c — building the search index: every text normalised into
 * one arena, split into sections, bitsets of the cases holding each character
 * and pair, read from or written to the compiled cache; and the dictionary of
 * synonyms, readings and suggestion candidates. */

#include "mdg-search-internal.h"
#include "mdg-ruby.h"

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

void
mdg_search_build_index (MdgSearch *self,
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
void
mdg_search_use_index (MdgSearch      *self,
                      MdgSearchIndex *index)
{
  self->cached = g_steal_pointer (&index->keep);
  self->text = index->arena;
  self->text_len = index->arena_len;
  /* Read-only from here on, like the arrays that mdg_search_build_index() makes. */
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

void
mdg_search_export_index (MdgSearch          *self,
                         MdgSearchIndexFunc  func)
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
  func (self->kb, &index);
}

void
mdg_search_build_dictionary (MdgSearch *self)
{
  self->dict = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, entry_free);
  self->readings = g_ptr_array_new_with_free_func (reading_free);
  self->candidates = g_ptr_array_new_with_free_func (candidate_free);
  build_dictionary (self);
  self->dict_keys = g_ptr_array_new ();
  g_hash_table_foreach (self->dict, add_key, self->dict_keys);
  g_ptr_array_sort (self->dict_keys, compare_strings);
}
