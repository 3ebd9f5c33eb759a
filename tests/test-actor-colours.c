/* test-actor-colours.c — one palette for who acts (国/患/医): every actor
 * colour in the four style sheets is the table's (as the sheets cascade in
 * each mode), every colour keeps its actor's hue, and the staff sheet is
 * drawn in the table's print colours.
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "mdg-actor-colours.h"
#include "mdg-i18n.h"
#include "mdg-kb.h"
#include "mdg-document.h"

/* Every problem is told, then the test fails. */
#define problem(...) G_STMT_START { g_test_message (__VA_ARGS__); g_test_fail (); } G_STMT_END

typedef enum { ROLE_MARK, ROLE_FILL, ROLE_CONDITION, N_ROLES } Role;

static const char * const role_names[N_ROLES] = { "mark", "fill", "condition" };
static const char * const palette_names[MDG_N_PALETTES] = {
  "light", "dark", "high contrast", "high contrast dark", "print"
};

/* Where the style sheets use an actor's colour; ACTOR stands for its class. */
static const struct {
  const char *selector;
  const char *property;
  Role        role;
} uses[] = {
  { ".actor-mark.ACTOR", "background-color", ROLE_MARK },
  { ".response-panel.ACTOR", "border-left-color", ROLE_MARK },
  { ".response-panel.ACTOR", "border-color", ROLE_MARK },
  { ".response-panel.ACTOR", "background-color", ROLE_FILL },
  { ".response-panel.ACTOR .condition", "color", ROLE_CONDITION },
};

/* The sheets libadwaita loads in each mode, later ones winning. */
static const char * const cascades[MDG_PALETTE_PRINT][5] = {
  [MDG_PALETTE_LIGHT] = { "style.css" },
  [MDG_PALETTE_DARK] = { "style.css", "style-dark.css" },
  [MDG_PALETTE_HIGH_CONTRAST] = { "style.css", "style-hc.css" },
  [MDG_PALETTE_HIGH_CONTRAST_DARK] = { "style.css", "style-dark.css", "style-hc.css", "style-hc-dark.css" },
};

static const char *
role_colour (const MdgActorColours *colours,
             Role                   role)
{
  switch (role)
    {
    case ROLE_MARK: return colours->mark;
    case ROLE_FILL: return colours->fill;
    case ROLE_CONDITION: return colours->condition;
    case N_ROLES:
    default: g_assert_not_reached ();
    }
}

typedef struct {
  char     *where;      /* file and rule, for the messages */
  MdgActor  actor;
  Role      role;
  char     *colour;
} Use;

static void
use_free (gpointer data)
{
  Use *use = data;

  g_free (use->where);
  g_free (use->colour);
  g_free (use);
}

/* Adds the actor colours of the style sheet @name to @found, keyed by rule
 * and property, so that a later sheet replaces what an earlier one set. */
