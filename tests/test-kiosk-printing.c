/* test-kiosk-printing.c — the kiosk and the staff window printing to a real
 * queue: part of the test-kiosk program, run through tests/cups-run.sh.
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <gtk/gtkunixprint.h>

#include "mdg-document.h"
#include "mdg-print.h"
#include "test-util.h"
#include "kiosk-fixture.h"

/* ------------------------------------------------------------------------ */
/* A real print queue (run through tests/cups-run.sh: a private cupsd with   */
/* the cups-pdf queue KioskPDF as the default)                              */
/* ------------------------------------------------------------------------ */

static char *
command_output (const char *command)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_command_line_sync (command, &out, NULL, &status, &error));
  g_assert_no_error (error);
  return out;
}

/* The jobs the queue has had, done or not: one line each. */
static guint
count_jobs (void)
{
  g_autofree char *out = command_output ("lpstat -W all -o KioskPDF");
  guint n = 0;

  for (const char *p = out; *p != '\0'; p++)
    n += *p == '\n';
  return n;
}

/* Removes all white space: pdftotext breaks lines where the page does. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

/* Waits for the queue's job number @n_jobs to be completed, then finds the
 * PDF cups-pdf made of it (in the job user's ~/PDF, cups-pdf's own fixed
 * setting: "…-job_ID.pdf"), checks that it holds @expected, and deletes it. */
