/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-json-check.c — the strict check of a knowledge base's bytes and JSON syntax. No GTK.
 *
 * A front desk must never stop on a bad file, and json-glib both recurses (deep nesting
 * overflows the stack) and is lenient (comments, single quotes, hex numbers, a second
 * document after the first). So before json-glib sees the data we refuse more than
 * 32 MiB, NUL bytes and invalid UTF-8, and check that it is strict JSON nested at most
 * 64 deep. A UTF-8 BOM at the start is accepted: Windows editors write one.
 */

#include "mdg-json-check.h"

#include <json-glib/json-glib.h>
#include <string.h>

#define MAX_DEPTH        64
/* Budgets, checked before json-glib builds its tree (about 300 bytes per object and
 * 100 per other value): what a knowledge base of MAX_CASES cases in every language
 * needs, with room to spare. */
#define MAX_CASES        10000
#define MAX_VALUES       2000000
#define MAX_OBJECTS      500000
#define MAX_STRING_BYTES (64 * 1024)
#define MAX_TOTAL_STRING_BYTES (24 * 1024 * 1024)

/* Showing the file's own words in messages */

/* “text”, cut short: a message quotes an excerpt, never a whole value. */
char *
mdg_json_quote (const char *text)
{
  g_autofree char *excerpt = mdg_escape_excerpt (text, 40);

  return g_strdup_printf ("“%s”", excerpt);
}

static gboolean
is_plain_name (const char *name)
{
  if (*name == '\0')
    return FALSE;

  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-')
      return FALSE;

  return TRUE;
}

/* Appends @name to the JSON path @path: .name, or [“name”] when it is not a word. */
void
mdg_json_path_append_member (GString    *path,
                             const char *name)
{
  if (is_plain_name (name))
    {
      if (path->len > 0)
        g_string_append_c (path, '.');
      g_string_append (path, name);
    }
  else
    {
      g_autofree char *quoted = mdg_json_quote (name);

      g_string_append_printf (path, "[%s]", quoted);
    }
}

/* Syntax checks, before json-glib */

static void
locate (const char *data,
        gsize       offset,
        guint      *line,
        guint      *column)
{
  *line = 1;
  *column = 1;

  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) data[i] & 0xC0) != 0x80)
        {
          /* Counts characters, not bytes: UTF-8 continuation bytes are skipped. */
          (*column)++;
        }
    }
}

typedef struct {
  const char *name;        /* as written between the quotes, or decoded if it has escapes */
  gsize       length;
  guint       order;       /* its place in its object */
} MemberName;

typedef struct {
  const char *data;
  gsize       length;
  gsize       error_offset;
  char       *error_message;
  /* Members given twice, which json-glib would silently drop. */
  GArray     *names;                    /* MemberName of the open objects, outermost first */
  GPtrArray  *decoded;                  /* the names that had escapes, decoded */
  guint       first_name[MAX_DEPTH];    /* per open object or array: its first in names */
  guint       element[MAX_DEPTH];       /* per open array: the current element */
  char       *duplicate;                /* the JSON path of the first one found */
  /* Counted against the budgets. */
  guint       n_values;
  guint       n_objects;
  gsize       string_bytes;
} Scanner;

static gboolean scan_fail (Scanner    *s,
                           gsize       offset,
                           const char *format,
                           ...) G_GNUC_PRINTF (3, 4);

static gboolean
scan_fail (Scanner    *s,
           gsize       offset,
           const char *format,
           ...)
{
  va_list args;

  va_start (args, format);
  s->error_offset = offset;
  s->error_message = g_strdup_vprintf (format, args);
  va_end (args);

  return FALSE;
}

static gboolean
is_word_char (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '-' || c == '+' || c == '.';
}

