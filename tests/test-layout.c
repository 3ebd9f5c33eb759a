/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-layout.c — the page layout without a display: every handout on one
 * page in every language, the patient sheet on one page, the staff sheet on
 * landscape pages, no missing glyphs, the same pages on any surface, and a
 * 5,000-character note that runs over several pages.
 */
#include "config.h"

#include <string.h>
#include <cairo-pdf.h>
#include <json-glib/json-glib.h>
#include <pango/pangocairo.h>

#include "mdg-i18n.h"
#include "mdg-kb.h"
#include "mdg-document.h"
#include "mdg-layout-private.h"

static MdgKb *kb;

static cairo_status_t
discard (void                *closure,
         const unsigned char *data,
         unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

/* Paginates and draws @doc on a PDF surface; returns the number of pages. */
static guint
render_pdf (MdgDocument *doc)
{
  double width, height;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n_pages;

  mdg_document_get_paper_size (doc, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (discard, NULL, width, height);
  cr = cairo_create (surface);
  n_pages = mdg_document_paginate (doc, cr, width, height);
  for (guint i = 0; i < n_pages; i++)
    {
      mdg_document_draw_page (doc, cr, i);
      cairo_show_page (cr);
    }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return n_pages;
}

/* Paginates @doc as a 600 dpi printer's cairo_t would see it: a scaled image. */
static guint
paginate_scaled (MdgDocument *doc)
{
  double width, height, scale = 600.0 / 72.0;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 8, 8);
  cairo_t *cr = cairo_create (surface);
  guint n_pages;

  cairo_scale (cr, scale, scale);
  mdg_document_get_paper_size (doc, &width, &height);
  n_pages = mdg_document_paginate (doc, cr, width, height);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return n_pages;
}

static void
test_handouts (void)
{
  GListModel *cases = mdg_kb_get_cases (kb);
  MdgClinic clinic = { "さくら内科クリニック", "03-1234-5678", "受付時間 9:00〜18:00" };
  guint n_handouts = 0;

  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(MdgCase) kase = g_list_model_get_item (cases, i);

      /* Every case where the patient or citizen acts has a handout. */
      g_assert_true ((kase->handout != NULL) ==
                     (mdg_case_has_actor (kase, MDG_ACTOR_PATIENT) ||
                      mdg_case_has_actor (kase, MDG_ACTOR_CITIZEN)));
      if (kase->handout == NULL)
        continue;
      n_handouts++;

      for (guint j = 0; mdg_languages[j] != NULL; j++)
        {
          const char *lang = mdg_languages[j];

          /* With the clinic's details and with lines to fill in. */
          for (guint with_clinic = 0; with_clinic < 2; with_clinic++)
            {
              g_autoptr(MdgDocument) doc =
                mdg_document_new_handout (kb, kase, lang, with_clinic ? &clinic : NULL, NULL);
              double width, height;

              g_test_message ("case %u in %s", kase->number, lang);
              g_assert_false (mdg_document_is_landscape (doc));
              mdg_document_get_paper_size (doc, &width, &height);
              g_assert_cmpfloat_with_epsilon (width, 595.28, 0.01);
              g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);
              g_assert_cmpuint (render_pdf (doc), ==, 1);
              g_assert_cmpuint (mdg_document_count_unknown_glyphs (doc), ==, 0);
              g_assert_cmpuint (paginate_scaled (doc), ==, 1);
            }
        }
    }
  g_assert_cmpuint (n_handouts, >, 0);
}

static void
test_patient_sheet (void)
{
  for (guint j = 0; mdg_languages[j] != NULL; j++)
    {
      g_autoptr(MdgDocument) doc = mdg_document_new_patient_sheet (kb, mdg_languages[j], NULL, NULL);

      g_test_message ("patient sheet in %s", mdg_languages[j]);
      g_assert_cmpuint (render_pdf (doc), ==, 1);
      g_assert_cmpuint (mdg_document_count_unknown_glyphs (doc), ==, 0);
    }
}

static void
test_staff_sheet (void)
{
  const char *langs[] = { "ja", "en" };

  for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
    {
      g_autoptr(MdgDocument) doc = mdg_document_new_staff_sheet (kb, langs[i], NULL, NULL);
      double width, height;
      guint n_pages;

      g_assert_true (mdg_document_is_landscape (doc));
      mdg_document_get_paper_size (doc, &width, &height);
      g_assert_cmpfloat (width, >, height);
      n_pages = render_pdf (doc);
      g_assert_cmpuint (n_pages, >=, 1);
      g_assert_cmpuint (mdg_document_count_unknown_glyphs (doc), ==, 0);
      /* A printer's scaled cairo_t breaks pages at the same places. */
      g_assert_cmpuint (paginate_scaled (doc), ==, n_pages);
    }
}

