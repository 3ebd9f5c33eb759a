/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-search.c — search: words, codes, readings, synonyms, ranking,
 * highlighting, suggestions, and the quality set tests/search-queries.tsv. */

#include "mdg-normalize.h"
#include "mdg-search.h"
#include "mdg-search-private.h"
#include "mdg-normalize-private.h"

#include <pango/pango.h>
#include <string.h>

static MdgSearch *bundled;

static guint
first_number (GArray *hits)
{
  g_assert_cmpuint (hits->len, >, 0);
  return g_array_index (hits, MdgHit, 0).kase->number;
}

static gboolean
has_number (GArray *hits,
            guint   number,
            guint   within)
{
  for (guint i = 0; i < hits->len && i < within; i++)
    if (g_array_index (hits, MdgHit, i).kase->number == number)
      return TRUE;

  return FALSE;
}

static guint
search_first (MdgSearch  *search,
              const char *query)
{
  g_autoptr(GArray) hits = mdg_search_query (search, query);

  return first_number (hits);
}

static guint
search_count (MdgSearch  *search,
              const char *query)
{
  g_autoptr(GArray) hits = mdg_search_query (search, query);

  return hits->len;
}

/* Whether @number is among the first @within results of @query. */
static gboolean
search_within (MdgSearch  *search,
               const char *query,
               guint       number,
               guint       within)
{
  g_autoptr(GArray) hits = mdg_search_query (search, query);

  return has_number (hits, number, within);
}

/* A knowledge base made for the ranking rules. */

static char *
fixture_case (guint       number,
              const char *symptom,
              const char *cause,
              const char *response,
              const char *code)
{
  g_autofree char *error = code != NULL
    ? g_strdup_printf ("\"error\": { \"code\": \"%s\", \"message\": { \"ja\": \"エラー%s\" } },", code, code)
    : g_strdup ("");

  return g_strdup_printf ("{ \"number\": %u, \"area\": \"test\","
                          "  \"title\": { \"ja\": \"事例%u\" },"
                          "  \"symptom\": { \"ja\": \"%s\", \"en\": \"Case %u\" }, %s"
                          "  \"causes\": [ { \"ja\": \"%s\" } ],"
                          "  \"responses\": [ { \"stage\": 1, \"actor\": \"clinic\","
                          "    \"parts\": [ { \"text\": { \"ja\": \"%s\" } } ] } ] }",
                          number, number, symptom, number, error, cause, response);
}

static MdgSearch *
fixture_search (void)
{
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(MdgKb) kb = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *json = NULL;

  /* ネットワーク: in the response of 1, the cause of 2, the symptom of 3. */
  g_ptr_array_add (cases, fixture_case (1, "画面が固まる", "電源", "ネットワークを確認する。", NULL));
  g_ptr_array_add (cases, fixture_case (2, "印刷できない", "ネットワークの障害", "再起動する。", NULL));
  g_ptr_array_add (cases, fixture_case (3, "ネットワークにつながらない", "配線", "配線を見る。", NULL));
  /* カード 読めない: scattered in 4, one phrase in 5. */
  g_ptr_array_add (cases, fixture_case (4, "読めないことがあるカード", "汚れ", "拭く。", NULL));
  g_ptr_array_add (cases, fixture_case (5, "カード読めない", "汚れ", "拭く。", NULL));
  /* Ties go by number. */
  g_ptr_array_add (cases, fixture_case (6, "同じ症状", "不明", "待つ。", NULL));
  g_ptr_array_add (cases, fixture_case (7, "同じ症状", "不明", "待つ。", NULL));
  /* An error code beats the same digits in a symptom. */
  g_ptr_array_add (cases, fixture_case (8, "番号42の窓口", "不明", "待つ。", NULL));
  g_ptr_array_add (cases, fixture_case (9, "止まる", "不明", "待つ。", "42"));
  /* ● as the screen shows it for a character it cannot show. */
  g_ptr_array_add (cases, fixture_case (10, "氏名の一部が●で表示される", "外字", "確認する。", NULL));
  g_ptr_array_add (cases, NULL);

  joined = g_strjoinv (",", (char **) cases->pdata);
  json = g_strdup_printf (
    "{ \"format\": 1, \"date\": \"2026-11-26\","
    "  \"title\": { \"ja\": \"試験\" }, \"translation_note\": { \"ja\": \"試験\" },"
    "  \"actors\": { \"citizen\": { \"mark\": \"国\", \"name\": { \"ja\": \"国\" } },"
    "                \"patient\": { \"mark\": \"患\", \"name\": { \"ja\": \"患\" } },"
    "                \"clinic\": { \"mark\": \"医\", \"name\": { \"ja\": \"医\" } } },"
    "  \"areas\": [ { \"id\": \"test\", \"name\": { \"ja\": \"試験\" } } ],"
    "  \"cases\": [ %s ],"
    "  \"summary\": { \"actor\": { \"ja\": \"医\" }, \"intro\": { \"ja\": \"試験\" },"
    "                 \"items\": [ { \"ja\": \"試験\" } ] } }", joined);

  kb = mdg_kb_new_from_data (json, -1, "fixture", &error);
  g_assert_no_error (error);

  return mdg_search_new (kb);
}

