#!/usr/bin/env python3
"""Batch figures: parallel speed-up, per-item overhead, rerun cost, incremental re-narration,
worker memory over many items, and kill -9 safety.

  speed-up   `narrate batch` over N sample-sized articles (our samples' paragraphs, shuffled
             into new articles) with --jobs 1 and --jobs 2, interleaved, medians; no cache.
  overhead   batch --jobs 1 wall time against `espeak-ng -w` on the same texts (from
             `narrate extract --format text`) run one after another, at the pace that gives the
             same amount of audio; overhead = batch / espeak - 1.
  rerun      100 items narrated, then the same command again: its wall time (median of 5) and
             the sentences synthesized (from report.json).
  edit       a 2,000-word article narrated, one paragraph edited, rerun: the share of its
             sentences synthesized again.
  memory     1,000 short items on 2 workers: each worker's peak resident memory after its
             first and last items (report.json).
  kill -9    the batch killed with SIGKILL at 10 random moments and resumed each time, then
             every final WAV checked with wavcheck.py --werror; none missing or duplicated.

usage: bench_batch.py NARRATE_BIN SAMPLES_DIR [--tools DIR] [--items N] [--runs N]
"""
import argparse
import json
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path


def run(cmd, check=True):
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if check and proc.returncode != 0:
        sys.exit(f'failed ({proc.returncode}): {" ".join(cmd)}\n{proc.stderr}')
    return wall


def paragraphs(samples):
    """Body paragraphs of our sample articles, as plain text."""
    found = []
    for path in sorted(Path(samples).iterdir()):
        text = subprocess.run([NARRATE, 'extract', '--format', 'text', str(path)], capture_output=True, text=True).stdout
        found += [p.strip() for p in text.split('\n\n') if len(p.split()) >= 25]
    return found


