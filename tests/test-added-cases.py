#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Added cases (numbered from 101) through the real command line, and the staff
sheet's words as the document writes them.

    test-added-cases.py MADOGUCHI KB_JSON LOCALEDIR

A knowledge base made from the bundled one gets case 104, a copy of case 4
marked as added with its sources, and two update notes of one date with
titles. Every option takes the number; the handout's footer says in its own
language that the case is not in the document; the staff sheet marks it and
lists its sources, keeps the ※ marks and the condition brackets, tells the two
notes apart by their titles, and shows the screen's Japanese message beside
its English translation. Output is TAP.
"""
import copy
import gettext
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

MADOGUCHI, KB_JSON, LOCALEDIR = sys.argv[1:4]
CATALOGUE = {'ja': ['ja'], 'ja-x-easy': ['ja@easy', 'ja'], 'en': [], 'zh-Hans': ['zh_CN'],
             'vi': ['vi'], 'ko': ['ko'], 'fil': ['fil'], 'ne': ['ne'], 'id': ['id'],
             'pt-BR': ['pt_BR'], 'my': ['my']}
MARK = 'Added — not in the document'
SOURCE_TITLE = 'オンライン資格確認の導入について（厚生労働省）'
SOURCE_URL = 'https://www.mhlw.go.jp/stf/newpage_08280.html'
results = []


def report(ok, name, detail=''):
    results.append((ok, name, detail))


def tr(lang, msgid):
    if not CATALOGUE[lang]:
        return msgid
    t = gettext.translation('madoguchi', LOCALEDIR, languages=CATALOGUE[lang], fallback=True)
    return t.gettext(msgid)


def squeeze(s):
    return re.sub(r'[\s\-\u2010]+', '', unicodedata.normalize('NFC', s))


def run(*args, env=None):
    return subprocess.run([MADOGUCHI, *map(str, args)], capture_output=True, text=True, env=env)


def pdf_text(path):
    return subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'],
                          capture_output=True, text=True, check=True).stdout


def make_kb(tmp):
    kb = json.load(open(KB_JSON, encoding='utf-8'))
    kb['cases'] = [c for c in kb['cases'] if c.get('origin', 'document') == 'document']
    four = next(c for c in kb['cases'] if c['number'] == 4)
    added = copy.deepcopy(four)
    added['number'] = 104
    added['origin'] = 'added'
    added['sources'] = [{'title': SOURCE_TITLE, 'url': SOURCE_URL}]
    added['checked'] = '2026-12-06'
    added['unclear'] = [{'ja': '資料は再発行の日数を書いていない。', 'en': 'The sources do not say how long it takes.'}]
    added['symptom'] = {'ja': '追加事例の試験用のもくせいの症状。', 'en': 'An osmanthus symptom for the added-case test.'}
    kb['cases'].append(added)
    kb['updates'] = [u for u in kb['updates'] if u['id'] not in ('same-day-a', 'same-day-b')]
    for uid, title in (('same-day-a', '一つ目の題'), ('same-day-b', '二つ目の題')):
        kb['updates'].append({'id': uid, 'date': '2026-01-05', 'title': {'ja': title, 'en': uid},
                              'text': {'ja': title + 'の本文。', 'en': 'Text of ' + uid},
                              'sources': [SOURCE_URL], 'checked': '2026-12-06'})
        added.setdefault('updates', []).append(uid)
    path = os.path.join(tmp, 'added.json')
    json.dump(kb, open(path, 'w', encoding='utf-8'), ensure_ascii=False)
    return path, kb


def main():
    if shutil.which('pdftotext') is None:
        print('1..0 # SKIP pdftotext (poppler-utils) is not installed')
        return 0
    tmp = tempfile.mkdtemp(prefix='mdg-added-')
    env = dict(os.environ, GSETTINGS_BACKEND='memory')
    kb_file, kb = make_kb(tmp)

    # -- every option takes a number from 101 ------------------------------------
    r = run('--kb', kb_file, '--list', '--language', 'ja', env=env)
    numbers = [l.split('\t')[0] for l in r.stdout.splitlines()]
    report(r.returncode == 0 and numbers[-1] == '104', '--list prints case 104', r.stderr or numbers[-3:])
    r = run('--kb', kb_file, '--search', 'もくせい', '--language', 'ja', env=env)
    report(r.returncode == 0 and r.stdout.startswith('104\t'), '--search finds case 104', r.stdout + r.stderr)
    r = run('--kb', kb_file, '--search', '二つ目の題', '--language', 'ja', env=env)
    report(r.returncode == 0 and r.stdout.startswith('104\t'), '--search finds an update note by its title',
           r.stdout + r.stderr)
    r = run('--kb', kb_file, '--check-kb', kb_file, env=env)
    report(r.returncode == 0, '--check-kb accepts an added case', r.stderr)

    for lang in ('ja', 'en', 'vi', 'zh-Hans', 'ja-x-easy'):
        out = os.path.join(tmp, 'handout-104-%s.pdf' % lang)
        r = run('--kb', kb_file, '--export-handout', 104, '--language', lang, '--date', '2026-12-06',
                '--output', out, env=env)
        if r.returncode != 0:
            report(False, 'handout 104 %s' % lang, r.stderr)
            continue
        mark = tr(lang, MARK)
        text = squeeze(pdf_text(out))
        report(lang == 'en' or mark != MARK, 'the mark is translated into %s' % lang, mark)
        report(squeeze(mark) in text, 'the handout of case 104 in %s says it is added' % lang, mark)
        out4 = os.path.join(tmp, 'handout-4-%s.pdf' % lang)
        r = run('--kb', kb_file, '--export-handout', 4, '--language', lang, '--date', '2026-12-06',
                '--output', out4, env=env)
        report(r.returncode == 0 and squeeze(mark) not in squeeze(pdf_text(out4)),
               'the handout of case 4 in %s does not' % lang, r.stderr)

    # -- the staff sheet ------------------------------------------------------------
    sheets = {}
    for lang in ('ja', 'en'):
        out = os.path.join(tmp, 'sheet-%s.pdf' % lang)
        r = run('--kb', kb_file, '--export-sheet', '--language', lang, '--date', '2026-12-06',
                '--output', out, env=env)
        sheets[lang] = squeeze(pdf_text(out)) if r.returncode == 0 else ''
        report(r.returncode == 0, 'staff sheet %s' % lang, r.stderr)
    ja, en = sheets['ja'], sheets['en']
    report(squeeze('【文書外・本アプリで追加】') in ja and ja.count(squeeze('文書外・本アプリで追加')) == 1,
           'the Japanese staff sheet marks the one added case in words')
    report(squeeze(MARK) in en, 'the English staff sheet marks it')
    report(squeeze(SOURCE_TITLE) in ja and squeeze(SOURCE_URL) in ja and squeeze('確認日 2026-12-06') in ja,
           'the staff sheet lists the sources and the date checked')
    report(squeeze('（保険証がある場合）新しい保険証に基づいて対応する。') in ja,
           'the condition stands in brackets, as the document writes it')
    for number, words in ((7, '※患者から問い合わせがあった場合は'), (12, '※国民には「3～4日程度経過してから'),
                          (2, '※初回登録でエラーだったが')):
        report(squeeze(words) in ja, 'case %d keeps its ※ mark' % number, words)
    report('※※' not in ja, 'no ※ is doubled')
    report(squeeze('2026-01-05「一つ目の題」') in ja and squeeze('2026-01-05「二つ目の題」') in ja,
           'two update notes of one date are told apart by their titles')
    case1 = next(c for c in kb['cases'] if c['number'] == 1)
    message_ja = squeeze(case1['error']['message']['ja'])
    message_en = squeeze(case1['error']['message']['en'])
    at = en.find(message_ja)
    report(at >= 0 and message_en in en[at:at + len(message_ja) + len(message_en) + 40],
           'the English sheet shows the screen\'s Japanese message beside its translation')

    print('1..%d' % len(results))
    for n, (ok, name, detail) in enumerate(results, 1):
        print('%s %d - %s' % ('ok' if ok else 'not ok', n, name))
        if not ok and detail:
            print('# %s' % str(detail).replace('\n', '\n# '))
    shutil.rmtree(tmp, ignore_errors=True)
    return 0 if all(ok for ok, _, _ in results) else 1


if __name__ == '__main__':
    sys.exit(main())