/* What the scanner found at @offset, for “expected …, got …”. */
static char *
describe_at (Scanner *s,
             gsize    offset)
{
  const char *p = s->data + offset;
  gunichar c;

  if (offset >= s->length)
    return g_strdup ("the end of the file");

  if (is_word_char (*p))
    {
      gsize end = offset;

      while (end < s->length && end - offset < 24 && is_word_char (s->data[end]))
        end++;
      return g_strdup_printf ("“%.*s”", (int) (end - offset), p);
    }

  /* The data is valid UTF-8 here, so the character lies within it. */
  c = g_utf8_get_char (p);
  if (g_unichar_isgraph (c))
    return g_strdup_printf ("“%.*s”", (int) (g_utf8_next_char (p) - p), p);

  return g_strdup_printf ("the character U+%04X", c);
}

static gboolean
scan_unexpected (Scanner    *s,
                 gsize       offset,
                 const char *expected)
{
  g_autofree char *got = describe_at (s, offset);
  const char *p = s->data + offset;

  if (offset + 1 < s->length && p[0] == '/' && (p[1] == '/' || p[1] == '*'))
    return scan_fail (s, offset, "expected %s, got a comment, which JSON does not allow",
                      expected);
  if (*p == '\'')
    return scan_fail (s, offset, "expected %s, got “'”; JSON strings take double quotes",
                      expected);

  return scan_fail (s, offset, "expected %s, got %s", expected, got);
}

static gboolean
read_hex4 (Scanner *s,
           gsize    offset,
           guint   *value)
{
  *value = 0;

  if (offset + 4 > s->length)
    return FALSE;

  for (gsize i = offset; i < offset + 4; i++)
    {
      int digit = g_ascii_xdigit_value (s->data[i]);

      if (digit < 0)
        return FALSE;
      *value = *value * 16 + digit;
    }

  return TRUE;
}

static gboolean
scan_string (Scanner *s,
             gsize   *offset)
{
  const char *d = s->data;
  gsize start = *offset;
  gsize i = start + 1;

  while (i < s->length)
    {
      guchar c = d[i];

      if (c == '"')
        {
          if (i - start - 1 > MAX_STRING_BYTES)
            goto too_long;
          s->string_bytes += i - start - 1;
          if (s->string_bytes > MAX_TOTAL_STRING_BYTES)
            return scan_fail (s, start, "more than %d MiB of strings by here, expected at most "
                              "%d MiB in a knowledge base", MAX_TOTAL_STRING_BYTES >> 20,
                              MAX_TOTAL_STRING_BYTES >> 20);
          *offset = i + 1;
          return TRUE;
        }

      if (i - start > MAX_STRING_BYTES)
        goto too_long;

      if (c == '\\')
        {
          guint u, low;

          if (i + 1 >= s->length)
            break;

          switch (d[i + 1])
            {
            case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
              i += 2;
              continue;

            case 'u':
              if (!read_hex4 (s, i + 2, &u))
                return scan_fail (s, i, "expected four hexadecimal digits after “\\u”");
              /* json-glib would cut the string at a NUL and hide the rest. */
              if (u == 0)
                return scan_fail (s, i, "the escape \\u0000 is a NUL character, "
                                  "which a knowledge base may not contain");
              if (u >= 0xDC00 && u <= 0xDFFF)
                return scan_fail (s, i, "the escape \\u%04X is a lone low surrogate, "
                                  "expected a character", u);
              if (u >= 0xD800 && u <= 0xDBFF)
                {
                  if (i + 7 < s->length && d[i + 6] == '\\' && d[i + 7] == 'u' &&
                      read_hex4 (s, i + 8, &low) && low >= 0xDC00 && low <= 0xDFFF)
                    {
                      i += 12;
                      continue;
                    }
                  return scan_fail (s, i, "the escape \\u%04X is a lone high surrogate, "
                                    "expected a low surrogate escape after it", u);
                }
              i += 6;
              continue;

            default:
              {
                g_autofree char *got = describe_at (s, i + 1);

                return scan_fail (s, i, "expected an escape such as \\n or \\\" "
                                  "after “\\”, got %s", got);
              }
            }
        }

      if (c == '\n')
        return scan_fail (s, start, "a string runs past the end of its line, "
                          "expected a closing “\"” (write a line break as \\n)");
      if (c < 0x20)
        return scan_fail (s, i, "the control character U+%04X inside a string, "
                          "expected text", c);
      i++;
    }

  return scan_fail (s, start, "a string never ends, expected a closing “\"”");

too_long:
  return scan_fail (s, start, "a string of more than %d KiB, expected at most %d KiB",
                    MAX_STRING_BYTES / 1024, MAX_STRING_BYTES / 1024);
}

