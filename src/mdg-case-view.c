/* mdg-case-view.c
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "mdg-case-view.h"
#include "mdg-response-panel.h"
#include "mdg-ui-util.h"

struct _MdgCaseView
{
  AdwBin       parent_instance;

  GtkLabel    *overline_label;
  GtkLabel    *title_label;
  GtkBox      *origin_box;
  GtkWidget   *symptom_block;
  GtkLabel    *symptom_label;
  GtkWidget   *error_box;
  GtkLabel    *error_screen_label;
  GtkLabel    *error_message_label;
  GtkBox      *notes_box;
  GtkBox      *causes_box;
  GtkFlowBox  *legend_box;
  GtkBox      *responses_box;
  GtkWidget   *updates_section;
  GtkBox      *updates_box;
  GtkWidget   *contacts_section;
  GtkBox      *contacts_box;
  GtkExpander *terms_expander;
  GtkBox      *terms_box;
  GtkLabel    *translation_label;

  MdgCase     *kase;
};

G_DEFINE_FINAL_TYPE (MdgCaseView, mdg_case_view, ADW_TYPE_BIN)

GtkWidget *
mdg_case_view_new (void)
{
  return g_object_new (MDG_TYPE_CASE_VIEW, NULL);
}

MdgCase *
mdg_case_view_get_case (MdgCaseView *self)
{
  g_return_val_if_fail (MDG_IS_CASE_VIEW (self), NULL);
  return self->kase;
}

static void
mdg_case_view_clear (MdgCaseView *self)
{
  GtkWidget *child;

  g_assert (MDG_IS_CASE_VIEW (self));

  mdg_ui_box_remove_all (self->origin_box);
  mdg_ui_box_remove_all (self->notes_box);
  mdg_ui_box_remove_all (self->causes_box);
  mdg_ui_box_remove_all (self->responses_box);
  mdg_ui_box_remove_all (self->updates_box);
  mdg_ui_box_remove_all (self->contacts_box);
  mdg_ui_box_remove_all (self->terms_box);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->legend_box))) != NULL)
    gtk_flow_box_remove (self->legend_box, child);

  gtk_widget_set_visible (self->error_box, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->origin_box), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->notes_box), FALSE);
  gtk_widget_set_visible (self->updates_section, FALSE);
  gtk_widget_set_visible (self->contacts_section, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->terms_expander), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->translation_label), FALSE);
}

static void
mdg_case_view_add_legend (MdgCaseView *self,
                          MdgKb       *kb,
                          const char  *lang)
{
  g_assert (MDG_IS_CASE_VIEW (self));

  for (MdgActor actor = 0; actor < MDG_N_ACTORS; actor++)
    {
      const MdgActorInfo *info = mdg_kb_get_actor (kb, actor);
      GtkWidget *box;
      GtkWidget *mark;

      if (info == NULL)
        continue;

      /* Grids, not horizontal boxes, around wrapping labels here: a box
       * measures a wrapping label at its minimum height too, which lays
       * its text out again and again (mdg-case-row.ui says more). */
      box = gtk_grid_new ();
      gtk_grid_set_column_spacing (GTK_GRID (box), 6);
      gtk_widget_add_css_class (box, "legend-item");
      mark = gtk_label_new (info->mark);
      gtk_widget_set_valign (mark, GTK_ALIGN_START);
      gtk_widget_add_css_class (mark, "actor-mark");
      gtk_widget_add_css_class (mark, "small");
      gtk_widget_add_css_class (mark, mdg_actor_get_css_class (actor));
      gtk_grid_attach (GTK_GRID (box), mark, 0, 0, 1, 1);
      gtk_grid_attach (GTK_GRID (box), mdg_ui_text_label_new (mdg_text_get (info->name, lang), NULL),
                       1, 0, 1, 1);
      gtk_flow_box_append (self->legend_box, box);
      {
        /* Translators: a legend item as a screen reader reads it: "医: 医療機関等窓口". */
        g_autofree char *spoken = g_strdup_printf (_("%s: %s"), info->mark, mdg_text_get (info->name, lang));

        gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (box)),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, spoken,
                                        -1);
        g_object_set_data (G_OBJECT (gtk_widget_get_parent (box)), "mdg-a11y-named", GINT_TO_POINTER (TRUE));
      }
    }
}

