/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-kb-records.c — the knowledge base's records, read and checked into the model. No GTK.
 *
 * The format, in short (docs/KNOWLEDGE-BASE.md is the long version). One UTF-8 JSON
 * object; "?" marks an optional field, "(1+)" an array that may not be empty:
 *
 *   format            1
 *   date              Date of the last revision
 *   title             Text, the source document's title
 *   translation_note  Text
 *   actors            { "citizen", "patient", "clinic": { mark: string, name: Text } }
 *   areas             [ { id, name: Text, patient_name?: Text } ]
 *   cases (1+)        [ { number: 1–100 from the document, 101–99999 added, unique;
 *                         origin?: "document" (the default) or "added";
 *                         sources: [ { title: string, url: URL } ] (1+), checked: Date,
 *                         unclear?: [Text] — the three for, and only for, added cases;
 *                         area: an area id; title, symptom: Text;
 *                         error?: { code?: ASCII letters and digits, screen?: Text,
 *                                   message: Text };
 *                         causes (1+): [Text]; responses (1+): [Response];
 *                         notes?: [Text]; updates?, contacts?: [id];
 *                         handout?: { situation: Text, steps: [Text], clinic: Text } } ]
 *   Response          { stage: 1 or 2, actor: "citizen", "patient" or "clinic",
 *                       preface?: Text, parts (1+): [ { condition?: Text, text: Text } ],
 *                       notes?: [Text] }
 *   summary           { actor: Text, intro: Text, items: [Text] }
 *   glossary?         [ { id, term: Text, aliases?: [string], reading?: hiragana,
 *                         definition: Text, source?: URL, checked?: Date } ]
 *   synonyms?         [ [string, string, …] ]          (two or more words a group)
 *   readings?         [ { reading: hiragana, term: string } ]
 *   contacts?         [ { id, name: Text, phone?: string, hours?: Text, url?: URL,
 *                         audience: Text, handout_languages?: [tag] (1+), staff_only?: bool,
 *                         source: URL, checked: Date } ]
 *   updates?          [ { id, date: Date, title?: Text, text: Text, sources (1+): [URL],
 *                         checked: Date } ]
 *
 * A Text is { "ja": "…", "en": "…", … } with tags from mdg_languages[]; "ja" is required
 * and holds the source document's own words. A case whose responses include the patient
 * or the citizen needs a handout, and has at most one response per stage and actor.
 * Strings are never blank and hold no control characters but "\n"; an id is
 * [a-z0-9-]+, a Date YYYY-MM-DD, a URL starts with http:// or https://.
 */

#include "mdg-kb-loader-private.h"
#include "mdg-json-check.h"
#include "mdg-terms.h"

static gboolean
parse_area (Loader      *l,
            JsonNode    *node,
            gpointer    *out,
            const char **id)
{
  static const char * const fields[] = { "id", "name", "patient_name", NULL };
  g_autoptr(MdgArea) area = g_new0 (MdgArea, 1);
  JsonObject *obj;

  if (!(obj = mdg_kb_expect_object (l, node, "an area object", fields)) ||
      !mdg_kb_string_member (l, obj, "id", STRING_ID, TRUE, &area->id) ||
      !mdg_kb_text_member (l, obj, "name", TRUE, &area->name) ||
      !mdg_kb_text_member (l, obj, "patient_name", FALSE, &area->patient_name))
    return FALSE;

  *id = area->id;
  *out = g_steal_pointer (&area);
  return TRUE;
}

/* "handout_languages": the language tags of the handouts and patient sheets a
 * contact is printed on, as a bit set over mdg_languages[] (0: every language). */
static gboolean
handout_languages_member (Loader     *l,
                          JsonObject *obj,
                          guint32    *out)
{
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  JsonNode *node = json_object_get_member (obj, "handout_languages");
  gsize mark;

  if (node == NULL)
    return TRUE;
  if (!mdg_kb_strings_member (l, obj, "handout_languages", STRING_PLAIN, FALSE, 1,
                              "language tag", "language tags", tags))
    return FALSE;

  mark = mdg_kb_path_push_member (l, "handout_languages");
  for (guint i = 0; i < tags->len; i++)
    {
      const char *tag = g_ptr_array_index (tags, i);
      gsize item_mark = mdg_kb_path_push_index (l, i);
      guint bit = 0;

      while (mdg_languages[bit] != NULL && !g_str_equal (mdg_languages[bit], tag))
        bit++;
      if (mdg_languages[bit] == NULL)
        {
          g_autofree char *known = mdg_kb_quote_list (mdg_languages, G_MAXUINT);

          return mdg_kb_fail (l, "unknown language tag “%s”, expected one of %s", tag, known);
        }
      if (*out & (1u << bit))
        return mdg_kb_fail (l, "the language “%s” is given twice", tag);
      *out |= 1u << bit;
      mdg_kb_path_pop (l, item_mark);
    }
  mdg_kb_path_pop (l, mark);
  return TRUE;
}

