/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-font-map.h — the faces printed documents are set in. */

#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* A font map that has the @families, which must all be installed, and those
 * of the @fallbacks that are, and no other face; or NULL. */
PangoFontMap *mdg_font_map_new_for_families (const char * const *families,
                                             const char * const *fallbacks);

G_END_DECLS
