/* test-limits.c — what a query cannot do to the search: stall it, or grow
 * its memory without end. Regression tests for what fuzzing found (see
 * docs/SECURITY.md and fuzz/regressions/).
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "mdg-normalize.h"
#include "mdg-search.h"
#include "mdg-normalize-private.h"

static MdgSearch *search;

static char *
repeat (const char *unit,
        guint       times)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < times; i++)
    g_string_append (out, unit);
  return g_string_free (out, FALSE);
}

/* Seconds that one keystroke's work (query, highlight, suggestions) takes. */
static double
keystroke_seconds (const char *query)
{
  gint64 begin = g_get_monotonic_time ();
  g_autoptr(GArray) hits = mdg_search_query (search, query);
  g_autofree char *markup = mdg_search_highlight (search, "マイナンバーカードで照会した際、資格情報が無効である。", query);
  g_auto(GStrv) suggestions = mdg_search_suggest (search, query, 5);

  g_assert_nonnull (hits);
  g_assert_nonnull (markup);
  g_assert_nonnull (suggestions);
  return (g_get_monotonic_time () - begin) / (double) G_USEC_PER_SEC;
}

/* A pasted page, or a key held down at the kiosk: before queries were cut,
 * 8,000 “a” took about two seconds per keystroke (the work grows with the
 * square of the query). Now a long query costs what its first 256 bytes
 * cost. Judged against that short query in the same run, not against the
 * clock, so that a slow machine or a sanitizer build cannot fail it. */
static void
test_long_query (void)
{
  const char *units[] = { "a", "保険証 ", "ｴﾗｰ", "x1 ", "&<b>", "か゛" };

  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    {
      g_autofree char *query = repeat (units[u], 8000 / strlen (units[u]));
      g_autofree char *start = repeat (units[u], 256 / strlen (units[u]));
      double short_seconds = G_MAXDOUBLE;
      double long_seconds = G_MAXDOUBLE;

      /* The fastest of three of each: the least disturbed by the machine. */
      for (guint i = 0; i < 3; i++)
        {
          short_seconds = MIN (short_seconds, keystroke_seconds (start));
          long_seconds = MIN (long_seconds, keystroke_seconds (query));
        }
      g_test_message ("%zu bytes of “%s”: %.4f s; %zu bytes: %.4f s",
                      strlen (query), units[u], long_seconds, strlen (start), short_seconds);
      g_assert_cmpfloat (long_seconds, <, 4 * short_seconds + 0.02);
    }
}

/* The cut keeps what anyone types: the first 256 bytes decide, on a
 * character boundary, so a query longer than that finds what its start finds. */
static void
test_cut (void)
{
  g_autofree char *padding = repeat ("保", 85);   /* 255 bytes */
  g_autofree char *start = g_strconcat ("010 ", padding, NULL);
  g_autofree char *longer = g_strconcat (start, "険証 無効 ", padding, NULL);
  g_autoptr(GArray) hits_start = NULL;
  g_autoptr(GArray) hits_longer = NULL;
  g_autoptr(GArray) code = mdg_search_query (search, "010");

  g_assert_cmpuint (code->len, >=, 1);
  g_assert_cmpuint (g_array_index (code, MdgHit, 0).kase->number, ==, 1);

  hits_start = mdg_search_query (search, start);
  hits_longer = mdg_search_query (search, longer);
  g_assert_cmpuint (hits_start->len, ==, hits_longer->len);
  for (guint i = 0; i < hits_start->len; i++)
    g_assert_true (g_array_index (hits_start, MdgHit, i).kase ==
                   g_array_index (hits_longer, MdgHit, i).kase);
}

/* Each unusual character a query brings was remembered for ever: a stream of
 * them (random marks on random kanji) grew a kiosk by about 120 bytes a query.
 * The cache now stops growing, and what it no longer keeps still folds. */
static void
test_fold_cache (void)
{
  g_autoptr(GHashTable) cache = mdg_normalize_cache_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *plain = NULL;
  g_autofree char *cached = NULL;

  for (gunichar base = 0x4E00; base < 0x4E00 + 6000; base++)
    for (gunichar mark = 0x0300; mark < 0x0304; mark++)
      {
        g_string_append_unichar (text, base);
        g_string_append_unichar (text, mark);
      }

  cached = mdg_normalize_full (text->str, text->len, NULL, cache);
  g_assert_cmpuint (g_hash_table_size (cache), >, 1000);
  g_assert_cmpuint (g_hash_table_size (cache), <=, 8192);

  /* Past the limit, the same result as without a cache. */
  plain = mdg_normalize (text->str);
  g_assert_cmpstr (cached, ==, plain);
  g_clear_pointer (&cached, g_free);
  cached = mdg_normalize_full (text->str, text->len, NULL, cache);
  g_assert_cmpstr (cached, ==, plain);
  g_assert_cmpuint (g_hash_table_size (cache), <=, 8192);
}

/* What fuzzing found in the normaliser: texts that changed when normalised a
 * second time, so that the index and a query typed from the screen disagreed. */
static void
test_idempotent (void)
{
  static const char * const texts[] = {
    "\xe1\x8f\x97",                  /* Cherokee capital: GLib folds it to small and back */
    "\xea\xae\xa7",                  /* the small letter */
    "9a\x08\xcc\x83",                /* a mark whose character (a control) is dropped */
    "a!\xcc\x83",                    /* … or punctuation */
    "a \xcc\x83",                    /* … or a space */
    "\xe0\xbd\xb3\xe0\xbd\xb5",      /* Tibetan vowel signs of class 0 */
    "\xc4\xb0\xe0\xbd\xb5",          /* İ before marks: folding adds U+0307 */
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *once = mdg_normalize (texts[i]);
      g_autofree char *twice = mdg_normalize (once);

      g_assert_cmpstr (twice, ==, once);
    }

  /* Cherokee, capital or small, is one letter to the search. */
  {
    g_autofree char *capital = mdg_normalize ("\xe1\x8f\x97");
    g_autofree char *small = mdg_normalize ("\xea\xae\xa7");

    g_assert_cmpstr (capital, ==, small);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MdgKb) kb = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  kb = mdg_kb_new_default (&error);
  g_assert_no_error (error);
  search = mdg_search_new (kb);

  g_test_add_func ("/limits/long-query", test_long_query);
  g_test_add_func ("/limits/cut", test_cut);
  g_test_add_func ("/limits/fold-cache", test_fold_cache);
  g_test_add_func ("/limits/idempotent", test_idempotent);

  status = g_test_run ();
  mdg_search_free (search);
  return status;
}
