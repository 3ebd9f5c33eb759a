/* mdg-kiosk-pages.c
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the kiosk's pages show, in the patient's language: the texts and
 * their helpers, the case page, the list of cases, the areas and the
 * language buttons. The pages' fixed parts are in mdg-kiosk-window.ui.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "mdg-i18n.h"
#include "mdg-kb-open.h"
#include "mdg-kiosk-window-private.h"
#include "mdg-ruby.h"
#include "mdg-ruby-label.h"
#include "mdg-ui-util.h"

#define MAX_SEARCH_RESULTS  8

/* The translation of @msgid in the patient's language. The kiosk's strings
 * are marked NC_("kiosk", …): the context keeps them apart from the staff
 * window's same words ("Back", "Search") in the shared catalogues, where a
 * patient may need other words than the staff. */
const char *
mdg_kiosk_tr (MdgKioskWindow *self,
              const char     *msgid)
{
  g_autofree char *key = g_strconcat ("kiosk", "\004", msgid, NULL);
  const char *interned = g_intern_string (key);
  const char *translated = mdg_translate (self->language, interned);

  return translated == interned ? msgid : translated;
}

/* The words that mark a case not in the document, as the handout's footer
 * says them (no "kiosk" context: the same words on paper and on screen). */
static const char *
added_mark (MdgKioskWindow *self)
{
  return mdg_translate (self->language, "Added — not in the document");
}

static const char *
pango_language_for (const char *tag)
{
  const MdgLanguage *language = mdg_language_lookup (tag);

  return language != NULL ? language->pango : tag;
}

/* A patient's button names the language in its own, short words. */
const char *
mdg_kiosk_native_name_for (const char *tag)
{
  const MdgLanguage *language = mdg_language_lookup (tag);

  return language != NULL ? language->short_name : tag;
}

/* Sets @text on @label, tagged with its language so that Pango picks fonts
 * and line breaks for that language, not for the desk's locale. */
void
mdg_kiosk_set_label (GtkLabel   *label,
                     const char *text,
                     const char *tag)
{
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs,
                          pango_attr_language_new (pango_language_from_string (pango_language_for (tag))));
  gtk_label_set_attributes (label, attrs);
  gtk_label_set_text (label, text);
}

/* A wrapping text label in the language of @tag. */
static GtkLabel *
text_label_new (const char *text,
                const char *tag,
                const char *css_class)
{
  GtkLabel *label = GTK_LABEL (mdg_ui_text_label_new (NULL, css_class));

  mdg_kiosk_set_label (label, text, tag);
  return label;
}

void
mdg_kiosk_set_accessible_label (GtkWidget  *widget,
                                const char *text)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
}

/* A big button whose whole text wraps inside it. */
static GtkWidget *
big_button_new (const char *text,
                const char *tag,
                const char *css_class)
{
  GtkWidget *button = gtk_button_new ();
  GtkLabel *label = text_label_new (text, tag, NULL);

  gtk_button_set_child (GTK_BUTTON (button), GTK_WIDGET (label));
  gtk_widget_add_css_class (button, "kiosk-big");
  if (css_class != NULL)
    gtk_widget_add_css_class (button, css_class);
  mdg_kiosk_set_accessible_label (button, text);

  return button;
}

/* An icon that only decorates: screen readers skip it. */
static GtkWidget *
decoration_icon_new (const char *icon_name,
                     int         size)
{
  return g_object_new (GTK_TYPE_IMAGE,
                       "icon-name", icon_name,
                       "pixel-size", size,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                       NULL);
}

void
mdg_kiosk_scroll_to_top (GtkScrolledWindow *scroll)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroll);

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

/* The text a patient sees for a case: the handout's situation, in plain
 * words; a case without one (the clinic does everything) shows its title. */
static const MdgText *
case_summary_text (MdgCase *kase)
{
  if (kase->handout != NULL && kase->handout->situation != NULL)
    return kase->handout->situation;
  return kase->title;
}

static const char *
case_summary (MdgCase    *kase,
              const char *tag)
{
  return mdg_text_get (case_summary_text (kase), tag);
}

