/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-kb-cache.c — the compiled cache of a knowledge-base file: a load from
 * the cache is the same model and the same search as a load from the JSON,
 * and any problem with the cache only means the JSON is read.
 *
 * MDG_FIXTURES_DIR, MDG_BUNDLED_KB and MDG_QUERIES come from tests/meson.build. */

#define _GNU_SOURCE   /* memmem() */

#include "config.h"

#include "mdg-kb-cache.h"
#include "mdg-kb-open.h"
#include "mdg-search.h"
#include "mdg-search-private.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
  char *dir;          /* a temporary directory */
  char *cache_dir;
  char *path;         /* the knowledge base, copied into dir */
  char *cache_file;
} Fixture;

/* A file changed in the last moment is not cached: wait that out. */
static void
settle (void)
{
  g_usleep (120 * 1000);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const char *source = data;
  g_autofree char *contents = NULL;
  gsize length;

  f->dir = g_dir_make_tmp ("test-kb-cache-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->cache_dir = g_build_filename (f->dir, "cache", NULL);
  f->path = g_build_filename (f->dir, "kb.json", NULL);
  mdg_kb_cache_set_directory (f->cache_dir);
  f->cache_file = mdg_kb_cache_get_file (f->path);
  g_assert_true (g_str_has_prefix (f->cache_file, f->cache_dir));

  g_assert_true (g_file_get_contents (source != NULL ? source : MDG_BUNDLED_KB,
                                      &contents, &length, NULL));
  g_assert_true (g_file_set_contents (f->path, contents, length, NULL));
  settle ();
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_remove (path);
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  mdg_kb_cache_wait ();
  mdg_kb_cache_set_directory (NULL);
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->cache_dir);
  g_free (f->path);
  g_free (f->cache_file);
}

/* A deep dump of the model */

static void
dump_string (GString    *out,
             const char *name,
             const char *s)
{
  g_string_append_printf (out, "%s=%s%s\n", name, s != NULL ? "“" : "", s != NULL ? s : "NULL");
}

static void
dump_text (GString       *out,
           const char    *name,
           const MdgText *text)
{
  if (text == NULL)
    {
      g_string_append_printf (out, "%s=NULL\n", name);
      return;
    }

  g_string_append_printf (out, "%s={%u}\n", name, text->n_items);
  for (guint i = 0; i < text->n_items; i++)
    g_string_append_printf (out, "  %s:%s%s%s\n", text->items[i].lang, text->items[i].text,
                            text->items[i].marked != NULL ? " ruby:" : "",
                            text->items[i].marked != NULL ? text->items[i].marked : "");
}

static void
dump_texts (GString    *out,
            const char *name,
            GPtrArray  *texts)
{
  g_string_append_printf (out, "%s[%u]\n", name, texts->len);
  for (guint i = 0; i < texts->len; i++)
    dump_text (out, name, g_ptr_array_index (texts, i));
}

static void
dump_strings (GString    *out,
              const char *name,
              GPtrArray  *strings)
{
  g_string_append_printf (out, "%s[%u]\n", name, strings->len);
  for (guint i = 0; i < strings->len; i++)
    dump_string (out, name, g_ptr_array_index (strings, i));
}

/* References are dumped by their ids, so that a wrong record shows. */
static void
dump_ids (GString    *out,
          const char *name,
          GPtrArray  *records,
          gsize       id_offset)
{
  g_string_append_printf (out, "%s[%u]:", name, records->len);
  for (guint i = 0; i < records->len; i++)
    g_string_append_printf (out, " %s",
                            G_STRUCT_MEMBER (const char *, g_ptr_array_index (records, i), id_offset));
  g_string_append_c (out, '\n');
}

