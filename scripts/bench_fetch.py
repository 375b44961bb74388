#!/usr/bin/env python3
"""The cost of fetching: `narrate batch --feed URL` over a local feed of N articles against
`narrate batch DIR` over the same articles as files, both with --jobs 2 and no sentence cache,
runs interleaved, medians. Articles per second for each and the fetch overhead
(feed / files - 1; the target is under 10%).

The articles are our sample paragraphs, shuffled into N short HTML pages (no sentence twice),
served by a loopback HTTP server in this process (Python's http.server, a thread per request).

usage: bench_fetch.py NARRATE_BIN SAMPLES_DIR [--items N] [--runs N]
"""
import argparse
import functools
import html
import http.server
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


def paragraphs(narrate, samples):
    found = []
    for path in sorted(Path(samples).iterdir()):
        text = subprocess.run([narrate, 'extract', '--format', 'text', str(path)], capture_output=True, text=True).stdout
        found += [p.strip() for p in text.split('\n\n') if len(p.split()) >= 25]
    return found


def write_pages(folder, count, pool, seed=7):
    """`count` pages of three paragraphs each; every sentence made unique by its page number."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(1, count + 1):
        chosen = rng.sample(pool, 3)
        body = ''.join(f'<p>In notice {number}, {html.escape(p[0].lower() + p[1:])}</p>\n' for p in chosen)
        page = (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Notice {number}</title></head>'
                f'<body><nav><a href="/">Home</a></nav><article><h1>Harbour notice {number}</h1>\n{body}</article></body></html>\n')
        (folder / f'notice-{number}.html').write_text(page, encoding='utf-8')


def write_feed(folder, count, base):
    items = ''.join(f'<item><title>Harbour notice {n}</title><link>{base}/notice-{n}.html</link></item>'
                    for n in range(1, count + 1))
    (folder / 'feed.xml').write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>{items}</channel></rss>',
                                     encoding='utf-8')


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def timed(cmd):
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f'failed ({proc.returncode}): {" ".join(cmd)}\n{proc.stderr}')
    return wall


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('narrate')
    parser.add_argument('samples')
    parser.add_argument('--items', type=int, default=200)
    parser.add_argument('--runs', type=int, default=3)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix='narrator-bench-fetch-'))
    try:
        site = work / 'site'
        write_pages(site, args.items, paragraphs(args.narrate, args.samples))
        server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), functools.partial(QuietHandler, directory=str(site)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f'http://127.0.0.1:{server.server_address[1]}'
        write_feed(site, args.items, base)
        common = ['--jobs', '2', '--no-cache', '--voice', 'en-us', '--speed', '1x', '-q']
        files_dir = work / 'files'
        files_dir.mkdir()
        for page in site.glob('notice-*.html'):
            shutil.copy(page, files_dir / page.name)
        feed_times, file_times = [], []
        for run in range(args.runs):
            order = ['feed', 'files'] if run % 2 == 0 else ['files', 'feed']
            for kind in order:
                out = work / f'out-{kind}-{run}'
                if kind == 'feed':
                    feed_times.append(timed([args.narrate, 'batch', '--feed', f'{base}/feed.xml', '--out-dir', str(out)] + common))
                else:
                    file_times.append(timed([args.narrate, 'batch', str(files_dir), '--out-dir', str(out)] + common))
                shutil.rmtree(out)
        server.shutdown()
        feed, files = statistics.median(feed_times), statistics.median(file_times)
        print(f'{args.items} articles, --jobs 2, {args.runs} runs interleaved (medians)')
        print(f'  from files            {files:7.2f} s   {args.items / files:6.2f} articles/s   runs: '
              + ' '.join(f'{t:.2f}' for t in file_times))
        print(f'  from a local feed     {feed:7.2f} s   {args.items / feed:6.2f} articles/s   runs: '
              + ' '.join(f'{t:.2f}' for t in feed_times))
        print(f'  fetch overhead        {100 * (feed / files - 1):+6.1f}%   (target: under 10%)')
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
