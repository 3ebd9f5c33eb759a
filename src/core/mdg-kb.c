/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-kb.c — the knowledge base's model: its texts and records, MdgCase and MdgKb. No GTK.
 *
 * The format is described in mdg-kb-records.c and docs/KNOWLEDGE-BASE.md; reading it is
 * mdg-kb-loader.c's job.
 */

#include "mdg-kb-private.h"
#include "mdg-ruby.h"

#include <string.h>

G_DEFINE_QUARK (mdg-kb-error-quark, mdg_kb_error)

/* Indexed by MdgActor, and NULL-terminated for g_strv_contains(). */
const char * const mdg_actor_ids[MDG_N_ACTORS + 1] = { "citizen", "patient", "clinic", NULL };

/* Texts and records */

gboolean
mdg_contact_is_for_language (const MdgContact *contact,
                             const char       *lang)
{
  if (contact->staff_only)
    return FALSE;
  if (contact->handout_languages == 0)
    return TRUE;

  for (guint i = 0; mdg_languages[i] != NULL; i++)
    if (g_strcmp0 (mdg_languages[i], lang) == 0)
      return (contact->handout_languages & (1u << i)) != 0;

  return FALSE;
}

const char *
mdg_text_get_exact (const MdgText *text,
                    const char    *lang)
{
  if (text == NULL || lang == NULL)
    return NULL;

  for (guint i = 0; i < text->n_items; i++)
    if (g_str_equal (text->items[i].lang, lang))
      return text->items[i].text;

  return NULL;
}

const char *
mdg_text_get (const MdgText *text,
              const char    *lang)
{
  const char *s;

  if (text == NULL)
    return "";

  if ((s = mdg_text_get_exact (text, lang)) != NULL)
    return s;

  /* Someone reading やさしい日本語 reads Japanese, not English. */
  if (lang != NULL &&
      !g_str_equal (lang, "ja-x-easy") &&
      (s = mdg_text_get_exact (text, "en")) != NULL)
    return s;

  s = mdg_text_get_exact (text, "ja");
  return s != NULL ? s : "";
}

const char *
mdg_text_get_marked (const MdgText *text,
                     const char    *lang)
{
  const char *plain = mdg_text_get (text, lang);

  for (guint i = 0; text != NULL && i < text->n_items; i++)
    if (text->items[i].text == plain && text->items[i].marked != NULL)
      return text->items[i].marked;

  return plain;
}

void
mdg_text_item_set (MdgTextItem *item,
                   const char  *lang,
                   char        *marked)
{
  item->lang = g_strdup (lang);
  if (mdg_ruby_has_markup (marked))
    {
      item->text = mdg_ruby_strip (marked);
      item->marked = marked;
    }
  else
    item->text = marked;
}

void
mdg_text_free (MdgText *text)
{
  if (text == NULL)
    return;

  for (guint i = 0; i < text->n_items; i++)
    {
      g_free (text->items[i].lang);
      g_free (text->items[i].text);
      g_free (text->items[i].marked);
    }
  g_free (text->items);
  g_free (text);
}

void
mdg_area_free (MdgArea *area)
{
  g_free (area->id);
  mdg_text_free (area->name);
  mdg_text_free (area->patient_name);
  g_free (area);
}

void
mdg_contact_free (MdgContact *contact)
{
  g_free (contact->id);
  mdg_text_free (contact->name);
  g_free (contact->phone);
  mdg_text_free (contact->hours);
  g_free (contact->url);
  mdg_text_free (contact->audience);
  g_free (contact->source);
  g_free (contact->checked);
  g_free (contact);
}

void
mdg_update_free (MdgUpdate *update)
{
  g_free (update->id);
  g_free (update->date);
  mdg_text_free (update->title);
  mdg_text_free (update->text);
  g_clear_pointer (&update->sources, g_ptr_array_unref);
  g_free (update->checked);
  g_free (update);
}

void
mdg_source_free (MdgSource *source)
{
  g_free (source->title);
  g_free (source->url);
  g_free (source);
}