static char *
dump_kb (MdgKb *kb)
{
  GString *out = g_string_new (NULL);
  GListModel *cases = mdg_kb_get_cases (kb);

  dump_string (out, "origin", mdg_kb_get_origin (kb));
  dump_string (out, "date", mdg_kb_get_date (kb));
  dump_text (out, "title", mdg_kb_get_title (kb));
  dump_text (out, "translation_note", mdg_kb_get_translation_note (kb));
  for (MdgActor a = 0; a < MDG_N_ACTORS; a++)
    {
      const MdgActorInfo *info = mdg_kb_get_actor (kb, a);

      g_string_append_printf (out, "actor %u\n", info->actor);
      dump_string (out, "id", info->id);
      dump_string (out, "mark", info->mark);
      dump_text (out, "name", info->name);
    }

  for (guint i = 0; i < mdg_kb_get_areas (kb)->len; i++)
    {
      const MdgArea *area = g_ptr_array_index (mdg_kb_get_areas (kb), i);

      dump_string (out, "area", area->id);
      dump_text (out, "name", area->name);
      dump_text (out, "patient_name", area->patient_name);
      g_assert_true (mdg_kb_get_area (kb, area->id) == area);
    }

  for (guint i = 0; i < mdg_kb_get_contacts (kb)->len; i++)
    {
      const MdgContact *contact = g_ptr_array_index (mdg_kb_get_contacts (kb), i);

      dump_string (out, "contact", contact->id);
      dump_text (out, "name", contact->name);
      dump_string (out, "phone", contact->phone);
      dump_text (out, "hours", contact->hours);
      dump_string (out, "url", contact->url);
      dump_text (out, "audience", contact->audience);
      g_string_append_printf (out, "handout_languages %x\n", contact->handout_languages);
      dump_string (out, "source", contact->source);
      dump_string (out, "checked", contact->checked);
    }

  for (guint i = 0; i < mdg_kb_get_updates (kb)->len; i++)
    {
      const MdgUpdate *update = g_ptr_array_index (mdg_kb_get_updates (kb), i);

      dump_string (out, "update", update->id);
      dump_string (out, "date", update->date);
      dump_text (out, "title", update->title);
      dump_text (out, "text", update->text);
      dump_strings (out, "sources", update->sources);
      dump_string (out, "checked", update->checked);
    }

  for (guint i = 0; i < mdg_kb_get_glossary (kb)->len; i++)
    {
      const MdgTerm *term = g_ptr_array_index (mdg_kb_get_glossary (kb), i);

      dump_string (out, "term", term->id);
      dump_text (out, "term", term->term);
      dump_strings (out, "aliases", term->aliases);
      dump_string (out, "reading", term->reading);
      dump_text (out, "definition", term->definition);
      dump_string (out, "source", term->source);
      dump_string (out, "checked", term->checked);
    }

  g_string_append_printf (out, "cases %u\n", mdg_kb_get_n_cases (kb));
  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(MdgCase) kase = g_list_model_get_item (cases, i);

      g_assert_true (mdg_kb_get_case (kb, kase->number) == kase);
      g_string_append_printf (out, "case %u area %s\n", kase->number, kase->area->id);
      g_assert_true (mdg_kb_get_area (kb, kase->area->id) == kase->area);
      dump_text (out, "title", kase->title);
      dump_text (out, "symptom", kase->symptom);
      dump_string (out, "error_code", kase->error_code);
      dump_text (out, "error_screen", kase->error_screen);
      dump_text (out, "error_message", kase->error_message);
      dump_texts (out, "causes", kase->causes);
      for (guint j = 0; j < kase->responses->len; j++)
        {
          const MdgResponse *response = g_ptr_array_index (kase->responses, j);

          g_string_append_printf (out, "response stage %u actor %u\n", response->stage,
                                  response->actor);
          dump_text (out, "preface", response->preface);
          for (guint k = 0; k < response->parts->len; k++)
            {
              const MdgPart *part = g_ptr_array_index (response->parts, k);

              dump_text (out, "condition", part->condition);
              dump_text (out, "text", part->text);
            }
          dump_texts (out, "notes", response->notes);
        }
      dump_texts (out, "notes", kase->notes);
      dump_ids (out, "updates", kase->updates, G_STRUCT_OFFSET (MdgUpdate, id));
      dump_ids (out, "contacts", kase->contacts, G_STRUCT_OFFSET (MdgContact, id));
      dump_ids (out, "terms", kase->terms, G_STRUCT_OFFSET (MdgTerm, id));
      for (guint j = 0; j < kase->updates->len; j++)
        g_assert_true (g_ptr_array_find (mdg_kb_get_updates (kb), g_ptr_array_index (kase->updates, j), NULL));
      for (guint j = 0; j < kase->contacts->len; j++)
        g_assert_true (g_ptr_array_find (mdg_kb_get_contacts (kb), g_ptr_array_index (kase->contacts, j), NULL));
      for (guint j = 0; j < kase->terms->len; j++)
        g_assert_true (g_ptr_array_find (mdg_kb_get_glossary (kb), g_ptr_array_index (kase->terms, j), NULL));
      if (kase->handout != NULL)
        {
          dump_text (out, "situation", kase->handout->situation);
          dump_texts (out, "steps", kase->handout->steps);
          dump_text (out, "clinic", kase->handout->clinic);
        }
      else
        g_string_append (out, "handout=NULL\n");
      g_string_append_printf (out, "origin %d\n", kase->origin);
      for (guint j = 0; j < kase->sources->len; j++)
        {
          const MdgSource *source = g_ptr_array_index (kase->sources, j);

          dump_string (out, "source title", source->title);
          dump_string (out, "source url", source->url);
        }
      dump_string (out, "checked", kase->checked);
      dump_texts (out, "unclear", kase->unclear);
      g_assert_null (kase->search_data);
    }

  dump_text (out, "summary_actor", mdg_kb_get_summary_actor (kb));
  dump_text (out, "summary_intro", mdg_kb_get_summary_intro (kb));
  dump_texts (out, "summary_items", mdg_kb_get_summary_items (kb));
  for (guint i = 0; i < mdg_kb_get_synonyms (kb)->len; i++)
    dump_strings (out, "synonyms", g_ptr_array_index (mdg_kb_get_synonyms (kb), i));
  dump_strings (out, "readings", mdg_kb_get_readings (kb));

  return g_string_free (out, FALSE);
}

