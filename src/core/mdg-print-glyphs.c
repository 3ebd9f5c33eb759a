/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-print-glyphs.c — text on PDF and PostScript pages without lost glyphs.
 *
 * cairo (1.16 on Debian 12, and still upstream) subsets a CFF face by
 * following each glyph's charstring to the subroutines it calls. To skip a
 * hintmask's mask bytes it counts the stem hints, and it counts every number
 * since the last stem or moveto operator as one, the arguments of the curves
 * drawn in between included. In glyphs whose first hintmask follows a curve,
 * such as 如 in Noto Sans CJK SC, it then reads mask bytes as numbers, marks
 * the wrong subroutine and embeds the one the glyph calls as empty: the glyph
 * prints as nothing (poppler) or a box (Ghostscript), while the text layer
 * still has it. Which glyphs break depends on the others in the subset.
 *
 * So on PDF and PostScript surfaces the runs set in a CFF face are drawn
 * from a copy of the face that HarfBuzz has cut down to the glyphs the pages
 * draw, without hints: cairo then finds no hintmask to miscount, and embeds
 * the copy under the face's own name.
 */

#include "config.h"

#include "mdg-print-glyphs.h"

#ifdef MDG_HAVE_HB_SUBSET
#include <cairo-ft.h>
#include <hb.h>
#include <hb-subset.h>
#include <ft2build.h>
#include FT_FREETYPE_H

typedef struct {
  hb_face_t         *face;         /* the installed face */
  gboolean           cff;
  hb_set_t          *wanted;       /* its glyphs the pages draw */
  hb_set_t          *built;        /* the glyphs of @subset */
  hb_subset_plan_t  *plan;         /* maps the face's glyphs to @subset's */
  cairo_font_face_t *subset;
} Entry;

typedef struct {
  FT_Library library;
  FT_Face    face;
  hb_blob_t *blob;
} FtData;

static cairo_user_data_key_t cache_key;
static cairo_user_data_key_t ft_key;

static void
entry_free (Entry *e)
{
  hb_face_destroy (e->face);
  hb_set_destroy (e->wanted);
  hb_set_destroy (e->built);
  if (e->plan != NULL)
    hb_subset_plan_destroy (e->plan);
  if (e->subset != NULL)
    cairo_font_face_destroy (e->subset);
  g_free (e);
}

static void
ft_data_free (void *data)
{
  FtData *ft = data;

  if (ft->face != NULL)
    FT_Done_Face (ft->face);
  if (ft->library != NULL)
    FT_Done_FreeType (ft->library);
  hb_blob_destroy (ft->blob);
  g_free (ft);
}

/* The faces of one surface: cairo embeds each font face once per surface. */
static GHashTable *
surface_cache (cairo_t *cr)
{
  cairo_surface_t *surface = cairo_get_target (cr);
  GHashTable *cache = cairo_surface_get_user_data (surface, &cache_key);

  if (cache == NULL)
    {
      cache = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) entry_free);
      if (cairo_surface_set_user_data (surface, &cache_key, cache,
                                       (cairo_destroy_func_t) g_hash_table_unref) != CAIRO_STATUS_SUCCESS)
        {
          g_hash_table_unref (cache);
          return NULL;
        }
    }
  return cache;
}

/* The entry of @font's face when it has CFF outlines, or NULL. */
static Entry *
lookup (GHashTable *cache,
        PangoFont  *font)
{
  hb_font_t *hb_font;
  hb_face_t *face;
  Entry *e;

  if (cache == NULL || font == NULL || (hb_font = pango_font_get_hb_font (font)) == NULL)
    return NULL;
  face = hb_font_get_face (hb_font);
  e = g_hash_table_lookup (cache, face);
  if (e == NULL)
    {
      hb_blob_t *cff = hb_face_reference_table (face, HB_TAG ('C', 'F', 'F', ' '));

      e = g_new0 (Entry, 1);
      /* Held, so that no other face takes its address as a key. */
      e->face = hb_face_reference (face);
      e->cff = hb_blob_get_length (cff) > 0;
      e->wanted = hb_set_create ();
      e->built = hb_set_create ();
      hb_blob_destroy (cff);
      g_hash_table_insert (cache, face, e);
    }
  return e->cff ? e : NULL;
}

/* Whether every glyph of @run can be drawn from a subset (no hex boxes). */
static gboolean
run_is_plain (PangoGlyphItem *run)
{
  if (run->item->analysis.level % 2 != 0)
    return FALSE;
  for (int i = 0; i < run->glyphs->num_glyphs; i++)
    {
      PangoGlyph glyph = run->glyphs->glyphs[i].glyph;

      if (glyph != PANGO_GLYPH_EMPTY && (glyph & PANGO_GLYPH_UNKNOWN_FLAG) != 0)
        return FALSE;
    }
  return TRUE;
}