/* "staff_only": true for a line meant for the clinic (the call centre of
 * medical institutions): on the staff sheet and in the case view, never on a
 * patient's page. */
static gboolean
staff_only_member (Loader     *l,
                   JsonObject *obj,
                   gboolean   *out)
{
  JsonNode *node = json_object_get_member (obj, "staff_only");
  gsize mark;

  if (node == NULL)
    return TRUE;

  mark = mdg_kb_path_push_member (l, "staff_only");
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return mdg_kb_fail_type (l, "true or false", node);
  *out = json_node_get_boolean (node);
  mdg_kb_path_pop (l, mark);
  return TRUE;
}

static gboolean
parse_contact (Loader      *l,
               JsonNode    *node,
               gpointer    *out,
               const char **id)
{
  static const char * const fields[] = {
    "id", "name", "phone", "hours", "url", "audience", "handout_languages", "staff_only",
    "source", "checked", NULL
  };
  g_autoptr(MdgContact) contact = g_new0 (MdgContact, 1);
  JsonObject *obj;

  if (!(obj = mdg_kb_expect_object (l, node, "a contact object", fields)) ||
      !mdg_kb_string_member (l, obj, "id", STRING_ID, TRUE, &contact->id) ||
      !mdg_kb_text_member (l, obj, "name", TRUE, &contact->name) ||
      !mdg_kb_string_member (l, obj, "phone", STRING_PLAIN, FALSE, &contact->phone) ||
      !mdg_kb_text_member (l, obj, "hours", FALSE, &contact->hours) ||
      !mdg_kb_string_member (l, obj, "url", STRING_URL, FALSE, &contact->url) ||
      !mdg_kb_text_member (l, obj, "audience", TRUE, &contact->audience) ||
      !handout_languages_member (l, obj, &contact->handout_languages) ||
      !staff_only_member (l, obj, &contact->staff_only) ||
      !mdg_kb_string_member (l, obj, "source", STRING_URL, TRUE, &contact->source) ||
      !mdg_kb_string_member (l, obj, "checked", STRING_DATE, TRUE, &contact->checked))
    return FALSE;

  *id = contact->id;
  *out = g_steal_pointer (&contact);
  return TRUE;
}

static gboolean
parse_update (Loader      *l,
              JsonNode    *node,
              gpointer    *out,
              const char **id)
{
  static const char * const fields[] = {
    "id", "date", "title", "text", "sources", "checked", NULL
  };
  g_autoptr(MdgUpdate) update = mdg_update_new ();
  JsonObject *obj;

  if (!(obj = mdg_kb_expect_object (l, node, "an update object", fields)) ||
      !mdg_kb_string_member (l, obj, "id", STRING_ID, TRUE, &update->id) ||
      !mdg_kb_string_member (l, obj, "date", STRING_DATE, TRUE, &update->date) ||
      !mdg_kb_text_member (l, obj, "title", FALSE, &update->title) ||
      !mdg_kb_text_member (l, obj, "text", TRUE, &update->text) ||
      !mdg_kb_strings_member (l, obj, "sources", STRING_URL, TRUE, 1, "source address",
                              "source addresses",
                              update->sources) ||
      !mdg_kb_string_member (l, obj, "checked", STRING_DATE, TRUE, &update->checked))
    return FALSE;

  *id = update->id;
  *out = g_steal_pointer (&update);
  return TRUE;
}