static gboolean
scan_number (Scanner *s,
             gsize   *offset)
{
  const char *d = s->data;
  gsize start = *offset;
  gsize i = start;
  gsize digits_start;
  gboolean integer = TRUE;

  if (d[i] == '-')
    i++;

  digits_start = i;
  if (i < s->length && d[i] == '0')
    i++;
  else if (i < s->length && d[i] >= '1' && d[i] <= '9')
    while (i < s->length && g_ascii_isdigit (d[i]))
      i++;
  else
    goto invalid;

  if (i < s->length && d[i] == '.')
    {
      integer = FALSE;
      i++;
      if (i >= s->length || !g_ascii_isdigit (d[i]))
        goto invalid;
      while (i < s->length && g_ascii_isdigit (d[i]))
        i++;
    }

  if (i < s->length && (d[i] == 'e' || d[i] == 'E'))
    {
      integer = FALSE;
      i++;
      if (i < s->length && (d[i] == '+' || d[i] == '-'))
        i++;
      if (i >= s->length || !g_ascii_isdigit (d[i]))
        goto invalid;
      while (i < s->length && g_ascii_isdigit (d[i]))
        i++;
    }

  /* Catches 01, 0x10, 1.2.3 and the like as one bad number. */
  if (i < s->length && is_word_char (d[i]))
    goto invalid;

  /* json-glib wraps larger integers around without telling. */
  if (integer && i - digits_start > 18)
    return scan_fail (s, start, "the number %.*s%s is too large, expected at most 18 digits",
                      (int) MIN (i - start, 24), d + start, i - start > 24 ? "…" : "");

  *offset = i;
  return TRUE;

invalid:
  {
    g_autofree char *got = describe_at (s, start);

    return scan_fail (s, start, "expected a number as JSON writes it, got %s", got);
  }
}

static gboolean
scan_literal (Scanner *s,
              gsize   *offset)
{
  static const char * const literals[] = { "true", "false", "null" };

  for (guint i = 0; i < G_N_ELEMENTS (literals); i++)
    {
      gsize len = strlen (literals[i]);

      if (*offset + len <= s->length &&
          memcmp (s->data + *offset, literals[i], len) == 0 &&
          (*offset + len == s->length || !is_word_char (s->data[*offset + len])))
        {
          *offset += len;
          return TRUE;
        }
    }

  return FALSE;
}

static void
scan_add_name (Scanner *s,
               guint    depth,
               gsize    start,
               gsize    end)
{
  MemberName name = { s->data + start + 1, end - start - 2, s->names->len - s->first_name[depth - 1] };

  if (memchr (name.name, '\\', name.length) != NULL)
    {
      g_autofree char *quoted = g_strndup (s->data + start, end - start);
      g_autoptr(JsonNode) node = json_from_string (quoted, NULL);
      char *decoded = g_strdup (node != NULL ? json_node_get_string (node) : "");

      g_ptr_array_add (s->decoded, decoded);
      name.name = decoded;
      name.length = strlen (decoded);
    }

  g_array_append_val (s->names, name);
}

static gboolean
same_name (const MemberName *a,
           const MemberName *b)
{
  return a->length == b->length && memcmp (a->name, b->name, a->length) == 0;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  const MemberName *name_a = a;
  const MemberName *name_b = b;
  int cmp;

  if (name_a->length != name_b->length)
    return name_a->length < name_b->length ? -1 : 1;
  cmp = memcmp (name_a->name, name_b->name, name_a->length);
  if (cmp != 0)
    return cmp;

  return (name_a->order > name_b->order) - (name_a->order < name_b->order);
}

