#!/usr/bin/env python3
"""Reading corpus: does narrate say each sentence the way a narrator would?

Each case (Tests/Reading/cases_en.jsonl, written here alongside the rules; heldout_en.jsonl,
written after them and run once before any further change; the same for German voices,
cases_de.jsonl and heldout_de.jsonl, both written before the German rules; French and Spanish,
cases_fr/es.jsonl and heldout_fr/es.jsonl, likewise; Italian and Portuguese, cases_it/pt.jsonl and
heldout_it/pt.jsonl, likewise, read by the it and pt-br voices) is a sentence and the words a narrator
says for it. narrate's spoken form (`narrate segment --spoken`, its sentences joined) and the
expected words are both handed to eSpeak NG (`espeak-ng --ipa`, en-us; de for German cases) and their phonemes
compared, sentence by sentence, stress and length marks aside: a case passes when eSpeak would say the
same sounds with the same sentence breaks. Prints the pass rate per class and the failures, and
beside it the rate of eSpeak NG given the text as written (--as-written: that alone).

usage: bench_reading.py NARRATE_BIN [CASES] [--voice VOICE] [--failures N] [--as-written]
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
    """eSpeak NG's phonemes for `text`, sentence by sentence."""
    out = subprocess.run(['espeak-ng', '-q', '--ipa', '-v', voice, text], capture_output=True, text=True).stdout
    lines = []
    for line in out.splitlines():
        line = re.sub('[ˈˌː\u0361_-]', '', line)  # stress, length, ties: how, not what, is said
        line = ''.join(line.split())               # word boundaries aside
        # Vowel qualities eSpeak gives the same word read from digits and from letters.
        line = line.replace('ᵻ', 'ɪ').replace('oɹ', 'ɔɹ').replace('ɾ', 't').replace('ɹɹ', 'ɹ')
        if voice == 'es':  # "16" is "djɛθiseɪs", "dieciséis" "djeθiseis"
            line = line.replace('eɪ', 'ei').replace('ɛ', 'e')
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
                                                 for language in ('en', 'de', 'fr', 'es', 'it', 'pt')
                                                 for name in (f'cases_{language}.jsonl', f'heldout_{language}.jsonl')])
    ap.add_argument('--voice', help="the eSpeak NG voice (default: the file's language, *_de.jsonl de, *_fr.jsonl fr, "
                                    "*_es.jsonl es, *_it.jsonl it, *_pt.jsonl pt-br; else en-us)")
    ap.add_argument('--as-written', action='store_true', help="eSpeak NG given each text as written, without narrate")
    ap.add_argument('--failures', type=int, default=40)
    a = ap.parse_args()
    for path in a.cases:
        report(a, path)
    return 0


def report(a, path):
    language = os.path.basename(path).rsplit('_', 1)[-1].removesuffix('.jsonl')
    voice = a.voice or {'de': 'de', 'fr': 'fr', 'es': 'es', 'it': 'it', 'pt': 'pt-br'}.get(language, 'en-us')
    cases = [json.loads(line) for line in open(path) if line.strip()]
    results = defaultdict(lambda: [0, 0])
    written = defaultdict(int)
    failures = []
    with tempfile.TemporaryDirectory(prefix='narrator-reading-') as folder:
        for case in cases:
            expected, as_written = phonemes(case['say'], voice), phonemes(case['text'], voice)
            said = case['text'] if a.as_written else spoken(a.narrate, case['text'], folder, voice)
            ok = (as_written if a.as_written else phonemes(said, voice)) == expected
            written[case['class']] += as_written == expected
            results[case['class']][0] += ok
            results[case['class']][1] += 1
            if not ok:
                failures.append((case['class'], case['text'], said, case['say']))
    total = sum(r[0] for r in results.values()), sum(r[1] for r in results.values())
    who = 'eSpeak NG given the text as written' if a.as_written else 'narrate'
    print(f'{os.path.basename(path)}: {total[0]}/{total[1]} cases said as a narrator would ({100 * total[0] / total[1]:.1f}%; '
          f'{who}), eSpeak NG phonemes compared ({voice}); the text as written: {sum(written.values())}/{total[1]}')
    for name, (passed, count) in results.items():
        print(f'  {name:16} {passed:3d}/{count:<3d} {100 * passed / count:5.1f}%   as written {written[name]:3d}/{count}')
    if failures:
        print(f'failures (first {min(a.failures, len(failures))} of {len(failures)}): text | narrate says | a narrator says')
        for name, text, said, say in failures[:a.failures]:
            print(f'  [{name}] {text} | {said} | {say}')


if __name__ == '__main__':
    sys.exit(main())
