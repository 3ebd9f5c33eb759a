/* mdg-summary-page.c
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "mdg-summary-page.h"
#include "mdg-ui-util.h"

struct _MdgSummaryPage
{
  AdwBin    parent_instance;

  GtkLabel *intro_label;
  GtkLabel *actor_label;
  GtkBox   *items_box;
  GtkLabel *source_label;
};

G_DEFINE_FINAL_TYPE (MdgSummaryPage, mdg_summary_page, ADW_TYPE_BIN)

GtkWidget *
mdg_summary_page_new (void)
{
  return g_object_new (MDG_TYPE_SUMMARY_PAGE, NULL);
}

void
mdg_summary_page_set_kb (MdgSummaryPage *self,
                         MdgKb          *kb,
                         const char     *lang)
{
  GPtrArray *items;
  g_autofree char *actor = NULL;
  g_autofree char *source = NULL;

  g_return_if_fail (MDG_IS_SUMMARY_PAGE (self));
  g_return_if_fail (MDG_IS_KB (kb));

  mdg_ui_box_remove_all (self->items_box);

  gtk_label_set_text (self->intro_label, mdg_text_get (mdg_kb_get_summary_intro (kb), lang));
  /* Translators: %s is who acts, e.g. 医療機関等窓口 (the clinic's reception window). */
  actor = g_strdup_printf (_("Who acts: %s"), mdg_text_get (mdg_kb_get_summary_actor (kb), lang));
  gtk_label_set_text (self->actor_label, actor);

  items = mdg_kb_get_summary_items (kb);
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *check = g_object_new (GTK_TYPE_LABEL,
                                       "label", "✓",
                                       "valign", GTK_ALIGN_START,
                                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                       NULL);

      gtk_box_append (GTK_BOX (row), check);
      gtk_box_append (GTK_BOX (row),
                      mdg_ui_text_label_new (mdg_text_get (g_ptr_array_index (items, i), lang), "response-text"));
      gtk_box_append (self->items_box, row);
    }

  /* Translators: the first %s is the document's title, the second the date of this knowledge base. */
  source = g_strdup_printf (_("From “%s”, section 2. Knowledge base of %s."),
                            mdg_text_get (mdg_kb_get_title (kb), lang),
                            mdg_kb_get_date (kb));
  gtk_label_set_text (self->source_label, source);
}

static void
mdg_summary_page_class_init (MdgSummaryPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/mdg-summary-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MdgSummaryPage, intro_label);
  gtk_widget_class_bind_template_child (widget_class, MdgSummaryPage, actor_label);
  gtk_widget_class_bind_template_child (widget_class, MdgSummaryPage, items_box);
  gtk_widget_class_bind_template_child (widget_class, MdgSummaryPage, source_label);
}

static void
mdg_summary_page_init (MdgSummaryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