/* The bundled knowledge base with a 5,000-character note on case 1. */
static MdgKb *
kb_with_long_note (void)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data ("/io/github/madoguchi/Madoguchi/kb.json", 0, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) note = g_string_new (NULL);
  g_autofree char *data = NULL;
  JsonObject *kase, *text;
  JsonArray *notes;
  MdgKb *long_kb;

  g_assert_nonnull (bytes);
  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);

  for (guint i = 1; g_utf8_strlen (note->str, -1) < 5000; i++)
    g_string_append_printf (note, "長い注記の文その%u、改ページの試験です。", i);
  text = json_object_new ();
  json_object_set_string_member (text, "ja", note->str);
  notes = json_array_new ();
  json_array_add_object_element (notes, text);
  kase = json_array_get_object_element (json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "cases"), 0);
  json_object_set_array_member (kase, "notes", notes);

  data = json_to_string (json_parser_get_root (parser), FALSE);
  long_kb = mdg_kb_new_from_data (data, -1, "long-note", &error);
  g_assert_no_error (error);
  return long_kb;
}

static void
test_long_note (void)
{
  g_autoptr(MdgKb) long_kb = kb_with_long_note ();
  g_autoptr(MdgDocument) normal = mdg_document_new_staff_sheet (kb, "ja", NULL, NULL);
  g_autoptr(MdgDocument) doc = mdg_document_new_staff_sheet (long_kb, "ja", NULL, NULL);
  guint normal_pages = render_pdf (normal);
  guint n_pages = render_pdf (doc);

  /* 5,000 characters in the note's small type take several pages more. */
  g_assert_cmpuint (n_pages, >=, normal_pages + 2);
  g_assert_cmpuint (paginate_scaled (doc), ==, n_pages);
}

static void
test_other_paper (void)
{
  MdgCase *kase = mdg_kb_get_case (kb, 12);
  g_autoptr(MdgDocument) doc = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;

  if (kase == NULL || kase->handout == NULL)
    {
      g_test_skip ("no handout for case 12");
      return;
    }
  /* US Letter is shorter than A4; the handout still fits on one page. */
  doc = mdg_document_new_handout (kb, kase, "my", NULL, NULL);
  surface = cairo_pdf_surface_create_for_stream (discard, NULL, 612, 792);
  cr = cairo_create (surface);
  g_assert_cmpuint (mdg_document_paginate (doc, cr, 612, 792), ==, 1);
  mdg_document_draw_page (doc, cr, 0);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_languages (void)
{
  for (guint j = 0; mdg_languages[j] != NULL; j++)
    {
      g_assert_nonnull (mdg_language_get_native_name (mdg_languages[j]));
      g_assert_nonnull (mdg_language_get_font_family (mdg_languages[j]));
    }
  g_assert_cmpstr (mdg_language_get_native_name ("vi"), ==, "Tiếng Việt");
  g_assert_true (strstr (mdg_language_get_font_family ("my"), "Myanmar") != NULL);
  g_assert_true (strstr (mdg_language_get_font_family ("ne"), "Devanagari") != NULL);
}

/* Each language's text is set in the face its script needs, never in a
 * fallback that fontconfig happened to find. */
static void
test_fonts (void)
{
  static const struct {
    const char *lang;
    const char *family;
  } expected[] = {
    { "ja", "BIZ UDPGothic" }, { "ja-x-easy", "BIZ UDPGothic" }, { "en", "Noto Sans" },
    { "zh-Hans", "Noto Sans CJK SC" }, { "vi", "Noto Sans" }, { "ko", "Noto Sans CJK KR" },
    { "fil", "Noto Sans" }, { "ne", "Noto Sans Devanagari" }, { "id", "Noto Sans" },
    { "pt-BR", "Noto Sans" }, { "my", "Noto Sans Myanmar" },
  };
  MdgCase *kase = mdg_kb_get_case (kb, 12);
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (map);

  g_assert_nonnull (kase);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const char *lang = expected[i].lang;
      g_autoptr(PangoLayout) layout = pango_layout_new (context);
      g_autoptr(PangoFontDescription) desc = pango_font_description_new ();
      g_auto(GStrv) allowed = g_strsplit (mdg_language_get_font_family (lang), ", ", -1);
      PangoAttrList *attrs = pango_attr_list_new ();
      PangoLayoutIter *iter;
      gboolean found = FALSE;

      pango_font_description_set_family (desc, mdg_language_get_font_family (lang));
      pango_font_description_set_absolute_size (desc, 12 * PANGO_SCALE);
      pango_layout_set_font_description (layout, desc);
      /* The same language attribute as the documents: "zh-Hans" is "zh-cn" to fontconfig. */
      pango_attr_list_insert (attrs, pango_attr_language_new (pango_language_from_string (
        g_str_equal (lang, "zh-Hans") ? "zh-cn" : g_str_equal (lang, "ja-x-easy") ? "ja" : lang)));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
      /* The situation and steps: the script, digits, and Japanese names. */
      {
        g_autoptr(GString) text = g_string_new (mdg_text_get (kase->handout->situation, lang));
        for (guint j = 0; j < kase->handout->steps->len; j++)
          g_string_append_printf (text, " %s", mdg_text_get (g_ptr_array_index (kase->handout->steps, j), lang));
        pango_layout_set_text (layout, text->str, -1);
      }
      g_assert_cmpint (pango_layout_get_unknown_glyphs_count (layout), ==, 0);

      iter = pango_layout_get_iter (layout);
      do
        {
          PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);
          g_autoptr(PangoFontDescription) used = NULL;
          const char *family;

          if (run == NULL)
            continue;
          used = pango_font_describe (run->item->analysis.font);
          family = pango_font_description_get_family (used);
          g_test_message ("%s: a run in %s", lang, family);
          g_assert_true (g_strv_contains ((const char * const *) allowed, family));
          found |= g_str_equal (family, expected[i].family);
        }
      while (pango_layout_iter_next_run (iter));
      pango_layout_iter_free (iter);
      g_assert_true (found);
    }
  g_object_unref (context);
}

