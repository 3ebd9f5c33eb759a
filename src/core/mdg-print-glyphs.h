/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-print-glyphs.h — text on PDF and PostScript pages without lost glyphs. */

#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* Whether @cr prints to a PDF or PostScript surface, where the lines go
 * through mdg_print_glyphs_show_line(). */
gboolean mdg_print_glyphs_wanted (cairo_t *cr);

/* Tells the surface of @cr which glyphs @layout will draw, so that each face
 * is embedded once for all of them. */
void     mdg_print_glyphs_add_layout (cairo_t     *cr,
                                      PangoLayout *layout);

/* Like pango_cairo_show_layout_line(), for the text of our documents (no
 * underlines, shifts or colours of their own). */
void     mdg_print_glyphs_show_line (cairo_t         *cr,
                                     PangoLayoutLine *line);

G_END_DECLS
