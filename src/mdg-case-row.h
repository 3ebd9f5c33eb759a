/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-case-row.h — a case in the list: number, business area, short symptom, error code. */
#pragma once

#include <gtk/gtk.h>

#include "mdg-kb.h"
#include "mdg-search.h"

G_BEGIN_DECLS

#define MDG_TYPE_CASE_ROW (mdg_case_row_get_type ())
G_DECLARE_FINAL_TYPE (MdgCaseRow, mdg_case_row, MDG, CASE_ROW, GtkListBoxRow)

GtkWidget  *mdg_case_row_new                  (MdgCase    *kase,
                                               const char *lang);
MdgCase    *mdg_case_row_get_case             (MdgCaseRow *self);
/* Highlights @query in the title (with @search; NULL or an empty query shows
 * the plain title) and says where else the case matched (@fields). */
void        mdg_case_row_set_match            (MdgCaseRow *self,
                                               MdgSearch  *search,
                                               const char *query,
                                               MdgField    fields);
const char *mdg_case_row_get_accessible_label (MdgCaseRow *self);

G_END_DECLS
