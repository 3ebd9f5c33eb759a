/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-kb.h — the knowledge base model. No GTK here: GLib, GIO, json-glib only.
 *
 * The file format is documented at the top of mdg-kb-records.c and in docs/KNOWLEDGE-BASE.md.
 * Everything below is owned by the MdgKb and read-only once loaded.
 */
#pragma once

#include <gio/gio.h>

#include "mdg-language.h"

G_BEGIN_DECLS

#define MDG_KB_ERROR (mdg_kb_error_quark ())

typedef enum {
  MDG_KB_ERROR_PARSE,     /* not JSON, truncated, invalid UTF-8, too deep */
  MDG_KB_ERROR_INVALID,   /* JSON, but not a valid knowledge base */
  MDG_KB_ERROR_IO,        /* the file could not be read */
} MdgKbError;

GQuark mdg_kb_error_quark (void);

typedef enum {
  MDG_ACTOR_CITIZEN,      /* 国: 国民での対応 */
  MDG_ACTOR_PATIENT,      /* 患: 患者での対応 */
  MDG_ACTOR_CLINIC,       /* 医: 医療機関等窓口での対応 */
  MDG_N_ACTORS
} MdgActor;

/* A text in several languages. */
typedef struct {
  char *lang;
  char *text;                 /* as read: a ja-x-easy text's bases only, no markup */
  char *marked;               /* the ja-x-easy text with its ruby {base|reading}, or NULL */
} MdgTextItem;

typedef struct {
  guint        n_items;
  MdgTextItem *items;
} MdgText;

/* The text in @lang; falls back to "en" for other languages (but never for
 * ja-x-easy, which falls back to "ja"), then to "ja". Returns "" for NULL. */
const char  *mdg_text_get       (const MdgText *text, const char *lang);
/* The text in exactly @lang, or NULL. */
const char  *mdg_text_get_exact (const MdgText *text, const char *lang);
/* Like mdg_text_get(), but a ja-x-easy text keeps its ruby markup {base|reading}
 * (see mdg-ruby.h), for the views that draw ruby. */
const char  *mdg_text_get_marked (const MdgText *text, const char *lang);
/* Sets @item's text from a string that may carry ruby markup: @marked is taken. */
void         mdg_text_item_set  (MdgTextItem *item, const char *lang, char *marked);

typedef struct {
  MdgActor  actor;
  char     *id;               /* "citizen", "patient", "clinic" */
  char     *mark;             /* "国", "患", "医" */
  MdgText  *name;             /* 国民での対応 … */
} MdgActorInfo;

typedef struct {
  char     *id;
  MdgText  *name;             /* 業務: 初回登録 … */
  MdgText  *patient_name;     /* in patient words, for the kiosk; may be NULL */
} MdgArea;

typedef struct {
  char     *id;
  MdgText  *name;
  char     *phone;            /* NULL for a web form */
  MdgText  *hours;
  char     *url;              /* NULL when it has none */
  MdgText  *audience;         /* who it is for */
  guint32   handout_languages; /* bit i: printed on handouts in mdg_languages[i]; 0: in all */
  gboolean  staff_only;       /* for clinics: never on a patient's page */
  char     *source;
  char     *checked;          /* YYYY-MM-DD */
} MdgContact;

/* Whether @contact is printed on a handout or patient sheet in @lang (never
 * when it is staff_only). */
gboolean     mdg_contact_is_for_language (const MdgContact *contact, const char *lang);

typedef struct {
  char      *id;
  char      *date;            /* YYYY-MM-DD the change took effect */
  MdgText   *title;           /* short, tells notes of one date apart; may be NULL */
  MdgText   *text;
  GPtrArray *sources;         /* char* URLs */
  char      *checked;
} MdgUpdate;

typedef struct {
  char      *id;
  MdgText   *term;
  GPtrArray *aliases;         /* char*, e.g. "オン資" */
  char      *reading;         /* hiragana, may be NULL */
  MdgText   *definition;
  char      *source;          /* may be NULL */
  char      *checked;         /* may be NULL */
} MdgTerm;

typedef struct {
  MdgText  *condition;        /* (保険証がある場合); NULL when unconditional */
  MdgText  *text;
} MdgPart;

typedef struct {
  guint      stage;           /* 1 (1次) or 2 (2次) */
  MdgActor   actor;
  MdgText   *preface;         /* a ※ line standing before the actor mark, or NULL */
  GPtrArray *parts;           /* MdgPart* */
  GPtrArray *notes;           /* MdgText*, ※ lines after the text */
} MdgResponse;

typedef struct {
  MdgText   *situation;       /* plain words for the patient */
  GPtrArray *steps;           /* MdgText*: what you do */
  MdgText   *clinic;          /* what the clinic does meanwhile */
} MdgHandout;

