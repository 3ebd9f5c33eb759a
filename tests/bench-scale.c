/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-scale.c — memory and time of a knowledge base against its size.
 *
 *   bench-scale MINIMAL.json
 *
 * Makes knowledge bases of 100, 1,000 and 10,000 cases (the largest Madoguchi
 * supports) by copying a case of MINIMAL.json under new numbers, and loads each
 * in a fresh process, so that the peak resident set (VmHWM) is its own:
 *
 *   json-glib   json_parser_load_from_data() of the bytes alone (the floor)
 *   cold        mdg_kb_open() and mdg_kb_open_search(), no cache (a first start)
 *   warm        the same from the compiled cache the cold start wrote
 *
 * and prints the time and the peak above the process's start, as multiples of the
 * floor and of the file's size. The goals, at 10,000 cases: a cold load's peak
 * at most GOAL_PEAK_OVER_FLOOR times json-glib's and GOAL_COLD_OVER_FILE times
 * the file's size, a warm one's at most GOAL_WARM_OVER_FILE times the file's
 * size (the cache is read into memory). Exits 1 when one is missed.
 *
 * With --check it only loads the 10,000 cases, untimed (the test
 * bench-scale-data), so that the data cannot stop loading unnoticed.
 */
#include "kb-generate.h"
#include "mdg-kb-cache.h"
#include "mdg-kb-open.h"
#include "mdg-search.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GOAL_PEAK_OVER_FLOOR 1.5
#define GOAL_COLD_OVER_FILE  16.0
#define GOAL_WARM_OVER_FILE  6.0

static gsize
peak_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmHWM:")) == NULL)
    return 0;
  return g_ascii_strtoull (line + 6, NULL, 10);
}

/* In the child: loads @path one way and prints “ms peak-kb”. */
static int
child (const char *how,
       const char *path,
       const char *cache_dir)
{
  gsize base = peak_kb ();
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GError) error = NULL;

  if (g_str_equal (how, "json-glib"))
    {
      g_autofree char *data = NULL;
      gsize length;
      g_autoptr(JsonParser) parser = json_parser_new ();

      if (!g_file_get_contents (path, &data, &length, &error) ||
          !json_parser_load_from_data (parser, data, length, &error))
        g_error ("%s", error->message);
      printf ("%.1f %zu\n", (g_get_monotonic_time () - start) / 1000.0, peak_kb () - base);
    }
  else
    {
      g_autoptr(MdgKb) kb = NULL;
      MdgSearch *search;

      mdg_kb_cache_set_directory (cache_dir);
      kb = mdg_kb_open (path, &error);
      if (kb == NULL)
        g_error ("%s", error->message);
      search = mdg_kb_open_search (kb);
      if (g_str_equal (how, "warm") != mdg_kb_is_from_cache (kb))
        g_error ("%s load %s the cache", how, mdg_kb_is_from_cache (kb) ? "used" : "did not use");
      printf ("%.1f %zu\n", (g_get_monotonic_time () - start) / 1000.0, peak_kb () - base);
      fflush (stdout);
      mdg_search_free (search);
      mdg_kb_cache_wait ();
    }
  return 0;
}

static char *
many_cases (const char *minimal,
            guint       n)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *model = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *cases;

  if (!json_parser_load_from_file (parser, minimal, &error))
    g_error ("%s", error->message);
  root = json_node_get_object (json_parser_get_root (parser));
  model = json_to_string (json_array_get_element (json_object_get_array_member (root, "cases"), 0),
                          FALSE);
  cases = json_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *kase = json_from_string (model, NULL);

      kb_generate_set_number (json_node_get_object (kase), i + 1);
      json_array_add_element (cases, kase);
    }
  json_object_set_array_member (root, "cases", cases);
  json_generator_set_root (generator, json_parser_get_root (parser));
  return json_generator_to_data (generator, NULL);
}

/* Runs this program as a child for @how; the median time of @runs and the
 * largest peak. */
static void
measure (const char *self,
         const char *how,
         const char *path,
         const char *cache_dir,
         guint       runs,
         double     *ms,
         gsize      *kb)
{
  g_autofree double *times = g_new (double, runs);

  *kb = 0;
  for (guint r = 0; r < runs; r++)
    {
      const char *argv[] = { self, "--child", how, path, cache_dir, NULL };
      g_autofree char *out = NULL;
      g_autoptr(GError) error = NULL;
      int status;
      gsize peak;

      /* A cold load each time: no cache left by the one before. */
      if (g_str_equal (how, "cold"))
        {
          g_autofree char *cache = mdg_kb_cache_get_file (path);

          g_unlink (cache);
        }
      if (!g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL, &out, NULL, &status, &error) ||
          !g_spawn_check_wait_status (status, &error) ||
          sscanf (out, "%lf %zu", &times[r], &peak) != 2)
        g_error ("%s %s: %s", how, path, error != NULL ? error->message : out);
      *kb = MAX (*kb, peak);
    }
  for (guint i = 1; i < runs; i++)
    for (guint j = i; j > 0 && times[j - 1] > times[j]; j--)
      {
        double t = times[j];
        times[j] = times[j - 1];
        times[j - 1] = t;
      }
  *ms = times[runs / 2];
}

