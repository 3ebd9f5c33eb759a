#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# test-a11y-atspi.py MADOGUCHI — the keyboard and screen-reader path through
# the staff window and the kiosk, read from outside through the real AT-SPI
# stack (the accessibility bus, the registry and pyatspi's libatspi), as a
# screen reader such as Orca sees it.
#
# Run it through tests/kiosk-x11.sh (Xvfb with openbox) inside
# dbus-run-session: it starts the accessibility bus itself. Prints TAP.
#
# For each window it walks the accessible tree (no GTK type name as a name, no
# unnamed focusable object, no object of unknown role, nothing of a hidden
# page), then drives the keyboard with xdotool and follows the focus events:
# Tab and Shift+Tab must cycle through every region and move at each press,
# and the case's content must be reachable and read in its order.
import json
import os
import re
import shutil
import subprocess
import sys
import time

try:
    import gi
    gi.require_version('Atspi', '2.0')
    from gi.repository import Atspi, GLib
except (ImportError, ValueError) as e:
    print(f'1..0 # SKIP pyatspi is not installed ({e})')
    sys.exit(77)

if len(sys.argv) < 2:
    print('usage: test-a11y-atspi.py MADOGUCHI', file=sys.stderr)
    sys.exit(2)
MADOGUCHI = sys.argv[1]

n = 0
failed = 0


def ok(cond, what, detail=''):
    global n, failed
    n += 1
    if cond:
        print(f'ok {n} - {what}')
    else:
        failed += 1
        print(f'not ok {n} - {what}')
        for line in str(detail).splitlines():
            print(f'# {line}')
    sys.stdout.flush()
    return cond


TYPE_NAME = re.compile(r'\b(Gtk|Adw|Gdk)[A-Z][A-Za-z]+\b')
MNEMONIC = re.compile(r'\(_[^\s)]\)|(^|\s)_[^\s_]')

