/* bench-startup.c — how fast the staff window opens, against an empty window.
 *
 *   bench-startup [--runs N] [--renderer NAME]... APP BARE
 *   bench-startup --once APP BARE      (a test: both paint a first frame)
 *
 * Starts APP (the real madoguchi) and BARE (tests/bare-window) one after the
 * other, N times each, in alternating order, on the same display and with
 * the same environment. Both carry the first-frame hook: with
 * MADOGUCHI_FIRST_FRAME_FD set they write
 * "vmhwm-kb=… renderer=… main-cpu-us=… cpu-us=…" to that fd once their
 * first frame is painted, then quit. The startup time is the wall time from
 * fork() to that line; the memory is the peak RSS (VmHWM) at that moment.
 * Medians are compared with the goals of the performance issue: the app
 * takes at most 1.15 times as long as the empty window and at most 15 MB
 * (MiB) more memory.
 *
 * Each renderer (default: cairo, then gl) is measured on its own. The goals
 * are judged on the first one; the others are reported beside it (under Xvfb
 * "gl" is Mesa's llvmpipe, which keeps what a GPU would hold in the
 * process's own heap). A renderer GTK could not use (it falls back to
 * another) is reported and left out. Two discarded warm-up runs per program
 * fill the page cache and Mesa's shader cache first. Also printed, as
 * comments: every run, the fastest runs, the median of the per-pair ratios
 * and the CPU time up to the first frame, of the main thread and of all
 * threads (steadier than wall time on a busy machine, but not what the
 * receptionist waits for).
 *
 * Exit status: 0 when the goals are met, 1 when one is missed or a run
 * failed, 77 (skip) when there is no display.
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE /* pipe2 */

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <glib.h>

#define GOAL_RATIO       1.15
#define GOAL_EXTRA_MB    15.0
#define DEFAULT_RUNS     15
#define MIN_RUNS         10
#define WARM_UP_RUNS     2
#define FIRST_FRAME_FD   3
#define TIMEOUT_MS       30000

typedef struct {
  double  ms;           /* wall time, fork to the first-frame line */
  double  main_cpu_ms;  /* CPU time of the main thread up to the first frame */
  double  cpu_ms;       /* CPU time of all threads up to the first frame */
  long    vmhwm_kb;
  char   *renderer;
} Run;

static gint64
now_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (gint64)ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static void
kill_and_reap (pid_t pid)
{
  kill (pid, SIGKILL);
  waitpid (pid, NULL, 0);
}

/* Waits for pid to exit, at most timeout_ms; FALSE if it had to be killed
 * or did not exit with status 0. */
static gboolean
reap (pid_t       pid,
      int         timeout_ms,
      const char *path)
{
  gint64 end = now_us () + (gint64)timeout_ms * 1000;
  int status;

  for (;;)
    {
      pid_t r = waitpid (pid, &status, WNOHANG);

      if (r == pid)
        break;
      if (r < 0 && errno != EINTR)
        return FALSE;
      if (now_us () > end)
        {
          g_printerr ("%s did not quit after its first frame\n", path);
          kill_and_reap (pid);
          return FALSE;
        }
      g_usleep (2000);
    }

  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      g_printerr ("%s exited abnormally (status 0x%x)\n", path, status);
      return FALSE;
    }

  return TRUE;
}

