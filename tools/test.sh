#!/usr/bin/env bash
# Builds Madoguchi (installing what it needs) and runs the whole test suite
# under Xvfb. Ends with "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh || { echo "0 passed, 1 failed"; exit 1; }
builddir="${MADOGUCHI_BUILDDIR:-_build}"

rm -f "$builddir/meson-logs/testlog.json"
xvfb-run -a -s '-screen 0 1280x800x24' \
  meson test -C "$builddir" --print-errorlogs --num-processes 2
status=$?

read -r passed failed < <(python3 - "$builddir/meson-logs/testlog.json" <<'PY'
import json, sys
passed = failed = 0
try:
    with open(sys.argv[1]) as f:
        for line in f:
            r = json.loads(line).get("result")
            if r in ("OK", "SKIP", "EXPECTEDFAIL"):
                passed += r == "OK"
            else:
                failed += 1
except OSError:
    failed += 1
print(passed, failed)
PY
)
[ "$status" -eq 0 ] || [ "$failed" -gt 0 ] || failed=1
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
