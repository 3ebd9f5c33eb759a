/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-layout.c — the page layout: blocks stacked down the page, cut into pages
 * and drawn with cairo.
 *
 * A document is built as a list of blocks stacked down the page. A block is a
 * row of columns (one column for ordinary text, several for a table row); each
 * column holds the lines of its paragraphs as separate "atoms" with their
 * position, plus decorations (bars, boxes, fill-in lines) that are not text.
 * Pagination cuts a block between lines where the page is full: each column is
 * cut at its own last good break, so a table row taller than a page continues
 * on the next one without clipping, and paragraphs avoid single orphan and
 * widow lines.
 */
#include "config.h"

#include <string.h>

#include "mdg-layout-private.h"
#include "mdg-print-glyphs.h"

#define EPS 0.01

/* Greys from 0 (black) to 1 (white). */
#define FILL_GREY      0.9    /* behind a FRAME_FILL block (the staff table's headings) */
#define CONTINUED_GREY 0.55   /* a block's continued mark, fainter than its text */

/* ------------------------------------------------------------------------- */
/* Building blocks                                                           */

static void
column_free (Column *col)
{
  g_ptr_array_unref (col->layouts);
  g_array_unref (col->atoms);
  g_array_unref (col->decos);
  g_array_unref (col->breaks);
  g_free (col);
}

void
mdg_block_free (Block *block)
{
  g_clear_object (&block->continued);
  g_ptr_array_unref (block->columns);
  g_array_unref (block->vrules);
  g_free (block);
}

void
mdg_page_free (Page *page)
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

Block *
mdg_block_new (GPtrArray *blocks,
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

Column *
mdg_block_add_column (Block  *block,
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

double
mdg_block_height (Block *block)
{
  double h = 0;

  for (guint i = 0; i < block->columns->len; i++)
    h = MAX (h, ((Column *) g_ptr_array_index (block->columns, i))->height);
  return block->pad_top + h + block->pad_bottom;
}

void
mdg_column_add_break (Column   *col,
                      double    y,
                      gboolean  good)
{
  Break b = { y, good };

  if (y <= EPS)
    return;
  g_array_append_val (col->breaks, b);
}

void
mdg_column_add_deco (Column   *col,
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
double
mdg_column_next_top (Column *col,
                     double  space_before)
{
  return col->atoms->len > 0 || col->height > 0 ? col->height + space_before : 0;
}

/* Opens a box (or a barred group) in @col: returns its top. */
double
mdg_column_open_group (Column *col,
                       double  space_before,
                       double  pad)
{
  double top = mdg_column_next_top (col, space_before);

  mdg_column_add_break (col, top, !col->glue);
  col->height = top + pad;
  col->glue = TRUE;
  return top;
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

  if (mdg_block_height (block) <= page_height + EPS)
    return mdg_block_height (block);

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
void
mdg_paginate_blocks (GPtrArray *blocks,
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
      double whole = mdg_block_height (block);

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
      mdg_draw_ruby (cr, a, x + col->x + a->x, y + a->y - from + a->baseline);
    }
}

void
mdg_draw_fragment (cairo_t         *cr,
                   const Placement *p,
                   double           x,
                   double           y,
                   double           width)
{
  Block *block = p->block;
  double lw = block->frame_width;

  if (block->frame & FRAME_FILL)
    {
      cairo_set_source_rgb (cr, FILL_GREY, FILL_GREY, FILL_GREY);
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
          cairo_set_source_rgb (cr, CONTINUED_GREY, CONTINUED_GREY, CONTINUED_GREY);
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
void
mdg_block_add_glyphs (cairo_t *cr,
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
void
mdg_draw_block (cairo_t *cr,
                Block   *block,
                double   x,
                double   y,
                double   width)
{
  guint n = block->columns->len;
  g_autofree double *from = g_new0 (double, n);
  g_autofree double *to = g_new0 (double, n);
  Placement p = { block, y, mdg_block_height (block), from, to, TRUE, TRUE };

  for (guint i = 0; i < n; i++)
    to[i] = ((Column *) g_ptr_array_index (block->columns, i))->height;
  if (mdg_print_glyphs_wanted (cr))
    mdg_block_add_glyphs (cr, block);
  mdg_draw_fragment (cr, &p, x, y, width);
}

