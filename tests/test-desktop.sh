#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The built desktop entry: desktop-file-validate, and the fields the app and
# the metainfo rely on. Usage: test-desktop.sh BUILT.desktop
set -euo pipefail
desktop="$1"
command -v desktop-file-validate >/dev/null || { echo "desktop-file-validate not found (desktop-file-utils)"; exit 77; }

echo "# desktop-file-validate $desktop"
out=$(desktop-file-validate "$desktop" 2>&1) || { echo "$out"; exit 1; }
# Hints are advice, but none is expected: print them so they are seen.
[ -z "$out" ] || echo "$out"
[ -z "$out" ] || { echo "FAIL: desktop-file-validate had something to say"; exit 1; }

fail=0
want() {
  grep -qx -- "$1" "$desktop" || { echo "FAIL: $desktop has no line '$1'"; fail=1; }
}
want 'Type=Application'
want 'Exec=madoguchi'
want 'Icon=io.github.madoguchi.Madoguchi'
want 'Actions=kiosk;'
want 'Exec=madoguchi --kiosk'
grep -q '^Keywords=.*オンライン資格確認' "$desktop" || { echo "FAIL: Japanese keywords missing"; fail=1; }
[ "$fail" -eq 0 ] && echo "ok: $desktop"
exit "$fail"
