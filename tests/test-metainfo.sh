#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The built metainfo: appstreamcli validate --no-net, then what a software
# centre and the About window need from it. Usage: test-metainfo.sh BUILT.metainfo.xml
set -euo pipefail
metainfo="$1"
command -v appstreamcli >/dev/null || { echo "appstreamcli not found (appstream)"; exit 77; }

# --strict: infos and warnings fail too; only pedantic hints (such as the
# upper-case letter in our reverse-DNS id) pass.
echo "# appstreamcli validate --no-net --strict $metainfo"
appstreamcli validate --no-net --strict --explain "$metainfo"

python3 - "$metainfo" <<'PY'
import sys
import xml.etree.ElementTree as ET

root = ET.parse(sys.argv[1]).getroot()
errors = []

def check(cond, what):
    if not cond:
        errors.append(what)

def text(path):
    el = root.find(path)
    return el.text.strip() if el is not None and el.text else None

app_id = "io.github.madoguchi.Madoguchi"
check(root.tag == "component" and root.get("type") == "desktop-application", "component type desktop-application")
check(text("id") == app_id, "id " + app_id)
check(text("metadata_license") == "CC0-1.0", "metadata_license CC0-1.0")
check(text("project_license") == "GPL-3.0-or-later", "project_license GPL-3.0-or-later")
check(text("name") == "Madoguchi", "name")
check(text("summary"), "summary")
check(len(root.findall("description/p")) >= 2, "a description of two paragraphs or more")
check(text("developer_name") or text("developer/name"), "developer name")

homepage = [u.text for u in root.findall("url") if u.get("type") == "homepage"]
check(len(homepage) == 1 and homepage[0].startswith("https://"), "one https homepage url")

launchable = root.find("launchable")
check(launchable is not None and launchable.get("type") == "desktop-id"
      and launchable.text == app_id + ".desktop", "launchable desktop-id")
check(text("provides/binary") == "madoguchi", "provides binary madoguchi")
translation = root.find("translation")
check(translation is not None and translation.get("type") == "gettext"
      and translation.text == "madoguchi", "translation gettext madoguchi")

rating = root.find("content_rating")
check(rating is not None and rating.get("type") == "oars-1.1", "content_rating oars-1.1")

shots = root.findall("screenshots/screenshot")
check(len(shots) >= 1, "screenshots")
check(sum(1 for s in shots if s.get("type") == "default") == 1, "exactly one default screenshot")
for s in shots:
    url = (s.findtext("image") or "").strip()
    check(url.startswith("https://raw.githubusercontent.com/") and "/docs/screenshots/" in url
          and url.endswith(".png"), "screenshot url under docs/screenshots/: " + url)
    check(s.findtext("caption"), "screenshot caption for " + url)

releases = root.findall("releases/release")
check(any(r.get("version") == "0.1.0" and r.get("date") == "2026-11-26" for r in releases),
      "release 0.1.0 dated 2026-11-26")

for e in errors:
    print("FAIL: metainfo needs", e)
if not errors:
    print("ok:", sys.argv[1])
sys.exit(1 if errors else 0)
PY
