/* mdg-kiosk-print.c
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mdg_print_operation_new_unattended() run with GTK_PRINT_OPERATION_ACTION_PRINT:
 * no dialog, and the printing system's default printer. The page is drawn by
 * the one layout (mdg-layout.h), as in the staff's print dialog and the PDF
 * export.
 */

#include "config.h"

#include "mdg-kiosk-print.h"
#include "mdg-layout.h"
#include "mdg-print.h"
#include "mdg-settings.h"

/* With no printer at all, GTK keeps looking for the default one and never
 * says "done"; the patient is told to ask the reception instead. */
static guint give_up_ms = 20000;

typedef struct {
  GtkPrintOperation *operation;   /* a reference until the job reports */
  MdgKioskPrintDone  done;
  gpointer           user_data;
  gboolean           reported;
  guint              give_up_id;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_handle_id (&job->give_up_id, g_source_remove);
  g_free (job);
}

static gboolean
release_operation_cb (gpointer data)
{
  g_object_unref (data);
  return G_SOURCE_REMOVE;
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

  /* The job (data of the operation) held the operation alive until now;
   * let go once this emission is over. */
  g_idle_add (release_operation_cb, g_steal_pointer (&job->operation));
}

static gboolean
give_up_cb (gpointer data)
{
  PrintJob *job = data;
  g_autoptr(GError) error = NULL;

  job->give_up_id = 0;
  /* Nothing must come out of a printer later, after the patient was told
   * to ask the reception. */
  gtk_print_operation_cancel (job->operation);
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

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         PrintJob                *job)
{
  g_autoptr(GError) error = NULL;
  const char *missing = mdg_print_operation_get_missing_glyphs (operation);

  if (missing != NULL)
    {
      /* Cancelled rather than a page of boxes. */
      error = g_error_new_literal (GTK_PRINT_ERROR, GTK_PRINT_ERROR_GENERAL, missing);
      report (job, FALSE, error);
      return;
    }
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    gtk_print_operation_get_error (operation, &error);
  else if (result != GTK_PRINT_OPERATION_RESULT_APPLY)
    error = g_error_new_literal (GTK_PRINT_ERROR, GTK_PRINT_ERROR_GENERAL,
                                 "No printer took the job");

  report (job, result == GTK_PRINT_OPERATION_RESULT_APPLY, error);
}

void
mdg_kiosk_print_handout (GtkWindow         *parent,
                         MdgKb             *kb,
                         MdgCase           *kase,
                         const char        *lang,
                         MdgKioskPrintDone  done,
                         gpointer           user_data)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree MdgClinic *clinic = NULL;
  GtkPrintOperationResult result;
  PrintJob *job;

  g_return_if_fail (MDG_IS_KB (kb));
  g_return_if_fail (MDG_IS_CASE (kase));
  g_return_if_fail (kase->handout != NULL);

  settings = mdg_settings_lookup ();
  clinic = mdg_settings_dup_clinic (settings);

  /* A handout is one A4 portrait page; the operation owns the document. */
  operation = mdg_print_operation_new_unattended (mdg_document_new_handout (kb, kase, lang, clinic, NULL));
  gtk_print_operation_set_allow_async (operation, TRUE);

  job = g_new0 (PrintJob, 1);
  job->done = done;
  job->user_data = user_data;
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), job);
  /* The job lives as long as the operation, which GTK keeps while it runs. */
  g_object_set_data_full (G_OBJECT (operation), "mdg-kiosk-print-job", job,
                          (GDestroyNotify) print_job_free);

  job->operation = g_object_ref (operation);
  job->give_up_id = g_timeout_add (give_up_ms, give_up_cb, job);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT, parent, &error);
  switch (result)
    {
    case GTK_PRINT_OPERATION_RESULT_IN_PROGRESS:
      break;   /* "done" reports */

    case GTK_PRINT_OPERATION_RESULT_APPLY:
      report (job, TRUE, NULL);
      break;

    case GTK_PRINT_OPERATION_RESULT_ERROR:
      report (job, FALSE, error);
      break;

    case GTK_PRINT_OPERATION_RESULT_CANCEL:
    default:
      {
        g_autoptr(GError) none = g_error_new_literal (GTK_PRINT_ERROR, GTK_PRINT_ERROR_GENERAL,
                                                      "No printer took the job");
        report (job, FALSE, none);
      }
      break;
    }
}
