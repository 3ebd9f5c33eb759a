/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-print.h — printing from the staff window: GtkPrintOperation with the
 * system dialog and its preview, drawn by the one page layout (mdg-document.h).
 */
#pragma once

#include <gtk/gtk.h>

#include "mdg-kb.h"
#include "mdg-document.h"

G_BEGIN_DECLS

/* "Print handout…": asks for the patient's language (the handout-language
 * setting first), then opens the print dialog for @kase's handout.
 * @kase must have a handout. */
void               mdg_print_handout         (GtkWindow   *parent,
                                              MdgKb       *kb,
                                              MdgCase     *kase);

/* "Print reference sheet…": asks which sheet (the staff sheet of every case,
 * or the patient sheet in one language), then opens the print dialog. */
void               mdg_print_reference_sheet (GtkWindow   *parent,
                                              MdgKb       *kb);

/* Opens the print dialog for @document (taken over). The print settings and
 * page setup are read from, and after printing saved to, GSettings. */
void               mdg_print_document        (GtkWindow   *parent,
                                              MdgDocument *document);

/* A print operation for @document (taken over) that paginates in begin-print
 * and draws each page with mdg_document_draw_page(): A4, points, the whole
 * sheet (the layout keeps its own margins), the remembered settings. Run it
 * yourself, e.g. with GTK_PRINT_OPERATION_ACTION_EXPORT in tests. */
GtkPrintOperation *mdg_print_operation_new   (MdgDocument *document);

/* The same pages for printing with no dialog (the kiosk): the default
 * printer, A4, one copy, no progress window; nothing is read from or saved
 * to GSettings. */
GtkPrintOperation *mdg_print_operation_new_unattended (MdgDocument *document);

/* After “begin-print”: the sentence saying which script no installed font
 * has, when the job was cancelled for it; else NULL. */
const char        *mdg_print_operation_get_missing_glyphs (GtkPrintOperation *operation);

G_END_DECLS
