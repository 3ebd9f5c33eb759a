#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the libFuzzer targets in fuzz/ under AddressSanitizer and
# UndefinedBehaviorSanitizer, side by side, each for SECONDS (default 60).
#
#   bash tools/fuzz.sh                  # kb and normalize, 60 s each (as the CI does)
#   bash tools/fuzz.sh 3600 kb          # the loader for an hour
#   bash tools/fuzz.sh 600 kb normalize search
#
# Targets: kb (the knowledge-base loader), normalize (the search normaliser),
# search (queries, highlighting, suggestions), cache (the compiled cache's
# reader). Builds with clang into
# $MADOGUCHI_SANITIZE_BUILDDIR (default _build-sanitize, shared with
# tools/sanitize.sh). What a target learns is kept in BUILDDIR/fuzz-corpus/, so
# runs build on each other; the seed corpora in fuzz/ are only read.
#
# A crash, a leak, undefined behaviour, a failed check or an input slower than
# 10 s stops that target, leaves the input in BUILDDIR/fuzz-artifacts/ and makes
# the script exit 1. Keep such an input as a regression test: fix the bug, then
# copy the file into fuzz/regressions/TARGET/ with a name that says what it was
# (the fuzz-replay-TARGET tests run every file there).
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1

seconds="${1:-60}"
shift || true
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(kb normalize)
case "$seconds" in
  ''|*[!0-9]*) echo "usage: $0 [SECONDS] [kb|normalize|search|cache]..." >&2; exit 2 ;;
esac
for t in "${targets[@]}"; do
  [ -f "fuzz/fuzz-$t.c" ] || { echo "fuzz.sh: no target '$t'" >&2; exit 2; }
done

builddir="${MADOGUCHI_SANITIZE_BUILDDIR:-_build-sanitize}"
source tools/sanitize-env.sh
sanitize_setup "$builddir" || exit 1
ninja -C "$builddir" "${targets[@]/#/fuzz/fuzz-}" >&2 || exit 1

mkdir -p "$builddir/fuzz-artifacts" "$builddir/fuzz-logs"
pids=()
for t in "${targets[@]}"; do
  mkdir -p "$builddir/fuzz-corpus/$t"
  options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
           -artifact_prefix="$builddir/fuzz-artifacts/$t-")
  case "$t" in
    kb) options+=(-dict=fuzz/kb.dict) ;;
    # A cache of the smallest knowledge base is some 15 kB.
    cache) options+=(-max_len=65536) ;;
    *) options+=(-max_len=1024) ;;
  esac
  echo "fuzz-$t: ${seconds} s" >&2
  "$builddir/fuzz/fuzz-$t" "${options[@]}" \
    "$builddir/fuzz-corpus/$t" "fuzz/corpus-$t" "fuzz/regressions/$t" \
    >"$builddir/fuzz-logs/$t.log" 2>&1 &
  pids+=($!)
done

status=0
for i in "${!targets[@]}"; do
  t="${targets[$i]}"
  log="$builddir/fuzz-logs/$t.log"
  wait "${pids[$i]}"
  rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
  corpus=$(ls "$builddir/fuzz-corpus/$t" | wc -l)
  if [ "$rc" -eq 0 ]; then
    echo "fuzz-$t: ok, ${runs:-?} inputs in ${seconds} s, ${cov:-?} edges covered, $corpus inputs learnt"
  else
    status=1
    echo "fuzz-$t: FAILED (exit $rc) after ${runs:-?} inputs; the log ends:"
    grep -v -E '^#[0-9]+.*(NEW|REDUCE|pulse)' "$log" | tail -n 40
    artifact=$(sed -n "s/.*Test unit written to //p" "$log" | tail -n 1)
    [ -n "$artifact" ] && echo "fuzz-$t: the input is $artifact; once fixed, copy it into fuzz/regressions/$t/"
  fi
done
exit "$status"
