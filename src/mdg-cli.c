/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "mdg-cli.h"
#include "mdg-export.h"
#include "mdg-i18n.h"
#include "mdg-kb-open.h"
#include "mdg-search.h"
#include "mdg-settings.h"

gboolean
mdg_cli_parse (MdgCliOptions  *o,
               int            *argc,
               char         ***argv,
               GError        **error)
{
  const GOptionEntry entries[] = {
    { "list", 0, 0, G_OPTION_ARG_NONE, &o->list,
      N_("Print every case: its number, a tab, its symptom"), NULL },
    { "search", 0, 0, G_OPTION_ARG_FILENAME, &o->search,
      N_("Print the cases matching QUERY, best first"), N_("QUERY") },
    { "language", 0, 0, G_OPTION_ARG_STRING, &o->language,
      N_("Content language of the output (ja, en, …)"), N_("TAG") },
    { "check-kb", 0, 0, G_OPTION_ARG_FILENAME, &o->check_kb,
      N_("Check a knowledge-base file and report its errors"), N_("FILE") },
    { "kb", 0, 0, G_OPTION_ARG_FILENAME, &o->kb,
      N_("Use this knowledge-base file instead of the bundled one"), N_("FILE") },
    { "kiosk", 0, 0, G_OPTION_ARG_NONE, &o->kiosk,
      N_("Start the self-service kiosk for the waiting room"), NULL },
    { "export-handout", 0, 0, G_OPTION_ARG_INT, &o->export_handout,
      N_("Write the patient handout of case N as PDF"), N_("N") },
    { "export-patient-sheet", 0, 0, G_OPTION_ARG_NONE, &o->export_patient_sheet,
      N_("Write the patient reference sheet as PDF"), NULL },
    { "export-sheet", 0, 0, G_OPTION_ARG_NONE, &o->export_sheet,
      N_("Write the staff reference sheet of every case as PDF"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o->output,
      N_("The PDF file to write"), N_("FILE") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &o->date,
      N_("The date printed on exports (YYYY-MM-DD; default today)"), N_("DATE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &o->version,
      N_("Print the version and exit"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  guint n_modes;
  gboolean exporting;

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
    _("Find what to do when a patient’s online eligibility check fails."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, error))
    return FALSE;

  if (*argc > 1)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("Unexpected argument “%s”."), (*argv)[1]);
      return FALSE;
    }

  /* Taken as bytes, so that text that is not in the terminal's encoding gets a
   * sentence of ours rather than GLib's “Invalid byte sequence in conversion
   * input”. */
  if (o->search != NULL)
    {
      char *query = g_locale_to_utf8 (o->search, -1, NULL, NULL, NULL);

      if (query == NULL)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("The query of --search is not text in this terminal’s encoding; type it again."));
          return FALSE;
        }
      g_free (o->search);
      o->search = query;
    }

  exporting = o->export_handout != 0 || o->export_patient_sheet || o->export_sheet;
  n_modes = (o->list != FALSE) + (o->search != NULL) + (o->check_kb != NULL) +
            (o->export_handout != 0) + (o->export_patient_sheet != FALSE) +
            (o->export_sheet != FALSE) + (o->kiosk != FALSE) + (o->version != FALSE);
  if (n_modes > 1)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("Choose only one of --list, --search, --check-kb, --kiosk, --version and the --export options."));
      return FALSE;
    }
  if (exporting && o->output == NULL)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("An export needs --output FILE.pdf."));
      return FALSE;
    }
  if (!exporting && o->output != NULL)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--output goes with an --export option."));
      return FALSE;
    }
  if (o->search != NULL && !g_utf8_validate (o->search, -1, NULL))
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("The search query is not valid UTF-8."));
      return FALSE;
    }
  if (o->search != NULL)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (o->search));

      if (*stripped == '\0')
        {
          g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                               _("--search needs a query; use --list for every case."));
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
mdg_cli_is_batch (const MdgCliOptions *o)
{
  return o->list || o->search != NULL || o->check_kb != NULL || o->version ||
         o->export_handout != 0 || o->export_patient_sheet || o->export_sheet;
}

void
mdg_cli_options_clear (MdgCliOptions *o)
{
  g_clear_pointer (&o->search, g_free);
  g_clear_pointer (&o->language, g_free);
  g_clear_pointer (&o->check_kb, g_free);
  g_clear_pointer (&o->kb, g_free);
  g_clear_pointer (&o->output, g_free);
  g_clear_pointer (&o->date, g_free);
}

static void
print_case (MdgCase    *kase,
            const char *lang)
{
  g_autofree char *symptom = NULL;

  /* "The following error message is displayed." says little without the message. */
  if (kase->error_message != NULL)
    symptom = g_strconcat (mdg_text_get (kase->symptom, lang), " ",
                           mdg_text_get (kase->error_message, lang), NULL);
  else
    symptom = g_strdup (mdg_text_get (kase->symptom, lang));

  /* One case per line: a tab or newline inside the text would break that. */
  g_strdelimit (symptom, "\t\n\r", ' ');
  printf ("%u\t%s\n", kase->number, symptom);
}

/* @text as one line for a terminal: UTF-8, control characters (a file name's
 * escape sequences, a newline) spelt out, and at most 1,000 characters. The
 * messages already quote only short excerpts of a file; this keeps a path or
 * an argument from reaching the terminal raw. */
