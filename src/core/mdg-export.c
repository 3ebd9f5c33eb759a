/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-export.c — PDF export through the same page layout as printing. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#include <sys/mman.h>
#endif
#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "mdg-export.h"

G_DEFINE_QUARK (mdg-export-error-quark, mdg_export_error)

/* cairo hands over a PDF in hundreds of pieces, most of a few bytes: one
 * write() each was some 700 system calls for a handout. */
#define SINK_BUFFER_SIZE (64u << 10)

typedef struct {
  int     fd;
  int     saved_errno;        /* the first write error, or 0 */
  guint8 *buffer;             /* SINK_BUFFER_SIZE bytes */
  gsize   used;
  gboolean discard;           /* the export failed: nothing more is written */
} Sink;

static void
sink_write_all (Sink          *sink,
                const guint8  *bytes,
                gsize          length)
{
  while (length > 0 && sink->saved_errno == 0)
    {
      ssize_t n = write (sink->fd, bytes, length);

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          sink->saved_errno = errno;
          break;
        }
      bytes += n;
      length -= (gsize) n;
    }
}

static void
sink_flush (Sink *sink)
{
  sink_write_all (sink, sink->buffer, sink->used);
  sink->used = 0;
}

static cairo_status_t
sink_write (void                *data,
            const unsigned char *bytes,
            unsigned int         length)
{
  Sink *sink = data;

  if (sink->discard)
    return CAIRO_STATUS_SUCCESS;
  if (sink->used + length > SINK_BUFFER_SIZE)
    sink_flush (sink);
  if (length >= SINK_BUFFER_SIZE)
    sink_write_all (sink, bytes, length);
  else
    {
      memcpy (sink->buffer + sink->used, bytes, length);
      sink->used += length;
    }
  return sink->saved_errno == 0 ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static gboolean
set_write_error (GError     **error,
                 const char  *path,
                 int          saved_errno)
{
  g_set_error (error, MDG_EXPORT_ERROR, MDG_EXPORT_ERROR_WRITE,
               /* Translators: the first %s is a file name, the second why it failed. */
               _("Could not write “%s”: %s."), path, g_strerror (saved_errno));
  return FALSE;
}

/* cairo 1.16 subsets an OpenType CFF font by copying its whole CFF table:
 * 15 MB for each weight of Noto Sans CJK, twice. Faulting that fresh memory
 * in 4 KiB at a time took a third of a Japanese handout's export on a virtual
 * machine. So an export keeps a heap region that may use transparent huge
 * pages (a few 2 MiB faults instead of thousands), and keeps it when freed so
 * that the next copy lands there too. Meant for the one-shot export processes
 * of the command line; elsewhere it only keeps 48 MB of heap. */
static void
reserve_heap_for_fonts (void)
{
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
  static gsize done = 0;
  const size_t size = 48u << 20, huge = 2u << 20;
  char *p;

  if (!g_once_init_enter (&done))
    return;
  /* From the heap rather than fresh mappings, and not given back. */
  mallopt (M_MMAP_THRESHOLD, 64 << 20);
  mallopt (M_TRIM_THRESHOLD, 256 << 20);
  p = malloc (size);
  if (p != NULL)
    {
      uintptr_t start = ((uintptr_t) p + huge - 1) & ~(uintptr_t) (huge - 1);
      uintptr_t end = ((uintptr_t) p + size) & ~(uintptr_t) (huge - 1);

      if (end > start)
        madvise ((void *) start, end - start, MADV_HUGEPAGE);
      free (p);
    }
  g_once_init_leave (&done, 1);
#endif
}

/* Draws every page onto a PDF stream. Returns 0 or an errno value; with
 * characters no font has, -1 and the sentence in @missing, and nothing
 * written (a page of boxes exited 0 before). */
static int
render_pdf (MdgDocument *doc,
            Sink        *sink,
            char       **missing)
{
  double width, height;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n_pages;

  reserve_heap_for_fonts ();
  mdg_document_get_paper_size (doc, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (sink_write, sink, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, mdg_document_get_title (doc));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Madoguchi " PACKAGE_VERSION);
  cr = cairo_create (surface);

  n_pages = mdg_document_paginate (doc, cr, width, height);
  *missing = mdg_document_describe_missing_glyphs (doc);
  if (*missing != NULL)
    {
      /* cairo's header is still in the buffer: dropped with the rest. */
      sink->used = 0;
      sink->discard = TRUE;
      n_pages = 0;
    }
  for (guint i = 0; i < n_pages; i++)
    {
      mdg_document_draw_page (doc, cr, i);
      cairo_show_page (cr);
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  sink_flush (sink);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (*missing != NULL)
    return -1;
  if (sink->saved_errno != 0)
    return sink->saved_errno;
  return status == CAIRO_STATUS_SUCCESS ? 0 : EIO;
}

/* Removes the hidden temporaries of @base in @dir that an export killed
 * midway left behind: those no running export holds locked. */
static void
remove_stale_temporaries (const char *dir,
                          const char *prefix)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  gsize prefix_len = strlen (prefix);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = NULL;
      struct stat st;
      int fd;

      if (strlen (name) != prefix_len + 6 || strncmp (name, prefix, prefix_len) != 0)
        continue;
      path = g_build_filename (dir, name, NULL);
      fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC, 0);
      if (fd < 0)
        continue;
      if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && st.st_uid == geteuid () &&
          flock (fd, LOCK_EX | LOCK_NB) == 0)
        g_unlink (path);
      close (fd);
    }
}

