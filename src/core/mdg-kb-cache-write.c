/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-kb-cache-write.c — writes the compiled cache of a knowledge-base file: the
 * model as mdg-kb-cache.c reads it back, and the search index, in another thread.
 * No GTK. */

#include "mdg-kb-cache-private.h"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

/* Writing the model */

typedef struct {
  GArray     *words;   /* guint32 */
  GByteArray *pool;
  gboolean    ok;      /* FALSE once the pool outgrows 32-bit offsets */
} Writer;

static void
put (Writer  *w,
     guint32  value)
{
  g_array_append_val (w->words, value);
}

static void
put_string (Writer     *w,
            const char *s)
{
  gsize len;

  if (s == NULL)
    {
      put (w, NONE);
      return;
    }

  len = strlen (s) + 1;
  if (w->pool->len + len >= NONE)
    {
      w->ok = FALSE;
      put (w, NONE);
      return;
    }

  put (w, w->pool->len);
  g_byte_array_append (w->pool, (const guint8 *) s, len);
}

static guint
language_index (const char *lang)
{
  for (guint i = 0; mdg_languages[i] != NULL; i++)
    if (g_str_equal (mdg_languages[i], lang))
      return i;

  g_return_val_if_reached (0);
}

static void
put_text (Writer        *w,
          const MdgText *text)
{
  if (text == NULL)
    {
      put (w, NONE);
      return;
    }

  put (w, text->n_items);
  for (guint i = 0; i < text->n_items; i++)
    {
      put (w, language_index (text->items[i].lang));
      put_string (w, text->items[i].marked != NULL ? text->items[i].marked
                                                   : text->items[i].text);
    }
}

static void
put_texts (Writer    *w,
           GPtrArray *texts)
{
  put (w, texts->len);
  for (guint i = 0; i < texts->len; i++)
    put_text (w, g_ptr_array_index (texts, i));
}

static void
put_strings (Writer    *w,
             GPtrArray *strings)
{
  put (w, strings->len);
  for (guint i = 0; i < strings->len; i++)
    put_string (w, g_ptr_array_index (strings, i));
}

/* The positions of the records of @refs in @all. */
static void
put_references (Writer    *w,
                GPtrArray *refs,
                GPtrArray *all)
{
  put (w, refs->len);
  for (guint i = 0; i < refs->len; i++)
    {
      guint index = NONE;

      if (!g_ptr_array_find (all, g_ptr_array_index (refs, i), &index))
        w->ok = FALSE;
      put (w, index);
    }
}

static void
put_case (Writer  *w,
          MdgKb   *kb,
          MdgCase *kase)
{
  guint area = NONE;

  if (!g_ptr_array_find (kb->areas, kase->area, &area))
    w->ok = FALSE;

  put (w, kase->number);
  put (w, area);
  put_text (w, kase->title);
  put_text (w, kase->symptom);
  put_string (w, kase->error_code);
  put_text (w, kase->error_screen);
  put_text (w, kase->error_message);
  put_texts (w, kase->causes);

  put (w, kase->responses->len);
  for (guint i = 0; i < kase->responses->len; i++)
    {
      const MdgResponse *response = g_ptr_array_index (kase->responses, i);

      put (w, response->stage);
      put (w, response->actor);
      put_text (w, response->preface);
      put (w, response->parts->len);
      for (guint j = 0; j < response->parts->len; j++)
        {
          const MdgPart *part = g_ptr_array_index (response->parts, j);

          put_text (w, part->condition);
          put_text (w, part->text);
        }
      put_texts (w, response->notes);
    }

  put_texts (w, kase->notes);
  put_references (w, kase->updates, kb->updates);
  put_references (w, kase->contacts, kb->contacts);
  put_references (w, kase->terms, kb->glossary);

  put (w, kase->handout != NULL);
  if (kase->handout != NULL)
    {
      put_text (w, kase->handout->situation);
      put_texts (w, kase->handout->steps);
      put_text (w, kase->handout->clinic);
    }

  put (w, kase->origin);
  put (w, kase->sources->len);
  for (guint i = 0; i < kase->sources->len; i++)
    {
      const MdgSource *source = g_ptr_array_index (kase->sources, i);

      put_string (w, source->title);
      put_string (w, source->url);
    }
  put_string (w, kase->checked);
  put_texts (w, kase->unclear);
}

