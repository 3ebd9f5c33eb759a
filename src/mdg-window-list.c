/* mdg-window-list.c — the staff window's case list: which cases it shows
 * for the query and the area, in which order, and their rows and headings.
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "mdg-case-row.h"
#include "mdg-ui-util.h"
#include "mdg-window-list.h"

/* Only built when something needs it: the first query, or the idle after
 * the first frame. */
MdgSearch *
mdg_window_get_search (MdgWindow *self)
{
  MdgApplication *app = mdg_window_get_app (self);

  if (app == NULL || self->kb == NULL)
    return NULL;

  return mdg_application_get_search (app);
}

static gboolean
mdg_window_filter_func (gpointer item,
                        gpointer user_data)
{
  MdgWindow *self = user_data;
  MdgCase *kase = item;

  if (self->ranks != NULL && !g_hash_table_contains (self->ranks, kase))
    return FALSE;

  if (self->area != NULL &&
      (kase->area == NULL || g_strcmp0 (kase->area->id, self->area->id) != 0))
    return FALSE;

  return TRUE;
}

static int
mdg_window_sort_func (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  MdgWindow *self = user_data;
  const MdgCase *case_a = a;
  const MdgCase *case_b = b;

  if (self->ranks != NULL)
    {
      guint rank_a = GPOINTER_TO_UINT (g_hash_table_lookup (self->ranks, a));
      guint rank_b = GPOINTER_TO_UINT (g_hash_table_lookup (self->ranks, b));

      if (rank_a != rank_b)
        return rank_a < rank_b ? -1 : 1;
    }

  /* By area, then number: an added case (from 101) joins its area's cases,
   * so that no area's heading comes twice. */
  if (case_a->area != case_b->area && self->kb != NULL)
    {
      GPtrArray *areas = mdg_kb_get_areas (self->kb);
      guint area_a = G_MAXUINT, area_b = G_MAXUINT;

      g_ptr_array_find (areas, case_a->area, &area_a);
      g_ptr_array_find (areas, case_b->area, &area_b);
      if (area_a != area_b)
        return area_a < area_b ? -1 : 1;
    }

  return case_a->number < case_b->number ? -1 : case_a->number > case_b->number;
}

MdgField
mdg_window_get_fields (MdgWindow *self,
                       MdgCase   *kase)
{
  if (self->fields == NULL)
    return 0;
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->fields, kase));
}

static GtkWidget *
mdg_window_create_row (gpointer item,
                       gpointer user_data)
{
  MdgWindow *self = user_data;
  GtkWidget *row;

  row = mdg_case_row_new (MDG_CASE (item), self->lang);
  if (self->query != NULL)
    mdg_case_row_set_match (MDG_CASE_ROW (row), mdg_window_get_search (self),
                            self->query, mdg_window_get_fields (self, item));

  return row;
}

/* Rows of one business area are grouped under its name, once, instead of
 * repeating it on every row; a ranked search shows it again wherever the
 * area changes. */
static void
mdg_window_update_header (GtkListBoxRow *row,
                          GtkListBoxRow *before,
                          gpointer       user_data)
{
  MdgWindow *self = user_data;
  MdgCase *kase = mdg_case_row_get_case (MDG_CASE_ROW (row));
  MdgCase *previous_case = before != NULL ? mdg_case_row_get_case (MDG_CASE_ROW (before)) : NULL;
  const MdgArea *area = kase->area;
  const MdgArea *previous = previous_case != NULL ? previous_case->area : NULL;
  gboolean related = self->related != NULL && g_hash_table_contains (self->related, kase);
  gboolean previous_related = previous_case != NULL && self->related != NULL &&
                              g_hash_table_contains (self->related, previous_case);
  GtkWidget *header;

  /* The related hits stand under one heading of their own, after the direct
   * ones; an area's name would repeat one given above. */
  if (related ? previous_related
              : (area == NULL || (before != NULL && area == previous)))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_list_box_row_get_header (row);
  if (header == NULL)
    {
      header = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (header), 0);
      gtk_label_set_wrap (GTK_LABEL (header), TRUE);
      gtk_widget_add_css_class (header, "case-group");
      /* Each row names its area: a header read as a list item would make
       * "4 of 17" out of twelve cases. */
      mdg_ui_a11y_set_hidden (header, TRUE);
      gtk_list_box_row_set_header (row, header);
    }
  if (related)
    gtk_label_set_text (GTK_LABEL (header), _("Possibly related"));
  else
    gtk_label_set_text (GTK_LABEL (header), mdg_text_get (area->name, self->lang));
}

void
mdg_window_search_now (MdgWindow *self)
{
  g_autofree char *query = NULL;

  g_return_if_fail (MDG_IS_WINDOW (self));

  query = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  g_clear_pointer (&self->ranks, g_hash_table_unref);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_pointer (&self->related, g_hash_table_unref);
  g_clear_pointer (&self->query, g_free);

  if (*query != '\0' && self->kb != NULL)
    {
      MdgSearch *search = mdg_window_get_search (self);
      g_autoptr(GArray) hits = mdg_search_query (search, query);
      g_autoptr(GPtrArray) areas = g_ptr_array_new ();
      guint rank = 0;

      self->ranks = g_hash_table_new (NULL, NULL);
      self->fields = g_hash_table_new (NULL, NULL);
      self->related = g_hash_table_new (NULL, NULL);

      /* The direct hits by area, so that each area's name heads the list
       * once: the areas in the order of their best hit, each area's hits in
       * rank order. The related hits follow, in rank order. */
      for (guint i = 0; hits != NULL && i < hits->len; i++)
        {
          const MdgHit *hit = &g_array_index (hits, MdgHit, i);

          if (!hit->related && !g_ptr_array_find (areas, hit->kase->area, NULL))
            g_ptr_array_add (areas, (gpointer) hit->kase->area);
        }
      for (guint a = 0; a <= areas->len; a++)
        for (guint i = 0; hits != NULL && i < hits->len; i++)
          {
            const MdgHit *hit = &g_array_index (hits, MdgHit, i);

            if (a < areas->len ? (hit->related || hit->kase->area != g_ptr_array_index (areas, a))
                               : !hit->related)
              continue;
            g_hash_table_insert (self->ranks, hit->kase, GUINT_TO_POINTER (++rank));
            g_hash_table_insert (self->fields, hit->kase, GUINT_TO_POINTER (hit->fields));
            if (hit->related)
              g_hash_table_add (self->related, hit->kase);
          }
      self->query = g_steal_pointer (&query);
    }

  mdg_window_refresh (self);
}


void
mdg_window_list_bind (MdgWindow  *self,
                      GListModel *cases)
{
  GtkFilterListModel *filter_model;

  self->filter = gtk_custom_filter_new (mdg_window_filter_func, self, NULL);
  self->sorter = gtk_custom_sorter_new (mdg_window_sort_func, self, NULL);
  filter_model = gtk_filter_list_model_new (g_object_ref (cases),
                                            g_object_ref (GTK_FILTER (self->filter)));
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (filter_model),
                                              g_object_ref (GTK_SORTER (self->sorter)));
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->sort_model),
                           mdg_window_create_row, self, NULL);
  gtk_list_box_set_header_func (self->list_box, mdg_window_update_header, self, NULL);
}