/* What a search shows, for every query of the quality set and its first
 * characters: hits with scores and fields, highlighting and suggestions. */
static char *
dump_search (MdgSearch *search)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GString *out = g_string_new (NULL);
  MdgKb *kb = mdg_search_get_kb (search);

  for (guint i = 0; i < mdg_kb_get_n_cases (kb); i++)
    {
      gsize length;
      const char *text = mdg_search_get_case_text (search, i, &length);

      g_string_append_printf (out, "text %u: %.*s\n", i, (int) length, text);
    }

  g_assert_true (g_file_get_contents (MDG_QUERIES, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 2);
      const char *query = fields[0];
      glong n;

      if (query == NULL || *query == '\0' || *query == '#')
        continue;

      /* The whole query and its first characters, as typing starts. */
      n = g_utf8_strlen (query, -1);
      for (glong end = 1; end <= n; end = end < 2 && n > 2 ? end + 1 : MAX (end + 1, n))
        {
          g_autofree char *prefix = g_utf8_substring (query, 0, end);
          g_autoptr(GArray) hits = mdg_search_query (search, prefix);
          g_auto(GStrv) suggestions = mdg_search_suggest (search, prefix, 5);
          g_autofree char *joined = g_strjoinv ("|", suggestions);

          g_string_append_printf (out, "query %s:", prefix);
          for (guint h = 0; h < hits->len; h++)
            {
              const MdgHit *hit = &g_array_index (hits, MdgHit, h);

              g_string_append_printf (out, " %u/%d/%x", hit->kase->number, hit->score, hit->fields);
            }
          g_string_append_printf (out, "\nsuggest %s\n", joined);
          if (hits->len > 0)
            {
              MdgCase *kase = g_array_index (hits, MdgHit, 0).kase;
              g_autofree char *markup = mdg_search_highlight (search, mdg_text_get (kase->symptom, "ja"),
                                                              prefix);

              g_string_append_printf (out, "highlight %s\n", markup);
            }
        }
    }

  return g_string_free (out, FALSE);
}

typedef struct {
  char *model;
  char *search;
  gboolean kb_cached;
  gboolean search_cached;
} Load;

