/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-kb.c — the knowledge-base loader: the bundled KB, malformed files, the model API.
 *
 * MDG_FIXTURES_DIR and MDG_SEED_FILE come from tests/meson.build. */

#include "test-kb.h"
#include "mdg-kb-open.h"
#include "mdg-ruby.h"
#include "mdg-search.h"

#include <string.h>

#define ACCEPTED (-1)
#define PARSE    MDG_KB_ERROR_PARSE
#define INVALID  MDG_KB_ERROR_INVALID

typedef struct {
  const char *file;
  int         code;      /* an MdgKbError, or ACCEPTED */
  const char *place;     /* JSON path, line:column or file name, as the message gives it */
  const char *keyword;   /* a word that says what is wrong */
} Fixture;

/* Each file is tests/fixtures/minimal.json with one thing altered, unless it is tiny. */
static const Fixture fixtures[] = {
  /* Bytes and syntax: refused before json-glib sees them. */
  { "empty.json", PARSE, "empty.json: ", "empty" },  /* nothing at all */
  { "whitespace-only.json", PARSE, "whitespace-only.json: ", "empty" },  /* only blanks */
  { "truncated.json", PARSE, "14:13:", "end of the file" },  /* cut off in the middle */
  { "not-json.txt", PARSE, "1:1:", "expected a value" },  /* prose, not JSON */
  { "ini-style.txt", PARSE, "1:1:", "expected a value" },  /* an INI file */
  { "invalid-utf8.json", PARSE, "byte offset 61 (line 4)", "UTF-8" },  /* Shift_JIS text in a UTF-8 file */
  { "utf16.json", PARSE, "utf16.json: ", "UTF-16" },  /* saved as “Unicode” by Notepad */
  { "nul-escape.json", PARSE, "4:26:", "NUL" },  /* a NUL written as \u0000 escape */
  { "nul-raw.json", PARSE, "byte offset 76 (line 4)", "NUL" },  /* a raw NUL byte in a string */
  { "trailing-comma.json", PARSE, "68:7:", "trailing comma" },  /* a comma after the last cause */
  { "comment.json", PARSE, "2:3:", "comment" },  /* a // comment */
  { "single-quotes.json", PARSE, "3:11:", "double quotes" },  /* a string in single quotes */
  { "two-documents.json", PARSE, "139:1:", "after the JSON document" },  /* a second document after the first */
  { "unterminated-string.json", PARSE, "6:11:", "end of its line" },  /* a missing closing quote */
  { "quote-inside-string.json", PARSE, "58:35:", "expected “,” or “}”" },  /* a missing quote that pairs with the next one */
  { "raw-newline.json", PARSE, "6:11:", "line break" },  /* a line break typed inside a string */
  { "raw-tab.json", PARSE, "12:76:", "control character U+0009" },  /* a tab typed inside a string */
  { "lone-surrogate.json", PARSE, "20:69:", "surrogate" },  /* half of a UTF-16 surrogate pair */
  { "bad-escape.json", PARSE, "20:69:", "escape" },  /* an escape JSON does not have */
  { "leading-zero.json", PARSE, "56:17:", "number as JSON writes it" },  /* a number with a leading zero */
  { "hex-number.json", PARSE, "56:17:", "number as JSON writes it" },  /* a hexadecimal number */
  { "huge-number.json", PARSE, "56:17:", "too large" },  /* a number json-glib would wrap around */
  { "nan.json", PARSE, "2:13:", "expected a value" },  /* NaN is not JSON */

  /* JSON, but not a valid knowledge base. */
  { "root-array.json", INVALID, "root-array.json: expected", "top level" },  /* an array, not an object */
  { "format-2.json", INVALID, ": format: ", "format 1" },  /* a newer format */
  { "format-missing.json", INVALID, "format-missing.json: missing", "“format”" },  /* no format field */
  { "unknown-top-field.json", INVALID, ": version: ", "unknown field" },  /* a field the format does not have */
  { "weird-key.json", INVALID, ": [“bad key”]: ", "unknown field" },  /* an unknown field whose name is not a word */
  { "unknown-case-field.json", INVALID, "cases[1].priority", "unknown field" },  /* a field a case does not have */
  { "wrong-type-text.json", INVALID, "cases[1].title", "expected a text object" },  /* a string where a text object goes */
  { "wrong-type-array.json", INVALID, "cases[0].causes", "expected an array" },  /* a string where an array goes */
  { "wrong-type-number.json", INVALID, "cases[1].number", "got the string “1”" },  /* a string where a number goes */
  { "float-stage.json", INVALID, "cases[1].responses[0].stage", "1 or 2" },  /* a fraction where a whole number goes */
  { "null-preface.json", INVALID, "cases[0].responses[1].preface", "got null" },  /* null for an optional text */
  { "duplicate-case-number.json", INVALID, "cases[1].number", "already used by cases[0]" },  /* two cases numbered 2 */
  { "case-number-zero.json", INVALID, "cases[1].number", "from 1 to 99999" },  /* case number 0 */
  { "missing-ja.json", INVALID, "cases[0].symptom", "missing “ja”" },  /* a text without Japanese */
  { "unknown-language.json", INVALID, ": title.jp: ", "unknown language tag" },  /* “jp” instead of “ja” */
  { "empty-string.json", INVALID, "cases[0].causes[0].ja", "non-empty" },  /* an empty text */
  { "blank-string.json", INVALID, "cases[0].causes[0].ja", "non-empty" },  /* a text of one ideographic space */
  { "control-char.json", INVALID, "cases[0].symptom.ja", "control characters" },  /* a BEL written as \u0007 */
  { "escaped-tab.json", INVALID, ": title.en: ", "U+0009" },  /* a tab written as \t */
  { "c1-control.json", INVALID, "translation_note.en", "U+0085" },  /* a C1 control character (NEL) */
  { "unknown-actor.json", INVALID, "cases[1].responses[0].actor", "expected one of “citizen”, “patient”, “clinic”, got “doctor”" },  /* an actor the legend does not have */
  { "unknown-actor-key.json", INVALID, "actors.doctor", "unknown actor" },  /* the legend with a fourth actor */
  { "missing-actor.json", INVALID, ": actors: ", "missing the actor “citizen”" },  /* the legend without 国 */
  { "unknown-area.json", INVALID, "cases[0].area", "unknown area “billing”" },  /* an area that is not in areas */
  { "bad-date.json", INVALID, ": date: ", "YYYY-MM-DD" },  /* a date with slashes */
  { "impossible-date.json", INVALID, "updates[0].date", "YYYY-MM-DD" },  /* the 30th of February */
  { "bad-id.json", INVALID, "areas[0].id", "lowercase letters" },  /* an id with capitals and “_” */
  { "duplicate-area-id.json", INVALID, "areas[1].id", "already used by areas[0]" },  /* two areas with one id */
  { "unknown-update.json", INVALID, "cases[0].updates[0]", "unknown update" },  /* a misspelt update id */
  { "duplicate-reference.json", INVALID, "cases[0].updates[1]", "listed twice" },  /* an update listed twice */
  { "unknown-contact.json", INVALID, "cases[0].contacts[0]", "unknown contact" },  /* a contact that is not in contacts */
  { "missing-handout.json", INVALID, "cases[0]: missing", "“handout”" },  /* a patient case without a handout */
  { "citizen-without-handout.json", INVALID, "cases[1]: missing", "is for “citizen”" },  /* a citizen case without a handout */
  { "duplicate-stage-actor.json", INVALID, "cases[0].responses[1]", "at most one per stage and actor" },  /* two stage 2 responses for the clinic */
  { "stage-3.json", INVALID, "cases[1].responses[0].stage", "expected 1 or 2" },  /* a third stage */
  { "no-cases.json", INVALID, ": cases: ", "at least one case" },  /* an empty case list */
  { "no-causes.json", INVALID, "cases[0].causes", "at least one cause" },  /* a case without causes */
  { "no-parts.json", INVALID, "cases[0].responses[1].parts", "at least one part" },  /* a response without text */
  { "bad-url.json", INVALID, "contacts[0].source", "https://" },  /* an ftp address */
  { "bad-handout-language.json", INVALID, "contacts[0].handout_languages[1]", "unknown language tag “jp”" },  /* a contact for a language we do not know */
  { "duplicate-handout-language.json", INVALID, "contacts[0].handout_languages[2]", "given twice" },  /* a language listed twice */
  { "empty-handout-languages.json", INVALID, "contacts[0].handout_languages", "at least one language tag" },  /* a contact printed on no handout */
  { "bad-staff-only.json", INVALID, "contacts[0].staff_only", "expected true or false" },  /* staff_only as a string */
  { "no-sources.json", INVALID, "updates[0].sources", "at least one source" },  /* an update without a source */
  { "bad-error-code.json", INVALID, "cases[1].error.code", "ASCII letters and digits" },  /* an error code with a dash */
  { "reading-not-hiragana.json", INVALID, "readings[0].reading", "hiragana" },  /* a reading in katakana */
  { "synonym-single.json", INVALID, "synonyms[0]", "at least 2 words" },  /* a synonym group of one word */
  { "duplicate-key.json", INVALID, ": title.ja: ", "given twice" },  /* “ja” twice in one text */
  { "duplicate-field.json", INVALID, "cases[1].number", "given twice" },  /* a case field given twice */
  { "added-without-sources.json", INVALID, "cases[0].sources", "at least one source" },  /* an added case that says no source */
  { "added-without-checked.json", INVALID, "cases[0].checked", "YYYY-MM-DD" },  /* an added case without the date its sources were read */
  { "added-below-101.json", INVALID, "cases[0].number", "from 101" },  /* an added case with a document number */
  { "document-above-100.json", INVALID, "cases[0].number", "from 1 to 100" },  /* a document case renumbered above 100 */
  { "document-with-sources.json", INVALID, "cases[0].sources", "only a case we added" },  /* sources on a document case */
  { "bad-origin.json", INVALID, "cases[0].origin", "“document”, “added”" },  /* an origin the format does not have */
  { "source-without-url.json", INVALID, "cases[0].sources[0]: missing", "“url”" },  /* a source without its address */

  /* Accepted on purpose. */
  { "minimal.json", ACCEPTED, NULL, NULL },  /* the base of all the others */
  { "markup.json", ACCEPTED, NULL, NULL },  /* markup characters are just text */
  { "bom.json", ACCEPTED, NULL, NULL },  /* a UTF-8 BOM, as Windows editors write */
  { "crlf.json", ACCEPTED, NULL, NULL },  /* Windows line endings */
  { "escaped-newline.json", ACCEPTED, NULL, NULL },  /* a line break written as \n */
  { "unicode-escapes.json", ACCEPTED, NULL, NULL },  /* escapes and a surrogate pair */
  { "optional-absent.json", ACCEPTED, NULL, NULL },  /* no glossary, synonyms, readings, contacts or updates */
  { "added-case.json", ACCEPTED, NULL, NULL },  /* an added case with its sources, and an update's title */
};

