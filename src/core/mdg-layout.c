/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-layout.c — handouts and reference sheets, laid out with Pango, drawn with cairo.
 *
 * A document is built as a list of blocks stacked down the page. A block is a
 * row of columns (one column for ordinary text, several for a table row); each
 * column holds the lines of its paragraphs as separate "atoms" with their
 * position, plus decorations (bars, boxes, fill-in lines) that are not text.
 * Pagination cuts a block between lines where the page is full: each column is
 * cut at its own last good break, so a table row taller than a page continues
 * on the next one without clipping, and paragraphs avoid single orphan and
 * widow lines. Page headers and footers are built per page at draw time with
 * the same context; their height is measured once with the widest page numbers.
 *
 * Everything is measured on the Pango context of the cairo_t given to
 * mdg_document_paginate(), with metric hinting off and unrounded glyph
 * positions, so the print preview, the printer and the PDF export break lines
 * at the same places.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "mdg-actor-colours.h"
#include "mdg-i18n.h"
#include "mdg-layout.h"
#include "mdg-layout-private.h"
#include "mdg-font-map.h"
#include "mdg-ruby.h"
#include "mdg-print-glyphs.h"

#define MM (72.0 / 25.4)
#define EPS 0.01

/* Margins: 18 mm around a portrait sheet, 15 mm around the landscape one. */
#define PORTRAIT_MARGIN (18.0 * MM)
#define LANDSCAPE_MARGIN MDG_LAYOUT_MIN_MARGIN

/* ------------------------------------------------------------------------- */
/* Building blocks                                                           */

typedef struct {
  PangoLayout *layout;        /* not owned: the column's layouts array holds it */
  PangoLayoutLine *line;      /* of layout, which is never changed once made */
  double       x, y;          /* the line's logical top-left, in column coordinates */
  double       height;
  double       baseline;      /* from the line's top */
  double       grey;
} Atom;

typedef enum {
  DECO_FILL,                  /* a filled rectangle (bars, shading) */
  DECO_BOX,                   /* a stroked rectangle */
  DECO_HLINE,                 /* a line to write on, at y0 from x0 to x1 */
} DecoKind;

typedef struct {
  DecoKind kind;
  double   x0, y0, x1, y1;
  double   line_width;
  double   r, g, b;
} Deco;

typedef struct {
  double   y;
  gboolean good;              /* FALSE: only when nothing else fits */
} Break;

typedef struct {
  double     x, width;        /* within the block */
  GPtrArray *layouts;         /* PangoLayout*, owned */
  GArray    *atoms;           /* Atom */
  GArray    *decos;           /* Deco */
  GArray    *breaks;          /* Break, ascending */
  double     height;
  gboolean   glue;            /* no good break before the next paragraph */
} Column;

typedef enum {
  FRAME_BOX = 1 << 0,         /* a border round each fragment */
  FRAME_TOP = 1 << 1,         /* a rule above the first fragment */
  FRAME_BOTTOM = 1 << 2,      /* a rule below the last fragment */
  FRAME_FILL = 1 << 3,        /* light grey behind each fragment */
  FRAME_VRULES = 1 << 4,      /* rules between the columns */
} FrameFlags;

typedef struct {
  GPtrArray  *columns;        /* Column* */
  double      space_before;
  gboolean    keep_with_next; /* a heading: never last on a page */
  gboolean    table_row;      /* a row of the staff table, under its column headings */
  PangoLayout *continued;     /* drawn atop the first column of later fragments */
  double      pad_top, pad_bottom;
  FrameFlags  frame;
  double      frame_width;
  GArray     *vrules;         /* double x */
} Block;

typedef struct {
  Block  *block;
  double  y;                  /* top, in content-area coordinates */
  double  height;
  double *from, *to;          /* per column */
  gboolean first, last;
} Placement;

typedef struct {
  GArray *placements;         /* Placement */
} Page;

/* How tightly a document is set; a handout that would take two pages is set
 * again with the next one. */
typedef struct {
  double body;                /* body text, pt */
  double step;                /* numbered steps, pt */
  double title;
  double heading;
  double small;               /* footers, notes on the staff sheet */
  double para;                /* space between paragraphs */
  double section;             /* space between sections */
  double line_spacing;        /* Pango line-spacing factor, 0 for the font's own */
  double scale;               /* of the body (not the header and footer) on the page */
} Density;

struct _MdgDocument {
  MdgSheetKind        kind;
  MdgKb              *kb;
  MdgCase            *kase;
  char               *lang;
  const MdgLanguage *info;
  PangoLanguage      *language;
  char               *clinic_name;
  char               *clinic_phone;
  char               *clinic_note;
  GDateTime          *date;
  char               *title;
  GHashTable         *translations;           /* msgid → mdg_translate() */
  GHashTable         *layouts;                /* document_layout() key → PangoLayout, on context */

  /* The last pagination. */
  PangoContext       *context;
  const Density      *density;
  double              page_width, page_height;
  double              margin;
  double              body_top, body_height;  /* between header and footer */
  double              header_height, footer_height;
  GPtrArray          *blocks;                 /* Block* */
  GPtrArray          *pages;                  /* Page* */
};

static void
column_free (Column *col)
{
  g_ptr_array_unref (col->layouts);
  g_array_unref (col->atoms);
  g_array_unref (col->decos);
  g_array_unref (col->breaks);
  g_free (col);
}

static void
block_free (Block *block)
{
  g_clear_object (&block->continued);
  g_ptr_array_unref (block->columns);
  g_array_unref (block->vrules);
  g_free (block);
}

static void
page_free (Page *page)
{
  for (guint i = 0; i < page->placements->len; i++)
    {
      Placement *p = &g_array_index (page->placements, Placement, i);
      g_free (p->from);
      g_free (p->to);
    }
  g_array_unref (page->placements);
  g_free (page);
}

static Block *
block_new (GPtrArray *blocks,
           double     space_before)
{
  Block *block = g_new0 (Block, 1);

  block->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) column_free);
  block->vrules = g_array_new (FALSE, FALSE, sizeof (double));
  block->space_before = space_before;
  block->frame_width = 0.75;
  if (blocks != NULL)
    g_ptr_array_add (blocks, block);
  return block;
}

static Column *
block_add_column (Block  *block,
                  double  x,
                  double  width)
{
  Column *col = g_new0 (Column, 1);

  col->x = x;
  col->width = width;
  col->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  col->atoms = g_array_new (FALSE, FALSE, sizeof (Atom));
  col->decos = g_array_new (FALSE, FALSE, sizeof (Deco));
  col->breaks = g_array_new (FALSE, FALSE, sizeof (Break));
  g_ptr_array_add (block->columns, col);
  return col;
}

static double
block_height (Block *block)
{
  double h = 0;

  for (guint i = 0; i < block->columns->len; i++)
    h = MAX (h, ((Column *) g_ptr_array_index (block->columns, i))->height);
  return block->pad_top + h + block->pad_bottom;
}

static void
column_add_break (Column   *col,
                  double    y,
                  gboolean  good)
{
  Break b = { y, good };

  if (y <= EPS)
    return;
  g_array_append_val (col->breaks, b);
}

static void
column_add_deco (Column   *col,
                 DecoKind  kind,
                 double    x0,
                 double    y0,
                 double    x1,
                 double    y1,
                 double    line_width,
                 double    r,
                 double    g,
                 double    b)
{
  Deco d = { kind, x0, y0, x1, y1, line_width, r, g, b };

  g_array_append_val (col->decos, d);
}

/* Where the next paragraph of @col starts: no space at the top of a column. */
static double
column_next_top (Column *col,
                 double  space_before)
{
  return col->atoms->len > 0 || col->height > 0 ? col->height + space_before : 0;
}

/* Opens a box (or a barred group) in @col: returns its top. */
static double
column_open_group (Column *col,
                   double  space_before,
                   double  pad)
{
  double top = column_next_top (col, space_before);

  column_add_break (col, top, !col->glue);
  col->height = top + pad;
  col->glue = TRUE;
  return top;
}

/* ------------------------------------------------------------------------- */
/* Text                                                                      */

typedef struct {
  double         size;
  gboolean       bold;
  double         grey;        /* 0 is black */
  PangoAlignment align;
  double         hang;        /* a hanging indent with a tab stop, for "1.\t…" */
  gboolean       japanese;    /* set in Japanese whatever the document's language */
} Style;

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
 * base, at half the size, by draw_column(). A layout with ruby carries its
 * readings as object data. */

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
 * which document_layout() takes out again. */
