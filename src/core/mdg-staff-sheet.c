/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-staff-sheet.c — the staff's reference sheet: every case as a row of a
 * table, the main actions at the reception window and the update notes, on
 * A4 landscape pages.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "mdg-actor-colours.h"
#include "mdg-layout-private.h"

/* The columns of the table, one row a case. */
typedef enum {
  COLUMN_NUMBER,
  COLUMN_AREA,
  COLUMN_SYMPTOM,             /* with the error message, notes and sources */
  COLUMN_CAUSES,
  COLUMN_FIRST_RESPONSE,      /* with the help lines to call */
  COLUMN_SECOND_RESPONSE,
  N_COLUMNS
} StaffColumn;

/* Each column's share of the width, and its heading. */
static const struct {
  double      width;
  const char *heading;
} staff_columns[N_COLUMNS] = {
  [COLUMN_NUMBER]          = { 0.05,  N_("No.") },
  [COLUMN_AREA]            = { 0.1,   N_("Business area") },
  [COLUMN_SYMPTOM]         = { 0.23,  N_("Symptom") },
  [COLUMN_CAUSES]          = { 0.17,  N_("Causes") },
  [COLUMN_FIRST_RESPONSE]  = { 0.225, N_("First response") },
  [COLUMN_SECOND_RESPONSE] = { 0.225, N_("Second response") },
};
#define CELL_PAD 6.0

/* Greys from 0 (black) to 1 (white); the actors' colours come from
 * mdg-actor-colours.c. */
#define NOTE_GREY          0.2   /* ※ notes, hours and sources, below what they qualify */
#define SCREEN_SHADE       0.92  /* behind an error message as the screen shows it */
#define SCREEN_BORDER_GREY 0.4   /* round it */

static Block *
staff_row (double  width,
           double  space_before)
{
  Block *block = mdg_block_new (NULL, space_before);
  double x = 0;

  for (StaffColumn i = 0; i < N_COLUMNS; i++)
    {
      double w = staff_columns[i].width * width;

      mdg_block_add_column (block, x + CELL_PAD, w - 2 * CELL_PAD);
      x += w;
      if (i + 1 < N_COLUMNS)
        g_array_append_val (block->vrules, x);
    }
  block->frame = FRAME_BOX | FRAME_VRULES;
  block->pad_top = CELL_PAD;
  block->pad_bottom = CELL_PAD;
  return block;
}

static Column *
staff_cell (Block       *row,
            StaffColumn  column)
{
  return g_ptr_array_index (row->columns, column);
}

/* A ※ line as the document writes it: the knowledge base keeps the words
 * without the mark. */
static char *
note_text (const MdgText *note,
           const char    *lang)
{
  const char *text = mdg_text_get (note, lang);

  return g_str_has_prefix (text, "※") ? g_strdup (text) : g_strconcat ("※", text, NULL);
}

static gboolean
is_japanese (const char *lang)
{
  return g_str_has_prefix (lang, "ja");
}

/* What a staff member reads off the screen, which is in Japanese: on a sheet in
 * another language, the Japanese words stand beside their translation. */
static char *
screen_words_markup (const MdgText *text,
                     const char    *lang,
                     gboolean       bold)
{
  g_autofree char *ja = g_markup_escape_text (mdg_text_get (text, "ja"), -1);
  g_autofree char *own = g_markup_escape_text (mdg_text_get (text, lang), -1);
  const char *b = bold ? "<b>" : "", *eb = bold ? "</b>" : "";

  if (is_japanese (lang) || strcmp (ja, own) == 0)
    return g_strdup_printf ("%s%s%s", b, own, eb);
  return g_strdup_printf ("%s%s%s\n%s", b, ja, eb, own);
}

static char *
actor_mark (MdgDocument *self,
            MdgActor     actor)
{
  const MdgActorInfo *info = mdg_kb_get_actor (self->kb, actor);

  return g_strdup_printf ("【%s】", info->mark);
}

