/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-ruby-label.c — wrapped text with ruby above its kanji.
 *
 * The bases are one PangoLayout, wrapped only at the spaces between words
 * (a word longer than the line breaks inside as a last resort); each reading is
 * a small layout centred above its base. Screen readers get the bases as the
 * label and the text as spoken (bases replaced by their readings) as the
 * description, so a reader that knows no kanji can still read it out. */
#include "config.h"

#include "mdg-ruby-label.h"
#include "mdg-ruby.h"

#include <string.h>

#define RUBY_SCALE 0.5
/* Line height, in the font's own line heights: room for a reading above each line. */
#define RUBY_LINE_HEIGHT 1.9

typedef struct {
  int          start, end;    /* the base in the plain text */
  char        *reading;
  PangoLayout *layout;        /* made when first drawn */
} Ruby;

struct _MdgRubyLabel {
  GtkWidget      parent_instance;

  char          *plain;
  GArray        *rubies;      /* Ruby */
  PangoLanguage *language;
  PangoLayout   *layout;
};

G_DEFINE_FINAL_TYPE (MdgRubyLabel, mdg_ruby_label, GTK_TYPE_WIDGET)

static void
ruby_clear (gpointer data)
{
  Ruby *ruby = data;

  g_free (ruby->reading);
  g_clear_object (&ruby->layout);
}

static gboolean
is_word_space (gunichar ch)
{
  return ch == ' ' || ch == '\t' || ch == '\n' || ch == 0x3000;
}

/* The base layout at @width (Pango units, -1 for none), words kept whole when they fit. */
static PangoLayout *
ensure_layout (MdgRubyLabel *self,
               int           width)
{
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  const char *text = self->plain != NULL ? self->plain : "";
  const char *p = text;

  if (self->layout == NULL)
    self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  else
    pango_layout_set_text (self->layout, text, -1);

  if (self->language != NULL)
    pango_attr_list_insert (attrs, pango_attr_language_new (self->language));
  if (self->rubies->len > 0)
    pango_attr_list_insert (attrs, pango_attr_line_height_new (RUBY_LINE_HEIGHT));
  pango_layout_set_attributes (self->layout, attrs);
  pango_layout_set_width (self->layout, -1);
  pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);

  if (width >= 0)
    {
      g_autoptr(PangoAttrList) kept = pango_attr_list_copy (attrs);

      while (*p != '\0')
        {
          const char *start;
          PangoRectangle a, b;

          while (*p != '\0' && is_word_space (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          start = p;
          while (*p != '\0' && !is_word_space (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          if (p == start)
            continue;
          pango_layout_index_to_pos (self->layout, start - text, &a);
          pango_layout_index_to_pos (self->layout, g_utf8_prev_char (p) - text, &b);
          if (b.x + b.width - a.x <= width)
            {
              PangoAttribute *keep = pango_attr_allow_breaks_new (FALSE);

              keep->start_index = start - text;
              keep->end_index = p - text;
              pango_attr_list_insert (kept, keep);
            }
        }
      /* A base never breaks, even one with a space in it. */
      for (guint i = 0; i < self->rubies->len; i++)
        {
          const Ruby *ruby = &g_array_index (self->rubies, Ruby, i);
          PangoAttribute *keep = pango_attr_allow_breaks_new (FALSE);

          keep->start_index = ruby->start;
          keep->end_index = ruby->end;
          pango_attr_list_insert (kept, keep);
        }
      pango_layout_set_attributes (self->layout, kept);
      pango_layout_set_width (self->layout, width);
    }

  return self->layout;
}

static GtkSizeRequestMode
mdg_ruby_label_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
mdg_ruby_label_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  MdgRubyLabel *self = MDG_RUBY_LABEL (widget);
  PangoLayout *layout;
  int width, height;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      PangoRectangle logical;

      layout = ensure_layout (self, -1);
      pango_layout_get_pixel_extents (layout, NULL, &logical);
      /* Wraps to any width: a few characters at least. */
      *minimum = MIN (logical.width, 120);
      *natural = logical.width;
      return;
    }

  layout = ensure_layout (self, for_size >= 0 ? for_size * PANGO_SCALE : -1);
  pango_layout_get_pixel_size (layout, &width, &height);
  *minimum = *natural = height;
}

static void
mdg_ruby_label_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  MdgRubyLabel *self = MDG_RUBY_LABEL (widget);
  PangoLayout *layout = ensure_layout (self, gtk_widget_get_width (widget) * PANGO_SCALE);
  g_autoptr(PangoFontDescription) small = NULL;
  PangoContext *context = gtk_widget_get_pango_context (widget);
  PangoFontMetrics *metrics;
  double rise;
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  gtk_snapshot_append_layout (snapshot, layout, &color);
  if (self->rubies->len == 0)
    return;

  small = pango_font_description_copy (pango_context_get_font_description (context));
  if (pango_font_description_get_size_is_absolute (small))
    pango_font_description_set_absolute_size (small, pango_font_description_get_size (small) * RUBY_SCALE);
  else
    pango_font_description_set_size (small, (int) (pango_font_description_get_size (small) * RUBY_SCALE));
  pango_font_description_set_weight (small, PANGO_WEIGHT_NORMAL);
  metrics = pango_context_get_metrics (context, NULL, self->language);
  rise = (double) pango_font_metrics_get_ascent (metrics) / PANGO_SCALE;
  pango_font_metrics_unref (metrics);

  for (guint i = 0; i < self->rubies->len; i++)
    {
      Ruby *ruby = &g_array_index (self->rubies, Ruby, i);
      PangoLayoutIter *iter;
      PangoRectangle first, last, logical;
      double baseline = 0;
      int line;

      if (ruby->layout == NULL)
        {
          ruby->layout = gtk_widget_create_pango_layout (widget, ruby->reading);
          pango_layout_set_font_description (ruby->layout, small);
        }
      pango_layout_index_to_pos (layout, ruby->start, &first);
      pango_layout_index_to_pos (layout, g_utf8_prev_char (self->plain + ruby->end) - self->plain, &last);
      pango_layout_index_to_line_x (layout, ruby->start, FALSE, &line, NULL);
      iter = pango_layout_get_iter (layout);
      for (int n = 0; n < line; n++)
        pango_layout_iter_next_line (iter);
      baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      pango_layout_iter_free (iter);

      pango_layout_get_extents (ruby->layout, NULL, &logical);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (
        (float) ((first.x + (last.x + last.width - first.x - logical.width) / 2) / (double) PANGO_SCALE),
        (float) (baseline - rise - (double) logical.height / PANGO_SCALE * 0.9)));
      gtk_snapshot_append_layout (snapshot, ruby->layout, &color);
      gtk_snapshot_restore (snapshot);
    }
}

