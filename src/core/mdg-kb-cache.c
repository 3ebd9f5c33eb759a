/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-kb-cache.c — the compiled cache of a knowledge-base file.
 *
 * Like fontconfig's cache or GTK's icon cache: parsing 26 MB of JSON with
 * json-glib on every start costs more than a desk should wait, so after a file
 * is loaded, validated and indexed once, its model and search index are
 * written to $XDG_CACHE_HOME/madoguchi/kb-HASH.cache (HASH: of the absolute
 * path) as one GVariant after its checksum, and read on the next start.
 *
 * The key is the cache format, the program's version, the absolute path and
 * the file's identity: device, inode, size, and modification and change times
 * with nanoseconds. A file changed within CHANGE_GRACE_MS before it is read is
 * not cached, so that a second change within the file system's clock tick
 * cannot leave the same identity.
 *
 * The cache is untrusted: it is read with g_variant_new_from_bytes() (not
 * trusted), and every count, index and offset is checked before use, so that
 * a damaged or crafted file is refused rather than read out of bounds. Any
 * problem — missing, stale, damaged, unwritable — only means the JSON is read
 * as usual; it is reported with g_debug() and never changes a load.
 *
 * The model is a stream of 32-bit words (counts, numbers, indices, and
 * offsets into one pool of NUL-terminated strings) in the order the writer
 * (mdg-kb-cache-write.c) and the reader below walk it; the index is the arrays
 * of mdg-search.c.
 */

#include "mdg-kb-cache-private.h"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char *directory_override;

void
mdg_kb_cache_set_directory (const char *directory)
{
  g_free (directory_override);
  directory_override = g_strdup (directory);
}

void
mdg_kb_cache_info_free (MdgKbCacheInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->file);
  g_free (info->path);
  g_clear_pointer (&info->index, g_variant_unref);
  g_free (info);
}

/* The model knows nothing of its cache: the cache keeps its part on the object. */
G_DEFINE_QUARK (mdg-kb-cache-info, cache_info)

MdgKbCacheInfo *
mdg_kb_cache_get_info (MdgKb *kb)
{
  return g_object_get_qdata (G_OBJECT (kb), cache_info_quark ());
}

static void
set_info (MdgKb          *kb,
          MdgKbCacheInfo *info)
{
  g_object_set_qdata_full (G_OBJECT (kb), cache_info_quark (), info,
                           (GDestroyNotify) mdg_kb_cache_info_free);
}

static char *
cache_file_for (const char *absolute)
{
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, absolute, -1);
  g_autofree char *name = g_strdup_printf ("kb-%.32s.cache", hash);

  if (directory_override != NULL)
    return g_build_filename (directory_override, name, NULL);

  return g_build_filename (g_get_user_cache_dir (), "madoguchi", name, NULL);
}

char *
mdg_kb_cache_get_file (const char *path)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);

  return cache_file_for (absolute);
}

static gboolean
get_identity (const char *path,
              guint64     identity[N_ID])
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return FALSE;

  identity[ID_DEV] = st.st_dev;
  identity[ID_INO] = st.st_ino;
  identity[ID_SIZE] = st.st_size;
  identity[ID_MTIME] = st.st_mtim.tv_sec;
  identity[ID_MTIME_NSEC] = st.st_mtim.tv_nsec;
  identity[ID_CTIME] = st.st_ctim.tv_sec;
  identity[ID_CTIME_NSEC] = st.st_ctim.tv_nsec;
  return TRUE;
}

/* Reading the model. Every read checks its bounds; after the first failure
 * reads return nothing and the load is refused. */

typedef struct {
  const guint32 *words;
  gsize          n_words;
  gsize          pos;
  const char    *pool;
  gsize          pool_len;
  guint          n_languages;
  gboolean       ok;
} Reader;

static gboolean
reader_fail (Reader     *r,
             const char *what)
{
  if (r->ok)
    g_debug ("knowledge-base cache: %s at word %" G_GSIZE_FORMAT ", not used", what, r->pos);
  r->ok = FALSE;
  return FALSE;
}

static guint32
get (Reader *r)
{
  if (!r->ok || r->pos >= r->n_words)
    {
      reader_fail (r, "data ends early");
      return NONE;
    }

  return r->words[r->pos++];
}

