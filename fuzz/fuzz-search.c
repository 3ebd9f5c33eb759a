/* fuzz-search.c — search, highlighting and suggestions against any query.
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The query is whatever a receptionist or a kiosk user types. The input is a
 * query, optionally followed by a NUL byte and a text to highlight (otherwise
 * the texts of the bundled knowledge base are highlighted). Queries and texts
 * are valid UTF-8, as the search entry and the loader guarantee; texts follow
 * the loader's rules (no control characters but newlines).
 *
 * Besides not crashing: hits are cases of the knowledge base, each once, the
 * direct ones before the related ones, each best first; the highlight is Pango markup that parses, and its plain text is the
 * text itself, whatever <, &, quotes or tags the text and query hold.
 */

#include "fuzz-common.h"

#include <pango/pango.h>
#include <string.h>

#include "mdg-search.h"

static MdgKb *kb;
static MdgSearch *search;

static gboolean
is_kb_text (const char *text)
{
  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != '\n' && g_unichar_iscntrl (c))
        return FALSE;
    }
  return TRUE;
}

static void
check_highlight (const char *text,
                 const char *query)
{
  g_autofree char *markup = mdg_search_highlight (search, text, query);
  g_autoptr(GError) error = NULL;
  g_autofree char *plain = NULL;

  FUZZ_CHECK (markup != NULL);
  if (!pango_parse_markup (markup, -1, 0, NULL, &plain, NULL, &error))
    {
      g_printerr ("not markup: %s\n%s\n", error->message, markup);
      FUZZ_CHECK (!"the highlight is valid Pango markup");
    }
  FUZZ_CHECK (strcmp (plain, text) == 0);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;

  fuzz_init_logging ();
  kb = mdg_kb_new_default (&error);
  FUZZ_CHECK (kb != NULL);
  search = mdg_search_new (kb);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *query = g_strndup ((const char *) data, size);
  const char *text = NULL;
  g_autoptr(GArray) hits = NULL;
  g_auto(GStrv) suggestions = NULL;
  gsize query_len = strlen (query);

  if (search == NULL)
    LLVMFuzzerInitialize (NULL, NULL);

  if (!g_utf8_validate (query, -1, NULL))
    return -1;   /* not a query anyone can type; libFuzzer keeps it out of the corpus */
  if (query_len + 1 < size)
    {
      text = query + query_len + 1;
      if (!is_kb_text (text))
        text = NULL;
    }

  hits = mdg_search_query (search, query);
  FUZZ_CHECK (hits != NULL);
  FUZZ_CHECK (hits->len <= mdg_kb_get_n_cases (kb));
  for (guint i = 0; i < hits->len; i++)
    {
      const MdgHit *hit = &g_array_index (hits, MdgHit, i);

      FUZZ_CHECK (mdg_kb_get_case (kb, hit->kase->number) == hit->kase);
      if (i > 0)
        {
          const MdgHit *before = &g_array_index (hits, MdgHit, i - 1);

          /* The direct hits, then the related ones, each best first. */
          FUZZ_CHECK (!before->related || hit->related);
          FUZZ_CHECK (before->related != hit->related ||
                      before->score > hit->score ||
                      (before->score == hit->score &&
                       before->kase->number < hit->kase->number));
          for (guint j = 0; j < i; j++)
            FUZZ_CHECK (g_array_index (hits, MdgHit, j).kase != hit->kase);
        }
    }

  if (text != NULL)
    check_highlight (text, query);
  if (hits->len > 0)
    {
      MdgCase *kase = g_array_index (hits, MdgHit, 0).kase;

      check_highlight (mdg_text_get (kase->title, "ja"), query);
      check_highlight (mdg_text_get (kase->symptom, "en"), query);
    }
  else
    {
      g_autoptr(MdgCase) kase = g_list_model_get_item (mdg_kb_get_cases (kb), size % 12);

      check_highlight (mdg_text_get (kase->symptom, "ja"), query);
    }

  /* As the window does: suggestions only when nothing matched. */
  if (hits->len == 0)
    {
      suggestions = mdg_search_suggest (search, query, 5);
      FUZZ_CHECK (suggestions != NULL);
      FUZZ_CHECK (g_strv_length (suggestions) <= 5);
      for (guint i = 0; suggestions[i] != NULL; i++)
        FUZZ_CHECK (g_utf8_validate (suggestions[i], -1, NULL) && *suggestions[i] != '\0');
    }

  return 0;
}
