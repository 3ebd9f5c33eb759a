/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-document.c — handouts and reference sheets: the document, its
 * pagination and its pages.
 *
 * A document is built as blocks (mdg-layout.c) by its kind of sheet
 * (mdg-handout.c, mdg-staff-sheet.c), at one density after another until it
 * fits. Page headers and footers are built per page at draw time with the same
 * context; their height is measured once with the widest page numbers.
 *
 * Everything is measured on the Pango context of the cairo_t given to
 * mdg_document_paginate(), with metric hinting off and unrounded glyph
 * positions, so the print preview, the printer and the PDF export break lines
 * at the same places.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "mdg-i18n.h"
#include "mdg-document.h"
#include "mdg-layout-private.h"
#include "mdg-font-map.h"
#include "mdg-print-glyphs.h"

#define MM (72.0 / 25.4)

/* Margins: 18 mm around a portrait sheet, 15 mm around the landscape one. */
#define PORTRAIT_MARGIN (18.0 * MM)
#define LANDSCAPE_MARGIN MDG_LAYOUT_MIN_MARGIN

/* ------------------------------------------------------------------------- */
/* Densities and translations                                                */

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
const char *
mdg_document_tr (MdgDocument *self,
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

char *
mdg_document_format_date (MdgDocument *self)
{
  /* Translators: how a date is printed on handouts and sheets, as a
   * g_date_time_format() format. Use numbers (%Y, %m, %d, %-m, %-d), not month
   * names: those would come from the computer's locale, not the handout's
   * language. Japanese: "%Y年%-m月%-d日". */
  return g_date_time_format (self->date, mdg_document_tr (self, N_("%Y-%m-%d")));
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
  self->title = g_strdup_printf ("%s — %s %u", mdg_document_tr (self, N_("About your health insurance check")),
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
  self->title = g_strdup (mdg_document_tr (self, N_("If the insurance check at reception does not work")));
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
                                 mdg_document_tr (self, N_("Reference sheet for staff")));
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
    return mdg_staff_sheet_build_header (self, width, page_nr, n_pages);
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
      return mdg_handout_build_footer (self, width, page_nr, n_pages);
    case MDG_SHEET_PATIENT:
      return mdg_patient_sheet_build_footer (self, width, page_nr, n_pages);
    case MDG_SHEET_STAFF:
    default:
      return NULL;
    }
}

static double
chrome_height (Block *block)
{
  double h = block != NULL ? mdg_block_height (block) : 0;

  g_clear_pointer (&block, mdg_block_free);
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
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) mdg_block_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) mdg_page_free);

  /* Measured with the widest page numbers any real page can have. */
  self->header_height = chrome_height (build_header (self, 887, 888));
  self->footer_height = chrome_height (build_footer (self, 887, 888));
  if (self->kind == MDG_SHEET_STAFF)
    self->header_height += gap + chrome_height (mdg_staff_sheet_build_column_heads (self, width));
  /* The staff table's rows start right under its column headings. */
  self->body_top = self->margin + self->header_height +
                   (self->header_height > 0 && self->kind != MDG_SHEET_STAFF ? gap : 0);
  self->body_height = self->page_height - self->margin - (self->footer_height > 0 ? self->footer_height + gap : 0)
                      - self->body_top;

  switch (self->kind)
    {
    case MDG_SHEET_HANDOUT:
      mdg_handout_build (self, self->blocks, width / density->scale);
      break;
    case MDG_SHEET_PATIENT:
      mdg_patient_sheet_build (self, self->blocks, width / density->scale);
      break;
    case MDG_SHEET_STAFF:
      mdg_staff_sheet_build (self, self->blocks, width / density->scale);
      break;
    default:
      g_assert_not_reached ();
    }

  mdg_paginate_blocks (self->blocks, self->pages, self->body_height / density->scale);
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
  g_clear_pointer (&chrome, mdg_block_free);
  chrome = build_footer (self, 0, self->pages->len);
  n += block_unknown_glyphs (chrome);
  g_clear_pointer (&chrome, mdg_block_free);
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
      g_clear_pointer (&chrome, mdg_block_free);
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
   * face once (mdg_draw_block() adds the header's). */
  if (mdg_print_glyphs_wanted (cr))
    {
      for (guint i = 0; i < self->blocks->len; i++)
        mdg_block_add_glyphs (cr, g_ptr_array_index (self->blocks, i));
      if (footer != NULL)
        mdg_block_add_glyphs (cr, footer);
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
      mdg_draw_block (cr, chrome, x, self->margin, width);
      /* The table's column headings, on the pages that start with its rows. */
      if (self->kind == MDG_SHEET_STAFF && page->placements->len > 0 &&
          g_array_index (page->placements, Placement, 0).block->table_row)
        {
          Block *heads = mdg_staff_sheet_build_column_heads (self, width);
          mdg_draw_block (cr, heads, x, self->body_top - mdg_block_height (heads), width);
          mdg_block_free (heads);
        }
      mdg_block_free (chrome);
    }

  cairo_save (cr);
  cairo_translate (cr, x, self->body_top);
  cairo_scale (cr, self->density->scale, self->density->scale);
  for (guint i = 0; i < page->placements->len; i++)
    {
      const Placement *p = &g_array_index (page->placements, Placement, i);
      mdg_draw_fragment (cr, p, 0, p->y, width / self->density->scale);
    }
  cairo_restore (cr);

  if (footer != NULL)
    {
      mdg_draw_block (cr, footer, x, self->page_height - self->margin - mdg_block_height (footer), width);
      mdg_block_free (footer);
    }
  cairo_restore (cr);
}