/* A count of items that take at least @min_words each. */
static guint32
get_count (Reader *r,
           guint   min_words)
{
  guint32 n = get (r);

  if (r->ok && (gsize) n * min_words > r->n_words - r->pos)
    {
      reader_fail (r, "a count larger than the data");
      return 0;
    }

  return r->ok ? n : 0;
}

static guint32
get_below (Reader  *r,
           guint32  min,
           guint32  limit)
{
  guint32 value = get (r);

  if (r->ok && (value < min || value >= limit))
    reader_fail (r, "a number out of range");

  return r->ok ? value : min;
}

static char *
get_string (Reader   *r,
            gboolean  required)
{
  guint32 offset = get (r);
  const char *s;

  if (!r->ok)
    return NULL;

  if (offset == NONE)
    {
      if (required)
        reader_fail (r, "a required string missing");
      return NULL;
    }

  /* The pool is valid UTF-8 and ends with a NUL: a string that starts at a
   * character of it, and not at a NUL, is a valid non-empty string. */
  if (offset >= r->pool_len)
    {
      reader_fail (r, "a string outside the pool");
      return NULL;
    }
  s = r->pool + offset;
  if (*s == '\0' || ((guchar) *s & 0xC0) == 0x80)
    {
      reader_fail (r, "a string not at the start of a character");
      return NULL;
    }

  return g_strdup (s);
}

static char *
get_date (Reader   *r,
          gboolean  required)
{
  char *s = get_string (r, required);

  if (s != NULL && !mdg_kb_is_date (s))
    {
      reader_fail (r, "a date that is not YYYY-MM-DD");
      g_clear_pointer (&s, g_free);
    }

  return s;
}

static MdgText *
get_text (Reader   *r,
          gboolean  required)
{
  g_autoptr(MdgText) text = NULL;
  guint32 n = get (r);
  guint32 previous = 0;

  if (!r->ok)
    return NULL;
  if (n == NONE)
    {
      if (required)
        reader_fail (r, "a required text missing");
      return NULL;
    }
  if (n == 0 || n > r->n_languages)
    {
      reader_fail (r, "a text with no or too many languages");
      return NULL;
    }

  text = g_new0 (MdgText, 1);
  text->items = g_new0 (MdgTextItem, n);
  for (guint i = 0; i < n; i++)
    {
      /* In display order, each once, "ja" (the first) always. */
      guint32 lang = get_below (r, i == 0 ? 0 : previous + 1, i == 0 ? 1 : r->n_languages);
      char *s = get_string (r, TRUE);

      if (!r->ok)
        {
          g_free (s);
          return NULL;
        }
      mdg_text_item_set (&text->items[i], mdg_languages[lang], s);
      text->n_items++;
      previous = lang;
    }

  return g_steal_pointer (&text);
}

static void
get_texts (Reader    *r,
           guint      min,
           GPtrArray *out)
{
  guint32 n = get_count (r, 1);

  if (r->ok && n < min)
    reader_fail (r, "too few texts");
  for (guint i = 0; i < n && r->ok; i++)
    {
      MdgText *text = get_text (r, TRUE);

      if (text != NULL)
        g_ptr_array_add (out, text);
    }
}

static void
get_strings (Reader    *r,
             guint      min,
             GPtrArray *out)
{
  guint32 n = get_count (r, 1);

  if (r->ok && n < min)
    reader_fail (r, "too few strings");
  for (guint i = 0; i < n && r->ok; i++)
    {
      char *s = get_string (r, TRUE);

      if (s != NULL)
        g_ptr_array_add (out, s);
    }
}

static void
get_references (Reader    *r,
                GPtrArray *all,
                GPtrArray *out)
{
  guint32 n = get_count (r, 1);

  for (guint i = 0; i < n && r->ok; i++)
    {
      guint32 index = get_below (r, 0, all->len);

      if (r->ok)
        g_ptr_array_add (out, g_ptr_array_index (all, index));
    }
}

