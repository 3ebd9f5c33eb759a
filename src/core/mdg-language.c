/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "mdg-language.h"

/* Japanese is set in BIZ UDPGothic, a universal-design face made for public
 * documents (open counters, clear kana, legible for weak eyes), whose TrueType
 * outlines cairo subsets quickly; Noto Sans CJK JP stays behind it for any
 * character it lacks. Chinese and Korean stay in Noto Sans CJK (the TrueType
 * faces Debian has for them, WenQuanYi and Nanum, change which font the whole
 * desktop uses for Japanese), but their Latin letters come from Noto Sans and
 * Korean's Japanese words from BIZ UDPGothic: from Noto Sans CJK, those glyphs
 * make cairo 1.16 give up subsetting and embed all of the face's subroutines,
 * about 1 MB a weight. The other languages fall back to the Japanese faces,
 * so Japanese words inside them (a clinic's name, マイナンバーカード) get
 * Japanese glyph forms. */
#define FACES_JA    "BIZ UDPGothic, Noto Sans CJK JP"
#define FACES_LATIN "Noto Sans, " FACES_JA

/* Noto Sans Myanmar's ascent and descent add up to 2.25 em, room for the
 * tallest stacks; 1.75 em between lines is what Myanmar text needs.
 * Devanagari at the same point size as Latin reads a size smaller, so Nepali
 * is set 15% larger. The Pango language picks the right glyphs, e.g.
 * simplified Chinese forms rather than Japanese ones for the same character. */
#define LANGUAGES(X) \
  X ("ja",        "ja",      "ja",    "日本語",             "日本語",             FACES_JA,                         0,    1)    \
  X ("ja-x-easy", "ja@easy", "ja",    "やさしい にほんご",  "やさしい にほんご",  FACES_JA,                         0,    1)    \
  X ("en",        "en",      "en",    "English",            "English",            FACES_LATIN,                      0,    1)    \
  X ("zh-Hans",   "zh_CN",   "zh-cn", "简体中文",           "中文",               "Noto Sans, Noto Sans CJK SC",    0,    1)    \
  X ("vi",        "vi",      "vi",    "Tiếng Việt",         "Tiếng Việt",         FACES_LATIN,                      0,    1)    \
  X ("ko",        "ko",      "ko",    "한국어",             "한국어",             "Noto Sans, BIZ UDPGothic, Noto Sans CJK KR", 0, 1) \
  X ("fil",       "fil",     "fil",   "Filipino",           "Filipino",           FACES_LATIN,                      0,    1)    \
  X ("ne",        "ne",      "ne",    "नेपाली",             "नेपाली",             "Noto Sans Devanagari, " FACES_LATIN, 0, 1.15) \
  X ("id",        "id",      "id",    "Bahasa Indonesia",   "Bahasa Indonesia",   FACES_LATIN,                      0,    1)    \
  X ("pt-BR",     "pt_BR",   "pt-br", "Português (Brasil)", "Português",          FACES_LATIN,                      0,    1)    \
  X ("my",        "my",      "my",    "မြန်မာ",             "မြန်မာ",             "Noto Sans Myanmar, " FACES_LATIN, 1.75, 1)

#define ROW(tag, locale, pango, native, short_name, families, line_height, size) \
  { tag, locale, pango, native, short_name, families, line_height, size },
#define TAG(tag, ...) tag,

static const MdgLanguage languages[] = { LANGUAGES (ROW) };

const char * const mdg_languages[] = { LANGUAGES (TAG) NULL };

guint
mdg_language_count (void)
{
  return G_N_ELEMENTS (languages);
}

const MdgLanguage *
mdg_language_nth (guint i)
{
  return i < G_N_ELEMENTS (languages) ? &languages[i] : NULL;
}

const MdgLanguage *
mdg_language_lookup (const char *tag)
{
  if (tag == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_str_equal (languages[i].tag, tag))
      return &languages[i];
  return NULL;
}

gboolean
mdg_language_is_known (const char *tag)
{
  return mdg_language_lookup (tag) != NULL;
}

const char *
mdg_language_get_native_name (const char *tag)
{
  const MdgLanguage *language = mdg_language_lookup (tag);

  return language != NULL ? language->native_name : tag;
}

const char *
mdg_language_get_font_family (const char *tag)
{
  const MdgLanguage *language = mdg_language_lookup (tag);

  return (language != NULL ? language : mdg_language_lookup ("en"))->families;
}
