/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-layout-text.c — the paragraphs of a document as Pango layouts, set in its
 * language's faces: Japanese words among other languages' text, breaks in long
 * unbroken runs, ruby (furigana) and whole words in やさしい日本語.
 */
#include "config.h"

#include <string.h>
#include <pango/pangocairo.h>

#include "mdg-layout-private.h"
#include "mdg-ruby.h"


static gboolean
is_kana (gunichar ch)
{
  return (ch >= 0x3041 && ch <= 0x30FF) || (ch >= 0x31F0 && ch <= 0x31FF) || (ch >= 0xFF66 && ch <= 0xFF9D);
}

/* Japanese words inside another language's text (マイナンバー総合フリーダイヤル in
 * a Chinese or Korean step) are set in the Japanese face, with Japanese glyph
 * forms. A run of kanji and kana is Japanese when it has kana: Chinese and
 * Korean text never does. In Chinese the hanzi around the word are Chinese
 * (或通过マイナポータル), so there the word runs from its first kana to its
 * last; kanji between kana (総合) belong to it. */
void
mdg_layout_mark_japanese_words (PangoAttrList *attrs,
                                const char    *text,
                                gboolean       han_is_native)
{
  const char *p = text;

  while (*p != '\0')
    {
      const char *start = p;
      const char *first_kana = NULL;
      const char *after_kana = NULL;

      for (; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar ch = g_utf8_get_char (p);

          if (is_kana (ch))
            {
              if (first_kana == NULL)
                first_kana = p;
              after_kana = g_utf8_next_char (p);
            }
          else if (g_unichar_get_script (ch) != G_UNICODE_SCRIPT_HAN)
            break;
        }
      if (first_kana != NULL)
        {
          PangoAttribute *family = pango_attr_family_new (mdg_language_nth (0)->families);
          PangoAttribute *lang = pango_attr_language_new (pango_language_from_string ("ja"));

          family->start_index = lang->start_index = (han_is_native ? first_kana : start) - text;
          family->end_index = lang->end_index = (han_is_native ? after_kana : p) - text;
          pango_attr_list_change (attrs, family);
          pango_attr_list_change (attrs, lang);
        }
      if (p == start)
        p = g_utf8_next_char (p);
    }
}

/* Pango shapes what is left of a word again for every line it breaks the word
 * into, so a long text with no break (a phone number of 10,000 digits) took
 * time quadratic in its length. A zero-width space after every MAX_UNBROKEN
 * characters of such a run gives it the breaks WRAP_WORD_CHAR would make
 * anyway. Returns NULL when @text needs none; else the new text, with @attrs
 * moved to match. */
#define MAX_UNBROKEN 64
#define ZWSP "\u200B"

static char *
with_breaks (const char     *text,
             PangoAttrList **attrs)
{
  glong n_chars = g_utf8_strlen (text, -1);
  g_autofree PangoLogAttr *log = NULL;
  g_autoptr(GArray) at = NULL;
  PangoAttrList *moved;
  GSList *list;
  GString *out;
  const char *p = text;
  glong run = 0;

  if (n_chars <= MAX_UNBROKEN)
    return NULL;
  log = g_new (PangoLogAttr, n_chars + 1);
  pango_get_log_attrs (text, -1, -1, NULL, log, n_chars + 1);
  for (glong i = 0; i < n_chars && run <= MAX_UNBROKEN; i++)
    run = log[i].is_line_break || log[i].is_white ? 0 : run + 1;
  if (run <= MAX_UNBROKEN)
    return NULL;

  /* The byte offsets in @text before which a space goes. */
  at = g_array_new (FALSE, FALSE, sizeof (guint));
  out = g_string_sized_new (strlen (text) + strlen (text) / 16);
  run = 0;
  for (glong i = 0; i < n_chars; i++, p = g_utf8_next_char (p))
    {
      run = log[i].is_line_break || log[i].is_white ? 0 : run + 1;
      if (run > MAX_UNBROKEN)
        {
          guint offset = p - text;

          g_array_append_val (at, offset);
          g_string_append (out, ZWSP);
          run = 1;
        }
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  moved = pango_attr_list_new ();
  list = pango_attr_list_get_attributes (*attrs);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attr = l->data;
      guint *index[] = { &attr->start_index, &attr->end_index };

      for (guint k = 0; k < G_N_ELEMENTS (index); k++)
        {
          guint lo = 0, hi = at->len;

          if (*index[k] == PANGO_ATTR_INDEX_TO_TEXT_END)
            continue;
          while (lo < hi)
            {
              guint mid = lo + (hi - lo) / 2;

              if (g_array_index (at, guint, mid) < *index[k])
                lo = mid + 1;
              else
                hi = mid;
            }
          *index[k] += lo * (sizeof ZWSP - 1);
        }
      pango_attr_list_insert (moved, attr);
    }
  g_slist_free (list);
  pango_attr_list_unref (*attrs);
  *attrs = moved;

  return g_string_free (out, FALSE);
}

