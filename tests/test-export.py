#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""PDF export through the real command line, checked with poppler-utils.

    test-export.py MADOGUCHI KB_JSON LOCALEDIR

Every handout case x language, the patient sheet in every language and the
staff sheet are exported; pdftotext gives back the knowledge base's text and
the headings as the message catalogues translate them (the same lookup as
mdg_translate()); handouts and patient sheets are one A4 page; pdffonts shows
only embedded fonts, of the family each script needs; every word box of
pdftotext -bbox lies inside the 15 mm margins; in Chinese and Korean every
hanzi and hangul of the text layer draws ink (pdftoppm) where it stands; a 5,000-character note runs over
pages without losing a sentence; bad requests fail in one sentence, exit 1 and
leave no file. Output is TAP.
"""
import collections
import concurrent.futures
import datetime
import gettext
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import unicodedata

MADOGUCHI, KB_JSON, LOCALEDIR = sys.argv[1:4]
LANGS = ['ja', 'ja-x-easy', 'en', 'zh-Hans', 'vi', 'ko', 'fil', 'ne', 'id', 'pt-BR', 'my']
CATALOGUE = {'ja': ['ja'], 'ja-x-easy': ['ja@easy', 'ja'], 'en': [], 'zh-Hans': ['zh_CN'],
             'vi': ['vi'], 'ko': ['ko'], 'fil': ['fil'], 'ne': ['ne'], 'id': ['id'],
             'pt-BR': ['pt_BR'], 'my': ['my']}
# The PDF font each language's text must come in (mdg_language_get_font_family());
# NotoSans- for the Latin-script languages.
FONTS = {'ja': 'BIZUDPGothic', 'ja-x-easy': 'BIZUDPGothic', 'zh-Hans': 'NotoSansCJKsc',
         'ko': 'NotoSansCJKkr', 'ne': 'NotoSansDevanagari', 'my': 'NotoSansMyanmar'}
# The longest date: two-digit month and day.
DATE = datetime.date(2026, 12, 28)
MARGIN = 15 * 72 / 25.4 - 0.5      # 15 mm, less half a point for rounding
A4 = (595.28, 841.89)

results = []


def report(ok, name, detail=''):
    results.append((ok, name, detail))


def tr(lang, msgid):
    """What mdg_translate(lang, msgid) gives: the build's catalogues."""
    if not CATALOGUE[lang]:
        return msgid
    t = gettext.translation('madoguchi', LOCALEDIR, languages=CATALOGUE[lang], fallback=True)
    return t.gettext(msgid)


RUBY = re.compile(r'\{([^{}|]+)\|([^{}|]+)\}')


def plain(s):
    """A ja-x-easy string as read: the bases of its ruby groups {base|reading}."""
    return RUBY.sub(r'\1', s)


def text_get(text, lang):
    """mdg_text_get(): the language, then English (never for easy Japanese), then Japanese."""
    if text is None:
        return ''
    if lang in text:
        return plain(text[lang]) if lang == 'ja-x-easy' else text[lang]
    if lang != 'ja-x-easy' and 'en' in text:
        return text['en']
    return text['ja']


def date_in(lang):
    fmt = plain(tr(lang, '%Y-%m-%d'))
    fmt = fmt.replace('%-m', str(DATE.month)).replace('%-d', str(DATE.day))
    return DATE.strftime(fmt)


def squeeze(s):
    """Without white space and hyphens: pdftotext joins a word hyphenated at
    the end of a line."""
    return re.sub(r'[\s\-\u2010]+', '', unicodedata.normalize('NFC', s))


def run(*args, env=None):
    return subprocess.run([MADOGUCHI, *map(str, args)], capture_output=True, text=True, env=env)


def pdf_text(path):
    return subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'],
                          capture_output=True, text=True, check=True).stdout


def pdf_bbox(path):
    """The pages (width, height) and words (page, x0, y0, x1, y1, text) of pdftotext -bbox."""
    out = subprocess.run(['pdftotext', '-bbox', path, '-'], capture_output=True, text=True, check=True).stdout
    pages, words = [], []
    for m in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">|'
                         r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', out):
        if m.group(1):
            pages.append((float(m.group(1)), float(m.group(2))))
        else:
            words.append((len(pages) - 1, *map(float, m.group(3, 4, 5, 6)), m.group(7)))
    return pages, words


def read_pgm(path):
    """(width, height, bytes) of the binary PGM pdftoppm -gray writes."""
    with open(path, 'rb') as f:
        data = f.read()
    m = re.match(rb'P5\s+(\d+)\s+(\d+)\s+255\s', data)
    width, height = int(m.group(1)), int(m.group(2))
    return width, height, data[m.end():]


def is_full_width_ideograph(c):
    """A hanzi, kanji or hangul: one em wide in the document faces (kana are
    proportional in BIZ UDPGothic)."""
    return unicodedata.east_asian_width(c) in 'WF' and not '\u3040' <= c <= '\u30ff'