# The accessibility bus (at-spi-bus-launcher starts at-spi2-registryd on it).
launcher = None
for path in ('/usr/libexec/at-spi-bus-launcher', '/usr/lib/at-spi2-core/at-spi-bus-launcher'):
    if os.access(path, os.X_OK):
        launcher = subprocess.Popen([path, '--launch-immediately'],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        break
if launcher is None:
    print('1..0 # SKIP at-spi-bus-launcher (at-spi2-core) is not installed')
    sys.exit(77)
if shutil.which('xdotool') is None:
    print('1..0 # SKIP xdotool is not installed')
    sys.exit(77)
time.sleep(0.5)
Atspi.init()

focus_log = []


def on_focus(event):
    if event.detail1 == 1:
        focus_log.append(event.source)


listener = Atspi.EventListener.new(on_focus)
listener.register('object:state-changed:focused')
announce_log = []


def on_change(event):
    # What the object said at the time: the name (or description) it had
    # then, and the text inserted, if any.
    data = event.any_data if isinstance(event.any_data, str) else ''
    try:
        description = event.source.get_description() or ''
    except GLib.Error:
        description = ''
    announce_log.append(f'{name_of(event.source)} {data} {description}'.strip())


change_listener = Atspi.EventListener.new(on_change)
change_listener.register('object:property-change:accessible-name')
change_listener.register('object:text-changed:insert')
change_listener.register('object:property-change:accessible-description')


def pump(seconds=0.3, quiet=None):
    """Runs the main loop for SECONDS (so that events arrive)."""
    ctx = GLib.MainContext.default()
    end = time.time() + seconds
    while time.time() < end:
        while ctx.pending():
            ctx.iteration(False)
        time.sleep(0.01)


def name_of(obj):
    if obj is None:
        return ''
    try:
        return obj.get_name() or ''
    except GLib.Error:
        return ''


def role_of(obj):
    if obj is None:
        return Atspi.Role.INVALID
    try:
        return obj.get_role()
    except GLib.Error:
        return Atspi.Role.INVALID


def describe(obj):
    if obj is None:
        return '(nothing)'
    try:
        return f'[{obj.get_role_name()}] {name_of(obj)!r}'
    except GLib.Error:
        return '(gone)'


def walk(obj, depth=0):
    yield obj, depth
    try:
        count = obj.get_child_count()
    except GLib.Error:
        return
    for i in range(count):
        try:
            child = obj.get_child_at_index(i)
        except GLib.Error:
            continue
        if child is not None:
            yield from walk(child, depth + 1)


def find_app(pid, timeout=60):
    end = time.time() + timeout
    while time.time() < end:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            try:
                if app is not None and app.get_process_id() == pid and app.get_child_count() > 0:
                    return app
            except GLib.Error:
                pass
        pump(0.2)
    return None


def check_tree(app, where, hidden_names=()):
    """The tree as a screen reader's review finds it."""
    type_names = []
    unnamed = []
    unknown = []
    mnemonics = []
    hidden = []
    for obj, _ in walk(app):
        name = name_of(obj)
        role = role_of(obj)
        try:
            states = obj.get_state_set()
        except GLib.Error:
            continue
        if TYPE_NAME.search(name):
            type_names.append(describe(obj))
        if MNEMONIC.search(name):
            mnemonics.append(describe(obj))
        if states.contains(Atspi.StateType.FOCUSABLE) and not name.strip():
            unnamed.append(describe(obj))
        if role == Atspi.Role.UNKNOWN and (states.contains(Atspi.StateType.SHOWING) or
                                           states.contains(Atspi.StateType.VISIBLE)):
            unknown.append(describe(obj))
        for h in hidden_names:
            if h and h in name:
                hidden.append(describe(obj))
    ok(not type_names, f'{where}: no object is named by its GTK type',
       '\n'.join(type_names[:30]))
    ok(not unnamed, f'{where}: every focusable object has a name', '\n'.join(unnamed[:30]))
    ok(not unknown, f'{where}: no shown object has the role "unknown"', '\n'.join(unknown[:30]))
    ok(not mnemonics, f'{where}: no name reads a mnemonic underscore', '\n'.join(mnemonics[:30]))
    ok(not hidden, f'{where}: nothing of a hidden page or banner is in the tree',
       '\n'.join(hidden[:30]))


def key(window, *keys, wait=0.35):  # noqa: the window is the focused one
    subprocess.run(['xdotool', 'key', '--clearmodifiers', *keys],
                   check=False)
    pump(wait)


def type_text(window, text, wait=0.6):
    subprocess.run(['xdotool', 'type', '--delay', '60', text], check=False)
    pump(wait)


def current_focus():
    return focus_log[-1] if focus_log else None


def press_and_follow(window, keyname, times):
    """Presses KEYNAME TIMES times; returns the object focused after each press."""
    seen = []
    for _ in range(times):
        before = len(focus_log)
        subprocess.run(['xdotool', 'key', '--clearmodifiers', keyname], check=False)
        end = time.time() + 2.0
        pump(0.12)
        while len(focus_log) == before and time.time() < end:
            pump(0.05)
        pump(0.05)
        seen.append(focus_log[-1] if len(focus_log) > before else None)
    return seen


def start(args, lang):
    env = dict(os.environ)
    env['LANGUAGE'] = lang
    env['GTK_A11Y'] = 'atspi'
    env.pop('NO_AT_BRIDGE', None)
    log = open(os.path.join(os.environ.get('MESON_BUILD_ROOT', '/tmp'),
                            f'a11y-atspi-{lang}.log'), 'w')
    proc = subprocess.Popen([MADOGUCHI, *args], env=env, stdout=log, stderr=log)
    win = ''
    end = time.time() + 90
    while time.time() < end and not win:
        r = subprocess.run(['xdotool', 'search', '--onlyvisible', '--pid', str(proc.pid)],
                           capture_output=True, text=True)
        win = r.stdout.split()[0] if r.stdout.split() else ''
        if not win:
            time.sleep(0.2)
    if win:
        subprocess.run(['xdotool', 'windowactivate', '--sync', win], check=False,
                       stderr=subprocess.DEVNULL)
    app = find_app(proc.pid)
    pump(1.0)
    return proc, win, app


def stop(proc):
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def texts(objs):
    return [describe(o) for o in objs]


def staff_region(obj):
    name = name_of(obj)
    role = role_of(obj)
    if obj is None:
        return None
    if role in (Atspi.Role.ENTRY, Atspi.Role.TEXT) and name.startswith('事例を検索'):
        return 'search'
    if name.startswith('業務'):
        return 'filter'
    if role == Atspi.Role.LIST_ITEM and name.startswith('事例 '):
        return 'list'
    if name.startswith('案内を印刷'):
        return 'print'
    if name.startswith('メインメニュー'):
        return 'menu'
    if name.startswith(('発生事象', '問い合わせ原因', '1次対応', '2次対応')):
        return 'content'
    return 'other'


def check_cycle(where, seen, regions, region_of):
    stuck = [f'press {i + 1}: {describe(seen[i])}'
             for i in range(len(seen)) if seen[i] is None or (i > 0 and seen[i] == seen[i - 1])]
    ok(not stuck, f'{where}: the focus moves at every press', '\n'.join(stuck[:10]) +
       '\nfocus path:\n' + '\n'.join(texts(seen)))
    visited = {region_of(o) for o in seen if o is not None}
    missing = [r for r in regions if r not in visited]
    ok(not missing, f'{where}: the focus visits every region ({", ".join(regions)})',
       f'never reached: {", ".join(missing)}\nfocus path:\n' + '\n'.join(texts(seen)))
    if os.environ.get('A11Y_VERBOSE'):
        print('# focus path: ' + ' | '.join(texts(seen)))


def use_keyfile_settings(text):
    """Settings only this test reads, in a keyfile (memory settings cannot be preset)."""
    import atexit
    import tempfile
    tmp = tempfile.mkdtemp(prefix='a11y-atspi-')
    atexit.register(shutil.rmtree, tmp, True)
    os.makedirs(os.path.join(tmp, 'glib-2.0', 'settings'))
    with open(os.path.join(tmp, 'glib-2.0', 'settings', 'keyfile'), 'w') as f:
        f.write('[io/github/madoguchi/Madoguchi]\n' + text)
    os.environ['XDG_CONFIG_HOME'] = tmp
    os.environ['GSETTINGS_BACKEND'] = 'keyfile'
    return tmp


# The bundled knowledge base's cases: the document's twelve and those we added.
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'kb.json'),
          encoding='utf-8') as _kb:
    N_CASES = len(json.load(_kb)['cases'])