static gboolean
parse_term (Loader      *l,
            JsonNode    *node,
            gpointer    *out,
            const char **id)
{
  static const char * const fields[] = {
    "id", "term", "aliases", "reading", "definition", "source", "checked", NULL
  };
  g_autoptr(MdgTerm) term = mdg_term_new ();
  JsonObject *obj;

  if (!(obj = mdg_kb_expect_object (l, node, "a glossary term object", fields)) ||
      !mdg_kb_string_member (l, obj, "id", STRING_ID, TRUE, &term->id) ||
      !mdg_kb_text_member (l, obj, "term", TRUE, &term->term) ||
      !mdg_kb_strings_member (l, obj, "aliases", STRING_PLAIN, FALSE, 0, "alias", "aliases",
                              term->aliases) ||
      !mdg_kb_string_member (l, obj, "reading", STRING_HIRAGANA, FALSE, &term->reading) ||
      !mdg_kb_text_member (l, obj, "definition", TRUE, &term->definition) ||
      !mdg_kb_string_member (l, obj, "source", STRING_URL, FALSE, &term->source) ||
      !mdg_kb_string_member (l, obj, "checked", STRING_DATE, FALSE, &term->checked))
    return FALSE;

  *id = term->id;
  *out = g_steal_pointer (&term);
  return TRUE;
}

static gboolean
parse_actors (Loader     *l,
              JsonObject *root)
{
  static const char * const fields[] = { "mark", "name", NULL };
  JsonNode *node = json_object_get_member (root, "actors");
  JsonObject *obj;
  gsize mark;

  if (node == NULL)
    return mdg_kb_missing (l, "actors");

  mark = mdg_kb_path_push_member (l, "actors");
  if (!(obj = mdg_kb_expect_object_full (l, node, "an object of the actors “citizen”, “patient” "
                                         "and “clinic”", mdg_actor_ids, "actor")))
    return FALSE;

  for (guint i = 0; i < MDG_N_ACTORS; i++)
    {
      MdgActorInfo *info = &l->kb->actors[i];
      JsonNode *member = json_object_get_member (obj, mdg_actor_ids[i]);
      JsonObject *actor;
      gsize actor_mark;

      if (member == NULL)
        return mdg_kb_fail (l, "missing the actor “%s”, expected all of “citizen”, “patient” "
                            "and “clinic”", mdg_actor_ids[i]);

      actor_mark = mdg_kb_path_push_member (l, mdg_actor_ids[i]);
      info->actor = i;
      info->id = g_strdup (mdg_actor_ids[i]);
      if (!(actor = mdg_kb_expect_object (l, member, "an actor object", fields)) ||
          !mdg_kb_string_member (l, actor, "mark", STRING_PLAIN, TRUE, &info->mark) ||
          !mdg_kb_text_member (l, actor, "name", TRUE, &info->name))
        return FALSE;
      mdg_kb_path_pop (l, actor_mark);
    }

  mdg_kb_path_pop (l, mark);
  return TRUE;
}

static gboolean
parse_part (Loader   *l,
            JsonNode *node,
            MdgPart **out)
{
  static const char * const fields[] = { "condition", "text", NULL };
  g_autoptr(MdgPart) part = g_new0 (MdgPart, 1);
  JsonObject *obj;

  if (!(obj = mdg_kb_expect_object (l, node, "a part object", fields)) ||
      !mdg_kb_text_member (l, obj, "condition", FALSE, &part->condition) ||
      !mdg_kb_text_member (l, obj, "text", TRUE, &part->text))
    return FALSE;

  *out = g_steal_pointer (&part);
  return TRUE;
}

static gboolean
parse_actor_id (Loader   *l,
                JsonNode *node,
                MdgActor *out)
{
  const char *expected = "one of “citizen”, “patient”, “clinic”";
  g_autofree char *got = NULL;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *id = json_node_get_string (node);

      for (guint i = 0; i < MDG_N_ACTORS; i++)
        {
          if (g_str_equal (id, mdg_actor_ids[i]))
            {
              *out = i;
              return TRUE;
            }
        }

      got = mdg_json_quote (id);
      return mdg_kb_fail (l, "expected %s, got %s", expected, got);
    }

  return mdg_kb_fail_type (l, expected, node);
}