char *
fixture_path (const char *name)
{
  return g_build_filename (MDG_FIXTURES_DIR, name, NULL);
}

static MdgKb *
load_fixture (const char *name)
{
  g_autofree char *path = fixture_path (name);
  g_autoptr(GError) error = NULL;
  MdgKb *kb = mdg_kb_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (kb);
  return kb;
}

/* Every error is one line that starts with where the data came from. */
void
assert_error_shape (const GError *error,
                    const char   *origin)
{
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, origin));
  g_assert_null (strchr (error->message, '\n'));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
}

static void
check_outcome (const Fixture *fixture,
               MdgKb         *kb,
               const GError  *error,
               const char    *origin)
{
  if (fixture->code == ACCEPTED)
    {
      g_assert_no_error (error);
      g_assert_nonnull (kb);
      g_assert_cmpuint (mdg_kb_get_n_cases (kb), >=, 2);
      return;
    }

  g_assert_null (kb);
  g_assert_error (error, MDG_KB_ERROR, fixture->code);
  assert_error_shape (error, origin);
  if (strstr (error->message, fixture->place) == NULL ||
      strstr (error->message, fixture->keyword) == NULL)
    g_error ("“%s” should name “%s” and say “%s”", error->message,
             fixture->place, fixture->keyword);
}

