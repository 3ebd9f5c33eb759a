/* test-settings.c — mdg_settings_lookup() and the clinic read from the
 * settings, with the memory backend and no display.
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mdg-settings.h"

static void
test_clinic (void)
{
  g_autoptr(GSettings) settings = mdg_settings_lookup ();
  g_autofree MdgClinic *empty = NULL;
  g_autofree MdgClinic *clinic = NULL;

  g_assert_nonnull (settings);

  /* The defaults are empty: the handout prints lines to fill in. */
  empty = mdg_settings_dup_clinic (settings);
  g_assert_cmpstr (empty->name, ==, "");
  g_assert_cmpstr (empty->phone, ==, "");
  g_assert_cmpstr (empty->note, ==, "");

  g_settings_set_string (settings, "clinic-name", "さくら内科クリニック");
  g_settings_set_string (settings, "clinic-phone", "03-1234-5678");
  g_settings_set_string (settings, "clinic-note", "受付 9:00–18:00");
  clinic = mdg_settings_dup_clinic (settings);
  g_assert_cmpstr (clinic->name, ==, "さくら内科クリニック");
  g_assert_cmpstr (clinic->phone, ==, "03-1234-5678");
  g_assert_cmpstr (clinic->note, ==, "受付 9:00–18:00");
  /* A copy: later changes do not reach it. */
  g_settings_set_string (settings, "clinic-name", "");
  g_assert_cmpstr (clinic->name, ==, "さくら内科クリニック");
}

/* A note of 100 KB made one handout take 95 s: each clinic setting is cut to
 * its limit, and the cut is said in one sentence. */
static void
test_clinic_limits (void)
{
  g_autoptr(GSettings) settings = mdg_settings_lookup ();
  g_autofree char *long_note = NULL;
  g_autofree char *long_phone = NULL;
  g_autofree MdgClinic *clinic = NULL;
  g_autofree char *cut = NULL;
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < 100 * 1024 / 3; i++)
    g_string_append (s, "受");
  long_note = g_string_free (s, FALSE);
  long_phone = g_strnfill (MDG_CLINIC_PHONE_MAX_CHARS + 1, '0');

  g_settings_set_string (settings, "clinic-name", "さくら内科クリニック");
  g_settings_set_string (settings, "clinic-phone", long_phone);
  g_settings_set_string (settings, "clinic-note", long_note);
  clinic = mdg_settings_dup_clinic (settings);
  g_assert_cmpstr (clinic->name, ==, "さくら内科クリニック");
  g_assert_cmpint (g_utf8_strlen (clinic->phone, -1), ==, MDG_CLINIC_PHONE_MAX_CHARS);
  g_assert_cmpint (g_utf8_strlen (clinic->note, -1), ==, MDG_CLINIC_NOTE_MAX_CHARS);
  g_assert_true (g_str_has_prefix (long_note, clinic->note));

  cut = mdg_settings_describe_cut_clinic (settings);
  g_assert_cmpstr (cut, ==, "The clinic-phone setting has 41 characters; only its first 40 are "
                   "printed. The clinic-note setting has 34133 characters; only its first 500 "
                   "are printed.");
  g_clear_pointer (&cut, g_free);

  g_settings_reset (settings, "clinic-phone");
  g_settings_reset (settings, "clinic-note");
  g_assert_null (mdg_settings_describe_cut_clinic (settings));
  g_settings_reset (settings, "clinic-name");
}

static void
test_no_settings (void)
{
  g_autofree MdgClinic *clinic = mdg_settings_dup_clinic (NULL);

  g_assert_null (clinic->name);
  g_assert_null (clinic->phone);
  g_assert_null (clinic->note);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/settings/clinic", test_clinic);
  g_test_add_func ("/settings/clinic-limits", test_clinic_limits);
  g_test_add_func ("/settings/no-settings", test_no_settings);

  return g_test_run ();
}
