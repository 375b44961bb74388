#!/usr/bin/env python3
"""Article-extraction benchmark: quality and speed of `narrate extract --format jsonl` on the
public benchmark pages (the benchmark's own scorer, one process for all pages), the median
pages/s of several runs on every core and on one thread, trafilatura side by side on the same
pages when it is installed (pip install trafilatura lxml_html_clean), and time and peak memory
against page size (bench_page_size.py).

Corpora: BENCH_DATA/extraction (97 pages) and, when present, BENCH_DATA/extraction-wcxb (WCXB's
development split: its 791 articles, and all 1,476 pages of seven types). WCXB is also scored
in two fixed halves (ids split by the parity of their MD5), so that a rule written while
looking at one half is checked on the other: both figures are printed.

usage: bench_extract.py BENCH_DATA NARRATE [RUNS]
"""
import hashlib
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ('precision', 'recall', 'f1', 'accuracy', 'pages_f1_below_0.5', 'empty', 'errors')


def score(data, ids, command):
    """The scorer's result of one run (pages/s in it)."""
    args = [sys.executable, os.path.join(data, '..', 'extraction', 'score.py'), '--data', data,
            '--cmd', command, '--json']
    if ids:
        args += ['--ids', ids]
    # The scorer leaves its working folder (hundreds of MB a run) in TMPDIR: give it one of ours
    # and remove it after the run.
    with tempfile.TemporaryDirectory(prefix='narrator-score-') as scratch:
        out = subprocess.run(args, capture_output=True, text=True, check=True, env={**os.environ, 'TMPDIR': scratch})
    return json.loads(out.stdout.strip().splitlines()[-1])


def speed(rates):
    return f'pages/s median of {len(rates)} runs {statistics.median(rates):.0f} (min {min(rates):.0f}, max {max(rates):.0f})'


def per_page(data, ids_file, command):
    """Per-page (f1, precision, recall) and the words of each page's ground truth, from one run."""
    sys.path.insert(0, os.path.join(data, '..', 'extraction'))
    import score as scorer  # the benchmark's own scorer
    ids = [line.strip() for line in Path(ids_file).read_text().splitlines() if line.strip()]
    # The scorer leaves its copies of the pages (hundreds of MB) in the temporary folder: it
    # gets one of ours, removed after the run.
    with tempfile.TemporaryDirectory(prefix='narrator-score-') as scratch:
        default, tempfile.tempdir = tempfile.tempdir, scratch
        try:
            preds, _, _ = scorer.run_cmd(command, Path(data), ids)
        finally:
            tempfile.tempdir = default
    pages = {}
    for page in ids:
        truth = json.loads((Path(data) / 'expected' / f'{page}.json').read_text(encoding='utf8'))['articleBody']
        counts = scorer.counts(truth, preds.get(page, ''))
        read = counts[0] + counts[1] > 0
        pages[page] = (scorer.prec(*counts) if read else None, scorer.rec(*counts), len(scorer.words(truth)))
    return pages


def f1_of(pages, ids):
    precisions = [pages[i][0] for i in ids if pages[i][0] is not None]
    recalls = [pages[i][1] for i in ids]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def half(page):
    return 'A' if int(hashlib.md5(page.encode()).hexdigest(), 16) % 2 == 0 else 'B'


def compare(label, data, ids, runs, narrate, trafilatura):
    """Quality of one run; pages/s on every core (the default) and on one thread (--jobs 1),
    the two runs taken in turn so that both see the same machine."""
    results, single = [], []
    for _ in range(runs):
        results.append(score(data, ids, f'{shlex.quote(narrate)} extract --format jsonl'))
        single.append(score(data, ids, f'{shlex.quote(narrate)} extract --format jsonl --jobs 1')['pages_per_s'])
    ours, rates = results[0], [r['pages_per_s'] for r in results]
    print(f'{label}')
    print('  narrate:     ' + ' '.join(f'{k}={ours[k]}' for k in ('pages',) + FIELDS))
    print(f'               {speed(rates)} on {os.cpu_count()} cores; one thread (--jobs 1): {speed(single)}')
    if trafilatura:
        command = f'{shlex.quote(sys.executable)} {os.path.join(HERE, "trafilatura_jsonl.py")}'
        theirs = score(data, ids, command)
        their_rates = [theirs['pages_per_s']]
        print('  trafilatura: ' + ' '.join(f'{k}={theirs[k]}' for k in ('pages',) + FIELDS))
        print(f'               {speed(their_rates)} (one process, one thread); narrate is '
              f'{statistics.median(rates) / statistics.median(their_rates):.1f}x as fast, '
              f'{statistics.median(single) / statistics.median(their_rates):.1f}x on one thread')
    return ours


def wcxb_details(data, ids_file, narrate, trafilatura):
    """F1 of each fixed half, and the pages with a 50+ word truth read as nothing."""
    ours = per_page(data, ids_file, f'{shlex.quote(narrate)} extract --format jsonl')
    halves = {h: [i for i in ours if half(i) == h] for h in 'AB'}
    line = '  halves:      narrate ' + ', '.join(f'{h} f1={f1_of(ours, halves[h]):.4f} ({len(halves[h])} pages)' for h in 'AB')
    if trafilatura:
        theirs = per_page(data, ids_file, f'{shlex.quote(sys.executable)} {os.path.join(HERE, "trafilatura_jsonl.py")}')
        line += '; trafilatura ' + ', '.join(f'{h} f1={f1_of(theirs, halves[h]):.4f}' for h in 'AB')
    print(line)
    silent = sorted(i for i, (p, _, words) in ours.items() if p is None and words >= 50)
    print(f'  read as nothing with 50+ words of truth: {len(silent)}' + (f' ({" ".join(silent)})' if silent else ''))


def main():
    data, narrate = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    usable = subprocess.run([sys.executable, '-c', 'import trafilatura'], capture_output=True, text=True)
    trafilatura = usable.returncode == 0
    if not trafilatura:
        reason = (usable.stderr.strip().splitlines() or ['not installed'])[-1]
        print(f'trafilatura: not usable ({reason}; pip install trafilatura lxml_html_clean) - not compared')
    compare('extraction benchmark, 97 pages', os.path.join(data, 'extraction'), None, runs, narrate, trafilatura)
    wcxb = os.path.join(data, 'extraction-wcxb')
    if os.path.isdir(wcxb):
        for label, ids in (('WCXB articles', 'ids-article.txt'), ('WCXB all page types', 'ids.txt')):
            ids_file = os.path.join(wcxb, ids)
            compare(label, wcxb, ids_file, 1, narrate, trafilatura)
            wcxb_details(wcxb, ids_file, narrate, trafilatura)
    else:
        print(f'WCXB: {wcxb} not found - not scored')
    sys.stdout.flush()
    subprocess.run([sys.executable, os.path.join(HERE, 'bench_page_size.py'), narrate], check=True)


if __name__ == '__main__':
    main()