static MdgResponse *
get_response (Reader *r)
{
  g_autoptr(MdgResponse) response = mdg_response_new ();
  guint32 n_parts;

  response->stage = get_below (r, 1, 3);
  response->actor = get_below (r, 0, MDG_N_ACTORS);
  response->preface = get_text (r, FALSE);
  n_parts = get_count (r, 2);
  if (r->ok && n_parts == 0)
    reader_fail (r, "a response without parts");
  for (guint i = 0; i < n_parts && r->ok; i++)
    {
      MdgPart *part = g_new0 (MdgPart, 1);

      g_ptr_array_add (response->parts, part);
      part->condition = get_text (r, FALSE);
      part->text = get_text (r, TRUE);
    }
  get_texts (r, 0, response->notes);

  return r->ok ? g_steal_pointer (&response) : NULL;
}

static MdgCase *
get_case (Reader *r,
          MdgKb  *kb,
          guint   min_number)
{
  g_autoptr(MdgCase) kase = g_object_new (MDG_TYPE_CASE, NULL);
  gboolean seen[3][MDG_N_ACTORS] = { { FALSE, }, };
  gboolean needs_handout = FALSE;
  guint32 n;

  /* Sorted by number, each once. */
  kase->number = get_below (r, min_number, 100000);
  kase->area = g_ptr_array_index (kb->areas, get_below (r, 0, kb->areas->len));
  kase->title = get_text (r, TRUE);
  kase->symptom = get_text (r, TRUE);
  kase->error_code = get_string (r, FALSE);
  kase->error_screen = get_text (r, FALSE);
  kase->error_message = get_text (r, FALSE);
  if (r->ok && kase->error_message == NULL && (kase->error_code != NULL || kase->error_screen != NULL))
    reader_fail (r, "an error without its message");
  get_texts (r, 1, kase->causes);

  n = get_count (r, 5);
  if (r->ok && n == 0)
    reader_fail (r, "a case without responses");
  for (guint i = 0; i < n && r->ok; i++)
    {
      MdgResponse *response = get_response (r);

      if (response == NULL)
        break;
      g_ptr_array_add (kase->responses, response);
      if (seen[response->stage][response->actor])
        reader_fail (r, "a second response for a stage and actor");
      if (i > 0 && response->stage < ((MdgResponse *) g_ptr_array_index (kase->responses, i - 1))->stage)
        reader_fail (r, "responses out of order");
      seen[response->stage][response->actor] = TRUE;
      needs_handout |= response->actor != MDG_ACTOR_CLINIC;
    }

  get_texts (r, 0, kase->notes);
  get_references (r, kb->updates, kase->updates);
  get_references (r, kb->contacts, kase->contacts);
  get_references (r, kb->glossary, kase->terms);

  if (get_below (r, 0, 2) == 1)
    {
      kase->handout = mdg_handout_new ();
      kase->handout->situation = get_text (r, TRUE);
      get_texts (r, 0, kase->handout->steps);
      kase->handout->clinic = get_text (r, TRUE);
    }
  else if (r->ok && needs_handout)
    {
      reader_fail (r, "a patient's case without a handout");
    }

  /* As the loader has it: an added case above the document's numbers, with its
   * sources and date; a document case with neither. */
  kase->origin = get_below (r, MDG_ORIGIN_DOCUMENT, MDG_ORIGIN_ADDED + 1);
  n = get_count (r, 2);
  for (guint i = 0; i < n && r->ok; i++)
    {
      MdgSource *source = g_new0 (MdgSource, 1);

      g_ptr_array_add (kase->sources, source);
      source->title = get_string (r, TRUE);
      source->url = get_string (r, TRUE);
    }
  kase->checked = get_date (r, FALSE);
  get_texts (r, 0, kase->unclear);
  if (r->ok && kase->origin == MDG_ORIGIN_ADDED &&
      (kase->number <= MDG_DOCUMENT_NUMBER_MAX || kase->sources->len == 0 || kase->checked == NULL))
    reader_fail (r, "an added case without its number, sources or date");
  if (r->ok && kase->origin == MDG_ORIGIN_DOCUMENT &&
      (kase->number > MDG_DOCUMENT_NUMBER_MAX || kase->sources->len > 0 ||
       kase->checked != NULL || kase->unclear->len > 0))
    reader_fail (r, "a document case with an added case's number or fields");

  return r->ok ? g_steal_pointer (&kase) : NULL;
}

/* Each id of a kind once, as the loader has it. */
static void
check_id (Reader     *r,
          GHashTable *ids,
          const char *kind,
          const char *id)
{
  g_autofree char *key = g_strconcat (kind, ":", id, NULL);

  if (r->ok && !g_hash_table_add (ids, g_steal_pointer (&key)))
    reader_fail (r, "an id given twice");
}