static void
mdg_ruby_label_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  MdgRubyLabel *self = MDG_RUBY_LABEL (widget);

  GTK_WIDGET_CLASS (mdg_ruby_label_parent_class)->css_changed (widget, change);
  /* A new font: lay out again. */
  g_clear_object (&self->layout);
  for (guint i = 0; i < self->rubies->len; i++)
    g_clear_object (&g_array_index (self->rubies, Ruby, i).layout);
  gtk_widget_queue_resize (widget);
}

static void
mdg_ruby_label_finalize (GObject *object)
{
  MdgRubyLabel *self = MDG_RUBY_LABEL (object);

  g_free (self->plain);
  g_array_unref (self->rubies);
  g_clear_object (&self->layout);

  G_OBJECT_CLASS (mdg_ruby_label_parent_class)->finalize (object);
}

static void
mdg_ruby_label_class_init (MdgRubyLabelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = mdg_ruby_label_finalize;
  widget_class->get_request_mode = mdg_ruby_label_get_request_mode;
  widget_class->measure = mdg_ruby_label_measure;
  widget_class->snapshot = mdg_ruby_label_snapshot;
  widget_class->css_changed = mdg_ruby_label_css_changed;

  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
mdg_ruby_label_init (MdgRubyLabel *self)
{
  self->rubies = g_array_new (FALSE, FALSE, sizeof (Ruby));
  g_array_set_clear_func (self->rubies, ruby_clear);
}

void
mdg_ruby_label_set_text (MdgRubyLabel *self,
                         const char   *marked)
{
  g_autoptr(GArray) segments = NULL;
  g_autofree char *spoken = NULL;
  GString *plain = g_string_new (NULL);

  g_return_if_fail (MDG_IS_RUBY_LABEL (self));

  if (marked == NULL)
    marked = "";
  g_array_set_size (self->rubies, 0);
  segments = mdg_ruby_parse (marked, MDG_RUBY_PARSE_DEFAULT, NULL, NULL);
  if (segments == NULL)
    g_string_append (plain, marked);
  for (guint i = 0; segments != NULL && i < segments->len; i++)
    {
      const MdgRubySegment *seg = &g_array_index (segments, MdgRubySegment, i);

      if (seg->reading != NULL)
        {
          Ruby ruby = { plain->len, plain->len + seg->base_len,
                        g_strndup (seg->reading, seg->reading_len), NULL };

          g_array_append_val (self->rubies, ruby);
        }
      g_string_append_len (plain, seg->base, seg->base_len);
    }
  g_free (self->plain);
  self->plain = g_string_free (plain, FALSE);

  spoken = self->rubies->len > 0 ? mdg_ruby_reading (marked) : NULL;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->plain,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, spoken != NULL ? spoken : "",
                                  -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

const char *
mdg_ruby_label_get_text (MdgRubyLabel *self)
{
  g_return_val_if_fail (MDG_IS_RUBY_LABEL (self), NULL);

  return self->plain != NULL ? self->plain : "";
}

GtkWidget *
mdg_ruby_label_new (const char *marked,
                    const char *pango_language)
{
  return mdg_ruby_label_new_with_role (marked, pango_language, GTK_ACCESSIBLE_ROLE_LABEL);
}

GtkWidget *
mdg_ruby_label_new_with_role (const char        *marked,
                              const char        *pango_language,
                              GtkAccessibleRole  role)
{
  MdgRubyLabel *self = g_object_new (MDG_TYPE_RUBY_LABEL, "accessible-role", role, NULL);

  self->language = pango_language != NULL ? pango_language_from_string (pango_language) : NULL;
  mdg_ruby_label_set_text (self, marked);
  return GTK_WIDGET (self);
}
