/* mdg-normalize.c — the one text normaliser for the knowledge base and the query.
 *
 * Rules, in order, applied to each unit (a character and the marks that
 * combine with it, so that half-width ｶﾞ stays one unit):
 *   1. NFKC: full-width ASCII → ASCII, half-width katakana → katakana, ① → 1.
 *   2. Case folding.
 *   3. Hiragana → katakana.
 *   4. Long-vowel, dash and wave variants (ー－―‐-〜~ …) → ー.
 *   5. Runs of white space → one ASCII space, none at either end.
 *   6. Punctuation, symbols and control characters are dropped.
 *
 * The output never contains a newline or a control character, so callers may
 * use one as a separator that no query can match across.
 */

#include "mdg-search.h"
#include "mdg-normalize-private.h"

#include <string.h>

#define INVALID_CHAR ((gunichar) -1)

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
  if (ch < 0x300 || ch == INVALID_CHAR)
    return FALSE;

  return (ch >= 0x3099 && ch <= 0x309C) ||
         ch == 0xFF9E || ch == 0xFF9F ||
         g_unichar_combining_class (ch) != 0;
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

  g_string_append_len (e->out, bytes, n);
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

/* Rules 3 to 6 for one character that has been through NFKC and folding. */
static void
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
        }
      else if (g_ascii_isspace (ch))
        emit_space (e, src);
      else if (ch == '-' || ch == '~')
        emit_bytes (e, "ー", 3, src);
      /* Other ASCII is punctuation, a symbol or a control character. */
      return;
    }

  if ((ch >= 0x3041 && ch <= 0x3096) || ch == 0x309D || ch == 0x309E)
    ch += 0x60;
  else if (is_dash (ch))
    ch = MDG_NORMALIZE_LONG_VOWEL;
  else if (!is_stable (ch))
    {
      if (g_unichar_isspace (ch))
        {
          emit_space (e, src);
          return;
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
          return;
        default:
          break;
        }

      /* A voiced mark left over: nothing to combine with. */
      if (ch == 0x3099 || ch == 0x309A)
        return;
    }
  else if (ch == 0x30FB)   /* ・ */
    return;

  n = g_unichar_to_utf8 (ch, buf);
  emit_bytes (e, buf, n, src);
}

static char *
fold_unit (const char *unit)
{
  g_autofree char *nfkc = g_utf8_normalize (unit, -1, G_NORMALIZE_NFKC);

  return g_utf8_casefold (nfkc, -1);
}

/* Rules 1 and 2 for a unit the fast path does not know, then the rest. */
static void
emit_slow (Emitter    *e,
           const char *p,
           const char *end,
           gsize       src,
           GHashTable *cache)
{
  g_autoptr(GString) unit = g_string_sized_new (16);
  g_autofree char *owned = NULL;
  const char *folded = NULL;

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
        g_string_append_unichar (unit, ch);
      p = next;
    }

  if (unit->len == 0)
    return;

  if (cache != NULL)
    folded = g_hash_table_lookup (cache, unit->str);

  if (folded == NULL)
    {
      owned = fold_unit (unit->str);
      folded = owned;
      if (cache != NULL)
        g_hash_table_insert (cache, g_strdup (unit->str), g_steal_pointer (&owned));
    }

  for (const char *q = folded; *q != '\0'; q = g_utf8_next_char (q))
    emit_char (e, g_utf8_get_char (q), src);
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
  const char *p, *end, *q = NULL;
  gunichar ch = 0;

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
  if (p < end)
    ch = get_char (p, end, &q);

  while (p < end)
    {
      const char *unit_end = q;
      const char *next_q = end;
      gunichar next_ch = 0;
      gboolean multi = FALSE;

      while (unit_end < end)
        {
          next_ch = get_char (unit_end, end, &next_q);
          if (!is_attaching (next_ch))
            break;
          multi = TRUE;
          unit_end = next_q;
        }

      if (ch == INVALID_CHAR)
        ;
      else if (multi || (ch >= 0x80 && !is_stable (ch)))
        emit_slow (&e, p, unit_end, p - text, cache);
      else
        emit_char (&e, ch, p - text);

      p = unit_end;
      ch = next_ch;
      q = next_q;
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
