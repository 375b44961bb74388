#!/usr/bin/env python3
"""Article-extraction benchmark: quality and speed of `narrate extract --format jsonl` on the
public benchmark pages (the benchmark's own scorer, one process for all pages), the median
pages/s of several runs, trafilatura side by side when it is installed (pip install
trafilatura), and time and peak memory against page size (bench_page_size.py).

usage: bench_extract.py BENCH_DATA NARRATE [RUNS]
"""
import json
import os
import shlex
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def score(data, command, runs):
    """The scorer's result of the first run, and pages/s of every run."""
    results = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, os.path.join(data, 'extraction', 'score.py'),
                              '--data', os.path.join(data, 'extraction'), '--cmd', command, '--json'],
                             capture_output=True, text=True, check=True)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return results[0], [r['pages_per_s'] for r in results]


def speed(rates):
    return f'pages/s median of {len(rates)} runs {statistics.median(rates):.0f} (min {min(rates):.0f}, max {max(rates):.0f})'


def main():
    data, narrate = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    ours, rates = score(data, f'{shlex.quote(narrate)} extract --format jsonl', runs)
    fields = ('precision', 'recall', 'f1', 'accuracy', 'pages_f1_below_0.5', 'empty', 'errors')
    print('narrate:     ' + ' '.join(f'{k}={ours[k]}' for k in ('pages',) + fields))
    print(f'             {speed(rates)}')
    usable = subprocess.run([sys.executable, '-c', 'import trafilatura'], capture_output=True, text=True)
    if usable.returncode == 0:
        theirs, their_rates = score(data, f'{shlex.quote(sys.executable)} {os.path.join(HERE, "trafilatura_jsonl.py")}', 3)
        print('trafilatura: ' + ' '.join(f'{k}={theirs[k]}' for k in ('pages',) + fields))
        print(f'             {speed(their_rates)}; narrate is '
              f'{statistics.median(rates) / statistics.median(their_rates):.1f}x as fast')
    else:
        reason = (usable.stderr.strip().splitlines() or ['not installed'])[-1]
        print(f'trafilatura: not usable ({reason}; pip install trafilatura lxml_html_clean) - not compared')
    sys.stdout.flush()
    subprocess.run([sys.executable, os.path.join(HERE, 'bench_page_size.py'), narrate], check=True)


if __name__ == '__main__':
    main()