/* Ruby (furigana) of ja-x-easy texts: each reading is drawn centred above its
 * base, at half the size, by mdg_draw_ruby() as mdg-layout.c draws the line.
 * A layout with ruby carries its readings as object data. */

#define RUBY_SCALE 0.5

typedef struct {
  int          start, end;    /* the base, in the layout's text */
  PangoLayout *reading;
} Ruby;

typedef struct {
  GArray *rubies;             /* Ruby */
  double  rise;               /* from the base's baseline up to the readings' baseline */
  double  ascent;             /* of the readings */
} RubyData;

static void
ruby_clear (gpointer data)
{
  g_object_unref (((Ruby *) data)->reading);
}

static void
ruby_data_free (RubyData *data)
{
  g_array_unref (data->rubies);
  g_free (data);
}

/* A KB text in the document's language; in ja-x-easy with its ruby markup,
 * which mdg_document_layout() takes out again. */
const char *
mdg_document_text (MdgDocument   *self,
                   const MdgText *text)
{
  return mdg_text_get_marked (text, self->lang);
}

static void
font_extents (MdgDocument          *self,
              PangoFontDescription *desc,
              PangoLanguage        *language,
              double               *ascent,
              double               *descent)
{
  PangoFontMetrics *metrics = pango_context_get_metrics (self->context, desc, language);

  if (ascent != NULL)
    *ascent = (double) pango_font_metrics_get_ascent (metrics) / PANGO_SCALE;
  if (descent != NULL)
    *descent = (double) pango_font_metrics_get_descent (metrics) / PANGO_SCALE;
  pango_font_metrics_unref (metrics);
}

static gboolean
is_word_space (gunichar ch)
{
  return ch == ' ' || ch == '\t' || ch == '\n' || ch == 0x3000;
}

/* Takes the ruby groups out of @text (as parsed from the paragraph's markup),
 * moving @attrs to the plain text; returns the groups, or NULL for none. */
