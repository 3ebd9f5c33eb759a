# SPDX-License-Identifier: GPL-3.0-or-later
# x11-wait.sh — sourced by the shell tests that drive real windows with xdotool.
# Waits are deadlines in seconds, not counts of polls: under the sanitizer
# build and strace a window can take ten times as long to map.

# wait_display [SECONDS] — until the X server accepts clients.
wait_display () {
  local deadline=$((SECONDS + ${1:-30}))
  while [ "$SECONDS" -lt "$deadline" ]; do
    xdotool getdisplaygeometry >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  return 1
}

# wait_window PID [SECONDS] [child] — sets win to the first visible window of
# PID (of PID's child with "child", for a program started under strace).
# Gives up early when PID has ended.
wait_window () {
  local owner="$1" deadline=$((SECONDS + ${2:-60})) of="$1"
  win=""
  while [ "$SECONDS" -lt "$deadline" ]; do
    [ "${3:-}" = child ] && of=$(pgrep -P "$owner" | head -n 1)
    [ -n "$of" ] && win=$(xdotool search --onlyvisible --pid "$of" 2>/dev/null | head -n 1)
    [ -n "$win" ] && return 0
    kill -0 "$owner" 2>/dev/null || return 1
    sleep 0.05
  done
  return 1
}

# wait_exit PID [SECONDS] — true once PID has ended.
wait_exit () {
  local deadline=$((SECONDS + ${2:-20}))
  while [ "$SECONDS" -lt "$deadline" ]; do
    kill -0 "$1" 2>/dev/null || return 0
    sleep 0.05
  done
  ! kill -0 "$1" 2>/dev/null
}
