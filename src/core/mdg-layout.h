/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-layout.h — the one page layout: handouts and reference sheets drawn with
 * Pango and cairo on any cairo_t. No GTK here.
 *
 * The print dialog, its preview and the PDF export all go through the same two
 * calls: mdg_document_paginate() lays the document out for a page size on the
 * given cairo context's font map, and mdg_document_draw_page() draws one page.
 * Nothing is ever drawn outside the page margins; text that does not fit goes on
 * to the next page (a patient handout first tightens its spacing to stay on one
 * page, but never sets its body text below 12 pt).
 */
#pragma once

#include <cairo.h>
#include "mdg-kb.h"

G_BEGIN_DECLS

/* The clinic as printed on handouts; any field may be NULL or empty, and then
 * a blank line to fill in by hand is printed instead. */
typedef struct {
  const char *name;
  const char *phone;
  const char *note;
} MdgClinic;

typedef enum {
  MDG_SHEET_HANDOUT,        /* one case, one A4 portrait page, for the patient */
  MDG_SHEET_PATIENT,        /* every situation, one A4 portrait page, for the wall */
  MDG_SHEET_STAFF,          /* every case, A4 landscape pages, for the counter */
} MdgSheetKind;

/* A4 in PostScript points. */
#define MDG_A4_WIDTH  595.28
#define MDG_A4_HEIGHT 841.89
/* No text or rule comes closer to the paper's edge than this (15 mm). */
#define MDG_LAYOUT_MIN_MARGIN (15.0 * 72.0 / 25.4)

typedef struct _MdgDocument MdgDocument;

/* @kase must have a handout (kase->handout != NULL). @date NULL means now. */
MdgDocument  *mdg_document_new_handout       (MdgKb           *kb,
                                              MdgCase         *kase,
                                              const char      *lang,
                                              const MdgClinic *clinic,
                                              GDateTime       *date);
MdgDocument  *mdg_document_new_patient_sheet (MdgKb           *kb,
                                              const char      *lang,
                                              const MdgClinic *clinic,
                                              GDateTime       *date);
MdgDocument  *mdg_document_new_staff_sheet   (MdgKb           *kb,
                                              const char      *lang,
                                              const MdgClinic *clinic,
                                              GDateTime       *date);
void          mdg_document_free              (MdgDocument     *self);

MdgSheetKind  mdg_document_get_kind          (MdgDocument     *self);
const char   *mdg_document_get_language      (MdgDocument     *self);
/* A title for the print job or the PDF's metadata, in the document's language. */
const char   *mdg_document_get_title         (MdgDocument     *self);
/* The paper the document is made for: A4, landscape for the staff sheet. */
gboolean      mdg_document_is_landscape      (MdgDocument     *self);
void          mdg_document_get_paper_size    (MdgDocument     *self,
                                              double          *width,
                                              double          *height);

/* Lays the document out on pages of @page_width × @page_height points, with
 * fonts measured on @cr's surface (user units must be points), and returns the
 * number of pages. Call again whenever the page size or surface changes. */
guint         mdg_document_paginate          (MdgDocument     *self,
                                              cairo_t         *cr,
                                              double           page_width,
                                              double           page_height);
guint         mdg_document_get_n_pages       (MdgDocument     *self);
/* Draws page @page_nr (from 0) of the last pagination; @cr's origin is the
 * paper's top-left corner. */
void          mdg_document_draw_page         (MdgDocument     *self,
                                              cairo_t         *cr,
                                              guint            page_nr);

/* Characters of the last pagination that no installed font has (they would
 * print as boxes): 0 when the fonts each script needs are installed. */
guint         mdg_document_count_unknown_glyphs (MdgDocument  *self);
/* After a pagination, one sentence naming the script of the first character
 * no installed font has and the Debian package that provides it, or NULL
 * when every character has a glyph. */
char         *mdg_document_describe_missing_glyphs (MdgDocument *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MdgDocument, mdg_document_free)

G_END_DECLS
