/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-note.c — a handout's time against the length of the clinic's note.
 *
 *   bench-note
 *
 * Exports the handout of the first case that has one with a clinic note of
 * 1, 10 and 100 KB of digits with no break (past the setting's limit: the
 * layout is given texts of up to 64 KiB from a knowledge base too) and prints each time beside the 1 KB one as the
 * floor, with the ratio of time per byte. Linear means a ratio of time per
 * byte near 1 (or below, as fixed costs spread); the layout was quadratic
 * before (10 KB 0.9 s, 25 KB 4.4 s, 100 KB 95 s). Exits 1 when the 100 KB
 * note costs more than 3 times per byte what the 10 KB one does.
 */
#include "mdg-export.h"

#include <glib/gstdio.h>
#include <stdio.h>

static char *
make_note (gsize size)
{
  /* One word with no break in it, the worst case: Pango shaped what was left of
   * it again for every line. */
  static const char words[] = "0312345678";
  GString *s = g_string_sized_new (size + sizeof words);

  while (s->len < size)
    g_string_append (s, words);
  /* Cut on a character boundary. */
  g_string_truncate (s, g_utf8_find_prev_char (s->str, s->str + size + 1) - s->str);
  return g_string_free (s, FALSE);
}

static double
time_export (MdgKb      *kb,
             guint       number,
             const char *note,
             const char *path)
{
  MdgClinic clinic = { "Madoguchi Clinic", "03-1234-5678", note };
  g_autoptr(GError) error = NULL;
  double best = G_MAXDOUBLE;

  for (guint run = 0; run < 3; run++)
    {
      gint64 start = g_get_monotonic_time ();

      if (!mdg_export_handout (kb, number, "ja", &clinic, NULL, path, &error))
        g_error ("%s", error->message);
      best = MIN (best, (g_get_monotonic_time () - start) / 1000.0);
    }
  return best;
}

int
main (void)
{
  static const gsize sizes[] = { 1024, 10 * 1024, 100 * 1024 };
  g_autoptr(GError) error = NULL;
  g_autoptr(MdgKb) kb = mdg_kb_new_default (&error);
  g_autofree char *dir = g_dir_make_tmp ("bench-note-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "note.pdf", NULL);
  GListModel *cases;
  guint number = 0;
  double ms[G_N_ELEMENTS (sizes)];

  g_assert_no_error (error);
  cases = mdg_kb_get_cases (kb);
  for (guint i = 0; i < g_list_model_get_n_items (cases) && number == 0; i++)
    {
      g_autoptr(MdgCase) kase = g_list_model_get_item (cases, i);

      if (kase->handout != NULL)
        number = kase->number;
    }

  printf ("handout %u in Japanese with a clinic note of (best of 3):\n", number);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *note = make_note (sizes[i]);
      double per_byte;

      ms[i] = time_export (kb, number, note, path);
      per_byte = (ms[i] / sizes[i]) / (ms[0] / sizes[0]);
      printf ("  %4zu KB  %9.1f ms  %5.1f × the 1 KB (floor)  time per byte %.2f × the 1 KB's\n",
              sizes[i] / 1024, ms[i], ms[i] / ms[0], per_byte);
    }

  g_unlink (path);
  g_rmdir (dir);

  if ((ms[2] / sizes[2]) > 3 * (ms[1] / sizes[1]))
    {
      printf ("not linear: 100 KB costs %.1f × per byte what 10 KB does\n",
              (ms[2] / sizes[2]) / (ms[1] / sizes[1]));
      return 1;
    }
  return 0;
}