static gboolean
get_model (Reader *r,
           MdgKb  *kb)
{
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint32 n;

  kb->date = get_date (r, TRUE);
  kb->title = get_text (r, TRUE);
  kb->translation_note = get_text (r, TRUE);
  for (guint i = 0; i < MDG_N_ACTORS; i++)
    {
      kb->actors[i].actor = i;
      kb->actors[i].id = g_strdup (mdg_actor_ids[i]);
      kb->actors[i].mark = get_string (r, TRUE);
      kb->actors[i].name = get_text (r, TRUE);
    }

  n = get_count (r, 3);
  if (r->ok && n == 0)
    reader_fail (r, "no areas");
  for (guint i = 0; i < n && r->ok; i++)
    {
      MdgArea *area = g_new0 (MdgArea, 1);

      g_ptr_array_add (kb->areas, area);
      area->id = get_string (r, TRUE);
      area->name = get_text (r, TRUE);
      area->patient_name = get_text (r, FALSE);
      check_id (r, ids, "area", area->id);
    }

  n = get_count (r, 9);
  for (guint i = 0; i < n && r->ok; i++)
    {
      MdgContact *contact = g_new0 (MdgContact, 1);

      g_ptr_array_add (kb->contacts, contact);
      contact->id = get_string (r, TRUE);
      contact->name = get_text (r, TRUE);
      contact->phone = get_string (r, FALSE);
      contact->hours = get_text (r, FALSE);
      contact->url = get_string (r, FALSE);
      contact->audience = get_text (r, TRUE);
      contact->handout_languages = get_below (r, 0, 1u << g_strv_length ((char **) mdg_languages));
      contact->staff_only = get_below (r, 0, 2);
      contact->source = get_string (r, TRUE);
      contact->checked = get_date (r, TRUE);
      check_id (r, ids, "contact", contact->id);
    }

  n = get_count (r, 6);
  for (guint i = 0; i < n && r->ok; i++)
    {
      MdgUpdate *update = mdg_update_new ();

      g_ptr_array_add (kb->updates, update);
      update->id = get_string (r, TRUE);
      update->date = get_date (r, TRUE);
      update->title = get_text (r, FALSE);
      update->text = get_text (r, TRUE);
      get_strings (r, 1, update->sources);
      update->checked = get_date (r, TRUE);
      check_id (r, ids, "update", update->id);
    }

  n = get_count (r, 7);
  for (guint i = 0; i < n && r->ok; i++)
    {
      MdgTerm *term = mdg_term_new ();

      g_ptr_array_add (kb->glossary, term);
      term->id = get_string (r, TRUE);
      term->term = get_text (r, TRUE);
      get_strings (r, 0, term->aliases);
      term->reading = get_string (r, FALSE);
      term->definition = get_text (r, TRUE);
      term->source = get_string (r, FALSE);
      term->checked = get_date (r, FALSE);
      check_id (r, ids, "term", term->id);
    }

  n = get_count (r, 20);
  if (r->ok && n == 0)
    reader_fail (r, "no cases");
  for (guint i = 0; i < n && r->ok; i++)
    {
      guint min_number = i == 0 ? 1 : ((MdgCase *) g_ptr_array_index (cases, i - 1))->number + 1;
      MdgCase *kase = get_case (r, kb, min_number);

      if (kase != NULL)
        g_ptr_array_add (cases, kase);
    }

  kb->summary_actor = get_text (r, TRUE);
  kb->summary_intro = get_text (r, TRUE);
  get_texts (r, 0, kb->summary_items);

  n = get_count (r, 3);
  for (guint i = 0; i < n && r->ok; i++)
    {
      GPtrArray *group = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (kb->synonyms, group);
      get_strings (r, 2, group);
    }
  get_strings (r, 0, kb->readings);
  if (r->ok && kb->readings->len % 2 != 0)
    reader_fail (r, "a reading without its term");

  if (r->ok && r->pos != r->n_words)
    reader_fail (r, "data after the end");
  if (!r->ok)
    return FALSE;

  mdg_kb_set_cases (kb, g_steal_pointer (&cases));
  return TRUE;
}

