#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the contrast figures written in the style sheets and in the
print colours of src/core/mdg-actor-colours.c.

Every line "contrast: NAME: #FG on #BG = R:1" in a comment is recomputed
with the WCAG 2 formula: the figure must be right (to 0.1), at least 4.5:1
(text, WCAG 1.4.3), or 3:1 for "contrast (non-text): …" (edges and rules,
WCAG 1.4.11). The foreground must be used by the rules (or the C code) of
that file and the background by that file or a file before it on the command
line (style-hc.css adds edges to the surfaces style.css colours), so that
the comment cannot drift away from the colours, except a background named
"background from …" (Adwaita's, the paper), which we do not draw.

Every line "lightness: NAME: #A and #B = D L* apart" is recomputed as the
difference of CIE L* (the grey a black-and-white printer makes of the
colour): right to 0.1 and at least 12, so that the actors' bars on a
black-and-white staff sheet stay three different greys. Both colours must
be used by the file. Prints TAP.
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


def lightness(hex_colour):
    y = luminance(hex_colour)
    return 116 * y ** (1 / 3) - 16 if y > 216 / 24389 else y * 24389 / 27


def ratio(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


LINE = re.compile(r'contrast( \(non-text\))?:\s*(.+?):\s*(#[0-9a-fA-F]{6}) on (#[0-9a-fA-F]{6}) = ([0-9.]+):1')
LIGHTNESS = re.compile(r'lightness:\s*(.+?):\s*(#[0-9a-fA-F]{6}) and (#[0-9a-fA-F]{6}) = ([0-9.]+) L\* apart')
MIN_LIGHTNESS_APART = 12

n = 0
failed = 0
earlier_rules = ''
for path in sys.argv[1:]:
    text = open(path, encoding='utf-8').read()
    rules = re.sub(r'/\*.*?\*/', '', text, flags=re.S).lower()
    if path.endswith(('.c', '.h')):
        rules = re.sub(r'//[^\n]*', '', rules)
    found = LINE.findall(text)
    apart = LIGHTNESS.findall(text)
    if not found and not apart:
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
        # A background the theme draws or the paper ("background from …") is not ours.
        if 'background from ' not in name and bg.lower() not in rules + earlier_rules:
            problems.append(f'{bg} is not used by any rule')
        if problems:
            failed += 1
            print(f'not ok {n} - {path}: {name}: ' + '; '.join(problems))
        else:
            print(f'ok {n} - {path}: {name}: {actual:.1f}:1')
    for name, a, b, figure in apart:
        n += 1
        actual = abs(lightness(a) - lightness(b))
        problems = []
        if abs(actual - float(figure)) > 0.051:
            problems.append(f'they are {actual:.2f} L* apart, not {figure}')
        if actual < MIN_LIGHTNESS_APART:
            problems.append(f'{actual:.2f} L* apart is less than {MIN_LIGHTNESS_APART}')
        for colour in (a, b):
            if colour.lower() not in rules:
                problems.append(f'{colour} is not used')
        if problems:
            failed += 1
            print(f'not ok {n} - {path}: {name}: ' + '; '.join(problems))
        else:
            print(f'ok {n} - {path}: {name}: {actual:.1f} L* apart')
    earlier_rules += rules

print(f'1..{n}')
sys.exit(1 if failed else 0)