/* Where a case comes from: the source document (numbers 1–100, its words kept) or
 * added by us from other sources (numbers 101–99999). */
typedef enum {
  MDG_ORIGIN_DOCUMENT,
  MDG_ORIGIN_ADDED,
} MdgOrigin;

#define MDG_DOCUMENT_NUMBER_MAX 100

typedef struct {
  char *title;
  char *url;
} MdgSource;

#define MDG_TYPE_CASE (mdg_case_get_type ())
G_DECLARE_FINAL_TYPE (MdgCase, mdg_case, MDG, CASE, GObject)

/* In-app API: the fields are public and read-only. */
struct _MdgCase {
  GObject        parent_instance;

  guint          number;
  const MdgArea *area;
  MdgText       *title;         /* a short symptom for the list */
  MdgText       *symptom;       /* 発生事象 */
  char          *error_code;    /* "010", or NULL */
  MdgText       *error_screen;  /* "エラーメッセージ(被保番照会)", or NULL */
  MdgText       *error_message; /* the message as the screen shows it, or NULL */
  GPtrArray     *causes;        /* MdgText* */
  GPtrArray     *responses;     /* MdgResponse*, sorted by stage */
  GPtrArray     *notes;         /* MdgText*: ※ lines of the symptom */
  GPtrArray     *updates;       /* const MdgUpdate* */
  GPtrArray     *contacts;      /* const MdgContact* */
  GPtrArray     *terms;         /* const MdgTerm*: glossary terms found in the case */
  MdgHandout    *handout;       /* NULL when the patient has nothing to do */
  MdgOrigin      origin;
  GPtrArray     *sources;       /* MdgSource*: one or more for an added case, else empty */
  char          *checked;       /* YYYY-MM-DD the sources were read; NULL for the document */
  GPtrArray     *unclear;       /* MdgText*: what the sources leave unclear (added only) */

  /* Search text, normalised once at load (see mdg-search.c). */
  gpointer       search_data;
};

gboolean  mdg_case_has_actor (MdgCase *self, MdgActor actor);
/* Sets search_data; @destroy frees it when replaced or when the case is finalized. */
void      mdg_case_set_search_data (MdgCase *self, gpointer data, GDestroyNotify destroy);

#define MDG_TYPE_KB (mdg_kb_get_type ())
G_DECLARE_FINAL_TYPE (MdgKb, mdg_kb, MDG, KB, GObject)

/* The bundled knowledge base (GResource /io/github/madoguchi/Madoguchi/kb.json). */
MdgKb              *mdg_kb_new_default   (GError **error);
/* Reads the JSON every time; mdg_kb_open() (mdg-kb-open.h) goes through the compiled cache. */
MdgKb              *mdg_kb_new_from_file (const char *path, GError **error);
MdgKb              *mdg_kb_new_from_data (const char *data, gssize length,
                                          const char *origin, GError **error);

const char         *mdg_kb_get_date      (MdgKb *self);  /* YYYY-MM-DD */
const char         *mdg_kb_get_origin    (MdgKb *self);  /* file name or resource */
const MdgText      *mdg_kb_get_title     (MdgKb *self);
const MdgText      *mdg_kb_get_translation_note (MdgKb *self);
/* A GListModel of MdgCase, by number. */
GListModel         *mdg_kb_get_cases     (MdgKb *self);
guint               mdg_kb_get_n_cases   (MdgKb *self);
MdgCase            *mdg_kb_get_case      (MdgKb *self, guint number); /* NULL if none */
const MdgActorInfo *mdg_kb_get_actor     (MdgKb *self, MdgActor actor);
GPtrArray          *mdg_kb_get_areas     (MdgKb *self);  /* MdgArea* */
const MdgArea      *mdg_kb_get_area      (MdgKb *self, const char *id);
GPtrArray          *mdg_kb_get_glossary  (MdgKb *self);  /* MdgTerm* */
GPtrArray          *mdg_kb_get_contacts  (MdgKb *self);  /* MdgContact* */
GPtrArray          *mdg_kb_get_updates   (MdgKb *self);  /* MdgUpdate* */
/* Section 2: 医療機関窓口での主要な対応. */
const MdgText      *mdg_kb_get_summary_actor (MdgKb *self);
const MdgText      *mdg_kb_get_summary_intro (MdgKb *self);
GPtrArray          *mdg_kb_get_summary_items (MdgKb *self); /* MdgText* */
/* Synonym groups: GPtrArray of GPtrArray of char*. */
GPtrArray          *mdg_kb_get_synonyms  (MdgKb *self);
/* Readings: pairs of (reading, term), char* each, flattened. */
GPtrArray          *mdg_kb_get_readings  (MdgKb *self);

char         *mdg_escape_excerpt (const char *text,
                                  guint       max_chars);

G_END_DECLS