static gboolean
parse_response (Loader       *l,
                JsonNode     *node,
                MdgResponse **out)
{
  static const char * const fields[] = { "stage", "actor", "preface", "parts", "notes", NULL };
  g_autoptr(MdgResponse) response = mdg_response_new ();
  JsonObject *obj;
  JsonNode *member;
  JsonArray *parts;
  gint64 stage;
  gsize mark;

  if (!(obj = mdg_kb_expect_object (l, node, "a response object", fields)))
    return FALSE;

  if ((member = json_object_get_member (obj, "stage")) == NULL)
    return mdg_kb_missing (l, "stage");
  mark = mdg_kb_path_push_member (l, "stage");
  if (!mdg_kb_parse_integer (l, member, 1, 2, "1 or 2 (1次 or 2次)", &stage))
    return FALSE;
  response->stage = stage;
  mdg_kb_path_pop (l, mark);

  if ((member = json_object_get_member (obj, "actor")) == NULL)
    return mdg_kb_missing (l, "actor");
  mark = mdg_kb_path_push_member (l, "actor");
  if (!parse_actor_id (l, member, &response->actor))
    return FALSE;
  mdg_kb_path_pop (l, mark);

  if (!mdg_kb_text_member (l, obj, "preface", FALSE, &response->preface))
    return FALSE;

  if ((member = json_object_get_member (obj, "parts")) == NULL)
    return mdg_kb_missing (l, "parts");
  mark = mdg_kb_path_push_member (l, "parts");
  if (!(parts = mdg_kb_expect_array (l, member, 1, "part", "parts")))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (parts); i++)
    {
      MdgPart *part = NULL;
      gsize part_mark = mdg_kb_path_push_index (l, i);

      if (!parse_part (l, json_array_get_element (parts, i), &part))
        return FALSE;
      g_ptr_array_add (response->parts, part);
      mdg_kb_path_pop (l, part_mark);
    }
  mdg_kb_path_pop (l, mark);

  if (!mdg_kb_texts_member (l, obj, "notes", FALSE, 0, "note", "notes", response->notes))
    return FALSE;

  *out = g_steal_pointer (&response);
  return TRUE;
}

static gboolean
parse_handout (Loader      *l,
               JsonNode    *node,
               MdgHandout **out)
{
  static const char * const fields[] = { "situation", "steps", "clinic", NULL };
  g_autoptr(MdgHandout) handout = mdg_handout_new ();
  JsonObject *obj;

  if (!(obj = mdg_kb_expect_object (l, node, "a handout object", fields)) ||
      !mdg_kb_text_member (l, obj, "situation", TRUE, &handout->situation) ||
      !mdg_kb_texts_member (l, obj, "steps", TRUE, 0, "step", "steps", handout->steps) ||
      !mdg_kb_text_member (l, obj, "clinic", TRUE, &handout->clinic))
    return FALSE;

  *out = g_steal_pointer (&handout);
  return TRUE;
}

static gboolean
parse_error_block (Loader     *l,
                   JsonObject *case_obj,
                   MdgCase    *kase)
{
  static const char * const fields[] = { "code", "screen", "message", NULL };
  JsonNode *node = json_object_get_member (case_obj, "error");
  JsonObject *obj;
  gsize mark;

  if (node == NULL)
    return TRUE;

  mark = mdg_kb_path_push_member (l, "error");
  if (!(obj = mdg_kb_expect_object (l, node, "an error object", fields)) ||
      !mdg_kb_string_member (l, obj, "code", STRING_CODE, FALSE, &kase->error_code) ||
      !mdg_kb_text_member (l, obj, "screen", FALSE, &kase->error_screen) ||
      !mdg_kb_text_member (l, obj, "message", TRUE, &kase->error_message))
    return FALSE;
  mdg_kb_path_pop (l, mark);

  return TRUE;
}

/* Resolves an array of ids against @known (id → record); @out gets the records. */
static gboolean
references_member (Loader     *l,
                   JsonObject *obj,
                   const char *name,
                   GHashTable *known,
                   GPtrArray  *known_id_list,
                   const char *what,
                   GPtrArray  *out)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  if (!mdg_kb_strings_member (l, obj, name, STRING_ID, FALSE, 0, "id", "ids", ids))
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      gpointer record = g_hash_table_lookup (known, id);

      if (record == NULL || g_ptr_array_find (out, record, NULL))
        {
          mdg_kb_path_push_member (l, name);
          mdg_kb_path_push_index (l, i);

          if (record != NULL)
            return mdg_kb_fail (l, "“%s” is listed twice, expected each %s once", id, what);
          if (known_id_list->len == 0)
            return mdg_kb_fail (l, "unknown %s “%s”, expected an id from “%ss”, which is empty",
                                what, id, what);

          {
            g_autofree char *ids_text = mdg_kb_known_ids (known_id_list);

            return mdg_kb_fail (l, "unknown %s “%s”, expected one of %s", what, id, ids_text);
          }
        }

      g_ptr_array_add (out, record);
    }

  return TRUE;
}