def blank_characters(path, words):
    """The hanzi and hangul of the text layer that draw no ink where they
    stand: a glyph the PDF's font lost (cairo's CFF subsetter did, for 如 in
    Noto Sans CJK SC). Only words all of one-em characters are measured."""
    blank = []
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(['pdftoppm', '-r', '72', '-gray', path, os.path.join(d, 'p')], check=True)
        images = [read_pgm(os.path.join(d, n)) for n in sorted(os.listdir(d))]
    for page, x0, y0, x1, y1, word in words:
        if not word or not all(is_full_width_ideograph(c) for c in word):
            continue
        width, height, pixels = images[page]
        cell = (x1 - x0) / len(word)
        for i, c in enumerate(word):
            if not unicodedata.category(c).startswith('L'):
                continue
            # The middle of the character's em box: no ink of its neighbours.
            left, right = int(x0 + (i + 0.2) * cell), int(x0 + (i + 0.8) * cell) + 1
            top, bottom = int(y0 + 0.15 * (y1 - y0)), int(y1 - 0.15 * (y1 - y0)) + 1
            if not any(pixels[y * width + x] < 160 for y in range(top, min(bottom, height))
                       for x in range(left, min(right, width))):
                blank.append('%s in %s on page %d' % (c, word, page + 1))
    return blank


def pdf_pages(path):
    pages, _ = pdf_bbox(path)
    return len(pages), pages[0]


def pdf_fonts(path):
    """(name and type, embedded) of each font pdffonts lists."""
    out = subprocess.run(['pdffonts', path], capture_output=True, text=True, check=True).stdout
    fonts = []
    for line in out.splitlines()[2:]:
        fields = line.split()
        # name type... encoding emb sub uni object ID: 'emb' is the 5th from the end.
        fonts.append((' '.join(fields[:-6]), fields[-5]))
    return fonts


def words_outside_margins(pages, words):
    """The word boxes of pdftotext -bbox that cross the 15 mm margins."""
    bad = []
    for page, x0, y0, x1, y1, word in words:
        width, height = pages[page]
        if x0 < MARGIN or y0 < MARGIN or x1 > width - MARGIN or y1 > height - MARGIN:
            bad.append('%s at %.1f,%.1f-%.1f,%.1f on page %d' % (word, x0, y0, x1, y1, page + 1))
    return bad


def contains(haystack, needle, lang):
    """Whitespace aside. Myanmar: pdftotext returns some stacked marks out of
    order or on their own line, so compare which characters are there."""
    if lang == 'my':
        need = collections.Counter(squeeze(needle))
        have = collections.Counter(squeeze(haystack))
        return all(have[c] >= n for c, n in need.items())
    return squeeze(needle) in squeeze(haystack)


def contains_split(haystack, needle, lang):
    """Like contains(), or the needle in two pieces, in order: a staff-sheet row
    taller than a page breaks inside a cell, and pdftotext reads the other cells
    of the row between the two pieces."""
    if contains(haystack, needle, lang):
        return True
    hay, n = squeeze(haystack), squeeze(needle)
    for k in range(4, len(n) - 3):
        first = hay.find(n[:k])
        if first >= 0 and hay.find(n[k:], first + k) >= 0:
            return True
    return False


def check_pdf(path, expected, lang, pages=1, size=A4, one_line=(), split=False):
    """Returns a list of problems. Each of @one_line must stand on one line.
    With @split, a text may break in two across a page (the staff sheet)."""
    problems = []
    page_sizes, words = pdf_bbox(path)
    n, got_size = len(page_sizes), page_sizes[0]
    if pages is not None and n != pages:
        problems.append('%d pages, not %d' % (n, pages))
    if abs(got_size[0] - size[0]) > 0.5 or abs(got_size[1] - size[1]) > 0.5:
        problems.append('page size %s, not %s' % (got_size, size))
    text = pdf_text(path)
    for s in expected:
        if s and not (contains_split if split else contains)(text, s, lang):
            problems.append('missing %r' % s[:60])
    lines = [squeeze(line) for line in text.splitlines()]
    for s in one_line:
        if not any(squeeze(s) in line for line in lines):
            problems.append('%r is broken across lines' % s)
    fonts = pdf_fonts(path)
    for name, emb in fonts:
        if emb != 'yes':
            problems.append('font %s not embedded' % name)
        if not any(ours in name for ours in ('NotoSans', 'BIZUDPGothic')):
            problems.append('font %s is not one of ours' % name)
    want = FONTS.get(lang, 'NotoSans-')
    if not any(want in name for name, _ in fonts):
        problems.append('no %s font among %s' % (want, [f for f, _ in fonts]))
    outside = words_outside_margins(page_sizes, words)
    if outside:
        problems.append('outside the margins: %s' % outside[:3])
    if lang in ('zh-Hans', 'ko'):
        blank = blank_characters(path, words)
        if blank:
            problems.append('characters that print blank: %s' % blank[:5])
    return problems


def has_kanji(s):
    return any(unicodedata.name(c, '').startswith('CJK UNIFIED') for c in s)


def grey_page(path, dpi):
    """Page 1 of @path as rows of grey bytes (0 is black), with pdftoppm."""
    pgm = subprocess.run(['pdftoppm', '-gray', '-r', str(dpi), '-f', '1', '-l', '1', path],
                         capture_output=True, check=True).stdout
    m = re.match(rb'P5\s+(\d+)\s+(\d+)\s+255\s', pgm)
    width, height = int(m.group(1)), int(m.group(2))
    data = pgm[m.end():]
    return width, height, [data[y * width:(y + 1) * width] for y in range(height)]


