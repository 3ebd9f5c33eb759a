/* mdg-about.c — the About window, built from the bundled metainfo.
 *
 * The metainfo (data/io.github.madoguchi.Madoguchi.metainfo.xml.in, merged
 * with the translations in po/ at build time) is the one place where the
 * name, summary, links, licence and releases are written; the About window
 * reads them from the copy in the resources, so that it cannot drift from
 * what software centres show. libadwaita 1.4 can do this itself
 * (adw_about_window_new_from_appdata) but Debian 12 has 1.2, so this is a
 * small GMarkup reader of the few elements the window needs.
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "mdg-about.h"
#include "mdg-ui-resources.h"

#define METAINFO_RESOURCE RESOURCE_BASE "/" APP_ID ".metainfo.xml"

/* How well an xml:lang matches the UI language: the index in
 * g_get_language_names(), lower is better. */
#define RANK_UNWANTED G_MAXUINT

typedef struct {
  char  *text;
  guint  rank;
} Localized;

/* One block of the release notes: "p" or "li" with its markup, or "ul",
 * "/ul", "ol", "/ol" with none. */
typedef struct {
  char  *tag;
  char  *markup;
  guint  rank;
} NoteBlock;

typedef struct {
  Localized  name;
  Localized  summary;
  Localized  developer_name;
  char      *homepage;
  char      *bugtracker;
  char      *help;
  char      *vcs_browser;
  char      *project_license;
  char      *version;        /* of the newest release, the first listed */
  GPtrArray *notes;          /* NoteBlock, of the newest release */

  /* While parsing */
  GString   *text;
  gboolean   collecting;
  gboolean   text_translated;
  guint      text_rank;
  char      *url_type;
  guint      n_releases;
  gboolean   in_notes;
} Appdata;

static void
note_block_free (gpointer data)
{
  NoteBlock *block = data;

  g_free (block->tag);
  g_free (block->markup);
  g_free (block);
}

static void
appdata_clear (Appdata *data)
{
  g_free (data->name.text);
  g_free (data->summary.text);
  g_free (data->developer_name.text);
  g_free (data->homepage);
  g_free (data->bugtracker);
  g_free (data->help);
  g_free (data->vcs_browser);
  g_free (data->project_license);
  g_free (data->version);
  g_clear_pointer (&data->notes, g_ptr_array_unref);
  g_string_free (data->text, TRUE);
  g_free (data->url_type);
}

static guint
language_rank (const char *lang)
{
  const char * const *names = g_get_language_names ();
  g_autofree char *locale = NULL;

  /* Untranslated text is English: as good as the first English or C entry. */
  if (lang == NULL)
    {
      for (guint i = 0; names[i] != NULL; i++)
        if (g_str_equal (names[i], "C") || g_str_equal (names[i], "POSIX") ||
            g_str_has_prefix (names[i], "C.") ||
            (g_str_has_prefix (names[i], "en") && strchr ("_.@", names[i][2]) != NULL))
          return i;
      return RANK_UNWANTED - 1;
    }

  /* xml:lang is a BCP 47 tag (pt-BR), the language names are locales (pt_BR). */
  locale = g_strdelimit (g_strdup (lang), "-", '_');
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], locale))
      return i;

  return RANK_UNWANTED;
}

static void
replace_string (char       **field,
                const char  *text)
{
  g_free (*field);
  *field = g_strdup (text);
}

static void
localized_offer (Localized  *field,
                 const char *text,
                 guint       rank)
{
  if (rank < field->rank)
    {
      replace_string (&field->text, text);
      field->rank = rank;
    }
}

/* As software centres show it: runs of white space, line breaks included,
 * are one space. */
static char *
collapse_white_space (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* The merged metainfo puts each translation right after the English element
 * it translates, so a translation replaces the block before it. */
static void
add_note_block (Appdata    *data,
                const char *tag,
                const char *markup,
                gboolean    translated,
                guint       rank)
{
  NoteBlock *last = data->notes->len > 0
                    ? g_ptr_array_index (data->notes, data->notes->len - 1) : NULL;
  NoteBlock *block;

  if (rank == RANK_UNWANTED)
    return;

  if (translated)
    {
      if (last != NULL && g_str_equal (last->tag, tag) && rank < last->rank)
        {
          g_free (last->markup);
          last->markup = g_strdup (markup);
          last->rank = rank;
        }
      return;
    }

  block = g_new0 (NoteBlock, 1);
  block->tag = g_strdup (tag);
  block->markup = g_strdup (markup);
  block->rank = rank;
  g_ptr_array_add (data->notes, block);
}

static const char *
find_attribute (const char  *name,
                const char **names,
                const char **values)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return values[i];

  return NULL;
}

static const char *
parent_element (GMarkupParseContext *context)
{
  const GSList *stack = g_markup_parse_context_get_element_stack (context);

  return stack != NULL && stack->next != NULL ? stack->next->data : "";
}

