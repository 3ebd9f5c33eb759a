/* fuzz-cache.c — the compiled knowledge-base cache against any bytes at all.
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The cache under ~/.cache is not to be trusted: a crash, a full disk or
 * anyone who can write there may leave any bytes. The reader must turn every
 * input into either a knowledge base or nothing (and the JSON is read); it may
 * not crash, hang, leak or read out of bounds. What it accepts is used as the
 * window would use it, with the search index from the same bytes.
 */

#include "fuzz-common.h"
#include "fuzz-touch.h"

#include "mdg-kb-cache.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_logging ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(MdgKb) kb = NULL;

  fuzz_init_logging ();

  bytes = g_bytes_new (data, size);
  kb = mdg_kb_cache_load_bytes (bytes, "fuzz.json");
  if (kb == NULL)
    return 0;

  FUZZ_CHECK (mdg_kb_is_from_cache (kb));
  touch_kb (kb);
  search_kb (kb);

  return 0;
}
