/* mdg-actor-colours.h — the one palette of who acts (国/患/医), on screen and
 * on paper. No GTK.
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mdg-kb.h"

G_BEGIN_DECLS

/* The style sheets a colour is seen through: resources/style.css,
 * style-dark.css, style-hc.css and style-hc-dark.css, and the printed page. */
typedef enum {
  MDG_PALETTE_LIGHT,
  MDG_PALETTE_DARK,
  MDG_PALETTE_HIGH_CONTRAST,
  MDG_PALETTE_HIGH_CONTRAST_DARK,
  MDG_PALETTE_PRINT,
  MDG_N_PALETTES
} MdgPalette;

/* "#rrggbb". Every actor keeps one hue in every palette. */
typedef struct {
  const char *mark;       /* behind the mark 国/患/医 and the panel's edge; on paper the bar and the legend's square */
  const char *fill;       /* the response panel's tint; NULL on paper, where nothing is tinted */
  const char *condition;  /* a condition's words on the tint; NULL on paper, where they are black */
} MdgActorColours;

const MdgActorColours *mdg_actor_get_colours   (MdgActor    actor,
                                                MdgPalette  palette);
/* The class the style sheets colour the actor's widgets by ("patient"). */
const char            *mdg_actor_get_css_class (MdgActor    actor);
/* @colour ("#rrggbb") as cairo's channels, 0 to 1. */
void                   mdg_colour_get_rgb      (const char *colour,
                                                double     *red,
                                                double     *green,
                                                double     *blue);

G_END_DECLS