static void
entry_add_run (Entry          *e,
               PangoGlyphItem *run)
{
  for (int i = 0; i < run->glyphs->num_glyphs; i++)
    if (run->glyphs->glyphs[i].glyph != PANGO_GLYPH_EMPTY)
      hb_set_add (e->wanted, run->glyphs->glyphs[i].glyph);
}

static gboolean
entry_build (Entry *e)
{
  static const hb_tag_t dropped[] = {
    /* Layout and vertical tables: the glyphs are shaped already. */
    HB_TAG ('B', 'A', 'S', 'E'), HB_TAG ('G', 'D', 'E', 'F'), HB_TAG ('G', 'P', 'O', 'S'),
    HB_TAG ('G', 'S', 'U', 'B'), HB_TAG ('V', 'O', 'R', 'G'), HB_TAG ('v', 'h', 'e', 'a'),
    HB_TAG ('v', 'm', 't', 'x'), HB_TAG ('c', 'm', 'a', 'p'),
  };
  hb_subset_input_t *input;
  hb_subset_plan_t *plan;
  hb_face_t *subset;
  hb_set_t *drop;
  FtData *ft;
  const char *data;
  unsigned int length;
  cairo_font_face_t *face;

  if (e->subset != NULL && hb_set_is_subset (e->wanted, e->built))
    return TRUE;

  input = hb_subset_input_create_or_fail ();
  if (input == NULL)
    return FALSE;
  hb_set_union (hb_subset_input_glyph_set (input), e->wanted);
  hb_subset_input_set_flags (input, HB_SUBSET_FLAGS_NO_HINTING);
  drop = hb_subset_input_set (input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (guint i = 0; i < G_N_ELEMENTS (dropped); i++)
    hb_set_add (drop, dropped[i]);
  plan = hb_subset_plan_create_or_fail (e->face, input);
  hb_subset_input_destroy (input);
  if (plan == NULL)
    return FALSE;
  subset = hb_subset_plan_execute_or_fail (plan);
  if (subset == NULL)
    {
      hb_subset_plan_destroy (plan);
      return FALSE;
    }

  ft = g_new0 (FtData, 1);
  ft->blob = hb_face_reference_blob (subset);
  hb_face_destroy (subset);
  data = hb_blob_get_data (ft->blob, &length);
  if (length == 0 || FT_Init_FreeType (&ft->library) != 0 ||
      FT_New_Memory_Face (ft->library, (const FT_Byte *) data, length, 0, &ft->face) != 0)
    {
      ft_data_free (ft);
      hb_subset_plan_destroy (plan);
      return FALSE;
    }
  face = cairo_ft_font_face_create_for_ft_face (ft->face, 0);
  if (cairo_font_face_set_user_data (face, &ft_key, ft, ft_data_free) != CAIRO_STATUS_SUCCESS)
    {
      cairo_font_face_destroy (face);
      ft_data_free (ft);
      hb_subset_plan_destroy (plan);
      return FALSE;
    }

  /* A face already drawn with stays with cairo; a new one is a second font
   * in the file, which only happens when a page has glyphs not announced. */
  if (e->subset != NULL)
    cairo_font_face_destroy (e->subset);
  if (e->plan != NULL)
    hb_subset_plan_destroy (e->plan);
  e->subset = face;
  e->plan = plan;
  hb_set_clear (e->built);
  hb_set_union (e->built, e->wanted);
  return TRUE;
}

/* Draws @run from the subset at @x, @y (the baseline); FALSE when it cannot. */
static gboolean
show_run (cairo_t        *cr,
          Entry          *e,
          const char     *text,
          PangoGlyphItem *run,
          double          x,
          double          y)
{
  PangoGlyphString *glyphs = run->glyphs;
  PangoItem *item = run->item;
  cairo_scaled_font_t *font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (item->analysis.font));
  g_autofree cairo_glyph_t *cg = NULL;
  g_autofree cairo_text_cluster_t *cc = NULL;
  const hb_map_t *map;
  cairo_matrix_t font_matrix, ctm;
  cairo_font_options_t *options;
  cairo_scaled_font_t *scaled;
  int n = 0, nc = 0, start = 0;
  double gx = x;

  if (font == NULL || glyphs->num_glyphs == 0 || glyphs->log_clusters[0] != 0)
    return FALSE;
  entry_add_run (e, run);
  if (!entry_build (e))
    return FALSE;
  map = hb_subset_plan_old_to_new_glyph_mapping (e->plan);

  cg = g_new (cairo_glyph_t, glyphs->num_glyphs);
  cc = g_new (cairo_text_cluster_t, glyphs->num_glyphs);
  for (int i = 0; i < glyphs->num_glyphs; i++)
    {
      const PangoGlyphInfo *info = &glyphs->glyphs[i];
      int cluster = glyphs->log_clusters[i];

      if (i == 0 || cluster != glyphs->log_clusters[i - 1])
        {
          if (cluster < start)
            return FALSE;
          if (nc > 0)
            cc[nc - 1].num_bytes = cluster - start;
          start = cluster;
          cc[nc].num_bytes = 0;
          cc[nc].num_glyphs = 0;
          nc++;
        }
      if (info->glyph != PANGO_GLYPH_EMPTY)
        {
          hb_codepoint_t glyph = hb_map_get (map, info->glyph);

          if (glyph == HB_MAP_VALUE_INVALID)
            return FALSE;
          cg[n].index = glyph;
          cg[n].x = gx + (double) info->geometry.x_offset / PANGO_SCALE;
          cg[n].y = y + (double) info->geometry.y_offset / PANGO_SCALE;
          n++;
          cc[nc - 1].num_glyphs++;
        }
      gx += (double) info->geometry.width / PANGO_SCALE;
    }
  if (item->length < start)
    return FALSE;
  cc[nc - 1].num_bytes = item->length - start;

  cairo_scaled_font_get_font_matrix (font, &font_matrix);
  cairo_scaled_font_get_ctm (font, &ctm);
  options = cairo_font_options_create ();
  cairo_scaled_font_get_font_options (font, options);
  scaled = cairo_scaled_font_create (e->subset, &font_matrix, &ctm, options);
  cairo_font_options_destroy (options);
  cairo_save (cr);
  cairo_set_scaled_font (cr, scaled);
  cairo_show_text_glyphs (cr, text + item->offset, item->length, cg, n, cc, nc, 0);
  cairo_restore (cr);
  cairo_scaled_font_destroy (scaled);
  return TRUE;
}
#endif

