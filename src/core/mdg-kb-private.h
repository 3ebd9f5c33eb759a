/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-kb-private.h — the model's insides, shared with its loader and the compiled cache
 * (mdg-kb-cache.c). */
#pragma once

#include "mdg-kb.h"

G_BEGIN_DECLS

struct _MdgKb
{
  GObject         parent_instance;

  char           *origin;
  char           *date;
  MdgText        *title;
  MdgText        *translation_note;
  MdgActorInfo    actors[MDG_N_ACTORS];
  GPtrArray      *areas;
  GPtrArray      *contacts;
  GPtrArray      *updates;
  GPtrArray      *glossary;
  GListStore     *cases;
  GHashTable     *case_by_number;
  MdgText        *summary_actor;
  MdgText        *summary_intro;
  GPtrArray      *summary_items;
  GPtrArray      *synonyms;
  GPtrArray      *readings;
};

/* Indexed by MdgActor, and NULL-terminated. */
extern const char * const mdg_actor_ids[];

void         mdg_text_free      (MdgText *text);
GPtrArray   *mdg_text_array_new (void);
void         mdg_area_free      (MdgArea *area);
void         mdg_contact_free   (MdgContact *contact);
void         mdg_part_free      (MdgPart *part);
MdgUpdate   *mdg_update_new     (void);
void         mdg_update_free    (MdgUpdate *update);
void         mdg_source_free    (MdgSource *source);
MdgTerm     *mdg_term_new       (void);
void         mdg_term_free      (MdgTerm *term);
MdgResponse *mdg_response_new   (void);
void         mdg_response_free  (MdgResponse *response);
MdgHandout  *mdg_handout_new    (void);
void         mdg_handout_free   (MdgHandout *handout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MdgText, mdg_text_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MdgArea, mdg_area_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MdgContact, mdg_contact_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MdgUpdate, mdg_update_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MdgSource, mdg_source_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MdgTerm, mdg_term_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MdgPart, mdg_part_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MdgResponse, mdg_response_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MdgHandout, mdg_handout_free)

/* Fills the lookup by number and the list of @cases (sorted by number), which it takes. */
void         mdg_kb_set_cases   (MdgKb     *self,
                                 GPtrArray *cases);

gboolean     mdg_kb_is_date     (const char *s);
/* @path as messages name it: UTF-8, control characters spelt out. */
char        *mdg_kb_display_origin (const char *path);

G_END_DECLS