static void
test_fixture (gconstpointer data)
{
  const Fixture *fixture = data;
  g_autofree char *path = fixture_path (fixture->file);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MdgKb) kb = NULL;
  gsize length;

  kb = mdg_kb_open (path, &error);
  check_outcome (fixture, kb, error, path);
  g_clear_object (&kb);
  g_clear_error (&error);

  /* The same bytes from memory give the same answer. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  kb = mdg_kb_new_from_data (contents, length, fixture->file, &error);
  check_outcome (fixture, kb, error, fixture->file);
}

static void
test_fixture_count (void)
{
  g_autoptr(GDir) dir = g_dir_open (MDG_FIXTURES_DIR, 0, NULL);
  const char *name;
  guint n_files = 0;
  guint n_malformed = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean listed = FALSE;

      n_files++;
      for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
        listed |= g_str_equal (fixtures[i].file, name);
      if (!listed)
        g_error ("tests/fixtures/%s is not in the fixtures table", name);
    }

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    if (fixtures[i].code != ACCEPTED)
      n_malformed++;

  g_assert_cmpuint (n_files, ==, G_N_ELEMENTS (fixtures));
  g_assert_cmpuint (n_malformed, >=, 30);
}

/* The accepted fixtures keep what they were accepted for. */
static void
test_accepted_content (void)
{
  g_autoptr(MdgKb) minimal = load_fixture ("minimal.json");
  g_autoptr(MdgKb) markup = load_fixture ("markup.json");
  g_autoptr(MdgKb) bom = load_fixture ("bom.json");
  g_autoptr(MdgKb) crlf = load_fixture ("crlf.json");
  g_autoptr(MdgKb) newline = load_fixture ("escaped-newline.json");
  g_autoptr(MdgKb) escapes = load_fixture ("unicode-escapes.json");
  g_autoptr(MdgKb) bare = load_fixture ("optional-absent.json");
  g_autoptr(MdgKb) added = load_fixture ("added-case.json");
  const MdgSource *source;
  const MdgUpdate *update;
  MdgCase *kase;
  const MdgResponse *response;
  const MdgPart *part;

  response = g_ptr_array_index (mdg_kb_get_case (markup, 1)->responses, 0);
  part = g_ptr_array_index (response->parts, 1);
  g_assert_cmpstr (mdg_text_get (part->text, "ja"), ==,
                   "<b>保険適用外</b>として対応する &amp; \"確認\" '済'");

  g_assert_cmpstr (mdg_text_get (mdg_kb_get_title (bom), "ja"), ==,
                   mdg_text_get (mdg_kb_get_title (minimal), "ja"));
  g_assert_cmpstr (mdg_kb_get_date (bom), ==, "2024-12-02");

  /* CR is whitespace between tokens and never reaches a text. */
  g_assert_cmpstr (mdg_text_get (mdg_kb_get_translation_note (crlf), "ja"), ==,
                   "日本語以外の文は翻訳です。");

  g_assert_cmpstr (mdg_text_get (mdg_kb_get_translation_note (newline), "ja"), ==,
                   "日本語以外の文は\n翻訳です。");

  g_assert_cmpstr (mdg_text_get (mdg_kb_get_area (escapes, "medication")->name, "en"), ==,
                   "オン資 😀");

  g_assert_cmpuint (mdg_kb_get_glossary (bare)->len, ==, 0);
  g_assert_cmpuint (mdg_kb_get_contacts (bare)->len, ==, 0);
  g_assert_cmpuint (mdg_kb_get_updates (bare)->len, ==, 0);
  g_assert_cmpuint (mdg_kb_get_synonyms (bare)->len, ==, 0);
  g_assert_cmpuint (mdg_kb_get_readings (bare)->len, ==, 0);
  g_assert_cmpuint (mdg_kb_get_case (bare, 2)->updates->len, ==, 0);
  g_assert_cmpuint (mdg_kb_get_case (bare, 2)->terms->len, ==, 0);

  /* What the document says and what we added stay apart. */
  kase = mdg_kb_get_case (minimal, 1);
  g_assert_cmpint (kase->origin, ==, MDG_ORIGIN_DOCUMENT);
  g_assert_cmpuint (kase->sources->len, ==, 0);
  g_assert_null (kase->checked);
  g_assert_cmpuint (kase->unclear->len, ==, 0);
  g_assert_null (mdg_kb_get_case (added, 2));
  kase = mdg_kb_get_case (added, 102);
  g_assert_nonnull (kase);
  g_assert_cmpint (kase->origin, ==, MDG_ORIGIN_ADDED);
  g_assert_cmpuint (kase->sources->len, ==, 1);
  source = g_ptr_array_index (kase->sources, 0);
  g_assert_cmpstr (source->title, ==, "マイナ保険証の利用について（厚生労働省）");
  g_assert_cmpstr (source->url, ==, "https://www.mhlw.go.jp/stf/newpage_08277.html");
  g_assert_cmpstr (kase->checked, ==, "2026-12-06");
  g_assert_cmpuint (kase->unclear->len, ==, 1);
  g_assert_cmpstr (mdg_text_get (g_ptr_array_index (kase->unclear, 0), "en"), ==,
                   "The sources do not say how the quantity is corrected.");
  g_assert_cmpint (mdg_kb_get_case (added, 1)->origin, ==, MDG_ORIGIN_DOCUMENT);
  update = g_ptr_array_index (mdg_kb_get_updates (added), 0);
  g_assert_cmpstr (mdg_text_get (update->title, "ja"), ==, "資格確認書の交付");
  update = g_ptr_array_index (mdg_kb_get_updates (minimal), 0);
  g_assert_null (update->title);
}

/* minimal.json with the first @old replaced by @new, loaded from memory. */
static MdgKb *
load_altered (const char  *old,
              const char  *new,
              GError     **error)
{
  g_autofree char *path = fixture_path ("minimal.json");
  g_autofree char *contents = NULL;
  g_autoptr(GString) altered = NULL;
  const char *at;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  at = strstr (contents, old);
  g_assert_nonnull (at);
  altered = g_string_new_len (contents, at - contents);
  g_string_append (altered, new);
  g_string_append (altered, at + strlen (old));

  return mdg_kb_new_from_data (altered->str, altered->len, "altered", error);
}

static void
assert_altered_error (const char *old,
                      const char *new,
                      const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MdgKb) kb = load_altered (old, new, &error);

  g_assert_null (kb);
  g_assert_error (error, MDG_KB_ERROR, MDG_KB_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
}

/* A member given twice is found wherever it is and however its name is written. */
static void
test_duplicates (void)
{
  g_autoptr(GString) many = g_string_new ("\"format\": 1");

  /* The first value, with objects in it, is replaced: an object made after it
   * is not taken for it. */
  assert_altered_error ("\"notes\": [ { \"ja\": \"レセコンの記録も確認する。\"",
                        "\"notes\": [ { \"ja\": \"一\" }, { \"ja\": \"二\" } ], "
                        "\"notes\": [ { \"ja\": \"レセコンの記録も確認する。\"",
                        "altered: cases[0].responses[1].notes: given twice in the same object, "
                        "expected each field once");
  /* The same name with an escape. */
  assert_altered_error ("\"title\": { \"ja\": \"医療機関等窓口における対応について\",",
                        "\"title\": { \"ja\": \"医療機関等窓口における対応について\", \"j\\u0061\": \"x\",",
                        "altered: title.ja: given twice in the same object, expected each field once");
  /* In an object too large to compare each name with each. */
  for (guint i = 0; i < 100; i++)
    g_string_append_printf (many, ", \"x%u\": %u", i, i);
  g_string_append (many, ", \"x7\": 0");
  assert_altered_error ("\"format\": 1", many->str,
                        "altered: x7: given twice in the same object, expected each field once");
}

/* The ruby markup of ja-x-easy texts: the reader sees the bases, the loader
 * refuses broken markup and kanji without a reading, naming path and offset. */
