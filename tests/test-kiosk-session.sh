#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# test-kiosk-session.sh OTHER-WINDOW-COMMAND KIOSK-COMMAND… — the kiosk in its
# session (openbox with data/kiosk/openbox/rc.xml, started by kiosk-x11.sh),
# tried from outside as a patient or another program would: a right click on
# the bare desktop (openbox's root menu has a terminal), the desktop-switch
# keys and Alt+wheel, Alt+Tab, another program switching or adding desktops,
# moving the kiosk to another desktop, unmapping it, and another window
# covering it. After each, the kiosk must be shown and cover the screen.
#
# Run it through tests/kiosk-x11.sh. Prints TAP.
set -u
. "$(dirname "$0")/x11-wait.sh"

if [ "$#" -lt 2 ]; then
  echo "usage: $0 OTHER-WINDOW-COMMAND KIOSK-COMMAND…" >&2
  exit 2
fi
other_command=$1
shift

tmp=$(mktemp -d)
pid=""
other=""
cleanup () {
  for p in "$pid" "$other"; do
    if [ -n "$p" ] && kill -0 "$p" 2>/dev/null; then
      kill "$p" 2>/dev/null
      wait "$p" 2>/dev/null
    fi
  done
  rm -rf "$tmp"
}
trap cleanup EXIT

export XDG_CONFIG_HOME="$tmp/config"
export GSETTINGS_BACKEND=keyfile
mkdir -p "$XDG_CONFIG_HOME/glib-2.0/settings"
printf '[io/github/madoguchi/Madoguchi]\nkiosk-idle-seconds=uint32 3600\n' \
  > "$XDG_CONFIG_HOME/glib-2.0/settings/keyfile"

n=0
failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }

read -r screen_w screen_h < <(xdotool getdisplaygeometry)
visible_windows () { xdotool search --onlyvisible --name '' 2>/dev/null | wc -l; }

# 1. The bare desktop: a right click opens no menu (openbox's default root
#    menu offers a terminal).
before=$(visible_windows)
xdotool mousemove $((screen_w / 2)) $((screen_h / 2)) click 3
sleep 0.5
after=$(visible_windows)
xdotool key Escape
if [ "$after" -eq "$before" ]; then
  ok "a right click on the desktop opens no menu"
else
  not_ok "a right click on the desktop opens no menu ($before windows before, $after after)"
fi
if [ "$(xdotool get_num_desktops)" = 1 ]; then
  ok "the session has one desktop"
else
  not_ok "the session has one desktop ($(xdotool get_num_desktops))"
fi

"$@" >"$tmp/log" 2>&1 &
pid=$!
wait_window "$pid" 90
if [ -z "$win" ]; then
  not_ok "the kiosk shows a window"
  cat "$tmp/log" >&2
  echo "1..$n"
  exit 1
fi

covers_screen () {
  local WIDTH=0 HEIGHT=0 X=-1 Y=-1 WINDOW SCREEN
  eval "$(xdotool getwindowgeometry --shell "$win" 2>/dev/null)"
  [ "$WIDTH" = "$screen_w" ] && [ "$HEIGHT" = "$screen_h" ] && [ "$X" = 0 ] && [ "$Y" = 0 ]
}

# The kiosk runs, is shown on the current desktop, covers the screen, and
# has the focus; within a few seconds.
check () {
  local what=$1 shown=""
  for _ in $(seq 1 100); do
    if xdotool search --onlyvisible --pid "$pid" 2>/dev/null | grep -qx "$win" &&
       covers_screen && [ "$(xdotool getactivewindow 2>/dev/null)" = "$win" ]; then
      shown=1
      break
    fi
    sleep 0.05
  done
  if ! kill -0 "$pid" 2>/dev/null; then
    not_ok "$what: the kiosk ended"
  elif [ -z "$shown" ]; then
    not_ok "$what: the kiosk is not shown over the whole screen with the focus" \
           "(active $(xdotool getactivewindow 2>/dev/null), desktop $(xdotool get_desktop))"
  else
    ok "$what"
  fi
}
check "starts fullscreen with the focus"

# 2. The window manager's keys and wheel, with default bindings.
for key in ctrl+alt+Right ctrl+alt+Left ctrl+alt+Up alt+Tab alt+shift+Tab super+Tab \
           shift+alt+Right ctrl+alt+d; do
  xdotool key --clearmodifiers "$key"
  check "key $key"
done
xdotool mousemove $((screen_w / 2)) $((screen_h / 2)) keydown alt click 4 click 4 click 5 keyup alt
check "Alt + mouse wheel"
xdotool mousemove $((screen_w / 2)) $((screen_h / 2)) click 3
check "a right click on the kiosk"

# 3. Another program adds desktops and switches: the kiosk is on all of them.
xdotool set_num_desktops 3
sleep 0.3
xdotool set_desktop 2
check "another program switches to desktop 3"
xdotool set_desktop 0
xdotool set_desktop_for_window "$win" 1
sleep 0.3
check "the kiosk is moved to another desktop"
xdotool set_desktop 1
sleep 0.3
xdotool set_desktop 0
check "switched to and fro"
xdotool set_num_desktops 1

# 4. Unmapped from outside.
xdotool windowunmap "$win"
check "unmapped by another program"

# 5. Covered by another window.
$other_command >"$tmp/other.log" 2>&1 &
other=$!
sleep 3
check "another window opens over it"
xdotool search --onlyvisible --pid "$other" 2>/dev/null | head -n 1 | while read -r w; do
  xdotool windowactivate "$w" 2>/dev/null
done
check "the other window is activated"
kill "$other" 2>/dev/null
wait "$other" 2>/dev/null
other=""

echo "1..$n"
[ "$failed" -eq 0 ]