void
mdg_term_free (MdgTerm *term)
{
  g_free (term->id);
  mdg_text_free (term->term);
  g_clear_pointer (&term->aliases, g_ptr_array_unref);
  g_free (term->reading);
  mdg_text_free (term->definition);
  g_free (term->source);
  g_free (term->checked);
  g_free (term);
}

void
mdg_part_free (MdgPart *part)
{
  mdg_text_free (part->condition);
  mdg_text_free (part->text);
  g_free (part);
}

void
mdg_response_free (MdgResponse *response)
{
  mdg_text_free (response->preface);
  g_clear_pointer (&response->parts, g_ptr_array_unref);
  g_clear_pointer (&response->notes, g_ptr_array_unref);
  g_free (response);
}

void
mdg_handout_free (MdgHandout *handout)
{
  mdg_text_free (handout->situation);
  g_clear_pointer (&handout->steps, g_ptr_array_unref);
  mdg_text_free (handout->clinic);
  g_free (handout);
}

GPtrArray *
mdg_text_array_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) mdg_text_free);
}

MdgUpdate *
mdg_update_new (void)
{
  MdgUpdate *update = g_new0 (MdgUpdate, 1);

  update->sources = g_ptr_array_new_with_free_func (g_free);
  return update;
}

MdgTerm *
mdg_term_new (void)
{
  MdgTerm *term = g_new0 (MdgTerm, 1);

  term->aliases = g_ptr_array_new_with_free_func (g_free);
  return term;
}

MdgResponse *
mdg_response_new (void)
{
  MdgResponse *response = g_new0 (MdgResponse, 1);

  response->parts = g_ptr_array_new_with_free_func ((GDestroyNotify) mdg_part_free);
  response->notes = mdg_text_array_new ();
  return response;
}

MdgHandout *
mdg_handout_new (void)
{
  MdgHandout *handout = g_new0 (MdgHandout, 1);

  handout->steps = mdg_text_array_new ();
  return handout;
}

/* MdgCase */

G_DEFINE_FINAL_TYPE (MdgCase, mdg_case, G_TYPE_OBJECT)

static GQuark
search_data_quark (void)
{
  return g_quark_from_static_string ("mdg-case-search-data");
}

static void
mdg_case_finalize (GObject *object)
{
  MdgCase *self = MDG_CASE (object);

  /* The search data may point into the texts, so it goes first. */
  g_object_set_qdata (object, search_data_quark (), NULL);
  self->search_data = NULL;

  g_clear_pointer (&self->title, mdg_text_free);
  g_clear_pointer (&self->symptom, mdg_text_free);
  g_clear_pointer (&self->error_code, g_free);
  g_clear_pointer (&self->error_screen, mdg_text_free);
  g_clear_pointer (&self->error_message, mdg_text_free);
  g_clear_pointer (&self->causes, g_ptr_array_unref);
  g_clear_pointer (&self->responses, g_ptr_array_unref);
  g_clear_pointer (&self->notes, g_ptr_array_unref);
  g_clear_pointer (&self->updates, g_ptr_array_unref);
  g_clear_pointer (&self->contacts, g_ptr_array_unref);
  g_clear_pointer (&self->terms, g_ptr_array_unref);
  g_clear_pointer (&self->handout, mdg_handout_free);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->checked, g_free);
  g_clear_pointer (&self->unclear, g_ptr_array_unref);

  G_OBJECT_CLASS (mdg_case_parent_class)->finalize (object);
}

static void
mdg_case_class_init (MdgCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mdg_case_finalize;
}

static void
mdg_case_init (MdgCase *self)
{
  /* Lists are never NULL, so that callers can loop without checking. */
  self->causes = mdg_text_array_new ();
  self->responses = g_ptr_array_new_with_free_func ((GDestroyNotify) mdg_response_free);
  self->notes = mdg_text_array_new ();
  self->updates = g_ptr_array_new ();
  self->contacts = g_ptr_array_new ();
  self->terms = g_ptr_array_new ();
  self->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) mdg_source_free);
  self->unclear = mdg_text_array_new ();
}

