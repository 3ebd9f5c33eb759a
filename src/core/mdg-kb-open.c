/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-kb-open.c — opens a knowledge base and its search through the compiled cache. No GTK. */

#include "mdg-kb-open.h"
#include "mdg-kb-cache.h"

MdgKb *
mdg_kb_open (const char  *path,
             GError     **error)
{
  g_autoptr(MdgKbCacheInfo) cache = NULL;
  g_autofree char *origin = NULL;
  MdgKb *kb;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  origin = mdg_kb_display_origin (path);
  if ((kb = mdg_kb_cache_load (path, origin, &cache)) != NULL)
    return kb;

  kb = mdg_kb_new_from_file (path, error);
  if (kb != NULL && cache != NULL)
    mdg_kb_cache_attach (kb, g_steal_pointer (&cache));

  return kb;
}

MdgSearch *
mdg_kb_open_search (MdgKb *kb)
{
  MdgSearchIndex index;
  MdgSearch *search;

  g_return_val_if_fail (MDG_IS_KB (kb), NULL);

  if (mdg_kb_cache_get_index (kb, mdg_search_count_shared (kb), &index))
    return mdg_search_new_from_index (kb, &index);

  search = mdg_search_new (kb);
  /* Exporting copies the whole index: only for a knowledge base the cache wants. */
  if (mdg_kb_cache_wants_save (kb))
    mdg_search_export_index (search, mdg_kb_cache_save);

  return search;
}