PAGE_NAMES = {'summary': ('主要な対応',), 'glossary': ('用語集',)}


def staff_window():
    tmp = use_keyfile_settings('')
    out = os.path.join(tmp, 'handout.pdf')
    with open(os.path.join(tmp, 'glib-2.0', 'settings', 'keyfile'), 'a') as f:
        f.write("print-settings={'printer': <'ファイルに出力する'>, 'output-uri': <'file://%s'>, "
                "'output-file-format': <'pdf'>}\n" % out)
    proc, win, app = start([], 'ja')
    if not ok(app is not None and win, 'staff window: on the accessibility bus'):
        stop(proc)
        return
    check_tree(app, 'staff window', hidden_names=('ナレッジベースがありません', '閉じる('))
    rows = [name_of(o) for o, _ in walk(app) if role_of(o) == Atspi.Role.LIST_ITEM]
    twice = [r for r in rows if re.search(r'(\d{3}).*\1', r)]
    ok(len(rows) == N_CASES and not twice,
       'staff window: %d cases are %d list items, each saying its error code once' % (N_CASES, N_CASES),
       '\n'.join(twice or rows))

    # Case 4 with the keyboard only: Down moves the selection from the entry.
    focus_log.clear()
    announce_log.clear()
    key(win, 'ctrl+f')
    key(win, 'Down', 'Down', 'Down', 'Down', wait=0.8)
    said = list(announce_log)
    ok(any('事例 4' in s for s in said), 'staff window: the selected case is announced',
       '\n'.join(said[-10:]))
    # Orca 43 reads no live region of GTK 4.8 but reads a new description of
    # the focused object: the search entry carries the announcement.
    entry = next((o for o, _ in walk(app) if role_of(o) in (Atspi.Role.ENTRY, Atspi.Role.TEXT)
                  and name_of(o).startswith('事例を検索')), None)
    description = entry.get_description() if entry is not None else ''
    ok('事例 4' in description and '%d 件' % N_CASES in description,
       'staff window: the focused search entry describes the selection (what Orca reads)',
       description)
    check_tree(app, 'staff window with case 4')

    key(win, 'ctrl+f')
    seen = press_and_follow(win, 'Tab', 40)
    check_cycle('staff window, Tab ×40', seen,
                ('search', 'filter', 'list', 'content', 'print', 'menu'), staff_region)
    # The content of case 4 in reading order, each response with stage,
    # actor and text.
    names = [name_of(o) for o in seen if staff_region(o) == 'content']
    order = []
    for wanted in ('発生事象', '問い合わせ原因', '1次対応', '2次対応'):
        idx = next((i for i, s in enumerate(names) if s.startswith(wanted)), -1)
        order.append(idx)
    ok(-1 not in order and order == sorted(order),
       'staff window: Tab reads case 4 as symptom, cause, first and second response',
       '\n'.join(names))
    first = next((s for s in names if s.startswith('1次対応')), '')
    second = next((s for s in names if s.startswith('2次対応')), '')
    ok('マイナンバーカードで照会した際' in next((s for s in names if s.startswith('発生事象')), ''),
       'staff window: the symptom block reads the symptom', '\n'.join(names))
    ok('新しい保険者等にて資格情報が登録されていない' in
       next((s for s in names if s.startswith('問い合わせ原因')), ''),
       'staff window: the cause block reads the cause', '\n'.join(names))
    ok('医療機関等窓口' in first and '保険証がある場合' in first and '新しい保険証に基づいて対応する' in first,
       'staff window: the first response reads stage, actor, condition and text', first)
    ok('患者' in second and '現保険者等にて問い合わせる' in second,
       'staff window: the second response reads stage, actor and text', second)

    # Printing the handout says that it started and how it ended (the print
    # dialog's "Print to File" goes to a file of this test).
    announce_log.clear()
    key(win, 'ctrl+f')
    focus_log.clear()
    key(win, 'ctrl+p', wait=2.0)
    chooser = [describe(o) for o in focus_log]
    button = tab_to('印刷…', limit=6)
    ok(button is not None and name_of(button) == '印刷…',
       'staff window: the handout dialog\'s button reads 印刷…, without its mnemonic',
       '\n'.join(chooser + texts(focus_log[-6:])))
    ok(any(s.startswith("[push button] '言語：") for s in texts(focus_log)),
       'staff window: the handout dialog\'s language reads 言語：<value>',
       '\n'.join(texts(focus_log[-6:])))
    key(win, 'Return', wait=3.0)
    # GTK's own print dialog: its Print button (the default) with the file printer.
    key(win, 'alt+p', wait=5.0)
    ok(os.path.exists(out), 'staff window: the handout was printed (to a file)', out)
    said = list(announce_log)
    ok(any('印刷しています' in s for s in said) and
       any('プリンターに送りました' in s or '印刷できませんでした' in s for s in said),
       'staff window: printing started and finished are announced', '\n'.join(said))

    key(win, 'ctrl+f')
    seen = press_and_follow(win, 'shift+Tab', 40)
    check_cycle('staff window, Shift+Tab ×40', seen,
                ('search', 'filter', 'list', 'content', 'print', 'menu'), staff_region)

    # The summary and the glossary, from the main menu by keyboard.
    for item, title in ((1, 'summary'), (2, 'glossary')):
        key(win, 'ctrl+f')
        if tab_to('メインメニュー', keyname='shift+Tab', limit=5) is None:
            ok(False, f'staff window: Shift+Tab reaches the main menu ({title})')
            continue
        key(win, 'Return', wait=1.0)
        if item == 1:
            check_tree(app, 'staff window, main menu open')
        key(win, *(['Down'] * (item - 1)), wait=0.3)
        key(win, 'Return', wait=2.0)
        pages = [name_of(o) for o, _ in walk(app) if role_of(o) == Atspi.Role.PANEL and
                 name_of(o) in PAGE_NAMES[title]]
        ok(bool(pages), f'staff window: the {title} page is open, named', ', '.join(pages))
        check_tree(app, f'staff window, {title}')

    # Searching says how many cases match; no match says so.
    key(win, 'ctrl+f')
    announce_log.clear()
    type_text(win, '010', wait=1.2)
    said = list(announce_log)
    ok(any(re.search(r'\d+ 件', s) for s in said),
       'staff window: the number of results is announced as the query changes', '\n'.join(said))
    announce_log.clear()
    key(win, 'ctrl+a')
    type_text(win, 'zzqqxx', wait=1.2)
    said = list(announce_log)
    ok(any('見つかりません' in s or '一致する事例はありません' in s for s in said),
       'staff window: no results is announced', '\n'.join(said))
    check_tree(app, 'staff window with no results', hidden_names=('事例 1、',))
    stop(proc)