static const char *
layout_text (MdgDocument   *self,
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

static PangoLayout *
document_layout (MdgDocument *self,
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
static PangoLayout *
column_add_markup (MdgDocument *self,
                   Column      *col,
                   double       dx,
                   double       space_before,
                   const Style *style,
                   const char  *markup)
{
  PangoLayout *layout = document_layout (self, style, col->width - dx, markup);
  PangoLayoutIter *iter;
  double top = column_next_top (col, space_before);
  int n_lines = pango_layout_get_line_count (layout);
  int i = 0;
  PangoRectangle logical;

  column_add_break (col, top, !col->glue);
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
        column_add_break (col, atom.y, i >= 2 && i <= n_lines - 2);
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

static PangoLayout *
column_add_text (MdgDocument *self,
                 Column      *col,
                 double       dx,
                 double       space_before,
                 const Style *style,
                 const char  *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  return column_add_markup (self, col, dx, space_before, style, markup);
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
static void
column_add_fill_in (MdgDocument *self,
                    Column      *col,
                    double       space_before,
                    const Style *style,
                    const char  *label)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", label);
  PangoLayout *layout = column_add_markup (self, col, 0, space_before, style, markup);
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
  column_add_deco (col, DECO_HLINE, x0, y, col->width, y, 0.8, 0, 0, 0);
  /* A face with a short descent puts the line below the text. */
  col->height = MAX (col->height, y + 0.8);
}

/* ------------------------------------------------------------------------- */
/* Pagination                                                                */

/* The furthest break in @col after @from and no further than @limit. */
static double
column_next_break (Column   *col,
                   double    from,
                   double    limit,
                   gboolean  good_only)
{
  double best = from;

  if (col->height <= limit + EPS)
    return col->height;
  for (guint i = 0; i < col->breaks->len; i++)
    {
      const Break *b = &g_array_index (col->breaks, Break, i);

      if (b->y > limit + EPS)
        break;
      if (b->y > from + EPS && (b->good || !good_only))
        best = b->y;
    }
  return best;
}

static Page *
page_new (GPtrArray *pages)
{
  Page *page = g_new0 (Page, 1);

  page->placements = g_array_new (FALSE, FALSE, sizeof (Placement));
  g_ptr_array_add (pages, page);
  return page;
}

static void
page_place (Page    *page,
            Block   *block,
            double   y,
            double  *from,
            double  *to,
            gboolean first,
            gboolean last)
{
  guint n = block->columns->len;
  Placement p = { block, y, 0, g_memdup2 (from, n * sizeof (double)),
                  g_memdup2 (to, n * sizeof (double)), first, last };
  double h = 0;

  for (guint i = 0; i < n; i++)
    h = MAX (h, to[i] - from[i]);
  p.height = block->pad_top + h + block->pad_bottom;
  g_array_append_val (page->placements, p);
}

/* The least of @block that can start a page: all of it when it fits on one
 * (it is not split then), else its first lines up to a good break. */
static double
block_min_height (Block  *block,
                  double  page_height)
{
  double h = 0;

  if (block_height (block) <= page_height + EPS)
    return block_height (block);

  for (guint i = 0; i < block->columns->len; i++)
    {
      Column *col = g_ptr_array_index (block->columns, i);
      double first = col->height;

      for (guint j = 0; j < col->breaks->len; j++)
        if (g_array_index (col->breaks, Break, j).good)
          {
            first = g_array_index (col->breaks, Break, j).y;
            break;
          }
      h = MAX (h, first);
    }
  return block->pad_top + h + block->pad_bottom;
}

/* Stacks the blocks onto pages of @height. */
static void
paginate_blocks (GPtrArray *blocks,
                 GPtrArray *pages,
                 double     height)
{
  Page *page = page_new (pages);
  double y = 0;

  for (guint k = 0; k < blocks->len; k++)
    {
      Block *block = g_ptr_array_index (blocks, k);
      guint n = block->columns->len;
      g_autofree double *from = g_new0 (double, n);
      g_autofree double *to = g_new0 (double, n);
      gboolean first = TRUE;
      double whole = block_height (block);

      for (;;)
        {
          double space = first && y > 0 ? block->space_before : 0;
          double avail = height - y - space - block->pad_top - block->pad_bottom;
          double need = 0;
          gboolean progress = FALSE;

          for (guint i = 0; i < n; i++)
            {
              Column *col = g_ptr_array_index (block->columns, i);
              need = MAX (need, col->height - from[i]);
            }
          /* A heading goes to the next page with the start of what it heads. */
          if (need <= avail + EPS && first && y > 0 && block->keep_with_next && k + 1 < blocks->len)
            {
              Block *next = g_ptr_array_index (blocks, k + 1);
              double next_min = block_min_height (next, height);

              if (y + space + whole + next->space_before + next_min > height + EPS &&
                  whole + next->space_before + next_min <= height + EPS)
                {
                  page = page_new (pages);
                  y = 0;
                  continue;
                }
            }
          if (need <= avail + EPS)
            {
              for (guint i = 0; i < n; i++)
                to[i] = ((Column *) g_ptr_array_index (block->columns, i))->height;
              page_place (page, block, y + space, from, to, first, TRUE);
              y += space + block->pad_top + need + block->pad_bottom;
              break;
            }

          /* A block that fits on a page of its own is not split. */
          if (y > 0 && first && whole <= height + EPS)
            {
              page = page_new (pages);
              y = 0;
              continue;
            }

          for (guint pass = 0; pass < 2 && !progress; pass++)
            {
              /* Good breaks first; any line boundary only on an empty page. */
              if (pass == 1 && y > 0)
                break;
              for (guint i = 0; i < n; i++)
                {
                  Column *col = g_ptr_array_index (block->columns, i);

                  to[i] = column_next_break (col, from[i], from[i] + MAX (avail, 0), pass == 0);
                  progress |= to[i] > from[i] + EPS;
                }
            }
          if (!progress)
            {
              if (y > 0)
                {
                  page = page_new (pages);
                  y = 0;
                  continue;
                }
              /* A single line taller than the page: give up on this block
               * rather than loop; the page clip keeps it inside the margins. */
              for (guint i = 0; i < n; i++)
                to[i] = ((Column *) g_ptr_array_index (block->columns, i))->height;
              page_place (page, block, y, from, to, first, TRUE);
              break;
            }
          page_place (page, block, y + space, from, to, first, FALSE);
          memcpy (from, to, n * sizeof (double));
          first = FALSE;
          page = page_new (pages);
          y = 0;
        }
    }
}

/* ------------------------------------------------------------------------- */
/* Drawing                                                                   */


static void
draw_deco (cairo_t    *cr,
           const Deco *d,
           double      x,
           double      y,
           double      from,
           double      to)
{
  double y0 = MAX (d->y0, from) - from + y;
  double y1 = MIN (d->y1, to) - from + y;

  cairo_set_source_rgb (cr, d->r, d->g, d->b);
  switch (d->kind)
    {
    case DECO_FILL:
      cairo_rectangle (cr, x + d->x0, y0, d->x1 - d->x0, y1 - y0);
      cairo_fill (cr);
      break;
    case DECO_BOX:
      cairo_set_line_width (cr, d->line_width);
      cairo_rectangle (cr, x + d->x0 + d->line_width / 2, y0 + d->line_width / 2,
                       d->x1 - d->x0 - d->line_width, y1 - y0 - d->line_width);
      cairo_stroke (cr);
      break;
    case DECO_HLINE:
      cairo_set_line_width (cr, d->line_width);
      cairo_move_to (cr, x + d->x0, y0);
      cairo_line_to (cr, x + d->x1, y0);
      cairo_stroke (cr);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* The readings of the bases on @a's line, whose baseline starts at (@x, @y). */
static void
draw_ruby (cairo_t    *cr,
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

static void
draw_column (cairo_t *cr,
             Column  *col,
             double   x,
             double   y,
             double   from,
             double   to)
{
  for (guint i = 0; i < col->decos->len; i++)
    {
      const Deco *d = &g_array_index (col->decos, Deco, i);
      gboolean visible;

      if (d->kind == DECO_HLINE)
        visible = d->y0 >= from - EPS && d->y0 <= to + EPS;
      else
        visible = d->y1 > from + EPS && d->y0 < to - EPS;
      if (visible)
        draw_deco (cr, d, x + col->x, y, from, to);
    }

  /* The atoms are in order of y: each page draws only its own, so that a
   * long text costs time linear in its length, not in its pages times lines. */
  guint lo = 0, hi = col->atoms->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (col->atoms, Atom, mid).y < from - EPS)
        lo = mid + 1;
      else
        hi = mid;
    }

  for (guint i = lo; i < col->atoms->len; i++)
    {
      const Atom *a = &g_array_index (col->atoms, Atom, i);

      if (a->y > to + EPS)
        break;
      if (a->y + a->height > to + EPS)
        continue;
      cairo_set_source_rgb (cr, a->grey, a->grey, a->grey);
      cairo_move_to (cr, x + col->x + a->x, y + a->y - from + a->baseline);
      mdg_print_glyphs_show_line (cr, a->line);
      draw_ruby (cr, a, x + col->x + a->x, y + a->y - from + a->baseline);
    }
}

static void
draw_fragment (cairo_t         *cr,
               const Placement *p,
               double           x,
               double           y,
               double           width)
{
  Block *block = p->block;
  double lw = block->frame_width;

  if (block->frame & FRAME_FILL)
    {
      cairo_set_source_rgb (cr, 0.9, 0.9, 0.9);
      cairo_rectangle (cr, x, y, width, p->height);
      cairo_fill (cr);
    }

  for (guint i = 0; i < block->columns->len; i++)
    draw_column (cr, g_ptr_array_index (block->columns, i), x, y + block->pad_top,
                 p->from[i], p->to[i]);

  if (block->continued != NULL && !p->first)
    {
      Column *col = g_ptr_array_index (block->columns, 0);
      PangoRectangle logical;

      /* Only where the first column has nothing left to show. */
      pango_layout_get_extents (block->continued, NULL, &logical);
      if (p->from[0] >= col->height - EPS &&
          (double) logical.height / PANGO_SCALE <= p->height - block->pad_top - block->pad_bottom)
        {
          cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
          PangoLayoutIter *iter = pango_layout_get_iter (block->continued);

          do
            {
              PangoRectangle line_logical;

              pango_layout_iter_get_line_extents (iter, NULL, &line_logical);
              cairo_move_to (cr, x + col->x + (double) line_logical.x / PANGO_SCALE,
                             y + block->pad_top + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE);
              mdg_print_glyphs_show_line (cr, pango_layout_iter_get_line_readonly (iter));
            }
          while (pango_layout_iter_next_line (iter));
          pango_layout_iter_free (iter);
        }
    }

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, lw);
  if (block->frame & FRAME_BOX)
    {
      cairo_rectangle (cr, x + lw / 2, y + lw / 2, width - lw, p->height - lw);
      cairo_stroke (cr);
    }
  if ((block->frame & FRAME_TOP) && p->first)
    {
      cairo_move_to (cr, x, y + lw / 2);
      cairo_line_to (cr, x + width, y + lw / 2);
      cairo_stroke (cr);
    }
  if ((block->frame & FRAME_BOTTOM) && p->last)
    {
      cairo_move_to (cr, x, y + p->height - lw / 2);
      cairo_line_to (cr, x + width, y + p->height - lw / 2);
      cairo_stroke (cr);
    }
  if (block->frame & FRAME_VRULES)
    for (guint i = 0; i < block->vrules->len; i++)
      {
        double vx = x + g_array_index (block->vrules, double, i);

        cairo_move_to (cr, vx, y);
        cairo_line_to (cr, vx, y + p->height);
        cairo_stroke (cr);
      }
}

/* Announces the glyphs of @block to a PDF or PostScript surface. */
static void
block_add_glyphs (cairo_t *cr,
                  Block   *block)
{
  for (guint i = 0; i < block->columns->len; i++)
    {
      Column *col = g_ptr_array_index (block->columns, i);

      for (guint j = 0; j < col->layouts->len; j++)
        mdg_print_glyphs_add_layout (cr, g_ptr_array_index (col->layouts, j));
    }
  if (block->continued != NULL)
    mdg_print_glyphs_add_layout (cr, block->continued);
}

/* Draws a whole block (a header or footer) at @y. */
static void
draw_block (cairo_t *cr,
            Block   *block,
            double   x,
            double   y,
            double   width)
{
  guint n = block->columns->len;
  g_autofree double *from = g_new0 (double, n);
  g_autofree double *to = g_new0 (double, n);
  Placement p = { block, y, block_height (block), from, to, TRUE, TRUE };

  for (guint i = 0; i < n; i++)
    to[i] = ((Column *) g_ptr_array_index (block->columns, i))->height;
  if (mdg_print_glyphs_wanted (cr))
    block_add_glyphs (cr, block);
  draw_fragment (cr, &p, x, y, width);
}

/* ------------------------------------------------------------------------- */
/* Common pieces                                                             */

/* A handout that does not fit is set with less space and then smaller, by
 * scaling the body as a whole: the sizes stay the same, so Pango reuses its
 * fonts (finding fallback fonts for a size costs more than laying out the page),
 * and the body text goes below 14 × 0.86 = 12 pt only at the last three steps
 * (11.5, 11 and 10.6 pt), which only the longest added case in Burmese, with
 * two phone lines and the clinic's details, needs (104). */
static const Density handout_densities[] = {
  /* body step title heading small para section line-spacing scale */
  { 14.0, 15.0, 22.0, 15.0, 8.0, 8.0, 18.0, 0, 1.0 },
  { 14.0, 15.0, 22.0, 15.0, 8.0, 6.0, 13.0, 0, 1.0 },
  { 14.0, 15.0, 22.0, 15.0, 8.0, 5.0, 10.0, 0, 0.93 },
  { 14.0, 15.0, 22.0, 15.0, 8.0, 4.0, 8.0, 0.92, 0.9 },
  { 14.0, 15.0, 22.0, 15.0, 8.0, 3.0, 6.0, 0.88, 0.86 },
  { 14.0, 15.0, 22.0, 15.0, 8.0, 2.5, 5.0, 0.86, 0.82 },
  { 14.0, 15.0, 22.0, 15.0, 8.0, 2.0, 4.0, 0.84, 0.79 },
  { 14.0, 15.0, 22.0, 15.0, 8.0, 1.5, 3.0, 0.82, 0.76 },
};

/* The wall sheet has every situation on one page, so it may go down to 9 pt. */
static const Density patient_densities[] = {
  { 12.0, 12.0, 18.0, 12.0, 8.0, 4.0, 10.0, 0, 1.0 },
  { 12.0, 12.0, 18.0, 12.0, 8.0, 3.0, 8.0, 0, 0.92 },
  { 12.0, 12.0, 18.0, 12.0, 8.0, 3.0, 8.0, 0.95, 0.875 },
  { 12.0, 12.0, 18.0, 12.0, 8.0, 2.5, 7.0, 0.9, 0.83 },
  { 12.0, 12.0, 18.0, 12.0, 8.0, 2.0, 6.0, 0.88, 0.79 },
  { 12.0, 12.0, 18.0, 12.0, 8.0, 1.5, 5.0, 0.85, 0.75 },
};

static const Density staff_density = { 9.0, 9.0, 12.0, 9.0, 7.5, 2.5, 0, 0, 1.0 };

/* mdg_translate() once per message: each lookup goes through the catalogue
 * cache's lock, and every re-layout asks again. */
static const char *
tr (MdgDocument *self,
    const char  *msgid)
{
  const char *translated = g_hash_table_lookup (self->translations, msgid);

  if (translated == NULL)
    {
      translated = mdg_translate (self->lang, msgid);
      g_hash_table_insert (self->translations, (gpointer) msgid, (gpointer) translated);
    }
  return translated;
}

static char *
format_date (MdgDocument *self)
{
  /* Translators: how a date is printed on handouts and sheets, as a
   * g_date_time_format() format. Use numbers (%Y, %m, %d, %-m, %-d), not month
   * names: those would come from the computer's locale, not the handout's
   * language. Japanese: "%Y年%-m月%-d日". */
  return g_date_time_format (self->date, tr (self, N_("%Y-%m-%d")));
}

static void
column_add_heading (MdgDocument *self,
                    Column      *col,
                    double       space_before,
                    const char  *text)
{
  Style style = { self->density->heading, TRUE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  double bar = self->density->heading * 0.35;
  double top = column_next_top (col, space_before);
  double inset = self->density->heading * 0.25;

  /* A black bar before the heading marks a section in black and white too. */
  column_add_text (self, col, bar * 2.2, space_before, &style, text);
  column_add_deco (col, DECO_FILL, 0, top + inset, bar, col->height - inset, 0, 0, 0, 0);
  col->glue = TRUE;
}

/* The clinic's name and phone, or lines to fill in, beside the date. */
static void
add_clinic_block (MdgDocument *self,
                  GPtrArray   *blocks,
                  double       width)
{
  const Density *d = self->density;
  Block *block = block_new (blocks, 0);
  Style name = { d->body + 3, TRUE, 0, PANGO_ALIGN_LEFT, 0, TRUE };
  Style body = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style date = { d->body, FALSE, 0, PANGO_ALIGN_RIGHT, 0, FALSE };
  g_autofree char *when = format_date (self);
  g_autofree char *markup = g_markup_printf_escaped ("%s %s", tr (self, N_("Date:")), when);
  g_autoptr(PangoLayout) natural = document_layout (self, &date, -1, markup);
  PangoRectangle logical;
  double date_width;
  Column *left, *right;

  /* The date is never broken: its column is as wide as it needs. */
  pango_layout_get_extents (natural, NULL, &logical);
  date_width = CLAMP ((double) logical.width / PANGO_SCALE + 1, width * 0.33, width * 0.5);
  left = block_add_column (block, 0, width - date_width - width * 0.03);
  right = block_add_column (block, width - date_width, date_width);

  if (self->clinic_name != NULL)
    column_add_text (self, left, 0, 0, &name, self->clinic_name);
  else
    column_add_fill_in (self, left, 0, &body, tr (self, N_("Clinic:")));

  if (self->clinic_phone != NULL)
    {
      g_autofree char *phone = g_markup_printf_escaped ("<b>%s</b> %s", tr (self, N_("Phone:")),
                                                        self->clinic_phone);

      column_add_markup (self, left, 0, d->para, &body, phone);
    }
  else
    column_add_fill_in (self, left, d->body * 0.9, &body, tr (self, N_("Phone:")));

  column_add_markup (self, right, 0, 0, &date, markup);

  block->pad_bottom = d->para + 2;
  block->frame = FRAME_BOTTOM;
  block->frame_width = 1.5;
}

static void
add_title (MdgDocument *self,
           GPtrArray   *blocks,
           double       width,
           const char  *title)
{
  Style style = { self->density->title, TRUE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Block *block = block_new (blocks, self->density->section * 0.8);

  column_add_text (self, block_add_column (block, 0, width), 0, 0, &style, title);
}

/* Numbered steps with a hanging indent: "1.  Ask …". */
static void
column_add_steps (MdgDocument *self,
                  Column      *col,
                  double       dx,
                  double       size,
                  GPtrArray   *steps)
{
  Style style = { size, FALSE, 0, PANGO_ALIGN_LEFT, size * 1.8, FALSE };

  for (guint i = 0; i < steps->len; i++)
    {
      g_autofree char *markup =
        g_markup_printf_escaped ("<b>%u.</b>\t%s", i + 1,
                                 layout_text (self, g_ptr_array_index (steps, i)));

      column_add_markup (self, col, dx, i == 0 ? self->density->para : self->density->para * 0.8,
                         &style, markup);
    }
}

/* The contact box: name, phone and hours, with a border (not colour alone). */
static void
column_add_contacts (MdgDocument *self,
                     Column      *col,
                     double       space_before,
                     GPtrArray   *contacts)
{
  const Density *d = self->density;
  double pad = d->body * 0.6;
  double top = column_open_group (col, space_before, pad);
  Style heading = { d->heading, TRUE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style name = { d->body, TRUE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style body = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style phone = { d->step + 2, FALSE, 0, PANGO_ALIGN_LEFT, 0, FALSE };

  column_add_text (self, col, pad, 0, &heading, tr (self, N_("Whom to contact")));
  col->glue = TRUE;
  for (guint i = 0; i < contacts->len; i++)
    {
      const MdgContact *contact = g_ptr_array_index (contacts, i);
      g_autofree char *markup = NULL;

      column_add_text (self, col, pad, i == 0 ? d->para : d->para * 1.6, &name,
                       layout_text (self, contact->name));
      col->glue = TRUE;
      /* The name the line answers to, for a patient who reads little Japanese. */
      if (!g_str_has_prefix (self->lang, "ja"))
        {
          Style japanese = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, 0, TRUE };

          column_add_text (self, col, pad, d->para * 0.3, &japanese, mdg_text_get (contact->name, "ja"));
          col->glue = TRUE;
        }
      if (contact->phone != NULL)
        {
          markup = g_markup_printf_escaped ("%s <b>%s</b>", tr (self, N_("Phone:")), contact->phone);
          column_add_markup (self, col, pad, d->para * 0.5, &phone, markup);
          g_clear_pointer (&markup, g_free);
        }
      if (contact->hours != NULL)
        {
          markup = g_markup_printf_escaped ("<b>%s</b> %s", tr (self, N_("Hours:")),
                                            layout_text (self, contact->hours));
          column_add_markup (self, col, pad, d->para * 0.5, &body, markup);
          g_clear_pointer (&markup, g_free);
        }
      if (contact->url != NULL)
        {
          markup = g_markup_printf_escaped ("<b>%s</b> %s", tr (self, N_("Website:")), contact->url);
          column_add_markup (self, col, pad, d->para * 0.5, &body, markup);
        }
    }
  col->height += pad;
  column_add_deco (col, DECO_BOX, 0, top, col->width, col->height, 1.5, 0, 0, 0);
}

/* The words in quotation marks of @note, or NULL when it quotes nothing. */
static char *
quoted_words (const char *note)
{
  static const char * const quotes[][2] = {
    { "「", "」" }, { "“", "”" }, { "«", "»" }, { "\"", "\"" },
  };

  for (guint i = 0; note != NULL && i < G_N_ELEMENTS (quotes); i++)
    {
      const char *open = strstr (note, quotes[i][0]);
      const char *start, *close;

      if (open == NULL)
        continue;
      start = open + strlen (quotes[i][0]);
      close = g_strrstr (start, quotes[i][1]);
      if (close != NULL && close > start)
        return g_strndup (start, close - start);
    }
  return NULL;
}

/* What the patient is told in the case's notes, in @lang: a GPtrArray of
 * strings. The ※ lines of the patient's and citizen's responses are written
 * for staff (国民には「3～4日程度経過してから、再度確認してください」と回答する);
 * only the words they tell the patient to say are the patient's, and only
 * where the note has them in this very language. */
static GPtrArray *
case_patient_notes (MdgCase    *kase,
                    const char *lang)
{
  GPtrArray *notes = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < kase->responses->len; i++)
    {
      MdgResponse *r = g_ptr_array_index (kase->responses, i);

      if (r->actor == MDG_ACTOR_CLINIC || r->notes == NULL)
        continue;
      for (guint j = 0; j < r->notes->len; j++)
        {
          char *words = quoted_words (mdg_text_get_exact (g_ptr_array_index (r->notes, j), lang));

          if (words != NULL)
            g_ptr_array_add (notes, words);
        }
    }
  return notes;
}

/* The contacts of @kase printed on a patient's page in @lang. */
static GPtrArray *
contacts_for_language (MdgCase    *kase,
                       const char *lang)
{
  GPtrArray *contacts = g_ptr_array_new ();

  for (guint i = 0; kase->contacts != NULL && i < kase->contacts->len; i++)
    if (mdg_contact_is_for_language (g_ptr_array_index (kase->contacts, i), lang))
      g_ptr_array_add (contacts, g_ptr_array_index (kase->contacts, i));
  return contacts;
}

/* The small print at the foot of a patient's page: the translation note
 * (ours, not the document's) and @left, with the page number when there are
 * several pages. */
static Block *
build_small_print (MdgDocument *self,
                   double       width,
                   const char  *left,
                   guint        page_nr,
                   guint        n_pages)
{
  Style small = { self->density->small, FALSE, 0.25, PANGO_ALIGN_LEFT, 0, FALSE };
  const MdgText *translation_note = mdg_kb_get_translation_note (self->kb);
  const char *note = mdg_text_get_exact (translation_note, self->lang) != NULL
                     ? layout_text (self, translation_note) : NULL;
  Block *block = block_new (NULL, 0);
  Column *col = block_add_column (block, 0, width);
  GString *line = g_string_new (left);

  if (n_pages > 1)
    {
      g_autofree char *pages = g_strdup_printf (tr (self, N_("Page %u of %u")), page_nr + 1, n_pages);
      g_string_append_printf (line, " · %s", pages);
    }
  if (strcmp (self->lang, "ja") != 0 && note != NULL)
    column_add_text (self, col, 0, 0, &small, note);
  column_add_text (self, col, 0, 2, &small, line->str);
  g_string_free (line, TRUE);
  block->frame = FRAME_TOP;
  block->pad_top = 4;
  return block;
}

/* ------------------------------------------------------------------------- */
/* The patient handout                                                       */

static void
build_handout (MdgDocument *self,
               GPtrArray   *blocks,
               double       width)
{
  const Density *d = self->density;
  MdgHandout *handout = self->kase->handout;
  Style body = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  g_autoptr(GPtrArray) notes = case_patient_notes (self->kase, self->lang);
  g_autoptr(GPtrArray) contacts = contacts_for_language (self->kase, self->lang);
  Block *block;
  Column *col;

  /* A note whose words a step already says is not printed twice. */
  for (guint i = notes->len; i-- > 0;)
    for (guint j = 0; j < handout->steps->len; j++)
      if (strstr (mdg_text_get (g_ptr_array_index (handout->steps, j), self->lang),
                  g_ptr_array_index (notes, i)) != NULL)
        {
          g_ptr_array_remove_index (notes, i);
          break;
        }

  add_clinic_block (self, blocks, width);
  add_title (self, blocks, width, tr (self, N_("About your health insurance check")));
  if (self->kase->area->patient_name != NULL)
    {
      Style subtitle = { d->heading, FALSE, 0, PANGO_ALIGN_LEFT, 0, FALSE };

      block = block_new (blocks, d->para * 0.5);
      column_add_text (self, block_add_column (block, 0, width), 0, 0, &subtitle,
                       layout_text (self, self->kase->area->patient_name));
    }

  block = block_new (blocks, d->section * 0.7);
  col = block_add_column (block, 0, width);
  column_add_heading (self, col, 0, tr (self, N_("What happened")));
  column_add_text (self, col, 0, d->para, &body, layout_text (self, handout->situation));

  block = block_new (blocks, d->section);
  col = block_add_column (block, 0, width);
  column_add_heading (self, col, 0, tr (self, N_("What you need to do")));
  column_add_steps (self, col, 0, d->step, handout->steps);

  if (contacts->len > 0)
    {
      block = block_new (blocks, d->section);
      column_add_contacts (self, block_add_column (block, 0, width), 0, contacts);
    }

  if (notes->len > 0)
    {
      block = block_new (blocks, d->section);
      col = block_add_column (block, 0, width);
      column_add_heading (self, col, 0, tr (self, N_("Please note")));
      for (guint i = 0; i < notes->len; i++)
        column_add_text (self, col, 0, d->para, &body, g_ptr_array_index (notes, i));
    }

  if (handout->clinic != NULL)
    {
      block = block_new (blocks, d->section);
      col = block_add_column (block, 0, width);
      column_add_heading (self, col, 0, tr (self, N_("What the clinic does")));
      column_add_text (self, col, 0, d->para, &body, layout_text (self, handout->clinic));
    }

  if (self->clinic_note != NULL)
    {
      Style note = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, 0, TRUE };

      block = block_new (blocks, d->section);
      block->frame = FRAME_TOP;
      block->pad_top = d->para + 2;
      column_add_text (self, block_add_column (block, 0, width), 0, 0, &note, self->clinic_note);
    }
}


/* ------------------------------------------------------------------------- */
/* The patient reference sheet                                               */

static gboolean
same_steps (MdgCase    *a,
            MdgCase    *b,
            const char *lang)
{
  GPtrArray *sa = a->handout->steps, *sb = b->handout->steps;
  guint na = a->contacts != NULL ? a->contacts->len : 0;
  guint nb = b->contacts != NULL ? b->contacts->len : 0;

  if (sa->len != sb->len || na != nb)
    return FALSE;
  for (guint i = 0; i < sa->len; i++)
    if (g_strcmp0 (mdg_text_get (g_ptr_array_index (sa, i), lang),
                   mdg_text_get (g_ptr_array_index (sb, i), lang)) != 0)
      return FALSE;
  for (guint i = 0; i < na; i++)
    if (g_ptr_array_index (a->contacts, i) != g_ptr_array_index (b->contacts, i))
      return FALSE;
  return TRUE;
}

static void
build_patient_sheet (MdgDocument *self,
                     GPtrArray   *blocks,
                     double       width)
{
  const Density *d = self->density;
  GListModel *cases = mdg_kb_get_cases (self->kb);
  guint n = g_list_model_get_n_items (cases);
  Style body = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style situation = { d->body, TRUE, 0, PANGO_ALIGN_LEFT, d->body * 1.3, FALSE };
  Style contact = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  g_autoptr(GPtrArray) done = g_ptr_array_new ();
  Block *block;

  add_clinic_block (self, blocks, width);
  add_title (self, blocks, width, tr (self, N_("If the insurance check at reception does not work")));
  block = block_new (blocks, d->para);
  column_add_text (self, block_add_column (block, 0, width), 0, 0, &body,
                   tr (self, N_("Find your situation below and do what it says. Our reception staff are glad to help.")));

  /* Cases whose patient does the same things share one entry. The wall sheet
   * is one page: it keeps the document's cases; an added case has its own
   * handout and its place in the kiosk. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MdgCase) kase = g_list_model_get_item (cases, i);
      double bar = 3, inset = bar + 6;
      g_autoptr(GPtrArray) contacts = NULL;
      Column *col;
      double top;

      if (kase->handout == NULL || kase->origin != MDG_ORIGIN_DOCUMENT ||
          g_ptr_array_find (done, kase, NULL))
        continue;

      block = block_new (blocks, d->section);
      col = block_add_column (block, 0, width);
      top = column_open_group (col, 0, 0);
      for (guint j = i; j < n; j++)
        {
          g_autoptr(MdgCase) other = g_list_model_get_item (cases, j);
          g_autofree char *markup = NULL;

          if (other->handout == NULL || other->origin != MDG_ORIGIN_DOCUMENT ||
              !same_steps (kase, other, self->lang))
            continue;
          markup = g_markup_printf_escaped ("■\t%s", layout_text (self, other->handout->situation));
          column_add_markup (self, col, inset, d->para * 0.6, &situation, markup);
          col->glue = TRUE;
          g_ptr_array_add (done, other);
        }
      column_add_steps (self, col, inset + situation.hang, d->step, kase->handout->steps);
      contacts = contacts_for_language (kase, self->lang);
      for (guint j = 0; j < contacts->len; j++)
        {
          const MdgContact *c = g_ptr_array_index (contacts, j);
          g_autofree char *markup = NULL;

          if (c->phone != NULL)
            markup = g_markup_printf_escaped ("<b>%s</b> %s  <b>%s</b>  %s",
                                              tr (self, N_("Whom to ask:")),
                                              layout_text (self, c->name), c->phone,
                                              c->hours != NULL ? layout_text (self, c->hours) : "");
          else
            markup = g_markup_printf_escaped ("<b>%s</b> %s  %s",
                                              tr (self, N_("Whom to ask:")),
                                              layout_text (self, c->name),
                                              c->url != NULL ? c->url : "");
          column_add_markup (self, col, inset + situation.hang, d->para, &contact, markup);
        }
      /* A bar beside each entry groups its lines, in black and white too. */
      column_add_deco (col, DECO_FILL, 0, top, bar, col->height, 0, 0.45, 0.45, 0.45);
    }
}


/* ------------------------------------------------------------------------- */
/* The staff reference sheet                                                 */

/* Fractions of the width: No., area, symptom, causes, first, second response. */
static const double staff_columns[] = { 0.05, 0.1, 0.23, 0.17, 0.225, 0.225 };
#define CELL_PAD 6.0

static Block *
staff_row (double  width,
           double  space_before)
{
  Block *block = block_new (NULL, space_before);
  double x = 0;

  for (guint i = 0; i < G_N_ELEMENTS (staff_columns); i++)
    {
      double w = staff_columns[i] * width;

      block_add_column (block, x + CELL_PAD, w - 2 * CELL_PAD);
      x += w;
      if (i + 1 < G_N_ELEMENTS (staff_columns))
        g_array_append_val (block->vrules, x);
    }
  block->frame = FRAME_BOX | FRAME_VRULES;
  block->pad_top = CELL_PAD;
  block->pad_bottom = CELL_PAD;
  return block;
}

/* A ※ line as the document writes it: the knowledge base keeps the words
 * without the mark. */
static char *
note_text (const MdgText *note,
           const char    *lang)
{
  const char *text = mdg_text_get (note, lang);

  return g_str_has_prefix (text, "※") ? g_strdup (text) : g_strconcat ("※", text, NULL);
}

static gboolean
is_japanese (const char *lang)
{
  return g_str_has_prefix (lang, "ja");
}

/* What a staff member reads off the screen, which is in Japanese: on a sheet in
 * another language, the Japanese words stand beside their translation. */
static char *
screen_words_markup (const MdgText *text,
                     const char    *lang,
                     gboolean       bold)
{
  g_autofree char *ja = g_markup_escape_text (mdg_text_get (text, "ja"), -1);
  g_autofree char *own = g_markup_escape_text (mdg_text_get (text, lang), -1);
  const char *b = bold ? "<b>" : "", *eb = bold ? "</b>" : "";

  if (is_japanese (lang) || strcmp (ja, own) == 0)
    return g_strdup_printf ("%s%s%s", b, own, eb);
  return g_strdup_printf ("%s%s%s\n%s", b, ja, eb, own);
}

static char *
actor_mark (MdgDocument *self,
            MdgActor     actor)
{
  const MdgActorInfo *info = mdg_kb_get_actor (self->kb, actor);

  return g_strdup_printf ("【%s】", info->mark);
}

static void
column_add_response (MdgDocument *self,
                     Column      *col,
                     MdgResponse *r)
{
  const Density *d = self->density;
  Style body = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style note = { d->small, FALSE, 0.2, PANGO_ALIGN_LEFT, 0, FALSE };
  g_autofree char *mark = actor_mark (self, r->actor);
  double bar = 3, inset = 7;
  double top, red, green, blue;

  if (r->preface != NULL)
    {
      g_autofree char *preface = note_text (r->preface, self->lang);

      column_add_text (self, col, 0, d->para, &note, preface);
      col->glue = TRUE;
    }
  top = column_open_group (col, d->para, 0);
  for (guint i = 0; i < r->parts->len; i++)
    {
      MdgPart *part = g_ptr_array_index (r->parts, i);
      GString *markup = g_string_new (NULL);

      if (i == 0)
        {
          g_autofree char *escaped = g_markup_escape_text (mark, -1);
          g_string_append_printf (markup, "<b>%s</b> ", escaped);
        }
      if (part->condition != NULL)
        {
          /* In brackets, as the document writes (保険証がある場合). */
          const char *words = mdg_text_get (part->condition, self->lang);
          g_autofree char *cond = is_japanese (self->lang)
            ? g_markup_printf_escaped ("（%s）", words)
            : g_markup_printf_escaped ("(%s) ", words);

          g_string_append_printf (markup, "<b>%s</b>", cond);
        }
      {
        g_autofree char *text = g_markup_escape_text (layout_text (self, part->text), -1);
        g_string_append (markup, text);
      }
      column_add_markup (self, col, inset, i == 0 ? 0 : d->para * 0.6, &body, markup->str);
      g_string_free (markup, TRUE);
    }
  for (guint i = 0; r->notes != NULL && i < r->notes->len; i++)
    {
      g_autofree char *text = note_text (g_ptr_array_index (r->notes, i), self->lang);

      column_add_text (self, col, inset, d->para * 0.6, &note, text);
    }
  /* The actor's colour, as on the screen; the mark in text says the same. */
  mdg_colour_get_rgb (mdg_actor_get_colours (r->actor, MDG_PALETTE_PRINT)->mark, &red, &green, &blue);
  column_add_deco (col, DECO_FILL, 0, top, bar, col->height, 0, red, green, blue);
}

/* The help lines a case names, with number and hours, below its first response:
 * staff call them without looking the number up. */
static void
column_add_staff_contacts (MdgDocument *self,
                           Column      *col,
                           MdgCase     *kase)
{
  const Density *d = self->density;
  Style body = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style note = { d->small, FALSE, 0.2, PANGO_ALIGN_LEFT, 0, FALSE };

  for (guint i = 0; kase->contacts != NULL && i < kase->contacts->len; i++)
    {
      const MdgContact *c = g_ptr_array_index (kase->contacts, i);
      g_autofree char *markup = NULL;

      if (c->phone != NULL)
        markup = g_markup_printf_escaped ("<b>%s</b> %s <b>%s</b>", tr (self, N_("Whom to ask:")),
                                          mdg_text_get (c->name, self->lang), c->phone);
      else
        markup = g_markup_printf_escaped ("<b>%s</b> %s", tr (self, N_("Whom to ask:")),
                                          mdg_text_get (c->name, self->lang));
      column_add_markup (self, col, 0, d->para, &body, markup);
      if (c->hours != NULL)
        column_add_text (self, col, 0, d->para * 0.3, &note, mdg_text_get (c->hours, self->lang));
    }
}

static void
build_staff_case (MdgDocument *self,
                  GPtrArray   *blocks,
                  double       width,
                  MdgCase     *kase)
{
  const Density *d = self->density;
  Block *row = staff_row (width, 0);
  Style body = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style bold = { d->body, TRUE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  /* Added cases run to five digits, which fit the column only smaller. */
  Style number = { kase->number < 1000 ? d->body + 3 : d->body, TRUE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style note = { d->small, FALSE, 0.2, PANGO_ALIGN_LEFT, 0, FALSE };
  Style bullet = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, d->body * 1.1, FALSE };
  Column *col;
  g_autofree char *num = g_strdup_printf ("%u", kase->number);

  g_ptr_array_add (blocks, row);
  row->table_row = TRUE;

  {
    /* The case's number again, in grey, where its row runs on to a new page. */
    Style cont = { kase->number < 1000 ? d->body + 3 : d->body, TRUE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
    Column *first = g_ptr_array_index (row->columns, 0);

    row->continued = document_layout (self, &cont, first->width, num);
  }
  column_add_text (self, g_ptr_array_index (row->columns, 0), 0, 0, &number, num);
  column_add_text (self, g_ptr_array_index (row->columns, 1), 0, 0, &body,
                   layout_text (self, kase->area->name));

  col = g_ptr_array_index (row->columns, 2);
  if (kase->origin == MDG_ORIGIN_ADDED)
    {
      Style added = { d->small, TRUE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
      g_autofree char *mark = g_strdup_printf ("【%s】", tr (self, N_("Added — not in the document")));

      column_add_text (self, col, 0, 0, &added, mark);
      col->glue = TRUE;
    }
  column_add_text (self, col, 0, col->height > 0 ? d->para * 0.5 : 0, &bold,
                   mdg_text_get (kase->symptom, self->lang));
  if (kase->error_message != NULL)
    {
      double pad = 3;
      double top = column_open_group (col, d->para, pad);
      GString *markup = g_string_new (NULL);

      if (kase->error_screen != NULL)
        {
          g_autofree char *screen = screen_words_markup (kase->error_screen, self->lang, FALSE);
          g_string_append_printf (markup, "%s\n", screen);
        }
      {
        g_autofree char *message = screen_words_markup (kase->error_message, self->lang, TRUE);
        g_string_append (markup, message);
      }
      if (kase->error_code != NULL)
        {
          g_autofree char *code = g_strdup_printf (tr (self, N_("Error code %s")), kase->error_code);
          g_autofree char *escaped = g_markup_escape_text (code, -1);
          g_string_append_printf (markup, "\n%s", escaped);
        }
      column_add_markup (self, col, pad, 0, &body, markup->str);
      col->height += pad;
      /* Decorations are drawn before the text, so the shading lies under it. */
      column_add_deco (col, DECO_FILL, 0, top, col->width, col->height, 0, 0.92, 0.92, 0.92);
      column_add_deco (col, DECO_BOX, 0, top, col->width, col->height, 0.5, 0.4, 0.4, 0.4);
      g_string_free (markup, TRUE);
    }
  for (guint i = 0; kase->notes != NULL && i < kase->notes->len; i++)
    {
      g_autofree char *text = note_text (g_ptr_array_index (kase->notes, i), self->lang);

      column_add_text (self, col, 0, d->para, &note, text);
    }
  if (kase->updates != NULL && kase->updates->len > 0)
    {
      /* The update notes themselves are listed once, after the cases; a title
       * tells two notes of one date apart. */
      GString *dates = g_string_new (NULL);
      g_autofree char *markup = NULL;

      for (guint i = 0; i < kase->updates->len; i++)
        {
          const MdgUpdate *u = g_ptr_array_index (kase->updates, i);

          g_string_append_printf (dates, "%s%s", i > 0 ? (is_japanese (self->lang) ? "、" : "; ") : "", u->date);
          if (u->title != NULL)
            g_string_append_printf (dates, is_japanese (self->lang) ? "「%s」" : " “%s”",
                                    mdg_text_get (u->title, self->lang));
        }
      markup = g_markup_printf_escaped ("<b>%s</b> %s", tr (self, N_("See the update notes of:")), dates->str);
      column_add_markup (self, col, 0, d->para, &note, markup);
      g_string_free (dates, TRUE);
    }
  if (kase->origin == MDG_ORIGIN_ADDED)
    {
      g_autofree char *checked = g_strdup_printf (tr (self, N_("Checked %s")), kase->checked);
      g_autofree char *heading = g_markup_printf_escaped ("<b>%s</b>", tr (self, N_("Sources:")));

      column_add_markup (self, col, 0, d->para, &note, heading);
      col->glue = TRUE;
      for (guint i = 0; i < kase->sources->len; i++)
        {
          const MdgSource *source = g_ptr_array_index (kase->sources, i);
          g_autofree char *line = g_strdup_printf ("%s\n%s", source->title, source->url);

          column_add_text (self, col, 0, d->para * 0.4, &note, line);
        }
      column_add_text (self, col, 0, d->para * 0.4, &note, checked);
    }

  col = g_ptr_array_index (row->columns, 3);
  for (guint i = 0; i < kase->causes->len; i++)
    {
      /* The document's own bullet in Japanese; a Latin one beside Latin text. */
      g_autofree char *markup = g_markup_printf_escaped ("%s\t%s", g_str_has_prefix (self->lang, "ja") ? "・" : "•",
                                                         layout_text (self, g_ptr_array_index (kase->causes, i)));
      column_add_markup (self, col, 0, i == 0 ? 0 : d->para * 0.6, &bullet, markup);
    }

  for (guint i = 0; i < kase->responses->len; i++)
    {
      MdgResponse *r = g_ptr_array_index (kase->responses, i);

      col = g_ptr_array_index (row->columns, r->stage == 1 ? 4 : 5);
      column_add_response (self, col, r);
    }
  column_add_staff_contacts (self, g_ptr_array_index (row->columns, 4), kase);
}

static void
build_staff_summary (MdgDocument *self,
                     GPtrArray   *blocks,
                     double       width)
{
  const Density *d = self->density;
  Style heading = { d->heading + 2, TRUE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style body = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style bold = { d->body, TRUE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style item = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, d->body * 1.4, FALSE };
  GPtrArray *items = mdg_kb_get_summary_items (self->kb);
  double actor_w = width * 0.18;
  Block *block = block_new (blocks, 14);
  Column *head = block_add_column (block, 0, width);
  Column *actor, *col;

  column_add_text (self, head, 0, 0, &heading, tr (self, N_("Main actions at the reception window")));
  block->keep_with_next = TRUE;

  block = block_new (blocks, 4);
  block->frame = FRAME_BOX | FRAME_VRULES;
  block->pad_top = block->pad_bottom = CELL_PAD;
  g_array_append_val (block->vrules, actor_w);
  actor = block_add_column (block, CELL_PAD, actor_w - 2 * CELL_PAD);
  col = block_add_column (block, actor_w + CELL_PAD, width - actor_w - 2 * CELL_PAD);
  column_add_text (self, actor, 0, 0, &bold, layout_text (self, mdg_kb_get_summary_actor (self->kb)));
  column_add_text (self, col, 0, 0, &body, layout_text (self, mdg_kb_get_summary_intro (self->kb)));
  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *markup = g_markup_printf_escaped ("✓\t%s", layout_text (self, g_ptr_array_index (items, i)));
      column_add_markup (self, col, 0, d->para, &item, markup);
    }

  if (strcmp (self->lang, "ja") != 0)
    {
      const MdgText *translation_note = mdg_kb_get_translation_note (self->kb);
      const char *note = mdg_text_get_exact (translation_note, self->lang) != NULL
                         ? layout_text (self, translation_note) : NULL;
      Style small = { d->small, FALSE, 0.2, PANGO_ALIGN_LEFT, 0, FALSE };

      if (note != NULL)
        {
          block = block_new (blocks, 8);
          column_add_text (self, block_add_column (block, 0, width), 0, 0, &small, note);
        }
    }
}

/* The dated update notes that cases refer to, each with its sources. */
static void
build_staff_updates (MdgDocument *self,
                     GPtrArray   *blocks,
                     double       width)
{
  const Density *d = self->density;
  Style heading = { d->heading + 2, TRUE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style body = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style small = { d->small, FALSE, 0.2, PANGO_ALIGN_LEFT, 0, FALSE };
  GPtrArray *updates = mdg_kb_get_updates (self->kb);
  double date_w = width * 0.1;
  Column *col;
  Block *block;

  if (updates == NULL || updates->len == 0)
    return;

  block = block_new (blocks, 14);
  col = block_add_column (block, 0, width);
  column_add_text (self, col, 0, 0, &heading, tr (self, N_("Update notes")));
  column_add_text (self, col, 0, d->para, &small,
                   tr (self, N_("What changed after the document was written. The document's own words above are unchanged.")));
  block->keep_with_next = TRUE;

  for (guint i = 0; i < updates->len; i++)
    {
      const MdgUpdate *u = g_ptr_array_index (updates, i);
      Column *date, *text;
      g_autofree char *checked = g_strdup_printf (tr (self, N_("Checked %s")), u->checked);

      block = block_new (blocks, i == 0 ? 4 : 0);
      block->frame = FRAME_BOX | FRAME_VRULES;
      block->pad_top = block->pad_bottom = CELL_PAD;
      g_array_append_val (block->vrules, date_w);
      date = block_add_column (block, CELL_PAD, date_w - 2 * CELL_PAD);
      text = block_add_column (block, date_w + CELL_PAD, width - date_w - 2 * CELL_PAD);
      column_add_text (self, date, 0, 0, &body, u->date);
      if (u->title != NULL)
        {
          Style bold = { d->body, TRUE, 0, PANGO_ALIGN_LEFT, 0, FALSE };

          column_add_text (self, text, 0, 0, &bold, mdg_text_get (u->title, self->lang));
          text->glue = TRUE;
        }
      column_add_text (self, text, 0, text->height > 0 ? d->para * 0.4 : 0, &body,
                       mdg_text_get (u->text, self->lang));
      for (guint j = 0; u->sources != NULL && j < u->sources->len; j++)
        column_add_text (self, text, 0, d->para * 0.5, &small, g_ptr_array_index (u->sources, j));
      column_add_text (self, text, 0, d->para * 0.5, &small, checked);
    }
}

static void
build_staff_sheet (MdgDocument *self,
                   GPtrArray   *blocks,
                   double       width)
{
  GListModel *cases = mdg_kb_get_cases (self->kb);
  guint n = g_list_model_get_n_items (cases);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MdgCase) kase = g_list_model_get_item (cases, i);
      build_staff_case (self, blocks, width, kase);
    }
  build_staff_summary (self, blocks, width);
  build_staff_updates (self, blocks, width);
}

static char *
legend_markup (MdgDocument *self)
{
  GString *s = g_string_new (NULL);
  g_autofree char *label = g_markup_escape_text (tr (self, N_("Legend:")), -1);

  g_string_append_printf (s, "<b>%s</b>", label);
  for (MdgActor a = 0; a < MDG_N_ACTORS; a++)
    {
      const char *colour = mdg_actor_get_colours (a, MDG_PALETTE_PRINT)->mark;
      g_autofree char *mark = actor_mark (self, a);
      g_autofree char *name = g_markup_printf_escaped ("<b>%s</b> %s", mark,
                                                       layout_text (self, mdg_kb_get_actor (self->kb, a)->name));

      g_string_append_printf (s, "   <span foreground=\"%s\">■</span> %s", colour, name);
    }
  return g_string_free (s, FALSE);
}

/* The header of every staff page: title, knowledge-base date, page x of y,
 * the legend and the table's column headings. */
static Block *
build_staff_header (MdgDocument *self,
                    double       width,
                    guint        page_nr,
                    guint        n_pages)
{
  const Density *d = self->density;
  Style title = { d->title, TRUE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style right = { d->body, FALSE, 0, PANGO_ALIGN_RIGHT, 0, FALSE };
  Style body = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Block *block = block_new (NULL, 0);
  Column *left = block_add_column (block, 0, width * 0.6);
  Column *info = block_add_column (block, width * 0.62, width * 0.38);
  g_autofree char *kb_date = g_strdup_printf (tr (self, N_("Knowledge base of %s")), mdg_kb_get_date (self->kb));
  g_autofree char *when = format_date (self);
  g_autofree char *printed = g_strdup_printf (tr (self, N_("Printed %s")), when);
  g_autofree char *pages = g_strdup_printf (tr (self, N_("Page %u of %u")), page_nr + 1, n_pages);
  g_autofree char *legend = legend_markup (self);
  g_autofree char *heading = g_strdup_printf ("%s — %s", mdg_text_get (mdg_kb_get_title (self->kb), self->lang),
                                              tr (self, N_("Reference sheet for staff")));
  g_autofree char *line = g_strdup_printf ("%s · %s", kb_date, printed);
  Style page = { d->body, TRUE, 0, PANGO_ALIGN_RIGHT, 0, FALSE };

  column_add_text (self, left, 0, 0, &title, heading);
  column_add_text (self, info, 0, 0, &page, pages);
  column_add_text (self, info, 0, 1, &right, line);
  if (self->clinic_name != NULL)
    {
      Style clinic = { d->body, FALSE, 0, PANGO_ALIGN_RIGHT, 0, TRUE };
      column_add_text (self, info, 0, 1, &clinic, self->clinic_name);
    }
  column_add_markup (self, left, 0, 3, &body, legend);
  return block;
}

static Block *
build_staff_column_heads (MdgDocument *self,
                          double       width)
{
  Style bold = { self->density->body, TRUE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  const char *heads[] = {
    N_("No."), N_("Business area"), N_("Symptom"), N_("Causes"),
    N_("First response"), N_("Second response"),
  };
  Block *block = staff_row (width, 0);

  block->frame |= FRAME_FILL;
  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    column_add_text (self, g_ptr_array_index (block->columns, i), 0, 0, &bold, tr (self, heads[i]));
  return block;
}

/* ------------------------------------------------------------------------- */
/* The document                                                              */

static MdgDocument *
document_new (MdgSheetKind     kind,
              MdgKb           *kb,
              MdgCase         *kase,
              const char      *lang,
              const MdgClinic *clinic,
              GDateTime       *date)
{
  MdgDocument *self = g_new0 (MdgDocument, 1);

  self->kind = kind;
  self->kb = g_object_ref (kb);
  self->kase = kase != NULL ? g_object_ref (kase) : NULL;
  self->info = mdg_language_lookup (lang);
  if (self->info == NULL)
    {
      g_warning ("Unknown language “%s”; using English", lang);
      self->info = mdg_language_lookup ("en");
    }
  self->lang = g_strdup (self->info->tag);
  self->language = pango_language_from_string (self->info->pango);
  if (clinic != NULL)
    {
      /* Empty means unset: a line to fill in by hand is printed instead. */
      self->clinic_name = clinic->name != NULL && *clinic->name != '\0' ? g_strstrip (g_strdup (clinic->name)) : NULL;
      self->clinic_phone = clinic->phone != NULL && *clinic->phone != '\0' ? g_strstrip (g_strdup (clinic->phone)) : NULL;
      self->clinic_note = clinic->note != NULL && *clinic->note != '\0' ? g_strstrip (g_strdup (clinic->note)) : NULL;
      if (self->clinic_name != NULL && *self->clinic_name == '\0')
        g_clear_pointer (&self->clinic_name, g_free);
      if (self->clinic_phone != NULL && *self->clinic_phone == '\0')
        g_clear_pointer (&self->clinic_phone, g_free);
      if (self->clinic_note != NULL && *self->clinic_note == '\0')
        g_clear_pointer (&self->clinic_note, g_free);
    }
  self->date = date != NULL ? g_date_time_ref (date) : g_date_time_new_now_local ();
  self->translations = g_hash_table_new (g_str_hash, g_str_equal);
  self->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  return self;
}

MdgDocument *
mdg_document_new_handout (MdgKb           *kb,
                          MdgCase         *kase,
                          const char      *lang,
                          const MdgClinic *clinic,
                          GDateTime       *date)
{
  MdgDocument *self;

  g_return_val_if_fail (MDG_IS_KB (kb), NULL);
  g_return_val_if_fail (MDG_IS_CASE (kase), NULL);
  g_return_val_if_fail (kase->handout != NULL, NULL);

  self = document_new (MDG_SHEET_HANDOUT, kb, kase, lang, clinic, date);
  self->title = g_strdup_printf ("%s — %s %u", tr (self, N_("About your health insurance check")),
                                 mdg_language_get_native_name (self->lang), kase->number);
  return self;
}

MdgDocument *
mdg_document_new_patient_sheet (MdgKb           *kb,
                                const char      *lang,
                                const MdgClinic *clinic,
                                GDateTime       *date)
{
  MdgDocument *self;

  g_return_val_if_fail (MDG_IS_KB (kb), NULL);

  self = document_new (MDG_SHEET_PATIENT, kb, NULL, lang, clinic, date);
  self->title = g_strdup (tr (self, N_("If the insurance check at reception does not work")));
  return self;
}

MdgDocument *
mdg_document_new_staff_sheet (MdgKb           *kb,
                              const char      *lang,
                              const MdgClinic *clinic,
                              GDateTime       *date)
{
  MdgDocument *self;

  g_return_val_if_fail (MDG_IS_KB (kb), NULL);

  self = document_new (MDG_SHEET_STAFF, kb, NULL, lang, clinic, date);
  self->title = g_strdup_printf ("%s — %s", mdg_text_get (mdg_kb_get_title (kb), self->lang),
                                 tr (self, N_("Reference sheet for staff")));
  return self;
}

static void
document_clear_pages (MdgDocument *self)
{
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
}

void
mdg_document_free (MdgDocument *self)
{
  if (self == NULL)
    return;
  document_clear_pages (self);
  g_clear_object (&self->context);
  g_clear_object (&self->kb);
  g_clear_object (&self->kase);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->translations, g_hash_table_unref);
  g_clear_pointer (&self->layouts, g_hash_table_unref);
  g_free (self->lang);
  g_free (self->clinic_name);
  g_free (self->clinic_phone);
  g_free (self->clinic_note);
  g_free (self->title);
  g_free (self);
}

MdgSheetKind
mdg_document_get_kind (MdgDocument *self)
{
  return self->kind;
}

const char *
mdg_document_get_language (MdgDocument *self)
{
  return self->lang;
}

const char *
mdg_document_get_title (MdgDocument *self)
{
  return self->title;
}

gboolean
mdg_document_is_landscape (MdgDocument *self)
{
  return self->kind == MDG_SHEET_STAFF;
}

void
mdg_document_get_paper_size (MdgDocument *self,
                             double      *width,
                             double      *height)
{
  gboolean landscape = mdg_document_is_landscape (self);

  *width = landscape ? MDG_A4_HEIGHT : MDG_A4_WIDTH;
  *height = landscape ? MDG_A4_WIDTH : MDG_A4_HEIGHT;
}

static Block *
build_header (MdgDocument *self,
              guint        page_nr,
              guint        n_pages)
{
  double width = self->page_width - 2 * self->margin;

  if (self->kind == MDG_SHEET_STAFF)
    return build_staff_header (self, width, page_nr, n_pages);
  return NULL;
}

static Block *
build_footer (MdgDocument *self,
              guint        page_nr,
              guint        n_pages)
{
  double width = self->page_width - 2 * self->margin;

  switch (self->kind)
    {
    case MDG_SHEET_HANDOUT:
      {
        /* Translators: the small print at the foot of a handout: the case's number. */
        g_autofree char *number = g_strdup_printf (tr (self, N_("Case %u")), self->kase->number);
        g_autofree char *left = self->kase->origin == MDG_ORIGIN_ADDED
          ? g_strdup_printf ("%s · %s · Madoguchi", number, tr (self, N_("Added — not in the document")))
          : g_strdup_printf ("%s · Madoguchi", number);

        return build_small_print (self, width, left, page_nr, n_pages);
      }
    case MDG_SHEET_PATIENT:
      {
        g_autofree char *left = g_strdup_printf ("Madoguchi · %s", mdg_kb_get_date (self->kb));

        return build_small_print (self, width, left, page_nr, n_pages);
      }
    case MDG_SHEET_STAFF:
    default:
      return NULL;
    }
}

static double
chrome_height (Block *block)
{
  double h = block != NULL ? block_height (block) : 0;

  g_clear_pointer (&block, block_free);
  return h;
}

/* One attempt at a given density; returns the number of pages. */
static guint
layout_with_density (MdgDocument   *self,
                     const Density *density)
{
  double width = self->page_width - 2 * self->margin;
  double gap = 8;

  document_clear_pages (self);
  self->density = density;
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);

  /* Measured with the widest page numbers any real page can have. */
  self->header_height = chrome_height (build_header (self, 887, 888));
  self->footer_height = chrome_height (build_footer (self, 887, 888));
  if (self->kind == MDG_SHEET_STAFF)
    self->header_height += gap + chrome_height (build_staff_column_heads (self, width));
  /* The staff table's rows start right under its column headings. */
  self->body_top = self->margin + self->header_height +
                   (self->header_height > 0 && self->kind != MDG_SHEET_STAFF ? gap : 0);
  self->body_height = self->page_height - self->margin - (self->footer_height > 0 ? self->footer_height + gap : 0)
                      - self->body_top;

  switch (self->kind)
    {
    case MDG_SHEET_HANDOUT:
      build_handout (self, self->blocks, width / density->scale);
      break;
    case MDG_SHEET_PATIENT:
      build_patient_sheet (self, self->blocks, width / density->scale);
      break;
    case MDG_SHEET_STAFF:
      build_staff_sheet (self, self->blocks, width / density->scale);
      break;
    default:
      g_assert_not_reached ();
    }

  paginate_blocks (self->blocks, self->pages, self->body_height / density->scale);
  /* A page-break right before the end can leave an empty last page. */
  while (self->pages->len > 1 &&
         ((Page *) g_ptr_array_index (self->pages, self->pages->len - 1))->placements->len == 0)
    g_ptr_array_remove_index (self->pages, self->pages->len - 1);
  return self->pages->len;
}

static void
families_add (GPtrArray  *families,
              const char *list)
{
  g_auto(GStrv) names = g_strsplit (list, ", ", -1);

  for (guint i = 0; names[i] != NULL; i++)
    if (!g_ptr_array_find_with_equal_func (families, names[i], g_str_equal, NULL))
      g_ptr_array_add (families, g_strdup (names[i]));
}

/* For signs a knowledge base may use that the text faces lack (✔, ♿). */
static const char * const symbol_families[] = {
  "Noto Sans Symbols", "Noto Sans Symbols2", "Noto Sans Math", NULL
};

/* The faces every language names (mdg-font-map.c), one font map per thread
 * like Pango's own default. */
static PangoFontMap *
document_font_map (void)
{
  static GPrivate font_maps = G_PRIVATE_INIT (g_object_unref);
  PangoFontMap *map = g_private_get (&font_maps);

  if (map == NULL)
    {
      g_autoptr(GPtrArray) families = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < mdg_language_count (); i++)
        families_add (families, mdg_language_nth (i)->families);
      g_ptr_array_add (families, NULL);
      map = mdg_font_map_new_for_families ((const char * const *) families->pdata, symbol_families);
      if (map == NULL)
        map = g_object_ref (pango_cairo_font_map_get_default ());
      g_private_set (&font_maps, map);
    }
  return map;
}

static guint
paginate_with_font_map (MdgDocument  *self,
                        PangoFontMap *font_map,
                        cairo_t      *cr,
                        double        page_width,
                        double        page_height)
{
  PangoContext *context;
  cairo_font_options_t *options;
  const Density *densities;
  guint n_densities;
  guint n_pages = 0;

  /* Device-independent metrics: the preview, the printer and the PDF break
   * lines at the same places. */
  context = pango_font_map_create_context (font_map);
  pango_cairo_update_context (cr, context);
  pango_cairo_context_set_resolution (context, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, self->language);
  g_clear_object (&self->context);
  self->context = context;
  g_hash_table_remove_all (self->layouts);

  self->page_width = page_width;
  self->page_height = page_height;
  self->margin = page_width > page_height ? LANDSCAPE_MARGIN : PORTRAIT_MARGIN;

  switch (self->kind)
    {
    case MDG_SHEET_HANDOUT:
      densities = handout_densities;
      n_densities = G_N_ELEMENTS (handout_densities);
      break;
    case MDG_SHEET_PATIENT:
      densities = patient_densities;
      n_densities = G_N_ELEMENTS (patient_densities);
      break;
    case MDG_SHEET_STAFF:
    default:
      densities = &staff_density;
      n_densities = 1;
      break;
    }

  /* Handouts and the wall sheet belong on one page: set them tighter until
   * they fit, down to the smallest density, then let them run on. */
  for (guint i = 0; i < n_densities; i++)
    {
      n_pages = layout_with_density (self, &densities[i]);
      if (n_pages <= 1)
        break;
    }
  return n_pages;
}

guint
mdg_document_paginate (MdgDocument *self,
                       cairo_t     *cr,
                       double       page_width,
                       double       page_height)
{
  PangoFontMap *font_map = document_font_map ();
  PangoFontMap *desktop;
  guint n_pages;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (cr != NULL, 0);

  n_pages = paginate_with_font_map (self, font_map, cr, page_width, page_height);
  /* A knowledge base may have a script the document faces lack (Thai, say):
   * then every face the desk has may serve. */
  if (mdg_document_count_unknown_glyphs (self) == 0)
    return n_pages;
  desktop = pango_cairo_font_map_get_default ();
  if (font_map != desktop)
    {
      g_debug ("A character has no face among the document fonts; setting the document with all the desk's fonts");
      n_pages = paginate_with_font_map (self, desktop, cr, page_width, page_height);
    }
  return n_pages;
}

static guint
block_unknown_glyphs (Block *block)
{
  guint n = 0;

  if (block == NULL)
    return 0;
  for (guint i = 0; i < block->columns->len; i++)
    {
      Column *col = g_ptr_array_index (block->columns, i);

      for (guint j = 0; j < col->layouts->len; j++)
        n += pango_layout_get_unknown_glyphs_count (g_ptr_array_index (col->layouts, j));
    }
  return n;
}

guint
mdg_document_count_unknown_glyphs (MdgDocument *self)
{
  guint n = 0;
  Block *chrome;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (self->blocks != NULL, 0);

  for (guint i = 0; i < self->blocks->len; i++)
    n += block_unknown_glyphs (g_ptr_array_index (self->blocks, i));
  chrome = build_header (self, 0, self->pages->len);
  n += block_unknown_glyphs (chrome);
  g_clear_pointer (&chrome, block_free);
  chrome = build_footer (self, 0, self->pages->len);
  n += block_unknown_glyphs (chrome);
  g_clear_pointer (&chrome, block_free);
  return n;
}

/* The first character of @layout drawn as a box, or 0. */
static gunichar
layout_first_unknown (PangoLayout *layout)
{
  const char *text = pango_layout_get_text (layout);
  PangoLayoutIter *iter;
  gunichar found = 0;

  if (pango_layout_get_unknown_glyphs_count (layout) == 0)
    return 0;
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);

      for (int i = 0; run != NULL && found == 0 && i < run->glyphs->num_glyphs; i++)
        if (run->glyphs->glyphs[i].glyph & PANGO_GLYPH_UNKNOWN_FLAG)
          found = g_utf8_get_char (text + run->item->offset + run->glyphs->log_clusters[i]);
    }
  while (found == 0 && pango_layout_iter_next_run (iter));
  pango_layout_iter_free (iter);
  return found;
}

static gunichar
block_first_unknown (Block *block)
{
  for (guint i = 0; block != NULL && i < block->columns->len; i++)
    {
      Column *col = g_ptr_array_index (block->columns, i);

      for (guint j = 0; j < col->layouts->len; j++)
        {
          gunichar c = layout_first_unknown (g_ptr_array_index (col->layouts, j));

          if (c != 0)
            return c;
        }
    }
  return 0;
}

char *
mdg_document_describe_missing_glyphs (MdgDocument *self)
{
  /* The scripts of the languages and knowledge bases a desk is likely to
   * meet; every other script is in fonts-noto-core too (Debian 12). */
  static const struct {
    GUnicodeScript script;
    const char    *name;
    const char    *package;
  } scripts[] = {
    { G_UNICODE_SCRIPT_MYANMAR, "Myanmar", "fonts-noto-core" },
    { G_UNICODE_SCRIPT_DEVANAGARI, "Devanagari", "fonts-noto-core" },
    { G_UNICODE_SCRIPT_THAI, "Thai", "fonts-noto-core" },
    { G_UNICODE_SCRIPT_LATIN, "Latin", "fonts-noto-core" },
    { G_UNICODE_SCRIPT_HAN, "Han (kanji, hanzi)", "fonts-noto-cjk" },
    { G_UNICODE_SCRIPT_HIRAGANA, "Hiragana", "fonts-noto-cjk" },
    { G_UNICODE_SCRIPT_KATAKANA, "Katakana", "fonts-noto-cjk" },
    { G_UNICODE_SCRIPT_HANGUL, "Hangul", "fonts-noto-cjk" },
    { G_UNICODE_SCRIPT_COMMON, "symbols", "fonts-noto-core" },
  };
  const char *name = NULL;
  const char *package = "fonts-noto-core";
  GUnicodeScript script;
  char code[5] = { 0, };
  gunichar c = 0;
  Block *chrome;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (self->blocks != NULL, NULL);

  for (guint i = 0; c == 0 && i < self->blocks->len; i++)
    c = block_first_unknown (g_ptr_array_index (self->blocks, i));
  for (guint i = 0; c == 0 && i < 2; i++)
    {
      chrome = i == 0 ? build_header (self, 0, self->pages->len)
                      : build_footer (self, 0, self->pages->len);
      c = block_first_unknown (chrome);
      g_clear_pointer (&chrome, block_free);
    }
  if (c == 0)
    return NULL;

  script = g_unichar_get_script (c);
  for (guint i = 0; i < G_N_ELEMENTS (scripts); i++)
    if (scripts[i].script == script)
      {
        name = scripts[i].name;
        package = scripts[i].package;
      }
  if (name == NULL)
    {
      guint32 iso = g_unicode_script_to_iso15924 (script);

      for (guint i = 0; i < 4; i++)
        code[i] = (char) (iso >> (24 - 8 * i));
      name = code;
    }

  return g_strdup_printf ("No installed font has the %s script (U+%04X) this document needs; "
                          "install the Debian package %s.", name, c, package);
}

guint
mdg_document_get_n_pages (MdgDocument *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pages != NULL ? self->pages->len : 0;
}

void
mdg_document_draw_page (MdgDocument *self,
                        cairo_t     *cr,
                        guint        page_nr)
{
  Page *page;
  double x, width;
  guint n_pages;
  Block *chrome, *footer;

  g_return_if_fail (self != NULL);
  g_return_if_fail (self->pages != NULL);
  g_return_if_fail (page_nr < self->pages->len);

  page = g_ptr_array_index (self->pages, page_nr);
  n_pages = self->pages->len;
  footer = build_footer (self, page_nr, n_pages);
  /* The document's glyphs before any is drawn, so that a PDF embeds each
   * face once (draw_block() adds the header's). */
  if (mdg_print_glyphs_wanted (cr))
    {
      for (guint i = 0; i < self->blocks->len; i++)
        block_add_glyphs (cr, g_ptr_array_index (self->blocks, i));
      if (footer != NULL)
        block_add_glyphs (cr, footer);
    }
  x = self->margin;
  width = self->page_width - 2 * self->margin;

  cairo_save (cr);
  /* Pagination keeps everything inside; the clip makes sure of it. */
  cairo_rectangle (cr, self->margin, self->margin, width, self->page_height - 2 * self->margin);
  cairo_clip (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);

  chrome = build_header (self, page_nr, n_pages);
  if (chrome != NULL)
    {
      draw_block (cr, chrome, x, self->margin, width);
      /* The table's column headings, on the pages that start with its rows. */
      if (self->kind == MDG_SHEET_STAFF && page->placements->len > 0 &&
          g_array_index (page->placements, Placement, 0).block->table_row)
        {
          Block *heads = build_staff_column_heads (self, width);
          draw_block (cr, heads, x, self->body_top - block_height (heads), width);
          block_free (heads);
        }
      block_free (chrome);
    }

  cairo_save (cr);
  cairo_translate (cr, x, self->body_top);
  cairo_scale (cr, self->density->scale, self->density->scale);
  for (guint i = 0; i < page->placements->len; i++)
    {
      const Placement *p = &g_array_index (page->placements, Placement, i);
      draw_fragment (cr, p, 0, p->y, width / self->density->scale);
    }
  cairo_restore (cr);

  if (footer != NULL)
    {
      draw_block (cr, footer, x, self->page_height - self->margin - block_height (footer), width);
      block_free (footer);
    }
  cairo_restore (cr);
}
