/* mdg-glossary-page.c
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mdg-glossary-page.h"
#include "mdg-ui-util.h"

struct _MdgGlossaryPage
{
  AdwBin  parent_instance;

  GtkBox *terms_box;
};

G_DEFINE_FINAL_TYPE (MdgGlossaryPage, mdg_glossary_page, ADW_TYPE_BIN)

GtkWidget *
mdg_glossary_page_new (void)
{
  return g_object_new (MDG_TYPE_GLOSSARY_PAGE, NULL);
}

void
mdg_glossary_page_set_kb (MdgGlossaryPage *self,
                          MdgKb           *kb,
                          const char      *lang)
{
  GPtrArray *terms;

  g_return_if_fail (MDG_IS_GLOSSARY_PAGE (self));
  g_return_if_fail (MDG_IS_KB (kb));

  mdg_ui_box_remove_all (self->terms_box);

  terms = mdg_kb_get_glossary (kb);
  for (guint i = 0; terms != NULL && i < terms->len; i++)
    gtk_box_append (self->terms_box,
                    mdg_ui_term_widget_new (g_ptr_array_index (terms, i), lang));
}

static void
mdg_glossary_page_class_init (MdgGlossaryPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/mdg-glossary-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MdgGlossaryPage, terms_box);
}

static void
mdg_glossary_page_init (MdgGlossaryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
