#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The GSettings schema: every key documented, and it compiles with --strict.
# Usage: test-schema.sh SCHEMA_SOURCE_DIR
set -euo pipefail
dir="$1"
schema="$dir/io.github.madoguchi.Madoguchi.gschema.xml"

python3 - "$schema" <<'PY'
import sys
import xml.etree.ElementTree as ET

root = ET.parse(sys.argv[1]).getroot()
errors = []
if root.get("gettext-domain") != "madoguchi":
    errors.append("schemalist needs gettext-domain=\"madoguchi\"")
keys = root.findall("schema/key")
if not keys:
    errors.append("no keys")
for key in keys:
    name = key.get("name")
    for field in ("summary", "description"):
        el = key.find(field)
        if el is None or not (el.text or "").strip():
            errors.append("key %s has no %s" % (name, field))
for e in errors:
    print("FAIL:", e)
if not errors:
    print("ok: %d keys, each with a summary and a description" % len(keys))
sys.exit(1 if errors else 0)
PY

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
glib-compile-schemas --strict --targetdir "$tmp" "$dir"
echo "ok: glib-compile-schemas --strict"
