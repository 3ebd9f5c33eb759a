/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-kb-open.h — opens a knowledge-base file through its compiled cache. No GTK.
 *
 * Above both the model and the search: the model (mdg-kb.h) only reads JSON, and
 * the cache (mdg-kb-cache.h) knows both the model and the search index. Open a file
 * with mdg_kb_open() and index it with mdg_search_new(): when the file is
 * unchanged since it was last opened, both come from the cache, and otherwise the
 * search writes the cache once it has built its index.
 */
#pragma once

#include "mdg-kb.h"

G_BEGIN_DECLS

/* As mdg_kb_new_from_file(), through the cache: the same knowledge base, or the
 * same error. */
MdgKb *mdg_kb_open (const char  *path,
                    GError     **error);

G_END_DECLS