static void
test_ruby (void)
{
  static const char *situation =
    "\"situation\": { \"ja\": \"おくすりの じょうほうが まちがっています。\"";
  static const struct {
    const char *easy;
    const char *message;
  } bad[] = {
    { "{薬|くすり", "at offset 0 (characters from the start): a “{” that is never closed by “}”" },
    { "お{薬|くすり}}", "at offset 8 (characters from the start): “}” without an opening “{”" },
    { "{お{薬|くすり}|おくすり}", "at offset 2 (characters from the start): a “{” inside a ruby group: ruby groups do not nest" },
    { "あ {|くすり}", "at offset 2 (characters from the start): a ruby group with an empty base" },
    { "あい {薬|}", "at offset 5 (characters from the start): a ruby group with an empty reading" },
    { "{薬|kusuri}", "at offset 3 (characters from the start): a reading that is not hiragana or katakana" },
    { "{薬|くすり}の 情報", "at offset 9 (characters from the start): a kanji outside a ruby group: write it as {base|reading}" },
    { "{薬}", "at offset 0 (characters from the start): a ruby group without “|”: write {base|reading}" },
    { "くすり|です", "at offset 3 (characters from the start): “|” outside a ruby group {base|reading}" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(MdgKb) kb = NULL;
  MdgCase *c;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *json = NULL;
      g_autofree char *expected = NULL;

      json = g_strdup_printf ("%s, \"ja-x-easy\": \"%s\"", situation, bad[i].easy);
      expected = g_strdup_printf ("altered: cases[0].handout.situation.ja-x-easy: %s",
                                  bad[i].message);
      assert_altered_error (situation, json, expected);
    }

  /* Kanji in another language's text need no reading. */
  kb = load_altered (situation,
                     "\"situation\": { \"ja\": \"お薬の情報\", "
                     "\"ja-x-easy\": \"お{薬|くすり}の {情報|じょうほう}が {違|ちが}います。\"",
                     &error);
  g_assert_no_error (error);
  c = mdg_kb_get_case (kb, 2);
  g_assert_cmpstr (mdg_text_get (c->handout->situation, "ja-x-easy"), ==,
                   "お薬の 情報が 違います。");
  g_assert_cmpstr (mdg_text_get_exact (c->handout->situation, "ja-x-easy"), ==,
                   "お薬の 情報が 違います。");
  g_assert_cmpstr (mdg_text_get_marked (c->handout->situation, "ja-x-easy"), ==,
                   "お{薬|くすり}の {情報|じょうほう}が {違|ちが}います。");
  g_assert_cmpstr (mdg_text_get_marked (c->handout->situation, "en"), ==,
                   "Your medication data is wrong.");
}

static guint
first_hit (MdgSearch  *search,
           const char *query)
{
  g_autoptr(GArray) hits = mdg_search_query (search, query);

  return hits->len > 0 ? g_array_index (hits, MdgHit, 0).kase->number : 0;
}

/* Search reads through the markup: the base and the reading both find the case. */
static void
test_ruby_search (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MdgKb) kb = NULL;
  g_autoptr(MdgSearch) search = NULL;

  kb = load_altered ("\"situation\": { \"ja\": \"おくすりの じょうほうが まちがっています。\"",
                     "\"situation\": { \"ja\": \"おくすりの じょうほうが まちがっています。\", "
                     "\"ja-x-easy\": \"{眼鏡|めがね}を {持|も}って きて ください。\"",
                     &error);
  g_assert_no_error (error);
  search = mdg_search_new (kb);
  g_assert_cmpuint (first_hit (search, "眼鏡"), ==, 2);
  g_assert_cmpuint (first_hit (search, "めがね"), ==, 2);
  g_assert_cmpuint (first_hit (search, "眼鏡を 持って"), ==, 2);
  g_assert_cmpuint (first_hit (search, "めがねを もって"), ==, 2);
}

static void
test_ruby_parse (void)
{
  g_autoptr(GArray) segments = NULL;
  g_autofree char *plain = NULL, *reading = NULL;
  const MdgRubySegment *s;

  segments = mdg_ruby_parse ("お{薬|くすり}を {飲|の}む", MDG_RUBY_PARSE_KANJI_IN_RUBY, NULL, NULL);
  g_assert_nonnull (segments);
  g_assert_cmpuint (segments->len, ==, 5);
  s = &g_array_index (segments, MdgRubySegment, 1);
  g_assert_cmpmem (s->base, s->base_len, "薬", strlen ("薬"));
  g_assert_cmpmem (s->reading, s->reading_len, "くすり", strlen ("くすり"));
  s = &g_array_index (segments, MdgRubySegment, 2);
  g_assert_cmpmem (s->base, s->base_len, "を ", strlen ("を "));
  g_assert_null (s->reading);

  plain = mdg_ruby_strip ("お{薬|くすり}を {飲|の}む");
  reading = mdg_ruby_reading ("お{薬|くすり}を {飲|の}む");
  g_assert_cmpstr (plain, ==, "お薬を 飲む");
  g_assert_cmpstr (reading, ==, "おくすりを のむ");
  /* Katakana and ー are readings too. */
  g_clear_pointer (&segments, g_array_unref);
  segments = mdg_ruby_parse ("{電話|デンワ}と {表|ひょう}ー", MDG_RUBY_PARSE_KANJI_IN_RUBY, NULL, NULL);
  g_assert_nonnull (segments);
  g_clear_pointer (&segments, g_array_unref);
  /* Without the flag a kanji may stand alone. */
  segments = mdg_ruby_parse ("薬", MDG_RUBY_PARSE_DEFAULT, NULL, NULL);
  g_assert_nonnull (segments);
}

/* Numbers mean what json-glib made of them: a fraction or an exponent makes a
 * double, which is not an integer. */
