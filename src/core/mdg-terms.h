/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-terms.h — finds the glossary's terms in the cases' texts, for the loader. No GTK. */
#pragma once

#include "mdg-kb-private.h"

G_BEGIN_DECLS

typedef struct _MdgTermMatcher MdgTermMatcher;

/* For the terms and aliases of @glossary (a GPtrArray of MdgTerm*). */
MdgTermMatcher *mdg_term_matcher_new  (GPtrArray      *glossary);
void            mdg_term_matcher_free (MdgTermMatcher *m);
/* Adds to @kase's terms those of @glossary in its own Japanese texts, in glossary order. */
void            mdg_term_matcher_find (MdgTermMatcher *m,
                                       MdgCase        *kase,
                                       GPtrArray      *glossary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MdgTermMatcher, mdg_term_matcher_free)

G_END_DECLS
