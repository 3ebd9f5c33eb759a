/* mdg-response-panel.c
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "mdg-response-panel.h"
#include "mdg-ui-util.h"

struct _MdgResponsePanel
{
  GtkBox     parent_instance;

  GtkLabel  *preface_label;
  GtkLabel  *mark_label;
  GtkLabel  *actor_label;
  GtkBox    *parts_box;
  GtkBox    *notes_box;

  MdgActor   actor;
  guint      stage;
  char      *mark;
  char      *accessible_label;
};

G_DEFINE_FINAL_TYPE (MdgResponsePanel, mdg_response_panel, GTK_TYPE_BOX)

const char *
mdg_actor_get_display_name (MdgActor actor)
{
  switch (actor)
    {
    case MDG_ACTOR_CITIZEN:
      /* Translators: who acts (国 in the document): the person as a citizen. */
      return _("Citizen");
    case MDG_ACTOR_PATIENT:
      /* Translators: who acts (患 in the document). */
      return _("Patient");
    case MDG_ACTOR_CLINIC:
      /* Translators: who acts (医 in the document): the clinic's reception window. */
      return _("Clinic");
    case MDG_N_ACTORS:
    default:
      g_return_val_if_reached ("");
    }
}

const char *
mdg_stage_get_display_name (guint stage)
{
  if (stage == 1)
    /* Translators: 1次対応 in the document. */
    return _("First response");
  if (stage == 2)
    /* Translators: 2次対応 in the document. */
    return _("Second response");
  return "";
}

static void
mdg_response_panel_set_response (MdgResponsePanel  *self,
                                 MdgKb             *kb,
                                 const MdgResponse *response,
                                 const char        *lang)
{
  const MdgActorInfo *info;
  g_autoptr(GString) spoken = g_string_new (NULL);
  const char *actor_name;

  g_assert (MDG_IS_RESPONSE_PANEL (self));

  self->actor = response->actor;
  self->stage = response->stage;

  info = mdg_kb_get_actor (kb, response->actor);
  actor_name = info != NULL ? mdg_text_get (info->name, lang) : "";
  g_free (self->mark);
  self->mark = g_strdup (info != NULL ? info->mark : "");

  gtk_widget_add_css_class (GTK_WIDGET (self), mdg_actor_get_css_class (response->actor));
  gtk_widget_add_css_class (GTK_WIDGET (self->mark_label), mdg_actor_get_css_class (response->actor));

  /* The mark and the actor's name are both written out: the colour is
   * never the only sign of who acts. */
  gtk_label_set_text (self->mark_label, self->mark);
  gtk_label_set_text (self->actor_label, actor_name);

  if (response->preface != NULL)
    {
      g_autofree char *text = mdg_ui_note_text (mdg_text_get (response->preface, lang));

      gtk_label_set_text (self->preface_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->preface_label), TRUE);
      g_string_append_printf (spoken, "%s ", text);
    }

  for (guint i = 0; response->parts != NULL && i < response->parts->len; i++)
    {
      const MdgPart *part = g_ptr_array_index (response->parts, i);
      const char *text = mdg_text_get (part->text, lang);

      if (part->condition != NULL)
        {
          g_autofree char *condition = NULL;
          GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

          /* The document writes the condition in brackets: (保険証がある場合). */
          if (g_str_has_prefix (lang, "ja"))
            condition = g_strdup_printf ("（%s）", mdg_text_get (part->condition, lang));
          else
            condition = g_strdup_printf ("%s:", mdg_text_get (part->condition, lang));

          gtk_widget_add_css_class (box, "condition-part");
          gtk_box_append (GTK_BOX (box), mdg_ui_text_label_new (condition, "condition"));
          gtk_box_append (GTK_BOX (box), mdg_ui_text_label_new (text, "response-text"));
          gtk_box_append (self->parts_box, box);
          g_string_append_printf (spoken, "%s %s ", condition, text);
        }
      else
        {
          gtk_box_append (self->parts_box, mdg_ui_text_label_new (text, "response-text"));
          g_string_append_printf (spoken, "%s ", text);
        }
    }

  for (guint i = 0; response->notes != NULL && i < response->notes->len; i++)
    {
      g_autofree char *text = mdg_ui_note_text (mdg_text_get (g_ptr_array_index (response->notes, i), lang));

      gtk_box_append (self->notes_box, mdg_ui_text_label_new (text, "note"));
      gtk_widget_set_visible (GTK_WIDGET (self->notes_box), TRUE);
      g_string_append_printf (spoken, "%s ", text);
    }

  g_strchomp (spoken->str);
  g_free (self->accessible_label);
  /* Translators: the label a screen reader gives a response panel:
   * "First response — Patient (患): 現保険者等にて問い合わせる。".
   * The first %s is the stage, the second who acts, the third the mark, the
   * fourth the text. */
  self->accessible_label = g_strdup_printf (_("%s — %s (%s): %s"),
                                            mdg_stage_get_display_name (self->stage),
                                            mdg_actor_get_display_name (self->actor),
                                            self->mark,
                                            spoken->str);
  /* A Tab stop: the panel is read whole, in the case's reading order. */
  mdg_ui_make_reading_block (GTK_WIDGET (self), self->accessible_label);
}