static void
test_numbers (void)
{
  static const struct {
    const char *number;
    const char *got;
  } numbers[] = {
    /* “format”: 1.0 said “got the number 1”: it now says what is wrong with it. */
    { "1.0", "an integer, got the number 1 written with a fraction or an exponent" },
    { "1.5", "an integer, got the number 1.5 written with a fraction or an exponent" },
    { "1e2", "an integer, got the number 100 written with a fraction or an exponent" },
    { "-0.0", "an integer, got the number -0 written with a fraction or an exponent" },
    { "0.1", "an integer, got the number 0.10000000000000001 written with a fraction or an exponent" },
    { "1e400", "an integer, got the number inf written with a fraction or an exponent" },
    { "-0", "got 0" },
    { "-12", "got -12" },
    { "123456789012345678", "got 123456789012345678" },
    { "true", "got true" },
    { "null", "got null" },
    { "\"\\u00e9\\t\"", "got the string “éU+0009”" },
  }, roots[] = {
    { "1", "got the number 1" },
    { "-0.5", "got the number -0.5" },
    { "1e5", "got the number 100000" },
    { "0.0000000000000000000000000000000000000000000000000000000000000000001",
      "got the number 9.9999999999999994e-68" },
    { "\"x\"", "got the string “x”" },
    { "true", "got true" },
    { "[1]", "got an array" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autofree char *format = g_strdup_printf ("\"format\": %s", numbers[i].number);
      g_autofree char *message = g_strdup_printf ("altered: format: expected format 1, the one "
                                                  "this version of Madoguchi reads, %s",
                                                  numbers[i].got);

      assert_altered_error ("\"format\": 1", format, message);
    }

  /* A document that is one value ends with it: nothing after it is read. */
  for (guint i = 0; i < G_N_ELEMENTS (roots); i++)
    {
      gsize length = strlen (roots[i].number);
      g_autofree char *exact = g_memdup2 (roots[i].number, length);
      g_autofree char *message = g_strdup_printf ("one: expected a JSON object at the top level, %s",
                                                  roots[i].got);
      g_autoptr(GError) error = NULL;
      g_autoptr(MdgKb) kb = mdg_kb_new_from_data (exact, length, "one", &error);

      g_assert_null (kb);
      g_assert_error (error, MDG_KB_ERROR, MDG_KB_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, message);
    }
}

/* The model API, on the minimal knowledge base */

static void
test_model (void)
{
  g_autoptr(MdgKb) kb = load_fixture ("minimal.json");
  GListModel *cases = mdg_kb_get_cases (kb);
  g_autoptr(MdgCase) first = NULL;
  g_autoptr(MdgCase) second = NULL;
  const MdgResponse *response;
  const MdgTerm *term;
  GPtrArray *readings;
  GPtrArray *group;

  /* By number, although the file lists case 2 first. */
  g_assert_true (g_list_model_get_item_type (cases) == MDG_TYPE_CASE);
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 2);
  first = g_list_model_get_item (cases, 0);
  second = g_list_model_get_item (cases, 1);
  g_assert_cmpuint (first->number, ==, 1);
  g_assert_cmpuint (second->number, ==, 2);
  g_assert_true (mdg_kb_get_case (kb, 1) == first);
  g_assert_true (mdg_kb_get_case (kb, 2) == second);
  g_assert_null (mdg_kb_get_case (kb, 3));

  g_assert_true (first->area == mdg_kb_get_area (kb, "initial-registration"));
  g_assert_null (mdg_kb_get_area (kb, "billing"));
  g_assert_cmpuint (mdg_kb_get_areas (kb)->len, ==, 2);
  g_assert_cmpstr (mdg_text_get (first->area->patient_name, "ja"), ==, "はじめての とうろく");
  g_assert_null (second->area->patient_name);

  g_assert_cmpstr (first->error_code, ==, "010");
  g_assert_cmpstr (mdg_text_get (first->error_screen, "ja"), ==, "エラーメッセージ");
  g_assert_null (second->error_code);
  g_assert_null (second->error_message);
  g_assert_null (first->handout);
  g_assert_nonnull (second->handout);
  g_assert_cmpuint (second->handout->steps->len, ==, 1);

  /* By stage, although the file lists stage 2 first. */
  g_assert_cmpuint (second->responses->len, ==, 2);
  response = g_ptr_array_index (second->responses, 0);
  g_assert_cmpuint (response->stage, ==, 1);
  g_assert_cmpint (response->actor, ==, MDG_ACTOR_PATIENT);
  g_assert_nonnull (response->preface);
  g_assert_cmpuint (response->notes->len, ==, 1);
  response = g_ptr_array_index (second->responses, 1);
  g_assert_cmpuint (response->stage, ==, 2);
  g_assert_cmpint (response->actor, ==, MDG_ACTOR_CLINIC);
  g_assert_null (response->preface);
  g_assert_cmpuint (response->notes->len, ==, 0);

  g_assert_true (mdg_case_has_actor (second, MDG_ACTOR_PATIENT));
  g_assert_true (mdg_case_has_actor (second, MDG_ACTOR_CLINIC));
  g_assert_false (mdg_case_has_actor (second, MDG_ACTOR_CITIZEN));
  g_assert_true (mdg_case_has_actor (first, MDG_ACTOR_CLINIC));
  g_assert_false (mdg_case_has_actor (first, MDG_ACTOR_PATIENT));

  /* Glossary terms found by term or alias, in glossary order. */
  g_assert_cmpuint (first->terms->len, ==, 1);
  term = g_ptr_array_index (first->terms, 0);
  g_assert_cmpstr (term->id, ==, "online-eligibility");   /* by its alias オン資 */
  g_assert_cmpuint (second->terms->len, ==, 2);
  g_assert_cmpstr (((MdgTerm *) g_ptr_array_index (second->terms, 0))->id, ==, "receipt-computer");
  g_assert_cmpstr (((MdgTerm *) g_ptr_array_index (second->terms, 1))->id, ==, "claim");
  term = g_ptr_array_index (mdg_kb_get_glossary (kb), 1);
  g_assert_null (term->reading);
  g_assert_null (term->source);
  g_assert_cmpuint (term->aliases->len, ==, 0);

  g_assert_cmpuint (second->updates->len, ==, 1);
  g_assert_true (g_ptr_array_index (second->updates, 0) ==
                 g_ptr_array_index (mdg_kb_get_updates (kb), 0));
  g_assert_cmpuint (second->contacts->len, ==, 1);
  g_assert_cmpuint (first->updates->len, ==, 0);
  g_assert_cmpuint (first->notes->len, ==, 0);
  g_assert_cmpuint (second->notes->len, ==, 1);

  readings = mdg_kb_get_readings (kb);
  g_assert_cmpuint (readings->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (readings, 0), ==, "ほけんしょう");
  g_assert_cmpstr (g_ptr_array_index (readings, 1), ==, "保険証");
  g_assert_cmpuint (mdg_kb_get_synonyms (kb)->len, ==, 1);
  group = g_ptr_array_index (mdg_kb_get_synonyms (kb), 0);
  g_assert_cmpuint (group->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (group, 2), ==, "被保険者証");

  g_assert_cmpuint (mdg_kb_get_summary_items (kb)->len, ==, 2);
  g_assert_cmpstr (mdg_text_get (mdg_kb_get_summary_actor (kb), "ja"), ==, "医療機関等窓口");
  g_assert_nonnull (mdg_kb_get_summary_intro (kb));
  g_assert_cmpstr (mdg_kb_get_actor (kb, MDG_ACTOR_CLINIC)->id, ==, "clinic");
  g_assert_true (mdg_kb_get_actor (kb, MDG_ACTOR_PATIENT)->actor == MDG_ACTOR_PATIENT);
  g_assert_true (g_str_has_suffix (mdg_kb_get_origin (kb), "minimal.json"));
}