def write_articles(folder, count, pool, words, seed):
    """`count` articles of about `words` words: our sample paragraphs, none twice in an
    article; past the pool's end every sentence is rephrased ("In update 2, ..."), so no
    sentence repeats (repeats would come from the sentence cache and flatter the figures)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(1, count + 1):
        order = rng.sample(pool, len(pool))
        body, total, cycle = [], 0, 0
        while total < words:
            for paragraph in order:
                if total >= words:
                    break
                if cycle:
                    sentences = re.split(r'(?<=[.!?])\s+', paragraph)
                    paragraph = ' '.join(f'In update {cycle + 1}, {s[0].lower()}{s[1:]}' for s in sentences if s)
                body.append(paragraph)
                total += len(paragraph.split())
            cycle += 1
        text = f'Harbour desk report number {number}\n\n' + '\n\n'.join(body) + '\n'
        (folder / f'report-{number:04d}.txt').write_text(text)


def batch(articles, out, jobs, extra=()):
    if out.exists():
        shutil.rmtree(out)
    return run([NARRATE, 'batch', str(articles), '--out-dir', str(out), '--jobs', str(jobs), '--voice', 'en-us',
                '--no-cache', '-q', *extra])


def report(out):
    return json.loads((out / 'report.json').read_text())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('narrate')
    parser.add_argument('samples')
    parser.add_argument('--tools', default='../shared/tools')
    parser.add_argument('--items', type=int, default=24)
    parser.add_argument('--runs', type=int, default=3)
    args = parser.parse_args()
    global NARRATE
    NARRATE = os.path.abspath(args.narrate)
    work = Path(tempfile.mkdtemp(prefix='narrator-bench-batch-'))
    pool = paragraphs(args.samples)
    articles = work / 'articles'
    write_articles(articles, args.items, pool, 300, seed=1)

    # Speed-up, interleaved.
    one, two = [], []
    for _ in range(args.runs):
        one.append(batch(articles, work / 'out1', 1))
        two.append(batch(articles, work / 'out2', 2))
    m1, m2 = statistics.median(one), statistics.median(two)
    audio = report(work / 'out1')['summary']['audioSeconds']
    print(f'speed-up: {args.items} articles of ~300 words ({audio / 60:.1f} min of audio), medians of {args.runs}: '
          f'--jobs 1 {m1:.2f} s, --jobs 2 {m2:.2f} s: {m1 / m2:.2f}x')

    # Per-item overhead against espeak-ng -w at the same amount of audio.
    texts = work / 'texts'
    texts.mkdir()
    durations = {item['output']: item['durationSeconds'] for item in report(work / 'out1')['items']}
    jobs = []
    for path in sorted(articles.iterdir()):
        text = texts / (path.stem + '.txt')
        text.write_text(subprocess.run([NARRATE, 'extract', '--format', 'text', str(path)], capture_output=True,
                                       text=True).stdout)
        probe = work / 'probe.wav'
        run(['espeak-ng', '-v', 'en-us', '-s', '200', '-w', str(probe), '-f', str(text)])
        with wave.open(str(probe)) as w:
            seconds = w.getnframes() / w.getframerate()
        rate = max(80, min(449, round(200 * seconds / durations[path.stem])))
        jobs.append(['espeak-ng', '-v', 'en-us', '-s', str(rate), '-w', str(work / 'espeak.wav'), '-f', str(text)])
    espeak, ours = [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        for job in jobs:
            run(job)
        espeak.append(time.perf_counter() - start)
        ours.append(batch(articles, work / 'out1', 1))
    e, o = statistics.median(espeak), statistics.median(ours)
    print(f'overhead: same {args.items} texts, one at a time, medians of {args.runs}: espeak-ng -w {e:.2f} s, '
          f'narrate batch --jobs 1 {o:.2f} s: {100 * (o / e - 1):+.1f}% ({1000 * (o - e) / args.items:+.1f} ms per item)')

    # Rerun after completion: 100 items.
    hundred = work / 'hundred'
    write_articles(hundred, 100, pool, 120, seed=2)
    out = work / 'out100'
    run([NARRATE, 'batch', str(hundred), '--out-dir', str(out), '--voice', 'en-us', '-q'])
    reruns = [run([NARRATE, 'batch', str(hundred), '--out-dir', str(out), '--voice', 'en-us', '-q']) for _ in range(5)]
    synthesized = sum(item.get('synthesized') or 0 for item in report(out)['items'] if item['status'] == 'ok')
    statuses = {item['status'] for item in report(out)['items']}
    print(f'rerun: 100 items already done: median {statistics.median(reruns) * 1000:.0f} ms (of 5), statuses {sorted(statuses)}, '
          f'{synthesized} sentences synthesized')

    # Incremental: a 2,000-word article, one paragraph edited.
    long = work / 'long'
    write_articles(long, 1, pool, 2000, seed=3)
    article = next(long.iterdir())
    out = work / 'outlong'
    run([NARRATE, 'batch', str(long), '--out-dir', str(out), '--voice', 'en-us', '-q'])
    first = report(out)['items'][0]
    text = article.read_text().split('\n\n')
    text[5] = text[5].replace('.', ', they said.', 1) + ' A sentence added by the copy desk.'
    article.write_text('\n\n'.join(text))
    run([NARRATE, 'batch', str(long), '--out-dir', str(out), '--voice', 'en-us', '-q'])
    item = report(out)['items'][0]
    total = item['synthesized'] + item['cached']
    print(f'edit: {item["words"]}-word article, one paragraph edited: {item["synthesized"]} of {total} sentences '
          f'synthesized again ({100 * item["synthesized"] / total:.1f}%; the first run synthesized '
          f'{first["synthesized"]})')

    # Memory across 1,000 items.
    thousand = work / 'thousand'
    write_articles(thousand, 1000, pool, 40, seed=4)
    out = work / 'out1000'
    start = time.perf_counter()
    run([NARRATE, 'batch', str(thousand), '--out-dir', str(out), '--voice', 'en-us', '--jobs', '2', '--no-cache', '-q'])
    wall = time.perf_counter() - start
    items = [i for i in report(out)['items'] if i['status'] == 'ok']
    rss = [i['maxResidentKiB'] / 1024 for i in items]
    print(f'memory: {len(items)} items on 2 workers in {wall:.1f} s: worker peak RSS after the first 10 items '
          f'median {statistics.median(rss[:10]):.1f} MiB, after the last 10 median {statistics.median(rss[-10:]):.1f} MiB '
          f'(max {max(rss):.1f} MiB)')

    # kill -9 at 10 random moments, resuming each time.
    out = work / 'outkill'
    rng = random.Random(5)
    command = [NARRATE, 'batch', str(articles), '--out-dir', str(out), '--voice', 'en-us', '--jobs', '2', '-q']
    for _ in range(10):
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.05, 1.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    time.sleep(0.5)
    run(command)
    wavs = sorted(p.name for p in out.glob('*.wav'))
    expected = sorted(f'report-{n:04d}.wav' for n in range(1, args.items + 1))
    checked = sum(subprocess.run(['python3', f'{args.tools}/wavcheck.py', str(out / w), '--werror'],
                                 capture_output=True).returncode == 0 for w in wavs)
    leftovers = [p.name for p in out.iterdir() if p.name.startswith('.') and p.name != '.narrator']
    print(f'kill -9: 10 kills at random moments, then resumed: {len(wavs)} of {len(expected)} outputs, '
          f'{"none missing or extra" if wavs == expected else "MISMATCH"}, {checked} pass wavcheck --werror, '
          f'{len(leftovers)} temporary files left')
    shutil.rmtree(work)


if __name__ == '__main__':
    main()
