/* fuzz-touch.h — using a knowledge base as the window would, for the targets
 * that make one (fuzz-kb.c, fuzz-cache.c).
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fuzz-common.h"

#include <string.h>

#include "mdg-kb.h"
#include "mdg-kb-open.h"
#include "mdg-search.h"

/* Reads every byte of @s, so that the sanitizers see a dangling or unterminated string. */
static gsize
touch (const char *s)
{
  if (s == NULL)
    return 0;
  FUZZ_CHECK (g_utf8_validate (s, -1, NULL));
  return strlen (s);
}

static gsize
touch_text (const MdgText *text)
{
  gsize n = 0;

  if (text == NULL)
    return 0;

  /* Every accepted text has its Japanese. */
  FUZZ_CHECK (mdg_text_get_exact (text, "ja") != NULL);
  for (guint i = 0; i < text->n_items; i++)
    {
      FUZZ_CHECK (mdg_language_is_known (text->items[i].lang));
      n += touch (text->items[i].text);
    }
  for (guint i = 0; mdg_languages[i] != NULL; i++)
    n += touch (mdg_text_get (text, mdg_languages[i]));
  n += touch (mdg_text_get (text, "xx"));

  return n;
}

static gsize
touch_texts (GPtrArray *texts)
{
  gsize n = 0;

  FUZZ_CHECK (texts != NULL);
  for (guint i = 0; i < texts->len; i++)
    n += touch_text (g_ptr_array_index (texts, i));

  return n;
}

static gsize
touch_strings (GPtrArray *strings)
{
  gsize n = 0;

  if (strings == NULL)
    return 0;
  for (guint i = 0; i < strings->len; i++)
    n += touch (g_ptr_array_index (strings, i));

  return n;
}

static gsize
touch_case (MdgKb   *kb,
            MdgCase *kase)
{
  gsize n = 0;

  FUZZ_CHECK (kase->number >= 1 && kase->number <= 99999);
  FUZZ_CHECK (mdg_kb_get_case (kb, kase->number) == kase);
  FUZZ_CHECK (kase->area != NULL);
  FUZZ_CHECK (mdg_kb_get_area (kb, kase->area->id) == kase->area);
  n += touch_text (kase->title);
  n += touch_text (kase->symptom);
  n += touch (kase->error_code);
  n += touch_text (kase->error_screen);
  n += touch_text (kase->error_message);
  FUZZ_CHECK (kase->causes->len >= 1);
  n += touch_texts (kase->causes);
  FUZZ_CHECK (kase->responses->len >= 1);
  for (guint i = 0; i < kase->responses->len; i++)
    {
      const MdgResponse *response = g_ptr_array_index (kase->responses, i);

      FUZZ_CHECK (response->stage == 1 || response->stage == 2);
      FUZZ_CHECK (response->actor < MDG_N_ACTORS);
      FUZZ_CHECK (mdg_case_has_actor (kase, response->actor));
      /* Sorted by stage. */
      if (i > 0)
        FUZZ_CHECK (((const MdgResponse *) g_ptr_array_index (kase->responses, i - 1))->stage
                    <= response->stage);
      n += touch_text (response->preface);
      FUZZ_CHECK (response->parts->len >= 1);
      for (guint j = 0; j < response->parts->len; j++)
        {
          const MdgPart *part = g_ptr_array_index (response->parts, j);

          n += touch_text (part->condition);
          FUZZ_CHECK (part->text != NULL);
          n += touch_text (part->text);
        }
      if (response->notes != NULL)
        n += touch_texts (response->notes);
    }
  n += touch_texts (kase->notes);
  for (guint i = 0; i < kase->updates->len; i++)
    n += touch_text (((const MdgUpdate *) g_ptr_array_index (kase->updates, i))->text);
  for (guint i = 0; i < kase->contacts->len; i++)
    n += touch_text (((const MdgContact *) g_ptr_array_index (kase->contacts, i))->name);
  for (guint i = 0; i < kase->terms->len; i++)
    n += touch_text (((const MdgTerm *) g_ptr_array_index (kase->terms, i))->term);
  if (kase->handout != NULL)
    {
      n += touch_text (kase->handout->situation);
      n += touch_texts (kase->handout->steps);
      n += touch_text (kase->handout->clinic);
    }

  return n;
}