static gboolean
parse_source (Loader     *l,
              JsonNode   *node,
              MdgSource **out)
{
  static const char * const fields[] = { "title", "url", NULL };
  g_autoptr(MdgSource) source = g_new0 (MdgSource, 1);
  JsonObject *obj;

  if (!(obj = mdg_kb_expect_object (l, node, "a source object such as {\"title\": \"…\", "
                                    "\"url\": \"https://…\"}", fields)) ||
      !mdg_kb_string_member (l, obj, "title", STRING_PLAIN, TRUE, &source->title) ||
      !mdg_kb_string_member (l, obj, "url", STRING_URL, TRUE, &source->url))
    return FALSE;

  *out = g_steal_pointer (&source);
  return TRUE;
}

/* origin, sources, checked and unclear, after the number has been read. What the
 * document says and what we added must never be mistaken for each other, so each
 * field is checked against the origin and the number against both. */
static gboolean
parse_origin (Loader     *l,
              JsonObject *obj,
              MdgCase    *kase)
{
  static const char * const origins[] = { "document", "added", NULL };
  static const char * const added_only[] = { "sources", "checked", "unclear", NULL };
  g_autofree char *origin = NULL;
  JsonNode *member;
  JsonArray *array;
  gsize mark;

  if (!mdg_kb_string_member (l, obj, "origin", STRING_PLAIN, FALSE, &origin))
    return FALSE;
  if (origin == NULL || g_str_equal (origin, "document"))
    kase->origin = MDG_ORIGIN_DOCUMENT;
  else if (g_str_equal (origin, "added"))
    kase->origin = MDG_ORIGIN_ADDED;
  else
    {
      g_autofree char *known = mdg_kb_quote_list (origins, G_MAXUINT);

      mdg_kb_path_push_member (l, "origin");
      return mdg_kb_fail (l, "expected one of %s, got “%s”", known, origin);
    }

  if (kase->origin == MDG_ORIGIN_DOCUMENT)
    {
      if (kase->number > MDG_DOCUMENT_NUMBER_MAX)
        {
          mdg_kb_path_push_member (l, "number");
          return mdg_kb_fail (l, "a case from the document is numbered from 1 to %u, got %u; "
                              "numbers from %u are for cases we added (“origin”: “added”)",
                              MDG_DOCUMENT_NUMBER_MAX, kase->number, MDG_DOCUMENT_NUMBER_MAX + 1);
        }
      for (guint i = 0; added_only[i] != NULL; i++)
        if (json_object_has_member (obj, added_only[i]))
          {
            mdg_kb_path_push_member (l, added_only[i]);
            return mdg_kb_fail (l, "only a case we added (“origin”: “added”) has “%s”; a case from "
                                "the document has the document as its source", added_only[i]);
          }
      return TRUE;
    }

  if (kase->number <= MDG_DOCUMENT_NUMBER_MAX)
    {
      mdg_kb_path_push_member (l, "number");
      return mdg_kb_fail (l, "a case we added is numbered from %u to 99999, got %u; numbers up to %u "
                          "are the document's", MDG_DOCUMENT_NUMBER_MAX + 1, kase->number,
                          MDG_DOCUMENT_NUMBER_MAX);
    }

  if ((member = json_object_get_member (obj, "sources")) == NULL)
    {
      mdg_kb_path_push_member (l, "sources");
      return mdg_kb_fail (l, "missing, expected at least one source {\"title\", \"url\"}: a case "
                          "we added says where its words come from");
    }
  mark = mdg_kb_path_push_member (l, "sources");
  if (!(array = mdg_kb_expect_array (l, member, 1, "source", "sources")))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      MdgSource *source = NULL;
      gsize item_mark = mdg_kb_path_push_index (l, i);

      if (!parse_source (l, json_array_get_element (array, i), &source))
        return FALSE;
      g_ptr_array_add (kase->sources, source);
      mdg_kb_path_pop (l, item_mark);
    }
  mdg_kb_path_pop (l, mark);

  if (!json_object_has_member (obj, "checked"))
    {
      mdg_kb_path_push_member (l, "checked");
      return mdg_kb_fail (l, "missing, expected the date the sources were read, as YYYY-MM-DD");
    }

  return mdg_kb_string_member (l, obj, "checked", STRING_DATE, TRUE, &kase->checked) &&
         mdg_kb_texts_member (l, obj, "unclear", FALSE, 1, "note", "notes", kase->unclear);
}

