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

G_END_DECLS