char *
mdg_cli_for_terminal (const char *text)
{
  return mdg_escape_excerpt (text, 1000);
}

static void
print_error (const char *message)
{
  g_autofree char *safe = mdg_cli_for_terminal (message);

  g_printerr ("madoguchi: %s\n", safe);
}

static MdgKb *
load_kb (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *kb_file = NULL;
  MdgKb *kb;

  /* --kb wins over the administrator's kb-file setting, as in the window. */
  if (path == NULL && (settings = mdg_settings_lookup ()) != NULL)
    {
      kb_file = g_settings_get_string (settings, "kb-file");
      if (*kb_file != '\0')
        path = kb_file;
    }
  if (path != NULL)
    kb = mdg_kb_open (path, &error);
  else
    kb = mdg_kb_new_default (&error);
  if (kb == NULL)
    print_error (error->message);
  return kb;
}

static GDateTime *
parse_date (const char *text)
{
  int y, m, d;
  char end;

  if (text == NULL)
    return g_date_time_new_now_local ();
  if (sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &end) != 3 ||
      !g_date_valid_dmy (d, m, y))
    return NULL;
  return g_date_time_new_local (y, m, d, 12, 0, 0);
}

static int
run_export (const MdgCliOptions *o,
            MdgKb               *kb,
            const char          *lang)
{
  /* Without the schema installed, the handout gets lines to fill in by hand. */
  g_autoptr(GSettings) settings = mdg_settings_lookup ();
  g_autoptr(GDateTime) date = parse_date (o->date);
  g_autofree MdgClinic *clinic = mdg_settings_dup_clinic (settings);
  g_autoptr(GError) error = NULL;
  gboolean read_only;
  GStatBuf st;
  gboolean ok;
  g_autofree char *cut = mdg_settings_describe_cut_clinic (settings);

  if (cut != NULL)
    print_error (cut);

  /* The write replaces even a read-only file (the folder is what decides), as
   * editors do: say so, since the user may have meant to keep it. */
  read_only = !g_str_equal (o->output, "-") && g_stat (o->output, &st) == 0 &&
              S_ISREG (st.st_mode) && (st.st_mode & 0222) == 0;

  if (date == NULL)
    {
      g_autofree char *date_text = mdg_cli_for_terminal (o->date);

      g_printerr (_("madoguchi: “%s” is not a date; write it as YYYY-MM-DD.\n"), date_text);
      return 1;
    }

  if (o->export_handout != 0)
    {
      g_autofree char *handout_lang = NULL;

      /* A handout speaks the patient's language: without --language, the
       * clinic's default handout language, not the UI's. */
      if (o->language == NULL && settings != NULL)
        handout_lang = g_settings_get_string (settings, "handout-language");
      ok = mdg_export_handout (kb, o->export_handout, handout_lang ? handout_lang : lang,
                               clinic, date, o->output, &error);
    }
  else if (o->export_patient_sheet)
    ok = mdg_export_patient_sheet (kb, lang, clinic, date, o->output, &error);
  else
    ok = mdg_export_staff_sheet (kb, lang, clinic, date, o->output, &error);

  if (!ok)
    {
      print_error (error->message);
      return 1;
    }
  if (read_only)
    {
      g_autofree char *output = mdg_cli_for_terminal (o->output);

      g_printerr (_("madoguchi: “%s” was read-only; it is replaced, and stays read-only.\n"),
                  output);
    }
  return 0;
}

int
mdg_cli_run (const MdgCliOptions *o)
{
  g_autoptr(MdgKb) kb = NULL;
  const char *lang = o->language;

  if (o->version)
    {
      printf ("madoguchi %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (o->check_kb != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MdgKb) checked = mdg_kb_open (o->check_kb, &error);

      if (checked == NULL)
        {
          g_autofree char *message = mdg_cli_for_terminal (error->message);

          g_printerr ("%s\n", message);
          return 1;
        }
      {
        g_autofree char *name = mdg_cli_for_terminal (o->check_kb);

        printf (_("%s: valid, %u cases.\n"), name, mdg_kb_get_n_cases (checked));
      }
      return 0;
    }

  if (lang == NULL)
    lang = mdg_i18n_ui_content_language ();
  else if (!mdg_language_is_known (lang))
    {
      g_autofree char *tag = mdg_cli_for_terminal (lang);
      g_autofree char *known = g_strjoinv (", ", (char **) mdg_languages);

      g_printerr (_("madoguchi: unknown language “%s”; use one of: %s.\n"), tag, known);
      return 1;
    }

  kb = load_kb (o->kb);
  if (kb == NULL)
    return 1;

  if (o->list)
    {
      GListModel *cases = mdg_kb_get_cases (kb);
      guint n = g_list_model_get_n_items (cases);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(MdgCase) kase = g_list_model_get_item (cases, i);
          print_case (kase, lang);
        }
      return n > 0 ? 0 : 1;
    }

  if (o->search != NULL)
    {
      g_autoptr(MdgSearch) search = mdg_kb_open_search (kb);
      g_autoptr(GArray) hits = NULL;

      hits = mdg_search_query (search, o->search);
      for (guint i = 0; i < hits->len; i++)
        print_case (g_array_index (hits, MdgHit, i).kase, lang);
      return hits->len > 0 ? 0 : 1;
    }

  if (o->export_handout != 0 || o->export_patient_sheet || o->export_sheet)
    return run_export (o, kb, lang);

  return 2;
}
