#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Export speed, as process wall time of the real command line.

    bench-print.py MADOGUCHI [RUNS]

Prints the median (and fastest) wall time of RUNS runs, after one warm-up
run, of `madoguchi --list` (the floor: starting the process and loading the
knowledge base), one handout PDF in several languages and the whole staff
sheet, and the median CPU time (user + system), which other load on the
machine disturbs less. Fails when a handout's median wall time is over 150 ms
or the sheet's over 500 ms.
"""
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

MADOGUCHI = sys.argv[1]
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 9
HANDOUT_BUDGET = 0.150
SHEET_BUDGET = 0.500


def cpu_of_children():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(args):
    times, cpus = [], []
    for i in range(RUNS + 1):
        cpu = cpu_of_children()
        start = time.perf_counter()
        r = subprocess.run([MADOGUCHI, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - start
        cpu = cpu_of_children() - cpu
        if r.returncode != 0:
            sys.exit('madoguchi %s failed: %s' % (' '.join(args), r.stderr.decode().strip()))
        if i > 0:                      # the first run warms the caches
            times.append(elapsed)
            cpus.append(cpu)
    return statistics.median(times), min(times), statistics.median(cpus)


def main():
    out = os.path.join(tempfile.mkdtemp(prefix='mdg-bench-'), 'out.pdf')
    failed = []
    rows = [('madoguchi --list (floor)', ['--list'], None)]
    for case, lang in ((4, 'ja'), (12, 'ja'), (12, 'en'), (12, 'vi'), (12, 'my'), (1, 'ne'), (4, 'zh-Hans'),
                       (12, 'zh-Hans'), (12, 'ko')):
        rows.append(('handout %d %s' % (case, lang),
                     ['--export-handout', str(case), '--language', lang, '--output', out], HANDOUT_BUDGET))
    rows.append(('patient sheet my', ['--export-patient-sheet', '--language', 'my', '--output', out], SHEET_BUDGET))
    rows.append(('staff sheet ja', ['--export-sheet', '--language', 'ja', '--output', out], SHEET_BUDGET))
    rows.append(('staff sheet en', ['--export-sheet', '--language', 'en', '--output', out], SHEET_BUDGET))

    # Wall time on a shared machine follows its load: say what it was.
    print('load average before: %.2f %.2f %.2f on %d CPUs' % (*os.getloadavg(), os.cpu_count()))
    print('%-28s %9s %9s %9s %9s' % ('', 'median', 'fastest', 'CPU', 'budget'))
    for name, args, budget in rows:
        median, fastest, cpu = measure(args)
        verdict = ''
        if budget is not None and median > budget:
            verdict = '  OVER'
            failed.append(name)
        print('%-28s %6.0f ms %6.0f ms %6.0f ms %9s%s' % (name, median * 1000, fastest * 1000, cpu * 1000,
                                                          '%.0f ms' % (budget * 1000) if budget else '', verdict))
    print('load average after: %.2f %.2f %.2f on %d CPUs' % (*os.getloadavg(), os.cpu_count()))
    os.unlink(out)
    os.rmdir(os.path.dirname(out))
    if failed:
        print('over budget: %s' % ', '.join(failed))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