static void
test_text_get (void)
{
  MdgTextItem items[] = {
    { (char *) "ja", (char *) "保険証" },
    { (char *) "en", (char *) "health insurance card" },
    { (char *) "vi", (char *) "thẻ bảo hiểm" },
  };
  MdgText text = { G_N_ELEMENTS (items), items };
  MdgText ja_only = { 1, items };

  g_assert_cmpstr (mdg_text_get (&text, "ja"), ==, "保険証");
  g_assert_cmpstr (mdg_text_get (&text, "vi"), ==, "thẻ bảo hiểm");
  g_assert_cmpstr (mdg_text_get (&text, "ko"), ==, "health insurance card");
  g_assert_cmpstr (mdg_text_get (&text, "ja-x-easy"), ==, "保険証");
  g_assert_cmpstr (mdg_text_get (&ja_only, "ko"), ==, "保険証");
  g_assert_cmpstr (mdg_text_get (&text, NULL), ==, "保険証");
  g_assert_cmpstr (mdg_text_get (NULL, "en"), ==, "");

  g_assert_cmpstr (mdg_text_get_exact (&text, "en"), ==, "health insurance card");
  g_assert_null (mdg_text_get_exact (&text, "ko"));
  g_assert_null (mdg_text_get_exact (&text, "ja-x-easy"));
  g_assert_null (mdg_text_get_exact (NULL, "ja"));

  g_assert_cmpuint (g_strv_length ((char **) mdg_languages), ==, 11);
  g_assert_cmpstr (mdg_languages[0], ==, "ja");
  g_assert_cmpstr (mdg_languages[1], ==, "ja-x-easy");
  g_assert_cmpstr (mdg_languages[10], ==, "my");
  g_assert_true (mdg_language_is_known ("zh-Hans"));
  g_assert_true (mdg_language_is_known ("pt-BR"));
  g_assert_false (mdg_language_is_known ("zh"));
  g_assert_false (mdg_language_is_known ("JA"));
  g_assert_false (mdg_language_is_known (NULL));
}

static void
count_destroy (gpointer data)
{
  (*(guint *) data)++;
}

static void
test_search_data (void)
{
  g_autoptr(MdgKb) kb = load_fixture ("minimal.json");
  g_autoptr(MdgCase) kase = g_object_ref (mdg_kb_get_case (kb, 1));
  guint destroyed_a = 0;
  guint destroyed_b = 0;

  g_assert_null (kase->search_data);

  mdg_case_set_search_data (kase, &destroyed_a, count_destroy);
  g_assert_true (kase->search_data == &destroyed_a);

  mdg_case_set_search_data (kase, &destroyed_b, count_destroy);
  g_assert_cmpuint (destroyed_a, ==, 1);
  g_assert_true (kase->search_data == &destroyed_b);

  /* The case outlives the knowledge base here, and frees its data on its own. */
  g_clear_object (&kb);
  g_assert_cmpuint (destroyed_b, ==, 0);
  g_clear_object (&kase);
  g_assert_cmpuint (destroyed_b, ==, 1);
}

/* The bundled knowledge base */

static MdgKb *
load_default (void)
{
  g_autoptr(GError) error = NULL;
  MdgKb *kb = mdg_kb_new_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (kb);
  return kb;
}

typedef struct {
  guint       number;
  const char *area;           /* 業務, as the document names it */
  const char *responses;      /* actor mark and stage of each response, in order */
  guint       n_causes;
  gboolean    preface;        /* the stage 1 response has a ※ line before its mark */
} ExpectedCase;

static const ExpectedCase expected_cases[] = {
  {  1, "初回登録",             "患1 医2", 3, FALSE },
  {  2, "初回登録",             "患1 医2", 3, FALSE },
  {  3, "資格情報の閲覧",       "医1 患2", 2, FALSE },
  {  4, "資格情報の閲覧",       "医1 患2", 1, FALSE },
  {  5, "資格情報の閲覧",       "医1 患2", 1, FALSE },
  {  6, "資格情報の閲覧",       "医1",     2, FALSE },
  {  7, "薬剤情報の閲覧",       "患1 医2", 1, TRUE },
  {  8, "薬剤情報の閲覧",       "医1",     4, TRUE },
  {  9, "薬剤情報の閲覧",       "患1 医2", 1, TRUE },
  { 10, "特定健診等情報の閲覧", "医1",     1, TRUE },
  { 11, "特定健診等情報の閲覧", "医1 患2", 1, FALSE },
  { 12, "共通",                 "医1 国2", 1, FALSE },
};

static void
test_default_cases (void)
{
  g_autoptr(MdgKb) kb = load_default ();
  guint n_cases = mdg_kb_get_n_cases (kb);

  /* The document's twelve cases first, then the added ones from 101 (issue 13). */
  g_assert_cmpuint (n_cases, >=, G_N_ELEMENTS (expected_cases) + 12);
  g_assert_true (g_str_has_prefix (mdg_kb_get_origin (kb), "resource://"));
  for (guint i = 0; i < mdg_kb_get_n_cases (kb); i++)
    {
      g_autoptr(MdgCase) kase = g_list_model_get_item (mdg_kb_get_cases (kb), i);

      g_assert_cmpint (kase->origin, ==, i < G_N_ELEMENTS (expected_cases) ? MDG_ORIGIN_DOCUMENT
                                                                           : MDG_ORIGIN_ADDED);
    }

  for (guint i = G_N_ELEMENTS (expected_cases); i < n_cases; i++)
    {
      g_autoptr(MdgCase) kase = g_list_model_get_item (mdg_kb_get_cases (kb), i);

      g_test_message ("case %u", kase->number);
      g_assert_cmpuint (kase->number, >=, 101);
      g_assert_cmpint (kase->origin, ==, MDG_ORIGIN_ADDED);
      g_assert_cmpuint (kase->sources->len, >=, 1);
      g_assert_cmpstr (kase->checked, ==, "2026-12-06");
      g_assert_true ((kase->handout != NULL) ==
                     (mdg_case_has_actor (kase, MDG_ACTOR_PATIENT) ||
                      mdg_case_has_actor (kase, MDG_ACTOR_CITIZEN)));
    }

  for (guint i = 0; i < G_N_ELEMENTS (expected_cases); i++)
    {
      const ExpectedCase *expected = &expected_cases[i];
      g_autoptr(MdgCase) kase = g_list_model_get_item (mdg_kb_get_cases (kb), i);
      g_autoptr(GString) responses = g_string_new (NULL);
      const MdgResponse *first;

      g_test_message ("case %u", expected->number);
      g_assert_cmpuint (kase->number, ==, expected->number);
      g_assert_cmpint (kase->origin, ==, MDG_ORIGIN_DOCUMENT);
      g_assert_true (mdg_kb_get_case (kb, expected->number) == kase);
      g_assert_cmpstr (mdg_text_get (kase->area->name, "ja"), ==, expected->area);
      g_assert_cmpuint (kase->causes->len, ==, expected->n_causes);

      for (guint j = 0; j < kase->responses->len; j++)
        {
          const MdgResponse *response = g_ptr_array_index (kase->responses, j);

          g_string_append_printf (responses, "%s%s%u", j > 0 ? " " : "",
                                  mdg_kb_get_actor (kb, response->actor)->mark,
                                  response->stage);
        }
      g_assert_cmpstr (responses->str, ==, expected->responses);

      first = g_ptr_array_index (kase->responses, 0);
      g_assert_true ((first->preface != NULL) == expected->preface);
      for (guint j = 1; j < kase->responses->len; j++)
        g_assert_null (((MdgResponse *) g_ptr_array_index (kase->responses, j))->preface);

      /* Whoever acts besides the desk gets a handout. */
      g_assert_true ((kase->handout != NULL) ==
                     (mdg_case_has_actor (kase, MDG_ACTOR_PATIENT) ||
                      mdg_case_has_actor (kase, MDG_ACTOR_CITIZEN)));
    }
}

