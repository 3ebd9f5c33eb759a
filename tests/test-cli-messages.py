#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""test-cli-messages.py MADOGUCHI FIXTURES — the command line's messages stay short and
safe whatever the input, and it reads the knowledge base a desk's window reads.

Each bad input gets one line on stderr, with at most a bounded excerpt of the input and no
control character (a file name with a terminal's escape sequences went raw to the
terminal). Prints TAP."""

import json
import os
import subprocess
import sys
import tempfile

MADOGUCHI = sys.argv[1]
FIXTURES = sys.argv[2]
results = []


def report(ok, name, detail=''):
    results.append((ok, name, detail))


def run(*args, env=None):
    return subprocess.run([MADOGUCHI, *args], capture_output=True, env=env)


def one_safe_line(r, limit=600):
    err = r.stderr.decode('utf-8', 'replace')
    lines = [l for l in err.splitlines() if l.strip()]
    controls = [c for c in err if (ord(c) < 0x20 and c != '\n') or 0x7f <= ord(c) < 0xa0]
    return len(lines) >= 1 and all(len(l) <= limit for l in lines) and not controls, err


def main():
    tmp = tempfile.mkdtemp(prefix='test-cli-messages-')
    config = os.path.join(tmp, 'config')
    os.makedirs(os.path.join(config, 'glib-2.0', 'settings'))
    env = dict(os.environ, GSETTINGS_BACKEND='keyfile', XDG_CONFIG_HOME=config,
               XDG_CACHE_HOME=os.path.join(tmp, 'cache'), LANGUAGE='en', LC_ALL='C.UTF-8')
    minimal = os.path.join(FIXTURES, 'minimal.json')

    def set_kb_file(path):
        with open(os.path.join(config, 'glib-2.0', 'settings', 'keyfile'), 'w') as f:
            f.write("[io/github/madoguchi/Madoguchi]\nkb-file='%s'\n" % path)

    # -- the kb-file setting, and --kb over it ------------------------------------------
    bundled = run('--list', env=env)
    set_kb_file(minimal)
    listed = run('--list', env=env)
    numbers = sorted(l.split(b'\t')[0] for l in listed.stdout.splitlines())
    report(listed.returncode == 0 and numbers == [b'1', b'2'],
           '--list reads the kb-file setting', 'exit %d, cases %s' % (listed.returncode, numbers))
    overridden = run('--kb', os.path.join(FIXTURES, '..', '..', 'resources', 'kb.json'), '--list', env=env)
    report(overridden.returncode == 0 and overridden.stdout == bundled.stdout,
           '--kb overrides the kb-file setting', 'exit %d' % overridden.returncode)
    broken = os.path.join(tmp, 'broken.json')
    with open(broken, 'w') as f:
        f.write('{ "format": 1, "cases": [')
    set_kb_file(broken)
    r = run('--list', env=env)
    report(r.returncode == 1 and b'broken.json' in r.stderr and not r.stdout,
           'a broken kb-file is named and the command fails', r.stderr)
    set_kb_file('')

    # -- bounded excerpts, control characters spelt out -------------------------------
    cases = [
        ('a 1 MB number', '{"format": %s}' % ('1' * (1 << 20)), 'too large'),
        ('a 1 MB member name', '{"format": 1, "%s": 1}' % ('k' * (1 << 20)), ''),
        ('a 1 MB string', '{"format": 1, "date": "%s"}' % ('x' * (1 << 20)), '64 KiB'),
        ('format 1.0', '{"format": 1.0}', 'an integer'),
    ]
    for name, text, expected in cases:
        path = os.path.join(tmp, 'bad.json')
        with open(path, 'w') as f:
            f.write(text)
        r = run('--kb', path, '--list', env=env)
        ok, err = one_safe_line(r)
        report(r.returncode == 1 and ok and expected.encode() in r.stderr,
               '%s: one short line' % name, err[:300])

    escape = os.path.join(tmp, '\x1b[31mred\x07.json')
    with open(escape, 'w') as f:
        f.write('{"format": 1.0}')
    for args in (['--kb', escape, '--list'], ['--check-kb', escape]):
        r = run(*args, env=env)
        ok, err = one_safe_line(r)
        report(r.returncode == 1 and ok and b'\x1b' not in r.stdout and 'U+001B' in err,
               'a file name with escape sequences is spelt out (%s)' % args[0], repr(err[:200]))

    # -- the program's own sentences -----------------------------------------------
    r = subprocess.run([MADOGUCHI.encode(), b'--search', b'\xff\xfe caf\xe9'],
                       capture_output=True, env=env)
    report(r.returncode == 2 and b'not text in this terminal' in r.stderr
           and b'Invalid byte sequence' not in r.stderr,
           'an invalid UTF-8 query gets its own sentence', r.stderr)

    dangling = os.path.join(tmp, 'dangling.json')
    os.symlink(os.path.join(tmp, 'nowhere.json'), dangling)
    r = run('--kb', dangling, '--list', env=env)
    report(r.returncode == 1 and b'symbolic link to' in r.stderr and b'does not exist' in r.stderr,
           'a dangling symbolic link is reported as such', r.stderr)
    loop = os.path.join(tmp, 'loop.json')
    os.symlink(loop, loop)
    r = run('--kb', loop, '--list', env=env)
    report(r.returncode == 1 and b'a loop' in r.stderr, 'a symbolic link loop is reported as such',
           r.stderr)

    print('1..%d' % len(results))
    for n, (ok, name, detail) in enumerate(results, 1):
        print('%s %d - %s' % ('ok' if ok else 'not ok', n, name))
        if not ok and detail:
            print('# %r' % (detail,))
    subprocess.run(['rm', '-rf', tmp])
    return 0 if all(ok for ok, _, _ in results) else 1


if __name__ == '__main__':
    sys.exit(main())