static void
load_clear (Load *load)
{
  g_free (load->model);
  g_free (load->search);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Load, load_clear)

/* Loads @path as a desk does, then waits for the cache to be written. */
static void
load (const char *path,
      gboolean    with_search,
      Load       *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MdgKb) kb = mdg_kb_open (path, &error);
  g_autoptr(MdgSearch) search = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (kb);
  out->kb_cached = mdg_kb_is_from_cache (kb);
  out->model = dump_kb (kb);
  search = mdg_kb_open_search (kb);
  out->search_cached = mdg_search_is_from_cache (search);
  if (with_search)
    out->search = dump_search (search);
  g_clear_pointer (&search, mdg_search_free);
  mdg_kb_cache_wait ();
}

static void
assert_same (const Load *a,
             const Load *b)
{
  g_assert_cmpstr (a->model, ==, b->model);
  if (a->search != NULL && b->search != NULL)
    g_assert_cmpstr (a->search, ==, b->search);
}

/* From the JSON, then from the cache: the same, field by field and search by search. */
static void
test_identical (Fixture       *f,
                gconstpointer  data)
{
  g_auto(Load) cold = { 0, };
  g_auto(Load) warm = { 0, };

  g_assert_false (g_file_test (f->cache_file, G_FILE_TEST_EXISTS));
  load (f->path, TRUE, &cold);
  g_assert_false (cold.kb_cached);
  g_assert_false (cold.search_cached);
  g_assert_true (g_file_test (f->cache_file, G_FILE_TEST_IS_REGULAR));

  load (f->path, TRUE, &warm);
  g_assert_true (warm.kb_cached);
  g_assert_true (warm.search_cached);
  assert_same (&cold, &warm);
}

/* The file rewritten with the same size: the cache is not used, and is
 * written anew for the new content. */
static void
test_changed (Fixture       *f,
              gconstpointer  data)
{
  g_auto(Load) first = { 0, };
  g_auto(Load) changed = { 0, };
  g_auto(Load) again = { 0, };
  g_autofree char *contents = NULL;
  char *at;
  gsize length;

  load (f->path, FALSE, &first);
  g_assert_true (g_file_test (f->cache_file, G_FILE_TEST_IS_REGULAR));

  /* The same size, the same inode, another text. */
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  at = strstr (contents, "\"date\": \"");
  g_assert_nonnull (at);
  at += strlen ("\"date\": \"");
  at[3] = at[3] == '0' ? '1' : '0';
  {
    FILE *file = fopen (f->path, "r+");

    g_assert_nonnull (file);
    g_assert_cmpuint (fwrite (contents, 1, length, file), ==, length);
    g_assert_cmpint (fclose (file), ==, 0);
  }
  settle ();

  load (f->path, FALSE, &changed);
  g_assert_false (changed.kb_cached);
  g_assert_cmpstr (changed.model, !=, first.model);

  load (f->path, FALSE, &again);
  g_assert_true (again.kb_cached);
  g_assert_cmpstr (again.model, ==, changed.model);
}

/* Replaces the cache file with @contents and checks that the load falls back
 * to the JSON, with the same result. */
static void
assert_falls_back (Fixture    *f,
                   const Load *reference,
                   const char *contents,
                   gsize       length)
{
  g_auto(Load) damaged = { 0, };

  g_assert_true (g_file_set_contents (f->cache_file, contents, length, NULL));
  load (f->path, reference->search != NULL, &damaged);
  g_assert_false (damaged.kb_cached);
  g_assert_false (damaged.search_cached);
  assert_same (reference, &damaged);
}