gboolean
mdg_case_has_actor (MdgCase  *self,
                    MdgActor  actor)
{
  g_return_val_if_fail (MDG_IS_CASE (self), FALSE);

  for (guint i = 0; i < self->responses->len; i++)
    {
      const MdgResponse *response = g_ptr_array_index (self->responses, i);

      if (response->actor == actor)
        return TRUE;
    }

  return FALSE;
}

void
mdg_case_set_search_data (MdgCase        *self,
                          gpointer        data,
                          GDestroyNotify  destroy)
{
  g_return_if_fail (MDG_IS_CASE (self));

  /* qdata calls the destroy notify of the data it replaces. */
  g_object_set_qdata_full (G_OBJECT (self), search_data_quark (), data, destroy);
  self->search_data = data;
}

/* MdgKb */

G_DEFINE_FINAL_TYPE (MdgKb, mdg_kb, G_TYPE_OBJECT)

static void
mdg_kb_finalize (GObject *object)
{
  MdgKb *self = MDG_KB (object);

  g_clear_pointer (&self->case_by_number, g_hash_table_unref);
  g_clear_object (&self->cases);

  g_clear_pointer (&self->origin, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->title, mdg_text_free);
  g_clear_pointer (&self->translation_note, mdg_text_free);
  for (guint i = 0; i < MDG_N_ACTORS; i++)
    {
      g_clear_pointer (&self->actors[i].id, g_free);
      g_clear_pointer (&self->actors[i].mark, g_free);
      g_clear_pointer (&self->actors[i].name, mdg_text_free);
    }
  g_clear_pointer (&self->areas, g_ptr_array_unref);
  g_clear_pointer (&self->contacts, g_ptr_array_unref);
  g_clear_pointer (&self->updates, g_ptr_array_unref);
  g_clear_pointer (&self->glossary, g_ptr_array_unref);
  g_clear_pointer (&self->summary_actor, mdg_text_free);
  g_clear_pointer (&self->summary_intro, mdg_text_free);
  g_clear_pointer (&self->summary_items, g_ptr_array_unref);
  g_clear_pointer (&self->synonyms, g_ptr_array_unref);
  g_clear_pointer (&self->readings, g_ptr_array_unref);

  G_OBJECT_CLASS (mdg_kb_parent_class)->finalize (object);
}

static void
mdg_kb_class_init (MdgKbClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mdg_kb_finalize;
}

static void
mdg_kb_init (MdgKb *self)
{
  self->areas = g_ptr_array_new_with_free_func ((GDestroyNotify) mdg_area_free);
  self->contacts = g_ptr_array_new_with_free_func ((GDestroyNotify) mdg_contact_free);
  self->updates = g_ptr_array_new_with_free_func ((GDestroyNotify) mdg_update_free);
  self->glossary = g_ptr_array_new_with_free_func ((GDestroyNotify) mdg_term_free);
  self->cases = g_list_store_new (MDG_TYPE_CASE);
  self->case_by_number = g_hash_table_new (NULL, NULL);
  self->summary_items = mdg_text_array_new ();
  self->synonyms = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->readings = g_ptr_array_new_with_free_func (g_free);
}

/* Showing the file's own words in messages */

/* @text cut after @max_chars characters, with control characters and line
 * separators spelt out (U+001B), so that it stays one readable line whatever
 * a file or an argument holds. */
char *
mdg_escape_excerpt (const char *text,
                    guint       max_chars)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (n == max_chars)
        {
          g_string_append (out, "…");
          break;
        }
      if (g_unichar_iscntrl (c) || c == 0x2028 || c == 0x2029)
        g_string_append_printf (out, "U+%04X", c);
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

