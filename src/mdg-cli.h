/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-cli.h — the command line: what runs without a display. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  gboolean  list;
  char     *search;
  char     *language;
  char     *check_kb;
  char     *kb;
  gboolean  kiosk;
  gint      export_handout;   /* case number, 0 when not asked */
  gboolean  export_patient_sheet;
  gboolean  export_sheet;
  char     *output;
  char     *date;
  gboolean  version;
} MdgCliOptions;

/* Parses @argv. Returns FALSE with @error set on bad usage (exit 2). */
gboolean mdg_cli_parse        (MdgCliOptions *options, int *argc, char ***argv, GError **error);
/* TRUE when the options ask for something done without a window. */
gboolean mdg_cli_is_batch     (const MdgCliOptions *options);
/* Runs a batch request; returns the exit status. */
int      mdg_cli_run          (const MdgCliOptions *options);
void     mdg_cli_options_clear (MdgCliOptions *options);
/* @text as one line for a terminal: control characters spelt out, bounded. */
char    *mdg_cli_for_terminal (const char *text);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (MdgCliOptions, mdg_cli_options_clear)

G_END_DECLS
