#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Madoguchi (installing what it needs) and runs the whole test suite
# under Xvfb; then the robustness checks (docs/SECURITY.md): the suite again
# with AddressSanitizer and UndefinedBehaviorSanitizer, the core tests under
# valgrind, and the fuzz targets for 60 s each. Every test and check counts.
# Ends with "N passed, N failed"; exits non-zero on any failure.
#
# MADOGUCHI_QUICK=1 runs only the ordinary suite (for a fast look while working).
set -uo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh || { echo "0 passed, 1 failed"; exit 1; }
builddir="${MADOGUCHI_BUILDDIR:-_build}"
passed=0
failed=0

# count LOG — adds the results of a meson test log (testlog.json) to the totals.
count () {
  local p f
  read -r p f < <(python3 - "$1" <<'PY'
import json, sys
passed = failed = 0
try:
    with open(sys.argv[1]) as f:
        for line in f:
            try:
                r = json.loads(line).get("result")
            except ValueError:
                r = "UNREADABLE"
            if r in ("OK", "SKIP", "EXPECTEDFAIL"):
                passed += r == "OK"
            else:
                failed += 1
except OSError:
    failed += 1
print(passed, failed)
PY
)
  passed=$((passed + p))
  failed=$((failed + f))
  [ "$f" -eq 0 ] && [ "$p" -gt 0 ]
}

# check NAME STATUS — one check that passed (status 0) or failed.
check () {
  if [ "$2" -eq 0 ]; then
    passed=$((passed + 1))
    echo "check $1: passed"
  else
    failed=$((failed + 1))
    echo "check $1: FAILED"
  fi
}

sanitize_dir="${MADOGUCHI_SANITIZE_BUILDDIR:-$builddir-sanitize}"
if [ -z "${MADOGUCHI_QUICK:-}" ]; then
  # The core tests under valgrind and the sanitizer build need no display,
  # only processor time: they start now, at the lowest priority, and get the
  # processors while the ordinary suite's window tests wait on their windows
  # (most of its time), without taking them from those tests.
  rm -f "$builddir"/meson-logs/valgrind*.json
  MADOGUCHI_BUILDDIR="$builddir" nice -n 19 bash tools/valgrind.sh \
    >"$builddir/valgrind-output.txt" 2>&1 &
  valgrind_pid=$!
  (source tools/sanitize-env.sh && sanitize_setup "$sanitize_dir" &&
     nice -n 19 ninja -C "$sanitize_dir") >"$builddir/sanitize-build-output.txt" 2>&1 &
  sanitize_build_pid=$!
fi

rm -f "$builddir/meson-logs/testlog.json"
xvfb-run -a -s '-screen 0 1280x800x24 -noreset' \
  meson test -C "$builddir" --print-errorlogs --num-processes 2
status=$?
count "$builddir/meson-logs/testlog.json"
[ "$status" -eq 0 ] || [ "$failed" -gt 0 ] || failed=$((failed + 1))

if [ -z "${MADOGUCHI_QUICK:-}" ]; then
  # The whole suite again, built with clang, ASan and UBSan: each test counts.
  echo "== the test suite under AddressSanitizer and UndefinedBehaviorSanitizer"
  # The build started beside the ordinary suite; sanitize.sh says what failed.
  wait "$sanitize_build_pid"
  rm -f "$sanitize_dir"/meson-logs/sanitize-*.json
  MADOGUCHI_SANITIZE_BUILDDIR="$sanitize_dir" bash tools/sanitize.sh
  status=$?
  if [ -f "$sanitize_dir/meson-logs/sanitize-core.json" ]; then
    count "$sanitize_dir/meson-logs/sanitize-core.json"
    count "$sanitize_dir/meson-logs/sanitize-other.json"
  else
    check "sanitizer build" "$status"
  fi

  # The core tests under valgrind: each test counts.
  echo "== the core tests under valgrind (memcheck)"
  wait "$valgrind_pid"
  status=$?
  cat "$builddir/valgrind-output.txt"
  # meson names the log after the wrapper too: valgrind-valgrind.json.
  vglog=$(ls "$builddir"/meson-logs/valgrind*.json 2>/dev/null | head -n 1)
  if [ -n "$vglog" ]; then
    count "$vglog"
  else
    check "valgrind" "$status"
  fi

  # The fuzz targets, 60 s each, side by side, in the sanitizer build.
  echo "== fuzzing, 60 s per target"
  MADOGUCHI_SANITIZE_BUILDDIR="$sanitize_dir" bash tools/fuzz.sh 60 kb normalize cache \
    | tee "$sanitize_dir/fuzz-summary.txt"
  for target in kb normalize cache; do
    grep -q "^fuzz-$target: ok" "$sanitize_dir/fuzz-summary.txt" 2>/dev/null
    check "fuzz-$target (60 s)" $?
  done
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
