/* replay.c — runs a fuzz target once on each given file, without libFuzzer.
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Linked with a target instead of -fsanitize=fuzzer, it turns the seed corpus
 * and fuzz/regressions/ (every input that once crashed a target) into ordinary
 * tests that run with any compiler, under the sanitizers and under valgrind.
 * Arguments are files or folders (every file in them, sorted); the output is TAP.
 */

#include "fuzz-common.h"

#include <stdio.h>
#include <string.h>

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  /* g_ptr_array_sort() passes pointers to the elements. */
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
collect (const char *path,
         GPtrArray  *files)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_ptr_array_add (files, g_strdup (path));
      return;
    }

  dir = g_dir_open (path, 0, NULL);
  if (dir == NULL)
    {
      g_ptr_array_add (files, g_strdup (path));   /* reported as failing below */
      return;
    }
  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.' && g_strcmp0 (name, "README.md") != 0)
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (files, g_build_filename (path, g_ptr_array_index (names, i), NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  guint failed = 0;

  LLVMFuzzerInitialize (&argc, &argv);

  for (int i = 1; i < argc; i++)
    collect (argv[i], files);

  if (files->len == 0)
    {
      printf ("1..0 # SKIP no inputs\n");
      return 0;
    }

  printf ("1..%u\n", files->len);
  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autoptr(GError) error = NULL;
      g_autofree char *data = NULL;
      gsize size;

      if (!g_file_get_contents (path, &data, &size, &error))
        {
          printf ("not ok %u %s # %s\n", i + 1, path, error->message);
          failed++;
          continue;
        }

      /* An exact-size copy, as libFuzzer gives: no NUL after the data, and
       * not NULL when empty. */
      {
        guint8 *copy = malloc (size);

        g_assert (copy != NULL || size == 0);
        if (size > 0)
          memcpy (copy, data, size);
        fflush (stdout);
        LLVMFuzzerTestOneInput (copy != NULL ? copy : (const guint8 *) "", size);
        free (copy);
      }
      /* A failing check aborts: reaching here means this input passed. */
      printf ("ok %u %s\n", i + 1, path);
    }

  return failed > 0 ? 1 : 0;
}