static void
test_ranking_fields (void)
{
  g_autoptr(MdgSearch) search = fixture_search ();
  g_autoptr(GArray) hits = mdg_search_query (search, "ネットワーク");

  /* Symptom before cause before response, whatever the case number. */
  g_assert_cmpuint (hits->len, ==, 3);
  g_assert_cmpuint (g_array_index (hits, MdgHit, 0).kase->number, ==, 3);
  g_assert_cmpuint (g_array_index (hits, MdgHit, 1).kase->number, ==, 2);
  g_assert_cmpuint (g_array_index (hits, MdgHit, 2).kase->number, ==, 1);
  g_assert_true (g_array_index (hits, MdgHit, 0).fields & MDG_FIELD_SYMPTOM);
  g_assert_true (g_array_index (hits, MdgHit, 1).fields & MDG_FIELD_CAUSE);
  g_assert_true (g_array_index (hits, MdgHit, 2).fields & MDG_FIELD_RESPONSE);
  g_assert_cmpint (g_array_index (hits, MdgHit, 0).score, >, g_array_index (hits, MdgHit, 1).score);
  g_assert_cmpint (g_array_index (hits, MdgHit, 1).score, >, g_array_index (hits, MdgHit, 2).score);
}

static void
test_ranking_phrase (void)
{
  g_autoptr(MdgSearch) search = fixture_search ();
  g_autoptr(GArray) hits = mdg_search_query (search, "カード 読めない");

  /* Both in the symptom; the whole phrase first, though 4 < 5. */
  g_assert_cmpuint (hits->len, ==, 2);
  g_assert_cmpuint (g_array_index (hits, MdgHit, 0).kase->number, ==, 5);
  g_assert_cmpuint (g_array_index (hits, MdgHit, 1).kase->number, ==, 4);
}

static void
test_ranking_ties (void)
{
  g_autoptr(MdgSearch) search = fixture_search ();
  g_autoptr(GArray) hits = mdg_search_query (search, "同じ症状");

  g_assert_cmpuint (hits->len, ==, 2);
  g_assert_cmpint (g_array_index (hits, MdgHit, 0).score, ==, g_array_index (hits, MdgHit, 1).score);
  g_assert_cmpuint (g_array_index (hits, MdgHit, 0).kase->number, ==, 6);
  g_assert_cmpuint (g_array_index (hits, MdgHit, 1).kase->number, ==, 7);
}

static void
test_ranking_code (void)
{
  g_autoptr(MdgSearch) search = fixture_search ();
  g_autoptr(GArray) hits = mdg_search_query (search, "４２");

  g_assert_cmpuint (hits->len, ==, 2);
  g_assert_cmpuint (g_array_index (hits, MdgHit, 0).kase->number, ==, 9);
  g_assert_true (g_array_index (hits, MdgHit, 0).fields & MDG_FIELD_CODE);
}

/* The bundled knowledge base */

static void
test_blank (void)
{
  static const char * const queries[] = { "", "   ", "　", "、。", NULL };
  guint n = mdg_kb_get_n_cases (mdg_search_get_kb (bundled));

  for (guint q = 0; queries[q] != NULL; q++)
    {
      g_autoptr(GArray) hits = mdg_search_query (bundled, queries[q]);

      g_assert_cmpuint (hits->len, ==, n);
      for (guint i = 1; i < hits->len; i++)
        g_assert_cmpuint (g_array_index (hits, MdgHit, i - 1).kase->number, <,
                          g_array_index (hits, MdgHit, i).kase->number);
    }

  g_assert_cmpuint (search_count (bundled, NULL), ==, n);
}