/* A knowledge-base text; in やさしい日本語, with ruby above its kanji. */
static GtkWidget *
kb_text_new (const MdgText *text,
             const char    *tag,
             const char    *css_class)
{
  const char *marked = mdg_text_get_marked (text, tag);
  GtkWidget *label;

  if (!mdg_ruby_has_markup (marked))
    return GTK_WIDGET (text_label_new (mdg_text_get (text, tag), tag, css_class));

  label = mdg_ruby_label_new (marked, pango_language_for (tag));
  gtk_widget_set_hexpand (label, TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

void
mdg_kiosk_window_show_print_status (MdgKioskWindow *self)
{
  if (self->print_status_label == NULL)
    return;

  /* Always shown, empty until there is something to say: GTK 4.8 tells
   * assistive technology nothing of a label that appears, only of one that
   * changes, and the status (a live region) must be read out. */
  mdg_kiosk_set_label (self->print_status_label,
                       self->print_status != NULL ? mdg_kiosk_tr (self, self->print_status) : "",
                       self->language);
  mdg_ui_announce (GTK_WIDGET (self), NULL,
                   self->print_status != NULL ? mdg_kiosk_tr (self, self->print_status) : "");
  mdg_kiosk_set_accessible_label (GTK_WIDGET (self->print_status_label),
                                  self->print_status != NULL ? mdg_kiosk_tr (self, self->print_status) : "");
}

static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, gtk_label_get_text (GTK_LABEL (widget)));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, text);
}

/* The case page as a reading path: each section (何があったか, あなたがすること,
 * 受付にお伝えください) becomes one block that Tab stops at and a screen
 * reader reads whole, heading first. A grid, since a GtkBox in GTK 4.8 never
 * takes the focus itself. Returns the first block. */
static GtkWidget *
mdg_kiosk_window_group_reading_path (MdgKioskWindow *self)
{
  GtkWidget *first = NULL;
  GtkWidget *block = NULL;
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->case_box));
  int row = 0;

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);
      gboolean starts = gtk_widget_has_css_class (child, "kiosk-section") ||
                        gtk_widget_has_css_class (child, "kiosk-reception");
      gboolean apart = GTK_IS_BUTTON (child) || child == GTK_WIDGET (self->print_status_label);

      if (starts)
        {
          block = gtk_grid_new ();
          gtk_grid_set_row_spacing (GTK_GRID (block), gtk_box_get_spacing (self->case_box));
          gtk_box_insert_child_after (self->case_box, block, gtk_widget_get_prev_sibling (child));
          row = 0;
          if (first == NULL)
            first = block;
        }
      else if (apart)
        block = NULL;

      if (block != NULL)
        {
          g_object_ref (child);
          gtk_box_remove (self->case_box, child);
          gtk_grid_attach (GTK_GRID (block), child, 0, row++, 1, 1);
          g_object_unref (child);
        }
      child = next;
    }

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->case_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_GRID (child))
      {
        g_autoptr(GString) text = g_string_new (NULL);

        collect_text (child, text);
        mdg_ui_make_reading_block (child, text->str);
      }

  return first;
}

/* One step of "What you do": its number, then its text. */
static GtkWidget *
step_row_new (const MdgText *step,
              guint          number,
              const char    *lang)
{
  g_autofree char *text = g_strdup_printf ("%u", number);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 20);
  GtkWidget *number_label = gtk_label_new (text);

  gtk_widget_add_css_class (box, "kiosk-step");
  gtk_widget_set_valign (number_label, GTK_ALIGN_START);
  gtk_widget_add_css_class (number_label, "kiosk-step-number");
  mdg_kiosk_set_accessible_label (number_label, text);
  gtk_box_append (GTK_BOX (box), number_label);
  gtk_box_append (GTK_BOX (box), kb_text_new (step, lang, "kiosk-body"));

  return box;
}

/* The part @id of the case page (mdg-kiosk-case-page.ui), with @msgid's
 * translation as its text when it is a label. */
static GtkWidget *
case_page_part (MdgKioskWindow *self,
                GtkBuilder     *builder,
                const char     *id,
                const char     *msgid)
{
  GtkWidget *part = GTK_WIDGET (gtk_builder_get_object (builder, id));

  if (msgid != NULL)
    mdg_kiosk_set_label (GTK_LABEL (part), mdg_kiosk_tr (self, msgid), self->language);
  return part;
}