/* On closing the object at @depth - 1: notes the first of its members given
 * twice, with its JSON path as the loader writes it. */
static void
scan_close_object (Scanner    *s,
                   const char *stack,
                   guint       depth)
{
  guint first = s->first_name[depth - 1];
  MemberName *names = &g_array_index (s->names, MemberName, first);
  guint n = s->names->len - first;
  guint repeat = G_MAXUINT;

  if (s->duplicate == NULL && n >= 2 && n <= 16)
    {
      for (guint j = 1; j < n && repeat == G_MAXUINT; j++)
        for (guint i = 0; i < j && repeat == G_MAXUINT; i++)
          if (same_name (&names[i], &names[j]))
            repeat = j;
    }
  else if (s->duplicate == NULL && n > 16)
    {
      /* Sorted, so that an object of many members is not compared pairwise. */
      g_autofree MemberName *sorted = g_memdup2 (names, n * sizeof *names);

      qsort (sorted, n, sizeof *sorted, compare_names);
      for (guint i = 1; i < n; i++)
        if (same_name (&sorted[i - 1], &sorted[i]))
          repeat = MIN (repeat, sorted[i].order);
    }

  if (repeat != G_MAXUINT)
    {
      GString *path = g_string_new (NULL);
      g_autofree char *name = g_strndup (names[repeat].name, names[repeat].length);

      for (guint d = 0; d + 1 < depth; d++)
        {
          if (stack[d] == '[')
            {
              g_string_append_printf (path, "[%u]", s->element[d]);
            }
          else
            {
              const MemberName *member = &g_array_index (s->names, MemberName,
                                                         s->first_name[d + 1] - 1);
              g_autofree char *member_name = g_strndup (member->name, member->length);

              mdg_json_path_append_member (path, member_name);
            }
        }
      mdg_json_path_append_member (path, name);
      s->duplicate = g_string_free (path, FALSE);
    }

  g_array_set_size (s->names, first);
}

static gboolean
is_cases_array (Scanner    *s,
                const char *stack,
                guint       depth)
{
  const MemberName *member;

  if (depth != 2 || stack[0] != '{' || stack[1] != '[')
    return FALSE;
  member = &g_array_index (s->names, MemberName, s->first_name[1] - 1);

  return member->length == 5 && memcmp (member->name, "cases", 5) == 0;
}

/* Counts the value starting at @offset against the budgets, so that no document
 * makes json-glib build a tree of gigabytes. */
static gboolean
scan_count_value (Scanner    *s,
                  const char *stack,
                  guint       depth,
                  gsize       offset)
{
  if (++s->n_values > MAX_VALUES)
    return scan_fail (s, offset, "more than %s values by here, expected at most %s "
                      "(strings, numbers, objects and arrays) in a knowledge base",
                      "2,000,000", "2,000,000");
  if (s->data[offset] == '{' && ++s->n_objects > MAX_OBJECTS)
    return scan_fail (s, offset, "more than %s objects by here, expected at most %s "
                      "in a knowledge base", "500,000", "500,000");
  if (s->element[1] >= MAX_CASES && is_cases_array (s, stack, depth))
    return scan_fail (s, offset, "cases[%u]: more than %s cases, expected at most %s, "
                      "the most Madoguchi supports", s->element[1], "10,000", "10,000");

  return TRUE;
}

enum {
  SCAN_VALUE,
  SCAN_FIRST_VALUE,    /* just after “[” */
  SCAN_FIRST_MEMBER,   /* just after “{” */
  SCAN_MEMBER,
  SCAN_COLON,
  SCAN_NEXT,           /* after a value inside an array or object */
  SCAN_END,
};

/* Checks strict JSON (RFC 8259) without recursion, so that no input can exhaust
 * the stack, and refuses what json-glib would accept or get wrong. */