static void
mdg_case_view_add_responses (MdgCaseView *self,
                             MdgKb       *kb,
                             const char  *lang)
{
  g_assert (MDG_IS_CASE_VIEW (self));

  for (guint stage = 1; stage <= 2; stage++)
    {
      gboolean has_heading = FALSE;

      for (guint i = 0; i < self->kase->responses->len; i++)
        {
          const MdgResponse *response = g_ptr_array_index (self->kase->responses, i);

          if (response->stage != stage)
            continue;

          /* A stage with no response gets neither heading nor an empty panel. */
          if (!has_heading)
            {
              GtkWidget *heading = mdg_ui_heading_new (mdg_stage_get_display_name (stage));

              gtk_widget_add_css_class (heading, "stage-heading");
              gtk_box_append (self->responses_box, heading);
              has_heading = TRUE;
            }

          gtk_box_append (self->responses_box, mdg_response_panel_new (kb, response, lang));
        }
    }
}

/* An added case says so in words, with the pages it is written from. */
static void
mdg_case_view_add_origin (MdgCaseView *self,
                          const char  *lang)
{
  MdgCase *kase = self->kase;
  g_autofree char *checked = NULL;
  GtkWidget *head;
  GtkWidget *label;

  if (kase->origin != MDG_ORIGIN_ADDED)
    return;

  head = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (head), 6);
  gtk_grid_attach (GTK_GRID (head), gtk_image_new_from_icon_name ("dialog-information-symbolic"),
                   0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (head),
                   mdg_ui_text_label_new (_("Added — not in the document"), "our-note-title"),
                   1, 0, 1, 1);
  gtk_box_append (self->origin_box, head);

  gtk_box_append (self->origin_box,
                  mdg_ui_text_label_new (_("Madoguchi wrote this case from the sources below; "
                                           "the document does not have it."), NULL));
  for (guint i = 0; i < kase->sources->len; i++)
    {
      const MdgSource *source = g_ptr_array_index (kase->sources, i);
      g_autofree char *link = mdg_ui_link_markup (source->url);
      g_autofree char *title = g_markup_escape_text (source->title, -1);
      /* Translators: a source of an added case: its title, then its web address. */
      g_autofree char *markup = g_strdup_printf (_("Source: %s %s"), title, link);

      label = mdg_ui_text_label_new (NULL, "source");
      gtk_label_set_markup (GTK_LABEL (label), markup);
      gtk_box_append (self->origin_box, label);
    }
  checked = mdg_ui_source_markup (NULL, kase->checked);
  label = mdg_ui_text_label_new (NULL, "source");
  gtk_label_set_markup (GTK_LABEL (label), checked);
  gtk_box_append (self->origin_box, label);

  if (kase->unclear->len > 0)
    {
      gtk_box_append (self->origin_box,
                      mdg_ui_text_label_new (_("What the sources leave unclear:"), "heading"));
      for (guint i = 0; i < kase->unclear->len; i++)
        {
          g_autofree char *text = mdg_ui_note_text (mdg_text_get (g_ptr_array_index (kase->unclear, i), lang));

          gtk_box_append (self->origin_box, mdg_ui_text_label_new (text, "note"));
        }
    }
  gtk_widget_set_visible (GTK_WIDGET (self->origin_box), TRUE);
}