/* “-”: standard output, for a pipe. */
static gboolean
export_to_stdout (MdgDocument  *doc,
                  GError      **error)
{
  g_autofree guint8 *buffer = g_malloc (SINK_BUFFER_SIZE);
  Sink sink = { STDOUT_FILENO, 0, buffer, 0, FALSE };
  g_autofree char *missing = NULL;
  int saved_errno;

  if (isatty (STDOUT_FILENO))
    {
      g_set_error (error, MDG_EXPORT_ERROR, MDG_EXPORT_ERROR_WRITE,
                   _("Standard output is a terminal; send the PDF to a pipe or a file."));
      return FALSE;
    }
  saved_errno = render_pdf (doc, &sink, &missing);
  if (missing != NULL)
    {
      g_set_error_literal (error, MDG_EXPORT_ERROR, MDG_EXPORT_ERROR_FONT, missing);
      return FALSE;
    }
  if (saved_errno != 0)
    return set_write_error (error, _("standard output"), saved_errno);
  return TRUE;
}

gboolean
mdg_export_document (MdgDocument  *doc,
                     const char   *path,
                     GError      **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *tmp = NULL;
  g_autofree guint8 *buffer = NULL;
  g_autofree char *missing = NULL;
  Sink sink = { -1, 0, NULL, 0, FALSE };
  struct stat st;
  gboolean replacing;
  long name_max;
  int saved_errno;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_str_equal (path, "-"))
    return export_to_stdout (doc, error);

  /* A device, a FIFO or a folder is never replaced by a file: --output
   * /dev/full run as root replaced the device node. */
  replacing = g_stat (path, &st) == 0;
  if (replacing && S_ISDIR (st.st_mode))
    return set_write_error (error, path, EISDIR);
  if (replacing && !S_ISREG (st.st_mode))
    {
      g_set_error (error, MDG_EXPORT_ERROR, MDG_EXPORT_ERROR_WRITE,
                   _("Could not write “%s”: it is not a regular file, and is left as it is."),
                   path);
      return FALSE;
    }

  /* A hidden temporary file in the same directory, so the rename is atomic
   * and a failure leaves nothing under @path. open() applies the umask to
   * the mode, as for any new file. The name is cut so that the temporary's
   * fits where @path's does (up to NAME_MAX). */
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  name_max = pathconf (dir, _PC_NAME_MAX);
  if (name_max <= 0)
    name_max = 255;
  if ((long) strlen (base) + 8 > name_max)
    base[MAX (name_max - 8, 1)] = '\0';
  prefix = g_strdup_printf (".%s.", base);
  remove_stale_temporaries (dir, prefix);
  tmp = g_strdup_printf ("%s%c%sXXXXXX", dir, G_DIR_SEPARATOR, prefix);
  sink.fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0666);
  if (sink.fd < 0)
    return set_write_error (error, path, errno);
  /* Held until closed, so that another export does not take it for stale. */
  flock (sink.fd, LOCK_EX | LOCK_NB);
  /* A replaced file keeps its mode: 0640 stayed 0640, not the umask's 0644. */
  if (replacing && fchmod (sink.fd, st.st_mode & 07777) != 0)
    {
      saved_errno = errno;
      close (sink.fd);
      g_unlink (tmp);
      return set_write_error (error, path, saved_errno);
    }

  buffer = g_malloc (SINK_BUFFER_SIZE);
  sink.buffer = buffer;
  saved_errno = render_pdf (doc, &sink, &missing);
  if (saved_errno == 0 && fsync (sink.fd) != 0 && errno != EINVAL)
    saved_errno = errno;
  if (saved_errno == 0 && g_rename (tmp, path) != 0)
    saved_errno = errno;
  if (close (sink.fd) != 0 && saved_errno == 0)
    saved_errno = errno;

  if (saved_errno != 0)
    {
      g_unlink (tmp);
      if (missing != NULL)
        {
          g_set_error_literal (error, MDG_EXPORT_ERROR, MDG_EXPORT_ERROR_FONT, missing);
          return FALSE;
        }
      return set_write_error (error, path, saved_errno);
    }
  return TRUE;
}