static void
test_default_details (void)
{
  g_autoptr(MdgKb) kb = load_default ();
  MdgCase *kase;
  const MdgResponse *response;
  const MdgPart *part;
  gboolean found;

  kase = mdg_kb_get_case (kb, 1);
  g_assert_cmpstr (kase->error_code, ==, "010");
  g_assert_nonnull (strstr (mdg_text_get (kase->error_message, "ja"), "【010：初回登録エラー】"));

  for (guint number = 4; number <= 5; number++)
    {
      kase = mdg_kb_get_case (kb, number);
      response = g_ptr_array_index (kase->responses, 0);
      g_assert_cmpuint (response->parts->len, >=, 2);
      part = g_ptr_array_index (response->parts, 0);
      g_assert_nonnull (strstr (mdg_text_get (part->condition, "ja"), "保険証がある場合"));
      g_assert_null (strstr (mdg_text_get (part->text, "ja"), "保険証がない場合"));
      part = g_ptr_array_index (response->parts, 1);
      g_assert_nonnull (strstr (mdg_text_get (part->condition, "ja"), "保険証がない場合"));

      found = FALSE;
      for (guint i = 0; i < kase->updates->len; i++)
        {
          const MdgUpdate *update = g_ptr_array_index (kase->updates, i);

          found |= strstr (mdg_text_get (update->text, "ja"), "資格確認書") != NULL;
        }
      g_assert_true (found);
    }

  kase = mdg_kb_get_case (kb, 12);
  response = g_ptr_array_index (kase->responses, 1);
  g_assert_cmpint (response->actor, ==, MDG_ACTOR_CITIZEN);
  found = FALSE;
  for (guint i = 0; i < response->notes->len; i++)
    found |= strstr (mdg_text_get (g_ptr_array_index (response->notes, i), "ja"),
                     "3～4日程度経過してから") != NULL;
  g_assert_true (found);

  g_assert_cmpuint (mdg_kb_get_summary_items (kb)->len, ==, 4);
  g_assert_cmpstr (mdg_kb_get_actor (kb, MDG_ACTOR_CITIZEN)->mark, ==, "国");
  g_assert_cmpstr (mdg_kb_get_actor (kb, MDG_ACTOR_PATIENT)->mark, ==, "患");
  g_assert_cmpstr (mdg_kb_get_actor (kb, MDG_ACTOR_CLINIC)->mark, ==, "医");

  found = FALSE;
  for (guint i = 0; i < mdg_kb_get_contacts (kb)->len; i++)
    {
      const MdgContact *contact = g_ptr_array_index (mdg_kb_get_contacts (kb), i);

      g_assert_true (g_str_has_prefix (contact->source, "http"));
      g_assert_cmpuint (strlen (contact->checked), ==, 10);
      /* The My Number lines in other languages: on every handout but the Japanese one. */
      if (g_strcmp0 (contact->phone, "0120-0178-26") == 0)
        {
          g_assert_false (mdg_contact_is_for_language (contact, "ja"));
          g_assert_true (mdg_contact_is_for_language (contact, "ja-x-easy"));
          g_assert_true (mdg_contact_is_for_language (contact, "vi"));
          g_assert_true (mdg_contact_is_for_language (contact, "my"));
          found = TRUE;
        }
      if (g_strcmp0 (contact->phone, "0120-95-0178") == 0)
        g_assert_true (mdg_contact_is_for_language (contact, "ja"));
      /* The clinics' call centre: staff sheet and case view, no patient's page. */
      if (g_strcmp0 (contact->phone, "0800-080-4583") == 0)
        {
          g_assert_true (contact->staff_only);
          for (guint j = 0; mdg_languages[j] != NULL; j++)
            g_assert_false (mdg_contact_is_for_language (contact, mdg_languages[j]));
        }
      else
        g_assert_false (contact->staff_only);
    }
  g_assert_true (found);
  for (guint i = 0; i < mdg_kb_get_updates (kb)->len; i++)
    {
      const MdgUpdate *update = g_ptr_array_index (mdg_kb_get_updates (kb), i);

      g_assert_cmpuint (update->sources->len, >=, 1);
      g_assert_cmpuint (strlen (update->checked), ==, 10);
    }
}

/* Visits every text in the knowledge base. */
typedef void (*TextFunc) (const char    *where,
                          const MdgText *text,
                          gpointer       user_data);

static void
visit_texts (const char *where,
             GPtrArray  *texts,
             TextFunc    func,
             gpointer    user_data)
{
  for (guint i = 0; i < texts->len; i++)
    func (where, g_ptr_array_index (texts, i), user_data);
}

static void
visit_case (MdgCase  *kase,
            TextFunc  func,
            gpointer  user_data)
{
  func ("title", kase->title, user_data);
  func ("symptom", kase->symptom, user_data);
  if (kase->error_screen != NULL)
    func ("error.screen", kase->error_screen, user_data);
  if (kase->error_message != NULL)
    func ("error.message", kase->error_message, user_data);
  visit_texts ("causes", kase->causes, func, user_data);
  visit_texts ("notes", kase->notes, func, user_data);
  for (guint i = 0; i < kase->responses->len; i++)
    {
      const MdgResponse *response = g_ptr_array_index (kase->responses, i);

      if (response->preface != NULL)
        func ("preface", response->preface, user_data);
      for (guint j = 0; j < response->parts->len; j++)
        {
          const MdgPart *part = g_ptr_array_index (response->parts, j);

          if (part->condition != NULL)
            func ("condition", part->condition, user_data);
          func ("part", part->text, user_data);
        }
      visit_texts ("response notes", response->notes, func, user_data);
    }
  if (kase->handout != NULL)
    {
      func ("handout.situation", kase->handout->situation, user_data);
      visit_texts ("handout.steps", kase->handout->steps, func, user_data);
      func ("handout.clinic", kase->handout->clinic, user_data);
    }
}

