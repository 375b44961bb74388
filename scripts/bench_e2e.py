#!/usr/bin/env python3
"""End-to-end narration time against `espeak-ng -w` on the same text.

For each sample article: `narrate extract --format text` gives the text that will be spoken;
then `narrate SAMPLE` (extraction, segmentation, synthesis, WAV with markers, timings) and
`espeak-ng -w OUT -f TEXT` (synthesis of the extracted text only) run alternately, several
times each, same voice and nominal rate. Prints the median wall time of each and their ratio.

usage: bench_e2e.py NARRATE_BIN SAMPLES_DIR [--runs N] [--voice V]
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(cmd):
    """Wall seconds and CPU seconds (user + system) of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f'failed: {" ".join(cmd)}')
    return wall, usage.ru_utime + usage.ru_stime


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('narrate')
    ap.add_argument('samples', type=Path)
    ap.add_argument('--runs', type=int, default=9)
    ap.add_argument('--voice', default='en-us')
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix='bench-e2e-'))
    rows = []
    for sample in sorted(a.samples.iterdir()):
        if sample.suffix not in ('.html', '.htm', '.txt', '.md'):
            continue
        text = subprocess.run([a.narrate, 'extract', '--format', 'text', str(sample)], check=True,
                              capture_output=True, text=True).stdout
        text_file = tmp / (sample.stem + '.txt')
        text_file.write_text(text)
        ours = [a.narrate, str(sample), '--voice', a.voice, '--speed', '1x', '-q', '-o', str(tmp / 'ours.wav')]
        theirs = ['espeak-ng', '-v', a.voice, '-s', '200', '-w', str(tmp / 'theirs.wav'), '-f', str(text_file)]
        timed(ours), timed(theirs)  # warm caches
        t_ours, t_theirs = [], []
        for _ in range(a.runs):
            t_ours.append(timed(ours))
            t_theirs.append(timed(theirs))
        wall = [statistics.median(r[0] for r in t) for t in (t_ours, t_theirs)]
        cpu = [statistics.median(r[1] for r in t) for t in (t_ours, t_theirs)]
        rows.append((sample.name, len(text.split()), wall, cpu))
    print(f'{"sample":26} {"words":>5} {"narrate wall":>12} {"espeak wall":>11} {"ratio":>5}'
          f' {"narrate cpu":>11} {"espeak cpu":>10} {"ratio":>5}')
    for name, words, wall, cpu in rows:
        print(f'{name:26} {words:5d} {wall[0]:12.3f} {wall[1]:11.3f} {wall[0] / wall[1]:5.2f}'
              f' {cpu[0]:11.3f} {cpu[1]:10.3f} {cpu[0] / cpu[1]:5.2f}')
    worst_wall = max(r[2][0] / r[2][1] for r in rows)
    worst_cpu = max(r[3][0] / r[3][1] for r in rows)
    print(f'seconds are medians of {a.runs} alternating runs each; worst wall ratio {worst_wall:.2f}, '
          f'worst CPU ratio {worst_cpu:.2f} (bound 1.20)')
    return 0


if __name__ == '__main__':
    sys.exit(main())