static void
test_error_codes (void)
{
  static const char * const queries[] = { "010", "０１０", "エラー010", "【010】", "ｴﾗｰ010", NULL };

  for (guint q = 0; queries[q] != NULL; q++)
    {
      g_autoptr(GArray) hits = mdg_search_query (bundled, queries[q]);

      g_assert_cmpuint (first_number (hits), ==, 1);
      g_assert_true (g_array_index (hits, MdgHit, 0).fields & MDG_FIELD_CODE);
    }
}

static void
test_readings (void)
{
  g_autoptr(GArray) registration = mdg_search_query (bundled, "しょかいとうろく");
  g_autoptr(GArray) card = mdg_search_query (bundled, "ほけんしょう");
  g_autoptr(GArray) typing = mdg_search_query (bundled, "しょかいと");

  g_assert_true (has_number (registration, 1, 2) && has_number (registration, 2, 2));
  g_assert_cmpuint (first_number (card), ==, 5);
  /* A reading half typed already finds its term. */
  g_assert_true (has_number (typing, 1, 2) && has_number (typing, 2, 2));
}

static void
test_synonyms (void)
{
  /* Each finds a case that says only the other word. Where an added case
   * (101 and up) says the word itself, it may come first. */
  g_assert_true (search_within (bundled, "中間サーバー", 1, 2));              /* 中間SV; 101 */
  g_assert_cmpuint (search_first (bundled, "被保険者番号 照会"), ==, 3);     /* 被保番照会 */
  g_assert_cmpuint (search_first (bundled, "マイナカード 無効"), ==, 4);     /* マイナンバーカード */
  g_assert_true (search_within (bundled, "マイナ保険証 無効", 4, 2));        /* 108 */
  g_assert_cmpuint (search_first (bundled, "被保険者証 無効"), ==, 5);       /* 保険証 */
  g_assert_cmpuint (search_first (bundled, "他人"), ==, 6);                  /* 別人 */
  g_assert_true (search_within (bundled, "名前", 6, 2));                      /* 氏名; 101 */
  g_assert_cmpuint (search_first (bundled, "薬 見られない"), ==, 8);         /* 薬剤情報が表示されない */
  g_assert_cmpuint (search_first (bundled, "健診 間違い"), ==, 11);          /* 特定健診等情報が誤っている */
  g_assert_cmpuint (search_first (bundled, "オンライン資格確認 別人"), ==, 6); /* オン資 */
}

/* Words of today's desk find the added cases first (issue 13). */
static void
test_added_cases (void)
{
  g_assert_cmpuint (search_first (bundled, "●"), ==, 101);
  g_assert_cmpuint (search_first (bundled, "暗証番号"), ==, 103);
  g_assert_cmpuint (search_first (bundled, "資格確認書"), ==, 109);
  g_assert_cmpuint (search_first (bundled, "未委託・未登録"), ==, 111);
}

static void
test_every_word (void)
{
  g_autoptr(GArray) both = mdg_search_query (bundled, "保険証 無効");
  g_autoptr(GArray) one = mdg_search_query (bundled, "保険証");

  g_assert_cmpuint (both->len, >, 0);
  g_assert_cmpuint (both->len, <=, one->len);
  g_assert_cmpuint (search_count (bundled, "保険証 ぺんぎん"), ==, 0);
  g_assert_cmpuint (search_count (bundled, "zzqx"), ==, 0);
}

static void
test_languages (void)
{
  /* English finds the English texts, whatever the interface language. */
  g_assert_cmpuint (search_first (bundled, "health insurance card invalid"), ==, 5);
  g_assert_cmpuint (search_first (bundled, "My Number Card invalid"), ==, 4);
  g_assert_cmpuint (search_first (bundled, "ＭＹ　ＮＵＭＢＥＲ　ＣＡＲＤ　ＩＮＶＡＬＩＤ"), ==, 4);
}

