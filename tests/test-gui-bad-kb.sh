#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# test-gui-bad-kb.sh MADOGUCHI — the real program, started as a desk starts it,
# with a broken knowledge-base file: from --kb, and from the administrator's
# kb-file setting (a GSettings keyfile). Each time the window must come up, say
# on stderr which file is broken and why, keep running on the bundled knowledge
# base, and quit cleanly with Ctrl+Q. The command-line modes must fail in one
# sentence with exit status 1. Needs an X display and xdotool. Prints TAP.
set -u
. "$(dirname "$0")/x11-wait.sh"

madoguchi="$1"
if [ -z "${DISPLAY:-}" ]; then echo "1..0 # SKIP no display"; exit 0; fi
command -v xdotool >/dev/null || { echo "1..0 # SKIP xdotool is not installed"; exit 0; }

tmp=$(mktemp -d)
pid=""
cleanup () {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

n=0
failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; sed 's/^/# /' "$tmp/log" 2>/dev/null | tail -n 20; }
check () { if eval "$2"; then ok "$1"; else not_ok "$1"; fi; }

export GTK_A11Y=none NO_AT_BRIDGE=1 GSK_RENDERER=cairo GDK_BACKEND=x11 LANGUAGE=en
export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/madoguchi-test
export XDG_CONFIG_HOME="$tmp/config"
export GSETTINGS_BACKEND=keyfile
mkdir -p "$XDG_CONFIG_HOME/glib-2.0/settings"

# xvfb-run may hand over a display that does not accept clients yet (seen under the
# sanitizer build): wait until it answers before the first window.
wait_display

printf '{ "format": 1, "cases": [' > "$tmp/truncated.json"
printf '{ "format": 1, "date": "<b>&amp;</b>" }' > "$tmp/markup.json"

set_kb_file () {
  printf "[io/github/madoguchi/Madoguchi]\nkb-file='%s'\n" "$1" \
    > "$XDG_CONFIG_HOME/glib-2.0/settings/keyfile"
}

# run_window NAME EXPECTED-IN-STDERR ARGS… — starts the window, checks it, quits it.
run_window () {
  local name="$1" expected="$2" win="" status
  shift 2
  "$madoguchi" "$@" >"$tmp/log" 2>&1 &
  pid=$!
  wait_window "$pid" 90
  check "$name: the window opens" '[ -n "$win" ]'
  check "$name: stderr names the file and the problem" 'grep -qF -- "$expected" "$tmp/log"'
  sleep 1
  check "$name: it keeps running" 'kill -0 "$pid" 2>/dev/null'
  if [ -n "$win" ]; then
    xdotool windowfocus --sync "$win" 2>/dev/null
    xdotool key --clearmodifiers ctrl+q
  fi
  if ! wait_exit "$pid" 30; then
    not_ok "$name: Ctrl+Q quits"
    kill "$pid"
    wait "$pid" 2>/dev/null
  else
    wait "$pid"
    status=$?
    check "$name: Ctrl+Q quits with status 0 (got $status)" '[ "$status" -eq 0 ]'
  fi
  pid=""
}

set_kb_file ""
run_window "--kb truncated" "$tmp/truncated.json:1:26: unexpected end of the file" \
  --kb "$tmp/truncated.json"
run_window "--kb missing" "$tmp/missing.json: cannot be read" --kb "$tmp/missing.json"
run_window "--kb markup" "expected a date as YYYY-MM-DD, got “<b>&amp;</b>”" --kb "$tmp/markup.json"

set_kb_file "$tmp/truncated.json"
run_window "kb-file truncated" "$tmp/truncated.json:1:26: unexpected end of the file"
set_kb_file "$tmp"
run_window "kb-file a folder" "expected a file, got a folder"
set_kb_file ""

# The batch modes: one sentence, exit 1, no window.
for mode in "--list" "--search 010" "--check-kb"; do
  if [ "$mode" = "--check-kb" ]; then
    "$madoguchi" --check-kb "$tmp/truncated.json" >"$tmp/log" 2>&1
  else
    # shellcheck disable=SC2086
    "$madoguchi" --kb "$tmp/truncated.json" $mode >"$tmp/log" 2>&1
  fi
  status=$?
  check "$mode with a broken file: exit 1 (got $status)" '[ "$status" -eq 1 ]'
  check "$mode with a broken file: one line naming the problem" \
    '[ "$(wc -l < "$tmp/log")" -eq 1 ] && grep -qF "truncated.json:1:26: unexpected end of the file" "$tmp/log"'
done

echo "1..$n"
[ "$failed" -eq 0 ]
