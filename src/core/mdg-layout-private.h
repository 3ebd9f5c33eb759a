/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-layout-private.h — for the layout tests. */
#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

/* Sets the Japanese words inside @text, the text of another language's
 * paragraph, in the Japanese face and language. @han_is_native when the
 * paragraph's own language writes hanzi (Chinese). */
void mdg_layout_mark_japanese_words (PangoAttrList *attrs,
                                     const char    *text,
                                     gboolean       han_is_native);

G_END_DECLS
