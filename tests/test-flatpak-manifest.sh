#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Flatpak manifest: flatpak-builder parses it, and it asks for no more
# than the app needs. (A real build needs the GNOME runtime, which cannot be
# downloaded here; see docs/FLATPAK.md.) Usage: test-flatpak-manifest.sh MANIFEST
set -euo pipefail
manifest="$1"
command -v flatpak-builder >/dev/null || { echo "flatpak-builder not found"; exit 77; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
flatpak-builder --show-manifest "$manifest" > "$tmp/manifest.json"

python3 - "$tmp/manifest.json" "$manifest" <<'PY'
import json, os, sys

m = json.load(open(sys.argv[1], encoding="utf-8"))
manifest_dir = os.path.dirname(os.path.abspath(sys.argv[2]))
errors = []

def check(cond, what):
    if not cond:
        errors.append(what)

check(m.get("id") == "io.github.madoguchi.Madoguchi", "id io.github.madoguchi.Madoguchi")
check(m.get("runtime") == "org.gnome.Platform", "runtime org.gnome.Platform")
check(m.get("sdk") == "org.gnome.Sdk", "sdk org.gnome.Sdk")
version = m.get("runtime-version", "")
check(version.isdigit() and int(version) >= 47, "a current runtime-version (47 or later), not %r" % version)
check(m.get("command") == "madoguchi", "command madoguchi")

args = m.get("finish-args", [])
for needed in ("--socket=wayland", "--socket=fallback-x11", "--share=ipc", "--device=dri"):
    check(needed in args, "finish-arg " + needed)
check("--socket=x11" not in args, "fallback-x11, not x11")
check("--share=network" not in args, "no network: the knowledge base is bundled")
check("--socket=cups" not in args, "printing through the portal, not the CUPS socket")
for a in args:
    check(not a.startswith("--filesystem"), "no filesystem access (files come through the portal): " + a)
    check(not a.startswith("--device=all"), "no --device=all")
    check(not a.startswith("--talk-name=org.freedesktop.Flatpak"), "no sandbox escape")
    check(a not in ("--socket=session-bus", "--socket=system-bus"), "no whole bus: " + a)

mods = m.get("modules", [])
app = [mod for mod in mods if isinstance(mod, dict) and mod.get("name") == "madoguchi"]
check(len(app) == 1, "one module named madoguchi")
if app:
    mod = app[0]
    check(mods[-1] is mod, "the app module comes last")
    check(mod.get("buildsystem") == "meson", "the app module is buildsystem meson")
    srcs = mod.get("sources", [])
    dirs = [s for s in srcs if s.get("type") == "dir"]
    check(len(dirs) == 1 and dirs[0].get("path") == "..", 'one "dir" source with path ".."')
    if dirs:
        tree = os.path.normpath(os.path.join(manifest_dir, dirs[0]["path"]))
        check(os.path.isfile(os.path.join(tree, "meson.build")), "the dir source is this tree: " + tree)

for e in errors:
    print("FAIL: manifest needs", e)
if not errors:
    print("ok: %s: runtime %s %s, finish-args %s" % (sys.argv[2], m["runtime"], version, " ".join(args)))
sys.exit(1 if errors else 0)
PY
