/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-handout.c — the patient's pages: the handout of one case and the
 * reference sheet of every situation for the waiting-room wall.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "mdg-layout-private.h"

/* Greys from 0 (black) to 1 (white). */
#define SMALL_PRINT_GREY 0.25  /* the foot of the page */
#define ENTRY_BAR_GREY   0.45  /* the bar beside each entry of the patient sheet */

/* ------------------------------------------------------------------------- */
/* Common pieces                                                             */

static void
column_add_heading (MdgDocument *self,
                    Column      *col,
                    double       space_before,
                    const char  *text)
{
  Style style = { self->density->heading, TRUE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  double bar = self->density->heading * 0.35;
  double top = mdg_column_next_top (col, space_before);
  double inset = self->density->heading * 0.25;

  /* A black bar before the heading marks a section in black and white too. */
  mdg_column_add_text (self, col, bar * 2.2, space_before, &style, text);
  mdg_column_add_deco (col, DECO_FILL, 0, top + inset, bar, col->height - inset, 0, 0, 0, 0);
  col->glue = TRUE;
}

/* The clinic's name and phone, or lines to fill in, beside the date. */
static void
add_clinic_block (MdgDocument *self,
                  GPtrArray   *blocks,
                  double       width)
{
  const Density *d = self->density;
  Block *block = mdg_block_new (blocks, 0);
  Style name = { d->body + 3, TRUE, 0, PANGO_ALIGN_LEFT, 0, TRUE };
  Style body = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style date = { d->body, FALSE, 0, PANGO_ALIGN_RIGHT, 0, FALSE };
  g_autofree char *when = mdg_document_format_date (self);
  g_autofree char *markup = g_markup_printf_escaped ("%s %s", mdg_document_tr (self, N_("Date:")), when);
  g_autoptr(PangoLayout) natural = mdg_document_layout (self, &date, -1, markup);
  PangoRectangle logical;
  double date_width;
  Column *left, *right;

  /* The date is never broken: its column is as wide as it needs. */
  pango_layout_get_extents (natural, NULL, &logical);
  date_width = CLAMP ((double) logical.width / PANGO_SCALE + 1, width * 0.33, width * 0.5);
  left = mdg_block_add_column (block, 0, width - date_width - width * 0.03);
  right = mdg_block_add_column (block, width - date_width, date_width);

  if (self->clinic_name != NULL)
    mdg_column_add_text (self, left, 0, 0, &name, self->clinic_name);
  else
    mdg_column_add_fill_in (self, left, 0, &body, mdg_document_tr (self, N_("Clinic:")));

  if (self->clinic_phone != NULL)
    {
      g_autofree char *phone = g_markup_printf_escaped ("<b>%s</b> %s", mdg_document_tr (self, N_("Phone:")),
                                                        self->clinic_phone);

      mdg_column_add_markup (self, left, 0, d->para, &body, phone);
    }
  else
    mdg_column_add_fill_in (self, left, d->body * 0.9, &body, mdg_document_tr (self, N_("Phone:")));

  mdg_column_add_markup (self, right, 0, 0, &date, markup);

  block->pad_bottom = d->para + 2;
  block->frame = FRAME_BOTTOM;
  block->frame_width = 1.5;
}

static void
add_title (MdgDocument *self,
           GPtrArray   *blocks,
           double       width,
           const char  *title)
{
  Style style = { self->density->title, TRUE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Block *block = mdg_block_new (blocks, self->density->section * 0.8);

  mdg_column_add_text (self, mdg_block_add_column (block, 0, width), 0, 0, &style, title);
}

/* Numbered steps with a hanging indent: "1.  Ask …". */
static void
column_add_steps (MdgDocument *self,
                  Column      *col,
                  double       dx,
                  double       size,
                  GPtrArray   *steps)
{
  Style style = { size, FALSE, 0, PANGO_ALIGN_LEFT, size * 1.8, FALSE };

  for (guint i = 0; i < steps->len; i++)
    {
      g_autofree char *markup =
        g_markup_printf_escaped ("<b>%u.</b>\t%s", i + 1,
                                 mdg_document_text (self, g_ptr_array_index (steps, i)));

      mdg_column_add_markup (self, col, dx, i == 0 ? self->density->para : self->density->para * 0.8,
                             &style, markup);
    }
}

/* The contact box: name, phone and hours, with a border (not colour alone). */
static void
column_add_contacts (MdgDocument *self,
                     Column      *col,
                     double       space_before,
                     GPtrArray   *contacts)
{
  const Density *d = self->density;
  double pad = d->body * 0.6;
  double top = mdg_column_open_group (col, space_before, pad);
  Style heading = { d->heading, TRUE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style name = { d->body, TRUE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style body = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style phone = { d->step + 2, FALSE, 0, PANGO_ALIGN_LEFT, 0, FALSE };

  mdg_column_add_text (self, col, pad, 0, &heading, mdg_document_tr (self, N_("Whom to contact")));
  col->glue = TRUE;
  for (guint i = 0; i < contacts->len; i++)
    {
      const MdgContact *contact = g_ptr_array_index (contacts, i);
      g_autofree char *markup = NULL;

      mdg_column_add_text (self, col, pad, i == 0 ? d->para : d->para * 1.6, &name,
                           mdg_document_text (self, contact->name));
      col->glue = TRUE;
      /* The name the line answers to, for a patient who reads little Japanese. */
      if (!g_str_has_prefix (self->lang, "ja"))
        {
          Style japanese = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, 0, TRUE };

          mdg_column_add_text (self, col, pad, d->para * 0.3, &japanese, mdg_text_get (contact->name, "ja"));
          col->glue = TRUE;
        }
      if (contact->phone != NULL)
        {
          markup = g_markup_printf_escaped ("%s <b>%s</b>", mdg_document_tr (self, N_("Phone:")), contact->phone);
          mdg_column_add_markup (self, col, pad, d->para * 0.5, &phone, markup);
          g_clear_pointer (&markup, g_free);
        }
      if (contact->hours != NULL)
        {
          markup = g_markup_printf_escaped ("<b>%s</b> %s", mdg_document_tr (self, N_("Hours:")),
                                            mdg_document_text (self, contact->hours));
          mdg_column_add_markup (self, col, pad, d->para * 0.5, &body, markup);
          g_clear_pointer (&markup, g_free);
        }
      if (contact->url != NULL)
        {
          markup = g_markup_printf_escaped ("<b>%s</b> %s", mdg_document_tr (self, N_("Website:")), contact->url);
          mdg_column_add_markup (self, col, pad, d->para * 0.5, &body, markup);
        }
    }
  col->height += pad;
  mdg_column_add_deco (col, DECO_BOX, 0, top, col->width, col->height, 1.5, 0, 0, 0);
}

/* The words in quotation marks of @note, or NULL when it quotes nothing. */
static char *
quoted_words (const char *note)
{
  static const char * const quotes[][2] = {
    { "「", "」" }, { "“", "”" }, { "«", "»" }, { "\"", "\"" },
  };

  for (guint i = 0; note != NULL && i < G_N_ELEMENTS (quotes); i++)
    {
      const char *open = strstr (note, quotes[i][0]);
      const char *start, *close;

      if (open == NULL)
        continue;
      start = open + strlen (quotes[i][0]);
      close = g_strrstr (start, quotes[i][1]);
      if (close != NULL && close > start)
        return g_strndup (start, close - start);
    }
  return NULL;
}

/* What the patient is told in the case's notes, in @lang: a GPtrArray of
 * strings. The ※ lines of the patient's and citizen's responses are written
 * for staff (国民には「3～4日程度経過してから、再度確認してください」と回答する);
 * only the words they tell the patient to say are the patient's, and only
 * where the note has them in this very language. */
static GPtrArray *
case_patient_notes (MdgCase    *kase,
                    const char *lang)
{
  GPtrArray *notes = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < kase->responses->len; i++)
    {
      MdgResponse *r = g_ptr_array_index (kase->responses, i);

      if (r->actor == MDG_ACTOR_CLINIC || r->notes == NULL)
        continue;
      for (guint j = 0; j < r->notes->len; j++)
        {
          char *words = quoted_words (mdg_text_get_exact (g_ptr_array_index (r->notes, j), lang));

          if (words != NULL)
            g_ptr_array_add (notes, words);
        }
    }
  return notes;
}

/* The contacts of @kase printed on a patient's page in @lang. */
static GPtrArray *
contacts_for_language (MdgCase    *kase,
                       const char *lang)
{
  GPtrArray *contacts = g_ptr_array_new ();

  for (guint i = 0; kase->contacts != NULL && i < kase->contacts->len; i++)
    if (mdg_contact_is_for_language (g_ptr_array_index (kase->contacts, i), lang))
      g_ptr_array_add (contacts, g_ptr_array_index (kase->contacts, i));
  return contacts;
}

/* The small print at the foot of a patient's page: the translation note
 * (ours, not the document's) and @left, with the page number when there are
 * several pages. */
static Block *
build_small_print (MdgDocument *self,
                   double       width,
                   const char  *left,
                   guint        page_nr,
                   guint        n_pages)
{
  Style small = { self->density->small, FALSE, SMALL_PRINT_GREY, PANGO_ALIGN_LEFT, 0, FALSE };
  const MdgText *translation_note = mdg_kb_get_translation_note (self->kb);
  const char *note = mdg_text_get_exact (translation_note, self->lang) != NULL
                     ? mdg_document_text (self, translation_note) : NULL;
  Block *block = mdg_block_new (NULL, 0);
  Column *col = mdg_block_add_column (block, 0, width);
  GString *line = g_string_new (left);

  if (n_pages > 1)
    {
      g_autofree char *pages = g_strdup_printf (mdg_document_tr (self, N_("Page %u of %u")), page_nr + 1, n_pages);
      g_string_append_printf (line, " · %s", pages);
    }
  if (strcmp (self->lang, "ja") != 0 && note != NULL)
    mdg_column_add_text (self, col, 0, 0, &small, note);
  mdg_column_add_text (self, col, 0, 2, &small, line->str);
  g_string_free (line, TRUE);
  block->frame = FRAME_TOP;
  block->pad_top = 4;
  return block;
}

/* ------------------------------------------------------------------------- */
/* The patient handout                                                       */

void
mdg_handout_build (MdgDocument *self,
                   GPtrArray   *blocks,
                   double       width)
{
  const Density *d = self->density;
  MdgHandout *handout = self->kase->handout;
  Style body = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  g_autoptr(GPtrArray) notes = case_patient_notes (self->kase, self->lang);
  g_autoptr(GPtrArray) contacts = contacts_for_language (self->kase, self->lang);
  Block *block;
  Column *col;

  /* A note whose words a step already says is not printed twice. */
  for (guint i = notes->len; i-- > 0;)
    for (guint j = 0; j < handout->steps->len; j++)
      if (strstr (mdg_text_get (g_ptr_array_index (handout->steps, j), self->lang),
                  g_ptr_array_index (notes, i)) != NULL)
        {
          g_ptr_array_remove_index (notes, i);
          break;
        }

  add_clinic_block (self, blocks, width);
  add_title (self, blocks, width, mdg_document_tr (self, N_("About your health insurance check")));
  if (self->kase->area->patient_name != NULL)
    {
      Style subtitle = { d->heading, FALSE, 0, PANGO_ALIGN_LEFT, 0, FALSE };

      block = mdg_block_new (blocks, d->para * 0.5);
      mdg_column_add_text (self, mdg_block_add_column (block, 0, width), 0, 0, &subtitle,
                           mdg_document_text (self, self->kase->area->patient_name));
    }

  block = mdg_block_new (blocks, d->section * 0.7);
  col = mdg_block_add_column (block, 0, width);
  column_add_heading (self, col, 0, mdg_document_tr (self, N_("What happened")));
  mdg_column_add_text (self, col, 0, d->para, &body, mdg_document_text (self, handout->situation));

  block = mdg_block_new (blocks, d->section);
  col = mdg_block_add_column (block, 0, width);
  column_add_heading (self, col, 0, mdg_document_tr (self, N_("What you need to do")));
  column_add_steps (self, col, 0, d->step, handout->steps);

  if (contacts->len > 0)
    {
      block = mdg_block_new (blocks, d->section);
      column_add_contacts (self, mdg_block_add_column (block, 0, width), 0, contacts);
    }

  if (notes->len > 0)
    {
      block = mdg_block_new (blocks, d->section);
      col = mdg_block_add_column (block, 0, width);
      column_add_heading (self, col, 0, mdg_document_tr (self, N_("Please note")));
      for (guint i = 0; i < notes->len; i++)
        mdg_column_add_text (self, col, 0, d->para, &body, g_ptr_array_index (notes, i));
    }

  if (handout->clinic != NULL)
    {
      block = mdg_block_new (blocks, d->section);
      col = mdg_block_add_column (block, 0, width);
      column_add_heading (self, col, 0, mdg_document_tr (self, N_("What the clinic does")));
      mdg_column_add_text (self, col, 0, d->para, &body, mdg_document_text (self, handout->clinic));
    }

  if (self->clinic_note != NULL)
    {
      Style note = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, 0, TRUE };

      block = mdg_block_new (blocks, d->section);
      block->frame = FRAME_TOP;
      block->pad_top = d->para + 2;
      mdg_column_add_text (self, mdg_block_add_column (block, 0, width), 0, 0, &note, self->clinic_note);
    }
}


Block *
mdg_handout_build_footer (MdgDocument *self,
                          double       width,
                          guint        page_nr,
                          guint        n_pages)
{
  /* Translators: the small print at the foot of a handout: the case's number. */
  g_autofree char *number = g_strdup_printf (mdg_document_tr (self, N_("Case %u")), self->kase->number);
  g_autofree char *left = self->kase->origin == MDG_ORIGIN_ADDED
    ? g_strdup_printf ("%s · %s · Madoguchi", number, mdg_document_tr (self, N_("Added — not in the document")))
    : g_strdup_printf ("%s · Madoguchi", number);

  return build_small_print (self, width, left, page_nr, n_pages);
}

/* ------------------------------------------------------------------------- */
/* The patient reference sheet                                               */

static gboolean
same_steps (MdgCase    *a,
            MdgCase    *b,
            const char *lang)
{
  GPtrArray *sa = a->handout->steps, *sb = b->handout->steps;
  guint na = a->contacts != NULL ? a->contacts->len : 0;
  guint nb = b->contacts != NULL ? b->contacts->len : 0;

  if (sa->len != sb->len || na != nb)
    return FALSE;
  for (guint i = 0; i < sa->len; i++)
    if (g_strcmp0 (mdg_text_get (g_ptr_array_index (sa, i), lang),
                   mdg_text_get (g_ptr_array_index (sb, i), lang)) != 0)
      return FALSE;
  for (guint i = 0; i < na; i++)
    if (g_ptr_array_index (a->contacts, i) != g_ptr_array_index (b->contacts, i))
      return FALSE;
  return TRUE;
}

void
mdg_patient_sheet_build (MdgDocument *self,
                         GPtrArray   *blocks,
                         double       width)
{
  const Density *d = self->density;
  GListModel *cases = mdg_kb_get_cases (self->kb);
  guint n = g_list_model_get_n_items (cases);
  Style body = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style situation = { d->body, TRUE, 0, PANGO_ALIGN_LEFT, d->body * 1.3, FALSE };
  Style contact = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  g_autoptr(GPtrArray) done = g_ptr_array_new ();
  Block *block;

  add_clinic_block (self, blocks, width);
  add_title (self, blocks, width, mdg_document_tr (self, N_("If the insurance check at reception does not work")));
  block = mdg_block_new (blocks, d->para);
  mdg_column_add_text (self, mdg_block_add_column (block, 0, width), 0, 0, &body,
                       mdg_document_tr (self, N_("Find your situation below and do what it says. Our reception staff are glad to help.")));

  /* Cases whose patient does the same things share one entry. The wall sheet
   * is one page: it keeps the document's cases; an added case has its own
   * handout and its place in the kiosk. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MdgCase) kase = g_list_model_get_item (cases, i);
      double bar = 3, inset = bar + 6;
      g_autoptr(GPtrArray) contacts = NULL;
      Column *col;
      double top;

      if (kase->handout == NULL || kase->origin != MDG_ORIGIN_DOCUMENT ||
          g_ptr_array_find (done, kase, NULL))
        continue;

      block = mdg_block_new (blocks, d->section);
      col = mdg_block_add_column (block, 0, width);
      top = mdg_column_open_group (col, 0, 0);
      for (guint j = i; j < n; j++)
        {
          g_autoptr(MdgCase) other = g_list_model_get_item (cases, j);
          g_autofree char *markup = NULL;

          if (other->handout == NULL || other->origin != MDG_ORIGIN_DOCUMENT ||
              !same_steps (kase, other, self->lang))
            continue;
          markup = g_markup_printf_escaped ("■\t%s", mdg_document_text (self, other->handout->situation));
          mdg_column_add_markup (self, col, inset, d->para * 0.6, &situation, markup);
          col->glue = TRUE;
          g_ptr_array_add (done, other);
        }
      column_add_steps (self, col, inset + situation.hang, d->step, kase->handout->steps);
      contacts = contacts_for_language (kase, self->lang);
      for (guint j = 0; j < contacts->len; j++)
        {
          const MdgContact *c = g_ptr_array_index (contacts, j);
          g_autofree char *markup = NULL;

          if (c->phone != NULL)
            markup = g_markup_printf_escaped ("<b>%s</b> %s  <b>%s</b>  %s",
                                              mdg_document_tr (self, N_("Whom to ask:")),
                                              mdg_document_text (self, c->name), c->phone,
                                              c->hours != NULL ? mdg_document_text (self, c->hours) : "");
          else
            markup = g_markup_printf_escaped ("<b>%s</b> %s  %s",
                                              mdg_document_tr (self, N_("Whom to ask:")),
                                              mdg_document_text (self, c->name),
                                              c->url != NULL ? c->url : "");
          mdg_column_add_markup (self, col, inset + situation.hang, d->para, &contact, markup);
        }
      /* A bar beside each entry groups its lines, in black and white too. */
      mdg_column_add_deco (col, DECO_FILL, 0, top, bar, col->height, 0, ENTRY_BAR_GREY, ENTRY_BAR_GREY, ENTRY_BAR_GREY);
    }
}

Block *
mdg_patient_sheet_build_footer (MdgDocument *self,
                                double       width,
                                guint        page_nr,
                                guint        n_pages)
{
  g_autofree char *left = g_strdup_printf ("Madoguchi · %s", mdg_kb_get_date (self->kb));

  return build_small_print (self, width, left, page_nr, n_pages);
}