static void
test_damaged (Fixture       *f,
              gconstpointer  data)
{
  g_auto(Load) reference = { 0, };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261126);
  g_autofree char *good = NULL;
  g_autofree char *random = NULL;
  g_autofree char *patched = NULL;
  gsize length;
  char *version;

  load (f->path, TRUE, &reference);
  g_assert_true (g_file_get_contents (f->cache_file, &good, &length, NULL));
  g_assert_cmpuint (length, >, 1000);

  /* Cut short anywhere; the searches are compared once, as the loads are
   * the same from here on. */
  assert_falls_back (f, &reference, good, length / 2);
  g_clear_pointer (&reference.search, g_free);
  assert_falls_back (f, &reference, "", 0);
  assert_falls_back (f, &reference, good, 1);
  assert_falls_back (f, &reference, good, length - 1);
  for (guint i = 0; i < 8; i++)
    assert_falls_back (f, &reference, good, g_rand_int_range (rand, 0, length));

  /* Random bytes, as long as the real thing. */
  random = g_malloc (length);
  for (gsize i = 0; i < length; i++)
    random[i] = g_rand_int_range (rand, 0, 256);
  assert_falls_back (f, &reference, random, length);

  /* Another version of Madoguchi. */
  patched = g_memdup2 (good, length);
  version = memmem (patched, length, PACKAGE_VERSION, strlen (PACKAGE_VERSION));
  g_assert_nonnull (version);
  version[0] = version[0] == '9' ? '8' : '9';
  assert_falls_back (f, &reference, patched, length);

  /* The cache of another file, put in this one's place. */
  memcpy (patched, good, length);
  version = memmem (patched, length, "kb.json", strlen ("kb.json"));
  g_assert_nonnull (version);
  version[0] = 'K';
  assert_falls_back (f, &reference, patched, length);
}

/* Bytes changed anywhere in the cache: nothing crashes or reads out of
 * bounds (the sanitizers and valgrind watch), and the load either falls back
 * or is one the cache describes. */
static void
test_flipped (Fixture       *f,
              gconstpointer  data)
{
  g_auto(Load) reference = { 0, };
  g_autoptr(GRand) rand = g_rand_new_with_seed (1126);
  g_autofree char *good = NULL;
  gsize length;

  load (f->path, FALSE, &reference);
  g_assert_true (g_file_get_contents (f->cache_file, &good, &length, NULL));

  for (guint round = 0; round < 60; round++)
    {
      g_autofree char *bad = g_memdup2 (good, length);
      g_autoptr(MdgKb) kb = NULL;
      g_autoptr(MdgSearch) search = NULL;
      g_autoptr(GArray) hits = NULL;
      g_autofree char *model = NULL;
      guint n = 1 + round % 4;

      for (guint i = 0; i < n; i++)
        {
          /* Mostly where the counts and offsets are: the model and the end. */
          gsize at = g_rand_boolean (rand)
            ? (gsize) g_rand_int_range (rand, 0, length)
            : length - 1 - (gsize) g_rand_int_range (rand, 0, MIN (length, 4096));

          bad[at] = g_rand_boolean (rand) ? (char) g_rand_int_range (rand, 0, 256) : (char) (bad[at] ^ 0x80);
        }
      g_assert_true (g_file_set_contents (f->cache_file, bad, length, NULL));

      kb = mdg_kb_open (f->path, NULL);
      g_assert_nonnull (kb);
      model = dump_kb (kb);
      if (!mdg_kb_is_from_cache (kb))
        g_assert_cmpstr (model, ==, reference.model);
      search = mdg_kb_open_search (kb);
      hits = mdg_search_query (search, "保険証 無効");
      g_clear_pointer (&hits, g_array_unref);
      hits = mdg_search_query (search, "010");
      mdg_kb_cache_wait ();
    }
}

/* A cache directory that cannot be made: loads work all the same. */
static void
test_unwritable (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *blocker = g_build_filename (f->dir, "not-a-directory", NULL);
  g_autofree char *inside = g_build_filename (blocker, "cache", NULL);
  g_auto(Load) first = { 0, };
  g_auto(Load) second = { 0, };

  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  mdg_kb_cache_set_directory (inside);

  load (f->path, FALSE, &first);
  load (f->path, FALSE, &second);
  g_assert_false (first.kb_cached);
  g_assert_false (second.kb_cached);
  assert_same (&first, &second);
  g_assert_false (g_file_test (inside, G_FILE_TEST_EXISTS));
}

/* A file changed just before it is read is not cached: a second change within
 * the same tick of the file system's clock would keep its times. */