KIOSK = {
    'ja': {'language': '言語：', 'question': '何がありましたか？', 'what': '何があったか',
           'do': 'あなたがすること', 'tell': '受付にお伝えください', 'print': 'これを印刷する',
           'back': '戻る', 'home': '最初から', 'area': '保険の資格が確認できない',
           'case4': 'マイナンバーカードで調べたところ', 'printing': ('プリンター', '印刷')},
    'en': {'language': 'Language:', 'question': 'What happened?', 'what': 'What happened',
           'do': 'What you do', 'tell': 'Please tell the reception', 'print': 'Print this for me',
           'back': 'Back', 'home': 'Start over', 'area': 'My insurance could not be checked',
           'case4': 'When your My Number Card was checked', 'printing': ('printer', 'printed')},
}
NATIVE_NAMES = ('日本語', 'やさしい にほんご', 'English', '中文', 'Tiếng Việt', '한국어', 'Filipino',
                'नेपाली', 'Bahasa Indonesia', 'Português', 'မြန်မာ')


def ancestors(obj):
    """The names of OBJ's ancestors below the window."""
    names = []
    try:
        parent = obj.get_parent()
        while parent is not None and len(names) < 30 and role_of(parent) != Atspi.Role.FRAME:
            names.append(name_of(parent))
            parent = parent.get_parent()
    except GLib.Error:
        pass
    return names