static void
visit_kb (MdgKb    *kb,
          TextFunc  func,
          gpointer  user_data)
{
  GListModel *cases = mdg_kb_get_cases (kb);

  func ("title", mdg_kb_get_title (kb), user_data);
  func ("translation_note", mdg_kb_get_translation_note (kb), user_data);
  for (guint i = 0; i < MDG_N_ACTORS; i++)
    func ("actor", mdg_kb_get_actor (kb, i)->name, user_data);
  for (guint i = 0; i < mdg_kb_get_areas (kb)->len; i++)
    {
      const MdgArea *area = g_ptr_array_index (mdg_kb_get_areas (kb), i);

      func ("area", area->name, user_data);
      if (area->patient_name != NULL)
        func ("area", area->patient_name, user_data);
    }
  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(MdgCase) kase = g_list_model_get_item (cases, i);

      visit_case (kase, func, user_data);
    }
  func ("summary.actor", mdg_kb_get_summary_actor (kb), user_data);
  func ("summary.intro", mdg_kb_get_summary_intro (kb), user_data);
  visit_texts ("summary.items", mdg_kb_get_summary_items (kb), func, user_data);
  for (guint i = 0; i < mdg_kb_get_glossary (kb)->len; i++)
    {
      const MdgTerm *term = g_ptr_array_index (mdg_kb_get_glossary (kb), i);

      func ("glossary.term", term->term, user_data);
      func ("glossary.definition", term->definition, user_data);
    }
  for (guint i = 0; i < mdg_kb_get_contacts (kb)->len; i++)
    {
      const MdgContact *contact = g_ptr_array_index (mdg_kb_get_contacts (kb), i);

      func ("contact.name", contact->name, user_data);
      if (contact->hours != NULL)
        func ("contact.hours", contact->hours, user_data);
      func ("contact.audience", contact->audience, user_data);
    }
  for (guint i = 0; i < mdg_kb_get_updates (kb)->len; i++)
    func ("update", ((MdgUpdate *) g_ptr_array_index (mdg_kb_get_updates (kb), i))->text,
          user_data);
}

static void
check_ja_and_en (const char    *where,
                 const MdgText *text,
                 gpointer       user_data)
{
  guint *n_texts = user_data;

  g_assert_nonnull (text);
  if (mdg_text_get_exact (text, "ja") == NULL || mdg_text_get_exact (text, "en") == NULL)
    g_error ("%s “%s” lacks Japanese or English", where, mdg_text_get (text, "ja"));
  (*n_texts)++;
}

static void
test_default_languages (void)
{
  g_autoptr(MdgKb) kb = load_default ();
  guint n_texts = 0;

  visit_kb (kb, check_ja_and_en, &n_texts);
  g_assert_cmpuint (n_texts, >, 100);
}

static gboolean
text_has (const MdgText *text,
          const char    *lang)
{
  for (guint i = 0; text != NULL && i < text->n_items; i++)
    if (g_str_equal (text->items[i].lang, lang))
      return TRUE;
  return FALSE;
}

/* What a patient reads in the kiosk is in the patient's language, never a
 * fallback: each case's situation (or, without a handout, its title) and each
 * area's name, in all the languages. */
static void
test_default_patient_languages (void)
{
  g_autoptr(MdgKb) kb = load_default ();
  GListModel *cases = mdg_kb_get_cases (kb);
  GPtrArray *areas = mdg_kb_get_areas (kb);

  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(MdgCase) kase = g_list_model_get_item (cases, i);
      const MdgText *summary = kase->handout != NULL && kase->handout->situation != NULL
                               ? kase->handout->situation : kase->title;

      for (guint j = 0; mdg_languages[j] != NULL; j++)
        if (!text_has (summary, mdg_languages[j]))
          g_error ("case %u: what the kiosk shows of it has no %s text", kase->number, mdg_languages[j]);
    }
  for (guint i = 0; i < areas->len; i++)
    {
      const MdgArea *area = g_ptr_array_index (areas, i);
      const MdgText *name = area->patient_name != NULL ? area->patient_name : area->name;

      for (guint j = 0; mdg_languages[j] != NULL; j++)
        if (!text_has (name, mdg_languages[j]))
          g_error ("area %s: no %s name", area->id, mdg_languages[j]);
    }
}

static char *
strip_space (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

typedef struct {
  const char *seed;   /* without whitespace */
  guint       n_checked;
} SeedCheck;

static void
check_in_seed (const char    *where,
               const MdgText *text,
               gpointer       user_data)
{
  SeedCheck *check = user_data;
  g_autofree char *ja = strip_space (mdg_text_get (text, "ja"));

  /* Titles and handouts are our own plain words; the rest is the document's. */
  if (g_str_equal (where, "title") || g_str_has_prefix (where, "handout"))
    return;

  if (strstr (check->seed, ja) == NULL)
    g_error ("%s “%s” is not the source document's wording", where, ja);
  check->n_checked++;
}

static void
test_default_matches_seed (void)
{
  g_autoptr(MdgKb) kb = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *seed = NULL;
  GListModel *cases;
  SeedCheck check = { 0, };

  if (!g_file_get_contents (MDG_SEED_FILE, &contents, NULL, &error))
    {
      g_test_skip (error->message);
      return;
    }

  kb = load_default ();
  seed = strip_space (contents);
  check.seed = seed;

  cases = mdg_kb_get_cases (kb);
  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(MdgCase) kase = g_list_model_get_item (cases, i);

      /* An added case is not the document's: its sources are its own. */
      if (kase->origin == MDG_ORIGIN_DOCUMENT)
        visit_case (kase, check_in_seed, &check);
    }
  check_in_seed ("summary.actor", mdg_kb_get_summary_actor (kb), &check);
  check_in_seed ("summary.intro", mdg_kb_get_summary_intro (kb), &check);
  visit_texts ("summary.items", mdg_kb_get_summary_items (kb), check_in_seed, &check);

  /* Every cause, symptom and response at least. */
  g_assert_cmpuint (check.n_checked, >, 60);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kb/default/cases", test_default_cases);
  g_test_add_func ("/kb/default/details", test_default_details);
  g_test_add_func ("/kb/default/languages", test_default_languages);
  g_test_add_func ("/kb/default/patient-languages", test_default_patient_languages);
  g_test_add_func ("/kb/default/matches-seed", test_default_matches_seed);
  g_test_add_func ("/kb/model", test_model);
  g_test_add_func ("/kb/text-get", test_text_get);
  g_test_add_func ("/kb/search-data", test_search_data);
  g_test_add_func ("/kb/fixtures/all-listed", test_fixture_count);
  g_test_add_func ("/kb/fixtures/accepted-content", test_accepted_content);
  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *name = g_strdup_printf ("/kb/fixtures/%s", fixtures[i].file);

      g_test_add_data_func (name, &fixtures[i], test_fixture);
    }
  kb_robust_add_tests ();
  g_test_add_func ("/kb/duplicates", test_duplicates);
  g_test_add_func ("/kb/numbers", test_numbers);
  g_test_add_func ("/kb/ruby", test_ruby);
  g_test_add_func ("/kb/ruby-parse", test_ruby_parse);
  g_test_add_func ("/kb/ruby-search", test_ruby_search);

  return g_test_run ();
}