static RubyData *
take_ruby (MdgDocument          *self,
           char                **text,
           PangoAttrList       **attrs,
           PangoFontDescription *desc,
           PangoLanguage        *language,
           double                size)
{
  g_autoptr(GArray) segments = mdg_ruby_parse (*text, MDG_RUBY_PARSE_DEFAULT, NULL, NULL);
  g_autoptr(PangoFontDescription) small = NULL;
  g_autoptr(PangoAttrList) moved = NULL;
  g_autofree guint *map = NULL;
  double base_ascent, ruby_descent;
  GString *plain;
  GSList *list;
  RubyData *data;
  gsize length = strlen (*text);

  if (segments == NULL)
    return NULL;

  small = pango_font_description_copy (desc);
  pango_font_description_set_absolute_size (small, size * RUBY_SCALE * PANGO_SCALE);
  pango_font_description_set_weight (small, PANGO_WEIGHT_NORMAL);

  data = g_new0 (RubyData, 1);
  data->rubies = g_array_new (FALSE, FALSE, sizeof (Ruby));
  g_array_set_clear_func (data->rubies, ruby_clear);

  /* map[i]: where byte i of the marked text lands in the plain text. */
  map = g_new0 (guint, length + 1);
  plain = g_string_sized_new (length);
  for (guint i = 0; i < segments->len; i++)
    {
      const MdgRubySegment *seg = &g_array_index (segments, MdgRubySegment, i);
      gsize base = seg->base - *text;
      gsize from = seg->reading != NULL ? base - 1 : base;
      gsize to = seg->reading != NULL ? (gsize) (seg->reading + seg->reading_len + 1 - *text)
                                      : base + seg->base_len;
      gsize start = plain->len;

      for (gsize j = from; j < to; j++)
        map[j] = j < base ? start : j < base + seg->base_len ? start + (j - base)
                                                            : start + seg->base_len;
      g_string_append_len (plain, seg->base, seg->base_len);
      if (seg->reading != NULL)
        {
          Ruby ruby = { start, plain->len, pango_layout_new (self->context) };

          pango_layout_set_font_description (ruby.reading, small);
          pango_layout_set_text (ruby.reading, seg->reading, seg->reading_len);
          g_array_append_val (data->rubies, ruby);
        }
    }
  map[length] = plain->len;

  moved = pango_attr_list_new ();
  list = pango_attr_list_get_attributes (*attrs);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attr = l->data;

      attr->start_index = attr->start_index >= length ? plain->len : map[attr->start_index];
      attr->end_index = attr->end_index >= length ? G_MAXUINT : map[attr->end_index];
      pango_attr_list_insert (moved, attr);
    }
  g_slist_free (list);
  pango_attr_list_unref (*attrs);
  *attrs = g_steal_pointer (&moved);
  g_free (*text);
  *text = g_string_free (plain, FALSE);

  font_extents (self, desc, language, &base_ascent, NULL);
  font_extents (self, small, language, &data->ascent, &ruby_descent);
  data->rise = base_ascent + ruby_descent + size * 0.04;
  return data;
}

/* In やさしい日本語 a line breaks only at the spaces between words: no break
 * inside a word (a base with its reading is part of one), unless the word is
 * longer than a line. */
