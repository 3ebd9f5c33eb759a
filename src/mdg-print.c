/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-print.c — the GTK side of printing.
 *
 * Everything on the page comes from mdg-document.c: begin-print paginates the
 * document on the print context's cairo_t and draw-page draws one page, so the
 * printer, the dialog's preview and the PDF export show the same pages. This
 * file only asks what to print, and remembers the print settings and page
 * setup in GSettings.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "mdg-i18n.h"
#include "mdg-print.h"
#include "mdg-ui-util.h"
#include "mdg-settings.h"

#define DOCUMENT_KEY "mdg-document"
#define MISSING_KEY  "mdg-missing-glyphs"

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                MdgDocument       *document)
{
  guint n_pages;

  /* The operation's unit is points and it uses the full sheet, so the cairo_t
   * is the PDF export's: origin at the paper's corner, the layout's own
   * margins inside. */
  n_pages = mdg_document_paginate (document,
                                   gtk_print_context_get_cairo_context (context),
                                   gtk_print_context_get_width (context),
                                   gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));

  /* A page of boxes helps nobody: the job is cancelled and “done” says why. */
  {
    char *missing = mdg_document_describe_missing_glyphs (document);

    if (missing != NULL)
      {
        g_object_set_data_full (G_OBJECT (operation), MISSING_KEY, missing, g_free);
        gtk_print_operation_cancel (operation);
      }
  }
}

const char *
mdg_print_operation_get_missing_glyphs (GtkPrintOperation *operation)
{
  g_return_val_if_fail (GTK_IS_PRINT_OPERATION (operation), NULL);

  return g_object_get_data (G_OBJECT (operation), MISSING_KEY);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              MdgDocument       *document)
{
  if (page_nr >= 0 && (guint) page_nr < mdg_document_get_n_pages (document))
    mdg_document_draw_page (document, gtk_print_context_get_cairo_context (context), page_nr);
}

static void
remember_settings_cb (GtkPrintOperation       *operation,
                      GtkPrintOperationResult  result)
{
  g_autoptr(GSettings) settings = NULL;
  GtkPrintSettings *print_settings;
  GtkPageSetup *page_setup;

  if (result != GTK_PRINT_OPERATION_RESULT_APPLY)
    return;
  settings = mdg_settings_lookup ();
  if (settings == NULL)
    return;

  print_settings = gtk_print_operation_get_print_settings (operation);
  if (print_settings != NULL)
    g_settings_set_value (settings, "print-settings", gtk_print_settings_to_gvariant (print_settings));
  /* With the page setup embedded in the dialog, the operation's default
   * page setup is the one the user chose. */
  page_setup = gtk_print_operation_get_default_page_setup (operation);
  if (page_setup != NULL)
    g_settings_set_value (settings, "page-setup", gtk_page_setup_to_gvariant (page_setup));
}

static GtkPageSetup *
page_setup_for (MdgDocument *document,
                GSettings   *settings)
{
  GtkPageSetup *page_setup = NULL;

  if (settings != NULL)
    {
      g_autoptr(GVariant) value = g_settings_get_value (settings, "page-setup");

      if (g_variant_n_children (value) > 0)
        page_setup = gtk_page_setup_new_from_gvariant (value);
    }
  if (page_setup == NULL)
    {
      g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

      page_setup = gtk_page_setup_new ();
      gtk_page_setup_set_paper_size_and_default_margins (page_setup, a4);
    }
  /* The paper is remembered; the orientation is the document's own. */
  gtk_page_setup_set_orientation (page_setup, mdg_document_is_landscape (document)
                                              ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                              : GTK_PAGE_ORIENTATION_PORTRAIT);
  return page_setup;
}

/* With @settings, the remembered print settings and paper; without, the
 * printing system's defaults and A4. */
static GtkPrintOperation *
print_operation_new (MdgDocument *document,
                     GSettings   *settings)
{
  g_autoptr(GtkPageSetup) page_setup = NULL;
  GtkPrintOperation *operation;

  operation = gtk_print_operation_new ();
  g_object_set_data_full (G_OBJECT (operation), DOCUMENT_KEY, document,
                          (GDestroyNotify) mdg_document_free);

  gtk_print_operation_set_job_name (operation, mdg_document_get_title (document));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);

  if (settings != NULL)
    {
      g_autoptr(GVariant) value = g_settings_get_value (settings, "print-settings");

      if (g_variant_n_children (value) > 0)
        {
          g_autoptr(GtkPrintSettings) print_settings = gtk_print_settings_new_from_gvariant (value);
          gtk_print_operation_set_print_settings (operation, print_settings);
        }
    }
  page_setup = page_setup_for (document, settings);
  gtk_print_operation_set_default_page_setup (operation, page_setup);

  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), document);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), document);
  return operation;
}