/* One start of path: fork, exec, read the first-frame line. */
static gboolean
run_once (const char  *path,
          char       **envp,
          Run         *run)
{
  char *argv[] = { (char *)path, NULL };
  char line[256];
  gsize len = 0;
  int fds[2];
  gint64 begin;
  gint64 end;
  pid_t pid;
  char *renderer;

  if (pipe2 (fds, O_CLOEXEC) != 0)
    {
      g_printerr ("pipe2: %s\n", g_strerror (errno));
      return FALSE;
    }

  begin = now_us ();
  pid = fork ();
  if (pid < 0)
    {
      g_printerr ("fork: %s\n", g_strerror (errno));
      close (fds[0]);
      close (fds[1]);
      return FALSE;
    }

  if (pid == 0)
    {
      int null_fd = open ("/dev/null", O_WRONLY | O_CLOEXEC);

      /* dup2 clears close-on-exec on the copy; an fd that already is 3
       * needs it cleared by hand. */
      if (fds[1] == FIRST_FRAME_FD)
        fcntl (fds[1], F_SETFD, 0);
      else if (dup2 (fds[1], FIRST_FRAME_FD) < 0)
        _exit (126);
      if (null_fd >= 0)
        dup2 (null_fd, STDOUT_FILENO);
      execve (path, argv, envp);
      _exit (127);
    }

  close (fds[1]);

  /* Read up to the newline; EOF first means the program died. */
  while (len < sizeof line - 1 && memchr (line, '\n', len) == NULL)
    {
      struct pollfd pfd = { fds[0], POLLIN, 0 };
      int remaining = TIMEOUT_MS - (int)((now_us () - begin) / 1000);
      int ready = remaining > 0 ? poll (&pfd, 1, remaining) : 0;
      ssize_t n;

      if (ready < 0 && errno == EINTR)
        continue;
      if (ready <= 0)
        {
          g_printerr ("%s painted no first frame within %d s\n", path, TIMEOUT_MS / 1000);
          close (fds[0]);
          kill_and_reap (pid);
          return FALSE;
        }
      n = read (fds[0], line + len, sizeof line - 1 - len);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      len += n;
    }
  end = now_us ();
  close (fds[0]);
  line[len] = '\0';

  if (memchr (line, '\n', len) == NULL ||
      sscanf (line, "vmhwm-kb=%ld", &run->vmhwm_kb) != 1 ||
      (renderer = strstr (line, "renderer=")) == NULL ||
      strstr (line, " main-cpu-us=") == NULL || strstr (line, " cpu-us=") == NULL)
    {
      g_printerr ("%s wrote no first-frame line (got “%s”); is MADOGUCHI_FIRST_FRAME_FD handled?\n",
                  path, line);
      kill_and_reap (pid);
      return FALSE;
    }

  run->ms = (end - begin) / 1000.0;
  run->main_cpu_ms = g_ascii_strtoll (strstr (line, " main-cpu-us=") + strlen (" main-cpu-us="), NULL, 10) / 1000.0;
  run->cpu_ms = g_ascii_strtoll (strstr (line, " cpu-us=") + strlen (" cpu-us="), NULL, 10) / 1000.0;
  run->renderer = g_strndup (renderer + strlen ("renderer="),
                             strcspn (renderer + strlen ("renderer="), " \n"));

  return reap (pid, 10000, path);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a;
  double y = *(const double *)b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  if (values->len == 0)
    return 0;
  if (values->len % 2 == 1)
    return g_array_index (values, double, values->len / 2);
  return (g_array_index (values, double, values->len / 2 - 1) +
          g_array_index (values, double, values->len / 2)) / 2;
}

/* The GTK class the renderer name should give; NULL for names we do not
 * check. */
static const char *
expected_renderer (const char *name)
{
  if (g_strcmp0 (name, "cairo") == 0)
    return "GskCairoRenderer";
  if (g_strcmp0 (name, "gl") == 0 || g_strcmp0 (name, "opengl") == 0)
    return "GskGLRenderer";
  return NULL;
}

typedef enum {
  RESULT_MET,
  RESULT_MISSED,
  RESULT_UNAVAILABLE,
  RESULT_FAILED,
} Result;

typedef struct {
  GArray *ms;           /* wall time, fork to first frame */
  GArray *main_cpu_ms;  /* CPU time to the first frame, main thread */
  GArray *cpu_ms;       /* CPU time to the first frame, all threads */
  GArray *mb;           /* VmHWM at the first frame */
} Figures;

