#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# test-markup-pdf.sh MADOGUCHI MARKUP_KB — texts holding <, >, &, quotes and Pango
# tags come out of the PDF exports literally: the staff sheet, the patient
# sheet and a handout, in English and Japanese, read back with pdftotext.
# Prints TAP.
set -u

madoguchi="$1"
kb="$2"
command -v pdftotext >/dev/null || { echo "1..0 # SKIP pdftotext (poppler-utils) is not installed"; exit 0; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LANGUAGE=en GSETTINGS_BACKEND=memory

n=0
failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }

mark='<b>&amp;</b> "x" '"'"'y'"'"' <span foreground="red">'

# export NAME ARGS… — exports, then looks for the marker in the text.
export_pdf () {
  local name="$1" text status count
  shift
  rm -f "$tmp/out.pdf"
  "$madoguchi" --kb "$kb" --date 2026-05-03 "$@" --output "$tmp/out.pdf" >"$tmp/log" 2>&1
  status=$?
  if [ "$status" -ne 0 ] || [ ! -s "$tmp/out.pdf" ]; then
    not_ok "$name: exported (exit $status)"
    sed 's/^/# /' "$tmp/log" | head -n 5
    return
  fi
  # Lines are wrapped and pages broken anywhere: compare with the white space
  # of the text made single spaces, and hyphenation is not used.
  text=$(pdftotext -enc UTF-8 "$tmp/out.pdf" - | tr -s ' \n\t\f' ' ')
  count=$(printf '%s' "$text" | grep -oF -- "$mark" | wc -l)
  if [ "$count" -gt 0 ]; then
    ok "$name: the marker shows literally ($count times)"
  else
    not_ok "$name: the marker shows literally"
    printf '%s\n' "$text" | grep -oE '.{0,30}(amp|span|<b>).{0,30}' | head -n 5 | sed 's/^/# /'
  fi
  # Nothing was taken for markup: no lone "&" where "&amp;" was written, and the
  # tags are still there.
  if printf '%s' "$text" | grep -qF '<b>&amp;</b>' &&
     ! printf '%s' "$text" | grep -qE '(^|[^<])b>& "x"'; then
    ok "$name: no markup was interpreted"
  else
    not_ok "$name: no markup was interpreted"
  fi
}

export_pdf "staff sheet" --export-sheet
export_pdf "staff sheet in Japanese" --export-sheet --language ja
export_pdf "patient sheet" --export-patient-sheet --language en
export_pdf "handout" --export-handout 2 --language en
export_pdf "handout in Japanese" --export-handout 2 --language ja

echo "1..$n"
[ "$failed" -eq 0 ]
