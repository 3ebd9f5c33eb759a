/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-normalize.c — one test per normalisation rule, each with examples. */

#include "mdg-normalize.h"
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
    { "※✓マイナ・ポータル", "マイナポータル" },
    /* ● stands for a character the screen cannot show: it is searched. */
    { "氏名 山●太郎", "氏名 山●太郎" },
    { "⬤⚫", "●●" },
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

/* The cache, and the map (which turns the bulk copy off), change nothing. */
static void
test_cache_agrees (void)
{
  static const char *texts[] = {
    "ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞ", "ＡＢＣ", "THẺ BẢO HIỂM", "か゛", "①", "Straße", "카드",
    "カ\u3099ード", "abc\u0301d", "保険証・資格確認書（マイナ保険証）", "mynaカード010ｴﾗｰ",
    "患者は受付窓口にて連絡して下さい。【010：初回登録エラー】 Patient: please report this.",
  };
  g_autoptr(GHashTable) cache = mdg_normalize_cache_new ();

  for (guint round = 0; round < 2; round++)
    for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
      {
        g_autoptr(GArray) map = g_array_new (FALSE, FALSE, sizeof (gsize));
        g_autofree char *plain = mdg_normalize (texts[i]);
        g_autofree char *cached = mdg_normalize_full (texts[i], -1, NULL, cache);
        g_autofree char *mapped = mdg_normalize_with_map (texts[i], map);

        g_assert_cmpstr (plain, ==, cached);
        g_assert_cmpstr (plain, ==, mapped);
      }
}

static gboolean
is_mark (gunichar ch)
{
  return g_unichar_combining_class (ch) != 0 || (ch >= 0x3099 && ch <= 0x309C) ||
         ch == 0xFF9E || ch == 0xFF9F || ch == 0x0F73 || ch == 0x0F75 || ch == 0x0F81;
}

/* The rules spelt out plainly, without the fast paths, for one unit (a
 * character and its marks) or a few units that NFKC does not merge. */
static char *
reference (const char *units)
{
  g_autofree char *nfkc = g_utf8_normalize (units, -1, G_NORMALIZE_NFKC);
  g_autofree char *casefolded = g_utf8_casefold (nfkc, -1);
  /* NFKC again after folding, as Unicode's NFKC_Casefold. */
  g_autofree char *folded = g_utf8_normalize (casefolded, -1, G_NORMALIZE_NFKC);
  GString *out = g_string_new (NULL);
  gboolean kept = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      /* A mark goes with its character when that is dropped, and a mark
       * with no character before it goes too. */
      if (is_mark (ch) && !kept)
        continue;
      kept = FALSE;

      if ((ch >= 0x3041 && ch <= 0x3096) || ch == 0x309D || ch == 0x309E)
        ch += 0x60;
      if (ch == '-' || ch == '~' ||
          (ch > 0x7F && g_utf8_strchr ("‐‑‒–—―⁓−⸺⸻〜〰ー﹘﹣－～ｰ", -1, ch) != NULL))
        ch = 0x30FC;
      /* ● and the other black circles are kept, as ●. */
      if (ch == 0x26AB || ch == 0x2B24 || ch == 0x25CF)
        {
          g_string_append (out, "●");
          continue;
        }
      /* Cherokee folds to capitals, as Unicode's case folding does. */
      if (ch >= 0xAB70 && ch <= 0xABBF)
        ch -= 0xAB70 - 0x13A0;
      else if (ch >= 0x13F8 && ch <= 0x13FD)
        ch -= 8;

      if (g_unichar_isspace (ch))
        {
          g_string_append_c (out, ' ');
          continue;
        }

      switch (g_unichar_type (ch))
        {
        case G_UNICODE_CONTROL: case G_UNICODE_FORMAT: case G_UNICODE_UNASSIGNED:
        case G_UNICODE_SURROGATE: case G_UNICODE_CONNECT_PUNCTUATION:
        case G_UNICODE_DASH_PUNCTUATION: case G_UNICODE_CLOSE_PUNCTUATION:
        case G_UNICODE_FINAL_PUNCTUATION: case G_UNICODE_INITIAL_PUNCTUATION:
        case G_UNICODE_OTHER_PUNCTUATION: case G_UNICODE_OPEN_PUNCTUATION:
        case G_UNICODE_CURRENCY_SYMBOL: case G_UNICODE_MODIFIER_SYMBOL:
        case G_UNICODE_MATH_SYMBOL: case G_UNICODE_OTHER_SYMBOL:
        case G_UNICODE_LINE_SEPARATOR: case G_UNICODE_PARAGRAPH_SEPARATOR:
        case G_UNICODE_SPACE_SEPARATOR:
          continue;
        default:
          break;
        }
      if (ch == 0x3099 || ch == 0x309A || ch == 0x30FB)
        continue;

      g_string_append_unichar (out, ch);
      kept = TRUE;
    }

  g_strstrip (out->str);
  out->len = strlen (out->str);

  return g_string_free (out, FALSE);
}

/* Every character of the Basic Multilingual Plane, alone and after a letter,
 * comes out as the plain rules say: the fast paths change nothing. */
static void
test_reference (void)
{
  g_autoptr(GHashTable) cache = mdg_normalize_cache_new ();

  for (gunichar ch = 1; ch < 0x10000; ch++)
    {
      char unit[8] = { 0 };
      char pair[8] = { 'a' };

      if ((ch >= 0xD800 && ch <= 0xDFFF) || ch == 0x309B || ch == 0x309C)
        continue;

      g_unichar_to_utf8 (ch, unit);
      g_unichar_to_utf8 (ch, pair + 1);

      for (guint i = 0; i < 2; i++)
        {
          const char *text = i == 0 ? unit : pair;
          g_autofree char *expected = reference (text);
          g_autofree char *got = mdg_normalize (text);
          g_autofree char *cached = mdg_normalize_full (text, -1, NULL, cache);

          if (g_strcmp0 (got, expected) != 0)
            g_error ("U+%04X%s: got %s, expected %s", ch, i == 0 ? "" : " after a",
                     g_strescape (got, NULL), g_strescape (expected, NULL));
          g_assert_cmpstr (cached, ==, expected);
        }
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
  g_test_add_func ("/normalize/reference", test_reference);

  return g_test_run ();
}