def check_easy(path, sources):
    """The ruby and line breaks of a ja-x-easy PDF, given the marked ja-x-easy
    strings on it. Readings are drawn as outlines (so pdftotext gives each
    sentence without them): they are found as ink in the band above the word
    boxes of pdftotext -bbox. Returns a list of problems."""
    problems = []
    texts = [re.sub(r'\s+', ' ', plain(s)) for s in sources]
    # Each line of easy text ends at a space of the source (or its end).
    for line in pdf_text(path).splitlines():
        line = line.strip()
        if len(line) < 2:
            continue
        found = [(t, m.start()) for t in texts for m in re.finditer(re.escape(line), t)]
        # A word longer than a line breaks inside it: a line with no space in it.
        if ' ' not in line and any(len(word) > len(line) and line in word for t in texts for word in t.split()):
            continue
        def at_break(t, i):
            # A space, the end, or inside a word longer than the line.
            return i == 0 or i == len(t) or t[i - 1] == ' ' or t[i] == ' ' or \
                len(re.search(r'\S*$', t[:i]).group() + re.match(r'\S*', t[i:]).group()) > len(line)
        if found and not any(at_break(t, i) and at_break(t, i + len(line)) for t, i in found):
            problems.append('a line ends inside a word: %r' % line)
    # Readings: above every word with a kanji, within its width; nothing above
    # the other words of such a line.
    dpi = 144
    scale = dpi / 72
    width, height, rows = grey_page(path, dpi)
    _, words = pdf_bbox(path)
    words = [w for w in words if w[0] == 0]
    kanji_words = [w for w in words if has_kanji(w[5]) and any(w[5] in t for t in texts)]
    if sources and any(RUBY.search(s) for s in sources) and not kanji_words:
        problems.append('no word with ruby found')
    lines = collections.defaultdict(list)
    for w in words:
        lines[(round(w[2], 1), round(w[4], 1))].append(w)
    for (y0, y1), line_words in lines.items():
        ruby_words = [w for w in line_words if w in kanji_words]
        if not ruby_words:
            continue
        h = y1 - y0
        tol = 0.3 * h
        top, bottom = int((y0 - 0.62 * h) * scale), int((y0 - 0.02 * h) * scale)
        # Rules (a line across the page) are not readings.
        band = [row for row in rows[max(top, 0):max(bottom, 0)] if sum(b < 128 for b in row) < width / 3]
        ink = [x for x in range(width) if any(row[x] < 128 for row in band)]
        left = int((min(w[1] for w in line_words) - tol) * scale)
        ink = [x for x in ink if x >= left]
        for w in ruby_words:
            x0, x1 = (w[1] - tol) * scale, (w[3] + tol) * scale
            if not any(x0 <= x <= x1 for x in ink):
                problems.append('no reading above %r' % w[5])
        for w in line_words:
            if w in ruby_words or not any(w[5] in t for t in texts):
                continue
            x0, x1 = (w[1] + tol) * scale, (w[3] - tol) * scale
            if any(x0 <= x <= x1 for x in ink):
                problems.append('ink above %r, which has no kanji' % w[5])
    return problems


def easy_strings(handout, kb=None):
    texts = [handout['situation'], handout['clinic'], *handout['steps']]
    if kb is not None:
        texts += [kb['translation_note']] + [a['patient_name'] for a in kb['areas'] if 'patient_name' in a]
        # The contact block: each name, hours and audience is a paragraph of its own.
        texts += [c[key] for c in kb.get('contacts', []) for key in ('name', 'hours', 'audience') if key in c]
    return [t['ja-x-easy'] for t in texts if 'ja-x-easy' in t]