/* Fills the case page for self->kase in the patient's language. */
void
mdg_kiosk_window_build_case (MdgKioskWindow *self)
{
  const char *lang = self->language;
  MdgCase *kase = self->kase;
  const MdgHandout *handout;
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWidget *card;
  gboolean allow_printing;

  mdg_ui_box_remove_all (self->case_box);
  self->print_status_label = NULL;
  self->case_first_block = NULL;

  if (kase == NULL)
    return;

  handout = kase->handout;
  builder = gtk_builder_new_from_resource (RESOURCE_BASE "/mdg-kiosk-case-page.ui");

  /* What happened */
  gtk_box_append (self->case_box, case_page_part (self, builder, "what_heading", NC_("kiosk", "What happened")));
  gtk_box_append (self->case_box, kb_text_new (case_summary_text (kase), lang, "kiosk-lead"));
  if (kase->origin == MDG_ORIGIN_ADDED)
    {
      GtkWidget *added = case_page_part (self, builder, "added_label", NULL);

      mdg_kiosk_set_label (GTK_LABEL (added), added_mark (self), lang);
      gtk_box_append (self->case_box, added);
    }

  /* What you do */
  if (handout != NULL && handout->steps != NULL && handout->steps->len > 0)
    {
      gtk_box_append (self->case_box, case_page_part (self, builder, "steps_heading", NC_("kiosk", "What you do")));
      for (guint i = 0; i < handout->steps->len; i++)
        gtk_box_append (self->case_box, step_row_new (g_ptr_array_index (handout->steps, i), i + 1, lang));
    }

  /* What belongs to the clinic is never explained to the patient as a task:
   * it becomes "please tell the reception", with what the reception will do. */
  card = case_page_part (self, builder, "reception_card", NULL);
  case_page_part (self, builder, "reception_heading", NC_("kiosk", "Please tell the reception"));
  if (handout != NULL && handout->clinic != NULL)
    gtk_box_append (GTK_BOX (card),
                    kb_text_new (handout->clinic, lang, "kiosk-body"));
  else
    gtk_box_append (GTK_BOX (card),
                    case_page_part (self, builder, "reception_text",
                                    NC_("kiosk", "The reception takes care of this. You do not need to do anything yourself.")));
  gtk_box_append (self->case_box, card);

  /* A printed copy */
  allow_printing = g_settings_get_boolean (self->settings, "kiosk-allow-printing");
  if (handout != NULL && allow_printing)
    {
      GtkWidget *button = case_page_part (self, builder, "print_button", NULL);

      case_page_part (self, builder, "print_label", NC_("kiosk", "Print this for me"));
      mdg_kiosk_set_accessible_label (button, mdg_kiosk_tr (self, NC_("kiosk", "Print this for me")));
      gtk_box_append (self->case_box, button);

      self->print_status_label = GTK_LABEL (case_page_part (self, builder, "print_status_label", NULL));
      gtk_box_append (self->case_box, GTK_WIDGET (self->print_status_label));
      mdg_kiosk_window_show_print_status (self);
    }
  else if (handout != NULL)
    {
      gtk_box_append (self->case_box,
                      case_page_part (self, builder, "ask_label", NC_("kiosk", "Please ask the reception for a printed copy.")));
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kiosk.print",
                                 handout != NULL && allow_printing && !self->printed);

  /* Say that the words are ours, not the source document's. */
  if (g_strcmp0 (lang, "ja") != 0)
    {
      const MdgText *note = mdg_kb_get_translation_note (self->kb);

      if (note != NULL)
        gtk_box_append (self->case_box,
                        kb_text_new (note, lang, "kiosk-small"));
    }

  self->case_first_block = mdg_kiosk_window_group_reading_path (self);
}

GPtrArray *
mdg_kiosk_window_cases_in_area (MdgKioskWindow *self,
                                const MdgArea  *area)
{
  GListModel *cases = mdg_kb_get_cases (self->kb);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (cases);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MdgCase) kase = g_list_model_get_item (cases, i);

      if (kase->area == area)
        g_ptr_array_add (found, g_steal_pointer (&kase));
    }

  return found;
}

