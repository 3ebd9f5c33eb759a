/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-kb-robust.c — the knowledge-base loader on big, deep, unreadable and damaged input.
 *
 * Part of the test-kb program: test-kb.c registers these with the rest. */

#include "test-kb.h"
#include "kb-generate.h"
#include "mdg-kb-open.h"

#include <json-glib/json-glib.h>

#include <glib/gstdio.h>
#include <fcntl.h>
#include <unistd.h>
#include <string.h>

/* Big and deep inputs, made at test time */

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("test-kb-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_temp (const char *dir,
             const char *file)
{
  if (file != NULL)
    g_assert_cmpint (g_remove (file), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static char *
nested (guint       depth,
        const char *inner)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < depth; i++)
    g_string_append_c (out, '[');
  g_string_append (out, inner);
  for (guint i = 0; i < depth; i++)
    g_string_append_c (out, ']');

  return g_string_free (out, FALSE);
}

static void
test_too_big (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "huge.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MdgKb) kb = NULL;
  g_autofree char *data = NULL;
  int fd;

  /* 100 MB without writing 100 MB: a sparse file, refused from its size alone. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, 100 * 1000 * 1000), ==, 0);
  g_assert_true (g_close (fd, NULL));

  kb = mdg_kb_open (path, &error);
  g_assert_null (kb);
  g_assert_error (error, MDG_KB_ERROR, MDG_KB_ERROR_PARSE);
  assert_error_shape (error, path);
  g_assert_nonnull (strstr (error->message, "32 MiB"));
  g_clear_error (&error);
  remove_temp (dir, path);

  /* In memory, one byte over the limit. */
  data = g_malloc0 (32 * 1024 * 1024 + 1);
  kb = mdg_kb_new_from_data (data, 32 * 1024 * 1024 + 1, "big", &error);
  g_assert_null (kb);
  g_assert_error (error, MDG_KB_ERROR, MDG_KB_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "32 MiB"));
}

static void
test_too_deep (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "deep.json", NULL);
  g_autofree char *deep = nested (100000, "");
  g_autofree char *at_limit = nested (64, "");
  g_autofree char *over_limit = nested (65, "");
  g_autofree char *in_string = NULL;
  g_autofree char *objects = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MdgKb) kb = NULL;
  GString *s;

  g_assert_true (g_file_set_contents (path, deep, -1, NULL));
  kb = mdg_kb_open (path, &error);
  g_assert_null (kb);
  g_assert_error (error, MDG_KB_ERROR, MDG_KB_ERROR_PARSE);
  assert_error_shape (error, path);
  g_assert_nonnull (strstr (error->message, ":1:65: nested deeper than 64"));
  g_clear_error (&error);
  remove_temp (dir, path);

  /* 64 levels pass the syntax check and fail only for not being a knowledge base. */
  kb = mdg_kb_new_from_data (at_limit, -1, "at-limit", &error);
  g_assert_error (error, MDG_KB_ERROR, MDG_KB_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "top level"));
  g_clear_error (&error);

  kb = mdg_kb_new_from_data (over_limit, -1, "over-limit", &error);
  g_assert_error (error, MDG_KB_ERROR, MDG_KB_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "nested deeper"));
  g_clear_error (&error);

  /* Brackets inside a string are text, not nesting. */
  s = g_string_new ("[\"");
  for (guint i = 0; i < 30000; i++)
    g_string_append (s, "[{");
  g_string_append (s, "\"]");
  in_string = g_string_free (s, FALSE);
  kb = mdg_kb_new_from_data (in_string, -1, "in-string", &error);
  g_assert_error (error, MDG_KB_ERROR, MDG_KB_ERROR_INVALID);
  g_clear_error (&error);

  s = g_string_new (NULL);
  for (guint i = 0; i < 100000; i++)
    g_string_append (s, "{\"a\":");
  objects = g_string_free (s, FALSE);
  kb = mdg_kb_new_from_data (objects, -1, "objects", &error);
  g_assert_error (error, MDG_KB_ERROR, MDG_KB_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "nested deeper"));
}

