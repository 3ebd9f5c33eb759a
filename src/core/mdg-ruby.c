/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-ruby.c — the ruby markup {base|reading} of ja-x-easy texts. */
#include "config.h"

#include "mdg-ruby.h"

#include <string.h>

G_DEFINE_QUARK (mdg-ruby-error-quark, mdg_ruby_error)

static gboolean
is_kanji (gunichar c)
{
  /* 々 and 〆 are Han too; the radicals blocks are not words. */
  return g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN &&
         !(c >= 0x2E80 && c <= 0x2FDF);
}

static gboolean
is_kana (gunichar c)
{
  GUnicodeScript script = g_unichar_get_script (c);

  if (script == G_UNICODE_SCRIPT_HIRAGANA || script == G_UNICODE_SCRIPT_KATAKANA)
    return TRUE;
  /* ー and the voicing marks are Common, but kana all the same. */
  return c == 0x30FC || c == 0x309B || c == 0x309C || c == 0x30FB;
}

static GArray *
parse_fail (GError      **error,
            gsize        *error_offset,
            const char   *text,
            const char   *at,
            MdgRubyError  code,
            const char   *message)
{
  if (error_offset != NULL)
    *error_offset = g_utf8_pointer_to_offset (text, at);
  g_set_error_literal (error, MDG_RUBY_ERROR, code, message);
  return NULL;
}

static void
add_segment (GArray     *segments,
             const char *base,
             gsize       base_len,
             const char *reading,
             gsize       reading_len)
{
  MdgRubySegment segment = { base, base_len, reading, reading_len };

  if (base_len > 0)
    g_array_append_val (segments, segment);
}

GArray *
mdg_ruby_parse (const char         *text,
                MdgRubyParseFlags   flags,
                gsize              *error_offset,
                GError            **error)
{
  g_autoptr(GArray) segments = g_array_new (FALSE, FALSE, sizeof (MdgRubySegment));
  const char *plain = text;
  const char *p = text;

  g_return_val_if_fail (text != NULL, NULL);

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      const char *open, *bar = NULL, *q;

      if (c == '}')
        return parse_fail (error, error_offset, text, p, MDG_RUBY_ERROR_MARKUP,
                           "“}” without an opening “{”");
      if (c == '|')
        return parse_fail (error, error_offset, text, p, MDG_RUBY_ERROR_MARKUP,
                           "“|” outside a ruby group {base|reading}");
      if (c != '{')
        {
          if ((flags & MDG_RUBY_PARSE_KANJI_IN_RUBY) && is_kanji (c))
            return parse_fail (error, error_offset, text, p, MDG_RUBY_ERROR_KANJI,
                               "a kanji outside a ruby group: write it as {base|reading}");
          p = g_utf8_next_char (p);
          continue;
        }

      open = p;
      for (q = p + 1; *q != '\0' && *q != '}'; q = g_utf8_next_char (q))
        {
          if (*q == '{')
            return parse_fail (error, error_offset, text, q, MDG_RUBY_ERROR_MARKUP,
                               "a “{” inside a ruby group: ruby groups do not nest");
          if (*q == '|')
            {
              if (bar != NULL)
                return parse_fail (error, error_offset, text, q, MDG_RUBY_ERROR_MARKUP,
                                   "a second “|” in one ruby group");
              bar = q;
            }
          else if (*q == '\n')
            return parse_fail (error, error_offset, text, q, MDG_RUBY_ERROR_MARKUP,
                               "a line break inside a ruby group");
        }
      if (*q == '\0')
        return parse_fail (error, error_offset, text, open, MDG_RUBY_ERROR_MARKUP,
                           "a “{” that is never closed by “}”");
      if (bar == NULL)
        return parse_fail (error, error_offset, text, open, MDG_RUBY_ERROR_MARKUP,
                           "a ruby group without “|”: write {base|reading}");
      if (bar == open + 1)
        return parse_fail (error, error_offset, text, open, MDG_RUBY_ERROR_MARKUP,
                           "a ruby group with an empty base");
      if (q == bar + 1)
        return parse_fail (error, error_offset, text, bar, MDG_RUBY_ERROR_MARKUP,
                           "a ruby group with an empty reading");
      for (const char *r = bar + 1; r < q; r = g_utf8_next_char (r))
        if (!is_kana (g_utf8_get_char (r)))
          return parse_fail (error, error_offset, text, r, MDG_RUBY_ERROR_READING,
                             "a reading that is not hiragana or katakana");

      add_segment (segments, plain, open - plain, NULL, 0);
      add_segment (segments, open + 1, bar - open - 1, bar + 1, q - bar - 1);
      p = plain = q + 1;
    }

  add_segment (segments, plain, p - plain, NULL, 0);
  return g_steal_pointer (&segments);
}

gboolean
mdg_ruby_has_markup (const char *text)
{
  return text != NULL && strpbrk (text, "{|}") != NULL;
}

static char *
join (const char *text,
      gboolean    readings)
{
  g_autoptr(GArray) segments = NULL;
  GString *out;

  if (!mdg_ruby_has_markup (text))
    return g_strdup (text);
  segments = mdg_ruby_parse (text, MDG_RUBY_PARSE_DEFAULT, NULL, NULL);
  if (segments == NULL)
    return g_strdup (text);

  out = g_string_sized_new (strlen (text));
  for (guint i = 0; i < segments->len; i++)
    {
      const MdgRubySegment *s = &g_array_index (segments, MdgRubySegment, i);

      if (readings && s->reading != NULL)
        g_string_append_len (out, s->reading, s->reading_len);
      else
        g_string_append_len (out, s->base, s->base_len);
    }
  return g_string_free (out, FALSE);
}

char *
mdg_ruby_strip (const char *text)
{
  return join (text, FALSE);
}

char *
mdg_ruby_reading (const char *text)
{
  return join (text, TRUE);
}
