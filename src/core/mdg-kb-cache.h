/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-kb-cache.h — the compiled cache of a knowledge-base file. No GTK.
 *
 * After a file is loaded from JSON and indexed, the model and the search index
 * are written as one GVariant to $XDG_CACHE_HOME/madoguchi/; the next load of
 * the same, unchanged file maps it instead of parsing the JSON. Any problem
 * with the cache only means the JSON is read as usual.
 */
#pragma once

#include "mdg-kb-private.h"
#include "mdg-search-private.h"

G_BEGIN_DECLS

/* Where the compiled cache of a file goes, and the index read from it: kept on the
 * MdgKb it was read with or is to be written for. */
typedef struct _MdgKbCacheInfo MdgKbCacheInfo;

/* Before @path is read: its knowledge base from the cache, or NULL. @info is
 * set to what a cache of the file needs (NULL when it is not to be cached). */
MdgKb    *mdg_kb_cache_load        (const char      *path,
                                    const char      *origin,
                                    MdgKbCacheInfo **info);
/* After @path was read from JSON into @kb: keeps @info in @kb for
 * mdg_kb_cache_save(), unless the file changed meanwhile. Takes @info. */
void      mdg_kb_cache_attach      (MdgKb           *kb,
                                    MdgKbCacheInfo  *info);
void      mdg_kb_cache_info_free   (MdgKbCacheInfo  *info);

/* For mdg_kb_open_search(): the index read with @kb, checked against it, or FALSE. */
gboolean  mdg_kb_cache_get_index   (MdgKb           *kb,
                                    guint            n_shared,
                                    MdgSearchIndex  *index);
/* Whether @kb is to be written to the cache: a file read from JSON, not yet
 * saved. The bundled knowledge base and one from data never are. */
gboolean  mdg_kb_cache_wants_save  (MdgKb           *kb);
/* After the search built @index for @kb (mdg_kb_open_search()): writes the cache, once. */
void      mdg_kb_cache_save        (MdgKb           *kb,
                                    const MdgSearchIndex *index);

/* Waits until the caches being written are written. */
void      mdg_kb_cache_wait        (void);

/* For tests and the benchmark. */
gboolean  mdg_kb_is_from_cache     (MdgKb           *kb);
/* The directory the caches go to instead of the user's cache directory;
 * NULL for that again. Call before loading. */
void      mdg_kb_cache_set_directory (const char    *directory);
/* The cache file of the knowledge base at @path. */
char     *mdg_kb_cache_get_file    (const char      *path);
/* Reads a cache file's GVariant (the file after its checksum) whatever file
 * and version of Madoguchi it is for (but of this cache format), as from
 * @path: for the fuzzer. */
MdgKb    *mdg_kb_cache_load_bytes  (GBytes          *bytes,
                                    const char      *path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MdgKbCacheInfo, mdg_kb_cache_info_free)

G_END_DECLS