static void
check_markup (const char *markup)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_highlight (void)
{
  static const struct {
    const char *text;
    const char *query;
    const char *markup;
  } cases[] = {
    { "ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞで照会", "マイナンバーカード", "<b>ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞ</b>で照会" },
    { "エラー【０１０】", "010", "エラー【<b>０１０</b>】" },
    { "初回登録エラー", "しょかいとうろく", "<b>初回登録</b>エラー" },
    { "オン資に該当被保番がない", "被保険者番号", "オン資に該当<b>被保番</b>がない" },
    { "中間サ〜バ〜で", "さーばー", "中間<b>サ〜バ〜</b>で" },
    { "Insurance Card", "insurance card", "<b>Insurance Card</b>" },
    { "保険証", "", "保険証" },
    { "<b>保険証</b> & \"x\" 'y'", "保険証",
      "&lt;b&gt;<b>保険証</b>&lt;/b&gt; &amp; &quot;x&quot; &apos;y&apos;" },
    { "a < b & c", "zzz", "a &lt; b &amp; c" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *markup = mdg_search_highlight (bundled, cases[i].text, cases[i].query);

      g_assert_cmpstr (markup, ==, cases[i].markup);
      check_markup (markup);
    }
}

static void
test_suggest (void)
{
  g_auto(GStrv) typo = mdg_search_suggest (bundled, "保険賞", 5);
  g_auto(GStrv) kana = mdg_search_suggest (bundled, "ほけんしよう", 5);
  g_auto(GStrv) english = mdg_search_suggest (bundled, "insurence", 5);
  g_auto(GStrv) two = mdg_search_suggest (bundled, "保険賞", 2);
  g_auto(GStrv) nothing = mdg_search_suggest (bundled, "", 5);

  g_assert_true (g_strv_contains ((const char * const *) typo, "保険証"));
  g_assert_cmpstr (kana[0], ==, "保険証");
  g_assert_cmpuint (g_strv_length (english), >, 0);
  g_assert_cmpuint (g_strv_length (two), <=, 2);
  g_assert_cmpuint (g_strv_length (nothing), ==, 0);

  /* Every suggestion finds something. */
  for (guint i = 0; typo[i] != NULL; i++)
    g_assert_cmpuint (search_count (bundled, typo[i]), >, 0);
}

typedef struct {
  char  *query;
  GArray *acceptable;   /* guint */
} Expectation;

static void
expectation_clear (gpointer data)
{
  Expectation *e = data;

  g_free (e->query);
  g_array_unref (e->acceptable);
}

static GArray *
read_expectations (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "search-queries.tsv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GArray *expectations = g_array_new (FALSE, FALSE, sizeof (Expectation));

  g_array_set_clear_func (expectations, expectation_clear);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_auto(GStrv) numbers = NULL;
      Expectation e;

      if (*lines[i] == '\0' || *lines[i] == '#')
        continue;

      fields = g_strsplit (lines[i], "\t", 3);
      g_assert_nonnull (fields[1]);
      numbers = g_strsplit (fields[1], ",", -1);
      e.query = g_strdup (fields[0]);
      e.acceptable = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint n = 0; numbers[n] != NULL; n++)
        {
          guint number = atoi (numbers[n]);

          g_assert_cmpuint (number, >, 0);
          g_array_append_val (e.acceptable, number);
        }
      g_array_append_val (expectations, e);
    }

  return expectations;
}

static guint
acceptable_rank (GArray            *hits,
                 const Expectation *e)
{
  for (guint i = 0; i < hits->len; i++)
    for (guint a = 0; a < e->acceptable->len; a++)
      if (g_array_index (hits, MdgHit, i).kase->number == g_array_index (e->acceptable, guint, a))
        return i + 1;

  return 0;
}

static void
test_quality (void)
{
  g_autoptr(GArray) expectations = read_expectations ();
  guint first = 0, top3 = 0;

  g_assert_cmpuint (expectations->len, >=, 80);

  for (guint i = 0; i < expectations->len; i++)
    {
      Expectation *e = &g_array_index (expectations, Expectation, i);
      g_autoptr(GArray) hits = mdg_search_query (bundled, e->query);
      guint rank = acceptable_rank (hits, e);

      first += rank == 1;
      top3 += rank >= 1 && rank <= 3;
      if (rank != 1)
        g_test_message ("«%s»: an acceptable case is at rank %u (0: none)", e->query, rank);
      if (rank == 0 || rank > 3)
        g_test_fail_printf ("«%s»: no acceptable case in the top 3", e->query);
    }

  g_test_message ("%u queries: first %u (%.1f%%), top 3 %u (%.1f%%)", expectations->len,
                  first, 100.0 * first / expectations->len, top3, 100.0 * top3 / expectations->len);
  g_assert_cmpfloat (100.0 * first / expectations->len, >=, 95.0);
  g_assert_cmpuint (top3, ==, expectations->len);
}