static gboolean
parse_case (Loader     *l,
            JsonNode   *node,
            GHashTable *numbers,
            guint       index,
            MdgCase   **out)
{
  static const char * const fields[] = {
    "number", "origin", "sources", "checked", "unclear", "area", "title", "symptom",
    "error", "causes", "responses", "notes", "updates", "contacts", "handout", NULL
  };
  g_autoptr(MdgCase) kase = g_object_new (MDG_TYPE_CASE, NULL);
  g_autofree char *area_id = NULL;
  JsonObject *obj;
  JsonNode *member;
  JsonArray *responses;
  gpointer previous;
  gint64 number;
  gsize mark;
  int needs_handout = -1;
  MdgActor handout_actor = MDG_ACTOR_PATIENT;
  int seen[3][MDG_N_ACTORS];

  if (!(obj = mdg_kb_expect_object (l, node, "a case object", fields)))
    return FALSE;

  if ((member = json_object_get_member (obj, "number")) == NULL)
    return mdg_kb_missing (l, "number");
  mark = mdg_kb_path_push_member (l, "number");
  if (!mdg_kb_parse_integer (l, member, 1, 99999, "a case number from 1 to 99999", &number))
    return FALSE;
  if (g_hash_table_lookup_extended (numbers, GUINT_TO_POINTER (number), NULL, &previous))
    return mdg_kb_fail (l, "case number %" G_GINT64_FORMAT " is already used by cases[%u], "
                        "expected a new number", number, GPOINTER_TO_UINT (previous));
  g_hash_table_insert (numbers, GUINT_TO_POINTER (number), GUINT_TO_POINTER (index));
  kase->number = number;
  mdg_kb_path_pop (l, mark);

  if (!parse_origin (l, obj, kase))
    return FALSE;

  if (!mdg_kb_string_member (l, obj, "area", STRING_ID, TRUE, &area_id))
    return FALSE;
  kase->area = g_hash_table_lookup (l->areas, area_id);
  if (kase->area == NULL)
    {
      g_autofree char *ids = mdg_kb_known_ids (l->area_ids);

      mdg_kb_path_push_member (l, "area");
      return mdg_kb_fail (l, "unknown area “%s”, expected one of %s", area_id, ids);
    }

  if (!mdg_kb_text_member (l, obj, "title", TRUE, &kase->title) ||
      !mdg_kb_text_member (l, obj, "symptom", TRUE, &kase->symptom) ||
      !parse_error_block (l, obj, kase) ||
      !mdg_kb_texts_member (l, obj, "causes", TRUE, 1, "cause", "causes", kase->causes))
    return FALSE;

  if ((member = json_object_get_member (obj, "responses")) == NULL)
    return mdg_kb_missing (l, "responses");
  mark = mdg_kb_path_push_member (l, "responses");
  if (!(responses = mdg_kb_expect_array (l, member, 1, "response", "responses")))
    return FALSE;

  memset (seen, -1, sizeof seen);
  for (guint i = 0; i < json_array_get_length (responses); i++)
    {
      MdgResponse *response = NULL;
      gsize item_mark = mdg_kb_path_push_index (l, i);

      if (!parse_response (l, json_array_get_element (responses, i), &response))
        return FALSE;
      g_ptr_array_add (kase->responses, response);

      if (seen[response->stage][response->actor] >= 0)
        return mdg_kb_fail (l, "a second stage %u response for “%s” after responses[%d], expected "
                            "at most one per stage and actor", response->stage,
                            mdg_actor_ids[response->actor], seen[response->stage][response->actor]);
      seen[response->stage][response->actor] = i;

      if (response->actor != MDG_ACTOR_CLINIC && needs_handout < 0)
        {
          needs_handout = i;
          handout_actor = response->actor;
        }
      mdg_kb_path_pop (l, item_mark);
    }
  mdg_kb_path_pop (l, mark);

  /* Sorted by stage; an insertion sort keeps the file's order within a stage. */
  for (guint i = 1; i < kase->responses->len; i++)
    {
      gpointer *pdata = kase->responses->pdata;
      MdgResponse *response = pdata[i];
      guint j = i;

      for (; j > 0 && ((MdgResponse *) pdata[j - 1])->stage > response->stage; j--)
        pdata[j] = pdata[j - 1];
      pdata[j] = response;
    }

  if (!mdg_kb_texts_member (l, obj, "notes", FALSE, 0, "note", "notes", kase->notes) ||
      !references_member (l, obj, "updates", l->updates, l->update_ids, "update",
                          kase->updates) ||
      !references_member (l, obj, "contacts", l->contacts, l->contact_ids, "contact",
                          kase->contacts))
    return FALSE;

  if ((member = json_object_get_member (obj, "handout")) != NULL)
    {
      mark = mdg_kb_path_push_member (l, "handout");
      if (!parse_handout (l, member, &kase->handout))
        return FALSE;
      mdg_kb_path_pop (l, mark);
    }
  else if (needs_handout >= 0)
    {
      return mdg_kb_fail (l, "missing required field “handout”, needed because responses[%d] "
                          "is for “%s”", needs_handout, mdg_actor_ids[handout_actor]);
    }

  *out = g_steal_pointer (&kase);
  return TRUE;
}