static GPtrArray *
cases_for_query (MdgKioskWindow *self,
                 const char     *query)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) hits = NULL;

  if (self->search == NULL)
    self->search = mdg_kb_open_search (self->kb);

  hits = mdg_search_query (self->search, query);
  for (guint i = 0; hits != NULL && i < hits->len && i < MAX_SEARCH_RESULTS; i++)
    g_ptr_array_add (found, g_object_ref (g_array_index (hits, MdgHit, i).kase));

  return found;
}

/* A case in the list: its summary, then its code (or the added mark) and
 * an arrow. */
static GtkWidget *
case_button_new (MdgKioskWindow *self,
                 MdgCase        *kase)
{
  const char *lang = self->language;
  const char *summary = case_summary (kase, lang);
  GtkWidget *button;
  GtkWidget *box;
  GtkWidget *footer;
  GtkWidget *arrow;

  button = gtk_button_new ();
  gtk_widget_add_css_class (button, "kiosk-big");
  gtk_widget_add_css_class (button, "kiosk-case");
  /* The text above, the code and the arrow in a row below it: beside a
   * long paragraph in a row, GTK 4.8 asks the paragraph for its width at
   * the row's height and it runs past the screen. */
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  footer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 20);

  if (kase->error_code != NULL)
    {
      g_autofree char *code = g_strdup_printf (mdg_kiosk_tr (self, NC_("kiosk", "Code %s")), kase->error_code);
      g_autofree char *accessible = g_strdup_printf ("%s. %s", summary, code);
      GtkLabel *code_label = text_label_new (code, lang, "kiosk-code");

      gtk_widget_set_hexpand (GTK_WIDGET (code_label), FALSE);
      gtk_widget_set_valign (GTK_WIDGET (code_label), GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (footer), GTK_WIDGET (code_label));
      mdg_kiosk_set_accessible_label (button, accessible);
    }
  else if (kase->origin == MDG_ORIGIN_ADDED)
    {
      g_autofree char *accessible = g_strdup_printf ("%s. %s", summary, added_mark (self));

      mdg_kiosk_set_accessible_label (button, accessible);
    }
  else
    {
      mdg_kiosk_set_accessible_label (button, summary);
    }

  gtk_box_append (GTK_BOX (box), kb_text_new (case_summary_text (kase), lang, NULL));
  if (kase->origin == MDG_ORIGIN_ADDED)
    gtk_box_append (GTK_BOX (box), GTK_WIDGET (text_label_new (added_mark (self), lang, "kiosk-added")));
  arrow = decoration_icon_new ("go-next-symbolic", 32);
  gtk_widget_set_hexpand (arrow, TRUE);
  gtk_widget_set_halign (arrow, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (footer), arrow);
  gtk_box_append (GTK_BOX (box), footer);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "kiosk.show-case");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", kase->number);

  return button;
}

/* Fills the list page for self->area or self->query. */
void
mdg_kiosk_window_build_list (MdgKioskWindow *self)
{
  const char *lang = self->language;
  g_autoptr(GPtrArray) cases = NULL;

  mdg_ui_box_remove_all (self->case_list_box);

  if (self->area != NULL)
    {
      const MdgText *name = self->area->patient_name != NULL ? self->area->patient_name
                                                             : self->area->name;

      const char *marked = mdg_text_get_marked (name, lang);

      cases = mdg_kiosk_window_cases_in_area (self, self->area);
      mdg_kiosk_set_label (self->cases_title_label, mdg_text_get (name, lang), lang);
      if (mdg_ruby_has_markup (marked))
        {
          if (self->cases_title_ruby == NULL)
            {
              self->cases_title_ruby = mdg_ruby_label_new_with_role (NULL, pango_language_for (lang),
                                                                     GTK_ACCESSIBLE_ROLE_HEADING);
              gtk_widget_add_css_class (self->cases_title_ruby, "kiosk-title");
              gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->cases_title_label))),
                                          self->cases_title_ruby, GTK_WIDGET (self->cases_title_label));
            }
          mdg_ruby_label_set_text (MDG_RUBY_LABEL (self->cases_title_ruby), marked);
        }
    }
  else if (self->query != NULL)
    {
      g_autofree char *title = NULL;

      cases = cases_for_query (self, self->query);
      /* Translators: %s is what the patient typed into the search field. */
      title = g_strdup_printf (mdg_kiosk_tr (self, NC_("kiosk", "Results for “%s”")), self->query);
      mdg_kiosk_set_label (self->cases_title_label, title, lang);
    }
  else
    {
      mdg_kiosk_set_label (self->cases_title_label, "", lang);
      mdg_kiosk_set_label (self->cases_hint_label, "", lang);
    }
  if (self->cases_title_ruby != NULL)
    {
      gboolean ruby = self->area != NULL &&
                      mdg_ruby_has_markup (mdg_text_get_marked (self->area->patient_name != NULL ? self->area->patient_name
                                                                                                 : self->area->name,
                                                                lang));

      gtk_widget_set_visible (self->cases_title_ruby, ruby);
      gtk_widget_set_visible (GTK_WIDGET (self->cases_title_label), !ruby);
    }
  if (cases == NULL)
    return;

  if (cases->len == 0)
    mdg_kiosk_set_label (self->cases_hint_label,
                         mdg_kiosk_tr (self, NC_("kiosk", "Nothing was found. Please ask the reception.")), lang);
  else
    mdg_kiosk_set_label (self->cases_hint_label, mdg_kiosk_tr (self, NC_("kiosk", "Touch the one that fits you.")), lang);

  for (guint i = 0; i < cases->len; i++)
    gtk_box_append (self->case_list_box, case_button_new (self, g_ptr_array_index (cases, i)));
}