/* The 10,000 cases through the loader, untimed: the ordinary test run checks
 * that the benchmark's data is still a knowledge base the loader accepts. */
static int
check_data (const char *minimal)
{
  g_autofree char *data = many_cases (minimal, 10000);
  g_autofree char *dir = g_dir_make_tmp ("bench-scale-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "kb.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MdgKb) kb = NULL;

  g_assert_true (g_file_set_contents (path, data, -1, NULL));
  kb = mdg_kb_new_from_file (path, &error);
  g_unlink (path);
  g_rmdir (dir);
  if (kb == NULL)
    {
      printf ("the scale benchmark's 10,000 cases are refused: %s\n", error->message);
      return 1;
    }
  printf ("the scale benchmark's generated knowledge base loads: %u cases, %.1f MB\n",
          mdg_kb_get_n_cases (kb), strlen (data) / 1e6);

  return mdg_kb_get_n_cases (kb) == 10000 ? 0 : 1;
}

int
main (int   argc,
      char *argv[])
{
  static const guint sizes[] = { 100, 1000, 10000 };
  static const char * const hows[] = { "json-glib", "cold", "warm" };
  g_autofree char *dir = NULL;
  g_autofree char *cache_dir = NULL;
  double floor_kb = 0, cold_kb = 0, warm_kb = 0, file_kb = 0;
  gboolean ok;

  if (argc == 5 && g_str_equal (argv[1], "--child"))
    return child (argv[2], argv[3], argv[4]);
  if (argc == 3 && g_str_equal (argv[1], "--check"))
    return check_data (argv[2]);
  if (argc != 2)
    {
      g_printerr ("usage: bench-scale MINIMAL.json\n"
                  "       bench-scale --check MINIMAL.json\n");
      return 2;
    }

  dir = g_dir_make_tmp ("bench-scale-XXXXXX", NULL);
  cache_dir = g_build_filename (dir, "cache", NULL);
  mdg_kb_cache_set_directory (cache_dir);

  printf ("%-7s %-9s %8s %9s %11s %7s %7s\n", "cases", "load", "file", "time", "peak", "/floor", "/file");
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *data = many_cases (argv[1], sizes[i]);
      g_autofree char *path = g_strdup_printf ("%s/kb-%u.json", dir, sizes[i]);
      double floor_ms = 0;
      gsize floor = 1;

      g_assert_true (g_file_set_contents (path, data, -1, NULL));
      /* The cache is not written for a file changed in the last 50 ms. */
      g_usleep (100 * 1000);
      for (guint h = 0; h < G_N_ELEMENTS (hows); h++)
        {
          double ms;
          gsize kb;

          measure (argv[0], hows[h], path, cache_dir, 3, &ms, &kb);
          if (h == 0)
            {
              floor_ms = ms;
              floor = MAX (kb, 1);
            }
          printf ("%-7u %-9s %6.1f MB %7.0f ms %8.1f MB %6.2f× %6.1f×   (time %.2f× the floor)\n",
                  sizes[i], hows[h], strlen (data) / 1e6, ms, kb / 1024.0, (double) kb / floor,
                  kb * 1024.0 / strlen (data), ms / floor_ms);
          if (sizes[i] == 10000)
            {
              file_kb = strlen (data) / 1024.0;
              if (h == 0)
                floor_kb = kb;
              else if (h == 1)
                cold_kb = kb;
              else
                warm_kb = kb;
            }
        }
      g_unlink (path);
    }
  {
    g_autofree char *rm = g_strdup_printf ("rm -rf '%s'", dir);
    g_spawn_command_line_sync (rm, NULL, NULL, NULL, NULL);
  }

  ok = cold_kb <= GOAL_PEAK_OVER_FLOOR * floor_kb && cold_kb <= GOAL_COLD_OVER_FILE * file_kb &&
       warm_kb <= GOAL_WARM_OVER_FILE * file_kb;
  printf ("goals at 10,000 cases: cold peak ≤ %.1f× json-glib's (%.2f×) and ≤ %.0f× the file "
          "(%.1f×), warm peak ≤ %.0f× the file (%.1f×): %s\n",
          GOAL_PEAK_OVER_FLOOR, cold_kb / floor_kb, GOAL_COLD_OVER_FILE, cold_kb / file_kb,
          GOAL_WARM_OVER_FILE, warm_kb / file_kb, ok ? "met" : "MISSED");
  return ok ? 0 : 1;
}
