/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <libintl.h>
#include <glib/gi18n-lib.h>

#include "mdg-i18n.h"
#include "mdg-i18n-private.h"
#include "mdg-language.h"

void
mdg_i18n_init (void)
{
  const char *dir = g_getenv ("MADOGUCHI_LOCALEDIR");
  const char *current;

  setlocale (LC_ALL, "");
  /* gettext ignores LANGUAGE under the plain C locale, which is what a desk
   * PC started from a service, or CI, often has. C.UTF-8 keeps C's
   * behaviour for everything else. */
  current = setlocale (LC_MESSAGES, NULL);
  if (current == NULL || strcmp (current, "C") == 0 || strcmp (current, "POSIX") == 0)
    {
      setlocale (LC_MESSAGES, "C.UTF-8");
      setlocale (LC_CTYPE, "C.UTF-8");
    }

  bindtextdomain (GETTEXT_PACKAGE, dir != NULL && *dir != '\0' ? dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

const char *
mdg_i18n_locale_for (const char *tag)
{
  const MdgLanguage *language = mdg_language_lookup (tag);

  return language != NULL ? language->locale : NULL;
}

/* mdg_translate() reads the .mo files itself instead of switching $LANGUAGE
 * around dgettext(): setenv() is not thread-safe (the knowledge base loads in
 * a thread), and each switch made glibc drop its translation cache.
 *
 * A .mo file (GNU gettext's "MO Files" format) starts with seven 32-bit words
 * in the byte order of its magic number: the magic 0x950412de, the revision,
 * the number of strings N, the offset of the originals' table, the offset of
 * the translations' table, and the hash table's size and offset (unused here).
 * Each table holds N (length, offset) pairs; each string is NUL-terminated,
 * the length not counting the NUL. A plural entry's original and translation
 * are several strings one after the other; the first is the singular. An entry
 * with a context has the original "context\004msgid". Every offset is checked
 * against the file's size: what lies outside, or lacks its NUL, translates
 * nothing. */

#define MO_MAGIC         0x950412deU
#define MO_HEADER_WORDS  7

struct _MdgCatalogue {
  char       *data;
  GHashTable *messages;   /* msgid → translation, both pointing into data */
};

static guint32
mo_word (const guchar *data,
         gsize         offset,
         gboolean      swapped)
{
  guint32 word;

  memcpy (&word, data + offset, sizeof word);
  return swapped ? GUINT32_SWAP_LE_BE (word) : word;
}

/* The string of table entry @index (the table lies inside the file), or NULL
 * when the string lies outside it or lacks its NUL. */
static const char *
mo_string (const guchar *data,
           gsize         size,
           guint32       table,
           guint32       index,
           gboolean      swapped)
{
  gsize entry = (gsize) table + (gsize) index * 8;
  guint32 length = mo_word (data, entry, swapped);
  guint32 offset = mo_word (data, entry + 4, swapped);

  if (offset >= size || length >= size - offset || data[offset + length] != '\0')
    return NULL;
  return (const char *) data + offset;
}

MdgCatalogue *
mdg_catalogue_new (char  *data,
                   gsize  size)
{
  g_autofree char *owned = data;
  const guchar *bytes = (const guchar *) data;
  MdgCatalogue *catalogue;
  guint32 n, originals, translations;
  gboolean swapped;

  if (data == NULL || size < MO_HEADER_WORDS * 4)
    return NULL;
  if (mo_word (bytes, 0, FALSE) == MO_MAGIC)
    swapped = FALSE;
  else if (mo_word (bytes, 0, TRUE) == MO_MAGIC)
    swapped = TRUE;
  else
    return NULL;
  /* Revisions 0.x and 1.x share this layout. */
  if ((mo_word (bytes, 4, swapped) >> 16) > 1)
    return NULL;

  n = mo_word (bytes, 8, swapped);
  originals = mo_word (bytes, 12, swapped);
  translations = mo_word (bytes, 16, swapped);
  if (originals > size || translations > size ||
      n > (size - originals) / 8 || n > (size - translations) / 8)
    return NULL;

  catalogue = g_new0 (MdgCatalogue, 1);
  catalogue->messages = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint32 i = 0; i < n; i++)
    {
      const char *msgid = mo_string (bytes, size, originals, i, swapped);
      const char *msgstr = mo_string (bytes, size, translations, i, swapped);

      /* gettext converts from the file's charset; ours are all UTF-8, so a
       * translation that is not valid UTF-8 counts as missing, like an
       * empty one. */
      if (msgid != NULL && msgstr != NULL && *msgstr != '\0' &&
          g_utf8_validate (msgstr, -1, NULL))
        g_hash_table_insert (catalogue->messages, (gpointer) msgid, (gpointer) msgstr);
    }
  catalogue->data = g_steal_pointer (&owned);
  return catalogue;
}

const char *
mdg_catalogue_lookup (MdgCatalogue *catalogue,
                      const char   *msgid)
{
  return catalogue != NULL ? g_hash_table_lookup (catalogue->messages, msgid) : NULL;
}

void
mdg_catalogue_free (MdgCatalogue *catalogue)
{
  if (catalogue == NULL)
    return;
  g_hash_table_unref (catalogue->messages);
  g_free (catalogue->data);
  g_free (catalogue);
}

/* The catalogue of @locale in the text domain's directory, loaded once: .mo
 * path → MdgCatalogue, or NULL for a missing or broken file. Catalogues are
 * never freed, so their translations live as long as gettext's would. */
static MdgCatalogue *
catalogue_for (const char *locale)
{
  static GMutex lock;
  static GHashTable *catalogues;
  g_autofree char *path = NULL;
  MdgCatalogue *catalogue = NULL;

  /* Whatever mdg_i18n_init() (or nobody) bound, as dgettext() would use. */
  path = g_build_filename (bindtextdomain (GETTEXT_PACKAGE, NULL), locale,
                           "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

  g_mutex_lock (&lock);
  if (catalogues == NULL)
    catalogues = g_hash_table_new (g_str_hash, g_str_equal);
  if (!g_hash_table_lookup_extended (catalogues, path, NULL, (gpointer *) &catalogue))
    {
      char *data = NULL;
      gsize size = 0;

      if (g_file_get_contents (path, &data, &size, NULL))
        catalogue = mdg_catalogue_new (data, size);
      g_hash_table_insert (catalogues, g_steal_pointer (&path), catalogue);
    }
  g_mutex_unlock (&lock);

  return catalogue;
}

const char *
mdg_translate (const char *tag, const char *msgid)
{
  const char *locale = mdg_i18n_locale_for (tag);
  g_autofree char *fallback = NULL;
  const char *result;
  char *cut;

  if (locale == NULL || strcmp (locale, "en") == 0)
    return msgid;

  result = mdg_catalogue_lookup (catalogue_for (locale), msgid);
  if (result != NULL)
    return result;

  /* As gettext does: "ja@easy" falls back to plain Japanese (never to
   * English), "pt_BR" to "pt". */
  fallback = g_strdup (locale);
  if ((cut = strchr (fallback, '@')) != NULL || (cut = strchr (fallback, '_')) != NULL)
    {
      *cut = '\0';
      result = mdg_catalogue_lookup (catalogue_for (fallback), msgid);
    }

  return result != NULL ? result : msgid;
}

const char *
mdg_i18n_ui_content_language (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "ja"))
        return "ja";
      if (strcmp (names[i], "C") != 0 && strcmp (names[i], "POSIX") != 0 &&
          !g_str_has_prefix (names[i], "C."))
        return "en";
    }
  return "en";
}
