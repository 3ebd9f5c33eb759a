#!/usr/bin/env python3
"""Checks the contrast figures written in the style sheets.

Every line "contrast: NAME: #FG on #BG = R:1" in a CSS comment is recomputed
with the WCAG 2 formula: the figure must be right (to 0.1), at least 4.5:1
(text, WCAG 1.4.3), or 3:1 for "contrast (non-text): …" (edges and rules,
WCAG 1.4.11). The foreground must be used by the rules of that file and the
background by the rules of that file or of a file before it on the command
line (style-hc.css adds edges to the surfaces style.css colours), so that
the comment cannot drift away from the CSS, except a background named
"from Adwaita …", which the theme draws. Prints TAP.
"""
import re
import sys


def channel(c):
    c /= 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(hex_colour):
    h = hex_colour.lstrip('#')
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def ratio(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


LINE = re.compile(r'contrast( \(non-text\))?:\s*(.+?):\s*(#[0-9a-fA-F]{6}) on (#[0-9a-fA-F]{6}) = ([0-9.]+):1')

n = 0
failed = 0
earlier_rules = ''
for path in sys.argv[1:]:
    text = open(path, encoding='utf-8').read()
    rules = re.sub(r'/\*.*?\*/', '', text, flags=re.S).lower()
    found = LINE.findall(text)
    if not found:
        n += 1
        failed += 1
        print(f'not ok {n} - {path}: no contrast figures')
        continue
    for non_text, name, fg, bg, figure in found:
        n += 1
        actual = ratio(fg, bg)
        minimum = 3.0 if non_text else 4.5
        problems = []
        if abs(actual - float(figure)) > 0.051:
            problems.append(f'the ratio is {actual:.2f}, not {figure}')
        if actual < minimum:
            problems.append(f'{actual:.2f} is below {minimum}')
        if fg.lower() not in rules:
            problems.append(f'{fg} is not used by any rule')
        # A background the theme draws (named "from Adwaita …") is not ours.
        if 'from Adwaita' not in name and bg.lower() not in rules + earlier_rules:
            problems.append(f'{bg} is not used by any rule')
        if problems:
            failed += 1
            print(f'not ok {n} - {path}: {name}: ' + '; '.join(problems))
        else:
            print(f'ok {n} - {path}: {name}: {actual:.1f}:1')
    earlier_rules += rules

print(f'1..{n}')
sys.exit(1 if failed else 0)