static gboolean
scan_json (Scanner *s)
{
  const char *d = s->data;
  char stack[MAX_DEPTH];
  guint depth = 0;
  int state = SCAN_VALUE;
  gsize i = 0;

  for (;;)
    {
      while (i < s->length && (d[i] == ' ' || d[i] == '\t' || d[i] == '\n' || d[i] == '\r'))
        i++;
      if (i == s->length)
        break;

      switch (state)
        {
        case SCAN_FIRST_VALUE:
          if (d[i] == ']')
            {
              depth--;
              i++;
              state = depth > 0 ? SCAN_NEXT : SCAN_END;
              break;
            }
          G_GNUC_FALLTHROUGH;

        case SCAN_VALUE:
          if (!scan_count_value (s, stack, depth, i))
            return FALSE;
          if (d[i] == '[' || d[i] == '{')
            {
              if (depth == MAX_DEPTH)
                return scan_fail (s, i, "nested deeper than %d levels, expected at most %d",
                                  MAX_DEPTH, MAX_DEPTH);
              s->first_name[depth] = s->names->len;
              s->element[depth] = 0;
              stack[depth++] = d[i];
              state = d[i] == '[' ? SCAN_FIRST_VALUE : SCAN_FIRST_MEMBER;
              i++;
              break;
            }

          if (d[i] == '"')
            {
              if (!scan_string (s, &i))
                return FALSE;
            }
          else if (d[i] == '-' || g_ascii_isdigit (d[i]))
            {
              if (!scan_number (s, &i))
                return FALSE;
            }
          else if (!scan_literal (s, &i))
            {
              if (d[i] == ']' && depth > 0 && stack[depth - 1] == '[')
                return scan_fail (s, i, "expected a value after “,”, got “]”; "
                                  "JSON does not allow a trailing comma");
              return scan_unexpected (s, i, "a value");
            }
          state = depth > 0 ? SCAN_NEXT : SCAN_END;
          break;

        case SCAN_FIRST_MEMBER:
          if (d[i] == '}')
            {
              g_array_set_size (s->names, s->first_name[depth - 1]);
              depth--;
              i++;
              state = depth > 0 ? SCAN_NEXT : SCAN_END;
              break;
            }
          G_GNUC_FALLTHROUGH;

        case SCAN_MEMBER:
          if (d[i] != '"')
            {
              if (d[i] == '}')
                return scan_fail (s, i, "expected a member name after “,”, got “}”; "
                                  "JSON does not allow a trailing comma");
              return scan_unexpected (s, i, "a member name in double quotes");
            }
          {
            gsize start = i;

            if (!scan_string (s, &i))
              return FALSE;
            scan_add_name (s, depth, start, i);
          }
          state = SCAN_COLON;
          break;

        case SCAN_COLON:
          if (d[i] != ':')
            return scan_unexpected (s, i, "“:” after the member name");
          i++;
          state = SCAN_VALUE;
          break;

        case SCAN_NEXT:
          {
            gboolean in_object = stack[depth - 1] == '{';

            if (d[i] == ',')
              {
                i++;
                if (!in_object)
                  s->element[depth - 1]++;
                state = in_object ? SCAN_MEMBER : SCAN_VALUE;
              }
            else if (d[i] == (in_object ? '}' : ']'))
              {
                if (in_object)
                  scan_close_object (s, stack, depth);
                depth--;
                i++;
                state = depth > 0 ? SCAN_NEXT : SCAN_END;
              }
            else
              {
                return scan_unexpected (s, i, in_object ? "“,” or “}”" : "“,” or “]”");
              }
          }
          break;

        case SCAN_END:
        default:
          {
            g_autofree char *got = describe_at (s, i);

            return scan_fail (s, i, "expected the end of the file after the JSON "
                              "document, got %s", got);
          }
        }
    }

  switch (state)
    {
    case SCAN_END:
      return TRUE;
    case SCAN_VALUE:
    case SCAN_FIRST_VALUE:
      return scan_fail (s, i, "unexpected end of the file, expected a value");
    case SCAN_FIRST_MEMBER:
    case SCAN_MEMBER:
      return scan_fail (s, i, "unexpected end of the file, expected a member name");
    case SCAN_COLON:
      return scan_fail (s, i, "unexpected end of the file, expected “:”");
    case SCAN_NEXT:
    default:
      return scan_fail (s, i, "unexpected end of the file, expected “,” or “%c”",
                        stack[depth - 1] == '{' ? '}' : ']');
    }
}

