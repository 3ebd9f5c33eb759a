/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-language.h — the languages Madoguchi speaks to patients, in one table.
 *
 * Adding a language is one row in mdg-language.c, one po/ file (and its line
 * in po/LINGUAS) and one choice in the GSettings schema; the `language` test
 * checks that the three agree.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *tag;          /* the knowledge base's BCP 47 tag: "zh-Hans" */
  const char *locale;       /* gettext's catalogue name: "zh_CN" ("en" has none: the msgids) */
  const char *pango;        /* the language Pango and fontconfig know it by: "zh-cn" */
  const char *native_name;  /* in its own words, for lists and paper: "简体中文" */
  const char *short_name;   /* for a kiosk button, where the native name is long: "中文" */
  const char *families;     /* the Pango family list a document sets it in */
  double      line_height;  /* in ems, where the font's own is far too loose; or 0 */
  double      size;         /* relative text size on paper */
} MdgLanguage;

/* The tags, NULL-terminated, in display order ("ja" first: the document's own words). */
extern const char * const mdg_languages[];

guint              mdg_language_count          (void);
/* The @i-th language in display order, or NULL past the end. */
const MdgLanguage *mdg_language_nth            (guint       i);
/* The language of @tag, or NULL when Madoguchi does not speak it. */
const MdgLanguage *mdg_language_lookup         (const char *tag);
gboolean           mdg_language_is_known       (const char *tag);

/* A language's name in its own words ("Tiếng Việt"), for menus; @tag itself
 * when unknown. */
const char        *mdg_language_get_native_name (const char *tag);
/* The font families a language's text is set in; English's when unknown. */
const char        *mdg_language_get_font_family (const char *tag);

G_END_DECLS
