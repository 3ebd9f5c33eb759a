#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# test-kiosk-keys.sh KIOSK-COMMAND… — the kiosk against keys and a window
# manager, from outside, as a patient at the touch screen (or a keyboard left
# on the desk) would try: Ctrl+Q, Ctrl+W, Alt+F4, Escape, F11, the inspector's
# keys, the window manager's own keys; held down and repeated fast. After each,
# the kiosk must still run, alone and covering the whole screen. Then the
# administrator's unlock (press and hold the top-left corner for three seconds,
# type the PIN) ends it, and a signal ends it from outside.
#
# Run it through tests/kiosk-x11.sh (Xvfb with openbox). Prints TAP.
set -u
. "$(dirname "$0")/x11-wait.sh"

if [ "$#" -lt 1 ]; then
  echo "usage: $0 KIOSK-COMMAND…" >&2
  exit 2
fi

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

# The settings of a locked-down desk, in a keyfile only this test reads.
salt="keys-test"
pin="2468"
digest=$(printf '%s' "$salt$pin" | sha256sum | cut -d' ' -f1)
export XDG_CONFIG_HOME="$tmp/config"
export GSETTINGS_BACKEND=keyfile
mkdir -p "$XDG_CONFIG_HOME/glib-2.0/settings"
cat > "$XDG_CONFIG_HOME/glib-2.0/settings/keyfile" <<EOF
[io/github/madoguchi/Madoguchi]
kiosk-unlock-hash='$salt:$digest'
kiosk-idle-seconds=uint32 3600
EOF

n=0
failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }

read -r screen_w screen_h < <(xdotool getdisplaygeometry)

start_kiosk () {
  "$@" >"$tmp/log" 2>&1 &
  pid=$!
  wait_window "$pid" 90
  # Fullscreen comes a moment after the window maps.
  for _ in $(seq 1 100); do
    covers_screen && break
    sleep 0.05
  done
}

covers_screen () {
  local WIDTH=0 HEIGHT=0 X=-1 Y=-1 WINDOW SCREEN
  [ -n "$win" ] || return 1
  eval "$(xdotool getwindowgeometry --shell "$win" 2>/dev/null)"
  [ "$WIDTH" = "$screen_w" ] && [ "$HEIGHT" = "$screen_h" ] && [ "$X" = 0 ] && [ "$Y" = 0 ]
}

# The kiosk still runs, has exactly one visible window (no dialog, no
# inspector) and it covers the screen.
check () {
  local what=$1 windows
  sleep 0.3
  for _ in $(seq 1 40); do
    covers_screen && break
    sleep 0.05
  done
  windows=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | wc -l)
  if ! kill -0 "$pid" 2>/dev/null; then
    not_ok "$what: the kiosk ended"
  elif [ "$windows" -ne 1 ]; then
    not_ok "$what: $windows visible windows"
  elif ! covers_screen; then
    not_ok "$what: the window no longer covers the screen ($(xdotool getwindowgeometry "$win" | tr '\n' ' '))"
  else
    ok "$what"
  fi
}

start_kiosk "$@"
if [ -z "$win" ]; then
  not_ok "the kiosk shows a window"
  cat "$tmp/log" >&2
  exit 1
fi
xdotool windowactivate --sync "$win" 2>/dev/null || xdotool windowfocus --sync "$win"
check "starts fullscreen (${screen_w}x${screen_h})"

# Single presses.
for key in ctrl+q ctrl+w alt+F4 Escape F11 F10 F1 ctrl+p ctrl+o ctrl+comma ctrl+question \
           ctrl+shift+i ctrl+shift+d super+d alt+Escape alt+Tab; do
  xdotool key --clearmodifiers "$key"
  check "key $key"
done
# The window manager's window menu: nothing in it may end or shrink the kiosk.
xdotool key --clearmodifiers alt+space
sleep 0.3
xdotool key Escape
check "key alt+space (window menu), then Escape"

# Held down: the server repeats the key for as long as it is held.
for key in alt+F4 ctrl+q ctrl+w Escape F11; do
  xdotool keydown "$key"
  sleep 1.5
  xdotool keyup "$key"
  check "key $key held for 1.5 s"
done

# Fast repeats, and all of them mixed as fast as possible.
for key in ctrl+q alt+F4 Escape F11; do
  xdotool key --clearmodifiers --repeat 50 --delay 5 "$key"
  check "key $key 50 times, 5 ms apart"
done
xdotool key --clearmodifiers --delay 2 \
  ctrl+q alt+F4 Escape F11 ctrl+w ctrl+shift+i alt+F4 ctrl+q Escape F11 \
  ctrl+q alt+F4 Escape F11 ctrl+w ctrl+shift+d alt+F4 ctrl+q Escape F11
check "twenty mixed keys, 2 ms apart"

# A storm of taps on the screen while keys are pressed.
xdotool mousemove $((screen_w / 2)) $((screen_h / 2)) click --repeat 40 --delay 10 1
xdotool key --clearmodifiers --repeat 20 --delay 5 alt+F4
check "forty taps and twenty Alt+F4"

# The window manager, asked from outside.
xdotool windowminimize "$win"
sleep 0.5
check "minimised by the window manager"
xdotool windowsize "$win" 640 480 2>/dev/null
check "resized by the window manager"
xdotool windowmove "$win" 100 100 2>/dev/null
check "moved by the window manager"

# A short press on the corner opens nothing: the PIN digits typed after it
# do not end the kiosk.
xdotool mousemove 56 40 mousedown 1
sleep 0.8
xdotool mouseup 1
xdotool type --delay 30 "$pin"
xdotool key Return
check "a short press on the corner, then the PIN"

# The unlock: hold the corner for three seconds, a wrong PIN first.
xdotool mousemove 56 40 mousedown 1
sleep 3.4
xdotool mouseup 1
sleep 0.3
xdotool type --delay 30 "1111"
xdotool key Return
check "press and hold, then a wrong PIN"
xdotool type --delay 30 "$pin"
xdotool key Return
if ! wait_exit "$pid" 30; then
  not_ok "press and hold, then the right PIN ends the kiosk"
else
  wait "$pid"
  status=$?
  if [ "$status" -eq 0 ]; then
    ok "press and hold, then the right PIN ends the kiosk"
  else
    not_ok "press and hold, then the right PIN ends the kiosk (exit status $status)"
  fi
fi
pid=""

# GTK_DEBUG=interactive must not bring the inspector.
export GTK_DEBUG=interactive
start_kiosk "$@"
unset GTK_DEBUG
sleep 1.5
check "GTK_DEBUG=interactive opens no inspector"

# A signal ends it from outside.
kill -TERM "$pid"
if ! wait_exit "$pid" 30; then
  not_ok "SIGTERM ends the kiosk"
else
  ok "SIGTERM ends the kiosk"
fi
wait "$pid" 2>/dev/null
pid=""

echo "1..$n"
[ "$failed" -eq 0 ]
