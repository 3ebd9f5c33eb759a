#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the core tests (knowledge base, normaliser, search, and the fuzz
# replays) under valgrind's memcheck: any invalid read or write, use of
# uninitialised memory or definite leak fails the test.
#
#   bash tools/valgrind.sh              # kb normalize search fuzz-replay-kb …
#   bash tools/valgrind.sh kb           # only some tests (meson test names)
#
# Uses the ordinary build ($MADOGUCHI_BUILDDIR, default _build), made first
# with tools/setup.sh; the results are in its meson-logs/valgrind-valgrind.json.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1

builddir="${MADOGUCHI_BUILDDIR:-_build}"
tests=("$@")
[ "${#tests[@]}" -gt 0 ] ||
  tests=(kb normalize search kb-cache fuzz-replay-kb fuzz-replay-normalize fuzz-replay-search fuzz-replay-cache)

command -v valgrind >/dev/null || { echo "valgrind is missing: bash tools/setup.sh" >&2; exit 1; }
[ -f "$builddir/build.ninja" ] || bash tools/setup.sh >&2 || exit 1
ninja -C "$builddir" >&2 || exit 1

# G_SLICE=always-malloc: GLib's slice allocator would hide blocks from memcheck.
# The GLib type system's registrations are "possibly lost" or "still reachable",
# never "definitely lost", so only definite leaks count.
export G_SLICE=always-malloc G_DEBUG=gc-friendly
# The tests skip what only tests scale (tests/test-kb-robust.c: budgets), which the
# ordinary and the sanitizer runs do in full.
export MADOGUCHI_UNDER_VALGRIND=1
wrapper="valgrind --tool=memcheck --error-exitcode=1 --leak-check=full
  --errors-for-leak-kinds=definite --show-leak-kinds=definite --track-origins=yes
  --num-callers=30 --suppressions=$PWD/tests/valgrind.supp --quiet"

# Its own log, apart from the ordinary suite's: meson-logs/valgrind-valgrind.json
# (meson adds the wrapper's name).
rm -f "$builddir"/meson-logs/valgrind*.json
meson test -C "$builddir" --logbase valgrind --print-errorlogs --num-processes 2 \
  --timeout-multiplier 20 --wrapper "$wrapper" "${tests[@]}"
