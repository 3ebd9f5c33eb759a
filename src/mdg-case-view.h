/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-case-view.h — one case: symptom, causes, responses by stage, notes, contacts, terms. */
#pragma once

#include <adwaita.h>

#include "mdg-kb.h"

G_BEGIN_DECLS

#define MDG_TYPE_CASE_VIEW (mdg_case_view_get_type ())
G_DECLARE_FINAL_TYPE (MdgCaseView, mdg_case_view, MDG, CASE_VIEW, AdwBin)

GtkWidget *mdg_case_view_new      (void);
/* Shows @kase of @kb in @lang; NULL clears the view. */
void       mdg_case_view_set_case (MdgCaseView *self,
                                   MdgKb       *kb,
                                   MdgCase     *kase,
                                   const char  *lang);
MdgCase   *mdg_case_view_get_case (MdgCaseView *self);

G_END_DECLS