/* Checks the raw bytes and the JSON syntax. On success @data and @length are moved
 * past a UTF-8 BOM. */
gboolean
mdg_json_check (const char  *origin,
                const char **data,
                gsize       *length,
                GError     **error)
{
  g_autoptr(GArray) names = g_array_new (FALSE, FALSE, sizeof (MemberName));
  g_autoptr(GPtrArray) decoded = g_ptr_array_new_with_free_func (g_free);
  Scanner s = { 0, };
  const char *nul;
  const char *end;
  guint line, column;
  gboolean only_space = TRUE;

  if (*length > MDG_JSON_MAX_SIZE)
    {
      g_autofree char *size = g_format_size_full (*length, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, MDG_KB_ERROR, MDG_KB_ERROR_PARSE,
                   "%s: the file is %s, larger than the 32 MiB a knowledge base may have",
                   origin, size);
      return FALSE;
    }

  /* Notepad's “Unicode” is UTF-16: say so, rather than point at its first NUL byte. */
  if (*length >= 2 && (memcmp (*data, "\xFF\xFE", 2) == 0 || memcmp (*data, "\xFE\xFF", 2) == 0))
    {
      g_set_error (error, MDG_KB_ERROR, MDG_KB_ERROR_PARSE,
                   "%s: the file is saved as UTF-16, expected UTF-8", origin);
      return FALSE;
    }

  nul = memchr (*data, '\0', *length);
  if (nul != NULL)
    {
      locate (*data, nul - *data, &line, &column);
      g_set_error (error, MDG_KB_ERROR, MDG_KB_ERROR_PARSE,
                   "%s:%u:%u: a NUL byte at byte offset %" G_GSIZE_FORMAT " (line %u), "
                   "expected UTF-8 text",
                   origin, line, column, (gsize) (nul - *data), line);
      return FALSE;
    }

  if (!g_utf8_validate_len (*data, *length, &end))
    {
      locate (*data, end - *data, &line, &column);
      g_set_error (error, MDG_KB_ERROR, MDG_KB_ERROR_PARSE,
                   "%s:%u:%u: invalid UTF-8 at byte offset %" G_GSIZE_FORMAT " (line %u), "
                   "expected the file to be saved as UTF-8, not Shift_JIS or another encoding",
                   origin, line, column, (gsize) (end - *data), line);
      return FALSE;
    }

  if (*length >= 3 && memcmp (*data, "\xEF\xBB\xBF", 3) == 0)
    {
      *data += 3;
      *length -= 3;
    }

  for (gsize i = 0; i < *length && only_space; i++)
    only_space = strchr (" \t\r\n", (*data)[i]) != NULL;
  if (only_space)
    {
      g_set_error (error, MDG_KB_ERROR, MDG_KB_ERROR_PARSE,
                   "%s: the file is empty, expected a JSON object", origin);
      return FALSE;
    }

  s.data = *data;
  s.length = *length;
  s.names = names;
  s.decoded = decoded;
  if (!scan_json (&s))
    {
      locate (s.data, s.error_offset, &line, &column);
      g_set_error (error, MDG_KB_ERROR, MDG_KB_ERROR_PARSE,
                   "%s:%u:%u: %s", origin, line, column, s.error_message);
      g_free (s.error_message);
      g_free (s.duplicate);
      return FALSE;
    }

  if (s.duplicate != NULL)
    {
      g_set_error (error, MDG_KB_ERROR, MDG_KB_ERROR_INVALID,
                   "%s: %s: given twice in the same object, expected each field once",
                   origin, s.duplicate);
      g_free (s.duplicate);
      return FALSE;
    }

  return TRUE;
}
