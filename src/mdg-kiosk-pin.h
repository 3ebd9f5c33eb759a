/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mdg-kiosk-pin.h — the administrator's PIN that ends the kiosk. GLib only.
 *
 * The PIN is never stored: GSettings' kiosk-unlock-hash holds "SALT:HEX", where
 * HEX is the lowercase SHA-256 of SALT followed directly by the PIN. An
 * administrator makes one with
 *
 *     printf '%s' 'SALT''PIN' | sha256sum
 *
 * (see README.md). An empty or malformed value means no PIN unlocks the kiosk.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when @stored is a usable "salt:hexdigest" value. */
gboolean  mdg_kiosk_pin_is_set   (const char *stored);
/* TRUE when @pin matches @stored; compares in constant time. */
gboolean  mdg_kiosk_pin_check    (const char *stored,
                                  const char *pin);
/* "salt:hexdigest" for @salt and @pin; for tests and documentation. */
char     *mdg_kiosk_pin_hash     (const char *salt,
                                  const char *pin);

G_END_DECLS