static void
test_just_changed (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *contents = NULL;
  g_auto(Load) first = { 0, };
  g_auto(Load) second = { 0, };
  gsize length;

  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (f->path, contents, length, NULL));
  load (f->path, FALSE, &first);
  g_assert_false (g_file_test (f->cache_file, G_FILE_TEST_EXISTS));

  settle ();
  load (f->path, FALSE, &second);
  g_assert_false (second.kb_cached);
  g_assert_true (g_file_test (f->cache_file, G_FILE_TEST_IS_REGULAR));
}

/* One word edited in the cache (“First” → “HACKT”, the GVariant still valid):
 * the checksum sends the load to the JSON, which says “First”. */
static void
test_edited (Fixture       *f,
             gconstpointer  data)
{
  g_auto(Load) reference = { 0, };
  g_auto(Load) edited = { 0, };
  g_autofree char *good = NULL;
  char *word;
  gsize length;

  load (f->path, TRUE, &reference);
  g_assert_true (g_file_get_contents (f->cache_file, &good, &length, NULL));
  word = memmem (good, length, "First registration", strlen ("First registration"));
  g_assert_nonnull (word);
  memcpy (word, "HACKT", 5);
  g_assert_true (g_file_set_contents (f->cache_file, good, length, NULL));

  load (f->path, TRUE, &edited);
  g_assert_false (edited.kb_cached);
  g_assert_null (strstr (edited.model, "HACKT"));
  assert_same (&reference, &edited);
}

/* What is in place of the cache file can neither hang nor crash a start. */
static void
test_not_regular (Fixture       *f,
                  gconstpointer  data)
{
  g_auto(Load) reference = { 0, };
  g_auto(Load) warm = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(MdgKb) kb = NULL;
  g_autoptr(MdgSearch) search = NULL;
  g_autofree char *model = NULL;
  g_autofree char *searched = NULL;

  load (f->path, TRUE, &reference);
  g_assert_true (g_file_test (f->cache_file, G_FILE_TEST_IS_REGULAR));

  /* Truncated in place while the program runs: it read the file into
   * memory, so the model and the index stay whole (mapped, SIGBUS). */
  kb = mdg_kb_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (mdg_kb_is_from_cache (kb));
  search = mdg_kb_open_search (kb);
  g_assert_true (mdg_search_is_from_cache (search));
  g_assert_cmpint (truncate (f->cache_file, 0), ==, 0);
  model = dump_kb (kb);
  searched = dump_search (search);
  g_assert_cmpstr (model, ==, reference.model);
  g_assert_cmpstr (searched, ==, reference.search);
  g_clear_pointer (&search, mdg_search_free);
  g_clear_object (&kb);
  mdg_kb_cache_wait ();

  /* A FIFO in its place hung every start in open(); the alarm ends a hang. */
  g_assert_cmpint (g_unlink (f->cache_file), ==, 0);
  g_assert_cmpint (mkfifo (f->cache_file, 0600), ==, 0);
  alarm (30);
  load (f->path, FALSE, &warm);
  alarm (0);
  g_assert_false (warm.kb_cached);
  g_assert_cmpstr (warm.model, ==, reference.model);
  g_clear_pointer (&warm.model, g_free);
  g_assert_cmpint (g_unlink (f->cache_file), ==, 0);

  /* Another user's file is not taken, whatever it says. */
  load (f->path, FALSE, &warm);
  g_clear_pointer (&warm.model, g_free);
  g_assert_true (g_file_test (f->cache_file, G_FILE_TEST_IS_REGULAR));
  if (geteuid () == 0)
    {
      g_assert_cmpint (chown (f->cache_file, 65534, 65534), ==, 0);
      load (f->path, FALSE, &warm);
      g_assert_false (warm.kb_cached);
      g_assert_cmpstr (warm.model, ==, reference.model);
    }
  else
    {
      g_test_message ("not root: another user's cache file not tried");
    }
}

