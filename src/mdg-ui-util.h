/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-ui-util.h — small widget helpers shared by the case view and the reference pages. */
#pragma once

#include <gtk/gtk.h>

#include "mdg-kb.h"

G_BEGIN_DECLS

/* A wrapping, left-aligned label for document text (plain text, never markup). */
GtkWidget *mdg_ui_text_label_new     (const char *text,
                                      const char *css_class);
/* A heading for a section of a page. */
GtkWidget *mdg_ui_heading_new        (const char *text);
/* Removes every child of @box. */
void       mdg_ui_box_remove_all     (GtkBox     *box);
/* Removes every child of @flow_box. */
void       mdg_ui_flow_box_remove_all (GtkFlowBox *flow_box);
/* Pango markup for a link to @url, showing the address itself. */
char      *mdg_ui_link_markup        (const char *url);
/* "Source: <link> · checked YYYY-MM-DD" as markup; either may be NULL. */
char      *mdg_ui_source_markup      (const char *url,
                                      const char *checked);
/* A glossary entry: the term, its reading and aliases, the definition, the source. */
GtkWidget *mdg_ui_term_widget_new    (const MdgTerm *term,
                                      const char    *lang);
/* "※ text", unless the text already starts with ※. */
char      *mdg_ui_note_text          (const char *text);

/* Accessibility on GTK 4.8 (issue 18). */
/* @text without its mnemonic: "閉じる(_D)" → "閉じる", "_Dismiss" → "Dismiss". */
char      *mdg_ui_strip_mnemonic     (const char *text);
/* The text of Pango @markup, for a screen reader; @markup itself if it does not parse. */
char      *mdg_ui_markup_to_text     (const char *markup);
/* Keeps a stack's hidden pages out of the accessible tree and names the
 * page shown by its title, now and whenever the page changes. */
void       mdg_ui_stack_a11y_init    (GtkStack   *stack);
/* Hides from assistive technology, or shows again. */
void       mdg_ui_a11y_set_hidden    (GtkWidget  *widget,
                                      gboolean    hidden);
/* Tidies what GTK 4.8 and libadwaita expose of their inner widgets below
 * @root: no scroll bars (the scroll pane scrolls), no type names for layout
 * parts, no unnamed focusable scroll panes. Run again on new subtrees. */
void       mdg_ui_a11y_tidy          (GtkWidget  *root);
/* Says @text to a screen reader: as the text of @status (a label with the
 * status role, a live region; may be NULL) and as the description of what
 * has the focus in @widget's window (what Orca 43 reads out). */
void       mdg_ui_announce           (GtkWidget  *widget,
                                      GtkLabel   *status,
                                      const char *text);
/* Names a drop-down's inner button "@name: <value>" (or the value), now and
 * whenever the value changes. */
void       mdg_ui_dropdown_a11y_init (GtkDropDown *dropdown,
                                      const char  *name);
/* A block of text that Tab stops at, read as @label (the whole block, in
 * reading order). */
void       mdg_ui_make_reading_block (GtkWidget  *widget,
                                      const char *label);

G_END_DECLS