def texts_of(node, path=''):
    """Every Text of the knowledge base (an object with "ja"), with its path."""
    if isinstance(node, dict):
        if isinstance(node.get('ja'), str):
            yield path, node
        for key, value in node.items():
            yield from texts_of(value, '%s.%s' % (path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from texts_of(value, '%s[%d]' % (path, i))


def english_sentences(kb):
    """The sentences of the knowledge base's English texts long enough (four
    Latin words or more) that finding one whole on a page means English text."""
    sentences = set()
    for _, text in texts_of(kb):
        for sentence in re.split(r'(?<=[.!?;:])\s+|\n+', text.get('en', '')):
            if len(re.findall(r'[A-Za-z]{2,}', sentence)) >= 4:
                sentences.add(sentence.strip())
    return sentences


PHONE = re.compile(r'(?<![\d\-])0\d{1,4}-\d{1,4}-\d{2,4}(?![\d\-])')
# The My Number toll-free service: the Japanese line and the lines in English,
# Chinese, Korean, Spanish and Portuguese.
MYNA_JAPANESE = '0120-95-0178'
MYNA_FOREIGN = ('0120-0178-26', '0120-0178-27')


def check_content(kb, pages):
    """What the pages say, against the knowledge base: every case a patient or
    citizen acts in speaks all eleven languages; no English sentence stands on
    a page in another language; every phone number printed is a contact's, and
    every contact a case names is printed with its number."""
    contacts = {c['id']: c for c in kb.get('contacts', [])}
    areas = {a['id']: a for a in kb['areas']}

    # Every case where a patient or citizen acts has its handout, the contacts
    # it names and its area's patient name in all eleven languages.
    missing = []
    for case in kb['cases']:
        if not any(r['actor'] in ('patient', 'citizen') for r in case['responses']):
            continue
        if 'handout' not in case:
            missing.append('case %d has no handout' % case['number'])
            continue
        texts = list(texts_of(case['handout'], 'handout'))
        if 'patient_name' in areas[case['area']]:
            texts.append(('area.patient_name', areas[case['area']]['patient_name']))
        for cid in case.get('contacts', []):
            texts += [('contact %s.%s' % (cid, p.lstrip('.')), t)
                      for p, t in texts_of({k: v for k, v in contacts[cid].items()
                                            if k in ('name', 'hours', 'audience')})]
        for path, text in texts:
            lacking = [lang for lang in LANGS if lang not in text]
            if lacking:
                missing.append('case %d %s lacks %s' % (case['number'], path, ', '.join(lacking)))
    report(not missing, 'every case where a patient or citizen acts has a handout in all %d languages'
           % len(LANGS), '; '.join(missing[:8]))

    # No English sentence of the knowledge base on a page in another language
    # (unless that language's own texts say the same words).
    english = english_sentences(kb)
    own = {lang: squeeze(' '.join(t[lang] for _, t in texts_of(kb) if lang in t)) for lang in LANGS}
    found = []
    for (kind, number, lang), text in sorted(pages.items(), key=str):
        if lang == 'en' or kind == 'staff sheet':
            continue
        page = squeeze(text)
        for sentence in english:
            if squeeze(sentence) in page and squeeze(sentence) not in own[lang]:
                found.append('%s %s %s: %r' % (kind, number or '', lang, sentence[:50]))
    report(not found, 'no English sentence of the knowledge base on a non-English handout or patient sheet',
           '; '.join(found[:8]))

    # Phone numbers: each one printed is a knowledge-base contact's; each
    # contact a case names is printed with its number on the case's handouts
    # (in the languages the contact is for, unless it is staff_only) and on
    # the staff sheets; a
    # non-Japanese page with the My Number line also gives its foreign lines.
    phones = {c['phone'] for c in contacts.values() if 'phone' in c}
    problems = []
    for (kind, number, lang), text in sorted(pages.items(), key=str):
        printed = set(PHONE.findall(re.sub(r'-\s*\n\s*', '-', text)))
        where = '%s %s %s' % (kind, number or '', lang)
        problems += ['%s prints %s, not a contact' % (where, p) for p in sorted(printed - phones)]
        if lang not in ('ja', 'ja-x-easy') and MYNA_JAPANESE in printed and \
                not printed.intersection(MYNA_FOREIGN):
            problems.append('%s gives %s without its foreign-language lines' % (where, MYNA_JAPANESE))
        if kind == 'patient sheet':
            continue
        for case in kb['cases']:
            if kind == 'handout' and case['number'] != number:
                continue
            for cid in case.get('contacts', []):
                c = contacts[cid]
                if kind == 'handout' and (c.get('staff_only') or lang not in c.get('handout_languages', LANGS)):
                    continue
                if 'phone' in c and c['phone'] not in printed:
                    problems.append('%s lacks %s (%s, case %d)' % (where, c['phone'], cid, case['number']))
    report(not problems, 'every phone number printed is a contact of the knowledge base, '
           'and each contact a case names is printed with its number', '; '.join(problems[:8]))

    # The Japanese handout of case 12 gives the document's "3–4 days" once.
    for lang, pattern in (('ja', r'3[～〜~]4日'), ('en', r'3 to 4 days')):
        text = pages.get(('handout', 12, lang), '')
        n = len(re.findall(pattern, re.sub(r'\s+', ' ', text)))
        report(n == 1, 'the %s handout of case 12 says "3–4 days" once' % lang, 'said %d times' % n)


def main():
    for tool in ('pdftotext', 'pdffonts', 'pdftoppm'):
        if shutil.which(tool) is None:
            print('1..0 # SKIP %s (poppler-utils) is not installed' % tool)
            return 0

    kb = json.load(open(KB_JSON, encoding='utf-8'))
    contacts = {c['id']: c for c in kb.get('contacts', [])}
    cases = kb['cases']
    tmp = tempfile.mkdtemp(prefix='mdg-export-')
    env = dict(os.environ, GSETTINGS_BACKEND='memory')
    pages = {}   # (kind, case number, language) → pdftotext of the page

    # -- every handout in every language --------------------------------------
    def handout(case, lang, env=env, kind=''):
        out = os.path.join(tmp, 'handout-%d-%s%s.pdf' % (case['number'], lang, kind))
        r = run('--export-handout', case['number'], '--language', lang, '--date', DATE.isoformat(),
                '--output', out, env=env)
        name = 'handout %d %s%s' % (case['number'], lang, kind)
        if r.returncode != 0 or r.stderr.strip():
            return False, name, 'exit %d: %s' % (r.returncode, r.stderr.strip())
        h = case['handout']
        expected = [text_get(h['situation'], lang), text_get(h['clinic'], lang)]
        expected += [text_get(s, lang) for s in h['steps']]
        expected += [tr(lang, m) for m in ('About your health insurance check', 'What happened',
                                           'What you need to do', 'What the clinic does',
                                           'Clinic:', 'Phone:', 'Date:')]
        expected.append(date_in(lang))
        # A staff_only line (the clinics' call centre) is never on a patient's page.
        printed = [contacts[cid] for cid in case.get('contacts', [])
                   if not contacts[cid].get('staff_only') and lang in contacts[cid].get('handout_languages', LANGS)]
        staff_phones = [contacts[cid]['phone'] for cid in case.get('contacts', [])
                        if contacts[cid].get('staff_only') and 'phone' in contacts[cid]]
        if printed:
            expected.append(tr(lang, 'Whom to contact'))
            for c in printed:
                expected.append(text_get(c['name'], lang))
                if 'phone' in c:
                    expected.append(c['phone'])
        if not kind:
            pages[('handout', case['number'], lang)] = pdf_text(out)
        # The date is never broken across lines (pdftotext splits Myanmar's
        # stacked marks off by themselves).
        problems = check_pdf(out, expected, lang, one_line=[date_in(lang)] if lang != 'my' else [])
        if lang == 'ja-x-easy':
            problems += check_easy(out, easy_strings(h, kb))
        text = squeeze(pdf_text(out))
        problems += ['a line for clinics on the handout: %s' % p for p in staff_phones if squeeze(p) in text]
        # Small enough to mail: no font embedded whole (cairo 1.16 embeds all of
        # Noto Sans CJK's subroutines, about 1 MB, for its Latin letters and kana).
        if os.path.getsize(out) > 400 * 1024:
            problems.append('%d KB, more than 400 KB' % (os.path.getsize(out) // 1024))
        return not problems, name, '; '.join(problems)

    jobs = [(c, lang) for c in cases if 'handout' in c for lang in LANGS]
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for ok, name, detail in pool.map(lambda j: handout(*j), jobs):
            report(ok, name, detail)

    # Every case with a patient or citizen action has a handout.
    missing = [c['number'] for c in cases
               if any(r['actor'] in ('patient', 'citizen') for r in c['responses']) and 'handout' not in c]
    report(not missing, 'every case with a patient or citizen action has a handout', missing)

    # -- the patient sheet in every language -----------------------------------
    def patient_sheet(lang):
        out = os.path.join(tmp, 'patient-%s.pdf' % lang)
        r = run('--export-patient-sheet', '--language', lang, '--date', DATE.isoformat(), '--output', out, env=env)
        name = 'patient sheet %s' % lang
        if r.returncode != 0 or r.stderr.strip():
            return False, name, 'exit %d: %s' % (r.returncode, r.stderr.strip())
        expected = [tr(lang, 'If the insurance check at reception does not work'), tr(lang, 'Clinic:'),
                    tr(lang, 'Phone:')]
        for c in cases:
            if 'handout' in c and c.get('origin', 'document') == 'document':
                expected.append(text_get(c['handout']['situation'], lang))
                expected += [text_get(s, lang) for s in c['handout']['steps']]
        pages[('patient sheet', 0, lang)] = pdf_text(out)
        problems = check_pdf(out, expected, lang)
        if lang == 'ja-x-easy':
            problems += check_easy(out, [s for c in cases if 'handout' in c for s in easy_strings(c['handout'], kb)])
        # One page on the wall: the document's cases; added ones have handouts.
        sheet = squeeze(pages[('patient sheet', 0, lang)])
        problems += ['added case %d on the sheet' % c['number'] for c in cases
                     if c.get('origin') == 'added' and 'handout' in c and lang != 'my'
                     and squeeze(text_get(c['handout']['situation'], lang)) in sheet]
        return not problems, name, '; '.join(problems)

    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for ok, name, detail in pool.map(patient_sheet, LANGS):
            report(ok, name, detail)

    # -- the staff sheet --------------------------------------------------------
    for lang in ('ja', 'en'):
        out = os.path.join(tmp, 'staff-%s.pdf' % lang)
        r = run('--export-sheet', '--language', lang, '--date', DATE.isoformat(), '--output', out, env=env)
        if r.returncode != 0 or r.stderr.strip():
            report(False, 'staff sheet %s' % lang, 'exit %d: %s' % (r.returncode, r.stderr.strip()))
            continue
        n, _ = pdf_pages(out)
        pages[('staff sheet', 0, lang)] = pdf_text(out)
        expected = ['【%s】' % a['mark'] for a in kb['actors'].values()]
        expected += [tr(lang, 'Legend:'), tr(lang, 'Knowledge base of %s') % kb['date'],
                     tr(lang, 'Page %u of %u') % (1, n), tr(lang, 'Main actions at the reception window')]
        expected += [text_get(a['name'], lang) for a in kb['actors'].values()]
        for c in cases:
            expected.append(text_get(c['symptom'], lang))
            expected += [text_get(x, lang) for x in c['causes']]
            for resp in c['responses']:
                expected += [text_get(p['text'], lang) for p in resp['parts']]
        expected += [text_get(x, lang) for x in kb['summary']['items']]
        # The lines for clinics, which no patient's page prints, are here.
        expected += [c['phone'] for c in kb['contacts'] if c.get('staff_only') and 'phone' in c]
        problems = check_pdf(out, expected, lang, pages=None, size=(A4[1], A4[0]), split=True)
        report(not problems, 'staff sheet %s (%d pages)' % (lang, n), '; '.join(problems))
        if lang == 'ja':
            normal_pages = n

    check_content(kb, pages)

    # -- a 5,000-character note runs over pages -----------------------------------
    long_kb = json.load(open(KB_JSON, encoding='utf-8'))
    note, i = '', 0
    while len(note) < 5000:
        i += 1
        note += '長い注記の文その%d、改ページの試験です。' % i
    long_kb['cases'][0]['notes'] = [{'ja': note}]
    kb_file = os.path.join(tmp, 'long-note.json')
    json.dump(long_kb, open(kb_file, 'w', encoding='utf-8'), ensure_ascii=False)
    out = os.path.join(tmp, 'long-note.pdf')
    r = run('--kb', kb_file, '--export-sheet', '--language', 'ja', '--output', out, env=env)
    if r.returncode != 0:
        report(False, 'long note', 'exit %d: %s' % (r.returncode, r.stderr.strip()))
    else:
        page_sizes, words = pdf_bbox(out)
        n = len(page_sizes)
        # A line may break after その, but never inside a number or before 、.
        numbers = {int(x) for x in re.findall(r'(\d+)、', squeeze(pdf_text(out)))}
        lost = sorted(set(range(1, i + 1)) - numbers)
        outside = words_outside_margins(page_sizes, words)
        report(n > normal_pages and not lost and not outside,
               'a 5,000-character note paginates the staff sheet (%d pages)' % n,
               'pages %d (normally %d); sentences lost: %s; outside: %s' % (n, normal_pages, lost[:10], outside[:3]))

    # -- ruby in a sample handout, with a word longer than a line -------------------
    ruby_kb = json.load(open(KB_JSON, encoding='utf-8'))
    sample = next(c for c in ruby_kb['cases'] if 'handout' in c)
    sample['handout']['situation']['ja-x-easy'] = (
        'マイナンバーカードを {保険証|ほけんしょう}として {初|はじ}めて {登録|とうろく}しました。 '
        'そのとき、 エラー（010）が {出|で}ました。 あなたの {保険|ほけん}の {情報|じょうほう}が '
        '{正|ただ}しく {見|み}つかりませんでした。')
    sample['handout']['steps'][0]['ja-x-easy'] = (
        '{会社|かいしゃ}の {健康|けんこう} {保険|ほけん}の {人|ひと}は {会社|かいしゃ}に {聞|き}いて ください。 '
        '{国民|こくみん} {健康|けんこう} {保険|ほけん}の {人|ひと}は {市役所|しやくしょ}・{区役所|くやくしょ}に '
        '{聞|き}いて ください。 ' + 'あ' * 80)
    kb_file = os.path.join(tmp, 'ruby.json')
    json.dump(ruby_kb, open(kb_file, 'w', encoding='utf-8'), ensure_ascii=False)
    out = os.path.join(tmp, 'ruby.pdf')
    r = run('--kb', kb_file, '--export-handout', sample['number'], '--language', 'ja-x-easy',
            '--date', DATE.isoformat(), '--output', out, env=env)
    if r.returncode != 0:
        report(False, 'ruby in a handout', r.stderr.strip())
    else:
        text = pdf_text(out)
        problems = check_easy(out, easy_strings(sample['handout']))
        for marked in easy_strings(sample['handout']):
            if not contains(text, plain(marked), 'ja'):
                problems.append('pdftotext does not give %r' % plain(marked)[:40])
        if re.search(r'[{|}]', text):
            problems.append('markup in the text')
        # The word longer than a line breaks inside, as a last resort.
        if 'あ' * 80 not in squeeze(text):
            problems.append('the long word is lost')
        report(not problems, 'ruby above its base in a handout; pdftotext gives the bases only',
               '; '.join(problems))

    # -- the clinic's name and phone from the settings -----------------------------
    config = os.path.join(tmp, 'config')
    os.makedirs(os.path.join(config, 'glib-2.0', 'settings'))
    with open(os.path.join(config, 'glib-2.0', 'settings', 'keyfile'), 'w', encoding='utf-8') as f:
        f.write("[io/github/madoguchi/Madoguchi]\nclinic-name='さくら内科クリニック'\n"
                "clinic-phone='03-1234-5678'\nclinic-note='土曜午後・日曜休診'\n")
    keyfile_env = dict(os.environ, GSETTINGS_BACKEND='keyfile', XDG_CONFIG_HOME=config)
    out = os.path.join(tmp, 'clinic.pdf')
    r = run('--export-handout', 12, '--language', 'vi', '--output', out, env=keyfile_env)
    if r.returncode != 0:
        report(False, 'clinic from settings', r.stderr.strip())
    else:
        text = pdf_text(out)
        problems = [s for s in ('さくら内科クリニック', '03-1234-5678', '土曜午後・日曜休診') if not contains(text, s, 'vi')]
        if contains(text, tr('vi', 'Clinic:'), 'vi'):
            problems.append('blank clinic line printed although the name is set')
        problems += check_pdf(out, [], 'vi')
        report(not problems, 'clinic name, phone and note from the settings', problems)

    # -- the desk's font rules leave handouts alone ----------------------------------
    # A font package's rules can put its face before every other (WenQuanYi's
    # do); a handout keeps the faces it names.
    system_conf = os.environ.get('FONTCONFIG_FILE', '/etc/fonts/fonts.conf')
    fc_conf = os.path.join(tmp, 'fonts.conf')
    with open(fc_conf, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
                '<fontconfig><include ignore_missing="yes">%s</include>'
                '<match target="pattern"><edit name="family" mode="prepend_first" binding="strong">'
                '<string>DejaVu Sans</string></edit></match></fontconfig>\n' % system_conf)
    case12 = next(c for c in cases if c['number'] == 12)
    for lang in ('en', 'ja', 'zh-Hans', 'ko'):
        report(*handout(case12, lang, env=dict(env, FONTCONFIG_FILE=fc_conf), kind=' under a desktop rule'))

    # -- characters the text faces lack -------------------------------------------------
    # Signs come from the symbol faces; a script none of the document faces
    # has (a clinic's knowledge base may have Thai) from the desk's own fonts.
    extra_kb = json.load(open(KB_JSON, encoding='utf-8'))
    extras = {'ja': '✔ ♿ ☑ ⭐', 'en': '✔ ♿ ☑ ⭐', 'vi': 'ภาษาไทย'}
    for c in extra_kb['cases']:
        if c['number'] == 12:
            for lang, extra in extras.items():
                c['handout']['steps'][0][lang] += ' ' + extra
    kb_file = os.path.join(tmp, 'extra-characters.json')
    json.dump(extra_kb, open(kb_file, 'w', encoding='utf-8'), ensure_ascii=False)
    for lang, extra in extras.items():
        out = os.path.join(tmp, 'extra-characters-%s.pdf' % lang)
        r = run('--kb', kb_file, '--export-handout', 12, '--language', lang, '--output', out, env=env)
        problems = ['exit %d: %s' % (r.returncode, r.stderr.strip())] if r.returncode != 0 else \
            check_pdf(out, extra.split(), lang)
        report(not problems, 'characters the text faces lack (%s) are printed, in %s' % (extra, lang), problems)

    # -- a page as an image ---------------------------------------------------------
    png = os.path.join(tmp, 'page')
    r = subprocess.run(['pdftoppm', '-png', '-r', '30', os.path.join(tmp, 'handout-4-ja.pdf'), png],
                       capture_output=True)
    report(r.returncode == 0 and os.path.getsize(png + '-1.png') > 1000, 'pdftoppm renders a handout')

    # -- bad requests: one sentence, exit 1, no file ---------------------------------
    bad_dir = os.path.join(tmp, 'bad')
    os.mkdir(bad_dir)
    kept = os.path.join(bad_dir, 'kept.pdf')
    with open(kept, 'w') as f:
        f.write('the last good export')
    undeletable_parent = os.path.join(tmp, 'no-such-dir', 'x.pdf')
    bad = [
        ('an unknown case', ['--export-handout', 999, '--language', 'ja', '--output', os.path.join(bad_dir, 'a.pdf')]),
        ('a case without a handout', ['--export-handout', 6, '--language', 'ja', '--output', os.path.join(bad_dir, 'b.pdf')]),
        ('an unknown language', ['--export-handout', 4, '--language', 'xx', '--output', os.path.join(bad_dir, 'c.pdf')]),
        ('an unknown language (patient sheet)', ['--export-patient-sheet', '--language', 'klingon', '--output', os.path.join(bad_dir, 'd.pdf')]),
        ('a missing directory', ['--export-handout', 4, '--language', 'ja', '--output', undeletable_parent]),
        ('a directory as output', ['--export-sheet', '--output', bad_dir]),
        ('an unknown case over an existing file', ['--export-handout', 999, '--language', 'ja', '--output', kept]),
    ]
    if os.geteuid() != 0:
        ro = os.path.join(tmp, 'read-only')
        os.mkdir(ro, 0o555)
        bad.append(('a read-only directory', ['--export-sheet', '--output', os.path.join(ro, 'e.pdf')]))
    for what, args in bad:
        r = run(*args, env=env)
        lines = [l for l in r.stderr.splitlines() if l.strip()]
        problems = []
        if r.returncode != 1:
            problems.append('exit %d' % r.returncode)
        if len(lines) != 1:
            problems.append('stderr has %d lines: %r' % (len(lines), r.stderr))
        report(not problems, 'refuses %s' % what, '; '.join(problems))
    left = sorted(set(os.listdir(bad_dir)) - {'kept.pdf'})
    report(not left and not os.path.exists(undeletable_parent), 'failed exports leave no file behind', left)
    report(open(kept).read() == 'the last good export', 'a failed export leaves an existing file alone')

    # -- what an export replaces ------------------------------------------------------
    files = os.path.join(tmp, 'files')
    os.mkdir(files)
    handout = ['--export-handout', 4, '--language', 'ja', '--date', DATE.isoformat(), '--output']
    # Not a regular file: refused in one sentence and left as it is (a FIFO, and as root a
    # device made here with /dev/full's numbers; the real one was replaced by a file).
    specials = [os.path.join(files, 'fifo')]
    os.mkfifo(specials[0])
    if os.geteuid() == 0:
        specials.append(os.path.join(files, 'full'))
        os.mknod(specials[1], 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    for special in specials:
        kind = stat.S_IFMT(os.stat(special).st_mode)
        r = run(*handout, special, env=env)
        lines = [l for l in r.stderr.splitlines() if l.strip()]
        report(r.returncode == 1 and len(lines) == 1 and 'not a regular file' in r.stderr
               and stat.S_IFMT(os.lstat(special).st_mode) == kind,
               'refuses to replace %s' % os.path.basename(special),
               'exit %d, stderr %r' % (r.returncode, r.stderr))
    # --output - writes the PDF to standard output.
    r = subprocess.run([MADOGUCHI, *map(str, handout), '-'], capture_output=True, env=env)
    report(r.returncode == 0 and r.stdout.startswith(b'%PDF-') and b'%%EOF' in r.stdout[-64:]
           and not os.path.exists('-'),
           '--output - writes the PDF to standard output', 'exit %d, %d bytes' % (r.returncode, len(r.stdout)))
    # The mode of a replaced file is kept; a read-only one is said to be replaced.
    for mode in (0o640, 0o444):
        path = os.path.join(files, 'mode-%o.pdf' % mode)
        with open(path, 'w') as f:
            f.write('old')
        os.chmod(path, mode)
        r = run(*handout, path, env=env)
        got = stat.S_IMODE(os.stat(path).st_mode)
        said = 'read-only' in r.stderr
        report(r.returncode == 0 and got == mode and said == (mode == 0o444)
               and open(path, 'rb').read(5) == b'%PDF-',
               'a replaced file keeps its mode %o' % mode,
               'exit %d, mode %o, stderr %r' % (r.returncode, got, r.stderr))
    # A temporary left by an export killed midway is removed by the next one.
    stale = os.path.join(files, '.stale.pdf.AbC123')
    with open(stale, 'w') as f:
        f.write('killed midway')
    r = run(*handout, os.path.join(files, 'stale.pdf'), env=env)
    report(r.returncode == 0 and not os.path.exists(stale), 'a stale temporary is removed',
           'exit %d, left %s' % (r.returncode, sorted(os.listdir(files))))
    # Names up to what the file system allows (255 bytes).
    for length, ok in ((251, True), (255, True), (256, False)):
        path = os.path.join(files, 'n' * (length - 4) + '.pdf')
        r = run(*handout, path, env=env)
        report((r.returncode == 0) == ok and os.path.exists(path) == ok,
               'a name of %d bytes is %s' % (length, 'written' if ok else 'refused'),
               'exit %d, stderr %r' % (r.returncode, r.stderr))
    report(not [n for n in os.listdir(files) if n.startswith('.')], 'no temporary is left',
           sorted(os.listdir(files)))

    # -- a script no installed font has ------------------------------------------------
    # A fontconfig configuration with every Noto face of the desk but the Myanmar ones.
    noto = '/usr/share/fonts/truetype/noto'
    if os.path.isdir(noto):
        hidden = os.path.join(tmp, 'no-myanmar')
        os.makedirs(os.path.join(hidden, 'noto'))
        for name in os.listdir(noto):
            if 'Myanmar' not in name:
                os.symlink(os.path.join(noto, name), os.path.join(hidden, 'noto', name))
        conf = os.path.join(hidden, 'fonts.conf')
        with open(conf, 'w') as f:
            f.write('<?xml version="1.0"?>\n<fontconfig>\n<dir>%s</dir>\n'
                    '<dir>/usr/share/fonts/opentype/noto</dir>\n'
                    '<dir>/usr/share/fonts/truetype/bizud-gothic</dir>\n'
                    '<cachedir>%s</cachedir>\n</fontconfig>\n'
                    % (os.path.join(hidden, 'noto'), os.path.join(hidden, 'cache')))
        no_myanmar_env = dict(env, FONTCONFIG_FILE=conf)
        out = os.path.join(hidden, 'my.pdf')
        r = run('--export-handout', 1, '--language', 'my', '--output', out, env=no_myanmar_env)
        lines = [l for l in r.stderr.splitlines() if l.strip()]
        report(r.returncode == 1 and len(lines) == 1 and 'Myanmar script' in r.stderr
               and 'fonts-noto-core' in r.stderr and not os.path.exists(out)
               and not [n for n in os.listdir(hidden) if n.startswith('.')],
               'a handout in a script no font has is refused, with the package to install',
               'exit %d, stderr %r' % (r.returncode, r.stderr))
        r = run('--export-handout', 1, '--language', 'en', '--output', out, env=no_myanmar_env)
        report(r.returncode == 0 and os.path.exists(out), 'other languages export without that font',
               'exit %d, stderr %r' % (r.returncode, r.stderr))

    # -- TAP ---------------------------------------------------------------------------
    print('1..%d' % len(results))
    for n, (ok, name, detail) in enumerate(results, 1):
        print('%s %d - %s' % ('ok' if ok else 'not ok', n, name))
        if not ok and detail:
            print('# %s' % detail)
    shutil.rmtree(tmp, ignore_errors=True)
    return 0 if all(ok for ok, _, _ in results) else 1


if __name__ == '__main__':
    sys.exit(main())