GtkWidget *
mdg_response_panel_new (MdgKb             *kb,
                        const MdgResponse *response,
                        const char        *lang)
{
  MdgResponsePanel *self;

  g_return_val_if_fail (MDG_IS_KB (kb), NULL);
  g_return_val_if_fail (response != NULL, NULL);

  self = g_object_new (MDG_TYPE_RESPONSE_PANEL, NULL);
  mdg_response_panel_set_response (self, kb, response, lang);

  return GTK_WIDGET (self);
}

MdgActor
mdg_response_panel_get_actor (MdgResponsePanel *self)
{
  g_return_val_if_fail (MDG_IS_RESPONSE_PANEL (self), MDG_ACTOR_CLINIC);
  return self->actor;
}

guint
mdg_response_panel_get_stage (MdgResponsePanel *self)
{
  g_return_val_if_fail (MDG_IS_RESPONSE_PANEL (self), 0);
  return self->stage;
}

const char *
mdg_response_panel_get_mark (MdgResponsePanel *self)
{
  g_return_val_if_fail (MDG_IS_RESPONSE_PANEL (self), NULL);
  return self->mark;
}

const char *
mdg_response_panel_get_accessible_label (MdgResponsePanel *self)
{
  g_return_val_if_fail (MDG_IS_RESPONSE_PANEL (self), NULL);
  return self->accessible_label;
}

static void
mdg_response_panel_finalize (GObject *object)
{
  MdgResponsePanel *self = (MdgResponsePanel *)object;

  g_clear_pointer (&self->mark, g_free);
  g_clear_pointer (&self->accessible_label, g_free);

  G_OBJECT_CLASS (mdg_response_panel_parent_class)->finalize (object);
}

static void
mdg_response_panel_class_init (MdgResponsePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = mdg_response_panel_finalize;

  /* A GtkBox in GTK 4.8 hands the focus to its children and never takes it;
   * the panel is a Tab stop read whole, as a plain widget is. */
  widget_class->focus = GTK_WIDGET_CLASS (g_type_class_peek (GTK_TYPE_WIDGET))->focus;
  widget_class->grab_focus = GTK_WIDGET_CLASS (g_type_class_peek (GTK_TYPE_WIDGET))->grab_focus;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/mdg-response-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, MdgResponsePanel, preface_label);
  gtk_widget_class_bind_template_child (widget_class, MdgResponsePanel, mark_label);
  gtk_widget_class_bind_template_child (widget_class, MdgResponsePanel, actor_label);
  gtk_widget_class_bind_template_child (widget_class, MdgResponsePanel, parts_box);
  gtk_widget_class_bind_template_child (widget_class, MdgResponsePanel, notes_box);
}

static void
mdg_response_panel_init (MdgResponsePanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
