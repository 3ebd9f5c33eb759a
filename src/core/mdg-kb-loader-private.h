/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-kb-loader-private.h — the loader's state and its checked reading of values,
 * shared by mdg-kb-loader.c (the values, the entry points) and mdg-kb-records.c (the
 * format's records). Only these two include it. */
#pragma once

#include "mdg-kb-private.h"

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Validation and building, in one pass */

typedef struct {
  MdgKb       *kb;
  const char  *origin;
  GString     *path;            /* JSON path of the value being read */
  GHashTable  *areas;           /* id → MdgArea* */
  GHashTable  *contacts;        /* id → MdgContact* */
  GHashTable  *updates;         /* id → MdgUpdate* */
  GHashTable  *terms;           /* id → MdgTerm* */
  GPtrArray   *area_ids;        /* the ids in file order, for messages */
  GPtrArray   *contact_ids;
  GPtrArray   *update_ids;
  GPtrArray   *term_ids;
  GError     **error;
} Loader;

typedef enum {
  STRING_PLAIN,
  STRING_ID,
  STRING_DATE,
  STRING_URL,
  STRING_CODE,
  STRING_HIRAGANA,
} StringKind;

/* For mdg_kb_records_member(), which reads a top-level array of records with
 * @parse_one, which sets @out to the record and @id to its id, and fills @by_id
 * (id → record) and @ids (in file order). */
typedef gboolean (*ParseRecord) (Loader      *l,
                                 JsonNode    *node,
                                 gpointer    *out,
                                 const char **id);

/* Sets the error, the place being the path read so far; returns FALSE. */
gboolean    mdg_kb_fail (Loader     *l,
                         const char *format,
                         ...) G_GNUC_PRINTF (2, 3);
gboolean    mdg_kb_fail_type (Loader     *l,
                              const char *expected,
                              JsonNode   *node);
gboolean    mdg_kb_missing (Loader     *l,
                            const char *name);
char       *mdg_kb_quote_list (const char * const *items,
                               guint               n_items);
char       *mdg_kb_known_ids (GPtrArray *ids);

/* The JSON path: push returns a mark that pop goes back to. */
gsize       mdg_kb_path_push_member (Loader     *l,
                                     const char *name);
gsize       mdg_kb_path_push_index (Loader *l,
                                    guint   index);
void        mdg_kb_path_pop (Loader *l,
                             gsize   mark);

JsonObject *mdg_kb_expect_object_full (Loader             *l,
                                       JsonNode           *node,
                                       const char         *expected,
                                       const char * const *fields,
                                       const char         *member_noun);
JsonObject *mdg_kb_expect_object (Loader             *l,
                                  JsonNode           *node,
                                  const char         *expected,
                                  const char * const *fields);
JsonArray  *mdg_kb_expect_array (Loader     *l,
                                 JsonNode   *node,
                                 guint       min_length,
                                 const char *one,
                                 const char *many);
gboolean    mdg_kb_parse_string (Loader      *l,
                                 JsonNode    *node,
                                 StringKind   kind,
                                 char       **out);
gboolean    mdg_kb_parse_integer (Loader     *l,
                                  JsonNode   *node,
                                  gint64      min,
                                  gint64      max,
                                  const char *expected,
                                  gint64     *out);

gboolean    mdg_kb_text_member (Loader      *l,
                                JsonObject  *obj,
                                const char  *name,
                                gboolean     required,
                                MdgText    **out);
gboolean    mdg_kb_string_member (Loader      *l,
                                  JsonObject  *obj,
                                  const char  *name,
                                  StringKind   kind,
                                  gboolean     required,
                                  char       **out);
gboolean    mdg_kb_texts_member (Loader     *l,
                                 JsonObject *obj,
                                 const char *name,
                                 gboolean    required,
                                 guint       min_length,
                                 const char *one,
                                 const char *many,
                                 GPtrArray  *out);
gboolean    mdg_kb_strings_member (Loader     *l,
                                   JsonObject *obj,
                                   const char *name,
                                   StringKind  kind,
                                   gboolean    required,
                                   guint       min_length,
                                   const char *one,
                                   const char *many,
                                   GPtrArray  *out);
gboolean    mdg_kb_records_member (Loader      *l,
                                   JsonObject  *obj,
                                   const char  *name,
                                   gboolean     required,
                                   guint        min_length,
                                   const char  *one,
                                   const char  *many,
                                   ParseRecord  parse_one,
                                   GPtrArray   *out,
                                   GHashTable  *by_id,
                                   GPtrArray   *ids);

/* mdg-kb-records.c: the whole file, into l->kb. */
gboolean    mdg_kb_parse_root (Loader   *l,
                               JsonNode *root_node);

G_END_DECLS
