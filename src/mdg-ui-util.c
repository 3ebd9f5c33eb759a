/* mdg-ui-util.c
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
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
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   "label", text,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "xalign", 0.0f,
                                   "halign", GTK_ALIGN_FILL,
                                   "hexpand", TRUE,
                                   NULL);

  gtk_widget_add_css_class (label, "heading");
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

void
mdg_ui_flow_box_remove_all (GtkFlowBox *flow_box)
{
  GtkWidget *child;

  /* gtk_flow_box_remove_all() is GTK 4.12. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (flow_box))) != NULL)
    gtk_flow_box_remove (flow_box, child);
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

char *
mdg_ui_strip_mnemonic (const char *text)
{
  GString *out;

  if (text == NULL)
    return NULL;

  out = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p++)
    {
      /* "(_D)" after a translated label: the key, not a word. */
      if (p[0] == '(' && p[1] == '_' && p[2] != '\0' && p[3] == ')')
        {
          p += 3;
          continue;
        }
      if (p[0] == '_' && p[1] == '_')
        {
          g_string_append_c (out, '_');
          p++;
          continue;
        }
      if (p[0] == '_')
        continue;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

void
mdg_ui_a11y_set_hidden (GtkWidget *widget,
                        gboolean   hidden)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_accessible_update_state (GTK_ACCESSIBLE (widget),
                               GTK_ACCESSIBLE_STATE_HIDDEN, hidden,
                               -1);
}

static void
mdg_ui_stack_a11y_sync (GtkStack *stack)
{
  GtkWidget *visible = gtk_stack_get_visible_child (stack);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStackPage *page = gtk_stack_get_page (stack, child);
      const char *title = gtk_stack_page_get_title (page);

      mdg_ui_a11y_set_hidden (child, child != visible);
      /* Without a label GTK 4.8 names a page "GtkStackPage". */
      gtk_accessible_update_property (GTK_ACCESSIBLE (page),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, title != NULL ? title : "",
                                      -1);
    }
}

void
mdg_ui_stack_a11y_init (GtkStack *stack)
{
  g_return_if_fail (GTK_IS_STACK (stack));

  if (g_object_get_data (G_OBJECT (stack), "mdg-a11y-stack") == NULL)
    {
      g_object_set_data (G_OBJECT (stack), "mdg-a11y-stack", GINT_TO_POINTER (TRUE));
      g_signal_connect (stack, "notify::visible-child", G_CALLBACK (mdg_ui_stack_a11y_sync), NULL);
    }
  mdg_ui_stack_a11y_sync (stack);
}

/* A drop-down reads as its inner toggle button in GTK 4.8, named by its
 * type: name the toggle "<the drop-down's name>: <the value>". */
static void
mdg_ui_dropdown_a11y_sync (GtkDropDown *dropdown)
{
  GtkWidget *toggle = gtk_widget_get_first_child (GTK_WIDGET (dropdown));
  GObject *item = gtk_drop_down_get_selected_item (dropdown);
  const char *name = g_object_get_data (G_OBJECT (dropdown), "mdg-a11y-name");
  const char *value = GTK_IS_STRING_OBJECT (item) ? gtk_string_object_get_string (GTK_STRING_OBJECT (item)) : "";
  g_autofree char *label = NULL;

  if (toggle == NULL)
    return;
  if (name != NULL && *name != '\0')
    /* Translators: a drop-down as a screen reader reads it: "Business area: All business areas". */
    label = g_strdup_printf (_("%s: %s"), name, value);
  else
    label = g_strdup (value);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  if (gtk_widget_get_first_child (toggle) != NULL)
    mdg_ui_a11y_set_hidden (gtk_widget_get_first_child (toggle), TRUE);
}

void
mdg_ui_dropdown_a11y_init (GtkDropDown *dropdown,
                           const char  *name)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  g_object_set_data_full (G_OBJECT (dropdown), "mdg-a11y-name", g_strdup (name), g_free);
  if (g_object_get_data (G_OBJECT (dropdown), "mdg-a11y-synced") == NULL)
    {
      g_object_set_data (G_OBJECT (dropdown), "mdg-a11y-synced", GINT_TO_POINTER (TRUE));
      g_signal_connect (dropdown, "notify::selected", G_CALLBACK (mdg_ui_dropdown_a11y_sync), NULL);
      g_signal_connect (dropdown, "notify::model", G_CALLBACK (mdg_ui_dropdown_a11y_sync), NULL);
    }
  mdg_ui_dropdown_a11y_sync (dropdown);
}

