/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-normalize.c — the one text normaliser for the knowledge base and the query.
 *
 * Rules, in order, applied to each unit (a character and the marks that
 * combine with it, so that half-width ｶﾞ stays one unit):
 *   1. NFKC: full-width ASCII → ASCII, half-width katakana → katakana, ① → 1.
 *   2. Case folding, then NFKC again (as Unicode's NFKC_Casefold).
 *   3. Hiragana → katakana.
 *   4. Long-vowel, dash and wave variants (ー－―‐-〜~ …) → ー.
 *   5. Runs of white space → one ASCII space, none at either end.
 *   6. Punctuation, symbols and control characters are dropped, with any
 *      marks on them.
 *
 * Normalising twice changes nothing. Text that these rules leave as it is
 * (katakana, kanji, lower-case ASCII) takes a fast path; tests/test-normalize.c
 * checks every character of the BMP against the rules spelt out plainly.
 *
 * The output never contains a newline or a control character, so callers may
 * use one as a separator that no query can match across.
 */

#include "mdg-normalize.h"
#include "mdg-normalize-private.h"

#include <string.h>

#define INVALID_CHAR ((gunichar) -1)
#define MAX_CACHED_UNITS 8192

typedef struct {
  GString  *out;
  GArray   *map;
  gsize     start;
  gsize     space_src;
  gboolean  pending_space;
} Emitter;

static inline gunichar
get_char (const char  *p,
          const char  *end,
          const char **next)
{
  gunichar ch;

  if ((guchar) *p < 0x80)
    {
      *next = p + 1;
      return (guchar) *p;
    }

  /* Three bytes from U+1000 to U+CFFF (kana, kanji, Hangul): no overlong or
   * surrogate forms to check for. */
  if ((guchar) p[0] >= 0xE1 && (guchar) p[0] <= 0xEC && end - p >= 3 &&
      ((guchar) p[1] & 0xC0) == 0x80 && ((guchar) p[2] & 0xC0) == 0x80)
    {
      *next = p + 3;
      return ((gunichar) (p[0] & 0x0F) << 12) | ((gunichar) (p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }

  ch = g_utf8_get_char_validated (p, end - p);
  if (ch == (gunichar) -1 || ch == (gunichar) -2)
    {
      /* Invalid UTF-8 (from a command line, say) is skipped a byte at a time. */
      *next = p + 1;
      return INVALID_CHAR;
    }

  *next = g_utf8_next_char (p);
  return ch;
}

/* Marks that belong to the character before them. The spacing voiced marks
 * ゛゜ count too: people type them after a kana to make ガ or パ. */
static inline gboolean
is_attaching (gunichar ch)
{
  /* Katakana to kanji, and Hangul syllables: no marks there. */
  if (ch < 0x300 || ch == INVALID_CHAR || (ch >= 0x30A0 && ch <= 0x9FFF) ||
      (ch >= 0xAC00 && ch <= 0xD7A3))
    return FALSE;

  /* ཱི ཱུ ཱྀ have combining class 0 but split into marks that do not, which NFKC
   * reorders with the marks around them: they must be in the same unit. */
  return (ch >= 0x3099 && ch <= 0x309C) ||
         ch == 0xFF9E || ch == 0xFF9F ||
         ch == 0x0F73 || ch == 0x0F75 || ch == 0x0F81 ||
         g_unichar_combining_class (ch) != 0;
}

/* Whether the character at @p could be a mark, looking at its bytes only:
 * nothing below U+0300 and no kanji is. */
static inline gboolean
may_attach (const char *p,
            const char *end)
{
  guchar b = p[0];

  if (b < 0xCC || (b >= 0xE4 && b <= 0xE9))
    return FALSE;

  /* U+3000–U+3FFF: only the tone marks U+302A–U+302F (E3 80 AA–AF) and
   * U+3099–U+309C (E3 82 99–9C). */
  if (b == 0xE3 && end - p >= 2 && (guchar) p[1] != 0x82 &&
      !((guchar) p[1] == 0x80 && (end - p < 3 || ((guchar) p[2] >= 0xAA && (guchar) p[2] <= 0xAF))))
    return FALSE;

  return TRUE;
}

static inline gboolean
is_dash (gunichar ch)
{
  switch (ch)
    {
    case 0x002D: case 0x007E:
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2053: case 0x2212: case 0x2E3A: case 0x2E3B:
    case 0x301C: case 0x3030: case 0x30FC:
    case 0xFE58: case 0xFE63: case 0xFF0D: case 0xFF5E: case 0xFF70:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Characters that NFKC and case folding leave alone, by far the most common
 * in the knowledge base: they skip the slow path. */
static inline gboolean
is_stable (gunichar ch)
{
  return (ch >= 0x3041 && ch <= 0x3096) ||
         (ch >= 0x309D && ch <= 0x309E) ||
         (ch >= 0x30A1 && ch <= 0x30FE) ||
         (ch >= 0x4E00 && ch <= 0x9FFF) ||
         (ch >= 0x3400 && ch <= 0x4DBF) ||
         (ch >= 0xAC00 && ch <= 0xD7A3);
}

/* 、。「」【】 and the like, which NFKC leaves as punctuation: dropped. */
static inline gboolean
is_cjk_punctuation (gunichar ch)
{
  switch (g_unichar_type (ch))
    {
    case G_UNICODE_CONNECT_PUNCTUATION:
    case G_UNICODE_CLOSE_PUNCTUATION:
    case G_UNICODE_FINAL_PUNCTUATION:
    case G_UNICODE_INITIAL_PUNCTUATION:
    case G_UNICODE_OTHER_PUNCTUATION:
    case G_UNICODE_OPEN_PUNCTUATION:
      return TRUE;
    default:
      return FALSE;
    }
}

static inline void
emit_bytes (Emitter    *e,
            const char *bytes,
            gsize       n,
            gsize       src)
{
  if (e->pending_space)
    {
      e->pending_space = FALSE;
      if (e->out->len > e->start)
        {
          g_string_append_c (e->out, ' ');
          if (e->map != NULL)
            g_array_append_val (e->map, e->space_src);
        }
    }

  /* g_string_append_len() for one character at a time is a call too many. */
  if (e->out->len + n >= e->out->allocated_len)
    {
      gsize len = e->out->len;

      g_string_set_size (e->out, len + n);
      e->out->len = len;
    }
  memcpy (e->out->str + e->out->len, bytes, n);
  e->out->len += n;
  e->out->str[e->out->len] = '\0';

  if (e->map != NULL)
    for (gsize i = 0; i < n; i++)
      g_array_append_val (e->map, src);
}

static inline void
emit_space (Emitter *e,
            gsize    src)
{
  if (!e->pending_space)
    {
      e->pending_space = TRUE;
      e->space_src = src;
    }
}

/* Rules 3 to 6 for one character that has been through NFKC and folding.
 * Returns whether it was kept (a space is not kept: it is pending). */
static gboolean
emit_char (Emitter  *e,
           gunichar  ch,
           gsize     src)
{
  char buf[6];
  int n;

  if (ch < 0x80)
    {
      if (g_ascii_isalnum (ch))
        {
          buf[0] = g_ascii_tolower (ch);
          emit_bytes (e, buf, 1, src);
          return TRUE;
        }
      else if (g_ascii_isspace (ch))
        emit_space (e, src);
      else if (ch == '-' || ch == '~')
        {
          emit_bytes (e, "ー", 3, src);
          return TRUE;
        }
      /* Other ASCII is punctuation, a symbol or a control character. */
      return FALSE;
    }

  if ((ch >= 0x3041 && ch <= 0x3096) || ch == 0x309D || ch == 0x309E)
    ch += 0x60;
  else if (is_dash (ch))
    ch = MDG_NORMALIZE_LONG_VOWEL;
  else if (ch == 0x25CF || ch == 0x26AB || ch == 0x2B24)
    {
      /* ● is no decoration: the eligibility screen shows it for a character
       * of a name it cannot show, and the desk types it to find that case. */
      emit_bytes (e, "●", 3, src);
      return TRUE;
    }
  else if (!is_stable (ch))
    {
      if (g_unichar_isspace (ch))
        {
          emit_space (e, src);
          return FALSE;
        }

      switch (g_unichar_type (ch))
        {
        case G_UNICODE_CONTROL:
        case G_UNICODE_FORMAT:
        case G_UNICODE_UNASSIGNED:
        case G_UNICODE_SURROGATE:
        case G_UNICODE_CONNECT_PUNCTUATION:
        case G_UNICODE_DASH_PUNCTUATION:
        case G_UNICODE_CLOSE_PUNCTUATION:
        case G_UNICODE_FINAL_PUNCTUATION:
        case G_UNICODE_INITIAL_PUNCTUATION:
        case G_UNICODE_OTHER_PUNCTUATION:
        case G_UNICODE_OPEN_PUNCTUATION:
        case G_UNICODE_CURRENCY_SYMBOL:
        case G_UNICODE_MODIFIER_SYMBOL:
        case G_UNICODE_MATH_SYMBOL:
        case G_UNICODE_OTHER_SYMBOL:
        case G_UNICODE_LINE_SEPARATOR:
        case G_UNICODE_PARAGRAPH_SEPARATOR:
        case G_UNICODE_SPACE_SEPARATOR:
          return FALSE;
        default:
          break;
        }

      /* A voiced mark left over: nothing to combine with. */
      if (ch == 0x3099 || ch == 0x309A)
        return FALSE;

      /* GLib folds Cherokee capitals to small letters and small letters to
       * capitals; Unicode's case folding makes both capitals. */
      if (ch >= 0xAB70 && ch <= 0xABBF)
        ch -= 0xAB70 - 0x13A0;
      else if (ch >= 0x13F8 && ch <= 0x13FD)
        ch -= 8;
    }
  else if (ch == 0x30FB)   /* ・ */
    return FALSE;

  n = g_unichar_to_utf8 (ch, buf);
  emit_bytes (e, buf, n, src);
  return TRUE;
}

/* Without a map to fill, the characters most of the knowledge base is made of
 * (ASCII, hiragana, katakana, kanji) are taken here, as emit_char() would take
 * them, a character at a time without a call; a character with a mark after it
 * is left to the caller, which makes them one unit. Returns where it stopped. */
static inline const char *
fast_run (Emitter    *e,
          const char *p,
          const char *end)
{
  GString *out = e->out;
  const char *last = NULL;   /* the last character taken, and the state before it */
  gsize last_at = 0;
  gboolean last_pending = FALSE;
  gsize last_space_src = 0;
  char *o = out->str + out->len;

  /* Every byte makes at most one, but for a dash: room for the rest, a pending
   * space and the NUL, kept so by the dashes. */
#define ROOM(n)                                                         \
  G_STMT_START {                                                        \
    if ((gsize) (out->str + out->allocated_len - o) <= (n))             \
      {                                                                 \
        gsize at = o - out->str;                                        \
                                                                        \
        g_string_set_size (out, at + (n));                              \
        out->len = at;                                                  \
        o = out->str + at;                                              \
      }                                                                 \
  } G_STMT_END

  ROOM ((gsize) (end - p) + 2);

#define PUT_SPACE()                                                     \
  G_STMT_START {                                                        \
    if (e->pending_space)                                               \
      {                                                                 \
        e->pending_space = FALSE;                                       \
        if ((gsize) (o - out->str) > e->start)                          \
          *o++ = ' ';                                                   \
      }                                                                 \
  } G_STMT_END

  while (p < end)
    {
      guchar b = p[0];
      const char *next;
      gunichar ch;

      /* None of these is a mark: a mark after one is found when the loop stops
       * at it, and then the character before it is taken back. */
      if (b < 0x80)
        {
          ch = b;
          next = p + 1;
        }
      else if (b >= 0xE3 && b <= 0xE9 && end - p >= 3 &&
               ((guchar) p[1] & 0xC0) == 0x80 && ((guchar) p[2] & 0xC0) == 0x80)
        {
          ch = ((gunichar) (b & 0x0F) << 12) | ((gunichar) (p[1] & 0x3F) << 6) | (p[2] & 0x3F);
          if (!((ch >= 0x3041 && ch <= 0x3096) || ch == 0x309D || ch == 0x309E ||
                (ch >= 0x30A1 && ch <= 0x30FE) || (ch >= 0x4E00 && ch <= 0x9FFF)))
            break;
          next = p + 3;
        }
      else
        break;

      last = p;
      last_at = o - out->str;
      last_pending = e->pending_space;
      last_space_src = e->space_src;

      if (ch < 0x80)
        {
          if (g_ascii_isalnum (ch))
            {
              PUT_SPACE ();
              *o++ = ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch;
            }
          else if (g_ascii_isspace (ch))
            {
              if (!e->pending_space)
                {
                  e->pending_space = TRUE;
                  e->space_src = 0;
                }
            }
          else if (ch == '-' || ch == '~')
            {
              ROOM ((gsize) (end - p) + 4);
              PUT_SPACE ();
              memcpy (o, "ー", 3);
              o += 3;
            }
        }
      else if (ch <= 0x309E)
        {
          /* Hiragana to katakana, 0x60 on: U+30A1–U+30F6, U+30FD–U+30FE. */
          ch += 0x60;
          PUT_SPACE ();
          o[0] = (char) 0xE3;
          o[1] = (char) (0x80 | ((ch >> 6) & 0x3F));
          o[2] = (char) (0x80 | (ch & 0x3F));
          o += 3;
        }
      else if (ch != 0x30FB)   /* ・ goes */
        {
          PUT_SPACE ();
          o[0] = p[0];
          o[1] = p[1];
          o[2] = p[2];
          o += 3;
        }

      p = next;
    }

#undef PUT_SPACE
#undef ROOM

  /* The same test as the caller's for a unit of more than one character. */
  if (last != NULL && p < end && may_attach (p, end))
    {
      const char *after;

      if (is_attaching (get_char (p, end, &after)))
        {
          p = last;
          o = out->str + last_at;
          e->pending_space = last_pending;
          e->space_src = last_space_src;
        }
    }

  out->len = o - out->str;
  *o = '\0';

  return p;
}

static char *
fold_unit (const char *unit)
{
  g_autofree char *nfkc = g_utf8_normalize (unit, -1, G_NORMALIZE_NFKC);
  g_autofree char *folded = g_utf8_casefold (nfkc, -1);

  /* Folding can leave marks out of order (İ becomes i and U+0307, ahead of
   * marks that sort before it): NFKC again, as Unicode's NFKC_Casefold does,
   * so that normalising twice changes nothing. */
  return g_utf8_normalize (folded, -1, G_NORMALIZE_NFKC);
}

/* Rules 1 and 2 for a unit the fast path does not know, then the rest. */
static void
emit_slow (Emitter    *e,
           const char *p,
           const char *end,
           gsize       src,
           GHashTable *cache)
{
  char buf[64];
  g_autoptr(GString) long_unit = NULL;
  g_autofree char *owned = NULL;
  const char *unit = buf;
  const char *folded = NULL;
  gboolean kept = FALSE;
  gsize n = 0;

  while (p < end)
    {
      const char *next;
      gunichar ch = get_char (p, end, &next);

      /* ゛゜ typed as characters should combine like the real marks. */
      if (ch == 0x309B)
        ch = 0x3099;
      else if (ch == 0x309C)
        ch = 0x309A;
      if (ch != INVALID_CHAR && ch != 0)
        {
          if (long_unit == NULL && n + 6 < sizeof buf)
            n += g_unichar_to_utf8 (ch, buf + n);
          else
            {
              if (long_unit == NULL)
                long_unit = g_string_new_len (buf, n);
              g_string_append_unichar (long_unit, ch);
            }
        }
      p = next;
    }

  buf[n] = '\0';
  if (long_unit != NULL)
    unit = long_unit->str;
  if (*unit == '\0')
    return;

  if (cache != NULL)
    folded = g_hash_table_lookup (cache, unit);

  if (folded == NULL)
    {
      owned = fold_unit (unit);
      folded = owned;
      /* Queries bring new units for as long as the program runs: a full cache
       * stops growing, and the rare units after that are folded each time. */
      if (cache != NULL && g_hash_table_size (cache) < MAX_CACHED_UNITS)
        g_hash_table_insert (cache, g_strdup (unit), g_steal_pointer (&owned));
    }

  /* A mark whose character was dropped (punctuation, a control character, a
   * space, bytes that are not UTF-8) goes too, and so does a mark with no
   * character before it in its unit: kept, it would meet the marks of the
   * next unit the next time the text is normalised, and NFKC would reorder
   * or combine them, so that a query would no longer match. */
  for (const char *q = folded; *q != '\0'; q = g_utf8_next_char (q))
    {
      gunichar ch = g_utf8_get_char (q);

      if (!is_attaching (ch))
        kept = emit_char (e, ch, src);
      else if (kept)
        emit_char (e, ch, src);
    }
}

GHashTable *
mdg_normalize_cache_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

void
mdg_normalize_append (GString    *out,
                      const char *text,
                      gssize      length,
                      GArray     *map,
                      GHashTable *cache)
{
  Emitter e = { 0 };
  const char *p, *end;

  g_return_if_fail (map == NULL || g_array_get_element_size (map) == sizeof (gsize));

  if (map != NULL)
    g_array_set_size (map, 0);

  if (text == NULL)
    return;

  if (length < 0)
    length = strlen (text);

  e.out = out;
  e.map = map;
  e.start = out->len;

  p = text;
  end = text + length;

  while (p < end)
    {
      const char *unit_end;
      gunichar ch;
      gboolean multi = FALSE;

      if (map == NULL)
        {
          const char *stop = fast_run (&e, p, end);

          if (stop != p)
            {
              p = stop;
              continue;
            }
        }

      ch = get_char (p, end, &unit_end);

      while (unit_end < end && may_attach (unit_end, end))
        {
          const char *next;

          if (!is_attaching (get_char (unit_end, end, &next)))
            break;
          multi = TRUE;
          unit_end = next;
        }

      if (ch == INVALID_CHAR)
        ;
      else if (multi)
        emit_slow (&e, p, unit_end, p - text, cache);
      else if (ch < 0x80 || is_stable (ch))
        emit_char (&e, ch, p - text);
      else if (ch >= 0xFF01 && ch <= 0xFF5E)
        emit_char (&e, ch - 0xFEE0, p - text);   /* NFKC of full-width ASCII */
      else if (ch >= 0x3001 && ch <= 0x303F && is_cjk_punctuation (ch))
        ;
      else
        emit_slow (&e, p, unit_end, p - text, cache);

      p = unit_end;
    }
}

char *
mdg_normalize_full (const char *text,
                    gssize      length,
                    GArray     *map,
                    GHashTable *cache)
{
  GString *out;

  g_return_val_if_fail (map == NULL || g_array_get_element_size (map) == sizeof (gsize), NULL);

  out = g_string_sized_new (text == NULL ? 1 : length < 0 ? strlen (text) + 1 : (gsize) length + 1);
  mdg_normalize_append (out, text, length, map, cache);

  return g_string_free (out, FALSE);
}

gsize
mdg_normalize_unit_end (const char *text,
                        gsize       length,
                        gsize       offset)
{
  const char *p = text + offset;
  const char *end = text + length;
  const char *next;

  if (p >= end)
    return length;

  get_char (p, end, &next);
  p = next;
  while (p < end && is_attaching (get_char (p, end, &next)))
    p = next;

  return p - text;
}

char *
mdg_normalize_with_map (const char *text,
                        GArray     *map)
{
  return mdg_normalize_full (text, -1, map, NULL);
}

char *
mdg_normalize (const char *text)
{
  return mdg_normalize_full (text, -1, NULL, NULL);
}

/* Romaji to hiragana, for a query typed with the input method off. */

typedef struct {
  const char *romaji;
  const char *kana;
} Romaji;

/* Hepburn, kunrei and the input methods' spellings, each syllable once. */
static const Romaji romaji_table[] = {
  { "a", "あ" }, { "i", "い" }, { "u", "う" }, { "e", "え" }, { "o", "お" },
  { "ka", "か" }, { "ki", "き" }, { "ku", "く" }, { "ke", "け" }, { "ko", "こ" },
  { "ca", "か" }, { "cu", "く" }, { "co", "こ" }, { "qu", "く" },
  { "kya", "きゃ" }, { "kyi", "きぃ" }, { "kyu", "きゅ" }, { "kye", "きぇ" }, { "kyo", "きょ" },
  { "sa", "さ" }, { "si", "し" }, { "shi", "し" }, { "su", "す" }, { "se", "せ" }, { "so", "そ" },
  { "sha", "しゃ" }, { "shu", "しゅ" }, { "she", "しぇ" }, { "sho", "しょ" },
  { "sya", "しゃ" }, { "syu", "しゅ" }, { "sye", "しぇ" }, { "syo", "しょ" },
  { "ta", "た" }, { "ti", "ち" }, { "chi", "ち" }, { "tu", "つ" }, { "tsu", "つ" },
  { "te", "て" }, { "to", "と" },
  { "cha", "ちゃ" }, { "chu", "ちゅ" }, { "che", "ちぇ" }, { "cho", "ちょ" },
  { "tya", "ちゃ" }, { "tyu", "ちゅ" }, { "tye", "ちぇ" }, { "tyo", "ちょ" },
  { "cya", "ちゃ" }, { "cyu", "ちゅ" }, { "cye", "ちぇ" }, { "cyo", "ちょ" },
  { "thi", "てぃ" }, { "dhi", "でぃ" }, { "twu", "とぅ" },
  { "na", "な" }, { "ni", "に" }, { "nu", "ぬ" }, { "ne", "ね" }, { "no", "の" },
  { "nya", "にゃ" }, { "nyu", "にゅ" }, { "nye", "にぇ" }, { "nyo", "にょ" },
  { "ha", "は" }, { "hi", "ひ" }, { "hu", "ふ" }, { "fu", "ふ" }, { "he", "へ" }, { "ho", "ほ" },
  { "hya", "ひゃ" }, { "hyu", "ひゅ" }, { "hye", "ひぇ" }, { "hyo", "ひょ" },
  { "fa", "ふぁ" }, { "fi", "ふぃ" }, { "fe", "ふぇ" }, { "fo", "ふぉ" },
  { "ma", "ま" }, { "mi", "み" }, { "mu", "む" }, { "me", "め" }, { "mo", "も" },
  { "mya", "みゃ" }, { "myu", "みゅ" }, { "mye", "みぇ" }, { "myo", "みょ" },
  { "ya", "や" }, { "yu", "ゆ" }, { "ye", "いぇ" }, { "yo", "よ" },
  { "ra", "ら" }, { "ri", "り" }, { "ru", "る" }, { "re", "れ" }, { "ro", "ろ" },
  { "rya", "りゃ" }, { "ryu", "りゅ" }, { "rye", "りぇ" }, { "ryo", "りょ" },
  { "la", "ら" }, { "li", "り" }, { "lu", "る" }, { "le", "れ" }, { "lo", "ろ" },
  { "wa", "わ" }, { "wi", "うぃ" }, { "we", "うぇ" }, { "wo", "を" },
  { "ga", "が" }, { "gi", "ぎ" }, { "gu", "ぐ" }, { "ge", "げ" }, { "go", "ご" },
  { "gya", "ぎゃ" }, { "gyu", "ぎゅ" }, { "gye", "ぎぇ" }, { "gyo", "ぎょ" },
  { "za", "ざ" }, { "zi", "じ" }, { "ji", "じ" }, { "zu", "ず" }, { "ze", "ぜ" }, { "zo", "ぞ" },
  { "ja", "じゃ" }, { "ju", "じゅ" }, { "je", "じぇ" }, { "jo", "じょ" },
  { "zya", "じゃ" }, { "zyu", "じゅ" }, { "zye", "じぇ" }, { "zyo", "じょ" },
  { "jya", "じゃ" }, { "jyu", "じゅ" }, { "jye", "じぇ" }, { "jyo", "じょ" },
  { "da", "だ" }, { "di", "ぢ" }, { "du", "づ" }, { "de", "で" }, { "do", "ど" },
  { "dya", "ぢゃ" }, { "dyu", "ぢゅ" }, { "dyo", "ぢょ" },
  { "ba", "ば" }, { "bi", "び" }, { "bu", "ぶ" }, { "be", "べ" }, { "bo", "ぼ" },
  { "bya", "びゃ" }, { "byu", "びゅ" }, { "bye", "びぇ" }, { "byo", "びょ" },
  { "pa", "ぱ" }, { "pi", "ぴ" }, { "pu", "ぷ" }, { "pe", "ぺ" }, { "po", "ぽ" },
  { "pya", "ぴゃ" }, { "pyu", "ぴゅ" }, { "pye", "ぴぇ" }, { "pyo", "ぴょ" },
  { "va", "ゔぁ" }, { "vi", "ゔぃ" }, { "vu", "ゔ" }, { "ve", "ゔぇ" }, { "vo", "ゔぉ" },
  { "xa", "ぁ" }, { "xi", "ぃ" }, { "xu", "ぅ" }, { "xe", "ぇ" }, { "xo", "ぉ" },
  { "xya", "ゃ" }, { "xyu", "ゅ" }, { "xyo", "ょ" }, { "xtu", "っ" }, { "xtsu", "っ" },
  { "ltu", "っ" }, { "ltsu", "っ" }, { "xwa", "ゎ" },
};

static gboolean
is_romaji_vowel (char c)
{
  return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o';
}

/* ā, â, ō… written out as the two vowels the input method would take:
 * ō and ô as ou (the usual spelling of a long o), the others doubled. */
static const char *
long_vowel (gunichar ch)
{
  switch (ch)
    {
    case 0x0101: case 0x00E2: case 0x0100: case 0x00C2: return "aa";
    case 0x012B: case 0x00EE: case 0x012A: case 0x00CE: return "ii";
    case 0x016B: case 0x00FB: case 0x016A: case 0x00DB: return "uu";
    case 0x0113: case 0x00EA: case 0x0112: case 0x00CA: return "ee";
    case 0x014D: case 0x00F4: case 0x014C: case 0x00D4: return "ou";
    default: return NULL;
    }
}

char *
mdg_romaji_to_hiragana (const char *text)
{
  g_autoptr(GString) latin = g_string_new (NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean has_letter = FALSE;
  const char *s;
  gsize n;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;

  /* Lower case ASCII, with long vowels written out; anything else (a digit,
   * a kanji, punctuation) means the query is not romaji. */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);
      const char *vowels = long_vowel (ch);

      /* Full-width letters and spaces, as a Japanese input method in its
       * direct mode may type them. */
      if (ch >= 0xFF21 && ch <= 0xFF3A)
        ch = 'A' + (ch - 0xFF21);
      else if (ch >= 0xFF41 && ch <= 0xFF5A)
        ch = 'a' + (ch - 0xFF41);
      else if (ch == 0x3000)
        ch = ' ';

      if (vowels != NULL)
        {
          g_string_append (latin, vowels);
          has_letter = TRUE;
        }
      else if (ch < 0x80 && g_ascii_isalpha (ch))
        {
          g_string_append_c (latin, g_ascii_tolower (ch));
          has_letter = TRUE;
        }
      else if (ch == ' ' || ch == '\'' || ch == '-')
        g_string_append_c (latin, ch);
      else
        return NULL;
    }
  if (!has_letter)
    return NULL;

  s = latin->str;
  n = latin->len;
  for (gsize i = 0; i < n; )
    {
      char c = s[i];
      char next = i + 1 < n ? s[i + 1] : '\0';
      gsize best = 0;
      const char *kana = NULL;

      if (c == ' ')
        {
          g_string_append_c (out, ' ');
          i++;
          continue;
        }
      if (c == '-')
        {
          g_string_append (out, "ー");
          i++;
          continue;
        }
      if (c == '\'')
        {
          i++;
          continue;
        }

      /* ん: n before a consonant, an apostrophe or the end; nn, unless it
       * starts the next syllable (konnichiha); m before b, m, p (shimbun). */
      if (c == 'n' && next == 'n')
        {
          char after = i + 2 < n ? s[i + 2] : '\0';

          g_string_append (out, "ん");
          i += (is_romaji_vowel (after) || after == 'y') ? 1 : 2;
          continue;
        }
      if ((c == 'n' && !is_romaji_vowel (next) && next != 'y') ||
          (c == 'm' && (next == 'b' || next == 'm' || next == 'p')))
        {
          /* A lone n typed last may still become な…の: the input method shows ん. */
          g_string_append (out, "ん");
          i++;
          continue;
        }

      /* っ: a doubled consonant, and the tch of Hepburn (matcha). */
      if ((c == next && g_ascii_isalpha (c) && !is_romaji_vowel (c)) ||
          (c == 't' && next == 'c' && i + 2 < n && s[i + 2] == 'h'))
        {
          g_string_append (out, "っ");
          i++;
          continue;
        }

      for (guint k = 0; k < G_N_ELEMENTS (romaji_table); k++)
        {
          gsize len = strlen (romaji_table[k].romaji);

          if (len > best && len <= n - i && strncmp (s + i, romaji_table[k].romaji, len) == 0)
            {
              best = len;
              kana = romaji_table[k].kana;
            }
        }
      if (kana != NULL)
        {
          g_string_append (out, kana);
          i += best;
          continue;
        }

      /* The start of a syllable typed last, before its vowel: not there yet. */
      for (guint k = 0; k < G_N_ELEMENTS (romaji_table); k++)
        if (g_str_has_prefix (romaji_table[k].romaji, s + i))
          {
            i = n;
            break;
          }
      if (i < n)
        return NULL;
    }

  /* At least one syllable with its vowel: っ or ん alone is no word. */
  for (const char *p = out->str; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if (ch != ' ' && ch != 0x3063 && ch != 0x3093 && ch != 0x30FC)
        {
          g_strstrip (out->str);
          return g_string_free (g_steal_pointer (&out), FALSE);
        }
    }
  return NULL;
}
