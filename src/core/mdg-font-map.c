/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-font-map.c — the faces printed documents are set in.
 *
 * Documents see only the faces they name. A handout then comes out the same
 * on every desk, whatever other fonts and font rules the desktop has, and
 * fontconfig sorts some twenty faces for each font Pango loads instead of
 * every face on the system (465 on a Debian desk with the set-up's fonts):
 * the Chinese handout of case 12 took half the instructions it did.
 */

#include "config.h"

#include "mdg-font-map.h"

#ifdef MDG_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#include <pango/pangofc-fontmap.h>
#endif

#ifdef MDG_HAVE_FONTCONFIG
static void
append_dirs (GString    *xml,
             const char *element,
             FcStrList  *dirs)
{
  const FcChar8 *dir;

  if (dirs == NULL)
    return;
  while ((dir = FcStrListNext (dirs)) != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text ((const char *) dir, -1);

      g_string_append_printf (xml, "<%s>%s</%s>\n", element, escaped, element);
    }
  FcStrListDone (dirs);
}

static void
append_accept (GString            *xml,
               const char * const *families)
{
  for (guint i = 0; families[i] != NULL; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (families[i], -1);

      g_string_append_printf (xml, "<pattern><patelt name=\"family\"><string>%s</string>"
                              "</patelt></pattern>\n", escaped);
    }
}

/* A fontconfig configuration that sees the desk's font folders and caches,
 * but accepts only the named families and has none of the desktop's
 * substitution rules. */
static FcConfig *
config_new (const char * const *families,
            const char * const *fallbacks)
{
  FcConfig *system = FcConfigGetCurrent ();
  FcConfig *config;
  GString *xml;
  gboolean ok;

  if (system == NULL)
    return NULL;

  xml = g_string_new ("<?xml version=\"1.0\"?>\n"
                      "<!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\">\n"
                      "<fontconfig>\n");
  if (g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS))
    {
      /* A sandbox finds the host's font caches through its configuration's
       * <remap-dir> rules, which no call gives out: read that file too.
       * Its rules cost time but cannot bring in a face rejected below. */
      FcChar8 *file = FcConfigGetFilename (system, NULL);
      g_autofree char *escaped = g_markup_escape_text ((const char *) file, -1);

      g_string_append_printf (xml, "<include ignore_missing=\"yes\">%s</include>\n", escaped);
      FcStrFree (file);
    }
  else
    {
      append_dirs (xml, "dir", FcConfigGetFontDirs (system));
      append_dirs (xml, "cachedir", FcConfigGetCacheDirs (system));
    }
  g_string_append (xml, "<selectfont><acceptfont>\n");
  append_accept (xml, families);
  append_accept (xml, fallbacks);
  /* An empty pattern matches every font; accepting overrides rejecting. */
  g_string_append (xml, "</acceptfont><rejectfont><pattern/></rejectfont></selectfont>\n"
                        "</fontconfig>\n");

  config = FcConfigCreate ();
  ok = config != NULL
       && FcConfigParseAndLoadFromMemory (config, (const FcChar8 *) xml->str, FcFalse)
       && FcConfigBuildFonts (config);
  g_string_free (xml, TRUE);
  if (!ok)
    {
      g_clear_pointer (&config, FcConfigDestroy);
      return NULL;
    }
  return config;
}

/* Every family must be there, or the documents would fall back to whatever
 * face fontconfig sorts first; then the desktop's own configuration is better. */
static gboolean
config_has_families (FcConfig           *config,
                     const char * const *families)
{
  for (guint i = 0; families[i] != NULL; i++)
    {
      FcPattern *pattern = FcPatternBuild (NULL, FC_FAMILY, FcTypeString, families[i], (char *) NULL);
      FcObjectSet *objects = FcObjectSetBuild (FC_FAMILY, (char *) NULL);
      FcFontSet *fonts = FcFontList (config, pattern, objects);
      gboolean found = fonts != NULL && fonts->nfont > 0;

      if (fonts != NULL)
        FcFontSetDestroy (fonts);
      FcObjectSetDestroy (objects);
      FcPatternDestroy (pattern);
      if (!found)
        return FALSE;
    }
  return TRUE;
}
#endif

PangoFontMap *
mdg_font_map_new_for_families (const char * const *families,
                               const char * const *fallbacks)
{
#ifdef MDG_HAVE_FONTCONFIG
  FcConfig *config;
  PangoFontMap *map;

  g_return_val_if_fail (families != NULL, NULL);
  g_return_val_if_fail (fallbacks != NULL, NULL);

  config = config_new (families, fallbacks);
  if (config == NULL)
    return NULL;
  if (!config_has_families (config, families))
    {
      FcConfigDestroy (config);
      return NULL;
    }
  map = pango_cairo_font_map_new_for_font_type (CAIRO_FONT_TYPE_FT);
  if (map == NULL || !PANGO_IS_FC_FONT_MAP (map))
    {
      g_clear_object (&map);
      FcConfigDestroy (config);
      return NULL;
    }
  pango_fc_font_map_set_config (PANGO_FC_FONT_MAP (map), config);
  FcConfigDestroy (config);
  return map;
#else
  return NULL;
#endif
}