static void
read_sheet (const char *name,
            GHashTable *found)
{
  g_autofree char *path = g_build_filename (MDG_RESOURCES_DIR, name, NULL);
  g_autofree char *text = NULL;
  g_autofree char *css = NULL;
  g_autoptr(GRegex) comments = g_regex_new ("/\\*.*?\\*/", G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
  g_autoptr(GRegex) actor_class = g_regex_new ("\\.(citizen|patient|clinic)(?![-\\w])", 0, 0, NULL);
  g_autoptr(GRegex) hex = g_regex_new ("^#[0-9a-f]{6}$", 0, 0, NULL);
  g_autoptr(GError) error = NULL;
  const char *p;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  css = g_regex_replace_literal (comments, text, -1, 0, "", 0, NULL);

  p = css;
  while (TRUE)
    {
      const char *open = strchr (p, '{');
      const char *close = open != NULL ? strchr (open, '}') : NULL;
      g_autofree char *selectors = NULL;
      g_autofree char *body = NULL;
      g_auto(GStrv) selector_list = NULL;
      g_auto(GStrv) declarations = NULL;

      if (open == NULL || close == NULL)
        break;
      selectors = g_strndup (p, open - p);
      body = g_strndup (open + 1, close - open - 1);
      p = close + 1;

      selector_list = g_strsplit (selectors, ",", -1);
      declarations = g_strsplit (body, ";", -1);
      for (guint i = 0; selector_list[i] != NULL; i++)
        {
          g_autofree char *selector = g_regex_replace_literal (spaces, g_strstrip (selector_list[i]),
                                                               -1, 0, " ", 0, NULL);
          g_autoptr(GMatchInfo) match = NULL;
          g_autofree char *class = NULL;
          g_autofree char *general = NULL;
          MdgActor actor = MDG_N_ACTORS;

          if (!g_regex_match (actor_class, selector, 0, &match))
            continue;
          class = g_match_info_fetch (match, 1);
          for (MdgActor a = 0; a < MDG_N_ACTORS; a++)
            if (g_str_equal (class, mdg_actor_get_css_class (a)))
              actor = a;
          g_assert_cmpint (actor, <, MDG_N_ACTORS);
          general = g_regex_replace_literal (actor_class, selector, -1, 0, ".ACTOR", 0, NULL);

          for (guint j = 0; declarations[j] != NULL; j++)
            {
              g_auto(GStrv) pair = g_strsplit (declarations[j], ":", 2);
              g_autofree char *where = NULL;
              g_autofree char *value = NULL;
              const char *property;
              Use *use;
              guint k;

              if (pair[0] == NULL || pair[1] == NULL)
                continue;
              property = g_strstrip (pair[0]);
              value = g_ascii_strdown (g_strstrip (pair[1]), -1);
              where = g_strdup_printf ("%s: %s { %s }", name, selector, property);
              if (!g_str_has_suffix (property, "color") && strchr (value, '#') == NULL)
                continue;
              if (!g_str_has_suffix (property, "color") || !g_regex_match (hex, value, 0, NULL))
                {
                  problem ("%s: \"%s\": an actor's colour is written as "
                                      "a …-color property with one #rrggbb here", where, value);
                  continue;
                }
              for (k = 0; k < G_N_ELEMENTS (uses); k++)
                if (g_str_equal (uses[k].selector, general) && g_str_equal (uses[k].property, property))
                  break;
              if (k == G_N_ELEMENTS (uses))
                {
                  problem ("%s: a use of an actor colour the palette test does not know; "
                                      "add it to uses[] in %s", where, __FILE__);
                  continue;
                }
              use = g_new0 (Use, 1);
              use->where = g_steal_pointer (&where);
              use->actor = actor;
              use->role = uses[k].role;
              use->colour = g_steal_pointer (&value);
              g_hash_table_replace (found, g_strdup_printf ("%s\n%s", selector, property), use);
            }
        }
    }
}

static void
test_style_sheets (void)
{
  for (MdgPalette palette = 0; palette < MDG_PALETTE_PRINT; palette++)
    {
      g_autoptr(GHashTable) found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, use_free);
      gboolean seen[MDG_N_ACTORS][N_ROLES] = { { FALSE } };
      GHashTableIter iter;
      Use *use;

      for (guint i = 0; i < G_N_ELEMENTS (cascades[palette]) && cascades[palette][i] != NULL; i++)
        read_sheet (cascades[palette][i], found);

      g_hash_table_iter_init (&iter, found);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &use))
        {
          const char *expected = role_colour (mdg_actor_get_colours (use->actor, palette), use->role);

          seen[use->actor][use->role] = TRUE;
          if (g_strcmp0 (use->colour, expected) != 0)
            problem ("%s is %s in the %s palette, but src/core/mdg-actor-colours.c "
                                "gives the %s colour %s", use->where, use->colour,
                                palette_names[palette], role_names[use->role], expected);
        }
      for (MdgActor a = 0; a < MDG_N_ACTORS; a++)
        for (Role r = 0; r < N_ROLES; r++)
          if (!seen[a][r])
            problem ("the %s palette: the style sheets never use the %s colour of %s",
                                palette_names[palette], role_names[r], mdg_actor_get_css_class (a));
    }
}

/* The HSL hue, in degrees. */
static double
hue (const char *colour)
{
  double r, g, b, max, min, h;

  mdg_colour_get_rgb (colour, &r, &g, &b);
  max = MAX (r, MAX (g, b));
  min = MIN (r, MIN (g, b));
  g_assert_cmpfloat (max - min, >, 0.05);
  if (max == r)
    h = fmod ((g - b) / (max - min) + 6, 6);
  else if (max == g)
    h = (b - r) / (max - min) + 2;
  else
    h = (r - g) / (max - min) + 4;
  return h * 60;
}

