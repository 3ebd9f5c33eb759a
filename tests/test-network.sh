#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# test-network.sh MADOGUCHI KB_JSON — Madoguchi never uses the network.
#
# Each way of running it goes under strace, which records every socket(),
# connect(), bind(), listen() and sendto()/sendmsg() with an address, in every
# thread and child: the staff window (a search typed into it, then Ctrl+Q), the
# kiosk, the command line (list, search, check, PDF export). The only sockets
# allowed are local ones: AF_UNIX (the X server, D-Bus) and AF_NETLINK (GLib's
# watch on network changes, which reads the kernel's tables and sends nothing
# out). No AF_INET or AF_INET6 socket may even be created. Prints TAP.
set -u
. "$(dirname "$0")/x11-wait.sh"

madoguchi="$1"
kb="$2"
command -v strace >/dev/null || { echo "1..0 # SKIP strace is not installed"; exit 0; }

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
not_ok () { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }

export GTK_A11Y=none NO_AT_BRIDGE=1 GSK_RENDERER=cairo GDK_BACKEND=x11 LANGUAGE=en
export GSETTINGS_BACKEND=memory
trace_calls=socket,socketpair,connect,bind,listen,accept,accept4,sendto,sendmsg

# check NAME TRACE — the verdict on one strace log.
check () {
  local name="$1" trace="$2" calls bad
  if [ ! -s "$trace" ]; then
    not_ok "$name: strace wrote nothing"
    return
  fi
  calls=$(grep -cE '(socket|connect|bind|listen)\(' "$trace")
  # Any internet address family, anywhere: in socket(), connect(), bind() or
  # an address given to sendto()/sendmsg().
  bad=$(grep -E 'AF_INET|PF_INET|sin_port|sin6_' "$trace")
  if [ -n "$bad" ]; then
    not_ok "$name: uses the network"
    printf '%s\n' "$bad" | head -n 20 | sed 's/^/# /'
    return
  fi
  # Every socket is a local one.
  bad=$(grep -E '(^|[] ])socket\(' "$trace" | grep -vE 'socket\((AF|PF)_(UNIX|LOCAL|NETLINK),')
  if [ -n "$bad" ]; then
    not_ok "$name: opens a socket that is not local"
    printf '%s\n' "$bad" | head -n 20 | sed 's/^/# /'
    return
  fi
  ok "$name: only local sockets ($calls calls)"
  grep -oE 'connect\([0-9]+, \{sa_family=AF_UNIX, sun_path=[^}]*' "$trace" | sort | uniq -c \
    | sed 's/^/#   /'
}

# The command line, with no display at all.
cli () {
  local name="$1"
  shift
  env -u DISPLAY -u WAYLAND_DISPLAY strace -f -q -e trace="$trace_calls" -o "$tmp/trace" \
    "$madoguchi" "$@" >"$tmp/out" 2>&1
  check "$name" "$tmp/trace"
}
cli "--list" --list
cli "--search" --search 'ほけんしょう 無効'
cli "--check-kb" --check-kb "$kb"
cli "--kb --search" --kb "$kb" --search 010
if "$madoguchi" --help 2>&1 | grep -q -- --export-sheet; then
  cli "--export-sheet" --kb "$kb" --export-sheet --output "$tmp/sheet.pdf"
fi

# A window, traced from its start until it has quit.
window () {
  local name="$1" quit="$2" win=""
  shift 2
  # Under the sanitizer build the X server has been seen to refuse a client
  # for a moment ("cannot open display"): wait for it, and try once more.
  for attempt in 1 2; do
    wait_display 30
    strace -f -q -e trace="$trace_calls" -o "$tmp/trace" "$madoguchi" "$@" >"$tmp/out" 2>&1 &
    pid=$!
    # The window belongs to madoguchi, strace's child.
    wait_window "$pid" 90 child
    [ -n "$win" ] && break
    wait "$pid" 2>/dev/null
    grep -q "cannot open display" "$tmp/out" || break
  done
  if [ -n "$win" ]; then
    ok "$name: the window opens"
    xdotool windowfocus --sync "$win" 2>/dev/null
    # A search typed as staff or patients type: it runs the whole search path.
    xdotool type --delay 20 '010 hoken'
    sleep 1
    xdotool key --clearmodifiers BackSpace BackSpace ctrl+a Delete
    sleep 1
  else
    not_ok "$name: the window opens"
    sed 's/^/# /' "$tmp/out" | tail -n 20 >&2
  fi
  if [ "$quit" = ctrl+q ] && [ -n "$win" ]; then
    xdotool key --clearmodifiers ctrl+q
  else
    kill -TERM "$pid" 2>/dev/null
  fi
  wait_exit "$pid" 30
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  pid=""
  check "$name" "$tmp/trace"
}

if [ -n "${DISPLAY:-}" ] && command -v xdotool >/dev/null; then
  # With a session bus when there is one (D-Bus is a local socket too), and
  # without one, as the tests usually run.
  window "staff window" ctrl+q
  window "staff window with --kb" ctrl+q --kb "$kb"
  window "kiosk" term --kiosk
else
  echo "# no display or no xdotool: the windows are not traced"
fi

echo "1..$n"
[ "$failed" -eq 0 ]