static void
begin_text (Appdata    *data,
            const char *lang)
{
  g_string_truncate (data->text, 0);
  data->collecting = TRUE;
  data->text_translated = lang != NULL;
  data->text_rank = language_rank (lang);
}

static void
start_element (GMarkupParseContext  *context,
               const char           *element_name,
               const char          **attribute_names,
               const char          **attribute_values,
               gpointer              user_data,
               GError              **error)
{
  Appdata *data = user_data;
  const char *parent = parent_element (context);
  const char *lang = find_attribute ("xml:lang", attribute_names, attribute_values);

  if (data->in_notes)
    {
      if (g_str_equal (element_name, "p") || g_str_equal (element_name, "li"))
        begin_text (data, lang);
      else if (g_str_equal (element_name, "ul") || g_str_equal (element_name, "ol"))
        add_note_block (data, element_name, NULL, FALSE, 0);
      else if (data->collecting &&
               (g_str_equal (element_name, "em") || g_str_equal (element_name, "code")))
        g_string_append_printf (data->text, "<%s>", element_name);
      return;
    }

  if (g_str_equal (parent, "component") &&
      (g_str_equal (element_name, "name") || g_str_equal (element_name, "summary") ||
       g_str_equal (element_name, "developer_name") || g_str_equal (element_name, "url") ||
       g_str_equal (element_name, "project_license")))
    {
      begin_text (data, lang);
      g_free (data->url_type);
      data->url_type = g_strdup (find_attribute ("type", attribute_names, attribute_values));
    }
  /* AppStream 1.0 writes the developer as <developer><name>. */
  else if (g_str_equal (parent, "developer") && g_str_equal (element_name, "name"))
    begin_text (data, lang);
  else if (g_str_equal (parent, "releases") && g_str_equal (element_name, "release"))
    {
      if (data->n_releases++ == 0)
        data->version = g_strdup (find_attribute ("version", attribute_names, attribute_values));
    }
  else if (g_str_equal (parent, "release") && g_str_equal (element_name, "description"))
    data->in_notes = data->n_releases == 1;
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element_name,
             gpointer              user_data,
             GError              **error)
{
  Appdata *data = user_data;
  const char *parent = parent_element (context);
  g_autofree char *text = NULL;

  if (data->in_notes)
    {
      if (g_str_equal (element_name, "description"))
        data->in_notes = FALSE;
      else if (g_str_equal (element_name, "ul") || g_str_equal (element_name, "ol"))
        {
          g_autofree char *closing = g_strconcat ("/", element_name, NULL);

          add_note_block (data, closing, NULL, FALSE, 0);
        }
      else if (!data->collecting)
        ;
      else if (g_str_equal (element_name, "em") || g_str_equal (element_name, "code"))
        g_string_append_printf (data->text, "</%s>", element_name);
      else if (g_str_equal (element_name, "p") || g_str_equal (element_name, "li"))
        {
          text = collapse_white_space (data->text->str);
          add_note_block (data, element_name, text, data->text_translated, data->text_rank);
          data->collecting = FALSE;
        }
      return;
    }

  if (!data->collecting)
    return;

  data->collecting = FALSE;
  text = collapse_white_space (data->text->str);

  if (g_str_equal (parent, "developer"))
    localized_offer (&data->developer_name, text, data->text_rank);
  else if (g_str_equal (element_name, "name"))
    localized_offer (&data->name, text, data->text_rank);
  else if (g_str_equal (element_name, "summary"))
    localized_offer (&data->summary, text, data->text_rank);
  else if (g_str_equal (element_name, "developer_name"))
    localized_offer (&data->developer_name, text, data->text_rank);
  else if (g_str_equal (element_name, "project_license"))
    replace_string (&data->project_license, text);
  else if (g_strcmp0 (data->url_type, "homepage") == 0)
    replace_string (&data->homepage, text);
  else if (g_strcmp0 (data->url_type, "bugtracker") == 0)
    replace_string (&data->bugtracker, text);
  else if (g_strcmp0 (data->url_type, "help") == 0)
    replace_string (&data->help, text);
  else if (g_strcmp0 (data->url_type, "vcs-browser") == 0)
    replace_string (&data->vcs_browser, text);
}

static void
character_data (GMarkupParseContext  *context,
                const char           *text,
                gsize                 text_len,
                gpointer              user_data,
                GError              **error)
{
  Appdata *data = user_data;

  if (!data->collecting)
    return;

  /* The release notes are markup, the other fields plain text. */
  if (data->in_notes)
    {
      g_autofree char *escaped = g_markup_escape_text (text, text_len);

      g_string_append (data->text, escaped);
    }
  else
    g_string_append_len (data->text, text, text_len);
}

static char *
appdata_get_release_notes (Appdata *data)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < data->notes->len; i++)
    {
      NoteBlock *block = g_ptr_array_index (data->notes, i);

      if (block->markup != NULL)
        g_string_append_printf (out, "<%s>%s</%s>\n", block->tag, block->markup, block->tag);
      else
        g_string_append_printf (out, "<%s>\n", block->tag);
    }

  return g_string_free (out, out->len == 0);
}

