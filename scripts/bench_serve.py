#!/usr/bin/env python3
"""`narrate serve` under load, measured with wrk on loopback.

  1. The server starts with an empty data folder and --jobs 2; N short articles of our own are
     posted and narrated (all done before the load runs); its peak resident memory (VmHWM) is
     read after them.
  2. wrk, 50 connections, 2 threads, D seconds each: Range requests for the first 64 KiB of
     cached audio (a random narration each request), then the list endpoint. Requests per
     second, p50 and p99 latency, and every request answered (no socket errors, no non-2xx).

usage: bench_serve.py NARRATE_BIN [--narrations N] [--seconds D]
"""
import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from narrate_server import narrate_server


def article(number):
    text = f'Harbour notice {number}\n\n'
    for paragraph in range(1, 3):
        text += (f'Paragraph {paragraph} of notice {number}: the pier gates close at {paragraph + 4} o\'clock while the crew '
                 f'paints railing {number}. Walkers can use the beach path, and the cafe stays open until the gates close.\n\n')
    return text


def call(url, data=None, content_type='text/plain'):
    request = urllib.request.Request(url, data=data, headers={'Content-Type': content_type} if data else {})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.status, json.loads(response.read() or b'{}')


def wrk(url, seconds, script=None):
    command = ['wrk', '-t2', '-c50', f'-d{seconds}s', '--latency'] + (['-s', script] if script else []) + [url]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r'Requests/sec:\s+([\d.]+)', out).group(1))
    requests = int(re.search(r'(\d+) requests in', out).group(1))
    def latency(label):
        match = re.search(rf'\s{label}%\s+([\d.]+)(us|ms|s)', out)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == 'us' else value * 1000 if unit == 's' else value
    failures = re.search(r'Non-2xx or 3xx responses: (\d+)', out)
    errors = re.search(r'Socket errors: (.*)', out)
    return {'rps': rps, 'requests': requests, 'p50': latency('50'), 'p99': latency('99'),
            'non2xx': int(failures.group(1)) if failures else 0, 'socket': errors.group(1) if errors else 'none'}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('narrate')
    parser.add_argument('--narrations', type=int, default=1000)
    parser.add_argument('--seconds', type=int, default=10)
    args = parser.parse_args()
    if not shutil.which('wrk'):
        sys.exit('wrk is not installed (apt-get install wrk)')
    work = Path(tempfile.mkdtemp(prefix='narrator-bench-serve-'))
    try:
        with narrate_server(args.narrate, work / 'data') as (base, server):
            measure(args, work, base, server)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def measure(args, work, base, server):
    started = time.perf_counter()
    ids = []
    for number in range(1, args.narrations + 1):
        _, body = call(f'{base}/api/narrations?voice=en-us', article(number).encode(), 'text/plain')
        ids.append(body['id'])
    while True:
        _, health = call(f'{base}/healthz')
        if health['queue'] == 0:
            break
        time.sleep(0.5)
    narrated = time.perf_counter() - started
    _, listing = call(f'{base}/api/narrations?limit=1')
    done = listing['total']
    rss = int(re.search(r'VmHWM:\s+(\d+) kB', Path(f'/proc/{server.pid}/status').read_text()).group(1))
    script = work / 'ranges.lua'
    script.write_text('ids = {' + ','.join(f'"{i}"' for i in ids) + '}\n'
                      'request = function()\n'
                      '  local id = ids[math.random(#ids)]\n'
                      '  return wrk.format("GET", "/api/narrations/" .. id .. "/audio", {["Range"] = "bytes=0-65535"})\n'
                      'end\n')
    ranges = wrk(f'{base}/', args.seconds, str(script))
    listed = wrk(f'{base}/api/narrations?limit=20', args.seconds)
    print(f'{done} narrations made in {narrated:.1f} s (--jobs 2); server peak RSS after them: {rss / 1024:.1f} MiB')
    print(f'wrk -t2 -c50 -d{args.seconds}s on loopback')
    for name, result in [('audio Range (64 KiB, cached)', ranges), ('list (20 a page)', listed)]:
        print(f'  {name:30s} {result["rps"]:9.0f} req/s   p50 {result["p50"]:7.2f} ms   p99 {result["p99"]:7.2f} ms   '
              f'{result["requests"]} requests, non-2xx {result["non2xx"]}, socket errors {result["socket"]}')


if __name__ == '__main__':
    main()