/* The bundled knowledge base and data in memory have no file to cache. */
static void
test_not_files (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(MdgKb) bundled = mdg_kb_new_default (NULL);
  g_autoptr(MdgSearch) search = NULL;
  g_autoptr(GDir) dir = NULL;

  g_assert_nonnull (bundled);
  g_assert_false (mdg_kb_is_from_cache (bundled));
  search = mdg_kb_open_search (bundled);
  g_assert_false (mdg_search_is_from_cache (search));
  mdg_kb_cache_wait ();
  dir = g_dir_open (f->cache_dir, 0, NULL);
  g_assert_true (dir == NULL || g_dir_read_name (dir) == NULL);
}

/* Only mdg_kb_open_search() goes through the cache: mdg_search_new() builds the
 * index even for a model read from the cache, and writes nothing. */
static void
test_search_alone (Fixture       *f,
                   gconstpointer  data)
{
  g_auto(Load) reference = { 0, };
  g_autoptr(MdgKb) kb = NULL;
  g_autoptr(MdgSearch) search = NULL;
  g_autofree char *searched = NULL;

  kb = mdg_kb_open (f->path, NULL);
  g_assert_nonnull (kb);
  search = mdg_search_new (kb);
  g_assert_false (mdg_search_is_from_cache (search));
  g_clear_pointer (&search, mdg_search_free);
  g_clear_object (&kb);
  mdg_kb_cache_wait ();
  g_assert_false (g_file_test (f->cache_file, G_FILE_TEST_EXISTS));

  load (f->path, TRUE, &reference);
  g_assert_true (g_file_test (f->cache_file, G_FILE_TEST_IS_REGULAR));
  kb = mdg_kb_open (f->path, NULL);
  g_assert_true (mdg_kb_is_from_cache (kb));
  search = mdg_search_new (kb);
  g_assert_false (mdg_search_is_from_cache (search));
  searched = dump_search (search);
  g_assert_cmpstr (searched, ==, reference.search);
}

#define MINIMAL MDG_FIXTURES_DIR "/minimal.json"

int
main (int   argc,
      char *argv[])
{
  static const char * const sources[] = {
    MDG_BUNDLED_KB,
    MDG_FIXTURES_DIR "/minimal.json",
    MDG_FIXTURES_DIR "/markup.json",
    MDG_FIXTURES_DIR "/optional-absent.json",
    MDG_FIXTURES_DIR "/unicode-escapes.json",
    MDG_FIXTURES_DIR "/bom.json",
    MDG_FIXTURES_DIR "/added-case.json",
  };

  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      g_autofree char *base = g_path_get_basename (sources[i]);
      g_autofree char *name = g_strdup_printf ("/kb-cache/identical/%s", base);

      g_test_add (name, Fixture, sources[i], fixture_set_up, test_identical, fixture_tear_down);
    }
  g_test_add ("/kb-cache/changed", Fixture, MINIMAL, fixture_set_up, test_changed, fixture_tear_down);
  g_test_add ("/kb-cache/damaged", Fixture, MINIMAL, fixture_set_up, test_damaged, fixture_tear_down);
  g_test_add ("/kb-cache/flipped", Fixture, MINIMAL,
              fixture_set_up, test_flipped, fixture_tear_down);
  g_test_add ("/kb-cache/unwritable", Fixture, MINIMAL, fixture_set_up, test_unwritable,
              fixture_tear_down);
  g_test_add ("/kb-cache/just-changed", Fixture, MINIMAL, fixture_set_up, test_just_changed,
              fixture_tear_down);
  g_test_add ("/kb-cache/not-files", Fixture, NULL, fixture_set_up, test_not_files,
              fixture_tear_down);
  g_test_add ("/kb-cache/edited", Fixture, MINIMAL, fixture_set_up, test_edited,
              fixture_tear_down);
  g_test_add ("/kb-cache/search-alone", Fixture, MINIMAL, fixture_set_up, test_search_alone,
              fixture_tear_down);
  /* What stands in the cache file's place matters here, not the knowledge
   * base's size: the small one (the bundled one took 80 s under valgrind). */
  g_test_add ("/kb-cache/not-regular", Fixture, MINIMAL, fixture_set_up, test_not_regular,
              fixture_tear_down);

  return g_test_run ();
}
