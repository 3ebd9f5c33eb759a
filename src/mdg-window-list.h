/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-window-list.h — the staff window's case list (mdg-window-list.c), for
 * mdg-window.c. */
#pragma once

#include "mdg-window-private.h"

G_BEGIN_DECLS

/* Shows @cases in the list box: those the query hit (all when it is empty)
 * in the chosen area, by rank, then area and number, under area headings. */
void            mdg_window_list_bind  (MdgWindow  *self,
                                       GListModel *cases);
/* The search, or NULL while there is no knowledge base. */
MdgSearch      *mdg_window_get_search (MdgWindow  *self);
/* The fields in which the current query hit @kase. */
MdgField        mdg_window_get_fields (MdgWindow  *self,
                                       MdgCase    *kase);

/* From mdg-window.c */
MdgApplication *mdg_window_get_app    (MdgWindow  *self);
void            mdg_window_refresh    (MdgWindow  *self);

G_END_DECLS
