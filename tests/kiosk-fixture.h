/* kiosk-fixture.h — the fixture and helpers of the test-kiosk program
 * (kiosk-fixture.c), and the tests its other files register.
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mdg-application.h"
#include "mdg-kiosk-window-private.h"

G_BEGIN_DECLS

typedef struct {
  MdgApplication *app;
  MdgKioskWindow *window;
  GSettings      *settings;
  guint           n_prints;
} Fixture;

/* What the session manager of our own has been asked (under lock). */
typedef struct {
  GMutex   lock;
  GCond    cond;
  gboolean ready;
  gboolean available;
  guint    next_cookie;
  guint    inhibited_cookie;
  guint    inhibited_flags;
  guint    n_inhibit;
  guint    n_uninhibit;
  guint    uninhibited_cookie;
} KioskSessionManager;

extern KioskSessionManager sm;

/* TRUE when a session bus is there and we now play its session manager. */
gboolean    start_session_manager (void);

/* Spins until @check is TRUE or @ms have passed; returns @check. */
#define spin_until(check, ms) \
  G_STMT_START { \
    gint64 _end = g_get_monotonic_time () + (ms) * 1000; \
    while (!(check) && g_get_monotonic_time () < _end) \
      spin (10); \
  } G_STMT_END

void        fixture_set_up        (Fixture       *fixture,
                                   gconstpointer  data);
void        fixture_tear_down     (Fixture       *fixture,
                                   gconstpointer  data);
/* A test of the kiosk window at /kiosk/NAME, with the bundled knowledge base. */
#define KIOSK_ADD(name, func) \
  g_test_add ("/kiosk/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

gboolean    covers_monitor        (MdgKioskWindow *window);
guint       count_toplevels       (void);
void        assert_kiosk_intact   (Fixture    *fixture);
char       *all_label_text        (Fixture    *fixture);
GPtrArray  *visible_texts         (Fixture    *fixture);
GtkWidget  *find_button_by_label  (Fixture    *fixture,
                                   const char *accessible_label);
const char *kiosk_text            (const char *lang,
                                   const char *msgid);
void        set_pin               (Fixture    *fixture,
                                   const char *pin);

/* test-kiosk-layout.c: /kiosk/layout... */
void        kiosk_layout_add_tests   (void);
/* test-kiosk-printing.c: /kiosk/printing/cups... */
void        kiosk_printing_add_tests (void);

G_END_DECLS
