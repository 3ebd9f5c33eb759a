/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-kiosk-window-private.h — in-app API of MdgKioskWindow, for the tests,
 * and its instance structure, shared by the kiosk's files. */
#pragma once

#include "mdg-kiosk-print.h"
#include "mdg-kiosk-window.h"
#include "mdg-search.h"

G_BEGIN_DECLS

/* Prints the handout of @kase in @lang straight to the default printer and
 * calls @done (with @done_data) once it is sent or has failed; the kiosk
 * calls it only when kiosk-allow-printing is on. The default is
 * mdg_kiosk_print_handout(). */
typedef void (*MdgKioskPrintFunc) (MdgKioskWindow    *self,
                                   MdgCase           *kase,
                                   const char        *lang,
                                   MdgKioskPrintDone  done,
                                   gpointer           done_data,
                                   gpointer           user_data);

/* Overrides kiosk-idle-seconds, so that a test waits milliseconds. */
void           mdg_kiosk_window_set_idle_timeout_ms (MdgKioskWindow    *self,
                                                     guint              timeout_ms);
guint          mdg_kiosk_window_get_idle_timeout_ms (MdgKioskWindow    *self);
/* Replaces the printing, so that a test never reaches a printer. */
void           mdg_kiosk_window_set_print_func      (MdgKioskWindow    *self,
                                                     MdgKioskPrintFunc  func,
                                                     gpointer           user_data);

/* The state an idle reset must clear. */
const char    *mdg_kiosk_window_get_language        (MdgKioskWindow    *self);
/* "start", "cases", "case", "language" or "unlock". */
const char    *mdg_kiosk_window_get_page            (MdgKioskWindow    *self);
const MdgArea *mdg_kiosk_window_get_area            (MdgKioskWindow    *self);
MdgCase       *mdg_kiosk_window_get_case            (MdgKioskWindow    *self);
const char    *mdg_kiosk_window_get_query           (MdgKioskWindow    *self);
GtkEditable   *mdg_kiosk_window_get_search_entry    (MdgKioskWindow    *self);
const char    *mdg_kiosk_window_get_pin_text        (MdgKioskWindow    *self);
guint          mdg_kiosk_window_get_inhibit_cookie  (MdgKioskWindow    *self);
/* The question of the start page, to see the language change. */
GtkLabel      *mdg_kiosk_window_get_question_label  (MdgKioskWindow    *self);
/* The widget that opens the PIN pad when held for three seconds. */
GtkWidget     *mdg_kiosk_window_get_unlock_corner   (MdgKioskWindow    *self);

/* What a long press on the corner does: opens the PIN pad, unless no PIN is
 * set. Returns whether it opened. */
gboolean       mdg_kiosk_window_begin_unlock        (MdgKioskWindow    *self);
/* Types @pin into the PIN pad and submits it; TRUE if it unlocked. */
/* Ends a PIN lock-out now, as if its wait were over. */
void           mdg_kiosk_window_end_lockout         (MdgKioskWindow    *self);
gboolean       mdg_kiosk_window_submit_pin          (MdgKioskWindow    *self,
                                                     const char        *pin);
/* Runs the idle reset now. */
void           mdg_kiosk_window_reset               (MdgKioskWindow    *self);

/* ------------------------------------------------------------------------ */
/* Between the kiosk's own files (mdg-kiosk-*.c)                            */
/* ------------------------------------------------------------------------ */

#define PIN_MAX_LENGTH      12
/* Error codes are three digits today; room for a longer one. */
#define CODE_MAX_LENGTH     8

struct _MdgKioskWindow
{
  AdwWindow          parent_instance;

  /* Template children */
  GtkWidget         *unlock_corner;
  GtkWidget         *case_first_block;
  GtkWidget         *home_button;
  GtkLabel          *home_label;
  GtkWidget         *back_button;
  GtkLabel          *back_label;
  GtkLabel          *clinic_label;
  GtkLabel          *title_label;
  GtkWidget         *title_box;
  gboolean           narrow;                /* no room for the title beside the buttons */
  GtkWidget         *language_button;
  GtkLabel          *language_button_label;
  GtkStack          *stack;
  GtkScrolledWindow *start_scroll;
  GtkBox            *start_box;
  GtkBox            *search_row;
  GtkWidget         *keypad_button;
  GtkLabel          *keypad_button_label;
  GtkScrolledWindow *code_scroll;
  GtkLabel          *code_title_label;
  GtkLabel          *code_digits_label;
  GtkGrid           *code_grid;
  GtkWidget         *code_search_button;
  GtkLabel          *code_search_label;
  GtkWidget         *code_delete_button;
  GtkScrolledWindow *cases_scroll;
  GtkScrolledWindow *case_scroll;
  GtkFlowBox        *language_flow;
  GtkLabel          *question_label;
  GtkLabel          *hint_label;
  GtkFlowBox        *area_flow;
  GtkLabel          *search_label;
  GtkSearchEntry    *search_entry;
  GtkWidget         *search_button;
  GtkLabel          *search_button_label;
  GtkLabel          *privacy_label;
  GtkLabel          *cases_title_label;
  GtkWidget         *cases_title_ruby;   /* in place of the label, for a title with ruby */
  GtkLabel          *cases_hint_label;
  GtkBox            *case_list_box;
  GtkBox            *case_box;
  GtkLabel          *language_title_label;
  GtkFlowBox        *language_page_flow;
  GtkLabel          *unlock_title_label;
  GtkLabel          *pin_dots_label;
  GtkLabel          *pin_message_label;
  GtkGrid           *pin_grid;
  GtkWidget         *pin_cancel_button;
  GtkLabel          *pin_cancel_label;
  GtkWidget         *pin_unlock_button;
  GtkLabel          *pin_unlock_label;
  GtkWidget         *pin_delete_button;

