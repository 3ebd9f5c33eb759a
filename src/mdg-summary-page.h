/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-summary-page.h — section 2 of the document: the main actions at the reception window. */
#pragma once

#include <adwaita.h>

#include "mdg-kb.h"

G_BEGIN_DECLS

#define MDG_TYPE_SUMMARY_PAGE (mdg_summary_page_get_type ())
G_DECLARE_FINAL_TYPE (MdgSummaryPage, mdg_summary_page, MDG, SUMMARY_PAGE, AdwBin)

GtkWidget *mdg_summary_page_new    (void);
void       mdg_summary_page_set_kb (MdgSummaryPage *self,
                                  MdgKb          *kb,
                                  const char     *lang);

G_END_DECLS
