/* mdg-actor-colours.c — the one palette of who acts (国/患/医).
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * 国 is purple, 患 blue and 医 green wherever a receptionist sees them, so
 * that the colours learnt at the screen read the same on the printed staff
 * sheet. The style sheets are written by hand; tests/test-actor-colours.c
 * checks every actor colour in them against this table, and that each colour
 * keeps its actor's hue. Colour is never the only sign: the mark and the
 * actor's name always go with it.
 *
 * On paper the three colours are also three clearly different greys, for a
 * black-and-white printer, and each is dark enough to carry white text.
 * WCAG 2 ratios and CIE L* (the lightness of the grey), checked by
 * tests/check-contrast.py:
 *
 * contrast: citizen print colour (background from the white paper): #3a1469 on #ffffff = 14.2:1
 * contrast: patient print colour (background from the white paper): #1a4f9c on #ffffff = 7.9:1
 * contrast: clinic print colour (background from the white paper): #2a8540 on #ffffff = 4.6:1
 * lightness: citizen and patient print colours: #3a1469 and #1a4f9c = 16.9 L* apart
 * lightness: patient and clinic print colours: #1a4f9c and #2a8540 = 14.6 L* apart
 * lightness: citizen and clinic print colours: #3a1469 and #2a8540 = 31.5 L* apart
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "mdg-actor-colours.h"

static const struct {
  const char      *css_class;
  MdgActorColours  palettes[MDG_N_PALETTES];
} actors[MDG_N_ACTORS] = {
  [MDG_ACTOR_CITIZEN] = { "citizen", {
    [MDG_PALETTE_LIGHT]              = { "#6a2fa5", "#f1e8fa", "#5a2491" },
    [MDG_PALETTE_DARK]               = { "#d6bdf2", "#3b2a4f", "#e2cffa" },
    [MDG_PALETTE_HIGH_CONTRAST]      = { "#6a2fa5", "#f1e8fa", "#5a2491" },
    [MDG_PALETTE_HIGH_CONTRAST_DARK] = { "#d6bdf2", "#3b2a4f", "#e2cffa" },
    [MDG_PALETTE_PRINT]              = { "#3a1469", NULL, NULL },
  } },
  [MDG_ACTOR_PATIENT] = { "patient", {
    [MDG_PALETTE_LIGHT]              = { "#1a56a8", "#e5effc", "#174b93" },
    [MDG_PALETTE_DARK]               = { "#a9cbf5", "#1e3553", "#bcd8fa" },
    [MDG_PALETTE_HIGH_CONTRAST]      = { "#1a56a8", "#e5effc", "#174b93" },
    [MDG_PALETTE_HIGH_CONTRAST_DARK] = { "#a9cbf5", "#1e3553", "#bcd8fa" },
    [MDG_PALETTE_PRINT]              = { "#1a4f9c", NULL, NULL },
  } },
  [MDG_ACTOR_CLINIC] = { "clinic", {
    [MDG_PALETTE_LIGHT]              = { "#226b32", "#e3f3e6", "#1d5c2b" },
    [MDG_PALETTE_DARK]               = { "#a6dbb2", "#1f3d27", "#b9e6c3" },
    [MDG_PALETTE_HIGH_CONTRAST]      = { "#226b32", "#e3f3e6", "#1d5c2b" },
    [MDG_PALETTE_HIGH_CONTRAST_DARK] = { "#a6dbb2", "#1f3d27", "#b9e6c3" },
    [MDG_PALETTE_PRINT]              = { "#2a8540", NULL, NULL },
  } },
};

const MdgActorColours *
mdg_actor_get_colours (MdgActor   actor,
                       MdgPalette palette)
{
  g_return_val_if_fail (actor < MDG_N_ACTORS, NULL);
  g_return_val_if_fail (palette < MDG_N_PALETTES, NULL);

  return &actors[actor].palettes[palette];
}

const char *
mdg_actor_get_css_class (MdgActor actor)
{
  g_return_val_if_fail (actor < MDG_N_ACTORS, "clinic");

  return actors[actor].css_class;
}

void
mdg_colour_get_rgb (const char *colour,
                    double     *red,
                    double     *green,
                    double     *blue)
{
  guint32 value;

  g_return_if_fail (colour != NULL && colour[0] == '#' && strlen (colour) == 7);

  value = strtoul (colour + 1, NULL, 16);
  *red = ((value >> 16) & 0xff) / 255.0;
  *green = ((value >> 8) & 0xff) / 255.0;
  *blue = (value & 0xff) / 255.0;
}