static void
mdg_case_view_add_updates (MdgCaseView *self,
                           const char  *lang)
{
  g_assert (MDG_IS_CASE_VIEW (self));

  for (guint i = 0; self->kase->updates != NULL && i < self->kase->updates->len; i++)
    {
      const MdgUpdate *update = g_ptr_array_index (self->kase->updates, i);
      g_autofree char *title = NULL;
      GtkWidget *box;
      GtkWidget *head;
      GtkWidget *icon;
      GtkWidget *label;

      box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      gtk_widget_add_css_class (box, "our-note");

      head = gtk_grid_new ();
      gtk_grid_set_column_spacing (GTK_GRID (head), 6);
      icon = gtk_image_new_from_icon_name ("dialog-information-symbolic");
      /* The title says what the icon shows. */
      mdg_ui_a11y_set_hidden (icon, TRUE);
      gtk_grid_attach (GTK_GRID (head), icon, 0, 0, 1, 1);
      /* Translators: %s is a date, YYYY-MM-DD. The note is written by us,
       * not by the source document. */
      title = g_strdup_printf (_("Madoguchi note, effective %s — not in the source document"),
                               update->date);
      label = mdg_ui_text_label_new (title, "our-note-title");
      gtk_grid_attach (GTK_GRID (head), label, 1, 0, 1, 1);
      gtk_box_append (GTK_BOX (box), head);

      /* Two notes of one date are told apart by their titles. */
      if (update->title != NULL)
        gtk_box_append (GTK_BOX (box), mdg_ui_text_label_new (mdg_text_get (update->title, lang), "heading"));
      gtk_box_append (GTK_BOX (box), mdg_ui_text_label_new (mdg_text_get (update->text, lang), NULL));

      for (guint j = 0; update->sources != NULL && j < update->sources->len; j++)
        {
          const char *url = g_ptr_array_index (update->sources, j);
          g_autofree char *markup = mdg_ui_source_markup (url, j + 1 == update->sources->len ? update->checked : NULL);

          label = mdg_ui_text_label_new (NULL, "source");
          gtk_label_set_markup (GTK_LABEL (label), markup);
          gtk_box_append (GTK_BOX (box), label);
        }

      gtk_box_append (self->updates_box, box);
      gtk_widget_set_visible (self->updates_section, TRUE);
    }
}

static void
mdg_case_view_add_contacts (MdgCaseView *self,
                            const char  *lang)
{
  g_assert (MDG_IS_CASE_VIEW (self));

  for (guint i = 0; self->kase->contacts != NULL && i < self->kase->contacts->len; i++)
    {
      const MdgContact *contact = g_ptr_array_index (self->kase->contacts, i);
      g_autofree char *source = NULL;
      GtkWidget *box;
      GtkWidget *label;

      box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      gtk_widget_add_css_class (box, "contact");

      gtk_box_append (GTK_BOX (box), mdg_ui_text_label_new (mdg_text_get (contact->name, lang), "heading"));
      if (contact->audience != NULL)
        gtk_box_append (GTK_BOX (box), mdg_ui_text_label_new (mdg_text_get (contact->audience, lang), NULL));
      if (contact->phone != NULL)
        {
          /* Translators: %s is a phone number. */
          g_autofree char *text = g_strdup_printf (_("Phone: %s"), contact->phone);

          label = mdg_ui_text_label_new (text, "contact-phone");
          gtk_label_set_selectable (GTK_LABEL (label), TRUE);
          /* Not focusable = FALSE: a selectable label then swallows Tab in GTK 4.8. */
          gtk_widget_set_can_focus (label, FALSE);
          gtk_box_append (GTK_BOX (box), label);
        }
      if (contact->hours != NULL)
        {
          /* Translators: %s is when a help line is open. */
          g_autofree char *text = g_strdup_printf (_("Hours: %s"), mdg_text_get (contact->hours, lang));

          gtk_box_append (GTK_BOX (box), mdg_ui_text_label_new (text, NULL));
        }
      if (contact->url != NULL)
        {
          g_autofree char *markup = mdg_ui_link_markup (contact->url);

          label = mdg_ui_text_label_new (NULL, NULL);
          gtk_label_set_markup (GTK_LABEL (label), markup);
          gtk_box_append (GTK_BOX (box), label);
        }
      source = mdg_ui_source_markup (contact->source, contact->checked);
      if (source != NULL)
        {
          label = mdg_ui_text_label_new (NULL, "source");
          gtk_label_set_markup (GTK_LABEL (label), source);
          gtk_box_append (GTK_BOX (box), label);
        }

      gtk_box_append (self->contacts_box, box);
      gtk_widget_set_visible (self->contacts_section, TRUE);
    }
}

