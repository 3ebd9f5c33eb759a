/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-ruby.h — the ruby markup of やさしい日本語 (ja-x-easy) texts: {base|reading}.
 * No GTK here. See docs/KNOWLEDGE-BASE.md, "Ruby in ja-x-easy texts". */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MDG_RUBY_ERROR (mdg_ruby_error_quark ())
GQuark mdg_ruby_error_quark (void);

typedef enum {
  MDG_RUBY_ERROR_MARKUP,   /* unbalanced, nested or empty braces, a stray “|” */
  MDG_RUBY_ERROR_READING,  /* a reading that is not hiragana or katakana */
  MDG_RUBY_ERROR_KANJI,    /* a kanji outside a ruby group */
} MdgRubyError;

/* One run of a marked-up text: plain text (reading NULL) or a base with its
 * reading. Both point into the parsed string and are not NUL-terminated. */
typedef struct {
  const char *base;
  gsize       base_len;
  const char *reading;       /* NULL for text outside a ruby group */
  gsize       reading_len;
} MdgRubySegment;

typedef enum {
  MDG_RUBY_PARSE_DEFAULT       = 0,
  /* Every kanji must sit inside a ruby group (the rule for ja-x-easy). */
  MDG_RUBY_PARSE_KANJI_IN_RUBY = 1 << 0,
} MdgRubyParseFlags;

/* Parses @text (NUL-terminated UTF-8) into a GArray of MdgRubySegment.
 * On error returns NULL, sets @error to one sentence, and @error_offset (if not
 * NULL) to the offset in characters from the start of @text where it was found. */
GArray   *mdg_ruby_parse       (const char        *text,
                                MdgRubyParseFlags  flags,
                                gsize             *error_offset,
                                GError           **error);

/* TRUE when @text contains any markup character ({, | or }). */
gboolean  mdg_ruby_has_markup  (const char *text);

/* The text as read: bases only (the markup never shows). @text must parse;
 * a text that does not is returned unchanged. */
char     *mdg_ruby_strip       (const char *text);

/* The text as spoken: each base replaced by its reading, for search. */
char     *mdg_ruby_reading     (const char *text);

G_END_DECLS