/* Returns the text the Japanese face is set on, one "[…]" per word. */
static char *
japanese_words (const char *text,
                gboolean    han_is_native)
{
  PangoAttrList *attrs = pango_attr_list_new ();
  GSList *list;
  GString *words = g_string_new (NULL);

  mdg_layout_mark_japanese_words (attrs, text, han_is_native);
  list = pango_attr_list_get_attributes (attrs);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attr = l->data;

      if (attr->klass->type == PANGO_ATTR_FAMILY)
        {
          g_assert_cmpstr (((PangoAttrString *) attr)->value, ==, mdg_language_get_font_family ("ja"));
          g_string_append_printf (words, "[%.*s]", (int) (attr->end_index - attr->start_index),
                                  text + attr->start_index);
        }
    }
  g_slist_free_full (list, (GDestroyNotify) pango_attribute_destroy);
  pango_attr_list_unref (attrs);
  return g_string_free (words, FALSE);
}

/* Japanese names inside Chinese or Korean text get Japanese glyph forms;
 * the Chinese words around them keep Chinese forms. */
static void
test_japanese_words (void)
{
  static const struct {
    const char *text;
    gboolean    chinese;
    const char *words;
  } cases[] = {
    { "或通过マイナポータル（Mynaportal）的咨询表单", TRUE, "[マイナポータル]" },
    { "请拨打个人编号综合免费电话（マイナンバー総合フリーダイヤル，0120-95-0178）", TRUE,
      "[マイナンバー総合フリーダイヤル]" },
    { "使用マイナ保険証", TRUE, "[マイナ]" },
    { "个人编号卡", TRUE, "" },
    { "마이나 포털(マイナポータル問い合わせフォーム)에서 문의하세요", FALSE, "[マイナポータル問い合わせフォーム]" },
    { "Bring your マイナ保険証 and 資格確認書", FALSE, "[マイナ保険証]" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *words = japanese_words (cases[i].text, cases[i].chinese);

      g_assert_cmpstr (words, ==, cases[i].words);
    }
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  mdg_i18n_init ();

  kb = mdg_kb_new_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/layout/languages", test_languages);
  g_test_add_func ("/layout/fonts", test_fonts);
  g_test_add_func ("/layout/japanese-words", test_japanese_words);
  g_test_add_func ("/layout/handouts", test_handouts);
  g_test_add_func ("/layout/patient-sheet", test_patient_sheet);
  g_test_add_func ("/layout/staff-sheet", test_staff_sheet);
  g_test_add_func ("/layout/long-note", test_long_note);
  g_test_add_func ("/layout/other-paper", test_other_paper);

  status = g_test_run ();
  g_clear_object (&kb);
  return status;
}
