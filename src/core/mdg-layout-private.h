/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-layout-private.h — what the files of the page layout share, and the
 * layout tests: the blocks a document is built of, paginated and drawn
 * (mdg-layout.c); its paragraphs as Pango layouts (mdg-layout-text.c); the
 * document itself (mdg-document.c); and the sheets built of them (mdg-handout.c
 * for the patient's pages, mdg-staff-sheet.c for the staff's). */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "mdg-document.h"

G_BEGIN_DECLS

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
  const MdgLanguage  *info;
  PangoLanguage      *language;
  char               *clinic_name;
  char               *clinic_phone;
  char               *clinic_note;
  GDateTime          *date;
  char               *title;
  GHashTable         *translations;           /* msgid → mdg_translate() */
  GHashTable         *layouts;                /* mdg_document_layout() key → PangoLayout, on context */

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

/* How a paragraph is set (mdg-layout-text.c). */
typedef struct {
  double         size;
  gboolean       bold;
  double         grey;        /* 0 is black */
  PangoAlignment align;
  double         hang;        /* a hanging indent with a tab stop, for "1.\t…" */
  gboolean       japanese;    /* set in Japanese whatever the document's language */
} Style;

/* mdg-layout.c: blocks of columns, stacked onto pages and drawn. */
Block       *mdg_block_new                (GPtrArray       *blocks,
                                           double           space_before);
void         mdg_block_free               (Block           *block);
Column      *mdg_block_add_column         (Block           *block,
                                           double           x,
                                           double           width);
double       mdg_block_height             (Block           *block);
void         mdg_column_add_break         (Column          *col,
                                           double           y,
                                           gboolean         good);
void         mdg_column_add_deco          (Column          *col,
                                           DecoKind         kind,
                                           double           x0,
                                           double           y0,
                                           double           x1,
                                           double           y1,
                                           double           line_width,
                                           double           r,
                                           double           g,
                                           double           b);
double       mdg_column_next_top          (Column          *col,
                                           double           space_before);
double       mdg_column_open_group        (Column          *col,
                                           double           space_before,
                                           double           pad);
void         mdg_paginate_blocks          (GPtrArray       *blocks,
                                           GPtrArray       *pages,
                                           double           height);
void         mdg_page_free                (Page            *page);
void         mdg_draw_fragment            (cairo_t         *cr,
                                           const Placement *p,
                                           double           x,
                                           double           y,
                                           double           width);
void         mdg_draw_block               (cairo_t         *cr,
                                           Block           *block,
                                           double           x,
                                           double           y,
                                           double           width);
void         mdg_block_add_glyphs         (cairo_t         *cr,
                                           Block           *block);

/* mdg-layout-text.c: paragraphs, set for the document's language. */
PangoLayout *mdg_document_layout          (MdgDocument     *self,
                                           const Style     *style,
                                           double           width,
                                           const char      *markup);
const char  *mdg_document_text            (MdgDocument     *self,
                                           const MdgText   *text);
PangoLayout *mdg_column_add_markup        (MdgDocument     *self,
                                           Column          *col,
                                           double           dx,
                                           double           space_before,
                                           const Style     *style,
                                           const char      *markup);
PangoLayout *mdg_column_add_text          (MdgDocument     *self,
                                           Column          *col,
                                           double           dx,
                                           double           space_before,
                                           const Style     *style,
                                           const char      *text);
void         mdg_column_add_fill_in       (MdgDocument     *self,
                                           Column          *col,
                                           double           space_before,
                                           const Style     *style,
                                           const char      *label);
void         mdg_draw_ruby                (cairo_t         *cr,
                                           const Atom      *a,
                                           double           x,
                                           double           y);
/* Sets the Japanese words inside @text, the text of another language's
 * paragraph, in the Japanese face and language. @han_is_native when the
 * paragraph's own language writes hanzi (Chinese). */
void         mdg_layout_mark_japanese_words (PangoAttrList *attrs,
                                             const char    *text,
                                             gboolean       han_is_native);

/* mdg-document.c */
const char  *mdg_document_tr              (MdgDocument     *self,
                                           const char      *msgid);
char        *mdg_document_format_date     (MdgDocument     *self);

/* mdg-handout.c: the patient's pages. */
void         mdg_handout_build            (MdgDocument     *self,
                                           GPtrArray       *blocks,
                                           double           width);
Block       *mdg_handout_build_footer     (MdgDocument     *self,
                                           double           width,
                                           guint            page_nr,
                                           guint            n_pages);
void         mdg_patient_sheet_build      (MdgDocument     *self,
                                           GPtrArray       *blocks,
                                           double           width);
Block       *mdg_patient_sheet_build_footer (MdgDocument   *self,
                                             double         width,
                                             guint          page_nr,
                                             guint          n_pages);

/* mdg-staff-sheet.c: the staff's reference sheet. */
void         mdg_staff_sheet_build        (MdgDocument     *self,
                                           GPtrArray       *blocks,
                                           double           width);
Block       *mdg_staff_sheet_build_header (MdgDocument     *self,
                                           double           width,
                                           guint            page_nr,
                                           guint            n_pages);
Block       *mdg_staff_sheet_build_column_heads (MdgDocument *self,
                                                 double       width);

G_END_DECLS