/* An error code lists its case alone among the direct matches; the cases that
 * only mention it in notes or glossary terms come after, marked related. */
static void
test_related_code (void)
{
  g_autoptr(GArray) hits = mdg_search_query (bundled, "010");
  g_autoptr(MdgSearch) search = fixture_search ();
  g_autoptr(GArray) code = mdg_search_query (search, "42");

  g_assert_cmpuint (hits->len, >, 1);
  g_assert_cmpuint (g_array_index (hits, MdgHit, 0).kase->number, ==, 1);
  g_assert_false (g_array_index (hits, MdgHit, 0).related);
  for (guint i = 1; i < hits->len; i++)
    g_assert_true (g_array_index (hits, MdgHit, i).related);

  /* The patient handout is the case's own text: a match there is direct. */
  {
    g_autoptr(GArray) handout = mdg_search_query (bundled, "びょういん");

    guint only_handout = 0;

    g_assert_cmpuint (handout->len, >, 0);
    for (guint i = 0; i < handout->len; i++)
      {
        /* Added cases say 病院 in other places too (a note makes a hit
         * related); a hit found only in its handout is direct. */
        if (g_array_index (handout, MdgHit, i).fields != MDG_FIELD_HANDOUT)
          continue;
        only_handout++;
        g_assert_false (g_array_index (handout, MdgHit, i).related);
      }
    g_assert_cmpuint (only_handout, >, 0);
  }

  /* Case 8 has 42 in its symptom, but the query is case 9's code. */
  g_assert_cmpuint (code->len, ==, 2);
  g_assert_cmpuint (g_array_index (code, MdgHit, 0).kase->number, ==, 9);
  g_assert_false (g_array_index (code, MdgHit, 0).related);
  g_assert_cmpuint (g_array_index (code, MdgHit, 1).kase->number, ==, 8);
  g_assert_true (g_array_index (code, MdgHit, 1).related);
}

/* For every query of the quality set and its first characters: the direct
 * hits first, then those found only in notes, glossary terms, update notes
 * or handouts, each part in rank order. */
static void
test_related_order (void)
{
  g_autoptr(GArray) expectations = read_expectations ();
  guint n_related = 0;

  for (guint i = 0; i < expectations->len; i++)
    {
      const char *query = g_array_index (expectations, Expectation, i).query;
      g_autoptr(GArray) hits = mdg_search_query (bundled, query);
      gboolean seen_related = FALSE;

      for (guint h = 0; h < hits->len; h++)
        {
          const MdgHit *hit = &g_array_index (hits, MdgHit, h);

          if (hit->related)
            {
              seen_related = TRUE;
              n_related++;
            }
          else if (seen_related)
            g_error ("«%s»: case %u, a direct match, comes after a related one", query, hit->kase->number);
          if (!hit->related && hit->fields != 0 && (hit->fields & ~MDG_FIELD_NOTE) == 0)
            g_error ("«%s»: case %u matched only in notes but is not marked related", query,
                     hit->kase->number);
          if (h > 0 && hit->related == (hit - 1)->related && hit->score > (hit - 1)->score)
            g_error ("«%s»: case %u is out of rank order", query, hit->kase->number);
        }
    }
  g_assert_cmpuint (n_related, >, 0);
}

static gboolean
same_hits (GArray *a,
           GArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      MdgHit *x = &g_array_index (a, MdgHit, i), *y = &g_array_index (b, MdgHit, i);

      if (x->kase != y->kase || x->score != y->score || x->fields != y->fields)
        return FALSE;
    }

  return TRUE;
}

/* ● is a character the desk types, not punctuation to drop. */
static void
test_black_circle (void)
{
  g_autoptr(MdgSearch) search = fixture_search ();
  g_autoptr(GArray) hits = mdg_search_query (search, "●");
  g_autoptr(GArray) large = mdg_search_query (search, "⬤ 表示");
  g_autofree char *norm = mdg_normalize ("氏名●様");

  g_assert_cmpstr (norm, ==, "氏名●様");
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpuint (first_number (hits), ==, 10);
  g_assert_cmpuint (large->len, ==, 1);
  g_assert_cmpuint (first_number (large), ==, 10);
}

