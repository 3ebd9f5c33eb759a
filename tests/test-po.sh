#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Translations (owner: i18n). Extracts the strings the way `ninja madoguchi-pot`
# does (meson's i18n.gettext(preset: 'glib'): xgettext over po/POTFILES.in),
# merges po/ja.po with them in a temporary directory, and checks that the
# Japanese translation is complete: no untranslated and no fuzzy message, and
# `msgfmt -c --check-format` passes. Every other po/*.po only has to pass
# `msgfmt -c --check-format` (they translate the kiosk and handout strings).
# Nothing in the source tree is written.
# Usage: test-po.sh SOURCE_ROOT
set -uo pipefail

src="${1:?usage: test-po.sh SOURCE_ROOT}"
src="$(cd "$src" && pwd)"
po="$src/po"
# English diagnostics from the gettext tools, UTF-8 input and output.
export LC_ALL=C.UTF-8 LANGUAGE=

for tool in xgettext msgmerge msgfmt msgattrib; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "1..0 # SKIP $tool not found (install gettext)"
    exit 0
  fi
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

n=0
failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=1; echo "not ok $n - $1"; }
# Prints the message ids of a PO file, with their places, as TAP comments.
list_msgids () {
  grep -E '^(#:|msgctxt|msgid)' "$1" | grep -v '^msgid ""$' | sed 's/^/#   /'
}

# 1. The template, with the arguments meson's glib preset passes to xgettext
#    (see `ninja -v madoguchi-pot`: meson --internal gettext pot runs
#    xgettext --package-name=madoguchi -p po -f po/POTFILES.in -D SOURCE_ROOT
#    -k_ -o madoguchi.pot followed by these). xgettext finds the GtkBuilder,
#    .desktop, metainfo and GSettings schema rules by the file names.
glib_preset_args=(
  --from-code=UTF-8 --add-comments
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format
  --flag=g_dngettext:2:pass-c-format
  --flag=g_strdup_printf:1:c-format --flag=g_string_printf:2:c-format
  --flag=g_string_append_printf:2:c-format --flag=g_error_new:3:c-format
  --flag=g_set_error:4:c-format --flag=g_markup_printf_escaped:1:c-format
  --flag=g_log:3:c-format --flag=g_print:1:c-format --flag=g_printerr:1:c-format
  --flag=g_printf:1:c-format --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format
  --flag=g_snprintf:3:c-format
)
pot="$tmp/madoguchi.pot"
if (cd "$src" && xgettext --package-name=madoguchi -f po/POTFILES.in -D "$src" -k_ \
      -o "$pot" "${glib_preset_args[@]}") 2>"$tmp/xgettext.log" && [ -s "$pot" ]; then
  ok "xgettext extracts $(grep -c '^msgid ' "$pot") message ids from po/POTFILES.in"
else
  not_ok "xgettext over po/POTFILES.in"
  sed 's/^/#   /' "$tmp/xgettext.log"
fi

# Every file POTFILES.in names exists (xgettext would have failed), and every
# language in LINGUAS has its PO file.
missing_po=""
while read -r lang; do
  [ -f "$po/$lang.po" ] || missing_po="$missing_po $lang"
done < <(sed -e 's/#.*//' "$po/LINGUAS" | tr -s ' \t' '\n' | grep -v '^$')
if [ -z "$missing_po" ]; then
  ok "every language in po/LINGUAS has a PO file"
else
  not_ok "po/LINGUAS names languages without a PO file:$missing_po"
fi

# 2. ja.po merged with the fresh template: complete, nothing fuzzy.
if [ -s "$pot" ]; then
  merged="$tmp/ja.po"
  if msgmerge --quiet --no-fuzzy-matching -o "$merged" "$po/ja.po" "$pot" 2>"$tmp/msgmerge.log"; then
    msgattrib --no-obsolete -o "$merged" "$merged"
    stats="$(msgfmt -c --check-format --statistics -o /dev/null "$merged" 2>&1)"
    status=$?
    echo "# ja (merged with the current strings): $(printf '%s\n' "$stats" | tail -n 1)"
    msgattrib --untranslated --no-obsolete --no-wrap -o "$tmp/untranslated.po" "$merged"
    msgattrib --only-fuzzy --no-obsolete --no-wrap -o "$tmp/fuzzy.po" "$merged"
    untranslated=$(grep -c '^msgid ' "$tmp/untranslated.po" 2>/dev/null || true)
    fuzzy=$(grep -c '^msgid ' "$tmp/fuzzy.po" 2>/dev/null || true)
    untranslated=${untranslated:-0}
    fuzzy=${fuzzy:-0}
    # msgattrib keeps the header entry in its output.
    [ "$untranslated" -gt 0 ] && untranslated=$((untranslated - 1))
    [ "$fuzzy" -gt 0 ] && fuzzy=$((fuzzy - 1))
    # A header marked fuzzy counts as a fuzzy message too.
    if grep -q '^#, fuzzy' "$tmp/fuzzy.po" 2>/dev/null && [ "$fuzzy" -eq 0 ]; then
      fuzzy=1
    fi

    if [ "$status" -eq 0 ]; then
      ok "ja: msgfmt -c --check-format passes"
    else
      not_ok "ja: msgfmt -c --check-format fails"
      printf '%s\n' "$stats" | sed 's/^/#   /'
    fi
    if [ "$untranslated" -eq 0 ] && ! grep -q 'untranslated' <<<"$stats"; then
      ok "ja: no untranslated message"
    else
      not_ok "ja: $untranslated untranslated messages (new strings: run ninja madoguchi-pot, msgmerge and translate them)"
      list_msgids "$tmp/untranslated.po"
    fi
    if [ "$fuzzy" -eq 0 ] && ! grep -q 'fuzzy' <<<"$stats"; then
      ok "ja: no fuzzy message"
    else
      not_ok "ja: $fuzzy fuzzy messages (check them and remove the fuzzy flag)"
      list_msgids "$tmp/fuzzy.po"
    fi
  else
    not_ok "ja: msgmerge po/ja.po with the template"
    sed 's/^/#   /' "$tmp/msgmerge.log"
  fi
fi

# 3. Every PO file as it is in the tree (ja.po included) is well-formed.
for file in "$po"/*.po; do
  name="$(basename "$file")"
  if out="$(msgfmt -c --check-format -o /dev/null "$file" 2>&1)"; then
    ok "$name: msgfmt -c --check-format passes"
  else
    not_ok "$name: msgfmt -c --check-format fails"
    printf '%s\n' "$out" | sed 's/^/#   /'
  fi
done

echo "1..$n"
exit "$failed"
