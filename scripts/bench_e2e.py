#!/usr/bin/env python3
"""End-to-end narration time against `espeak-ng -w` on the same text.

For each sample article, `narrate extract --format text` gives the text that will be spoken.
Then three commands run in turn, several times each (medians reported):

  narrate      narrate SAMPLE --voice V --speed 1x -o OUT
               (reading, extraction, segmentation, synthesis with pace feedback, WAV with
               chapter markers, timings sidecar)
  espeak -s200 espeak-ng -v V -s 200 -w OUT -f TEXT   (same voice and nominal rate)
  espeak =pace espeak-ng -v V -s R -w OUT -f TEXT     (R chosen so that espeak-ng's output has
               the same duration as narrate's, i.e. the same amount of speech to synthesize:
               narrate's 1x is a measured 200 WPM, which eSpeak's nominal 200 is not)

Wall and CPU (user + system) seconds are medians; the ratios are narrate over each baseline.

usage: bench_e2e.py NARRATE_BIN SAMPLES_DIR [--runs N] [--voice V]
"""
import atexit
import shutil
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import wave
from pathlib import Path
import time


def timed(cmd):
    """Wall seconds and CPU seconds (user + system) of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f'failed: {" ".join(cmd)}')
    return wall, usage.ru_utime + usage.ru_stime


def duration(path):
    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('narrate')
    ap.add_argument('samples', type=Path)
    ap.add_argument('--runs', type=int, default=15)
    ap.add_argument('--voice', default='en-us')
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix='bench-e2e-'))
    atexit.register(shutil.rmtree, tmp, True)
    rows = []
    for sample in sorted(a.samples.iterdir()):
        if sample.suffix not in ('.html', '.htm', '.txt', '.md'):
            continue
        text = subprocess.run([a.narrate, 'extract', '--format', 'text', str(sample)], check=True,
                              capture_output=True, text=True).stdout
        text_file = tmp / (sample.stem + '.txt')
        text_file.write_text(text)
        ours_wav, theirs_wav = tmp / 'ours.wav', tmp / 'theirs.wav'
        ours = [a.narrate, str(sample), '--voice', a.voice, '--speed', '1x', '-q', '-o', str(ours_wav)]
        nominal = ['espeak-ng', '-v', a.voice, '-s', '200', '-w', str(theirs_wav), '-f', str(text_file)]
        timed(ours), timed(nominal)  # warm caches, and measure both outputs
        ours_seconds, nominal_seconds = duration(ours_wav), duration(theirs_wav)
        matched_rate = round(200 * nominal_seconds / ours_seconds)
        matched = nominal[:4] + [str(matched_rate)] + nominal[5:]
        timed(matched)
        matched_seconds = duration(theirs_wav)
        runs = {'narrate': [], 'nominal': [], 'matched': []}
        for _ in range(a.runs):
            for name, cmd in (('narrate', ours), ('nominal', nominal), ('matched', matched)):
                runs[name].append(timed(cmd))
        med = {k: (statistics.median(r[0] for r in v), statistics.median(r[1] for r in v)) for k, v in runs.items()}
        wpm = json.loads(Path(str(ours_wav) + '.timings.json').read_text())['speed']['measuredWPM']
        rows.append((sample.name, len(text.split()), wpm, ours_seconds, nominal_seconds, matched_rate,
                     matched_seconds, med))
    print(f'{"sample":24} {"words":>5} {"WPM":>5}  {"audio s: narrate / -s200 / =pace":>32}  '
          f'{"wall s: narrate / -s200 / =pace":>31}  {"ratio":>11}  {"cpu ratio":>11}')
    for name, words, wpm, os_, ns, rate, ms, med in rows:
        n, s, m = med['narrate'], med['nominal'], med['matched']
        print(f'{name:24} {words:5d} {wpm:5.1f}  {os_:9.1f} / {ns:6.1f} / {ms:6.1f} (-s {rate})  '
              f'{n[0]:9.3f} / {s[0]:5.3f} / {m[0]:5.3f}  {n[0] / s[0]:5.2f} {n[0] / m[0]:5.2f}  '
              f'{n[1] / s[1]:5.2f} {n[1] / m[1]:5.2f}')
    print(f'medians of {a.runs} runs each, interleaved; ratios are narrate / espeak-ng -s 200 and '
          f'narrate / espeak-ng at matched pace; bound 1.20')
    return 0


if __name__ == '__main__':
    sys.exit(main())
