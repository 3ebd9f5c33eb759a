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
  g_test_add_func ("/settings/no-settings", test_no_settings);

  return g_test_run ();
}
