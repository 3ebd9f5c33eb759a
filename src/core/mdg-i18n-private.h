/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-i18n-private.h — the .mo reader behind mdg_translate(), for tests. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _MdgCatalogue MdgCatalogue;

/* The messages of the .mo file in @data (@size bytes, taken over), or NULL
 * when it is not one. Strings that lie outside @data are left out. */
MdgCatalogue *mdg_catalogue_new    (char         *data,
                                    gsize         size);
/* The translation of @msgid, or NULL; @catalogue may be NULL. */
const char   *mdg_catalogue_lookup (MdgCatalogue *catalogue,
                                    const char   *msgid);
void          mdg_catalogue_free   (MdgCatalogue *catalogue);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MdgCatalogue, mdg_catalogue_free)

G_END_DECLS