GtkPrintOperation *
mdg_print_operation_new (MdgDocument *document)
{
  g_autoptr(GSettings) settings = mdg_settings_lookup ();
  GtkPrintOperation *operation;

  g_return_val_if_fail (document != NULL, NULL);

  operation = print_operation_new (document, settings);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "done", G_CALLBACK (remember_settings_cb), NULL);
  return operation;
}

GtkPrintOperation *
mdg_print_operation_new_unattended (MdgDocument *document)
{
  g_autoptr(GtkPrintSettings) print_settings = NULL;
  GtkPrintOperation *operation;

  g_return_val_if_fail (document != NULL, NULL);

  operation = print_operation_new (document, NULL);
  /* Fresh settings name no printer, so the default printer is used; the
   * staff's remembered printer and paper are neither read nor overwritten. */
  print_settings = gtk_print_settings_new ();
  gtk_print_settings_set_n_copies (print_settings, 1);
  gtk_print_operation_set_print_settings (operation, print_settings);
  gtk_print_operation_set_embed_page_setup (operation, FALSE);
  gtk_print_operation_set_show_progress (operation, FALSE);
  return operation;
}

static void
show_error (GtkWindow    *parent,
            const GError *error)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Could Not Print"), error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Says how printing goes through the window's status label (a live region,
 * see mdg-window.c), if @parent has one: a screen reader reads it out. */
static void
announce (GtkWindow  *parent,
          const char *text)
{
  GtkLabel *status = parent != NULL ? g_object_get_data (G_OBJECT (parent), "mdg-status-label") : NULL;

  if (status == NULL)
    return;
  mdg_ui_announce (GTK_WIDGET (parent), status, text);
}

static void
announce_error (GtkWindow    *parent,
                const GError *error)
{
  /* Translators: read out when printing failed: "Could Not Print: <reason>". */
  g_autofree char *text = g_strdup_printf (_("%s: %s"), _("Could Not Print"), error->message);

  announce (parent, text);
}

static void
announce_begin_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   GtkWindow         *parent)
{
  /* Translators: read out when the print job starts. */
  announce (parent, _("Printing…"));
}

static void
report_error_cb (GtkPrintOperation       *operation,
                 GtkPrintOperationResult  result,
                 GtkWindow               *parent)
{
  g_autoptr(GError) error = NULL;
  const char *missing = mdg_print_operation_get_missing_glyphs (operation);

  if (missing != NULL)
    {
      error = g_error_new_literal (GTK_PRINT_ERROR, GTK_PRINT_ERROR_GENERAL, missing);
      announce_error (parent, error);
      show_error (parent, error);
      return;
    }
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    /* Translators: read out when the job has gone to the printer. */
    announce (parent, _("Sent to the printer."));
  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;
  gtk_print_operation_get_error (operation, &error);
  if (error != NULL)
    {
      announce_error (parent, error);
      show_error (parent, error);
    }
}

void
mdg_print_document (GtkWindow   *parent,
                    MdgDocument *document)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  g_return_if_fail (document != NULL);

  operation = mdg_print_operation_new (document);
  gtk_print_operation_set_allow_async (operation, TRUE);
  if (parent != NULL)
    {
      g_signal_connect_object (operation, "done", G_CALLBACK (report_error_cb), parent, 0);
      g_signal_connect_object (operation, "begin-print", G_CALLBACK (announce_begin_cb), parent, 0);
    }

  /* GTK keeps the operation alive while the dialog and the job run. */
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    {
      announce_error (parent, error);
      show_error (parent, error);
    }
}

/* ------------------------------------------------------------------------- */
/* What to print                                                             */

typedef struct {
  GtkWindow   *parent;
  MdgKb       *kb;
  MdgCase     *kase;          /* NULL for the reference sheet */
  GtkDropDown *dropdown;
} Choice;

static void
choice_free (Choice *choice)
{
  g_clear_object (&choice->parent);
  g_clear_object (&choice->kb);
  g_clear_object (&choice->kase);
  g_free (choice);
}

static guint
language_position (const char *tag)
{
  for (guint i = 0; mdg_languages[i] != NULL; i++)
    if (g_strcmp0 (mdg_languages[i], tag) == 0)
      return i;
  return 0;
}

/* The handout-language setting: the language first offered for patients. */
static guint
default_language_position (GSettings *settings)
{
  g_autofree char *tag = NULL;

  if (settings == NULL)
    return language_position ("ja");
  tag = g_settings_get_string (settings, "handout-language");
  return language_position (tag);
}

static MdgDocument *
document_with_clinic (MdgSheetKind  kind,
                      MdgKb        *kb,
                      MdgCase      *kase,
                      const char   *lang)
{
  g_autoptr(GSettings) settings = mdg_settings_lookup ();
  g_autofree MdgClinic *clinic = mdg_settings_dup_clinic (settings);

  /* The document keeps its own copies of the clinic's strings. */
  switch (kind)
    {
    case MDG_SHEET_HANDOUT:
      return mdg_document_new_handout (kb, kase, lang, clinic, NULL);
    case MDG_SHEET_PATIENT:
      return mdg_document_new_patient_sheet (kb, lang, clinic, NULL);
    case MDG_SHEET_STAFF:
    default:
      return mdg_document_new_staff_sheet (kb, lang, clinic, NULL);
    }
}