/* The whole file */

static gboolean
string_child_equal (GVariant   *parent,
                    gsize       index,
                    const char *expected)
{
  g_autoptr(GVariant) child = g_variant_get_child_value (parent, index);

  return g_str_equal (g_variant_get_string (child, NULL), expected);
}

static gconstpointer
fixed_child (GVariant *parent,
             gsize     index,
             gsize     element_size,
             gsize    *n_elements)
{
  g_autoptr(GVariant) child = g_variant_get_child_value (parent, index);

  /* The data lives as long as @parent, which shares the same bytes. */
  return g_variant_get_fixed_array (child, n_elements, element_size);
}

static MdgKb *
load_variant (GVariant       *cache,
              const char     *absolute,
              const guint64  *identity,
              const char     *origin,
              MdgKbCacheInfo *info)
{
  g_autoptr(MdgKb) kb = NULL;
  const guint64 *stored;
  const char *path;
  Reader r = { 0, };
  gsize n, path_len;

  if (!g_variant_is_of_type (cache, G_VARIANT_TYPE (CACHE_TYPE)) ||
      !string_child_equal (cache, 0, CACHE_MAGIC))
    {
      g_debug ("knowledge-base cache %s: not a cache file, not used", info->file);
      return NULL;
    }

  {
    g_autoptr(GVariant) format = g_variant_get_child_value (cache, 1);

    if (g_variant_get_uint32 (format) != CACHE_FORMAT ||
        (identity != NULL && !string_child_equal (cache, 2, PACKAGE_VERSION)))
      {
        g_debug ("knowledge-base cache %s: another version, not used", info->file);
        return NULL;
      }
  }

  path = fixed_child (cache, 3, 1, &path_len);
  stored = fixed_child (cache, 4, sizeof (guint64), &n);
  if (n != N_ID || (identity != NULL && memcmp (stored, identity, sizeof (guint64) * N_ID) != 0))
    {
      g_debug ("knowledge-base cache %s: the file changed, not used", info->file);
      return NULL;
    }
  if (absolute != NULL && (path_len != strlen (absolute) || memcmp (path, absolute, path_len) != 0))
    {
      g_debug ("knowledge-base cache %s: for another file, not used", info->file);
      return NULL;
    }

  r.pool = fixed_child (cache, 5, 1, &r.pool_len);
  r.words = fixed_child (cache, 6, sizeof (guint32), &r.n_words);
  r.n_languages = g_strv_length ((char **) mdg_languages);
  r.ok = TRUE;
  if (r.pool_len == 0 || r.pool[r.pool_len - 1] != '\0')
    {
      g_debug ("knowledge-base cache %s: damaged strings, not used", info->file);
      return NULL;
    }
  /* Valid UTF-8 between the NULs. */
  for (const char *p = r.pool, *end = r.pool + r.pool_len - 1, *stop; p < end; p = stop + 1)
    if (!g_utf8_validate_len (p, end - p, &stop) && *stop != '\0')
      {
        g_debug ("knowledge-base cache %s: invalid UTF-8, not used", info->file);
        return NULL;
      }

  kb = g_object_new (MDG_TYPE_KB, NULL);
  kb->origin = g_strdup (origin);
  if (!get_model (&r, kb))
    return NULL;

  info->index = g_variant_get_child_value (cache, 7);
  info->from_cache = TRUE;
  info->saved = TRUE;
  return g_steal_pointer (&kb);
}

/* The GVariant of the cache file @file, read into memory, or NULL. Opened
 * without blocking (a FIFO in its place hung every start) and taken only when
 * the opened file is a regular file of this user; read rather than mapped, so
 * that no later change to the file (truncated: SIGBUS) reaches the program. */
