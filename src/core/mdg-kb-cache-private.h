/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-kb-cache-private.h — the cache file's format and the cache's part of an MdgKb,
 * shared by the reader (mdg-kb-cache.c) and the writer (mdg-kb-cache-write.c). */
#pragma once

#include "mdg-kb-cache.h"

G_BEGIN_DECLS

#define CACHE_MAGIC     "madoguchi-kb-cache"
/* Bump it whenever the model, the loader's rules, the normaliser or the index
 * change: a build of the same PACKAGE_VERSION would take an old cache as is. */
#define CACHE_FORMAT    4
#define INDEX_TYPE      "(uuuuayauauauaqatauatau)"
#define CACHE_TYPE      "(susayatayau" INDEX_TYPE ")"
#define CHANGE_GRACE_MS 50
/* The file is the MD5 of the GVariant, then the GVariant: an edited byte
 * anywhere falls back to the JSON. MD5 detects damage as well as SHA-256 (a
 * user who can write the file can write any checksum) and GLib computes it
 * 3.5 times as fast: SHA-256 of 10,000 cases' cache took 340 ms of every
 * start. */
#define CHECKSUM_LENGTH 16
/* A clinic's cache is well under a megabyte; 10,000 cases make about 60 MB. */
#define MAX_CACHE_SIZE  (256 * 1024 * 1024)
#define NONE            G_MAXUINT32

enum {
  ID_DEV, ID_INO, ID_SIZE, ID_MTIME, ID_MTIME_NSEC, ID_CTIME, ID_CTIME_NSEC, N_ID
};

struct _MdgKbCacheInfo {
  char     *file;         /* the cache file */
  char     *path;         /* the knowledge base's absolute path */
  guint64   identity[N_ID];
  GVariant *index;        /* read from the cache, for mdg_kb_open_search() */
  gboolean  from_cache;
  gboolean  saved;        /* written, or not to be written */
};

/* The cache's part of @kb, or NULL. */
MdgKbCacheInfo *mdg_kb_cache_get_info (MdgKb *kb);

G_END_DECLS
