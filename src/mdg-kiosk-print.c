/* mdg-kiosk-print.c
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The kiosk's "Print this for me": no dialog, the printing system's default
 * printer, and only when it prints now. The page is drawn by the one layout
 * (mdg-document.h), as in the staff's print dialog and the PDF export.
 *
 * Not GtkPrintOperation with GTK_PRINT_OPERATION_ACTION_PRINT: in GTK 4.8 its
 * search for the printer unrefs the printer once too often, and the program
 * crashes as soon as a real CUPS queue answers (measured with a cups-pdf
 * queue, tests/cups-run.sh). The kiosk finds the default printer itself
 * (gtk_enumerate_printers) and sends a GtkPrintJob to it.
 */

#include "config.h"

#include <gtk/gtkunixprint.h>

#include "mdg-kiosk-print.h"
#include "mdg-document.h"
#include "mdg-settings.h"

/* With no printer at all, GTK may keep looking for one and never finish;
 * the patient is told to ask the reception instead. */
static guint give_up_ms = 20000;

typedef struct {
  guint              ref_count;
  MdgDocument       *document;
  MdgKioskPrintDone  done;
  gpointer           user_data;
  gboolean           reported;
  guint              give_up_id;
  GtkPrinter        *printer;     /* the default printer, when it takes jobs */
  gboolean           refused;     /* the default printer is stopped or rejects jobs */
} PrintJob;

static PrintJob *
print_job_ref (PrintJob *job)
{
  job->ref_count++;
  return job;
}

static void
print_job_unref (gpointer data)
{
  PrintJob *job = data;

  if (--job->ref_count > 0)
    return;
  g_clear_handle_id (&job->give_up_id, g_source_remove);
  g_clear_object (&job->printer);
  g_clear_pointer (&job->document, mdg_document_free);
  g_free (job);
}

static void
report (PrintJob     *job,
        gboolean      printed,
        const GError *error)
{
  g_clear_handle_id (&job->give_up_id, g_source_remove);
  if (job->reported)
    return;
  job->reported = TRUE;
  if (job->done != NULL)
    job->done (printed, error, job->user_data);
}

static gboolean
give_up_cb (gpointer data)
{
  PrintJob *job = data;
  g_autoptr(GError) error = NULL;

  job->give_up_id = 0;
  /* Nothing is sent after this: nothing must come out of a printer later,
   * after the patient was told to ask the reception. */
  error = g_error_new (GTK_PRINT_ERROR, GTK_PRINT_ERROR_GENERAL,
                       "No printer answered within %u s", give_up_ms / 1000);
  report (job, FALSE, error);
  return G_SOURCE_REMOVE;
}

void
mdg_kiosk_print_set_give_up_ms (guint timeout_ms)
{
  g_return_if_fail (timeout_ms > 0);
  give_up_ms = timeout_ms;
}

/* The default printer, and whether it would print now: a job sent to a
 * stopped queue would wait there and come out later, long after the patient
 * was told to ask the reception. */
static gboolean
find_default_printer_cb (GtkPrinter *printer,
                         gpointer    data)
{
  PrintJob *job = data;

  if (!gtk_printer_is_default (printer) || job->printer != NULL || job->refused)
    return FALSE;
  if (gtk_printer_is_paused (printer) || !gtk_printer_is_accepting_jobs (printer))
    job->refused = TRUE;
  else
    job->printer = g_object_ref (printer);
  return FALSE;
}

static void
job_sent_cb (GtkPrintJob  *print_job,
             gpointer      data,
             const GError *error)
{
  report (data, error == NULL, error);
}

/* Draws the document on the job's surface (PDF or PostScript, in points). */
static gboolean
draw_document (PrintJob    *job,
               GtkPrintJob *print_job,
               GError     **error)
{
  cairo_surface_t *surface = gtk_print_job_get_surface (print_job, error);
  g_autofree char *missing = NULL;
  cairo_t *cr;
  double width, height;
  guint n_pages;

  if (surface == NULL)
    return FALSE;

  mdg_document_get_paper_size (job->document, &width, &height);
  cr = cairo_create (surface);
  n_pages = mdg_document_paginate (job->document, cr, width, height);
  /* A page of boxes helps nobody: nothing is sent, and the patient is told. */
  missing = mdg_document_describe_missing_glyphs (job->document);
  if (missing != NULL)
    {
      cairo_destroy (cr);
      g_set_error_literal (error, GTK_PRINT_ERROR, GTK_PRINT_ERROR_GENERAL, missing);
      return FALSE;
    }
  for (guint i = 0; i < n_pages; i++)
    {
      cairo_save (cr);
      mdg_document_draw_page (job->document, cr, i);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  return TRUE;
}

static void
printers_listed_cb (gpointer data)
{
  PrintJob *job = data;
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autoptr(GtkPageSetup) page_setup = NULL;
  g_autoptr(GtkPaperSize) a4 = NULL;
  g_autoptr(GtkPrintJob) print_job = NULL;
  g_autoptr(GError) error = NULL;

  if (job->reported)
    goto out;   /* given up already */

  if (job->printer == NULL)
    {
      error = g_error_new_literal (GTK_PRINT_ERROR, GTK_PRINT_ERROR_GENERAL,
                                   job->refused ? "The default printer is stopped or does not take jobs"
                                                : "There is no default printer");
      report (job, FALSE, error);
      goto out;
    }

  settings = gtk_print_settings_new ();
  gtk_print_settings_set_printer (settings, gtk_printer_get_name (job->printer));
  gtk_print_settings_set_n_copies (settings, 1);
  a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  page_setup = gtk_page_setup_new ();
  gtk_page_setup_set_paper_size_and_default_margins (page_setup, a4);
  gtk_page_setup_set_orientation (page_setup, mdg_document_is_landscape (job->document)
                                              ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                              : GTK_PAGE_ORIENTATION_PORTRAIT);

  print_job = gtk_print_job_new (mdg_document_get_title (job->document), job->printer,
                                 settings, page_setup);
  if (!draw_document (job, print_job, &error))
    {
      report (job, FALSE, error);
      goto out;
    }
  gtk_print_job_send (print_job, job_sent_cb, print_job_ref (job), print_job_unref);

out:
  print_job_unref (job);
}

void
mdg_kiosk_print_handout (GtkWindow         *parent,
                         MdgKb             *kb,
                         MdgCase           *kase,
                         const char        *lang,
                         MdgKioskPrintDone  done,
                         gpointer           user_data)
{
  g_autoptr(GSettings) settings = NULL;
  g_autofree MdgClinic *clinic = NULL;
  PrintJob *job;

  g_return_if_fail (MDG_IS_KB (kb));
  g_return_if_fail (MDG_IS_CASE (kase));
  g_return_if_fail (kase->handout != NULL);

  settings = mdg_settings_lookup ();
  clinic = mdg_settings_dup_clinic (settings);

  job = g_new0 (PrintJob, 1);
  job->ref_count = 1;
  /* A handout is one A4 portrait page. */
  job->document = mdg_document_new_handout (kb, kase, lang, clinic, NULL);
  job->done = done;
  job->user_data = user_data;
  job->give_up_id = g_timeout_add (give_up_ms, give_up_cb, job);

  /* The listing keeps the job's first reference until it is over. */
  gtk_enumerate_printers (find_default_printer_cb, job, printers_listed_cb, FALSE);
}