void
mdg_ui_a11y_tidy (GtkWidget *root)
{
  /* Layout parts that GTK 4.8 would otherwise name by their type. */
  static const char * const unnamed_types[] = {
    "AdwGizmo", "AdwWindowTitle", "AdwLeaflet", "AdwClamp", "GtkBuiltinIcon", "GtkRange",
    "GtkOverlay", "GtkPopoverContent",
  };
  const char *type;

  g_return_if_fail (GTK_IS_WIDGET (root));

  type = G_OBJECT_TYPE_NAME (root);

  if (GTK_IS_SCROLLBAR (root))
    {
      mdg_ui_a11y_set_hidden (root, TRUE);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (unnamed_types); i++)
    if (strcmp (type, unnamed_types[i]) == 0)
      gtk_accessible_update_property (GTK_ACCESSIBLE (root),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, "",
                                      -1);

  /* Children of a flow box of buttons: the button takes the focus and
   * carries the name; items named where they are made stay as they are. */
  if (GTK_IS_FLOW_BOX_CHILD (root) &&
      g_object_get_data (G_OBJECT (root), "mdg-a11y-named") == NULL)
    {
      gtk_widget_set_focusable (root, FALSE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (root),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, "",
                                      -1);
    }

  /* Stacks inside GTK's own widgets (a popover menu's pages). */
  if (GTK_IS_STACK (root))
    mdg_ui_stack_a11y_init (GTK_STACK (root));

  if (GTK_IS_DROP_DOWN (root) && g_object_get_data (G_OBJECT (root), "mdg-a11y-synced") == NULL)
    mdg_ui_dropdown_a11y_init (GTK_DROP_DOWN (root), NULL);

  /* "印刷(_P)…" read with its mnemonic, and then again without. */
  if (GTK_IS_BUTTON (root) && gtk_button_get_use_underline (GTK_BUTTON (root)) &&
      gtk_button_get_label (GTK_BUTTON (root)) != NULL)
    {
      g_autofree char *plain = mdg_ui_strip_mnemonic (gtk_button_get_label (GTK_BUTTON (root)));

      gtk_accessible_update_property (GTK_ACCESSIBLE (root),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, plain,
                                      -1);
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
    }

  /* A scroll pane Tab never stops at need not say it can take the focus;
   * one that is meant to (the case's) is named where it is made. */
  if (GTK_IS_SCROLLED_WINDOW (root) &&
      g_object_get_data (G_OBJECT (root), "mdg-a11y-named") == NULL)
    gtk_widget_set_focusable (root, FALSE);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    mdg_ui_a11y_tidy (child);
}

void
mdg_ui_make_reading_block (GtkWidget  *widget,
                           const char *label)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_add_css_class (widget, "reading-block");
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

char *
mdg_ui_markup_to_text (const char *markup)
{
  char *text = NULL;

  if (markup == NULL)
    return g_strdup ("");
  if (!pango_parse_markup (markup, -1, 0, NULL, &text, NULL, NULL))
    return g_strdup (markup);
  return text;
}

static void
clear_description (gpointer data)
{
  GtkWidget *widget = data;

  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "",
                                  -1);
  g_object_unref (widget);
}

void
mdg_ui_announce (GtkWidget  *widget,
                 GtkLabel   *status,
                 const char *text)
{
  GtkRoot *root;
  GtkWidget *focus;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (text == NULL)
    text = "";

  if (status != NULL)
    {
      gtk_label_set_text (status, text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (status),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                      -1);
    }

  /* Orca 43 reads no live region in GTK 4.8, but it does read a new
   * description of the object that has the focus: the text goes there
   * until the next announcement. An entry's text part has no accessible
   * of its own; the entry speaks for it. */
  root = gtk_widget_get_root (widget);
  focus = GTK_IS_WINDOW (root) ? gtk_window_get_focus (GTK_WINDOW (root)) : NULL;
  if (focus != NULL && GTK_IS_TEXT (focus) && gtk_widget_get_parent (focus) != NULL &&
      GTK_IS_EDITABLE (gtk_widget_get_parent (focus)))
    focus = gtk_widget_get_parent (focus);

  /* The previous one first: its description goes. */
  if (root != NULL)
    g_object_set_data (G_OBJECT (root), "mdg-announce-described", NULL);
  if (focus != NULL && *text != '\0')
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (focus),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                      -1);
      g_object_set_data_full (G_OBJECT (root), "mdg-announce-described",
                              g_object_ref (focus), clear_description);
    }
}