static void
mdg_case_view_add_terms (MdgCaseView *self,
                         const char  *lang)
{
  guint n;

  g_assert (MDG_IS_CASE_VIEW (self));

  n = self->kase->terms != NULL ? self->kase->terms->len : 0;
  if (n == 0)
    return;

  for (guint i = 0; i < n; i++)
    gtk_box_append (self->terms_box,
                    mdg_ui_term_widget_new (g_ptr_array_index (self->kase->terms, i), lang));

  {
    /* Translators: an expander over the glossary entries of the terms that
     * appear in the case; %u is how many. */
    g_autofree char *label = g_strdup_printf (ngettext ("Explain %u term in this case",
                                                        "Explain %u terms in this case", n), n);
    gtk_expander_set_label (self->terms_expander, label);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->terms_expander),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                    -1);
  }
  gtk_widget_set_visible (GTK_WIDGET (self->terms_expander), TRUE);
}

void
mdg_case_view_set_case (MdgCaseView *self,
                        MdgKb       *kb,
                        MdgCase     *kase,
                        const char  *lang)
{
  g_autofree char *overline = NULL;
  g_autoptr(GString) symptom = NULL;

  g_return_if_fail (MDG_IS_CASE_VIEW (self));
  g_return_if_fail (kase == NULL || MDG_IS_KB (kb));

  mdg_case_view_clear (self);
  g_set_object (&self->kase, kase);

  if (kase == NULL)
    return;

  if (kase->error_code != NULL)
    /* Translators: "Case 1 · 初回登録 · error 010" */
    overline = g_strdup_printf (_("Case %u · %s · error %s"), kase->number,
                                mdg_text_get (kase->area->name, lang), kase->error_code);
  else
    /* Translators: "Case 4 · 資格情報の閲覧" */
    overline = g_strdup_printf (_("Case %u · %s"), kase->number,
                                mdg_text_get (kase->area->name, lang));
  gtk_label_set_text (self->overline_label, overline);
  gtk_label_set_text (self->title_label, mdg_text_get (kase->title, lang));
  mdg_case_view_add_origin (self, lang);

  gtk_label_set_text (self->symptom_label, mdg_text_get (kase->symptom, lang));
  symptom = g_string_new (mdg_text_get (kase->symptom, lang));

  /* The message exactly as the screen shows it, under the screen's own
   * -----heading----- line. */
  if (kase->error_message != NULL)
    {
      if (kase->error_screen != NULL)
        {
          g_autofree char *heading = g_strdup_printf ("-----%s-----", mdg_text_get (kase->error_screen, lang));

          gtk_label_set_text (self->error_screen_label, heading);
          g_string_append_printf (symptom, " %s", mdg_text_get (kase->error_screen, lang));
        }
      gtk_widget_set_visible (GTK_WIDGET (self->error_screen_label), kase->error_screen != NULL);
      gtk_label_set_text (self->error_message_label, mdg_text_get (kase->error_message, lang));
      g_string_append_printf (symptom, " %s", mdg_text_get (kase->error_message, lang));
      gtk_widget_set_visible (self->error_box, TRUE);
    }

  for (guint i = 0; kase->notes != NULL && i < kase->notes->len; i++)
    {
      g_autofree char *text = mdg_ui_note_text (mdg_text_get (g_ptr_array_index (kase->notes, i), lang));

      gtk_box_append (self->notes_box, mdg_ui_text_label_new (text, "note"));
      gtk_widget_set_visible (GTK_WIDGET (self->notes_box), TRUE);
      g_string_append_printf (symptom, " %s", text);
    }
  {
    /* Translators: a block of a case as a screen reader reads it when Tab
     * reaches it: "Symptom: text" (発生事象：…). */
    g_autofree char *spoken = g_strdup_printf (_("%s: %s"), _("Symptom"), symptom->str);

    mdg_ui_make_reading_block (self->symptom_block, spoken);
  }

  for (guint i = 0; kase->causes != NULL && i < kase->causes->len; i++)
    {
      const char *cause = mdg_text_get (g_ptr_array_index (kase->causes, i), lang);
      g_autofree char *spoken = g_strdup_printf (_("%s: %s"), _("Causes"), cause);
      GtkWidget *row = g_object_new (GTK_TYPE_GRID,
                                     "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                                     NULL);
      GtkWidget *bullet = g_object_new (GTK_TYPE_LABEL,
                                        "label", "・",
                                        "valign", GTK_ALIGN_START,
                                        "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                        NULL);

      gtk_grid_set_column_spacing (GTK_GRID (row), 6);
      gtk_grid_attach (GTK_GRID (row), bullet, 0, 0, 1, 1);
      gtk_grid_attach (GTK_GRID (row),
                       mdg_ui_text_label_new (cause, NULL),
                       1, 0, 1, 1);
      mdg_ui_make_reading_block (row, spoken);
      gtk_box_append (self->causes_box, row);
    }

  mdg_case_view_add_legend (self, kb, lang);
  mdg_case_view_add_responses (self, kb, lang);
  mdg_case_view_add_updates (self, lang);
  mdg_case_view_add_contacts (self, lang);
  mdg_case_view_add_terms (self, lang);

  if (g_strcmp0 (lang, "ja") != 0 && mdg_kb_get_translation_note (kb) != NULL)
    {
      gtk_label_set_text (self->translation_label, mdg_text_get (mdg_kb_get_translation_note (kb), lang));
      gtk_widget_set_visible (GTK_WIDGET (self->translation_label), TRUE);
    }

  mdg_ui_a11y_tidy (GTK_WIDGET (self));
}

static void
mdg_case_view_dispose (GObject *object)
{
  MdgCaseView *self = (MdgCaseView *)object;

  g_clear_object (&self->kase);

  G_OBJECT_CLASS (mdg_case_view_parent_class)->dispose (object);
}

static void
mdg_case_view_class_init (MdgCaseViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mdg_case_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/mdg-case-view.ui");
  gtk_widget_class_bind_template_child (widget_class, MdgCaseView, overline_label);
  gtk_widget_class_bind_template_child (widget_class, MdgCaseView, title_label);
  gtk_widget_class_bind_template_child (widget_class, MdgCaseView, origin_box);
  gtk_widget_class_bind_template_child (widget_class, MdgCaseView, symptom_block);
  gtk_widget_class_bind_template_child (widget_class, MdgCaseView, symptom_label);
  gtk_widget_class_bind_template_child (widget_class, MdgCaseView, error_box);
  gtk_widget_class_bind_template_child (widget_class, MdgCaseView, error_screen_label);
  gtk_widget_class_bind_template_child (widget_class, MdgCaseView, error_message_label);
  gtk_widget_class_bind_template_child (widget_class, MdgCaseView, notes_box);
  gtk_widget_class_bind_template_child (widget_class, MdgCaseView, causes_box);
  gtk_widget_class_bind_template_child (widget_class, MdgCaseView, legend_box);
  gtk_widget_class_bind_template_child (widget_class, MdgCaseView, responses_box);
  gtk_widget_class_bind_template_child (widget_class, MdgCaseView, updates_section);
  gtk_widget_class_bind_template_child (widget_class, MdgCaseView, updates_box);
  gtk_widget_class_bind_template_child (widget_class, MdgCaseView, contacts_section);
  gtk_widget_class_bind_template_child (widget_class, MdgCaseView, contacts_box);
  gtk_widget_class_bind_template_child (widget_class, MdgCaseView, terms_expander);
  gtk_widget_class_bind_template_child (widget_class, MdgCaseView, terms_box);
  gtk_widget_class_bind_template_child (widget_class, MdgCaseView, translation_label);
}

static void
mdg_case_view_init (MdgCaseView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
