#!/usr/bin/env python3
"""Reading corpus: does narrate say each sentence the way a narrator would?

Each case (Tests/Reading/cases_en.jsonl, written here alongside the rules; heldout_en.jsonl,
written after them and run once before any further change; the same for German voices,
cases_de.jsonl and heldout_de.jsonl, both written before the German rules) is a sentence and the words a narrator
says for it. narrate's spoken form (`narrate segment --spoken`, its sentences joined) and the
expected words are both handed to eSpeak NG (`espeak-ng --ipa`, en-us; de for German cases) and their phonemes
compared, sentence by sentence, stress and length marks aside: a case passes when eSpeak would say the
same sounds with the same sentence breaks. Prints the pass rate per class and the failures.

usage: bench_reading.py NARRATE_BIN [CASES] [--voice VOICE] [--failures N]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict


def phonemes(text, voice):
    out = subprocess.run(['espeak-ng', '-q', '--ipa', '-v', voice, text], capture_output=True, text=True).stdout
    lines = []
    for line in out.splitlines():
        line = re.sub('[ˈˌː\u0361_-]', '', line)  # stress, length, ties: how, not what, is said
        line = ''.join(line.split())               # word boundaries aside
        # Vowel qualities eSpeak gives the same word read from digits and from letters.
        line = line.replace('ᵻ', 'ɪ').replace('oɹ', 'ɔɹ').replace('ɾ', 't').replace('ɹɹ', 'ɹ')
        if line:
            lines.append(line)
    return lines


def spoken(narrate, text, folder, voice):
    path = os.path.join(folder, 'case.txt')
    with open(path, 'w') as f:
        f.write(text + '\n')
    out = subprocess.run([narrate, 'segment', '--spoken', '--spoken-voice', voice, path], capture_output=True, text=True)
    return ' '.join(line for line in out.stdout.splitlines() if line.strip())


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument('narrate')
    ap.add_argument('cases', nargs='*', default=[os.path.join(here, '..', 'Tests', 'Reading', name)
                                                 for name in ('cases_en.jsonl', 'heldout_en.jsonl',
                                                              'cases_de.jsonl', 'heldout_de.jsonl')])
    ap.add_argument('--voice', help="the eSpeak NG voice (default: en-us, or de for a file named *_de.jsonl)")
    ap.add_argument('--failures', type=int, default=40)
    a = ap.parse_args()
    for path in a.cases:
        report(a, path)
    return 0


def report(a, path):
    voice = a.voice or ('de' if path.endswith('_de.jsonl') else 'en-us')
    cases = [json.loads(line) for line in open(path) if line.strip()]
    results = defaultdict(lambda: [0, 0])
    failures = []
    with tempfile.TemporaryDirectory(prefix='narrator-reading-') as folder:
        for case in cases:
            said = spoken(a.narrate, case['text'], folder, voice)
            ok = phonemes(said, voice) == phonemes(case['say'], voice)
            results[case['class']][0] += ok
            results[case['class']][1] += 1
            if not ok:
                failures.append((case['class'], case['text'], said, case['say']))
    total = sum(r[0] for r in results.values()), sum(r[1] for r in results.values())
    print(f'{os.path.basename(path)}: {total[0]}/{total[1]} cases said as a narrator would ({100 * total[0] / total[1]:.1f}%), '
          f'eSpeak NG phonemes compared ({voice})')
    for name, (passed, count) in results.items():
        print(f'  {name:16} {passed:3d}/{count:<3d} {100 * passed / count:5.1f}%')
    if failures:
        print(f'failures (first {min(a.failures, len(failures))} of {len(failures)}): text | narrate says | a narrator says')
        for name, text, said, say in failures[:a.failures]:
            print(f'  [{name}] {text} | {said} | {say}')


if __name__ == '__main__':
    sys.exit(main())
