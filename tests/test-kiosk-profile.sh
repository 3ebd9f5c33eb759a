#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The example dconf lockdown in data/kiosk/: every key it sets or locks is in
# the schema, every value is read back by GSettings as written (dconf parses
# the keyfile without the schema, so a bare 90 for a "u" key would be an int32
# that GSettings ignores), and the locked keys are not writable.
# Usage: test-kiosk-profile.sh KIOSK_DIR COMPILED_SCHEMA_DIR SCHEMA_XML
set -euo pipefail
kiosk="$1"
schemas="$2"
schema_xml="$3"
schema_id=io.github.madoguchi.Madoguchi
path=/io/github/madoguchi/Madoguchi/
keyfile="$kiosk/db/local.d/50-madoguchi"
locks="$kiosk/db/local.d/locks/50-madoguchi"
profile="$kiosk/profile/user"
command -v gsettings >/dev/null || { echo "gsettings not found"; exit 77; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GSETTINGS_SCHEMA_DIR="$schemas"
fail=0

grep -qx 'user-db:user' "$profile" || { echo "FAIL: $profile: no user-db:user"; fail=1; }
grep -qx 'system-db:local' "$profile" || { echo "FAIL: $profile: no system-db:local"; fail=1; }

# Static checks against the schema: names, the group, and a type annotation
# on every value whose type GVariant text cannot guess.
python3 - "$schema_xml" "$keyfile" "$locks" "$path" <<'PY' || fail=1
import re, sys
import xml.etree.ElementTree as ET

schema_xml, keyfile, locks, path = sys.argv[1:]
types = {k.get("name"): k.get("type") for k in ET.parse(schema_xml).getroot().iter("key")}
# Types whose values GVariant text reads right without an annotation.
plain = {"s": r"'", "b": r"(true|false)$", "i": r"-?\d+$", "d": r"-?\d+\.\d*$", "as": r"\["}
annotation = {"u": "uint32 ", "x": "int64 ", "t": "uint64 ", "n": "int16 ", "q": "uint16 ", "y": "byte "}
errors = []
group = None
for n, line in enumerate(open(keyfile, encoding="utf-8"), 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    if line.startswith("["):
        group = line
        if group != "[" + path.strip("/") + "]":
            errors.append("%s:%d: group %s is not [%s]" % (keyfile, n, group, path.strip("/")))
        continue
    key, _, value = line.partition("=")
    if key not in types:
        errors.append("%s:%d: %s is not a key of the schema" % (keyfile, n, key))
    elif types[key] in annotation:
        if not value.startswith(annotation[types[key]]):
            errors.append("%s:%d: %s is of type %s: write %s%s" % (keyfile, n, key, types[key], annotation[types[key]], value))
    elif types[key] in plain and not re.match(plain[types[key]], value):
        errors.append("%s:%d: %s=%s does not look like a value of type %s" % (keyfile, n, key, value, types[key]))
for n, line in enumerate(open(locks, encoding="utf-8"), 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    if not line.startswith(path) or line[len(path):] not in types:
        errors.append("%s:%d: %s is not a key of the schema" % (locks, n, line))
for e in errors:
    print("FAIL:", e)
if not errors:
    print("ok: every key set or locked is in the schema, with values of its type")
sys.exit(1 if errors else 0)
PY

for key in kiosk-mode kiosk-idle-seconds kiosk-allow-printing clinic-name; do
  grep -qx "$path$key" "$locks" || { echo "FAIL: $locks does not lock $key"; fail=1; }
done

# The real thing where dconf is installed: compile the database, read it
# through GSettings' dconf backend, and ask which keys are writable.
if command -v dconf >/dev/null && compgen -G '/usr/lib/*/gio/modules/libdconfsettings.so' >/dev/null; then
  mkdir -p "$tmp/db/local.d/locks" "$tmp/config"
  cp "$keyfile" "$tmp/db/local.d/"
  cp "$locks" "$tmp/db/local.d/locks/"
  dconf compile "$tmp/local" "$tmp/db/local.d"
  printf 'user-db:user\nfile-db:%s\n' "$tmp/local" > "$tmp/profile"
  read_dconf() {
    XDG_CONFIG_HOME="$tmp/config" DCONF_PROFILE="$tmp/profile" GSETTINGS_BACKEND=dconf \
      gsettings "$1" "$schema_id" "$2" 2>/dev/null
  }
  while IFS= read -r line; do
    case "$line" in ''|'#'*|'['*) continue ;; esac
    key=${line%%=*}
    value=${line#*=}
    got=$(read_dconf get "$key")
    # The same text stored by "gsettings set", which parses it with the key's type.
    want=$(XDG_CONFIG_HOME="$tmp/check" GSETTINGS_BACKEND=keyfile \
           bash -c 'gsettings set "$1" "$2" "$3" && gsettings get "$1" "$2"' _ "$schema_id" "$key" "$value" 2>&1) \
      || { echo "FAIL: $key=$value is not a valid value: $want"; fail=1; continue; }
    if [ "$got" != "$want" ]; then
      echo "FAIL: dconf gives $key as $got, not $want: GSettings ignored the value"
      fail=1
    else
      echo "ok: $key = $got"
    fi
  done < "$keyfile"
  for key in $(gsettings list-keys "$schema_id"); do
    if grep -qx "$path$key" "$locks"; then expect=false; else expect=true; fi
    got=$(read_dconf writable "$key")
    [ "$got" = "$expect" ] || { echo "FAIL: $key writable is $got, expected $expect"; fail=1; }
  done
  [ "$(read_dconf get kiosk-mode)" = true ] || { echo "FAIL: the example does not start the kiosk"; fail=1; }
  echo "ok: dconf compile, values and locks read back through GSettings"
else
  echo "# dconf-cli or the dconf GSettings backend is not installed: only the static checks ran"
fi
exit "$fail"
