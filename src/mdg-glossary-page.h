/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-glossary-page.h — every glossary term, with its reading, definition and source. */
#pragma once

#include <adwaita.h>

#include "mdg-kb.h"

G_BEGIN_DECLS

#define MDG_TYPE_GLOSSARY_PAGE (mdg_glossary_page_get_type ())
G_DECLARE_FINAL_TYPE (MdgGlossaryPage, mdg_glossary_page, MDG, GLOSSARY_PAGE, AdwBin)

GtkWidget *mdg_glossary_page_new    (void);
void       mdg_glossary_page_set_kb (MdgGlossaryPage *self,
                                   MdgKb           *kb,
                                   const char      *lang);

G_END_DECLS