static double
hue_apart (double a,
           double b)
{
  double d = fabs (a - b);

  return MIN (d, 360 - d);
}

/* Light or dark, on screen or paper: an actor's colours are one hue, its
 * own, so that the colour learnt at the screen reads the same on paper. */
static void
test_hues (void)
{
  double own[MDG_N_ACTORS];

  for (MdgActor a = 0; a < MDG_N_ACTORS; a++)
    own[a] = hue (mdg_actor_get_colours (a, MDG_PALETTE_LIGHT)->mark);

  for (MdgActor a = 0; a < MDG_N_ACTORS; a++)
    for (MdgPalette palette = 0; palette < MDG_N_PALETTES; palette++)
      for (Role r = 0; r < N_ROLES; r++)
        {
          const char *colour = role_colour (mdg_actor_get_colours (a, palette), r);
          double h;

          if (colour == NULL)
            {
              g_assert_cmpint (palette, ==, MDG_PALETTE_PRINT);
              g_assert_cmpint (r, !=, ROLE_MARK);
              continue;
            }
          h = hue (colour);
          if (hue_apart (h, own[a]) > 10)
            problem ("the %s colour of %s in the %s palette, %s, has the hue %.0f°, "
                                "not that of its mark on the screen, %.0f°",
                                role_names[r], mdg_actor_get_css_class (a), palette_names[palette], colour, h, own[a]);
          for (MdgActor other = 0; other < MDG_N_ACTORS; other++)
            if (other != a && hue_apart (h, own[other]) <= hue_apart (h, own[a]))
              problem ("the %s colour of %s in the %s palette, %s, looks like %s",
                                  role_names[r], mdg_actor_get_css_class (a), palette_names[palette], colour,
                                  mdg_actor_get_css_class (other));
        }
}

/* The first page of the staff sheet, drawn at 144 dpi, has each actor's
 * print colour (the legend on every page, the bars beside the responses). */
static void
test_staff_sheet (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MdgKb) kb = mdg_kb_new_default (&error);
  g_autoptr(MdgDocument) doc = NULL;
  double width, height, scale = 2;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint counts[MDG_N_ACTORS] = { 0 };
  guchar expected[MDG_N_ACTORS][3];
  const guchar *data;
  int stride;

  g_assert_no_error (error);
  doc = mdg_document_new_staff_sheet (kb, "ja", NULL, NULL);
  mdg_document_get_paper_size (doc, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width * scale, height * scale);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  g_assert_cmpuint (mdg_document_paginate (doc, cr, width, height), >, 0);
  mdg_document_draw_page (doc, cr, 0);
  cairo_surface_flush (surface);

  for (MdgActor a = 0; a < MDG_N_ACTORS; a++)
    {
      double r, g, b;

      mdg_colour_get_rgb (mdg_actor_get_colours (a, MDG_PALETTE_PRINT)->mark, &r, &g, &b);
      expected[a][0] = r * 255 + 0.5;
      expected[a][1] = g * 255 + 0.5;
      expected[a][2] = b * 255 + 0.5;
    }
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + x * 4);
        int rgb[3] = { (pixel >> 16) & 0xff, (pixel >> 8) & 0xff, pixel & 0xff };

        for (MdgActor a = 0; a < MDG_N_ACTORS; a++)
          if (ABS (rgb[0] - expected[a][0]) <= 1 && ABS (rgb[1] - expected[a][1]) <= 1 &&
              ABS (rgb[2] - expected[a][2]) <= 1)
            counts[a]++;
      }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  for (MdgActor a = 0; a < MDG_N_ACTORS; a++)
    {
      g_test_message ("%s: %u pixels in %s", mdg_actor_get_css_class (a), counts[a],
                      mdg_actor_get_colours (a, MDG_PALETTE_PRINT)->mark);
      /* The legend's square alone is some 100 pixels at this size. */
      g_assert_cmpuint (counts[a], >=, 50);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  mdg_i18n_init ();

  g_test_add_func ("/actor-colours/style-sheets", test_style_sheets);
  g_test_add_func ("/actor-colours/hues", test_hues);
  g_test_add_func ("/actor-colours/staff-sheet", test_staff_sheet);

  return g_test_run ();
}
