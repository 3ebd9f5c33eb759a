/* mdg-ui-util.c
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "mdg-ui-util.h"

GtkWidget *
mdg_ui_text_label_new (const char *text,
                       const char *css_class)
{
  GtkWidget *label;

  label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Japanese has no spaces: let Pango break between any characters. */
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_set_halign (label, GTK_ALIGN_FILL);
  /* A wrapping label asks for less than the line it could have: take it. */
  gtk_widget_set_hexpand (label, TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

GtkWidget *
mdg_ui_heading_new (const char *text)
{
  GtkWidget *label = mdg_ui_text_label_new (text, "heading");

  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 3,
                                  -1);
  return label;
}

void
mdg_ui_box_remove_all (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

char *
mdg_ui_link_markup (const char *url)
{
  /* Show %E3%83%AC… as the characters it stands for. */
  g_autofree char *shown = g_uri_unescape_string (url, NULL);

  return g_markup_printf_escaped ("<a href=\"%s\">%s</a>", url,
                                  shown != NULL && g_utf8_validate (shown, -1, NULL) ? shown : url);
}

char *
mdg_ui_source_markup (const char *url,
                      const char *checked)
{
  g_autofree char *link = NULL;
  g_autofree char *checked_text = NULL;

  if (url != NULL)
    link = mdg_ui_link_markup (url);
  if (checked != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (checked, -1);
      /* Translators: %s is a date, YYYY-MM-DD. */
      checked_text = g_strdup_printf (_("checked %s"), escaped);
    }

  if (link != NULL && checked_text != NULL)
    /* Translators: the first %s is a web address, the second "checked DATE". */
    return g_strdup_printf (_("Source: %s · %s"), link, checked_text);
  if (link != NULL)
    return g_strdup_printf (_("Source: %s"), link);
  if (checked_text != NULL)
    return g_steal_pointer (&checked_text);
  return NULL;
}

GtkWidget *
mdg_ui_term_widget_new (const MdgTerm *term,
                        const char    *lang)
{
  GtkWidget *box;
  GtkWidget *label;
  g_autoptr(GString) head = g_string_new (NULL);
  g_autofree char *escaped = NULL;
  g_autofree char *source = NULL;

  g_return_val_if_fail (term != NULL, NULL);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_add_css_class (box, "term");

  escaped = g_markup_escape_text (mdg_text_get (term->term, lang), -1);
  g_string_append_printf (head, "<b>%s</b>", escaped);
  if (term->reading != NULL)
    {
      g_autofree char *reading = g_markup_escape_text (term->reading, -1);
      g_string_append_printf (head, " （%s）", reading);
    }
  if (term->aliases != NULL && term->aliases->len > 0)
    {
      g_autoptr(GString) aliases = g_string_new (NULL);
      g_autofree char *aliases_escaped = NULL;

      for (guint i = 0; i < term->aliases->len; i++)
        {
          if (i > 0)
            g_string_append (aliases, "、");
          g_string_append (aliases, g_ptr_array_index (term->aliases, i));
        }
      aliases_escaped = g_markup_escape_text (aliases->str, -1);
      /* Translators: other names of a glossary term, e.g. "also: オン資". */
      g_string_append (head, " — ");
      g_string_append_printf (head, _("also: %s"), aliases_escaped);
    }

  label = mdg_ui_text_label_new (NULL, NULL);
  gtk_label_set_markup (GTK_LABEL (label), head->str);
  gtk_box_append (GTK_BOX (box), label);

  gtk_box_append (GTK_BOX (box),
                  mdg_ui_text_label_new (mdg_text_get (term->definition, lang), NULL));

  source = mdg_ui_source_markup (term->source, term->checked);
  if (source != NULL)
    {
      label = mdg_ui_text_label_new (NULL, "source");
      gtk_label_set_markup (GTK_LABEL (label), source);
      gtk_box_append (GTK_BOX (box), label);
    }

  return box;
}

char *
mdg_ui_note_text (const char *text)
{
  if (text == NULL)
    return g_strdup ("");
  if (g_str_has_prefix (text, "※"))
    return g_strdup (text);
  return g_strconcat ("※ ", text, NULL);
}