static void
figures_init (Figures *figures)
{
  figures->ms = g_array_new (FALSE, FALSE, sizeof (double));
  figures->main_cpu_ms = g_array_new (FALSE, FALSE, sizeof (double));
  figures->cpu_ms = g_array_new (FALSE, FALSE, sizeof (double));
  figures->mb = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
figures_clear (Figures *figures)
{
  g_clear_pointer (&figures->ms, g_array_unref);
  g_clear_pointer (&figures->main_cpu_ms, g_array_unref);
  g_clear_pointer (&figures->cpu_ms, g_array_unref);
  g_clear_pointer (&figures->mb, g_array_unref);
}

static void
print_runs (const char *name,
            const char *renderer,
            GArray     *values)
{
  g_autoptr(GString) all = g_string_new (NULL);

  for (guint i = 0; i < values->len; i++)
    g_string_append_printf (all, " %.0f", g_array_index (values, double, i));
  g_print ("# %s (%s), ms in run order:%s\n", name, renderer, all->str);
}

/* Starts both programs runs times each and prints the figures; the goals
 * decide the result only when judged (the first renderer). */
static Result
measure (const char  *renderer,
         guint        runs,
         gboolean     judged,
         const char  *paths[2],
         char       **base_env)
{
  static const char *names[2] = { "app", "bare" };
  g_auto(GStrv) env = g_environ_setenv (g_strdupv (base_env), "GSK_RENDERER", renderer, TRUE);
  g_autoptr(GArray) paired = g_array_new (FALSE, FALSE, sizeof (double));
  const char *expected = expected_renderer (renderer);
  const char *verdict_ms;
  const char *verdict_mb;
  Result result = RESULT_FAILED;
  Figures figures[2];
  double median_ms[2];
  double median_main_cpu[2];
  double median_cpu[2];
  double median_mb[2];
  double ratio;
  double extra;

  figures_init (&figures[0]);
  figures_init (&figures[1]);

  for (guint i = 0; i < WARM_UP_RUNS + runs; i++)
    {
      double ms[2];

      /* Alternate which goes first, so that drift in the machine's state
       * (caches, clock, other load) falls on both alike. */
      for (guint k = 0; k < 2; k++)
        {
          guint which = (i % 2 == 0) ? k : 1 - k;
          Run run = { 0 };
          double run_mb;

          if (!run_once (paths[which], env, &run))
            goto out;

          if (expected != NULL && strcmp (run.renderer, expected) != 0)
            {
              g_print ("startup (%s): not available here; GTK used %s instead\n",
                       renderer, run.renderer);
              g_free (run.renderer);
              result = RESULT_UNAVAILABLE;
              goto out;
            }
          g_free (run.renderer);

          if (i < WARM_UP_RUNS)
            continue;
          ms[which] = run.ms;
          run_mb = run.vmhwm_kb / 1024.0;
          g_array_append_val (figures[which].ms, run.ms);
          g_array_append_val (figures[which].main_cpu_ms, run.main_cpu_ms);
          g_array_append_val (figures[which].cpu_ms, run.cpu_ms);
          g_array_append_val (figures[which].mb, run_mb);
        }

      if (i >= WARM_UP_RUNS)
        g_array_append_vals (paired, (double[]) { ms[0] / ms[1] }, 1);
    }

  for (guint k = 0; k < 2; k++)
    {
      print_runs (names[k], renderer, figures[k].ms);
      median_ms[k] = median (figures[k].ms);
      median_main_cpu[k] = median (figures[k].main_cpu_ms);
      median_cpu[k] = median (figures[k].cpu_ms);
      median_mb[k] = median (figures[k].mb);
    }

  ratio = median_ms[0] / median_ms[1];
  extra = median_mb[0] - median_mb[1];
  verdict_ms = !judged ? "(reported, not judged)" : ratio <= GOAL_RATIO ? "ok" : "MISSED";
  verdict_mb = !judged ? "(reported, not judged)" : extra <= GOAL_EXTRA_MB ? "ok" : "MISSED";

  g_print ("# fastest: app %.1f ms, bare %.1f ms; median of the per-pair ratios %.2f\n",
           g_array_index (figures[0].ms, double, 0), g_array_index (figures[1].ms, double, 0),
           median (paired));
  g_print ("# CPU time to the first frame (median), main thread: app %.1f ms, bare %.1f ms, ratio %.2f; "
           "all threads: app %.1f ms, bare %.1f ms, ratio %.2f\n",
           median_main_cpu[0], median_main_cpu[1], median_main_cpu[0] / median_main_cpu[1],
           median_cpu[0], median_cpu[1], median_cpu[0] / median_cpu[1]);
  g_print ("startup (%s, median of %u): app %.1f ms, bare %.1f ms, ratio %.2f (goal ≤ %.2f) %s\n",
           renderer, runs, median_ms[0], median_ms[1], ratio, GOAL_RATIO, verdict_ms);
  g_print ("memory (%s, median of %u): app %.1f MB, bare %.1f MB, %+.1f MB (goal ≤ +%.0f MB) %s\n",
           renderer, runs, median_mb[0], median_mb[1], extra, GOAL_EXTRA_MB, verdict_mb);

  result = (!judged || (ratio <= GOAL_RATIO && extra <= GOAL_EXTRA_MB)) ? RESULT_MET : RESULT_MISSED;

out:
  figures_clear (&figures[0]);
  figures_clear (&figures[1]);
  return result;
}

/* --once: what the test suite runs, so that the hook and the bare window
 * keep working where the benchmark itself is not run. */
static gboolean
check_once (const char  *renderer,
            const char  *paths[2],
            char       **base_env)
{
  g_auto(GStrv) env = g_environ_setenv (g_strdupv (base_env), "GSK_RENDERER", renderer, TRUE);
  gboolean ok = TRUE;

  g_print ("1..2\n");
  for (guint k = 0; k < 2; k++)
    {
      Run run = { 0 };

      if (run_once (paths[k], env, &run))
        g_print ("ok %u - %s: first frame after %.0f ms (CPU %.0f ms), VmHWM %.1f MB, %s\n",
                 k + 1, paths[k], run.ms, run.cpu_ms, run.vmhwm_kb / 1024.0, run.renderer);
      else
        {
          g_print ("not ok %u - %s: no first frame\n", k + 1, paths[k]);
          ok = FALSE;
        }
      g_free (run.renderer);
    }

  return ok;
}

int
main (int   argc,
      char *argv[])
{
  int runs = DEFAULT_RUNS;
  gboolean once = FALSE;
  g_auto(GStrv) renderers = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = NULL;
  const char *paths[2];
  gboolean ok = TRUE;
  GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Starts of each program (at least 10)", "N" },
    { "once", 0, 0, G_OPTION_ARG_NONE, &once, "Start each program once and check its first-frame line (a test, no goals)", NULL },
    { "renderer", 'r', 0, G_OPTION_ARG_STRING_ARRAY, &renderers, "GSK renderer, repeatable; the goals apply to the first (default: cairo, then gl)", "NAME" },
    { NULL }
  };

  setlocale (LC_ALL, "");

  context = g_option_context_new ("APP BARE — startup time and memory against an empty window");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 3)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "Give the app and the bare window.");
      return 2;
    }
  if (runs < MIN_RUNS && !once)
    {
      g_printerr ("--runs must be at least %d\n", MIN_RUNS);
      return 2;
    }
  paths[0] = argv[1];
  paths[1] = argv[2];

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display (run under xvfb-run)\n");
      return 77;
    }

  if (renderers == NULL)
    renderers = g_strsplit ("cairo,gl", ",", -1);

  /* The same environment for both; what the caller set (the display,
   * GSETTINGS_SCHEMA_DIR) is kept. */
  env = g_get_environ ();
  env = g_environ_setenv (env, "MADOGUCHI_FIRST_FRAME_FD", G_STRINGIFY (FIRST_FRAME_FD), TRUE);
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);
  env = g_environ_setenv (env, "GTK_A11Y", "none", TRUE);
  env = g_environ_setenv (env, "NO_AT_BRIDGE", "1", TRUE);
  /* Japanese text needs the heavy CJK fonts, as on a desk. */
  env = g_environ_setenv (env, "LANGUAGE", "ja", TRUE);
  /* No session bus: no D-Bus autolaunch, no single-instance hand-over to
   * a program that is still quitting. */
  env = g_environ_setenv (env, "DBUS_SESSION_BUS_ADDRESS",
                          "unix:path=/nonexistent/madoguchi-bench", TRUE);
  env = g_environ_unsetenv (env, "G_MESSAGES_DEBUG");
  /* meson test sets it for tests (not for benchmarks): it would fill every
   * allocation and so touch memory that VmHWM then counts. */
  env = g_environ_unsetenv (env, "MALLOC_PERTURB_");

  if (once)
    return check_once (renderers[0], paths, env) ? 0 : 1;

  g_print ("# %s vs %s, %d runs each after %d warm-up, display %s\n",
           paths[0], paths[1], runs, WARM_UP_RUNS,
           g_getenv ("WAYLAND_DISPLAY") != NULL ? g_getenv ("WAYLAND_DISPLAY") : g_getenv ("DISPLAY"));

  for (guint i = 0; renderers[i] != NULL; i++)
    {
      switch (measure (renderers[i], runs, i == 0, paths, env))
        {
        case RESULT_MET:
          break;
        case RESULT_MISSED:
          ok = FALSE;
          break;
        case RESULT_UNAVAILABLE:
          /* Only the judged renderer must be there. */
          if (i == 0)
            ok = FALSE;
          break;
        case RESULT_FAILED:
          g_print ("startup (%s): a run failed\n", renderers[i]);
          ok = FALSE;
          break;
        }
    }

  return ok ? 0 : 1;
}