static void
column_add_response (MdgDocument *self,
                     Column      *col,
                     MdgResponse *r)
{
  const Density *d = self->density;
  Style body = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style note = { d->small, FALSE, NOTE_GREY, PANGO_ALIGN_LEFT, 0, FALSE };
  g_autofree char *mark = actor_mark (self, r->actor);
  double bar = 3, inset = 7;
  double top, red, green, blue;

  if (r->preface != NULL)
    {
      g_autofree char *preface = note_text (r->preface, self->lang);

      mdg_column_add_text (self, col, 0, d->para, &note, preface);
      col->glue = TRUE;
    }
  top = mdg_column_open_group (col, d->para, 0);
  for (guint i = 0; i < r->parts->len; i++)
    {
      MdgPart *part = g_ptr_array_index (r->parts, i);
      GString *markup = g_string_new (NULL);

      if (i == 0)
        {
          g_autofree char *escaped = g_markup_escape_text (mark, -1);
          g_string_append_printf (markup, "<b>%s</b> ", escaped);
        }
      if (part->condition != NULL)
        {
          /* In brackets, as the document writes (保険証がある場合). */
          const char *words = mdg_text_get (part->condition, self->lang);
          g_autofree char *cond = is_japanese (self->lang)
            ? g_markup_printf_escaped ("（%s）", words)
            : g_markup_printf_escaped ("(%s) ", words);

          g_string_append_printf (markup, "<b>%s</b>", cond);
        }
      {
        g_autofree char *text = g_markup_escape_text (mdg_document_text (self, part->text), -1);
        g_string_append (markup, text);
      }
      mdg_column_add_markup (self, col, inset, i == 0 ? 0 : d->para * 0.6, &body, markup->str);
      g_string_free (markup, TRUE);
    }
  for (guint i = 0; r->notes != NULL && i < r->notes->len; i++)
    {
      g_autofree char *text = note_text (g_ptr_array_index (r->notes, i), self->lang);

      mdg_column_add_text (self, col, inset, d->para * 0.6, &note, text);
    }
  /* The actor's colour, as on the screen; the mark in text says the same. */
  mdg_colour_get_rgb (mdg_actor_get_colours (r->actor, MDG_PALETTE_PRINT)->mark, &red, &green, &blue);
  mdg_column_add_deco (col, DECO_FILL, 0, top, bar, col->height, 0, red, green, blue);
}

/* The help lines a case names, with number and hours, below its first response:
 * staff call them without looking the number up. */
static void
column_add_staff_contacts (MdgDocument *self,
                           Column      *col,
                           MdgCase     *kase)
{
  const Density *d = self->density;
  Style body = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style note = { d->small, FALSE, NOTE_GREY, PANGO_ALIGN_LEFT, 0, FALSE };

  for (guint i = 0; kase->contacts != NULL && i < kase->contacts->len; i++)
    {
      const MdgContact *c = g_ptr_array_index (kase->contacts, i);
      g_autofree char *markup = NULL;

      if (c->phone != NULL)
        markup = g_markup_printf_escaped ("<b>%s</b> %s <b>%s</b>", mdg_document_tr (self, N_("Whom to ask:")),
                                          mdg_text_get (c->name, self->lang), c->phone);
      else
        markup = g_markup_printf_escaped ("<b>%s</b> %s", mdg_document_tr (self, N_("Whom to ask:")),
                                          mdg_text_get (c->name, self->lang));
      mdg_column_add_markup (self, col, 0, d->para, &body, markup);
      if (c->hours != NULL)
        mdg_column_add_text (self, col, 0, d->para * 0.3, &note, mdg_text_get (c->hours, self->lang));
    }
}