  MdgKb             *kb;
  MdgSearch         *search;
  GSettings         *settings;

  /* What the patient chose: all of it goes at the idle reset. */
  char              *language;
  const MdgArea     *area;
  char              *query;
  GString           *code;                  /* digits on the keypad */
  MdgCase           *kase;
  gboolean           case_from_list;
  const char        *page_before_language;
  const char        *page_before_unlock;
  GtkLabel          *print_status_label;
  const char        *print_status;          /* a msgid, or NULL */
  gboolean           printed;
  guint              visit;                 /* counts the pages shown */

  /* Idle reset */
  guint              idle_timeout_ms;
  gboolean           idle_timeout_overridden;
  gint64             last_input_us;
  guint              idle_source_id;

  /* Administrator unlock */
  GString           *pin;
  const char        *pin_message;           /* a msgid, or NULL */
  char              *pin_retry_time;        /* "14:05" in a lock-out message */
  guint              hold_source_id;
  guint              n_failures;
  gint64             locked_out_until_us;
  gboolean           unlocked;

  guint              inhibit_cookie;
  guint              refullscreen_source_id;
  gulong             surface_state_handler;
  gulong             surface_mapped_handler;
  gulong             surface_width_handler;
  gulong             surface_height_handler;
  gulong             x11_event_handler;
  gboolean           unmapped_by_wm;
  guint              n_refullscreen_tries;
  guint              represent_source_id;

  MdgKioskPrintFunc  print_func;
  gpointer           print_data;
};

/* mdg-kiosk-window.c */
void        mdg_kiosk_window_show_page            (MdgKioskWindow    *self,
                                                   const char        *name);
void        mdg_kiosk_window_update_layout        (MdgKioskWindow    *self,
                                                   int                width,
                                                   int                height);

/* mdg-kiosk-pages.c: the pages' contents, in the patient's language */
const char *mdg_kiosk_tr                          (MdgKioskWindow    *self,
                                                   const char        *msgid);
const char *mdg_kiosk_native_name_for             (const char        *tag);
void        mdg_kiosk_set_label                   (GtkLabel          *label,
                                                   const char        *text,
                                                   const char        *tag);
void        mdg_kiosk_set_accessible_label        (GtkWidget         *widget,
                                                   const char        *text);
void        mdg_kiosk_scroll_to_top               (GtkScrolledWindow *scroll);
void        mdg_kiosk_window_show_print_status    (MdgKioskWindow    *self);
void        mdg_kiosk_window_build_case           (MdgKioskWindow    *self);
GPtrArray  *mdg_kiosk_window_cases_in_area        (MdgKioskWindow    *self,
                                                   const MdgArea     *area);
void        mdg_kiosk_window_build_list           (MdgKioskWindow    *self);
void        mdg_kiosk_window_show_list            (MdgKioskWindow    *self);
void        mdg_kiosk_window_build_areas          (MdgKioskWindow    *self);
void        mdg_kiosk_window_build_languages      (MdgKioskWindow    *self);

/* mdg-kiosk-lockdown.c */
void        mdg_kiosk_window_lock_application     (MdgKioskWindow    *self,
                                                   GtkApplication    *app);
void        mdg_kiosk_window_init_lockdown        (MdgKioskWindow    *self);
void        mdg_kiosk_window_watch_surface        (MdgKioskWindow    *self);
void        mdg_kiosk_window_unwatch_surface      (MdgKioskWindow    *self);
void        mdg_kiosk_window_queue_refullscreen   (MdgKioskWindow    *self);

/* mdg-kiosk-actions.c */
void        mdg_kiosk_window_install_actions      (GtkWidgetClass    *widget_class);

/* mdg-kiosk-keypad.c: the error code's keypad and the administrator's PIN pad */
void        mdg_kiosk_window_install_keypad_actions (GtkWidgetClass  *widget_class);
void        mdg_kiosk_window_init_keypads         (MdgKioskWindow    *self);
void        mdg_kiosk_window_update_code_pad      (MdgKioskWindow    *self);
void        mdg_kiosk_window_update_pin_pad       (MdgKioskWindow    *self);

G_END_DECLS
