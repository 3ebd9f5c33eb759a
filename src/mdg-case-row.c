/* mdg-case-row.c
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "mdg-case-row.h"

struct _MdgCaseRow
{
  GtkListBoxRow  parent_instance;

  GtkLabel      *number_label;
  GtkLabel      *title_label;
  GtkLabel      *origin_label;
  GtkLabel      *found_label;
  GtkLabel      *code_label;

  MdgCase       *kase;
  char          *lang;
  char          *accessible_label;
};

G_DEFINE_FINAL_TYPE (MdgCaseRow, mdg_case_row, GTK_TYPE_LIST_BOX_ROW)

GtkWidget *
mdg_case_row_new (MdgCase    *kase,
                  const char *lang)
{
  MdgCaseRow *self;
  g_autofree char *number = NULL;
  const char *area;
  const char *title;

  g_return_val_if_fail (MDG_IS_CASE (kase), NULL);

  self = g_object_new (MDG_TYPE_CASE_ROW, NULL);
  self->kase = g_object_ref (kase);
  self->lang = g_strdup (lang);

  area = kase->area != NULL ? mdg_text_get (kase->area->name, lang) : "";
  title = mdg_text_get (kase->title, lang);

  number = g_strdup_printf ("%u", kase->number);
  gtk_label_set_text (self->number_label, number);
  gtk_label_set_text (self->title_label, title);

  /* In words, not only colour: what the document says and what we added must
   * not be taken for each other. */
  if (kase->origin == MDG_ORIGIN_ADDED)
    {
      gtk_label_set_text (self->origin_label, _("Added — not in the document"));
      gtk_widget_set_visible (GTK_WIDGET (self->origin_label), TRUE);
    }

  if (kase->error_code != NULL && strstr (title, kase->error_code) != NULL)
    {
      gtk_label_set_text (self->code_label, kase->error_code);
      gtk_widget_set_visible (GTK_WIDGET (self->code_label), TRUE);
      /* The title already says the code, 初回登録エラー（010）: once is enough. */
      /* Translators: a screen reader reads "Case 1, 初回登録, 初回登録エラー（010）". */
      self->accessible_label = g_strdup_printf (_("Case %u, %s, %s"), kase->number, area, title);
    }
  else if (kase->error_code != NULL)
    {
      gtk_label_set_text (self->code_label, kase->error_code);
      gtk_widget_set_visible (GTK_WIDGET (self->code_label), TRUE);
      /* Translators: a screen reader reads "Case 1, 初回登録, 初回登録エラー, error code 010". */
      self->accessible_label = g_strdup_printf (_("Case %u, %s, %s, error code %s"),
                                                kase->number, area, title, kase->error_code);
    }
  else
    {
      /* Translators: a screen reader reads "Case 4, 資格情報の閲覧, 資格情報が無効, no error code". */
      self->accessible_label = g_strdup_printf (_("Case %u, %s, %s, no error code"),
                                                kase->number, area, title);
    }

  if (kase->origin == MDG_ORIGIN_ADDED)
    {
      /* Translators: a case row as a screen reader reads it, then its origin:
       * "Case 104, …, no error code, Added — not in the document". */
      char *label = g_strdup_printf (_("%s, %s"), self->accessible_label,
                                     _("Added — not in the document"));

      g_free (self->accessible_label);
      self->accessible_label = label;
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->accessible_label,
                                  -1);

  return GTK_WIDGET (self);
}

MdgCase *
mdg_case_row_get_case (MdgCaseRow *self)
{
  g_return_val_if_fail (MDG_IS_CASE_ROW (self), NULL);
  return self->kase;
}

const char *
mdg_case_row_get_accessible_label (MdgCaseRow *self)
{
  g_return_val_if_fail (MDG_IS_CASE_ROW (self), NULL);
  return self->accessible_label;
}

void
mdg_case_row_set_match (MdgCaseRow *self,
                        MdgSearch  *search,
                        const char *query,
                        MdgField    fields)
{
  const char *title;
  g_autoptr(GString) found = NULL;

  g_return_if_fail (MDG_IS_CASE_ROW (self));

  title = mdg_text_get (self->kase->title, self->lang);

  if (search != NULL && query != NULL && *query != '\0')
    {
      g_autofree char *markup = mdg_search_highlight (search, title, query);

      gtk_label_set_markup (self->title_label, markup);
    }
  else
    {
      gtk_label_set_text (self->title_label, title);
      fields = 0;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->code_label), "matched");
  if (fields & MDG_FIELD_CODE)
    gtk_widget_add_css_class (GTK_WIDGET (self->code_label), "matched");

  /* When the words matched somewhere the row does not show, say where, so
   * that the row does not look like a wrong hit. */
  if ((fields & (MDG_FIELD_SYMPTOM | MDG_FIELD_CODE)) == 0 && fields != 0)
    {
      const char *where[4];
      guint n = 0;

      found = g_string_new (NULL);
      if (fields & MDG_FIELD_CAUSE)
        where[n++] = _("causes");
      if (fields & MDG_FIELD_RESPONSE)
        where[n++] = _("responses");
      if (fields & MDG_FIELD_NOTE)
        where[n++] = _("notes and terms");
      if (fields & MDG_FIELD_HANDOUT)
        where[n++] = _("the patient handout");

      for (guint i = 0; i < n; i++)
        {
          if (i > 0)
            /* Translators: separates the places a search matched. */
            g_string_append (found, _(", "));
          g_string_append (found, where[i]);
        }
    }

  if (found != NULL)
    {
      /* Translators: %s lists where a search matched, e.g. "causes, responses". */
      g_autofree char *text = g_strdup_printf (_("Found in %s"), found->str);

      gtk_label_set_text (self->found_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->found_label), found != NULL);
}

static void
mdg_case_row_finalize (GObject *object)
{
  MdgCaseRow *self = (MdgCaseRow *)object;

  g_clear_object (&self->kase);
  g_clear_pointer (&self->lang, g_free);
  g_clear_pointer (&self->accessible_label, g_free);

  G_OBJECT_CLASS (mdg_case_row_parent_class)->finalize (object);
}

static void
mdg_case_row_class_init (MdgCaseRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = mdg_case_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/mdg-case-row.ui");
  gtk_widget_class_bind_template_child (widget_class, MdgCaseRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, MdgCaseRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, MdgCaseRow, origin_label);
  gtk_widget_class_bind_template_child (widget_class, MdgCaseRow, found_label);
  gtk_widget_class_bind_template_child (widget_class, MdgCaseRow, code_label);
}

static void
mdg_case_row_init (MdgCaseRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