static gboolean
check_language (const char  *lang,
                GError     **error)
{
  g_autofree char *known = NULL;

  if (lang != NULL && mdg_language_is_known (lang))
    return TRUE;
  known = g_strjoinv (", ", (char **) mdg_languages);
  /* Translators: the second %s is the list of language tags, e.g. "ja, en, vi". */
  g_set_error (error, MDG_EXPORT_ERROR, MDG_EXPORT_ERROR_LANGUAGE,
               _("“%s” is not a known language; use one of %s."),
               lang != NULL ? lang : "", known);
  return FALSE;
}

gboolean
mdg_export_handout (MdgKb            *kb,
                    guint             number,
                    const char       *lang,
                    const MdgClinic  *clinic,
                    GDateTime        *date,
                    const char       *path,
                    GError          **error)
{
  g_autoptr(MdgDocument) doc = NULL;
  MdgCase *kase;

  g_return_val_if_fail (MDG_IS_KB (kb), FALSE);

  kase = mdg_kb_get_case (kb, number);
  if (kase == NULL)
    {
      g_set_error (error, MDG_EXPORT_ERROR, MDG_EXPORT_ERROR_NO_CASE,
                   _("There is no case %u in the knowledge base."), number);
      return FALSE;
    }
  if (kase->handout == NULL)
    {
      g_set_error (error, MDG_EXPORT_ERROR, MDG_EXPORT_ERROR_NO_HANDOUT,
                   _("Case %u has no patient handout, because only the clinic acts in it."), number);
      return FALSE;
    }
  if (!check_language (lang, error))
    return FALSE;

  doc = mdg_document_new_handout (kb, kase, lang, clinic, date);
  return mdg_export_document (doc, path, error);
}

gboolean
mdg_export_patient_sheet (MdgKb            *kb,
                          const char       *lang,
                          const MdgClinic  *clinic,
                          GDateTime        *date,
                          const char       *path,
                          GError          **error)
{
  g_autoptr(MdgDocument) doc = NULL;

  g_return_val_if_fail (MDG_IS_KB (kb), FALSE);

  if (!check_language (lang, error))
    return FALSE;
  doc = mdg_document_new_patient_sheet (kb, lang, clinic, date);
  return mdg_export_document (doc, path, error);
}

gboolean
mdg_export_staff_sheet (MdgKb            *kb,
                        const char       *ui_lang,
                        const MdgClinic  *clinic,
                        GDateTime        *date,
                        const char       *path,
                        GError          **error)
{
  g_autoptr(MdgDocument) doc = NULL;

  g_return_val_if_fail (MDG_IS_KB (kb), FALSE);

  if (!check_language (ui_lang, error))
    return FALSE;
  doc = mdg_document_new_staff_sheet (kb, ui_lang, clinic, date);
  return mdg_export_document (doc, path, error);
}