/* An area of the start page, in short lines. */
static GtkWidget *
area_button_new (MdgKioskWindow *self,
                 const MdgArea  *area)
{
  const MdgText *name = area->patient_name != NULL ? area->patient_name : area->name;
  GtkWidget *button = big_button_new (mdg_text_get (name, self->language),
                                      self->language, "kiosk-area");
  GtkWidget *child = kb_text_new (name, self->language, NULL);

  gtk_button_set_child (GTK_BUTTON (button), child);
  /* Short lines: four buttons in a row where the screen is wide enough. */
  if (GTK_IS_LABEL (child))
    gtk_label_set_max_width_chars (GTK_LABEL (child), 8);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "kiosk.show-area");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", area->id);
  return button;
}

void
mdg_kiosk_window_build_areas (MdgKioskWindow *self)
{
  GPtrArray *areas = mdg_kb_get_areas (self->kb);

  mdg_ui_flow_box_remove_all (self->area_flow);

  for (guint i = 0; areas != NULL && i < areas->len; i++)
    {
      GtkWidget *button = area_button_new (self, g_ptr_array_index (areas, i));

      gtk_flow_box_append (self->area_flow, button);
      /* The button inside takes the focus, not the flow box's child. */
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
    }
  mdg_ui_a11y_tidy (GTK_WIDGET (self->area_flow));
}

static GtkWidget *
language_button_new (guint i)
{
  const MdgLanguage *language = mdg_language_nth (i);
  GtkWidget *button = gtk_toggle_button_new ();
  GtkLabel *label = GTK_LABEL (gtk_label_new (NULL));

  /* Kana may break between any two letters; in "やさしい にほんご" only the
   * space may, so word joiners (U+2060) hold each word together. */
  if (g_str_equal (language->tag, "ja-x-easy"))
    mdg_kiosk_set_label (label, "や\u2060さ\u2060し\u2060い に\u2060ほ\u2060ん\u2060ご", language->tag);
  else
    mdg_kiosk_set_label (label, language->short_name, language->tag);
  gtk_label_set_wrap (label, TRUE);
  gtk_label_set_justify (label, GTK_JUSTIFY_CENTER);
  /* One line each in the landscape column; in portrait's rows of four a
   * long name takes two lines. */
  gtk_label_set_max_width_chars (label, 16);
  gtk_button_set_child (GTK_BUTTON (button), GTK_WIDGET (label));
  gtk_widget_add_css_class (button, "kiosk-language");
  mdg_kiosk_set_accessible_label (button, language->short_name);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "kiosk.language");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", language->tag);

  return button;
}

void
mdg_kiosk_window_build_languages (MdgKioskWindow *self)
{
  GtkFlowBox *flows[] = { self->language_flow, self->language_page_flow };

  for (guint f = 0; f < G_N_ELEMENTS (flows); f++)
    for (guint i = 0; i < mdg_language_count (); i++)
      {
        GtkWidget *button = language_button_new (i);

        gtk_flow_box_append (flows[f], button);
        gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
      }
}