/* A document of @n copies of @item in an array, as a hostile or broken file might be. */
static char *
repeated (const char *item,
          gsize       size)
{
  gsize item_length = strlen (item);
  GString *s = g_string_sized_new (size + item_length + 2);

  g_string_append_c (s, '[');
  while (s->len + item_length + 2 <= size)
    {
      g_string_append (s, item);
      g_string_append_c (s, ',');
    }
  s->str[s->len - 1] = ']';

  return g_string_free (s, FALSE);
}

/* The minimal knowledge base with its second case copied @n times. */
static char *
many_cases (guint n)
{
  g_autofree char *path = fixture_path ("minimal.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  JsonObject *root;
  JsonArray *cases;
  g_autofree char *model = NULL;

  g_assert_true (json_parser_load_from_file (parser, path, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  /* As text: json_node_copy() would share the object. */
  model = json_to_string (json_array_get_element (json_object_get_array_member (root, "cases"), 0),
                          FALSE);
  cases = json_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *kase = json_from_string (model, NULL);
      JsonObject *object = json_node_get_object (kase);

      kb_generate_set_number (object, i + 1);
      json_array_add_element (cases, kase);
    }
  json_object_set_array_member (root, "cases", cases);
  json_generator_set_root (generator, json_parser_get_root (parser));

  return json_generator_to_data (generator, NULL);
}

static gsize
peak_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmHWM:");

  return line != NULL ? g_ascii_strtoull (line + 6, NULL, 10) : 0;
}

/* Documents that json-glib would turn into gigabytes are refused by the scanner's
 * budgets, at the place where the budget ran out, before json-glib sees them. */
static void
test_budgets (void)
{
  g_autofree char *objects = NULL;
  g_autofree char *zeros = NULL;
  g_autofree char *long_string = NULL;
  g_autofree char *at_limit = NULL;
  g_autofree char *over_limit = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MdgKb) kb = NULL;
  gsize rss_before;
  GString *s;

  /* A test of scale (64 MB of JSON, 10,000 cases), not of memory handling:
   * the scanner's and loader's code paths here are the ones the other tests
   * walk on small inputs under valgrind, and ASan runs this one in full
   * (tools/sanitize.sh, suite core). Under memcheck it took 200 s of the CI. */
  if (g_getenv ("MADOGUCHI_UNDER_VALGRIND") != NULL)
    {
      g_test_skip ("a test of scale, run by the ordinary and the sanitizer runs");
      return;
    }
  objects = repeated ("{}", 32 * 1024 * 1024);
  zeros = repeated ("0", 32 * 1024 * 1024);
  at_limit = many_cases (10000);
  over_limit = many_cases (10001);
  rss_before = peak_rss_kb ();

  kb = mdg_kb_new_from_data (objects, -1, "objects.json", &error);
  g_assert_null (kb);
  g_assert_error (error, MDG_KB_ERROR, MDG_KB_ERROR_PARSE);
  /* The 500,001st object starts at byte 1 + 3 × 500,000. */
  g_assert_cmpstr (error->message, ==, "objects.json:1:1500002: more than 500,000 objects "
                   "by here, expected at most 500,000 in a knowledge base");
  g_clear_error (&error);

  kb = mdg_kb_new_from_data (zeros, -1, "zeros.json", &error);
  g_assert_error (error, MDG_KB_ERROR, MDG_KB_ERROR_PARSE);
  /* The array is the first value, so the 2,000,001st value is the 2,000,000th zero. */
  g_assert_cmpstr (error->message, ==, "zeros.json:1:4000000: more than 2,000,000 values "
                   "by here, expected at most 2,000,000 (strings, numbers, objects and "
                   "arrays) in a knowledge base");
  g_clear_error (&error);

  /* json-glib never built a tree of these: 3.3 GB and 1.3 GB before the budgets. */
  g_assert_cmpuint (peak_rss_kb () - rss_before, <, 64 * 1024);

  s = g_string_new ("{ \"format\": 1, \"date\": \"");
  for (guint i = 0; i < 64 * 1024 + 1; i++)
    g_string_append_c (s, 'a');
  g_string_append (s, "\" }");
  long_string = g_string_free (s, FALSE);
  kb = mdg_kb_new_from_data (long_string, -1, "long.json", &error);
  g_assert_error (error, MDG_KB_ERROR, MDG_KB_ERROR_PARSE);
  g_assert_cmpstr (error->message, ==, "long.json:1:24: a string of more than 64 KiB, "
                   "expected at most 64 KiB");
  g_clear_error (&error);

  kb = mdg_kb_new_from_data (at_limit, -1, "at-limit.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (mdg_kb_get_cases (kb)), ==, 10000);
  g_clear_object (&kb);

  kb = mdg_kb_new_from_data (over_limit, -1, "over-limit.json", &error);
  g_assert_null (kb);
  g_assert_error (error, MDG_KB_ERROR, MDG_KB_ERROR_PARSE);
  assert_error_shape (error, "over-limit.json");
  g_assert_nonnull (strstr (error->message, ": cases[10000]: more than 10,000 cases, "
                            "expected at most 10,000, the most Madoguchi supports"));
}

static void
test_unreadable (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MdgKb) kb = NULL;

  kb = mdg_kb_open (missing, &error);
  g_assert_null (kb);
  g_assert_error (error, MDG_KB_ERROR, MDG_KB_ERROR_IO);
  assert_error_shape (error, missing);
  g_clear_error (&error);

  kb = mdg_kb_open (dir, &error);
  g_assert_null (kb);
  g_assert_error (error, MDG_KB_ERROR, MDG_KB_ERROR_IO);
  assert_error_shape (error, dir);
  g_assert_nonnull (strstr (error->message, "folder"));
  g_clear_error (&error);

  /* A device never ends; it is refused for not being a file. */
  kb = mdg_kb_open ("/dev/zero", &error);
  g_assert_null (kb);
  g_assert_error (error, MDG_KB_ERROR, MDG_KB_ERROR_IO);

  remove_temp (dir, NULL);
}

