#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Madoguchi (installing what it needs) and starts it from the build tree,
# in the build's development environment (schemas and translations found there),
# in the caller's directory so that relative paths such as --output mean what they say.
set -euo pipefail
here=$PWD
cd "$(dirname "$0")/.."
bash tools/setup.sh
builddir="${MADOGUCHI_BUILDDIR:-_build}"
exec meson devenv -C "$builddir" -w "$here" madoguchi "$@"