static void
put_model (Writer *w,
           MdgKb  *kb)
{
  GListModel *cases = G_LIST_MODEL (kb->cases);
  guint n_cases = g_list_model_get_n_items (cases);

  put_string (w, kb->date);
  put_text (w, kb->title);
  put_text (w, kb->translation_note);
  for (guint i = 0; i < MDG_N_ACTORS; i++)
    {
      put_string (w, kb->actors[i].mark);
      put_text (w, kb->actors[i].name);
    }

  put (w, kb->areas->len);
  for (guint i = 0; i < kb->areas->len; i++)
    {
      const MdgArea *area = g_ptr_array_index (kb->areas, i);

      put_string (w, area->id);
      put_text (w, area->name);
      put_text (w, area->patient_name);
    }

  put (w, kb->contacts->len);
  for (guint i = 0; i < kb->contacts->len; i++)
    {
      const MdgContact *contact = g_ptr_array_index (kb->contacts, i);

      put_string (w, contact->id);
      put_text (w, contact->name);
      put_string (w, contact->phone);
      put_text (w, contact->hours);
      put_string (w, contact->url);
      put_text (w, contact->audience);
      put (w, contact->handout_languages);
      put (w, contact->staff_only);
      put_string (w, contact->source);
      put_string (w, contact->checked);
    }

  put (w, kb->updates->len);
  for (guint i = 0; i < kb->updates->len; i++)
    {
      const MdgUpdate *update = g_ptr_array_index (kb->updates, i);

      put_string (w, update->id);
      put_string (w, update->date);
      put_text (w, update->title);
      put_text (w, update->text);
      put_strings (w, update->sources);
      put_string (w, update->checked);
    }

  put (w, kb->glossary->len);
  for (guint i = 0; i < kb->glossary->len; i++)
    {
      const MdgTerm *term = g_ptr_array_index (kb->glossary, i);

      put_string (w, term->id);
      put_text (w, term->term);
      put_strings (w, term->aliases);
      put_string (w, term->reading);
      put_text (w, term->definition);
      put_string (w, term->source);
      put_string (w, term->checked);
    }

  put (w, n_cases);
  for (guint i = 0; i < n_cases; i++)
    {
      g_autoptr(MdgCase) kase = g_list_model_get_item (cases, i);

      put_case (w, kb, kase);
    }

  put_text (w, kb->summary_actor);
  put_text (w, kb->summary_intro);
  put_texts (w, kb->summary_items);

  put (w, kb->synonyms->len);
  for (guint i = 0; i < kb->synonyms->len; i++)
    put_strings (w, g_ptr_array_index (kb->synonyms, i));
  put_strings (w, kb->readings);
}

static GVariant *
fixed_array (const char    *type,
             gconstpointer  data,
             gsize          n,
             gsize          element_size)
{
  return g_variant_new_fixed_array (G_VARIANT_TYPE (type + 1), data, n, element_size);
}

/* The array in @bytes, shared, or else a copy of @n elements of @data. */
static GVariant *
kept_array (const char    *type,
            GBytes        *bytes,
            gconstpointer  data,
            gsize          n,
            gsize          element_size)
{
  if (bytes != NULL && g_bytes_get_size (bytes) == n * element_size)
    return g_variant_new_from_bytes (G_VARIANT_TYPE (type), bytes, TRUE);

  return fixed_array (type, data, n, element_size);
}

typedef struct {
  MdgKb    *kb;
  char     *file;
  char     *path;
  guint64   identity[N_ID];
  GVariant *index;
} SaveJob;

static GMutex save_lock;
static GCond save_done;
static guint save_pending;

static void
save_job_free (SaveJob *job)
{
  g_object_unref (job->kb);
  g_free (job->file);
  g_free (job->path);
  g_variant_unref (job->index);
  g_free (job);
}