static void
expect_clean_outcome (MdgKb  *kb,
                      GError *error,
                      const char *origin)
{
  if (kb == NULL)
    {
      g_assert_true (error != NULL && error->domain == MDG_KB_ERROR);
      assert_error_shape (error, origin);
    }
  else
    {
      g_assert_no_error (error);
    }
}

/* Every prefix of a valid file is refused, cleanly. */
static void
test_every_truncation (void)
{
  g_autofree char *path = fixture_path ("minimal.json");
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));

  /* Only the final newline may go. */
  while (length > 0 && g_ascii_isspace (contents[length - 1]))
    length--;

  for (gsize i = 0; i < length; i++)
    {
      /* A copy of just these bytes, so that a sanitizer sees any read past them. */
      g_autofree char *cut = g_memdup2 (contents, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(MdgKb) kb = mdg_kb_new_from_data (cut, i, "cut", &error);

      g_assert_null (kb);
      g_assert_error (error, MDG_KB_ERROR, MDG_KB_ERROR_PARSE);
      assert_error_shape (error, "cut");
    }
}

/* Random damage never crashes, hangs or gives a message of more than one line. */
static void
test_random_damage (void)
{
  static const char replacements[] = "{}[]\":,\\ 0a-\n\x01\x80\xff";
  g_autofree char *path = fixture_path ("minimal.json");
  g_autofree char *contents = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20241202);
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));

  for (guint round = 0; round < 2000; round++)
    {
      g_autofree char *copy = g_memdup2 (contents, length);
      g_autoptr(GError) error = NULL;
      g_autoptr(MdgKb) kb = NULL;
      guint n_changes = g_rand_int_range (rand, 1, 4);

      for (guint i = 0; i < n_changes; i++)
        copy[g_rand_int_range (rand, 0, length)] =
          replacements[g_rand_int_range (rand, 0, sizeof replacements - 1)];

      kb = mdg_kb_new_from_data (copy, length, "damaged", &error);
      expect_clean_outcome (kb, error, "damaged");
    }
}

void
kb_robust_add_tests (void)
{
  g_test_add_func ("/kb/robust/too-big", test_too_big);
  g_test_add_func ("/kb/robust/too-deep", test_too_deep);
  g_test_add_func ("/kb/robust/budgets", test_budgets);
  g_test_add_func ("/kb/robust/unreadable", test_unreadable);
  g_test_add_func ("/kb/robust/every-truncation", test_every_truncation);
  g_test_add_func ("/kb/robust/random-damage", test_random_damage);
}