static void
assert_job_printed (guint       n_jobs,
                    const char *expected)
{
  g_autofree char *completed = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *dir_name = g_build_filename (g_get_home_dir (), "PDF", NULL);
  g_autofree char *suffix = NULL;
  g_autofree char *text = NULL, *squeezed = NULL, *want = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint id = 0;
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  for (;;)
    {
      guint n = 0;

      g_clear_pointer (&completed, g_free);
      completed = command_output ("lpstat -W completed -o KioskPDF");
      for (const char *p = completed; *p != '\0'; p++)
        n += *p == '\n';
      if (n >= n_jobs || g_get_monotonic_time () > end)
        {
          g_assert_cmpuint (n, ==, n_jobs);
          break;
        }
      spin (200);
    }
  /* The newest job: the highest number (lpstat does not list in order). */
  for (char *line = completed; line != NULL && *line != '\0'; line = strchr (line, '\n') ? strchr (line, '\n') + 1 : NULL)
    {
      g_assert_true (g_str_has_prefix (line, "KioskPDF-"));
      id = MAX (id, (guint) g_ascii_strtoull (line + strlen ("KioskPDF-"), NULL, 10));
    }
  suffix = g_strdup_printf ("-job_%u.pdf", id);

  for (guint tries = 0; pdf == NULL && tries < 50; tries++)
    {
      dir = g_dir_open (dir_name, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        if (g_str_has_suffix (name, suffix))
          pdf = g_build_filename (dir_name, name, NULL);
      g_clear_pointer (&dir, g_dir_close);
      if (pdf == NULL)
        spin (200);
    }
  if (pdf == NULL)
    g_error ("cups-pdf wrote no …%s in %s", suffix, dir_name);

  /* cups-pdf's PDF comes through Ghostscript from PostScript and has no
   * text to extract any more; the document the queue got (kept by cupsd,
   * PreserveJobFiles) has. */
  {
    g_autofree char *quoted = g_shell_quote (pdf);
    g_autofree char *command = g_strdup_printf ("pdfinfo %s", quoted);
    g_autofree char *info = command_output (command);

    g_assert_nonnull (strstr (info, "Pages:           1\n"));
  }
  {
    g_autofree char *document = g_strdup_printf ("%s/spool/d%05u-001", g_getenv ("MDG_TEST_CUPS_DIR"), id);
    g_autofree char *quoted = g_shell_quote (document);
    g_autofree char *command = g_strdup_printf ("pdftotext -enc UTF-8 %s -", quoted);

    text = command_output (command);
  }
  squeezed = squeeze (text);
  want = squeeze (expected);
  if (strstr (squeezed, want) == NULL)
    g_error ("The printed job %u lacks “%s”; it has:\n%s", id, expected, text);
  g_unlink (pdf);
}

/* Whether the window shows @a or (when not NULL) @b anywhere. */
static gboolean
window_says (Fixture    *fixture,
             const char *a,
             const char *b)
{
  g_autofree char *text = all_label_text (fixture);

  return strstr (text, a) != NULL || (b != NULL && strstr (text, b) != NULL);
}

static gboolean
cups_available (void)
{
  if (g_getenv ("MDG_TEST_CUPS_DIR") == NULL)
    {
      g_test_skip ("no test print server (run through tests/cups-run.sh)");
      return FALSE;
    }
  /* GTK's CUPS backend asks colord for colour profiles and warns, through
   * structured logging that no fatal handler sees, when a test machine has
   * no system bus: warnings stay non-fatal in the printing tests alone. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  return TRUE;
}

/* "Print this for me" on the real default queue: exactly one job, whose PDF
 * has the handout in the patient's language. */
static void
test_print_cups (Fixture       *fixture,
                 gconstpointer  data)
{
  MdgCase *kase = mdg_kb_get_case (mdg_application_get_kb (fixture->app), 4);
  guint before;

  if (!cups_available ())
    return;

  before = count_jobs ();
  mdg_kiosk_print_set_give_up_ms (30000);
  mdg_kiosk_window_set_print_func (fixture->window, NULL, NULL);
  g_settings_set_boolean (fixture->settings, "kiosk-allow-printing", TRUE);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.language", "s", "vi");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.show-case", "u", 4);
  spin (100);
  g_signal_emit_by_name (find_button_by_label (fixture, kiosk_text ("vi", "Print this for me")), "clicked");
  /* Tapped again: still one copy. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.print", NULL);

  spin_until (window_says (fixture,
                           kiosk_text ("vi", "Printing now. If you cannot find your copy, please ask the reception."),
                           kiosk_text ("vi", "Sorry, it could not be printed. Please ask the reception for a printed copy.")),
              35000);
  g_assert_true (window_says (fixture,
                              kiosk_text ("vi", "Printing now. If you cannot find your copy, please ask the reception."),
                              NULL));

  assert_job_printed (before + 1, mdg_text_get (kase->handout->situation, "vi"));
  spin (2000);
  g_assert_cmpuint (count_jobs (), ==, before + 1);
  assert_kiosk_intact (fixture);
}

static GtkPrintUnixDialog *
find_print_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_PRINT_UNIX_DIALOG (window) && gtk_widget_get_visible (window))
        return GTK_PRINT_UNIX_DIALOG (window);
    }
  return NULL;
}

static gboolean
dialog_has_printer (GtkPrintUnixDialog *dialog,
                    const char         *name)
{
  GtkPrinter *printer = gtk_print_unix_dialog_get_selected_printer (dialog);

  return printer != NULL && g_strcmp0 (gtk_printer_get_name (printer), name) == 0;
}

/* The staff window's "Print handout…" (mdg_print_document: the print dialog,
 * with the saved settings naming the queue), the dialog answered "Print" as
 * a receptionist would. Not GTK_PRINT_OPERATION_ACTION_PRINT: GTK 4.8 crashes
 * in it on a real queue (see mdg-kiosk-print.c). */
static void
test_print_cups_staff (Fixture       *fixture,
                       gconstpointer  data)
{
  MdgKb *kb = mdg_application_get_kb (fixture->app);
  MdgCase *kase = mdg_kb_get_case (kb, 4);
  g_autoptr(GtkPrintSettings) print_settings = gtk_print_settings_new ();
  GtkPrintUnixDialog *dialog = NULL;
  GtkWidget *parent;
  guint before;

  if (!cups_available ())
    return;

  /* The staff's window, not the kiosk, which would not let a dialog over it. */
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  spin (100);
  parent = gtk_window_new ();
  gtk_window_present (GTK_WINDOW (parent));

  /* What the print dialog saved the last time. */
  gtk_print_settings_set_printer (print_settings, "KioskPDF");
  g_settings_set_value (fixture->settings, "print-settings", gtk_print_settings_to_gvariant (print_settings));

  before = count_jobs ();
  mdg_print_document (GTK_WINDOW (parent), mdg_document_new_handout (kb, kase, "pt-BR", NULL, NULL));
  spin_until ((dialog = find_print_dialog ()) != NULL && dialog_has_printer (dialog, "KioskPDF"), 20000);
  g_assert_nonnull (dialog);
  g_assert_true (dialog_has_printer (dialog, "KioskPDF"));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_OK);

  assert_job_printed (before + 1, mdg_text_get (kase->handout->situation, "pt-BR"));
  g_settings_reset (fixture->settings, "print-settings");
  gtk_window_destroy (GTK_WINDOW (parent));
}

/* A stopped queue, then none at all: the patient is told calmly, in their
 * language, within the give-up time; the kiosk stays as it was; and no job
 * comes out later, even once the queue runs again. */
static void
test_print_cups_unavailable (Fixture       *fixture,
                             gconstpointer  data)
{
  const char *sorry = kiosk_text ("ne", "Sorry, it could not be printed. Please ask the reception for a printed copy.");
  guint before;

  if (!cups_available ())
    return;

  before = count_jobs ();
  mdg_kiosk_print_set_give_up_ms (8000);
  mdg_kiosk_window_set_print_func (fixture->window, NULL, NULL);
  g_settings_set_boolean (fixture->settings, "kiosk-allow-printing", TRUE);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.language", "s", "ne");

  for (guint round = 0; round < 2; round++)
    {
      gint64 start;

      g_free (command_output (round == 0 ? "cupsdisable KioskPDF" : "lpadmin -x KioskPDF"));
      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.show-case", "u", 4);
      spin (100);
      start = g_get_monotonic_time ();
      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.print", NULL);
      spin_until (window_says (fixture, sorry, NULL), 12000);
      g_assert_true (window_says (fixture, sorry, NULL));
      g_assert_cmpint (g_get_monotonic_time () - start, <, 9 * G_USEC_PER_SEC);
      g_assert_cmpstr (mdg_kiosk_window_get_page (fixture->window), ==, "case");
      /* Nothing waits in the stopped queue. */
      if (round == 0)
        g_assert_cmpuint (count_jobs (), ==, before);
      assert_kiosk_intact (fixture);
      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "kiosk.home", NULL);
    }

  /* The queue comes back: nothing was left waiting in it. */
  g_free (command_output ("lpadmin -p KioskPDF -E -v cups-pdf:/ -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"));
  g_free (command_output ("lpadmin -d KioskPDF"));
  spin (3000);
  g_assert_cmpuint (count_jobs (), ==, 0);
}

void
kiosk_printing_add_tests (void)
{
  KIOSK_ADD ("printing/cups", test_print_cups);
  KIOSK_ADD ("printing/cups-staff", test_print_cups_staff);
  KIOSK_ADD ("printing/cups-unavailable", test_print_cups_unavailable);
}
