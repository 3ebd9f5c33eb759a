/* fuzz-normalize.c — the search normaliser against any bytes at all.
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The normaliser runs on every keystroke of the search entry and on every text
 * of the knowledge base. Besides not crashing, it keeps the promises the search
 * and the highlighting build on (mdg-search.h, mdg-normalize.c):
 *   - the result is valid UTF-8 with no control character, newline included,
 *     and no space at either end or two spaces in a row;
 *   - the map has one entry per byte of the result, each the offset of the
 *     start of a character in the input, in order, inside the input;
 *   - the cache, the length argument and appending to a string change nothing.
 * Invalid UTF-8 (from a command line, say) is allowed and skipped.
 */

#include "fuzz-common.h"

#include <string.h>

#include "mdg-normalize.h"
#include "mdg-normalize-private.h"

static GHashTable *cache;

static void
check_result (const char *text,
              gsize       length,
              const char *norm,
              GArray     *map)
{
  gsize norm_len = strlen (norm);
  gsize prev = 0;
  gboolean valid_input;

  FUZZ_CHECK (g_utf8_validate (norm, -1, NULL));
  FUZZ_CHECK (norm_len == 0 || (norm[0] != ' ' && norm[norm_len - 1] != ' '));
  FUZZ_CHECK (strstr (norm, "  ") == NULL);
  for (const char *p = norm; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      FUZZ_CHECK (!g_unichar_iscntrl (c));
    }

  if (map == NULL)
    return;

  FUZZ_CHECK (map->len == norm_len);
  valid_input = g_utf8_validate (text, length, NULL);
  for (guint i = 0; i < map->len; i++)
    {
      gsize src = g_array_index (map, gsize, i);

      FUZZ_CHECK (src < length);
      FUZZ_CHECK (src >= prev);
      /* Not inside a UTF-8 sequence of the input. */
      FUZZ_CHECK (!valid_input || ((guchar) text[src] & 0xC0) != 0x80);
      prev = src;
    }
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_logging ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  /* The normaliser takes NUL-terminated text, or a pointer and a length. */
  g_autofree char *text = g_strndup ((const char *) data, size);
  gsize length = strlen (text);
  g_autoptr(GArray) map = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GArray) map2 = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GString) appended = g_string_new ("prefix");
  g_autofree char *plain = NULL;
  g_autofree char *mapped = NULL;
  g_autofree char *cached = NULL;
  g_autofree char *sized = NULL;
  g_autofree char *copy = NULL;

  fuzz_init_logging ();
  if (cache == NULL)
    cache = mdg_normalize_cache_new ();
  /* Like the search's own cache, it must not grow without end. */
  if (g_hash_table_size (cache) > 10000)
    g_hash_table_remove_all (cache);

  plain = mdg_normalize (text);
  check_result (text, length, plain, NULL);

  /* Normalising twice changes nothing, so the index and the query agree
   * (tests/test-normalize.c checks the same on its examples). */
  {
    g_autofree char *again = mdg_normalize (plain);

    if (strcmp (again, plain) != 0)
      {
        g_printerr ("not idempotent: “%s” → “%s” → “%s”\n", text, plain, again);
        FUZZ_CHECK (!"normalising twice changes nothing");
      }
  }

  mapped = mdg_normalize_with_map (text, map);
  FUZZ_CHECK (strcmp (plain, mapped) == 0);
  check_result (text, length, mapped, map);

  cached = mdg_normalize_full (text, -1, map2, cache);
  FUZZ_CHECK (strcmp (plain, cached) == 0);
  FUZZ_CHECK (map2->len == map->len);
  FUZZ_CHECK (map->len == 0 || memcmp (map->data, map2->data, map->len * sizeof (gsize)) == 0);

  /* With a length, the bytes after it are never read: an exact-size copy
   * (no NUL) lets AddressSanitizer see any read past the end. */
  copy = g_memdup2 (data, size);
  sized = mdg_normalize_full (copy != NULL ? copy : "", size, NULL, cache);
  FUZZ_CHECK (g_utf8_validate (sized, -1, NULL));
  if (size == length)
    FUZZ_CHECK (strcmp (plain, sized) == 0);

  mdg_normalize_append (appended, text, length, NULL, cache);
  FUZZ_CHECK (g_str_has_prefix (appended->str, "prefix"));
  FUZZ_CHECK (strcmp (appended->str + strlen ("prefix"), plain) == 0);

  /* Units, as the highlighting walks them. */
  for (gsize offset = 0; offset < length; offset++)
    {
      gsize end = mdg_normalize_unit_end (text, length, offset);

      FUZZ_CHECK (end > offset && end <= length);
    }
  FUZZ_CHECK (mdg_normalize_unit_end (text, length, length) == length);

  return 0;
}
