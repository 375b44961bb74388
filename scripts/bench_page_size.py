#!/usr/bin/env python3
"""Extraction time and peak memory against page size: writes news-like HTML pages of 1, 5 and
20 MB (our own sentence patterns, seeded: navigation, inline scripts and JSON, ads, figures,
related links and comments around one long article) and runs `narrate extract --format jsonl`
on each, printing the median wall time of 3 runs, the peak RSS, time per MB, and the time
each further MB adds from one size to the next (the same throughout when time is linear).

usage: bench_page_size.py NARRATE [SIZE_MB ...]
"""
import os
import random
import subprocess
import sys
import tempfile
import time

WORDS = ('harbour council ferry tide report season board vote plan budget winter island coast '
         'market school road bridge storm weather boat fisher quay museum library station').split()


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    return ' '.join(words).capitalize() + rng.choice(['.', '.', '.', '?', '!'])


def paragraph(rng):
    text = ' '.join(sentence(rng) for _ in range(rng.randint(2, 5)))
    words = text.split(' ')
    at = rng.randrange(len(words))
    words[at] = f'<a href="/topic/{words[at].strip(".?!").lower()}">{words[at]}</a>'
    return '<p>' + ' '.join(words) + '</p>'


def furniture(rng, n):
    """The blocks a page repeats between stretches of article: each must be dropped."""
    config = ','.join(f'"k{n}_{i}":{{"id":{rng.randint(0, 10**6)},"title":"{sentence(rng)}"}}' for i in range(12))
    return rng.choice([
        f'<script>window.__state_{n} = {{{config}}};</script>',
        f'<div class="ad-slot"><span class="ad-label">Advertisement</span><iframe src="/ads/{n}"></iframe></div>',
        '<figure><img src="/img/%d.jpg" alt=""><figcaption>%s Photo: Staff</figcaption></figure>' % (n, sentence(rng)),
        '<aside class="related"><h3>Related</h3><ul>' + ''.join(
            f'<li><a href="/story/{n}-{i}">{sentence(rng)}</a></li>' for i in range(5)) + '</ul></aside>',
        f'<div class="share-tools"><button>Share</button><button>Tweet</button><span>{n} comments</span></div>',
    ])


def page(size, seed=11):
    rng = random.Random(seed)
    head = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour report</title>'
            '<meta property="og:title" content="Harbour report"><style>body{margin:0}.ad-slot{height:250px}</style>'
            '</head><body><header><nav><ul>' + ''.join(
                f'<li><a href="/section/{w}">{w.title()}</a></li>' for w in WORDS) + '</ul></nav></header>'
            '<main><article><h1>Harbour report</h1><p class="standfirst">What the long winter meant for the '
            'harbour, the ferries and the people who work the quay.</p><p class="byline">By Morgan Vale</p>')
    tail = '</article></main><footer><p>Harbour Press. All rights reserved.</p></footer></body></html>'
    parts, total, n = [head], len(head) + len(tail), 0
    while total < size:
        n += 1
        block = (f'<h2>{sentence(rng)[:-1]}</h2>' if n % 12 == 0 else '') + paragraph(rng)
        if n % 4 == 0:
            block += furniture(rng, n)
        parts.append(block)
        total += len(block)
    parts.append(tail)
    return ''.join(parts)


def run(narrate, path):
    """Wall time and peak RSS (MB) of one extraction."""
    start = time.perf_counter()
    process = subprocess.Popen([narrate, 'extract', '--format', 'jsonl', path], stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        sys.exit(f'narrate extract failed on {path} (status {status})')
    return elapsed, usage.ru_maxrss / 1024


def main():
    if sys.argv[1] == '--write':
        with open(sys.argv[2], 'w') as out:
            out.write(page(int(sys.argv[3])))
        return
    narrate = sys.argv[1]
    sizes = [float(s) for s in sys.argv[2:]] or [1, 5, 20]
    with tempfile.TemporaryDirectory(prefix='narrator-page-size-') as work:
        rows = []
        for mb in sizes:
            path = os.path.join(work, f'page-{mb:g}mb.html')
            # Written by another process: a child's peak memory counts what it inherits.
            subprocess.run([sys.executable, __file__, '--write', path, str(int(mb * (1 << 20)))], check=True)
            runs = sorted(run(narrate, path) for _ in range(3))
            seconds, peak = runs[1][0], max(r[1] for r in runs)
            rows.append((mb, seconds, peak))
            print(f'{mb:5g} MB page: {seconds:6.3f} s (median of 3), {seconds / mb * 1000:5.1f} ms per MB, '
                  f'peak RSS {peak:6.1f} MB')
        # Each page costs the process start plus time in proportion to its size: the time each
        # further MB adds, between one size and the next, is the same if the time is linear.
        steps = [f'{a[0]:g} -> {b[0]:g} MB {(b[1] - a[1]) / (b[0] - a[0]) * 1000:.1f} ms' for a, b in zip(rows, rows[1:])]
        if steps:
            print('time each further MB adds: ' + ', '.join(steps))


if __name__ == '__main__':
    main()
