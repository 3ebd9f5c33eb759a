#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# kiosk-x11.sh COMMAND… — runs COMMAND on a private X server (Xvfb) with the
# openbox window manager, as on a real desk: without a window manager X has no
# fullscreen and no Alt+F4. The screen is $KIOSK_SCREEN (default 1920x1080x24).
# The exit status is COMMAND's; 77 (skip) when Xvfb or openbox is missing.
set -u

if [ -z "${KIOSK_X11_INNER:-}" ]; then
  for tool in xvfb-run Xvfb openbox xdotool; do
    command -v "$tool" >/dev/null 2>&1 || { echo "1..0 # SKIP $tool is not installed"; exit 77; }
  done
  export KIOSK_X11_INNER=1
  exec xvfb-run -a -s "-screen 0 ${KIOSK_SCREEN:-1920x1080x24} -nolisten tcp -noreset" "$0" "$@"
fi

# The kiosk session's own openbox configuration (data/kiosk/openbox: one
# desktop, no key or mouse bindings), as the README tells a desk to install
# it; KIOSK_OPENBOX_DEFAULT=1 keeps openbox's defaults instead.
wm_config=$(mktemp -d)
if [ -z "${KIOSK_OPENBOX_DEFAULT:-}" ]; then
  mkdir -p "$wm_config/openbox"
  cp "$(dirname "$0")/../data/kiosk/openbox/rc.xml" "$(dirname "$0")/../data/kiosk/openbox/menu.xml" \
     "$wm_config/openbox/"
fi
# openbox is not ours: no malloc perturbation or slice settings of the test run.
env -u MALLOC_PERTURB_ -u G_SLICE XDG_CONFIG_HOME="$wm_config" openbox --sm-disable >/dev/null 2>&1 &
wm=$!
trap 'kill "$wm" 2>/dev/null; wait "$wm" 2>/dev/null; rm -rf "$wm_config"' EXIT

# openbox is ready when it announces itself on the root window: until then
# "xdotool get_desktop" fails (no _NET_CURRENT_DESKTOP). On a busy machine
# that can take seconds; without a window manager the tests mean nothing.
ready=""
for _ in $(seq 1 600); do
  if xdotool get_desktop >/dev/null 2>&1; then
    ready=1
    break
  fi
  sleep 0.05
done
if [ -z "$ready" ]; then
  echo "Bail out! openbox did not start within 30 s"
  exit 1
fi

"$@"