def kiosk_region(t):
    def region(obj):
        name = name_of(obj)
        if obj is None:
            return None
        if name in NATIVE_NAMES or name.startswith(t['language']):
            return 'language'
        if t['question'] in ancestors(obj) and role_of(obj) == Atspi.Role.PUSH_BUTTON:
            return 'situation'
        if name.startswith((t['what'], t['do'], t['tell'])):
            return 'case'
        if name.startswith(t['print']):
            return 'print'
        if name == t['back']:
            return 'back'
        if name == t['home']:
            return 'home'
        return 'other'
    return region


def tab_to(pattern, limit=40, keyname='Tab'):
    """Presses Tab until the focus is on an object whose name contains PATTERN."""
    for _ in range(limit):
        focused = current_focus()
        if focused is not None and pattern in name_of(focused):
            return focused
        press_and_follow(None, keyname, 1)
    focused = current_focus()
    return focused if focused is not None and pattern in name_of(focused) else None


def kiosk_case_screen(app, lang):
    t = KIOSK[lang]
    region = kiosk_region(t)
    check_tree(app, f'kiosk ({lang}), start page', hidden_names=('スタッフ専用', 'Staff only'))
    seen = press_and_follow(None, 'Tab', 30)
    check_cycle(f'kiosk ({lang}) start page, Tab ×30', seen, ('language', 'situation'), region)

    # A situation, then case 4, with the keyboard.
    ok(tab_to(t['area']) is not None, f'kiosk ({lang}): Tab reaches the situation',
       '\n'.join(texts(focus_log[-10:])))
    key(None, 'Return', wait=1.0)
    ok(tab_to(t['case4']) is not None, f'kiosk ({lang}): Tab reaches case 4 in the list',
       '\n'.join(texts(focus_log[-10:])))
    focus_log.clear()
    key(None, 'Return', wait=1.5)
    first = current_focus()
    ok(first is not None and name_of(first).startswith(t['what']),
       f'kiosk ({lang}): opening a case puts the focus on its first heading, read whole',
       describe(first))
    check_tree(app, f'kiosk ({lang}), case 4', hidden_names=('スタッフ専用', 'Staff only'))

    seen = press_and_follow(None, 'Tab', 12)
    names = [name_of(first)] + [name_of(o) for o in seen]
    order = [next((i for i, s in enumerate(names) if s.startswith(w)), -1)
             for w in (t['what'], t['do'], t['tell'])]
    ok(-1 not in order and order == sorted(order),
       f'kiosk ({lang}): Tab reads case 4 in order: {t["what"]}, {t["do"]}, {t["tell"]}',
       '\n'.join(names))
    ok(t['case4'] in names[0], f'kiosk ({lang}): the first block reads the situation', names[0])
    check_cycle(f'kiosk ({lang}) case screen, Tab ×12', seen,
                ('case', 'print', 'back', 'home', 'language'), region)
    seen = press_and_follow(None, 'shift+Tab', 12)
    check_cycle(f'kiosk ({lang}) case screen, Shift+Tab ×12', seen,
                ('case', 'print', 'back', 'home', 'language'), region)

    # Printing says what happens.
    announce_log.clear()
    ok(tab_to(t['print']) is not None, f'kiosk ({lang}): Tab reaches the print button')
    key(None, 'Return', wait=2.5)
    said = list(announce_log)
    ok(any(p in s for s in said for p in t['printing']),
       f'kiosk ({lang}): the print status is announced', '\n'.join(said))
    focused = current_focus()
    ok(focused is not None and name_of(focused).startswith(t['tell']) and
       any(p in (focused.get_description() or '') for p in t['printing']),
       f'kiosk ({lang}): after print the focus is on {t["tell"]}, which describes the status '
       '(what Orca reads)', describe(focused))

    ok(tab_to(t['back'], keyname='shift+Tab') is not None, f'kiosk ({lang}): Shift+Tab reaches Back')
    key(None, 'Return', wait=1.0)
    ok(tab_to(t['case4']) is not None, f'kiosk ({lang}): Back returns to the list, reachable by Tab',
       '\n'.join(texts(focus_log[-10:])))


