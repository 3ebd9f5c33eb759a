#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The app icons: well-formed SVG at the sizes GNOME expects, and a symbolic
# icon drawn with fills only (GTK recolours fills; a stroke would keep its
# colour and vanish on a dark theme). Usage: test-icons.sh ICONS_DIR
set -euo pipefail
dir="$1"
app_id=io.github.madoguchi.Madoguchi
python3 - "$dir/hicolor/scalable/apps/$app_id.svg" "$dir/hicolor/symbolic/apps/$app_id-symbolic.svg" <<'PY'
import re, sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
errors = []

def load(path):
    try:
        return ET.parse(path).getroot()
    except (OSError, ET.ParseError) as e:
        errors.append("%s: %s" % (path, e))
        return None

app = load(sys.argv[1])
if app is not None:
    if app.tag != SVG + "svg":
        errors.append("app icon: not an SVG")
    if (app.get("width"), app.get("height"), app.get("viewBox")) != ("128", "128", "0 0 128 128"):
        errors.append("app icon: must be a 128×128 canvas")
    if app.find(".//" + SVG + "text") is not None:
        errors.append("app icon: text does not scale; draw it")
    if app.find(".//" + SVG + "image") is not None:
        errors.append("app icon: no embedded bitmaps")

sym = load(sys.argv[2])
if sym is not None:
    if (sym.get("width"), sym.get("height"), sym.get("viewBox")) != ("16", "16", "0 0 16 16"):
        errors.append("symbolic icon: must be a 16×16 canvas")
    colours = set()
    for el in sym.iter():
        if el.get("stroke") not in (None, "none") or "stroke:" in (el.get("style") or ""):
            errors.append("symbolic icon: <%s> has a stroke" % el.tag.replace(SVG, ""))
        for attr in ("fill",):
            v = el.get(attr)
            if v not in (None, "none"):
                colours.add(v.lower())
        if el.tag in (SVG + "linearGradient", SVG + "radialGradient", SVG + "image", SVG + "text"):
            errors.append("symbolic icon: no %s" % el.tag.replace(SVG, ""))
    if len(colours) > 1:
        errors.append("symbolic icon: one colour only, found %s" % sorted(colours))

for e in errors:
    print("FAIL:", e)
if not errors:
    print("ok: app icon 128×128, symbolic icon 16×16 in one colour, fills only")
sys.exit(1 if errors else 0)
PY
# Rendered, where librsvg's tool is installed: an SVG that parses as XML can still fail to draw.
if command -v rsvg-convert >/dev/null; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  rsvg-convert -w 128 -h 128 "$dir/hicolor/scalable/apps/$app_id.svg" -o "$tmp/app.png"
  rsvg-convert -w 16 -h 16 "$dir/hicolor/symbolic/apps/$app_id-symbolic.svg" -o "$tmp/symbolic.png"
  echo "ok: both render with rsvg-convert"
fi