void
mdg_kb_set_cases (MdgKb     *self,
                  GPtrArray *cases)
{
  g_autoptr(GPtrArray) owned = cases;

  for (guint i = 0; i < cases->len; i++)
    {
      MdgCase *kase = g_ptr_array_index (cases, i);

      g_hash_table_insert (self->case_by_number, GUINT_TO_POINTER (kase->number), kase);
    }
  g_list_store_splice (self->cases, 0, 0, cases->pdata, cases->len);
}

const char *
mdg_kb_get_date (MdgKb *self)
{
  g_return_val_if_fail (MDG_IS_KB (self), NULL);

  return self->date;
}

const char *
mdg_kb_get_origin (MdgKb *self)
{
  g_return_val_if_fail (MDG_IS_KB (self), NULL);

  return self->origin;
}

const MdgText *
mdg_kb_get_title (MdgKb *self)
{
  g_return_val_if_fail (MDG_IS_KB (self), NULL);

  return self->title;
}

const MdgText *
mdg_kb_get_translation_note (MdgKb *self)
{
  g_return_val_if_fail (MDG_IS_KB (self), NULL);

  return self->translation_note;
}

GListModel *
mdg_kb_get_cases (MdgKb *self)
{
  g_return_val_if_fail (MDG_IS_KB (self), NULL);

  return G_LIST_MODEL (self->cases);
}

guint
mdg_kb_get_n_cases (MdgKb *self)
{
  g_return_val_if_fail (MDG_IS_KB (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->cases));
}

MdgCase *
mdg_kb_get_case (MdgKb *self,
                 guint  number)
{
  g_return_val_if_fail (MDG_IS_KB (self), NULL);

  return g_hash_table_lookup (self->case_by_number, GUINT_TO_POINTER (number));
}

const MdgActorInfo *
mdg_kb_get_actor (MdgKb    *self,
                  MdgActor  actor)
{
  g_return_val_if_fail (MDG_IS_KB (self), NULL);
  g_return_val_if_fail (actor < MDG_N_ACTORS, NULL);

  return &self->actors[actor];
}

GPtrArray *
mdg_kb_get_areas (MdgKb *self)
{
  g_return_val_if_fail (MDG_IS_KB (self), NULL);

  return self->areas;
}

const MdgArea *
mdg_kb_get_area (MdgKb      *self,
                 const char *id)
{
  g_return_val_if_fail (MDG_IS_KB (self), NULL);

  if (id == NULL)
    return NULL;

  for (guint i = 0; i < self->areas->len; i++)
    {
      const MdgArea *area = g_ptr_array_index (self->areas, i);

      if (g_str_equal (area->id, id))
        return area;
    }

  return NULL;
}

GPtrArray *
mdg_kb_get_glossary (MdgKb *self)
{
  g_return_val_if_fail (MDG_IS_KB (self), NULL);

  return self->glossary;
}

GPtrArray *
mdg_kb_get_contacts (MdgKb *self)
{
  g_return_val_if_fail (MDG_IS_KB (self), NULL);

  return self->contacts;
}

GPtrArray *
mdg_kb_get_updates (MdgKb *self)
{
  g_return_val_if_fail (MDG_IS_KB (self), NULL);

  return self->updates;
}

const MdgText *
mdg_kb_get_summary_actor (MdgKb *self)
{
  g_return_val_if_fail (MDG_IS_KB (self), NULL);

  return self->summary_actor;
}

const MdgText *
mdg_kb_get_summary_intro (MdgKb *self)
{
  g_return_val_if_fail (MDG_IS_KB (self), NULL);

  return self->summary_intro;
}

GPtrArray *
mdg_kb_get_summary_items (MdgKb *self)
{
  g_return_val_if_fail (MDG_IS_KB (self), NULL);

  return self->summary_items;
}

GPtrArray *
mdg_kb_get_synonyms (MdgKb *self)
{
  g_return_val_if_fail (MDG_IS_KB (self), NULL);

  return self->synonyms;
}

GPtrArray *
mdg_kb_get_readings (MdgKb *self)
{
  g_return_val_if_fail (MDG_IS_KB (self), NULL);

  return self->readings;
}