/* Romaji as an input method turns it into kana: Hepburn and kunrei. */
static void
test_romaji_kana (void)
{
  static const char * const pairs[][2] = {
    { "hoken muko", "ほけん むこ" },
    { "anshou bangou", "あんしょう ばんごう" },
    { "ansyou bangou", "あんしょう ばんごう" },
    { "shikaku kakuninsho", "しかく かくにんしょ" },
    { "sikaku kakuninsyo", "しかく かくにんしょ" },
    { "chiryou", "ちりょう" }, { "tiryou", "ちりょう" },
    { "tsuuchi", "つうち" }, { "tuuti", "つうち" },
    { "fuyou", "ふよう" }, { "huyou", "ふよう" },
    { "jidou", "じどう" }, { "zidou", "じどう" },
    { "shashin", "しゃしん" }, { "syasin", "しゃしん" },
    { "kitte", "きって" }, { "matcha", "まっちゃ" },
    { "konnichiha", "こんにちは" }, { "kin'en", "きんえん" }, { "kinnen", "きんねん" },
    { "shinbun", "しんぶん" }, { "shimbun", "しんぶん" },
    { "hōken", "ほうけん" }, { "hôken", "ほうけん" }, { "okâsan", "おかあさん" },
    { "HOKEN", "ほけん" }, { "ｈｏｋｅｎ　ｓｈｏｕ", "ほけん しょう" },
    { "hoken muk", "ほけん む" }, { "ka-do", "かーど" },
  };
  static const char * const not_romaji[] = { "010", "保険証", "hoken 010", "", " ", "?" };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree char *kana = mdg_romaji_to_hiragana (pairs[i][0]);

      g_assert_cmpstr (kana, ==, pairs[i][1]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_romaji); i++)
    g_assert_null (mdg_romaji_to_hiragana (not_romaji[i]));
}

/* A query typed with the input method off finds what its kana finds, and
 * highlights it; English still searches as English. */
static void
test_romaji_search (void)
{
  static const char * const pairs[][2] = {
    { "hoken muko", "ほけん むこ" },
    { "anshou bangou", "あんしょう ばんごう" },
    { "ansyou bangou", "あんしょう ばんごう" },
    { "shikaku kakuninsho", "しかく かくにんしょ" },
    { "sikaku kakuninsyo", "しかく かくにんしょ" },
    { "hokensho", "ほけんしょ" },
    { "Hoken Mukō", "ほけん むこう" },
  };
  g_autoptr(GArray) english = mdg_search_query (bundled, "someone else");

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autoptr(GArray) romaji = mdg_search_query (bundled, pairs[i][0]);
      g_autoptr(GArray) kana = mdg_search_query (bundled, pairs[i][1]);

      g_assert_cmpuint (kana->len, >, 0);
      if (!same_hits (romaji, kana))
        g_error ("«%s» finds other cases than «%s»", pairs[i][0], pairs[i][1]);
    }

  {
    g_autoptr(GArray) hits = mdg_search_query (bundled, "hoken muko");
    MdgCase *kase = g_array_index (hits, MdgHit, 0).kase;
    g_autofree char *markup = mdg_search_highlight (bundled, mdg_text_get (kase->symptom, "ja"), "hoken muko");

    g_assert_nonnull (strstr (markup, "<b>"));
  }

  /* Words that are English stay English. */
  g_assert_cmpuint (english->len, >, 0);
  g_assert_cmpuint (first_number (english), ==, 6);
}

static gboolean
has_kana_or_kanji (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if ((ch >= 0x3040 && ch <= 0x30FF) || (ch >= 0x4E00 && ch <= 0x9FFF))
        return TRUE;
    }
  return FALSE;
}

/* The no-results page suggests words of the window's language: a Japanese
 * window got “hotline” and “someone else” for romaji it could not find. */
