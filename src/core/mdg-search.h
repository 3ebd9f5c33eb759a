/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-search.h — ranked search over the knowledge base. No GTK. */
#pragma once

#include "mdg-kb.h"

G_BEGIN_DECLS

typedef struct _MdgSearch MdgSearch;

typedef enum {
  MDG_FIELD_CODE = 1 << 0,
  MDG_FIELD_SYMPTOM = 1 << 1,   /* title, symptom, error message */
  MDG_FIELD_CAUSE = 1 << 2,
  MDG_FIELD_RESPONSE = 1 << 3,
  MDG_FIELD_NOTE = 1 << 4,      /* notes, update notes, glossary terms, area */
  MDG_FIELD_HANDOUT = 1 << 5,   /* the patient handout */
} MdgField;

typedef struct {
  MdgCase  *kase;
  int       score;    /* higher is better */
  MdgField  fields;   /* where it matched */
  gboolean  related;  /* only possibly related: matched only in notes, glossary
                       * terms or update notes, or beside the case whose error
                       * code the query is */
} MdgHit;

/* Builds the index: normalises every text of every case once. It never uses the
 * compiled cache: mdg_kb_open_search() (mdg-kb-open.h) does. */
MdgSearch *mdg_search_new   (MdgKb *kb);
void       mdg_search_free  (MdgSearch *self);
MdgKb     *mdg_search_get_kb (MdgSearch *self);

/* The cases matching @query, best first (ties by case number): a GArray of
 * MdgHit. The direct matches come first, then the related ones (see MdgHit).
 * An empty or blank query returns every case in number order. */
GArray    *mdg_search_query (MdgSearch *self, const char *query);

/* Pango markup of @text (escaped) with the parts that match @query in bold.
 * Safe for any text: <, & and quotes show literally. */
char      *mdg_search_highlight (MdgSearch *self, const char *text, const char *query);

/* Up to @max glossary terms or synonyms closest to @query, for the
 * no-results page: a NULL-terminated array, free with g_strfreev(). */
char     **mdg_search_suggest (MdgSearch *self, const char *query, guint max);
/* The same, only words of a window in @lang: its language and the one its
 * texts fall back to (Japanese for ja-x-easy, English for the others), so
 * that a Japanese window does not suggest “hotline”. NULL: any language. */
char     **mdg_search_suggest_in (MdgSearch *self, const char *query, const char *lang,
                                  guint max);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MdgSearch, mdg_search_free)

G_END_DECLS
