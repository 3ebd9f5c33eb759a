/* mdg-kiosk-pin.c
 *
 * Copyright 2026 The Madoguchi developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "mdg-kiosk-pin.h"

#define DIGEST_LEN 64   /* SHA-256 in hex */

/* The salt is everything before the last colon, so a salt may itself
 * contain colons; the digest never does. */
static gboolean
split_stored (const char  *stored,
              char       **salt,
              const char **digest)
{
  const char *colon;

  if (stored == NULL || (colon = strrchr (stored, ':')) == NULL)
    return FALSE;
  if (strlen (colon + 1) != DIGEST_LEN)
    return FALSE;
  for (const char *p = colon + 1; *p != '\0'; p++)
    if (!g_ascii_isxdigit (*p))
      return FALSE;

  *salt = g_strndup (stored, colon - stored);
  *digest = colon + 1;
  return TRUE;
}

gboolean
mdg_kiosk_pin_is_set (const char *stored)
{
  g_autofree char *salt = NULL;
  const char *digest;

  return split_stored (stored, &salt, &digest);
}

char *
mdg_kiosk_pin_hash (const char *salt,
                    const char *pin)
{
  g_autofree char *salted = NULL;
  g_autofree char *digest = NULL;

  g_return_val_if_fail (salt != NULL, NULL);
  g_return_val_if_fail (pin != NULL, NULL);

  salted = g_strconcat (salt, pin, NULL);
  digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, salted, -1);
  return g_strconcat (salt, ":", digest, NULL);
}

gboolean
mdg_kiosk_pin_check (const char *stored,
                     const char *pin)
{
  g_autofree char *salt = NULL;
  g_autofree char *salted = NULL;
  g_autofree char *digest = NULL;
  const char *expected;
  guint diff = 0;

  if (pin == NULL || *pin == '\0')
    return FALSE;
  if (!split_stored (stored, &salt, &expected))
    return FALSE;

  salted = g_strconcat (salt, pin, NULL);
  digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, salted, -1);

  /* Every character is compared, whatever the first difference, so that the
   * time taken says nothing about how much of the PIN was right. */
  for (guint i = 0; i < DIGEST_LEN; i++)
    diff |= (guint) (g_ascii_tolower (digest[i]) ^ g_ascii_tolower (expected[i]));

  return diff == 0;
}