static void
test_suggest_language (void)
{
  static const char * const queries[] = { "hokenn muukoo", "hotlinee", "保険賞", "insurence", "someone" };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_auto(GStrv) ja = mdg_search_suggest_in (bundled, queries[i], "ja", 5);
      g_auto(GStrv) easy = mdg_search_suggest_in (bundled, queries[i], "ja-x-easy", 5);
      g_auto(GStrv) en = mdg_search_suggest_in (bundled, queries[i], "en", 5);
      g_auto(GStrv) vi = mdg_search_suggest_in (bundled, queries[i], "vi", 5);

      for (guint j = 0; ja[j] != NULL; j++)
        if (!has_kana_or_kanji (ja[j]))
          g_error ("«%s» in a Japanese window suggests “%s”", queries[i], ja[j]);
      for (guint j = 0; easy[j] != NULL; j++)
        g_assert_true (has_kana_or_kanji (easy[j]));
      for (guint j = 0; en[j] != NULL; j++)
        if (has_kana_or_kanji (en[j]))
          g_error ("«%s» in an English window suggests “%s”", queries[i], en[j]);
      for (guint j = 0; vi[j] != NULL; j++)
        g_assert_false (has_kana_or_kanji (vi[j]));
    }

  {
    g_auto(GStrv) ja = mdg_search_suggest_in (bundled, "hokenn muukoo", "ja", 5);
    g_auto(GStrv) en = mdg_search_suggest_in (bundled, "someone", "en", 5);
    g_auto(GStrv) kanji = mdg_search_suggest_in (bundled, "保険賞", "ja", 5);

    g_assert_true (g_strv_contains ((const char * const *) ja, "無効"));
    g_assert_true (g_strv_contains ((const char * const *) en, "someone else"));
    g_assert_true (g_strv_contains ((const char * const *) kanji, "保険証"));
  }
}

/* What the search keeps between keystrokes never changes an answer. */
static void
test_typing (void)
{
  g_autoptr(GArray) expectations = read_expectations ();
  g_autoptr(MdgSearch) fresh = mdg_search_new (mdg_search_get_kb (bundled));

  for (guint i = 0; i < expectations->len; i++)
    {
      const char *query = g_array_index (expectations, Expectation, i).query;

      for (const char *end = g_utf8_next_char (query); ; end = g_utf8_next_char (end))
        {
          g_autofree char *prefix = g_strndup (query, end - query);
          g_autoptr(GArray) typed = mdg_search_query (bundled, prefix);
          g_autoptr(GArray) anew = NULL;

          mdg_search_clear_cache (fresh);
          anew = mdg_search_query (fresh, prefix);
          if (!same_hits (typed, anew))
            g_error ("«%s» typed gives other results than searched anew", prefix);

          if (*end == '\0')
            break;
        }
    }
}

int
main (int argc, char *argv[])
{
  g_autoptr(MdgKb) kb = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  kb = mdg_kb_new_default (&error);
  g_assert_no_error (error);
  bundled = mdg_search_new (kb);

  g_test_add_func ("/search/ranking/fields", test_ranking_fields);
  g_test_add_func ("/search/ranking/phrase", test_ranking_phrase);
  g_test_add_func ("/search/ranking/ties", test_ranking_ties);
  g_test_add_func ("/search/ranking/code", test_ranking_code);
  g_test_add_func ("/search/blank", test_blank);
  g_test_add_func ("/search/error-codes", test_error_codes);
  g_test_add_func ("/search/readings", test_readings);
  g_test_add_func ("/search/synonyms", test_synonyms);
  g_test_add_func ("/search/added-cases", test_added_cases);
  g_test_add_func ("/search/every-word", test_every_word);
  g_test_add_func ("/search/languages", test_languages);
  g_test_add_func ("/search/highlight", test_highlight);
  g_test_add_func ("/search/suggest", test_suggest);
  g_test_add_func ("/search/related/code", test_related_code);
  g_test_add_func ("/search/related/order", test_related_order);
  g_test_add_func ("/search/romaji/kana", test_romaji_kana);
  g_test_add_func ("/search/romaji/search", test_romaji_search);
  g_test_add_func ("/search/suggest-language", test_suggest_language);
  g_test_add_func ("/search/black-circle", test_black_circle);
  g_test_add_func ("/search/quality", test_quality);
  g_test_add_func ("/search/typing", test_typing);

  status = g_test_run ();
  g_clear_pointer (&bundled, mdg_search_free);

  return status;
}