static GBytes *
read_cache_file (const char *file)
{
  g_autoptr(GBytes) whole = NULL;
  g_autoptr(GChecksum) checksum = NULL;
  guint8 digest[CHECKSUM_LENGTH];
  gsize digest_length = sizeof digest;
  struct stat st;
  guint8 *data;
  gsize n = 0;
  int fd;

  fd = g_open (file, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      g_debug ("knowledge-base cache %s: %s", file, g_strerror (errno));
      return NULL;
    }
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode) || st.st_uid != geteuid () ||
      st.st_size <= CHECKSUM_LENGTH || st.st_size > MAX_CACHE_SIZE)
    {
      g_debug ("knowledge-base cache %s: not a regular file of this user of a cache's size, "
               "not used", file);
      close (fd);
      return NULL;
    }

  data = g_malloc (st.st_size);
  while (n < (gsize) st.st_size)
    {
      gssize got = read (fd, data + n, st.st_size - n);

      if (got < 0 && errno == EINTR)
        continue;
      if (got <= 0)
        break;
      n += got;
    }
  close (fd);
  whole = g_bytes_new_take (data, n);
  if (n != (gsize) st.st_size)
    {
      g_debug ("knowledge-base cache %s: cut short while read, not used", file);
      return NULL;
    }

  checksum = g_checksum_new (G_CHECKSUM_MD5);
  g_checksum_update (checksum, data + CHECKSUM_LENGTH, n - CHECKSUM_LENGTH);
  g_checksum_get_digest (checksum, digest, &digest_length);
  if (memcmp (digest, data, CHECKSUM_LENGTH) != 0)
    {
      g_debug ("knowledge-base cache %s: wrong checksum, not used", file);
      return NULL;
    }

  /* 16 bytes in, the GVariant keeps the buffer's 8-byte alignment. */
  return g_bytes_new_from_bytes (whole, CHECKSUM_LENGTH, n - CHECKSUM_LENGTH);
}

MdgKb *
mdg_kb_cache_load (const char      *path,
                   const char      *origin,
                   MdgKbCacheInfo **out_info)
{
  g_autoptr(MdgKbCacheInfo) info = g_new0 (MdgKbCacheInfo, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GVariant) cache = NULL;
  MdgKb *kb;
  gint64 now;

  *out_info = NULL;
  if (!get_identity (path, info->identity))
    return NULL;

  info->path = g_canonicalize_filename (path, NULL);
  info->file = cache_file_for (info->path);

  /* Changed just now: a second change within the clock's tick could keep the
   * same times. Read as usual, and cache on a later start. */
  now = g_get_real_time () / 1000;
  if ((gint64) info->identity[ID_CTIME] * 1000 + (gint64) info->identity[ID_CTIME_NSEC] / 1000000
      > now - CHANGE_GRACE_MS)
    {
      g_debug ("knowledge-base cache: %s changed just now, not cached", path);
      return NULL;
    }

  bytes = read_cache_file (info->file);
  if (bytes == NULL)
    {
      *out_info = g_steal_pointer (&info);
      return NULL;
    }

  cache = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (CACHE_TYPE), bytes, FALSE));
  kb = load_variant (cache, info->path, info->identity, origin, info);
  if (kb == NULL)
    {
      *out_info = g_steal_pointer (&info);
      return NULL;
    }

  set_info (kb, g_steal_pointer (&info));
  return kb;
}

MdgKb *
mdg_kb_cache_load_bytes (GBytes     *bytes,
                         const char *path)
{
  g_autoptr(MdgKbCacheInfo) info = g_new0 (MdgKbCacheInfo, 1);
  g_autoptr(GVariant) cache = NULL;
  MdgKb *kb;

  info->file = g_strdup ("<bytes>");
  cache = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (CACHE_TYPE), bytes, FALSE));
  kb = load_variant (cache, NULL, NULL, path, info);
  if (kb != NULL)
    set_info (kb, g_steal_pointer (&info));

  return kb;
}

void
mdg_kb_cache_attach (MdgKb          *kb,
                     MdgKbCacheInfo *info)
{
  guint64 identity[N_ID];

  if (!get_identity (info->path, identity) ||
      memcmp (identity, info->identity, sizeof identity) != 0)
    {
      g_debug ("knowledge-base cache: %s changed while read, not cached", info->path);
      mdg_kb_cache_info_free (info);
      return;
    }

  set_info (kb, info);
}

gboolean
mdg_kb_is_from_cache (MdgKb *kb)
{
  MdgKbCacheInfo *info;

  g_return_val_if_fail (MDG_IS_KB (kb), FALSE);

  info = mdg_kb_cache_get_info (kb);
  return info != NULL && info->from_cache;
}

/* The index */

