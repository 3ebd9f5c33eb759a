#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <libintl.h>
#include <glib/gi18n-lib.h>

#include "mdg-i18n.h"

static const struct {
  const char *tag;
  const char *locale;
} locales[] = {
  { "ja", "ja" },
  { "ja-x-easy", "ja@easy" },
  { "en", "en" },
  { "zh-Hans", "zh_CN" },
  { "vi", "vi" },
  { "ko", "ko" },
  { "fil", "fil" },
  { "ne", "ne" },
  { "id", "id" },
  { "pt-BR", "pt_BR" },
  { "my", "my" },
};

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
  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    if (g_strcmp0 (locales[i].tag, tag) == 0)
      return locales[i].locale;
  return NULL;
}

/* glibc caches translations per message; this counter tells it that the
 * catalogue to use has changed. */
static void
mdg_i18n_language_changed (void)
{
#ifdef __GLIBC__
  extern int _nl_msg_cat_cntr;
  ++_nl_msg_cat_cntr;
#endif
}

const char *
mdg_translate (const char *tag, const char *msgid)
{
  const char *locale = mdg_i18n_locale_for (tag);
  g_autofree char *saved = NULL;
  const char *result;

  if (locale == NULL || strcmp (locale, "en") == 0)
    return msgid;

  saved = g_strdup (g_getenv ("LANGUAGE"));
  /* Easy Japanese falls back to plain Japanese, never to English. */
  if (strcmp (locale, "ja@easy") == 0)
    g_setenv ("LANGUAGE", "ja@easy:ja", TRUE);
  else
    g_setenv ("LANGUAGE", locale, TRUE);
  mdg_i18n_language_changed ();
  /* Not g_dgettext(): it decides once, from the UI locale, whether to
   * translate at all, and a C.UTF-8 desk would never get a translation. */
  result = dgettext (GETTEXT_PACKAGE, msgid);
  if (saved != NULL)
    g_setenv ("LANGUAGE", saved, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  mdg_i18n_language_changed ();

  return result;
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
