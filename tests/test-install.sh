#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a temporary DESTDIR and runs the installed binary:
# the files land where desktops look for them, and `madoguchi --list` prints
# every case of the bundled knowledge base.
# Usage: test-install.sh BUILD_DIR PREFIX SOURCE_DIR
set -euo pipefail
build="$1"
prefix="$2"
source="$3"
app_id=io.github.madoguchi.Madoguchi

dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT

# --no-rebuild: meson test has already built everything, and a ninja run
# from inside a test of the same build directory would fight over its lock.
meson install -C "$build" --no-rebuild --destdir "$dest" --quiet
root="$dest$prefix"
fail=0
for f in \
  bin/madoguchi \
  share/applications/$app_id.desktop \
  share/metainfo/$app_id.metainfo.xml \
  share/icons/hicolor/scalable/apps/$app_id.svg \
  share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg \
  share/glib-2.0/schemas/$app_id.gschema.xml \
  share/doc/madoguchi/kiosk/README.md \
  share/doc/madoguchi/kiosk/profile/user \
  share/doc/madoguchi/kiosk/db/local.d/50-madoguchi \
  share/doc/madoguchi/kiosk/db/local.d/locks/50-madoguchi
do
  [ -e "$root/$f" ] || { echo "FAIL: not installed: $prefix/$f"; fail=1; }
done
[ -x "$root/bin/madoguchi" ] || { echo "FAIL: $prefix/bin/madoguchi is not executable"; fail=1; }
[ "$fail" -eq 0 ] || exit 1
echo "ok: installed files in place"

command -v desktop-file-validate >/dev/null && desktop-file-validate "$root/share/applications/$app_id.desktop"
command -v appstreamcli >/dev/null && appstreamcli validate --no-net --strict "$root/share/metainfo/$app_id.metainfo.xml" >/dev/null

# gnome.post_install() skips schema compilation under DESTDIR, as packagers
# expect; do it here so that the installed binary finds its schema.
glib-compile-schemas --strict "$root/share/glib-2.0/schemas"

expected=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1], encoding="utf-8"))["cases"]))' \
           "$source/resources/kb.json")
set +e
out=$(env -u DISPLAY -u WAYLAND_DISPLAY GSETTINGS_SCHEMA_DIR="$root/share/glib-2.0/schemas" \
      GSETTINGS_BACKEND=memory GTK_A11Y=none \
      "$root/bin/madoguchi" --list 2>"$dest/stderr")
status=$?
set -e
lines=$(printf '%s' "$out" | grep -c . || true)
echo "# $prefix/bin/madoguchi --list: exit $status, $lines lines (the bundled knowledge base has $expected cases)"
printf '%s\n' "$out" | head -3
if [ "$status" -ne 0 ] || [ "$lines" -ne "$expected" ]; then
  echo "FAIL: expected exit 0 and $expected lines"
  cat "$dest/stderr"
  exit 1
fi
# Every line is "number<TAB>symptom".
if printf '%s\n' "$out" | grep -vqP '^\d+\t\S'; then
  echo "FAIL: a line is not 'number<TAB>symptom'"
  exit 1
fi
echo "ok: the installed madoguchi lists $lines cases without a display"