static int
compare_cases (gconstpointer a,
               gconstpointer b)
{
  const MdgCase *case_a = *(MdgCase **) a;
  const MdgCase *case_b = *(MdgCase **) b;

  return (case_a->number > case_b->number) - (case_a->number < case_b->number);
}

static gboolean
parse_cases (Loader     *l,
             JsonObject *root)
{
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) numbers = g_hash_table_new (NULL, NULL);
  g_autoptr(MdgTermMatcher) matcher = NULL;
  JsonNode *node = json_object_get_member (root, "cases");
  JsonArray *array;
  gsize mark;

  if (node == NULL)
    return mdg_kb_missing (l, "cases");

  mark = mdg_kb_path_push_member (l, "cases");
  if (!(array = mdg_kb_expect_array (l, node, 1, "case", "cases")))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      MdgCase *kase = NULL;
      gsize item_mark = mdg_kb_path_push_index (l, i);

      if (!parse_case (l, json_array_get_element (array, i), numbers, i, &kase))
        return FALSE;
      g_ptr_array_add (cases, kase);
      mdg_kb_path_pop (l, item_mark);
    }
  mdg_kb_path_pop (l, mark);

  g_ptr_array_sort (cases, compare_cases);
  matcher = mdg_term_matcher_new (l->kb->glossary);
  for (guint i = 0; i < cases->len; i++)
    mdg_term_matcher_find (matcher, g_ptr_array_index (cases, i), l->kb->glossary);
  mdg_kb_set_cases (l->kb, g_steal_pointer (&cases));

  return TRUE;
}

static gboolean
parse_summary (Loader     *l,
               JsonObject *root)
{
  static const char * const fields[] = { "actor", "intro", "items", NULL };
  JsonNode *node = json_object_get_member (root, "summary");
  JsonObject *obj;
  gsize mark;

  if (node == NULL)
    return mdg_kb_missing (l, "summary");

  mark = mdg_kb_path_push_member (l, "summary");
  if (!(obj = mdg_kb_expect_object (l, node, "a summary object", fields)) ||
      !mdg_kb_text_member (l, obj, "actor", TRUE, &l->kb->summary_actor) ||
      !mdg_kb_text_member (l, obj, "intro", TRUE, &l->kb->summary_intro) ||
      !mdg_kb_texts_member (l, obj, "items", TRUE, 0, "item", "items", l->kb->summary_items))
    return FALSE;
  mdg_kb_path_pop (l, mark);

  return TRUE;
}