def kiosk():
    use_keyfile_settings('kiosk-allow-printing=true\nkiosk-idle-seconds=uint32 3600\n')
    focus_log.clear()
    proc, win, app = start(['--kiosk'], 'ja')
    if not ok(app is not None and win, 'kiosk: on the accessibility bus'):
        stop(proc)
        return
    kiosk_case_screen(app, 'ja')

    # The language, chosen with the keyboard, is said.
    ok(tab_to('言語：') is not None, 'kiosk: Tab reaches the language button')
    key(None, 'Return', wait=1.0)
    announce_log.clear()
    ok(tab_to('English') is not None, 'kiosk: Tab reaches English')
    key(None, 'Return', wait=1.5)
    said = list(announce_log)
    ok(any('Language: English' in s for s in said),
       'kiosk: the chosen language is announced', '\n'.join(said))
    # Home, then the same path in English.
    ok(tab_to('Start over', keyname='shift+Tab') is not None, 'kiosk (en): Shift+Tab reaches Start over')
    key(None, 'Return', wait=1.0)
    focus_log.clear()
    kiosk_case_screen(app, 'en')
    stop(proc)


def main():
    only = os.environ.get('A11Y_ONLY')
    if only in (None, '', 'staff'):
        staff_window()
    if only in (None, '', 'kiosk'):
        kiosk()
    print(f'1..{n}')
    listener.deregister('object:state-changed:focused')
    launcher.terminate()
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
