/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-export.h — handouts and reference sheets as PDF files, with no display.
 *
 * The PDF is written to a temporary file beside @path and renamed over it only
 * when complete, so a failed export never leaves a partial file behind.
 */
#pragma once

#include "mdg-kb.h"
#include "mdg-document.h"

G_BEGIN_DECLS

#define MDG_EXPORT_ERROR (mdg_export_error_quark ())

typedef enum {
  MDG_EXPORT_ERROR_NO_CASE,       /* no case with that number */
  MDG_EXPORT_ERROR_NO_HANDOUT,    /* the case gives the patient nothing to do */
  MDG_EXPORT_ERROR_LANGUAGE,      /* not one of the known language tags */
  MDG_EXPORT_ERROR_WRITE,         /* the file could not be written */
  MDG_EXPORT_ERROR_FONT,          /* no installed font has some character */
} MdgExportError;

GQuark   mdg_export_error_quark   (void);

/* Writes every page of @doc to @path. */
gboolean mdg_export_document      (MdgDocument     *doc,
                                   const char      *path,
                                   GError         **error);

/* @date NULL means today; @clinic NULL means lines to fill in by hand. */
gboolean mdg_export_handout       (MdgKb           *kb,
                                   guint            number,
                                   const char      *lang,
                                   const MdgClinic *clinic,
                                   GDateTime       *date,
                                   const char      *path,
                                   GError         **error);
gboolean mdg_export_patient_sheet (MdgKb           *kb,
                                   const char      *lang,
                                   const MdgClinic *clinic,
                                   GDateTime       *date,
                                   const char      *path,
                                   GError         **error);
/* @ui_lang: the staff's language, normally mdg_i18n_ui_content_language(). */
gboolean mdg_export_staff_sheet   (MdgKb           *kb,
                                   const char      *ui_lang,
                                   const MdgClinic *clinic,
                                   GDateTime       *date,
                                   const char      *path,
                                   GError         **error);

G_END_DECLS