static void
build_staff_case (MdgDocument *self,
                  GPtrArray   *blocks,
                  double       width,
                  MdgCase     *kase)
{
  const Density *d = self->density;
  Block *row = staff_row (width, 0);
  Style body = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style bold = { d->body, TRUE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  /* Added cases run to five digits, which fit the column only smaller. */
  Style number = { kase->number < 1000 ? d->body + 3 : d->body, TRUE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style note = { d->small, FALSE, NOTE_GREY, PANGO_ALIGN_LEFT, 0, FALSE };
  Style bullet = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, d->body * 1.1, FALSE };
  Column *col;
  g_autofree char *num = g_strdup_printf ("%u", kase->number);

  g_ptr_array_add (blocks, row);
  row->table_row = TRUE;

  {
    /* The case's number again, in grey, where its row runs on to a new page. */
    Style cont = { kase->number < 1000 ? d->body + 3 : d->body, TRUE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
    Column *first = staff_cell (row, COLUMN_NUMBER);

    row->continued = mdg_document_layout (self, &cont, first->width, num);
  }
  mdg_column_add_text (self, staff_cell (row, COLUMN_NUMBER), 0, 0, &number, num);
  mdg_column_add_text (self, staff_cell (row, COLUMN_AREA), 0, 0, &body,
                       mdg_document_text (self, kase->area->name));

  col = staff_cell (row, COLUMN_SYMPTOM);
  if (kase->origin == MDG_ORIGIN_ADDED)
    {
      Style added = { d->small, TRUE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
      g_autofree char *mark = g_strdup_printf ("【%s】", mdg_document_tr (self, N_("Added — not in the document")));

      mdg_column_add_text (self, col, 0, 0, &added, mark);
      col->glue = TRUE;
    }
  mdg_column_add_text (self, col, 0, col->height > 0 ? d->para * 0.5 : 0, &bold,
                       mdg_text_get (kase->symptom, self->lang));
  if (kase->error_message != NULL)
    {
      double pad = 3;
      double top = mdg_column_open_group (col, d->para, pad);
      GString *markup = g_string_new (NULL);

      if (kase->error_screen != NULL)
        {
          g_autofree char *screen = screen_words_markup (kase->error_screen, self->lang, FALSE);
          g_string_append_printf (markup, "%s\n", screen);
        }
      {
        g_autofree char *message = screen_words_markup (kase->error_message, self->lang, TRUE);
        g_string_append (markup, message);
      }
      if (kase->error_code != NULL)
        {
          g_autofree char *code = g_strdup_printf (mdg_document_tr (self, N_("Error code %s")), kase->error_code);
          g_autofree char *escaped = g_markup_escape_text (code, -1);
          g_string_append_printf (markup, "\n%s", escaped);
        }
      mdg_column_add_markup (self, col, pad, 0, &body, markup->str);
      col->height += pad;
      /* Decorations are drawn before the text, so the shading lies under it. */
      mdg_column_add_deco (col, DECO_FILL, 0, top, col->width, col->height, 0,
                           SCREEN_SHADE, SCREEN_SHADE, SCREEN_SHADE);
      mdg_column_add_deco (col, DECO_BOX, 0, top, col->width, col->height, 0.5,
                           SCREEN_BORDER_GREY, SCREEN_BORDER_GREY, SCREEN_BORDER_GREY);
      g_string_free (markup, TRUE);
    }
  for (guint i = 0; kase->notes != NULL && i < kase->notes->len; i++)
    {
      g_autofree char *text = note_text (g_ptr_array_index (kase->notes, i), self->lang);

      mdg_column_add_text (self, col, 0, d->para, &note, text);
    }
  if (kase->updates != NULL && kase->updates->len > 0)
    {
      /* The update notes themselves are listed once, after the cases; a title
       * tells two notes of one date apart. */
      GString *dates = g_string_new (NULL);
      g_autofree char *markup = NULL;

      for (guint i = 0; i < kase->updates->len; i++)
        {
          const MdgUpdate *u = g_ptr_array_index (kase->updates, i);

          g_string_append_printf (dates, "%s%s", i > 0 ? (is_japanese (self->lang) ? "、" : "; ") : "", u->date);
          if (u->title != NULL)
            g_string_append_printf (dates, is_japanese (self->lang) ? "「%s」" : " “%s”",
                                    mdg_text_get (u->title, self->lang));
        }
      markup = g_markup_printf_escaped ("<b>%s</b> %s", mdg_document_tr (self, N_("See the update notes of:")),
                                        dates->str);
      mdg_column_add_markup (self, col, 0, d->para, &note, markup);
      g_string_free (dates, TRUE);
    }
  if (kase->origin == MDG_ORIGIN_ADDED)
    {
      g_autofree char *checked = g_strdup_printf (mdg_document_tr (self, N_("Checked %s")), kase->checked);
      g_autofree char *heading = g_markup_printf_escaped ("<b>%s</b>", mdg_document_tr (self, N_("Sources:")));

      mdg_column_add_markup (self, col, 0, d->para, &note, heading);
      col->glue = TRUE;
      for (guint i = 0; i < kase->sources->len; i++)
        {
          const MdgSource *source = g_ptr_array_index (kase->sources, i);
          g_autofree char *line = g_strdup_printf ("%s\n%s", source->title, source->url);

          mdg_column_add_text (self, col, 0, d->para * 0.4, &note, line);
        }
      mdg_column_add_text (self, col, 0, d->para * 0.4, &note, checked);
    }

  col = staff_cell (row, COLUMN_CAUSES);
  for (guint i = 0; i < kase->causes->len; i++)
    {
      /* The document's own bullet in Japanese; a Latin one beside Latin text. */
      g_autofree char *markup = g_markup_printf_escaped ("%s\t%s", g_str_has_prefix (self->lang, "ja") ? "・" : "•",
                                                         mdg_document_text (self, g_ptr_array_index (kase->causes, i)));
      mdg_column_add_markup (self, col, 0, i == 0 ? 0 : d->para * 0.6, &bullet, markup);
    }

  for (guint i = 0; i < kase->responses->len; i++)
    {
      MdgResponse *r = g_ptr_array_index (kase->responses, i);

      col = staff_cell (row, r->stage == 1 ? COLUMN_FIRST_RESPONSE : COLUMN_SECOND_RESPONSE);
      column_add_response (self, col, r);
    }
  column_add_staff_contacts (self, staff_cell (row, COLUMN_FIRST_RESPONSE), kase);
}

static void
build_staff_summary (MdgDocument *self,
                     GPtrArray   *blocks,
                     double       width)
{
  const Density *d = self->density;
  Style heading = { d->heading + 2, TRUE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style body = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style bold = { d->body, TRUE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style item = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, d->body * 1.4, FALSE };
  GPtrArray *items = mdg_kb_get_summary_items (self->kb);
  double actor_w = width * 0.18;
  Block *block = mdg_block_new (blocks, 14);
  Column *head = mdg_block_add_column (block, 0, width);
  Column *actor, *col;

  mdg_column_add_text (self, head, 0, 0, &heading, mdg_document_tr (self, N_("Main actions at the reception window")));
  block->keep_with_next = TRUE;

  block = mdg_block_new (blocks, 4);
  block->frame = FRAME_BOX | FRAME_VRULES;
  block->pad_top = block->pad_bottom = CELL_PAD;
  g_array_append_val (block->vrules, actor_w);
  actor = mdg_block_add_column (block, CELL_PAD, actor_w - 2 * CELL_PAD);
  col = mdg_block_add_column (block, actor_w + CELL_PAD, width - actor_w - 2 * CELL_PAD);
  mdg_column_add_text (self, actor, 0, 0, &bold, mdg_document_text (self, mdg_kb_get_summary_actor (self->kb)));
  mdg_column_add_text (self, col, 0, 0, &body, mdg_document_text (self, mdg_kb_get_summary_intro (self->kb)));
  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *markup = g_markup_printf_escaped ("✓\t%s",
                                                         mdg_document_text (self, g_ptr_array_index (items, i)));
      mdg_column_add_markup (self, col, 0, d->para, &item, markup);
    }

  if (strcmp (self->lang, "ja") != 0)
    {
      const MdgText *translation_note = mdg_kb_get_translation_note (self->kb);
      const char *note = mdg_text_get_exact (translation_note, self->lang) != NULL
                         ? mdg_document_text (self, translation_note) : NULL;
      Style small = { d->small, FALSE, NOTE_GREY, PANGO_ALIGN_LEFT, 0, FALSE };

      if (note != NULL)
        {
          block = mdg_block_new (blocks, 8);
          mdg_column_add_text (self, mdg_block_add_column (block, 0, width), 0, 0, &small, note);
        }
    }
}

/* The dated update notes that cases refer to, each with its sources. */
static void
build_staff_updates (MdgDocument *self,
                     GPtrArray   *blocks,
                     double       width)
{
  const Density *d = self->density;
  Style heading = { d->heading + 2, TRUE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style body = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style small = { d->small, FALSE, NOTE_GREY, PANGO_ALIGN_LEFT, 0, FALSE };
  GPtrArray *updates = mdg_kb_get_updates (self->kb);
  double date_w = width * 0.1;
  Column *col;
  Block *block;

  if (updates == NULL || updates->len == 0)
    return;

  block = mdg_block_new (blocks, 14);
  col = mdg_block_add_column (block, 0, width);
  mdg_column_add_text (self, col, 0, 0, &heading, mdg_document_tr (self, N_("Update notes")));
  mdg_column_add_text (self, col, 0, d->para, &small,
                       mdg_document_tr (self, N_("What changed after the document was written. The document's own words above are unchanged.")));
  block->keep_with_next = TRUE;

  for (guint i = 0; i < updates->len; i++)
    {
      const MdgUpdate *u = g_ptr_array_index (updates, i);
      Column *date, *text;
      g_autofree char *checked = g_strdup_printf (mdg_document_tr (self, N_("Checked %s")), u->checked);

      block = mdg_block_new (blocks, i == 0 ? 4 : 0);
      block->frame = FRAME_BOX | FRAME_VRULES;
      block->pad_top = block->pad_bottom = CELL_PAD;
      g_array_append_val (block->vrules, date_w);
      date = mdg_block_add_column (block, CELL_PAD, date_w - 2 * CELL_PAD);
      text = mdg_block_add_column (block, date_w + CELL_PAD, width - date_w - 2 * CELL_PAD);
      mdg_column_add_text (self, date, 0, 0, &body, u->date);
      if (u->title != NULL)
        {
          Style bold = { d->body, TRUE, 0, PANGO_ALIGN_LEFT, 0, FALSE };

          mdg_column_add_text (self, text, 0, 0, &bold, mdg_text_get (u->title, self->lang));
          text->glue = TRUE;
        }
      mdg_column_add_text (self, text, 0, text->height > 0 ? d->para * 0.4 : 0, &body,
                           mdg_text_get (u->text, self->lang));
      for (guint j = 0; u->sources != NULL && j < u->sources->len; j++)
        mdg_column_add_text (self, text, 0, d->para * 0.5, &small, g_ptr_array_index (u->sources, j));
      mdg_column_add_text (self, text, 0, d->para * 0.5, &small, checked);
    }
}

void
mdg_staff_sheet_build (MdgDocument *self,
                       GPtrArray   *blocks,
                       double       width)
{
  GListModel *cases = mdg_kb_get_cases (self->kb);
  guint n = g_list_model_get_n_items (cases);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MdgCase) kase = g_list_model_get_item (cases, i);
      build_staff_case (self, blocks, width, kase);
    }
  build_staff_summary (self, blocks, width);
  build_staff_updates (self, blocks, width);
}

static char *
legend_markup (MdgDocument *self)
{
  GString *s = g_string_new (NULL);
  g_autofree char *label = g_markup_escape_text (mdg_document_tr (self, N_("Legend:")), -1);

  g_string_append_printf (s, "<b>%s</b>", label);
  for (MdgActor a = 0; a < MDG_N_ACTORS; a++)
    {
      const char *colour = mdg_actor_get_colours (a, MDG_PALETTE_PRINT)->mark;
      g_autofree char *mark = actor_mark (self, a);
      g_autofree char *name = g_markup_printf_escaped ("<b>%s</b> %s", mark,
                                                       mdg_document_text (self, mdg_kb_get_actor (self->kb, a)->name));

      g_string_append_printf (s, "   <span foreground=\"%s\">■</span> %s", colour, name);
    }
  return g_string_free (s, FALSE);
}

/* The header of every staff page: title, knowledge-base date, page x of y,
 * the legend and the table's column headings. */
Block *
mdg_staff_sheet_build_header (MdgDocument *self,
                              double       width,
                              guint        page_nr,
                              guint        n_pages)
{
  const Density *d = self->density;
  Style title = { d->title, TRUE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Style right = { d->body, FALSE, 0, PANGO_ALIGN_RIGHT, 0, FALSE };
  Style body = { d->body, FALSE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Block *block = mdg_block_new (NULL, 0);
  Column *left = mdg_block_add_column (block, 0, width * 0.6);
  Column *info = mdg_block_add_column (block, width * 0.62, width * 0.38);
  g_autofree char *kb_date = g_strdup_printf (mdg_document_tr (self, N_("Knowledge base of %s")),
                                              mdg_kb_get_date (self->kb));
  g_autofree char *when = mdg_document_format_date (self);
  g_autofree char *printed = g_strdup_printf (mdg_document_tr (self, N_("Printed %s")), when);
  g_autofree char *pages = g_strdup_printf (mdg_document_tr (self, N_("Page %u of %u")), page_nr + 1, n_pages);
  g_autofree char *legend = legend_markup (self);
  g_autofree char *heading = g_strdup_printf ("%s — %s", mdg_text_get (mdg_kb_get_title (self->kb), self->lang),
                                              mdg_document_tr (self, N_("Reference sheet for staff")));
  g_autofree char *line = g_strdup_printf ("%s · %s", kb_date, printed);
  Style page = { d->body, TRUE, 0, PANGO_ALIGN_RIGHT, 0, FALSE };

  mdg_column_add_text (self, left, 0, 0, &title, heading);
  mdg_column_add_text (self, info, 0, 0, &page, pages);
  mdg_column_add_text (self, info, 0, 1, &right, line);
  if (self->clinic_name != NULL)
    {
      Style clinic = { d->body, FALSE, 0, PANGO_ALIGN_RIGHT, 0, TRUE };
      mdg_column_add_text (self, info, 0, 1, &clinic, self->clinic_name);
    }
  mdg_column_add_markup (self, left, 0, 3, &body, legend);
  return block;
}

Block *
mdg_staff_sheet_build_column_heads (MdgDocument *self,
                                    double       width)
{
  Style bold = { self->density->body, TRUE, 0, PANGO_ALIGN_LEFT, 0, FALSE };
  Block *block = staff_row (width, 0);

  block->frame |= FRAME_FILL;
  for (StaffColumn i = 0; i < N_COLUMNS; i++)
    mdg_column_add_text (self, staff_cell (block, i), 0, 0, &bold, mdg_document_tr (self, staff_columns[i].heading));
  return block;
}

