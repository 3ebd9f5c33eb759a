/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-ruby-label.h — wrapped text with ruby (furigana) drawn above its kanji,
 * for やさしい日本語 (ja-x-easy) texts with the markup {base|reading}. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MDG_TYPE_RUBY_LABEL (mdg_ruby_label_get_type ())
G_DECLARE_FINAL_TYPE (MdgRubyLabel, mdg_ruby_label, MDG, RUBY_LABEL, GtkWidget)

/* @marked may carry ruby markup; text that does not parse is shown as it is. */
GtkWidget  *mdg_ruby_label_new      (const char   *marked,
                                     const char   *pango_language);
/* The same with another accessible role (a heading). */
GtkWidget  *mdg_ruby_label_new_with_role (const char        *marked,
                                          const char        *pango_language,
                                          GtkAccessibleRole  role);
void        mdg_ruby_label_set_text (MdgRubyLabel *self,
                                     const char   *marked);
/* The text as read: the bases, no markup. */
const char *mdg_ruby_label_get_text (MdgRubyLabel *self);

G_END_DECLS