static void
keep_words_together (PangoLayout   *layout,
                     const char    *text,
                     PangoAttrList *attrs,
                     RubyData      *ruby,
                     double         width)
{
  g_autoptr(PangoAttrList) kept = pango_attr_list_copy (attrs);
  const char *p = text;

  /* Measured on one unbroken line per paragraph. */
  pango_layout_set_width (layout, -1);
  while (*p != '\0')
    {
      const char *start;

      while (*p != '\0' && is_word_space (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && !is_word_space (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p > start)
        {
          PangoRectangle a, b;

          pango_layout_index_to_pos (layout, start - text, &a);
          pango_layout_index_to_pos (layout, g_utf8_prev_char (p) - text, &b);
          if (width < 0 || (double) (b.x + b.width - a.x) / PANGO_SCALE <= width)
            {
              PangoAttribute *keep = pango_attr_allow_breaks_new (FALSE);

              keep->start_index = start - text;
              keep->end_index = p - text;
              pango_attr_list_insert (kept, keep);
            }
        }
    }
  /* A base never breaks, even one with a space in it. */
  for (guint i = 0; ruby != NULL && i < ruby->rubies->len; i++)
    {
      const Ruby *r = &g_array_index (ruby->rubies, Ruby, i);
      PangoAttribute *keep = pango_attr_allow_breaks_new (FALSE);

      keep->start_index = r->start;
      keep->end_index = r->end;
      pango_attr_list_insert (kept, keep);
    }
  /* A new list: setting the same one again would keep the breaks found above. */
  pango_layout_set_attributes (layout, kept);
}

PangoLayout *
mdg_document_layout (MdgDocument *self,
                     const Style *style,
                     double       width,
                     const char  *markup)
{
  g_autoptr(PangoFontDescription) desc = NULL;
  g_autoptr(PangoAttrList) attrs = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  PangoLanguage *language = self->language;
  const char *family = self->info->families;
  double size = style->size * self->info->size;
  double line_spacing = self->density != NULL ? self->density->line_spacing : 0;
  double line_height = self->info->line_height;
  gboolean easy = g_str_equal (self->info->tag, "ja-x-easy") && !style->japanese;
  RubyData *ruby = NULL;
  char *key;
  PangoLayout *layout;

  if (style->japanese)
    {
      language = pango_language_from_string ("ja");
      family = mdg_language_nth (0)->families;
      size = style->size;
    }

  /* A handout set again at the next density, and the header and footer
   * built for every page, repeat paragraphs with the same text, style and
   * width: shaping them again cost as much as the first time. Layouts are
   * never changed once made, so they are shared. */
  key = g_strdup_printf ("%s|%s|%a|%d|%a|%a|%d|%a|%s", family, pango_language_to_string (language),
                         size, style->bold, style->hang, width, style->align, line_spacing, markup);
  layout = g_hash_table_lookup (self->layouts, key);
  if (layout != NULL)
    {
      g_free (key);
      return g_object_ref (layout);
    }
  layout = pango_layout_new (self->context);
  g_hash_table_insert (self->layouts, key, g_object_ref (layout));

  desc = pango_font_description_new ();
  pango_font_description_set_family (desc, family);
  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  pango_font_description_set_weight (desc, style->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, desc);

  if (!pango_parse_markup (markup, -1, 0, &attrs, &text, NULL, &error))
    {
      /* Our own markup is always valid; a bug must not lose the text. */
      g_critical ("Bad markup in a page layout: %s", error->message);
      attrs = pango_attr_list_new ();
      text = g_strdup (markup);
    }
  if (easy && mdg_ruby_has_markup (text))
    ruby = take_ruby (self, &text, &attrs, desc, language, size);
  if (ruby != NULL)
    {
      double ascent, descent, natural;

      font_extents (self, desc, language, &ascent, &descent);
      natural = ascent + descent;

      /* Line height is shared out above and below a line: room for the
       * readings above the first line means as much again below the last.
       * Japanese has few descenders: half the descent above may hold them. */
      line_height = MAX (natural * (line_spacing > 0 ? line_spacing : 1),
                         natural + 2 * MAX (0, ruby->rise + ruby->ascent - ascent - descent / 2)) / size;
      g_object_set_data_full (G_OBJECT (layout), "mdg-ruby", ruby, (GDestroyNotify) ruby_data_free);
    }
  if (ruby == NULL)
  {
    char *broken = with_breaks (text, &attrs);

    if (broken != NULL)
      {
        g_free (text);
        text = broken;
      }
  }
  /* The language decides line breaking (kinsoku) and glyph forms. */
  pango_attr_list_insert_before (attrs, pango_attr_language_new (language));
  if (!style->japanese && !g_str_equal (self->info->pango, "ja"))
    mdg_layout_mark_japanese_words (attrs, text, g_str_has_prefix (self->info->pango, "zh"));
  if (line_height > 0)
    {
      double factor = line_spacing > 0 && ruby == NULL ? line_spacing : 1;

      pango_attr_list_insert_before (attrs, pango_attr_line_height_new_absolute (
        (int) (size * line_height * factor * PANGO_SCALE)));
    }
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_attributes (layout, attrs);
  if (easy)
    keep_words_together (layout, text, attrs, ruby, width);

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, style->align);
  /* A line-height attribute (above) takes the place of line spacing. */
  if (line_height == 0 && line_spacing > 0)
    pango_layout_set_line_spacing (layout, (float) line_spacing);
  if (style->hang > 0)
    {
      g_autoptr(PangoTabArray) tabs = pango_tab_array_new_with_positions (1, TRUE, PANGO_TAB_LEFT,
                                                                          (int) style->hang);
      pango_layout_set_indent (layout, (int) (-style->hang * PANGO_SCALE));
      pango_layout_set_tabs (layout, tabs);
    }
  return layout;
}

/* Adds a paragraph of Pango markup to @col at @dx; returns the layout. */
PangoLayout *
mdg_column_add_markup (MdgDocument *self,
                       Column      *col,
                       double       dx,
                       double       space_before,
                       const Style *style,
                       const char  *markup)
{
  PangoLayout *layout = mdg_document_layout (self, style, col->width - dx, markup);
  PangoLayoutIter *iter;
  double top = mdg_column_next_top (col, space_before);
  int n_lines = pango_layout_get_line_count (layout);
  int i = 0;
  PangoRectangle logical;

  mdg_column_add_break (col, top, !col->glue);
  col->glue = FALSE;

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle line_logical;
      Atom atom;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      pango_layout_line_get_extents (line, NULL, &line_logical);
      atom.layout = layout;
      atom.line = line;
      atom.x = dx + (double) (logical.x - line_logical.x) / PANGO_SCALE;
      atom.y = top + (double) logical.y / PANGO_SCALE;
      atom.height = (double) logical.height / PANGO_SCALE;
      atom.baseline = (double) (pango_layout_iter_get_baseline (iter) - logical.y) / PANGO_SCALE;
      atom.grey = style->grey;
      /* Keep at least two lines of a paragraph together at either end. */
      if (i > 0)
        mdg_column_add_break (col, atom.y, i >= 2 && i <= n_lines - 2);
      g_array_append_val (col->atoms, atom);
      i++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  pango_layout_get_extents (layout, NULL, &logical);
  col->height = top + (double) logical.height / PANGO_SCALE;
  g_ptr_array_add (col->layouts, layout);
  return layout;
}

PangoLayout *
mdg_column_add_text (MdgDocument *self,
                     Column      *col,
                     double       dx,
                     double       space_before,
                     const Style *style,
                     const char  *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  return mdg_column_add_markup (self, col, dx, space_before, style, markup);
}

/* The width of the last line of @layout. */
static double
last_line_width (PangoLayout *layout)
{
  PangoLayoutLine *line = pango_layout_get_line_readonly (layout, pango_layout_get_line_count (layout) - 1);
  PangoRectangle logical;

  pango_layout_line_get_extents (line, NULL, &logical);
  return (double) (logical.x + logical.width) / PANGO_SCALE;
}

/* "Clinic: ____________": a label and a line to write on up to the column's end. */
void
mdg_column_add_fill_in (MdgDocument *self,
                        Column      *col,
                        double       space_before,
                        const Style *style,
                        const char  *label)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", label);
  PangoLayout *layout = mdg_column_add_markup (self, col, 0, space_before, style, markup);
  const Atom *last = &g_array_index (col->atoms, Atom, col->atoms->len - 1);
  double x0 = last->x + last_line_width (layout) + style->size * 0.4;
  double y = last->y + last->baseline + 2;

  if (x0 > col->width - 4 * style->size)
    {
      /* The label took the whole line: write on the next one. */
      col->height += style->size * 1.6;
      x0 = 0;
      y = col->height;
    }
  mdg_column_add_deco (col, DECO_HLINE, x0, y, col->width, y, 0.8, 0, 0, 0);
  /* A face with a short descent puts the line below the text. */
  col->height = MAX (col->height, y + 0.8);
}