static gboolean
appdata_load (Appdata  *data,
              GError  **error)
{
  static const GMarkupParser parser = { start_element, end_element, character_data, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const char *xml;

  /* From our own resource, which also keeps it linked into the tests. */
  bytes = g_resource_lookup_data (mdg_ui_get_resource (), METAINFO_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;

  xml = g_bytes_get_data (bytes, &size);
  context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, data, NULL);

  return g_markup_parse_context_parse (context, xml, size, error) &&
         g_markup_parse_context_end_parse (context, error);
}

static GtkLicense
license_type_for (const char *spdx)
{
  static const struct {
    const char *spdx;
    GtkLicense  type;
  } licenses[] = {
    { "GPL-2.0-or-later", GTK_LICENSE_GPL_2_0 },
    { "GPL-2.0-only", GTK_LICENSE_GPL_2_0_ONLY },
    { "GPL-3.0-or-later", GTK_LICENSE_GPL_3_0 },
    { "GPL-3.0-only", GTK_LICENSE_GPL_3_0_ONLY },
    { "LGPL-2.1-or-later", GTK_LICENSE_LGPL_2_1 },
    { "LGPL-2.1-only", GTK_LICENSE_LGPL_2_1_ONLY },
    { "LGPL-3.0-or-later", GTK_LICENSE_LGPL_3_0 },
    { "LGPL-3.0-only", GTK_LICENSE_LGPL_3_0_ONLY },
    { "AGPL-3.0-or-later", GTK_LICENSE_AGPL_3_0 },
    { "AGPL-3.0-only", GTK_LICENSE_AGPL_3_0_ONLY },
    { "MIT", GTK_LICENSE_MIT_X11 },
    { "BSD-2-Clause", GTK_LICENSE_BSD },
    { "BSD-3-Clause", GTK_LICENSE_BSD_3 },
    { "Apache-2.0", GTK_LICENSE_APACHE_2_0 },
    { "MPL-2.0", GTK_LICENSE_MPL_2_0 },
    { "Artistic-2.0", GTK_LICENSE_ARTISTIC },
  };

  for (guint i = 0; i < G_N_ELEMENTS (licenses); i++)
    if (g_strcmp0 (licenses[i].spdx, spdx) == 0)
      return licenses[i].type;

  return GTK_LICENSE_UNKNOWN;
}

GtkWindow *
mdg_about_window_new (GtkWindow *parent)
{
  Appdata data = {
    .name.rank = RANK_UNWANTED,
    .summary.rank = RANK_UNWANTED,
    .developer_name.rank = RANK_UNWANTED,
    .notes = g_ptr_array_new_with_free_func (note_block_free),
    .text = g_string_new (NULL),
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *release_notes = NULL;
  AdwAboutWindow *about;
  GtkLicense license_type;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  if (!appdata_load (&data, &error))
    g_warning ("Could not read the metainfo %s: %s", METAINFO_RESOURCE, error->message);

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_application_name (about, data.name.text ? data.name.text : "Madoguchi");
  adw_about_window_set_version (about, data.version ? data.version : PACKAGE_VERSION);
  if (data.developer_name.text != NULL)
    {
      const char *developers[] = { data.developer_name.text, NULL };

      adw_about_window_set_developer_name (about, data.developer_name.text);
      adw_about_window_set_developers (about, developers);
    }
  if (data.summary.text != NULL)
    adw_about_window_set_comments (about, data.summary.text);
  if (data.homepage != NULL)
    adw_about_window_set_website (about, data.homepage);
  if (data.bugtracker != NULL)
    adw_about_window_set_issue_url (about, data.bugtracker);
  if (data.help != NULL)
    adw_about_window_set_support_url (about, data.help);
  if (data.vcs_browser != NULL)
    adw_about_window_add_link (about, _("Source Code"), data.vcs_browser);

  release_notes = appdata_get_release_notes (&data);
  if (release_notes != NULL && data.version != NULL)
    {
      adw_about_window_set_release_notes_version (about, data.version);
      adw_about_window_set_release_notes (about, release_notes);
    }

  license_type = license_type_for (data.project_license);
  if (license_type != GTK_LICENSE_UNKNOWN)
    adw_about_window_set_license_type (about, license_type);
  else if (data.project_license != NULL)
    {
      g_autofree char *license = g_markup_escape_text (data.project_license, -1);

      adw_about_window_set_license (about, license);
    }

  /* Not in the metainfo: AppStream has no element for it. */
  adw_about_window_set_copyright (about, "© 2026 The Madoguchi developers");
  /* Translators: put your names here, one per line. */
  adw_about_window_set_translator_credits (about, _("translator-credits"));

  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (about), parent);
      gtk_window_set_modal (GTK_WINDOW (about), TRUE);
      gtk_window_set_destroy_with_parent (GTK_WINDOW (about), TRUE);
    }

  appdata_clear (&data);

  return GTK_WINDOW (about);
}