static gboolean
parse_synonyms (Loader     *l,
                JsonObject *root)
{
  JsonNode *node = json_object_get_member (root, "synonyms");
  JsonArray *array;
  gsize mark;

  if (node == NULL)
    return TRUE;

  mark = mdg_kb_path_push_member (l, "synonyms");
  if (!(array = mdg_kb_expect_array (l, node, 0, "synonym group", "synonym groups")))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autoptr(GPtrArray) group = g_ptr_array_new_with_free_func (g_free);
      JsonArray *words;
      gsize item_mark = mdg_kb_path_push_index (l, i);

      if (!(words = mdg_kb_expect_array (l, json_array_get_element (array, i), 2, "word", "words")))
        return FALSE;

      for (guint j = 0; j < json_array_get_length (words); j++)
        {
          char *word = NULL;
          gsize word_mark = mdg_kb_path_push_index (l, j);

          if (!mdg_kb_parse_string (l, json_array_get_element (words, j), STRING_PLAIN, &word))
            return FALSE;
          g_ptr_array_add (group, word);
          mdg_kb_path_pop (l, word_mark);
        }

      g_ptr_array_add (l->kb->synonyms, g_steal_pointer (&group));
      mdg_kb_path_pop (l, item_mark);
    }
  mdg_kb_path_pop (l, mark);

  return TRUE;
}

static gboolean
parse_readings (Loader     *l,
                JsonObject *root)
{
  static const char * const fields[] = { "reading", "term", NULL };
  JsonNode *node = json_object_get_member (root, "readings");
  JsonArray *array;
  gsize mark;

  if (node == NULL)
    return TRUE;

  mark = mdg_kb_path_push_member (l, "readings");
  if (!(array = mdg_kb_expect_array (l, node, 0, "reading", "readings")))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *reading = NULL;
      g_autofree char *term = NULL;
      JsonObject *obj;
      gsize item_mark = mdg_kb_path_push_index (l, i);

      if (!(obj = mdg_kb_expect_object (l, json_array_get_element (array, i), "a reading object",
                                        fields)) ||
          !mdg_kb_string_member (l, obj, "reading", STRING_HIRAGANA, TRUE, &reading) ||
          !mdg_kb_string_member (l, obj, "term", STRING_PLAIN, TRUE, &term))
        return FALSE;

      g_ptr_array_add (l->kb->readings, g_steal_pointer (&reading));
      g_ptr_array_add (l->kb->readings, g_steal_pointer (&term));
      mdg_kb_path_pop (l, item_mark);
    }
  mdg_kb_path_pop (l, mark);

  return TRUE;
}

gboolean
mdg_kb_parse_root (Loader   *l,
                   JsonNode *root_node)
{
  static const char * const fields[] = {
    "format", "date", "title", "translation_note", "actors", "areas", "cases", "summary",
    "glossary", "synonyms", "readings", "contacts", "updates", NULL
  };
  JsonObject *root;
  JsonNode *format;
  gint64 version;
  gsize mark;

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    return mdg_kb_fail_type (l, "a JSON object at the top level", root_node);
  root = json_node_get_object (root_node);

  /* The format first: a newer file fails here with a clear word, rather than on
   * whichever new field it has. */
  if ((format = json_object_get_member (root, "format")) == NULL)
    return mdg_kb_missing (l, "format");
  mark = mdg_kb_path_push_member (l, "format");
  if (!mdg_kb_parse_integer (l, format, 1, 1, "format 1, the one this version of Madoguchi reads",
                             &version))
    return FALSE;
  mdg_kb_path_pop (l, mark);

  if (!mdg_kb_expect_object (l, root_node, "a JSON object at the top level", fields) ||
      !mdg_kb_string_member (l, root, "date", STRING_DATE, TRUE, &l->kb->date) ||
      !mdg_kb_text_member (l, root, "title", TRUE, &l->kb->title) ||
      !mdg_kb_text_member (l, root, "translation_note", TRUE, &l->kb->translation_note) ||
      !parse_actors (l, root) ||
      !mdg_kb_records_member (l, root, "areas", TRUE, 1, "area", "areas", parse_area,
                              l->kb->areas, l->areas, l->area_ids) ||
      !mdg_kb_records_member (l, root, "contacts", FALSE, 0, "contact", "contacts", parse_contact,
                              l->kb->contacts, l->contacts, l->contact_ids) ||
      !mdg_kb_records_member (l, root, "updates", FALSE, 0, "update", "updates", parse_update,
                              l->kb->updates, l->updates, l->update_ids) ||
      !mdg_kb_records_member (l, root, "glossary", FALSE, 0, "term", "terms", parse_term,
                              l->kb->glossary, l->terms, l->term_ids) ||
      !parse_cases (l, root) ||
      !parse_summary (l, root) ||
      !parse_synonyms (l, root) ||
      !parse_readings (l, root))
    return FALSE;

  return TRUE;
}
