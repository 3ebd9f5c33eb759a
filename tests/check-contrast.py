#!/usr/bin/env python3
"""Checks the contrast figures written in the style sheets.

Every line "contrast: NAME: #FG on #BG = R:1" in a CSS comment is recomputed
with the WCAG 2 formula: the figure must be right (to 0.1), at least 4.5:1,
and both colours must be used by the rules of that file (so that the comment
cannot drift away from the CSS), except a background named "from Adwaita …",
which the theme draws. Prints TAP.
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


LINE = re.compile(r'contrast:\s*(.+?):\s*(#[0-9a-fA-F]{6}) on (#[0-9a-fA-F]{6}) = ([0-9.]+):1')

n = 0
failed = 0
for path in sys.argv[1:]:
    text = open(path, encoding='utf-8').read()
    rules = re.sub(r'/\*.*?\*/', '', text, flags=re.S).lower()
    found = LINE.findall(text)
    if not found:
        n += 1
        failed += 1
        print(f'not ok {n} - {path}: no contrast figures')
        continue
    for name, fg, bg, figure in found:
        n += 1
        actual = ratio(fg, bg)
        problems = []
        if abs(actual - float(figure)) > 0.051:
            problems.append(f'the ratio is {actual:.2f}, not {figure}')
        if actual < 4.5:
            problems.append(f'{actual:.2f} is below 4.5')
        # A background the theme draws (named "from Adwaita …") is not ours.
        ours = (fg,) if 'from Adwaita' in name else (fg, bg)
        for colour in ours:
            if colour.lower() not in rules:
                problems.append(f'{colour} is not used by any rule')
        if problems:
            failed += 1
            print(f'not ok {n} - {path}: {name}: ' + '; '.join(problems))
        else:
            print(f'ok {n} - {path}: {name}: {actual:.1f}:1')

print(f'1..{n}')
sys.exit(1 if failed else 0)
