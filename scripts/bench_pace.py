#!/usr/bin/env python3
"""Pace on ordinary text: English articles extracted from the benchmark corpora, narrated with
every English preset at 0.75x, 1x, 1.5x, 2x and 3x; measured WPM (narrate's word count over the
WAV's own duration) against the target.

The articles: English pages of the 97-page benchmark and of WCXB's articles (each WCXB half
apart, split by the parity of the id's MD5 as in the other benchmarks) with 150 to 3,000 words
extracted. Each corpus is narrated with `narrate batch` (one batch per preset and speed, no
sentence cache), so nothing here is tuned to the Samples.

usage: bench_pace.py BENCH_DATA NARRATE_BIN [--per-corpus N] [--presets a,b] [--speeds 1,2]
"""
import argparse
import atexit
import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

PRESETS = 'us-female,us-male,uk-female,uk-male,scottish-male,caribbean-female'
SPEEDS = '0.75,1,1.5,2,3'


def half(page_id):
    return 'A' if int(hashlib.md5(page_id.encode()).hexdigest(), 16) % 2 == 0 else 'B'


def corpora(data, limit):
    """(name, [(id, html path)]) for each corpus."""
    found = []
    dev = Path(data, 'extraction')
    if dev.is_dir():
        ids = sorted(p.name.split('.')[0] for p in (dev / 'pages').iterdir())
        found.append(('97 pages', [(i, dev / 'pages' / f'{i}.html.gz') for i in ids]))
    wcxb = Path(data, 'extraction-wcxb')
    if wcxb.is_dir():
        ids = (wcxb / 'ids-article.txt').read_text().split()
        for name in 'AB':
            chosen = sorted((i for i in ids if half(i) == name), key=lambda i: hashlib.md5(i.encode()).hexdigest())
            found.append((f'WCXB articles, half {name}', [(i, wcxb / 'pages' / f'{i}.html.gz') for i in chosen]))
    return [(name, pages) for name, pages in found], limit


def extract(narrate, pages, folder, limit):
    """Writes up to `limit` English articles of 150-3,000 words as text files; returns their count."""
    folder.mkdir(parents=True)
    count = 0
    for page_id, path in pages:
        if count >= limit:
            break
        html = gzip.decompress(path.read_bytes())
        out = subprocess.run([narrate, 'extract', '-', '--format', 'json', '--identify-language'], input=html,
                             capture_output=True)
        if out.returncode != 0:
            continue
        article = json.loads(out.stdout)
        if not ((article.get('readIn') or {}).get('tag') or '').lower().startswith('en'):
            continue
        paragraphs = [p for section in article['sections'] for p in ([section['heading']] if section.get('heading') else [])
                      + section['paragraphs']]
        text = '\n\n'.join([article.get('title') or 'Untitled'] + paragraphs)
        words = len(text.split())
        if not 150 <= words <= 3000:
            continue
        (folder / f'{page_id}.txt').write_text(text + '\n')
        count += 1
    return count


def narrate_all(narrate, folder, preset, speed, out):
    subprocess.run([narrate, 'batch', str(folder), '--out-dir', str(out), '--voice', preset, '--speed', f'{speed}x',
                    '--no-cache', '-q'], check=True)
    errors = {}
    for timings in out.glob('*.wav.timings.json'):
        t = json.loads(timings.read_text())
        with wave.open(str(timings)[:-len('.timings.json')]) as w:
            seconds = w.getnframes() / w.getframerate()
        measured = t['words'] / seconds * 60
        errors[timings.name.split('.')[0]] = (measured - t['speed']['targetWPM']) / t['speed']['targetWPM'] * 100
    shutil.rmtree(out)
    return errors


def summary(errors):
    values = sorted(abs(e) for e in errors)
    median = values[len(values) // 2] if len(values) % 2 else (values[len(values) // 2 - 1] + values[len(values) // 2]) / 2
    within = sum(v <= 3 for v in values) / len(values) * 100
    return median, within, max(values)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('data')
    ap.add_argument('narrate')
    ap.add_argument('--per-corpus', type=int, default=55)
    ap.add_argument('--presets', default=PRESETS)
    ap.add_argument('--speeds', default=SPEEDS)
    a = ap.parse_args()
    narrate = os.path.abspath(a.narrate)
    work = Path(tempfile.mkdtemp(prefix='narrator-bench-pace-'))
    atexit.register(shutil.rmtree, work, True)
    found, limit = corpora(a.data, a.per_corpus)
    folders = []
    for name, pages in found:
        folder = work / name.replace(' ', '-').replace(',', '')
        count = extract(narrate, pages, folder, limit)
        folders.append((name, folder, count))
    total = sum(count for _, _, count in folders)
    print(f'pace on {total} English articles (150-3,000 words) extracted from the benchmark corpora: '
          + ', '.join(f'{name} {count}' for name, _, count in folders))
    print('cells: median |error| / share within +-3% / worst |error|, over all corpora; by corpus: median |error|')
    started = time.time()
    speeds = [float(s) for s in a.speeds.split(',')]
    header = f'{"preset":17}' + ''.join(f'{f"{s:g}x":>22}' for s in speeds)
    print(header)
    everything, worst_articles, failing = [], [], []
    by_corpus = {name: [] for name, _, _ in folders}
    for preset in a.presets.split(','):
        cells, corpus_cells = [], []
        for speed in speeds:
            errors = {}
            for name, folder, _ in folders:
                got = narrate_all(narrate, folder, preset, speed, work / 'out')
                by_corpus[name] += got.values()
                corpus_cells.append(f'{name.split(",")[-1].strip()[:6]} {summary(got.values())[0]:.2f}')
                errors.update({f'{name}: {k}': v for k, v in got.items()})
            median, within, worst = summary(errors.values())
            everything += errors.values()
            worst_articles += [(abs(v), v, k, preset, speed) for k, v in errors.items()]
            if median > 1 or within < 95:
                failing.append(f'{preset} {speed:g}x')
            cells.append(f'{median:.2f}% / {within:.1f}% / {worst:.1f}%')
        print(f'{preset:17}' + ''.join(f'{c:>22}' for c in cells))
    median, within, worst = summary(everything)
    print(f'all: {len(everything)} narrations in {time.time() - started:.0f} s; median |error| {median:.2f}%, '
          f'{within:.1f}% within +-3%, worst {worst:.1f}%')
    for name, errors in by_corpus.items():
        m, w, x = summary(errors)
        print(f'  {name:24} median |error| {m:.2f}%, {w:.1f}% within +-3%, worst {x:.1f}%')
    print('preset and speed cells missing the target (median <= 1%, >= 95% within +-3%): ' + (', '.join(failing) or 'none'))
    print('furthest from the target:')
    for _, error, key, preset, speed in sorted(worst_articles, reverse=True)[:8]:
        print(f'  {error:+6.1f}%  {preset} {speed:g}x  {key}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