gboolean
mdg_print_glyphs_wanted (cairo_t *cr)
{
#ifdef MDG_HAVE_HB_SUBSET
  cairo_surface_type_t type = cairo_surface_get_type (cairo_get_target (cr));

  return type == CAIRO_SURFACE_TYPE_PDF || type == CAIRO_SURFACE_TYPE_PS;
#else
  return FALSE;
#endif
}

void
mdg_print_glyphs_add_layout (cairo_t     *cr,
                             PangoLayout *layout)
{
#ifdef MDG_HAVE_HB_SUBSET
  GHashTable *cache;
  PangoLayoutIter *iter;

  if (!mdg_print_glyphs_wanted (cr))
    return;
  cache = surface_cache (cr);
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);
      Entry *e;

      if (run != NULL && run_is_plain (run) && (e = lookup (cache, run->item->analysis.font)) != NULL)
        entry_add_run (e, run);
    }
  while (pango_layout_iter_next_run (iter));
  pango_layout_iter_free (iter);
#endif
}

void
mdg_print_glyphs_show_line (cairo_t         *cr,
                            PangoLayoutLine *line)
{
#ifdef MDG_HAVE_HB_SUBSET
  GHashTable *cache = mdg_print_glyphs_wanted (cr) ? surface_cache (cr) : NULL;
  const char *text = pango_layout_get_text (line->layout);
  gboolean any = FALSE;
  double x, y;

  for (GSList *l = line->runs; l != NULL && cache != NULL && !any; l = l->next)
    any = lookup (cache, ((PangoGlyphItem *) l->data)->item->analysis.font) != NULL;
  if (!any)
    {
      pango_cairo_show_layout_line (cr, line);
      return;
    }

  /* Where pango_renderer_draw_layout_line() puts each run: Pango shifts
   * the baseline of runs in another font (y_offset). */
  cairo_get_current_point (cr, &x, &y);
  for (GSList *l = line->runs; l != NULL; l = l->next)
    {
      PangoGlyphItem *run = l->data;
      Entry *e = lookup (cache, run->item->analysis.font);
      double run_x = x + (double) run->start_x_offset / PANGO_SCALE;
      double run_y = y - (double) run->y_offset / PANGO_SCALE;

      if (e == NULL || !run_is_plain (run) || !show_run (cr, e, text, run, run_x, run_y))
        {
          cairo_move_to (cr, run_x, run_y);
          pango_cairo_show_glyph_item (cr, text, run);
        }
      x += (double) (run->start_x_offset + pango_glyph_string_get_width (run->glyphs) +
                     run->end_x_offset) / PANGO_SCALE;
    }
  cairo_move_to (cr, x, y);
#else
  pango_cairo_show_layout_line (cr, line);
#endif
}
