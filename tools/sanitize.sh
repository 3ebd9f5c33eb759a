#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Madoguchi with clang, AddressSanitizer and UndefinedBehaviorSanitizer
# and runs the whole test suite under Xvfb. Any sanitizer report fails its
# test: UBSan and ASan stop at the first error.
#
#   bash tools/sanitize.sh              # every test
#   bash tools/sanitize.sh kb markup    # some tests (meson test arguments)
#
# Leaks: the core tests (suite "core": knowledge base, normaliser, search, fuzz
# replays), which use no GTK and no cairo, run with leak detection and fail on
# any leak. The other tests run without it: GTK, fontconfig, Pango, Mesa and
# cairo's PDF backend keep memory until exit on purpose or by their own bugs,
# and ASan's fast unwinder cannot tell those apart from ours (the slow one makes
# the GTK tests ten times slower). tests/lsan.supp lists the library leaks seen,
# for a run with leak detection on everything:
#   ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0 bash tools/sanitize.sh markup
# valgrind (tools/valgrind.sh) checks the core tests for leaks too.
#
# The build goes to $MADOGUCHI_SANITIZE_BUILDDIR (default _build-sanitize,
# shared with tools/fuzz.sh); the results are in its meson-logs/, as
# sanitize-core.json and sanitize-other.json.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1

builddir="${MADOGUCHI_SANITIZE_BUILDDIR:-_build-sanitize}"
source tools/sanitize-env.sh
sanitize_setup "$builddir" || exit 1
ninja -C "$builddir" >&2 || exit 1

export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
rm -f "$builddir"/meson-logs/sanitize-*.json

# Slower under the sanitizers: give each test three times its time.
run () {
  local logbase="$1"
  shift
  xvfb-run -a -s '-screen 0 1280x800x24 -noreset' \
    meson test -C "$builddir" --logbase "$logbase" --print-errorlogs --num-processes 2 \
    --timeout-multiplier 3 "$@"
}

if [ "$#" -gt 0 ]; then
  run sanitize-other "$@"
  exit $?
fi

# The whole stack of each allocation, so that the suppressions can name the
# library function that keeps it (the fast unwinder stops in GLib).
ASAN_OPTIONS="$ASAN_OPTIONS:fast_unwind_on_malloc=0" run sanitize-core --suite core
status=$?
ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=0" run sanitize-other --no-suite core --no-suite no-sanitizer || status=1
exit "$status"