static void
save_job_run (SaveJob *job)
{
  g_autoptr(GArray) words = g_array_sized_new (FALSE, FALSE, sizeof (guint32), 1 << 12);
  g_autoptr(GByteArray) pool = g_byte_array_sized_new (1 << 16);
  g_autoptr(GBytes) pool_bytes = NULL;
  g_autoptr(GVariant) cache = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *directory = NULL;
  g_autoptr(GChecksum) checksum = NULL;
  g_autoptr(GByteArray) contents = NULL;
  guint8 digest[CHECKSUM_LENGTH];
  gsize digest_length = sizeof digest;
  Writer w = { words, pool, TRUE };
  GVariant *children[8];

  put_model (&w, job->kb);
  if (!w.ok)
    {
      g_debug ("knowledge-base cache: too large a model, not cached");
      return;
    }

  children[0] = g_variant_new_string (CACHE_MAGIC);
  children[1] = g_variant_new_uint32 (CACHE_FORMAT);
  children[2] = g_variant_new_string (PACKAGE_VERSION);
  children[3] = fixed_array ("ay", job->path, strlen (job->path), 1);
  children[4] = fixed_array ("at", job->identity, N_ID, sizeof (guint64));
  pool_bytes = g_byte_array_free_to_bytes (g_steal_pointer (&pool));
  children[5] = g_variant_new_from_bytes (G_VARIANT_TYPE ("ay"), pool_bytes, TRUE);
  children[6] = fixed_array ("au", words->data, words->len, sizeof (guint32));
  children[7] = job->index;
  cache = g_variant_ref_sink (g_variant_new_tuple (children, G_N_ELEMENTS (children)));
  bytes = g_variant_get_data_as_bytes (cache);

  directory = g_path_get_dirname (job->file);
  if (g_mkdir_with_parents (directory, 0700) != 0)
    {
      g_debug ("knowledge-base cache: cannot make %s: %s", directory, g_strerror (errno));
      return;
    }

  /* A temporary file, synced and renamed over the old one: a reader sees the
   * old file or the whole new one, even after a crash. */
  checksum = g_checksum_new (G_CHECKSUM_MD5);
  g_checksum_update (checksum, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_checksum_get_digest (checksum, digest, &digest_length);
  contents = g_byte_array_sized_new (CHECKSUM_LENGTH + g_bytes_get_size (bytes));
  g_byte_array_append (contents, digest, CHECKSUM_LENGTH);
  g_byte_array_append (contents, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  if (!g_file_set_contents_full (job->file, (const char *) contents->data, contents->len,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    g_debug ("knowledge-base cache: %s", error->message);
}

static void
save_thread (gpointer data,
             gpointer user_data)
{
  SaveJob *job = data;

  save_job_run (job);
  save_job_free (job);

  g_mutex_lock (&save_lock);
  save_pending--;
  g_cond_broadcast (&save_done);
  g_mutex_unlock (&save_lock);
}

void
mdg_kb_cache_wait (void)
{
  g_mutex_lock (&save_lock);
  while (save_pending > 0)
    g_cond_wait (&save_done, &save_lock);
  g_mutex_unlock (&save_lock);
}

/* The index is copied here; the model, which does not change, is serialised
 * and the file written by another thread, so that the first start does not
 * wait for it. */
gboolean
mdg_kb_cache_wants_save (MdgKb *kb)
{
  MdgKbCacheInfo *info = mdg_kb_cache_get_info (kb);

  return info != NULL && !info->saved;
}

void
mdg_kb_cache_save (MdgKb                *kb,
                   const MdgSearchIndex *index)
{
  static GThreadPool *pool = NULL;
  MdgKbCacheInfo *info = mdg_kb_cache_get_info (kb);
  SaveJob *job;
  GVariant *children[13];

  if (!mdg_kb_cache_wants_save (kb))
    return;
  info->saved = TRUE;

  children[0] = g_variant_new_uint32 (index->n_cases);
  children[1] = g_variant_new_uint32 (index->n_shared);
  children[2] = g_variant_new_uint32 (index->n_words);
  children[3] = g_variant_new_uint32 (index->n_rows);
  children[4] = kept_array ("ay", index->arena_bytes, index->arena, index->arena_len + 1, 1);
  children[5] = kept_array ("au", index->docs_bytes, index->docs,
                            (gsize) (index->n_cases + index->n_shared) * MDG_SEARCH_DOC_WORDS,
                            sizeof (guint32));
  children[6] = fixed_array ("au", index->shared_offsets, index->n_shared + 1, sizeof (guint32));
  children[7] = fixed_array ("au", index->shared_cases, index->shared_offsets[index->n_shared],
                             sizeof (guint32));
  children[8] = fixed_array ("aq", index->row_chars, index->n_rows - 2, sizeof (guint16));
  children[9] = kept_array ("at", index->rows_bytes, index->rows,
                            (gsize) (index->n_rows - 1) * index->n_words, sizeof (guint64));
  children[10] = fixed_array ("au", index->pair_buckets, index->n_pair_buckets, sizeof (guint32));
  children[11] = kept_array ("at", index->pairs_bytes, index->pairs,
                             (gsize) index->n_pair_buckets * index->n_words, sizeof (guint64));
  children[12] = fixed_array ("au", index->byte_counts, 256, sizeof (guint32));

  job = g_new0 (SaveJob, 1);
  job->kb = g_object_ref (kb);
  job->file = g_strdup (info->file);
  job->path = g_strdup (info->path);
  memcpy (job->identity, info->identity, sizeof job->identity);
  job->index = g_variant_ref_sink (g_variant_new_tuple (children, G_N_ELEMENTS (children)));

  if (g_once_init_enter (&pool))
    {
      /* A short run, such as madoguchi --search, still leaves its cache. */
      atexit (mdg_kb_cache_wait);
      g_once_init_leave (&pool, g_thread_pool_new (save_thread, NULL, 1, FALSE, NULL));
    }

  g_mutex_lock (&save_lock);
  save_pending++;
  g_mutex_unlock (&save_lock);
  g_thread_pool_push (pool, job, NULL);
}
