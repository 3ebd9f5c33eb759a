/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-kb-open.h — opens a knowledge base and its search through the compiled cache. No GTK.
 *
 * The layer above both the model and the search, and the only one that uses the
 * cache. Who may include whom, in src/core/:
 *   - the model (mdg-kb*.c, mdg-case.c, mdg-json-check.c, mdg-terms.c) includes
 *     neither the search nor the cache;
 *   - the search (mdg-search*.c) includes the model (mdg-kb.h), not the cache;
 *   - the cache (mdg-kb-cache*.c) includes the model's and the search's private
 *     headers (mdg-kb-private.h, mdg-search-private.h) to store both;
 *   - this layer (mdg-kb-open.c) includes the model, the search and the cache,
 *     and nothing below includes it. The UI, the command line, the tests and the
 *     fuzzers open files with it.
 *
 * Open a file with mdg_kb_open() and search it with mdg_kb_open_search(): when
 * the file is unchanged since it was last opened, both come from the cache;
 * otherwise the search builds its index and the cache is written from it, in a
 * thread. A knowledge base from anywhere else (the bundled one, data) is never
 * cached, and mdg_kb_open_search() then does what mdg_search_new() does.
 */
#pragma once

#include "mdg-kb.h"
#include "mdg-search.h"

G_BEGIN_DECLS

/* As mdg_kb_new_from_file(), through the cache: the same knowledge base, or the
 * same error. */
MdgKb     *mdg_kb_open        (const char  *path,
                               GError     **error);

/* As mdg_search_new(), through the cache: the index kept with @kb when it was
 * read from the cache, or else the one built now, which is then written to the
 * cache (once) if @kb came from mdg_kb_open(). */
MdgSearch *mdg_kb_open_search (MdgKb       *kb);

G_END_DECLS
