/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-search-suggest.c — the glossary terms and synonyms closest to a query
 * that found nothing, for the no-results page. */

#include "mdg-search-internal.h"

static guint
edit_distance (const gunichar *a,
               glong           la,
               const gunichar *b,
               glong           lb)
{
  g_autofree guint *row = g_new (guint, lb + 1);

  for (glong j = 0; j <= lb; j++)
    row[j] = j;

  for (glong i = 1; i <= la; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (glong j = 1; j <= lb; j++)
        {
          guint above = row[j];
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + cost);
          diagonal = above;
        }
    }

  return row[lb];
}

/* Dice coefficient of the character bigrams (characters for one-character strings). */
static double
shared_bigrams (const gunichar *a,
                glong           la,
                const gunichar *b,
                glong           lb)
{
  guint shared = 0;
  glong na, nb;
  g_autofree gboolean *used = NULL;

  if (la < 2 || lb < 2)
    {
      for (glong i = 0; i < la; i++)
        for (glong j = 0; j < lb; j++)
          if (a[i] == b[j])
            return 2.0 / (la + lb);
      return 0;
    }

  na = la - 1;
  nb = lb - 1;
  used = g_new0 (gboolean, nb);
  for (glong i = 0; i < na; i++)
    for (glong j = 0; j < nb; j++)
      if (!used[j] && a[i] == b[j] && a[i + 1] == b[j + 1])
        {
          used[j] = TRUE;
          shared++;
          break;
        }

  return 2.0 * shared / (na + nb);
}

static double
similarity (const char *query,
            const char *candidate)
{
  g_autofree gunichar *a = NULL;
  g_autofree gunichar *b = NULL;
  glong la, lb;
  double edit;

  a = g_utf8_to_ucs4_fast (query, -1, &la);
  b = g_utf8_to_ucs4_fast (candidate, -1, &lb);
  if (la == 0 || lb == 0)
    return 0;

  edit = 1.0 - (double) edit_distance (a, la, b, lb) / MAX (la, lb);

  return MAX (edit, shared_bigrams (a, la, b, lb));
}

typedef struct {
  const Candidate *candidate;
  double           score;
} Scored;

static int
compare_scored (gconstpointer a,
                gconstpointer b)
{
  const Scored *x = a, *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;

  return g_utf8_collate (x->candidate->display, y->candidate->display);
}

/* Whether a suggestion in @word_lang suits a window in @lang: its own
 * language, and the languages its texts fall back to (mdg_text_get()):
 * Japanese for やさしい日本語, English for the others. */
static gboolean
suits_language (const char *word_lang,
                const char *lang)
{
  if (lang == NULL)
    return TRUE;
  if (word_lang == NULL)
    return FALSE;
  if (g_str_has_prefix (lang, "ja"))
    return g_str_has_prefix (word_lang, "ja");
  return strcmp (word_lang, lang) == 0 || strcmp (word_lang, "en") == 0;
}

char **
mdg_search_suggest (MdgSearch  *self,
                    const char *query,
                    guint       max)
{
  return mdg_search_suggest_in (self, query, NULL, max);
}

char **
mdg_search_suggest_in (MdgSearch  *self,
                       const char *query,
                       const char *lang,
                       guint       max)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GArray) scored = g_array_new (FALSE, FALSE, sizeof (Scored));
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  g_autofree char *norm = NULL;
  g_auto(GStrv) words = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *cut = mdg_query_cut (query);
  g_autofree char *kana = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (cut != NULL)
    query = cut;
  /* Romaji in a Japanese window: suggest from its kana. */
  if (lang != NULL && g_str_has_prefix (lang, "ja") && query != NULL)
    {
      kana = mdg_romaji_to_hiragana (query);
      if (kana != NULL)
        query = kana;
    }
  norm = normalize (self, query != NULL ? query : "");
  words = g_strsplit (norm, " ", -1);
  joined = g_strjoinv ("", words);

  for (guint i = 0; *joined != '\0' && i < self->candidates->len; i++)
    {
      const Candidate *candidate = g_ptr_array_index (self->candidates, i);
      g_auto(GStrv) parts = NULL;
      Scored s;

      if (!suits_language (candidate->lang, lang))
        continue;
      parts = g_strsplit (candidate->norm, " ", -1);
      s.candidate = candidate;
      s.score = similarity (joined, candidate->norm);

      /* A misspelt word of the query against each word of the candidate. */
      for (guint w = 0; words[w] != NULL; w++)
        for (guint p = 0; parts[p] != NULL; p++)
          if (*words[w] != '\0' && (words[1] != NULL || parts[1] != NULL))
            s.score = MAX (s.score, 0.95 * similarity (words[w], parts[p]));

      if (s.score >= 0.34)
        g_array_append_val (scored, s);
    }

  g_array_sort (scored, compare_scored);

  for (guint i = 0; i < scored->len && shown->len < max; i++)
    {
      const Candidate *candidate = g_array_index (scored, Scored, i).candidate;
      g_autoptr(GArray) hits = NULL;

      if (str_array_contains (shown, candidate->display))
        continue;

      /* Only offer what finds something. */
      hits = mdg_search_query (self, candidate->display);
      if (hits->len == 0)
        continue;

      g_ptr_array_add (shown, candidate->display);
      g_strv_builder_add (builder, candidate->display);
    }

  return g_strv_builder_end (builder);
}
