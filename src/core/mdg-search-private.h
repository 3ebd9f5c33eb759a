/* mdg-search-private.h — for the search benchmark and tests. */
#pragma once

#include "mdg-search.h"

G_BEGIN_DECLS

/* The normalised text of the case at @position (all fields, all languages),
 * as the index holds it. */
const char *mdg_search_get_case_text (MdgSearch *self,
                                      guint      position,
                                      gsize     *length);

/* Forgets the results kept from earlier queries. */
void        mdg_search_clear_cache   (MdgSearch *self);

G_END_DECLS
