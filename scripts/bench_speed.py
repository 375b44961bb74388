#!/usr/bin/env python3
"""Listening-speed accuracy: preset x speed -> target WPM, measured WPM, error %.

Narrates each sample article with each voice preset at each speed and reads the timings
sidecar. Measured WPM = words spoken / audio duration (pauses included; narrate writes no
leading or trailing silence), checked here against the WAV's own frame count.

usage: bench_speed.py NARRATE_BIN SAMPLES_DIR [--presets a,b] [--speeds 0.5,1,...]
"""
import atexit
import shutil
import argparse
import json
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

SPEEDS = [0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('narrate')
    ap.add_argument('samples', type=Path)
    ap.add_argument('--presets', default='us-female,us-male,uk-female,uk-male,scottish-male,caribbean-female')
    ap.add_argument('--speeds', default=','.join(str(s) for s in SPEEDS))
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix='bench-speed-'))
    atexit.register(shutil.rmtree, tmp, True)
    samples = [p for p in sorted(a.samples.iterdir()) if p.suffix in ('.html', '.txt', '.md')]
    speeds = [float(s) for s in a.speeds.split(',')]
    print(f'{"preset":18} {"sample":24} {"words":>5} ' + ' '.join(f'{s:>12g}x' for s in speeds))
    worst, errors, started = 0.0, [], time.time()
    for preset in a.presets.split(','):
        for sample in samples:
            cells, words = [], 0
            for speed in speeds:
                out = tmp / 'o.wav'
                subprocess.run([a.narrate, str(sample), '--voice', preset, '--speed', f'{speed}x', '-q', '-o', str(out)],
                               check=True, stdout=subprocess.DEVNULL)
                t = json.loads(Path(str(out) + '.timings.json').read_text())
                with wave.open(str(out)) as w:
                    seconds = w.getnframes() / w.getframerate()
                words = t['words']
                measured = words / seconds * 60
                target = t['speed']['targetWPM']
                error = (measured - target) / target * 100
                errors.append(abs(error))
                worst = max(worst, abs(error))
                cells.append(f'{target:4.0f}:{measured:5.1f}{error:+5.1f}%')
            print(f'{preset:18} {sample.name:24} {words:5d} ' + ' '.join(f'{c:>13}' for c in cells))
    errors.sort()
    print(f'cells "target:measured error%"; {len(errors)} narrations in {time.time() - started:.0f} s; '
          f'median |error| {errors[len(errors) // 2]:.2f}%, worst {worst:.2f}%')
    return 0


if __name__ == '__main__':
    sys.exit(main())