/* A dialog with a labelled drop-down; @choice is freed with the dialog. */
static AdwMessageDialog *
choice_dialog_new (Choice      *choice,
                   const char  *heading,
                   const char  *body,
                   const char  *label_text,
                   const char **items,
                   guint        selected)
{
  AdwMessageDialog *dialog;
  GtkWidget *box, *label;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (choice->parent, heading, body));

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  label = gtk_label_new_with_mnemonic (label_text);
  choice->dropdown = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (items));
  gtk_drop_down_set_selected (choice->dropdown, selected);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (choice->dropdown));
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (choice->dropdown));
  adw_message_dialog_set_extra_child (dialog, box);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "print", _("_Print…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "print", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "print");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "mdg-choice", choice, (GDestroyNotify) choice_free);

  /* Read as "言語：日本語" and "印刷…", not as GtkToggleButton and 印刷(_P)…. */
  {
    g_autofree char *name = mdg_ui_strip_mnemonic (label_text);

    mdg_ui_dropdown_a11y_init (choice->dropdown, name);
  }
  mdg_ui_a11y_tidy (GTK_WIDGET (dialog));
  return dialog;
}

static void
handout_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     Choice           *choice)
{
  guint selected = gtk_drop_down_get_selected (choice->dropdown);

  if (g_strcmp0 (response, "print") != 0 || selected == GTK_INVALID_LIST_POSITION)
    return;
  mdg_print_document (choice->parent,
                      document_with_clinic (MDG_SHEET_HANDOUT, choice->kb, choice->kase,
                                            mdg_languages[selected]));
}

void
mdg_print_handout (GtkWindow *parent,
                   MdgKb     *kb,
                   MdgCase   *kase)
{
  g_autoptr(GSettings) settings = mdg_settings_lookup ();
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  Choice *choice;

  g_return_if_fail (MDG_IS_KB (kb));
  g_return_if_fail (MDG_IS_CASE (kase));
  g_return_if_fail (kase->handout != NULL);

  /* Each language in its own words, so the patient can point at theirs. */
  for (guint i = 0; mdg_languages[i] != NULL; i++)
    g_ptr_array_add (names, (gpointer) mdg_language_get_native_name (mdg_languages[i]));
  g_ptr_array_add (names, NULL);

  choice = g_new0 (Choice, 1);
  choice->parent = parent != NULL ? g_object_ref (parent) : NULL;
  choice->kb = g_object_ref (kb);
  choice->kase = g_object_ref (kase);

  body = g_strdup_printf (_("The handout for case %u tells the patient what to do and whom to call, in the language they read."),
                          kase->number);
  dialog = choice_dialog_new (choice, _("Print Handout"), body, _("_Language"),
                              (const char **) names->pdata, default_language_position (settings));
  g_signal_connect (dialog, "response", G_CALLBACK (handout_response_cb), choice);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sheet_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   Choice           *choice)
{
  guint selected = gtk_drop_down_get_selected (choice->dropdown);
  MdgDocument *document;

  if (g_strcmp0 (response, "print") != 0 || selected == GTK_INVALID_LIST_POSITION)
    return;
  /* The first item is the staff sheet, then one patient sheet per language. */
  if (selected == 0)
    document = document_with_clinic (MDG_SHEET_STAFF, choice->kb, NULL, mdg_i18n_ui_content_language ());
  else
    document = document_with_clinic (MDG_SHEET_PATIENT, choice->kb, NULL, mdg_languages[selected - 1]);
  mdg_print_document (choice->parent, document);
}

void
mdg_print_reference_sheet (GtkWindow *parent,
                           MdgKb     *kb)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  AdwMessageDialog *dialog;
  Choice *choice;

  g_return_if_fail (MDG_IS_KB (kb));

  g_ptr_array_add (items, g_strdup (_("Staff sheet: every case")));
  for (guint i = 0; mdg_languages[i] != NULL; i++)
    /* Translators: %s is a language in its own words, e.g. "Tiếng Việt". */
    g_ptr_array_add (items, g_strdup_printf (_("Patient sheet: %s"),
                                             mdg_language_get_native_name (mdg_languages[i])));
  g_ptr_array_add (items, NULL);

  choice = g_new0 (Choice, 1);
  choice->parent = parent != NULL ? g_object_ref (parent) : NULL;
  choice->kb = g_object_ref (kb);

  dialog = choice_dialog_new (choice, _("Print Reference Sheet"),
                              _("The staff sheet lists every case for the counter; the patient sheet, for the waiting-room wall, tells patients what to do in one language."),
                              _("_Sheet"), (const char **) items->pdata, 0);
  g_signal_connect (dialog, "response", G_CALLBACK (sheet_response_cb), choice);
  gtk_window_present (GTK_WINDOW (dialog));
}
