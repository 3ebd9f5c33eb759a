# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by tools/sanitize.sh and tools/fuzz.sh: the one clang build with
# AddressSanitizer and UndefinedBehaviorSanitizer that both use, and the
# sanitizer options of their runs.

# Every finding fails: UBSan stops at the first report instead of going on, and
# ASan reports leaks. G_SLICE=always-malloc lets ASan see GLib's small blocks.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:halt_on_error=1:strict_string_checks=1:print_summary=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:abort_on_error=1:print_stacktrace=1:print_summary=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-print_suppressions=0}"
export G_SLICE=always-malloc

sanitize_setup ()
{
  local builddir="$1"

  if ! command -v clang >/dev/null; then
    echo "clang is missing: install the packages of tools/packages.txt (bash tools/setup.sh)" >&2
    return 1
  fi
  if [ ! -f "$builddir/build.ninja" ]; then
    CC=clang meson setup "$builddir" \
      -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false >&2 || return 1
  fi
}
