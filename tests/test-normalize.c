/* test-normalize.c — one test per normalisation rule, each with examples. */

#include "mdg-search.h"
#include "mdg-normalize-private.h"

#include <string.h>

typedef struct {
  const char *in;
  const char *out;
} Example;

static void
check_examples (const Example *examples,
                gsize          n)
{
  for (gsize i = 0; i < n; i++)
    {
      g_autofree char *got = mdg_normalize (examples[i].in);
      g_autofree char *again = mdg_normalize (got);

      g_assert_cmpstr (got, ==, examples[i].out);
      /* Normalising twice changes nothing: the index and the query agree. */
      g_assert_cmpstr (again, ==, got);
    }
}

static void
test_nfkc (void)
{
  static const Example examples[] = {
    { "０１０", "010" },
    { "ＡＢＣ１２３", "abc123" },
    { "ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞ", "マイナンバーカード" },
    { "ｵﾝﾗｲﾝｼｶｸｶｸﾆﾝ", "オンラインシカクカクニン" },
    { "ﾍﾟｰｼﾞ", "ページ" },
    { "①②", "12" },
    { "㈱", "株" },
    { "ﬁle", "file" },
  };

  check_examples (examples, G_N_ELEMENTS (examples));
}

static void
test_case_folding (void)
{
  static const Example examples[] = {
    { "Insurance CARD", "insurance card" },
    { "ＦＡＱ", "faq" },
    { "Straße", "strasse" },
    { "ÉCRAN", "écran" },
    { "THẺ BẢO HIỂM", "thẻ bảo hiểm" },
  };

  check_examples (examples, G_N_ELEMENTS (examples));
}

static void
test_hiragana (void)
{
  static const Example examples[] = {
    { "ほけんしょう", "ホケンショウ" },
    { "しょかいとうろく", "ショカイトウロク" },
    { "保険証がない", "保険証ガナイ" },
    { "ゔぁ", "ヴァ" },
    { "ゝゞ", "ヽヾ" },
    { "カタカナ", "カタカナ" },
  };

  check_examples (examples, G_N_ELEMENTS (examples));
}

static void
test_long_vowel_and_dash (void)
{
  static const Example examples[] = {
    { "サーバー", "サーバー" },    /* U+30FC */
    { "サ－バ－", "サーバー" },    /* full-width hyphen-minus */
    { "サ―バ―", "サーバー" },    /* horizontal bar */
    { "サ‐バ‐", "サーバー" },    /* hyphen */
    { "サ-バ-", "サーバー" },      /* ASCII */
    { "サ〜バ〜", "サーバー" },    /* wave dash */
    { "サ~バ~", "サーバー" },      /* tilde */
    { "サ～バ～", "サーバー" },    /* full-width tilde */
    { "ｻｰﾊﾞｰ", "サーバー" },      /* half-width */
    { "サ—バ–", "サーバー" },      /* em and en dash */
    { "3～4日", "3ー4日" },
  };

  check_examples (examples, G_N_ELEMENTS (examples));
}

static void
test_spaces (void)
{
  static const Example examples[] = {
    { "  保険証　無効 ", "保険証 無効" },
    { "insurance\t\ncard", "insurance card" },
    { "a\u00a0\u3000 b", "a b" },
    { "   ", "" },
    { "", "" },
  };

  check_examples (examples, G_N_ELEMENTS (examples));
}

static void
test_punctuation (void)
{
  static const Example examples[] = {
    { "【010：初回登録エラー】", "010初回登録エラー" },
    { "「保険証」、資格確認書。", "保険証資格確認書" },
    { "氏名(名)の差異", "氏名名ノ差異" },
    { "e.g. <b> & \"quotes\"", "eg b quotes" },
    { "※●✓マイナ・ポータル", "マイナポータル" },
    { "ﾏｲﾅ･ﾎﾟｰﾀﾙ", "マイナポータル" },
  };

  check_examples (examples, G_N_ELEMENTS (examples));
}

static void
test_voiced_marks (void)
{
  static const Example examples[] = {
    { "か゛", "ガ" },
    { "は゜", "パ" },
    { "か\u3099", "ガ" },
    { "e\u0301", "é" },
    { "\u3099あ", "ア" },
  };

  check_examples (examples, G_N_ELEMENTS (examples));
}

static void
test_controls_and_invalid (void)
{
  g_autofree char *zw = mdg_normalize ("保険\u200b証\x01");
  g_autofree char *bad = mdg_normalize ("ab\xff\xfe" "c\xe3\x81");
  g_autofree char *null = mdg_normalize (NULL);

  g_assert_cmpstr (zw, ==, "保険証");
  g_assert_cmpstr (bad, ==, "abc");
  g_assert_cmpstr (null, ==, "");
}

static void
test_map (void)
{
  const char *text = "ﾏｲﾅﾝﾊﾞｰ 【ＡＢ】 ほけん";
  g_autoptr(GArray) map = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autofree char *out = mdg_normalize_with_map (text, map);
  const char *ba = strstr (out, "バ");
  const char *b = strstr (out, "b");
  const char *ho = strstr (out, "ホ");
  gsize src;

  g_assert_cmpstr (out, ==, "マイナンバー ab ホケン");
  g_assert_cmpuint (map->len, ==, strlen (out));

  /* バ came from ﾊﾞ: its unit starts at ﾊ and ends after ﾞ. */
  src = g_array_index (map, gsize, ba - out);
  g_assert_true (g_str_has_prefix (text + src, "ﾊﾞ"));
  g_assert_cmpuint (mdg_normalize_unit_end (text, strlen (text), src), ==, src + strlen ("ﾊﾞ"));
  for (gsize i = 0; i < strlen ("バ"); i++)
    g_assert_cmpuint (g_array_index (map, gsize, ba - out + i), ==, src);

  src = g_array_index (map, gsize, b - out);
  g_assert_true (g_str_has_prefix (text + src, "Ｂ"));

  src = g_array_index (map, gsize, ho - out);
  g_assert_true (g_str_has_prefix (text + src, "ほ"));

  /* The map is reset, not appended to. */
  g_free (mdg_normalize_with_map ("x", map));
  g_assert_cmpuint (map->len, ==, 1);
}

static void
test_cache_agrees (void)
{
  static const char *texts[] = {
    "ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞ", "ＡＢＣ", "THẺ BẢO HIỂM", "か゛", "①", "Straße", "카드",
  };
  g_autoptr(GHashTable) cache = mdg_normalize_cache_new ();

  for (guint round = 0; round < 2; round++)
    for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
      {
        g_autofree char *plain = mdg_normalize (texts[i]);
        g_autofree char *cached = mdg_normalize_full (texts[i], -1, NULL, cache);

        g_assert_cmpstr (plain, ==, cached);
      }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/normalize/nfkc", test_nfkc);
  g_test_add_func ("/normalize/case-folding", test_case_folding);
  g_test_add_func ("/normalize/hiragana-to-katakana", test_hiragana);
  g_test_add_func ("/normalize/long-vowel-and-dash", test_long_vowel_and_dash);
  g_test_add_func ("/normalize/spaces", test_spaces);
  g_test_add_func ("/normalize/punctuation", test_punctuation);
  g_test_add_func ("/normalize/voiced-marks", test_voiced_marks);
  g_test_add_func ("/normalize/controls-and-invalid", test_controls_and_invalid);
  g_test_add_func ("/normalize/map", test_map);
  g_test_add_func ("/normalize/cache", test_cache_agrees);

  return g_test_run ();
}