gboolean
mdg_kb_cache_get_index (MdgKb          *kb,
                        guint           n_shared,
                        MdgSearchIndex *index)
{
  MdgKbCacheInfo *info = mdg_kb_cache_get_info (kb);
  GVariant *v;
  guint32 n_cases, n_words, n_rows, n_docs;
  gsize n;
  guint64 spare;

  if (info == NULL || info->index == NULL)
    return FALSE;

  v = info->index;
  memset (index, 0, sizeof *index);
  g_variant_get_child (v, 0, "u", &index->n_cases);
  g_variant_get_child (v, 1, "u", &index->n_shared);
  g_variant_get_child (v, 2, "u", &index->n_words);
  g_variant_get_child (v, 3, "u", &index->n_rows);
  n_cases = g_list_model_get_n_items (G_LIST_MODEL (kb->cases));
  n_words = MAX (1, (n_cases + 63) / 64);
  n_rows = index->n_rows;
  n_docs = n_cases + n_shared;
  if (index->n_cases != n_cases || index->n_shared != n_shared || index->n_words != n_words ||
      n_rows < 2 || n_rows > G_MAXUINT16)
    goto invalid;

  index->arena = fixed_child (v, 4, 1, &n);
  if (n == 0 || index->arena[n - 1] != '\0' || n - 1 >= G_MAXUINT32 ||
      !g_utf8_validate_len (index->arena, n - 1, NULL))
    goto invalid;
  index->arena_len = n - 1;

  /* Each section within the arena and after the one before, at a character. */
  index->docs = fixed_child (v, 5, sizeof (guint32), &n);
  if (n != (gsize) n_docs * MDG_SEARCH_DOC_WORDS)
    goto invalid;
  for (gsize i = 0; i < n; i++)
    {
      guint32 at = index->docs[i];

      if (at > index->arena_len || ((guchar) index->arena[at] & 0xC0) == 0x80 ||
          (i % MDG_SEARCH_DOC_WORDS != 0 && at < index->docs[i - 1]))
        goto invalid;
    }

  index->shared_offsets = fixed_child (v, 6, sizeof (guint32), &n);
  if (n != (gsize) n_shared + 1 || index->shared_offsets[0] != 0)
    goto invalid;
  index->shared_cases = fixed_child (v, 7, sizeof (guint32), &n);
  for (guint i = 0; i < n_shared; i++)
    if (index->shared_offsets[i + 1] < index->shared_offsets[i])
      goto invalid;
  if (index->shared_offsets[n_shared] != n)
    goto invalid;
  for (gsize i = 0; i < n; i++)
    if (index->shared_cases[i] >= n_cases)
      goto invalid;

  index->row_chars = fixed_child (v, 8, sizeof (guint16), &n);
  if (n != n_rows - 2)
    goto invalid;

  /* No bit past the last case, in any bitset. */
  spare = n_cases % 64 != 0 ? ~((G_GUINT64_CONSTANT (1) << (n_cases % 64)) - 1) : 0;
  index->rows = fixed_child (v, 9, sizeof (guint64), &n);
  if (n != (gsize) (n_rows - 1) * n_words)
    goto invalid;
  for (gsize i = n_words - 1; i < n; i += n_words)
    if (index->rows[i] & spare)
      goto invalid;
  index->pair_buckets = fixed_child (v, 10, sizeof (guint32), &n);
  if (n > MDG_SEARCH_PAIR_BUCKETS)
    goto invalid;
  index->n_pair_buckets = n;
  for (gsize i = 0; i < n; i++)
    if (index->pair_buckets[i] >= MDG_SEARCH_PAIR_BUCKETS ||
        (i > 0 && index->pair_buckets[i] <= index->pair_buckets[i - 1]))
      goto invalid;
  index->pairs = fixed_child (v, 11, sizeof (guint64), &n);
  if (n != (gsize) index->n_pair_buckets * n_words)
    goto invalid;
  for (gsize i = n_words - 1; i < n; i += n_words)
    if (index->pairs[i] & spare)
      goto invalid;

  index->byte_counts = fixed_child (v, 12, sizeof (guint32), &n);
  if (n != 256)
    goto invalid;

  index->keep = g_variant_ref (v);
  return TRUE;

invalid:
  g_debug ("knowledge-base cache %s: damaged index, built anew", info->file);
  memset (index, 0, sizeof *index);
  return FALSE;
}