static gsize
touch_kb (MdgKb *kb)
{
  GListModel *cases = mdg_kb_get_cases (kb);
  GPtrArray *array;
  gsize n = 0;
  guint n_cases;

  n += touch (mdg_kb_get_date (kb));
  n += touch (mdg_kb_get_origin (kb));
  n += touch_text (mdg_kb_get_title (kb));
  n += touch_text (mdg_kb_get_translation_note (kb));
  for (MdgActor a = 0; a < MDG_N_ACTORS; a++)
    {
      const MdgActorInfo *actor = mdg_kb_get_actor (kb, a);

      FUZZ_CHECK (actor != NULL && actor->actor == a);
      n += touch (actor->id) + touch (actor->mark) + touch_text (actor->name);
    }

  array = mdg_kb_get_areas (kb);
  for (guint i = 0; i < array->len; i++)
    {
      const MdgArea *area = g_ptr_array_index (array, i);

      n += touch (area->id) + touch_text (area->name) + touch_text (area->patient_name);
    }

  array = mdg_kb_get_glossary (kb);
  for (guint i = 0; i < array->len; i++)
    {
      const MdgTerm *term = g_ptr_array_index (array, i);

      n += touch (term->id) + touch_text (term->term) + touch_strings (term->aliases) +
           touch (term->reading) + touch_text (term->definition) + touch (term->source) +
           touch (term->checked);
    }

  array = mdg_kb_get_contacts (kb);
  for (guint i = 0; i < array->len; i++)
    {
      const MdgContact *contact = g_ptr_array_index (array, i);

      n += touch (contact->id) + touch_text (contact->name) + touch (contact->phone) +
           touch_text (contact->hours) + touch (contact->url) +
           touch_text (contact->audience) + touch (contact->source) + touch (contact->checked);
    }

  array = mdg_kb_get_updates (kb);
  for (guint i = 0; i < array->len; i++)
    {
      const MdgUpdate *update = g_ptr_array_index (array, i);

      n += touch (update->id) + touch (update->date) + touch_text (update->text) +
           touch_strings (update->sources) + touch (update->checked);
    }

  n += touch_text (mdg_kb_get_summary_actor (kb));
  n += touch_text (mdg_kb_get_summary_intro (kb));
  n += touch_texts (mdg_kb_get_summary_items (kb));

  array = mdg_kb_get_synonyms (kb);
  for (guint i = 0; i < array->len; i++)
    {
      GPtrArray *group = g_ptr_array_index (array, i);

      FUZZ_CHECK (group->len >= 2);
      n += touch_strings (group);
    }
  array = mdg_kb_get_readings (kb);
  FUZZ_CHECK (array->len % 2 == 0);
  n += touch_strings (array);

  n_cases = g_list_model_get_n_items (cases);
  FUZZ_CHECK (n_cases >= 1);
  FUZZ_CHECK (n_cases == mdg_kb_get_n_cases (kb));
  for (guint i = 0; i < n_cases; i++)
    {
      g_autoptr(MdgCase) kase = g_list_model_get_item (cases, i);

      FUZZ_CHECK (kase != NULL);
      /* In number order, each number once. */
      if (i > 0)
        {
          g_autoptr(MdgCase) before = g_list_model_get_item (cases, i - 1);

          FUZZ_CHECK (before->number < kase->number);
        }
      n += touch_case (kb, kase);
    }
  FUZZ_CHECK (g_list_model_get_item (cases, n_cases) == NULL);

  return n;
}

/* The search as the window uses it, with queries made of the knowledge base's
 * own words: the first case's title and error code. */
static void
search_kb (MdgKb *kb)
{
  g_autoptr(MdgSearch) search = mdg_kb_open_search (kb);
  g_autoptr(MdgCase) first = g_list_model_get_item (mdg_kb_get_cases (kb), 0);
  const char *queries[] = {
    mdg_text_get (first->title, "ja"),
    mdg_text_get (first->symptom, "en"),
    first->error_code,
    "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GArray) hits = NULL;
      g_autofree char *markup = NULL;
      g_auto(GStrv) suggestions = NULL;

      if (queries[i] == NULL)
        continue;

      hits = mdg_search_query (search, queries[i]);
      FUZZ_CHECK (hits != NULL);
      FUZZ_CHECK (hits->len <= mdg_kb_get_n_cases (kb));
      if (*queries[i] == '\0')
        FUZZ_CHECK (hits->len == mdg_kb_get_n_cases (kb));

      markup = mdg_search_highlight (search, mdg_text_get (first->symptom, "ja"), queries[i]);
      FUZZ_CHECK (markup != NULL && g_utf8_validate (markup, -1, NULL));

      suggestions = mdg_search_suggest (search, queries[i], 5);
      FUZZ_CHECK (suggestions != NULL && g_strv_length (suggestions) <= 5);
    }
}