/* The readings of the bases on @a's line, whose baseline starts at (@x, @y). */
void
mdg_draw_ruby (cairo_t    *cr,
               const Atom *a,
               double      x,
               double      y)
{
  RubyData *data = g_object_get_data (G_OBJECT (a->layout), "mdg-ruby");
  PangoLayoutLine *line;
  const char *text;

  if (data == NULL)
    return;
  line = a->line;
  text = pango_layout_get_text (a->layout);
  for (guint i = 0; i < data->rubies->len; i++)
    {
      const Ruby *r = &g_array_index (data->rubies, Ruby, i);
      PangoRectangle logical;
      int x0, x1;

      if (r->start < line->start_index || r->start >= line->start_index + line->length)
        continue;
      pango_layout_line_index_to_x (line, r->start, FALSE, &x0);
      pango_layout_line_index_to_x (line, g_utf8_prev_char (text + r->end) - text, TRUE, &x1);
      pango_layout_get_extents (r->reading, NULL, &logical);
      cairo_move_to (cr, x + (double) (MIN (x0, x1) + (ABS (x1 - x0) - logical.width) / 2) / PANGO_SCALE,
                     y - data->rise);
      /* As outlines, not text: copying from the PDF, searching it or reading it
       * aloud gets the sentence once, not with every reading mixed in. */
      pango_cairo_layout_line_path (cr, pango_layout_get_line_readonly (r->reading, 0));
      cairo_fill (cr);
    }
}

