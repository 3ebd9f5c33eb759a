#!/usr/bin/env bash
# Builds Madoguchi (installing what it needs) and starts it from the build tree.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
builddir="${MADOGUCHI_BUILDDIR:-_build}"
export GSETTINGS_SCHEMA_DIR="$PWD/$builddir/data"
export MADOGUCHI_LOCALEDIR="$PWD/$builddir/po"
exec "$builddir/src/madoguchi" "$@"
