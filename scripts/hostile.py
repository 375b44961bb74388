#!/usr/bin/env python3
"""Hostile inputs and faults: each case runs `narrate` on a crafted input or in a broken
environment and prints its observed outcome: the exit status, the one error line or what was
written, wall time and peak memory, and whether the outcome is a clear error or a correct
result (no crash, no stack trace, no hang, nothing partial under a final name, nothing fetched).

usage: hostile.py NARRATE_BIN SAMPLES_DIR
"""
import atexit
import json
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

NARRATE = os.path.abspath(sys.argv[1])
SAMPLES = Path(sys.argv[2]).resolve()
WORK = Path(tempfile.mkdtemp(prefix='narrator-hostile-'))
atexit.register(shutil.rmtree, WORK, True)
ROWS = []


def run(args, env=None, timeout=300, preexec=None, signal_after=None, user=None, prefix=(), binary=None, cwd=None):
    """Exit status, stderr, seconds, peak RSS (MiB) and stdout of one narrate run."""
    # GNU time measures the peak memory of narrate itself (a child forked from this script
    # would also count the pages it shares with it).
    measure = WORK / 'rss.txt'
    command = [*prefix, binary or NARRATE, *args]
    if user:
        command = ['setpriv', f'--reuid={user}', f'--regid={user}', '--clear-groups', *command]  # uid/gid numbers
    command = ['/usr/bin/time', '-f', '%M', '-o', str(measure), *command]
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, preexec_fn=preexec, cwd=cwd or WORK)
    streams = {}
    readers = [threading.Thread(target=lambda n, f: streams.__setitem__(n, f.read()), args=(n, f))
               for n, f in (('out', proc.stdout), ('err', proc.stderr))]
    for reader in readers:
        reader.start()
    if signal_after:
        time.sleep(signal_after[1])
        # The signal goes to narrate, not to GNU time around it.
        try:
            children = Path(f'/proc/{proc.pid}/task/{proc.pid}/children').read_text().split()
            os.kill(int(children[0]) if children else proc.pid, signal_after[0])
        except (OSError, ValueError):
            pass
    killer = threading.Timer(timeout, proc.kill)
    killer.start()
    _, status, usage = os.wait4(proc.pid, 0)
    killer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    for reader in readers:
        reader.join()
    seconds = time.perf_counter() - start
    code = 'hang' if seconds >= timeout else proc.returncode
    try:
        rss = int(measure.read_text().split()[-1]) / 1024
    except (OSError, ValueError, IndexError):
        rss = 0.0
    err = '\n'.join(line for line in streams['err'].decode(errors='replace').splitlines()
                    if not line.startswith('Command ') and not line.startswith('Command exited'))
    return code, err, seconds, rss, streams['out'].decode(errors='replace')


def finals(directory):
    """Files under final names (not hidden) and leftover temporary files."""
    names = os.listdir(directory) if os.path.isdir(directory) else []
    return [n for n in names if not n.startswith('.')], [n for n in names if n.startswith('.') and n != '.narrator']


def case(name, args, expect, check=None, **kwargs):
    """expect: an exit status, or 0 for a correct result (check(out_dir, stdout) -> note)."""
    out_dir = WORK / f'out-{len(ROWS)}'
    args = [a.replace('{out}', str(out_dir)) for a in args]
    result = run(args, **kwargs)
    status, err = result[0], result[1]
    seconds, rss = result[2], result[3]
    stdout = result[4]
    lines = [l for l in err.splitlines() if l.strip()]
    written, leftovers = finals(out_dir)
    note = ''
    good = status == expect and not leftovers and 'Fatal error' not in err and 'Stack dump' not in err
    if status != 0:
        good = good and len(lines) == 1 and lines[0].startswith('narrate: ')
        good = good and (not written or expect == 0)
        note = lines[0] if lines else '(no message)'
    else:
        note = check(out_dir, stdout) if check else f'wrote {", ".join(sorted(written)) or stdout.strip()[:60]}'
        if note.startswith('BAD'):
            good = False
    ROWS.append((name, status, note[:110], seconds, rss, 'ok' if good else 'UNEXPECTED'))
    print(f'{len(ROWS):2d}. {name:44s} exit {status!s:4s} {seconds:6.2f} s {rss:7.1f} MiB  {ROWS[-1][5]:10s} {note[:110]}',
          flush=True)


def write(name, data):
    path = WORK / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    return str(path)


def duration(out_dir, _):
    timings = next(Path(out_dir).glob('*.timings.json'), None)
    if not timings:
        return 'BAD: no timings'
    t = json.loads(timings.read_text())
    return f'narrated {t["durationSeconds"]:.1f} s, {t["words"]} words, {len(t["chapters"])} chapters'


def same_output_pairs(sample, pairs=12):
    """Two runs with one -o at once, `pairs` times: every set left must be one run's whole set
    (the WAV's frame count and the timings' agree; the SRT's last cue ends where the audio does)."""
    start = time.perf_counter()
    out_dir = WORK / f'out-{len(ROWS)}'
    mixed = 0
    for n in range(pairs):
        target = out_dir / f'p{n}.wav'
        runs = [subprocess.Popen([NARRATE, sample, '-o', str(target), '--voice', voice, '--speed', speed, '--sidecars', 'srt', '-q'],
                                 stderr=subprocess.DEVNULL) for voice, speed in (('en-us', '1x'), ('en-gb', '1.5x'))]
        codes = [run.wait() for run in runs]
        frames = (os.path.getsize(target) - 44) // 2 if target.exists() else -1
        timings = json.loads((out_dir / f'p{n}.wav.timings.json').read_text())
        srt = (out_dir / f'p{n}.srt').read_text().strip().splitlines()
        last_end = [line for line in srt if '-->' in line][-1].split('-->')[1].strip()
        h, m, rest = last_end.split(':')
        seconds = int(h) * 3600 + int(m) * 60 + float(rest.replace(',', '.'))
        header = abs(frames - timings['frames']) > 4096  # the WAV header's INFO and marker chunks
        if codes != [0, 0] or header or abs(seconds - timings['durationSeconds']) > 1.0:
            mixed += 1
    seconds = time.perf_counter() - start
    good = mixed == 0 and not finals(out_dir)[1]
    ROWS.append(('two runs, one -o, at once', 0, f'{pairs} pairs, {mixed} mixed sets', seconds, 0.0, 'ok' if good else 'UNEXPECTED'))
    print(f'{len(ROWS):2d}. {ROWS[-1][0]:44s} exit 0    {seconds:6.2f} s {0.0:7.1f} MiB  {ROWS[-1][5]:10s} {ROWS[-1][2]}', flush=True)


def cue_points(out_dir, _):
    """The number of cue points and labels in the WAV narrate wrote (wherever the chunks are)."""
    data = (Path(out_dir) / 'a.wav').read_bytes()
    offset, cues, labels = 12, 0, 0
    while offset + 8 <= len(data):
        chunk, size = data[offset:offset + 4], int.from_bytes(data[offset + 4:offset + 8], 'little')
        if chunk == b'cue ':
            cues = int.from_bytes(data[offset + 8:offset + 12], 'little')
        if chunk == b'LIST' and data[offset + 8:offset + 12] == b'adtl':
            labels = data[offset + 12:offset + 8 + size].count(b'labl')
        offset += 8 + size + (size & 1)
    if len(data) != int.from_bytes(data[4:8], 'little') + 8:
        return 'BAD: RIFF size is not the file size'
    return f'{cues} cue points, {labels} labels' if cues == labels > 1000 else f'BAD: {cues} cue points, {labels} labels'


def main():
    article = '<html lang="en"><body><article><h1>Harbour notice</h1>{}</article></body></html>'
    para = '<p>The ferry leaves at nine and returns at six, the harbour office said on Tuesday.</p>'
    out = ['-o', '{out}/a.wav', '--voice', 'en-us']

    case('empty file', [write('empty.txt', b''), *out], 65)
    case('binary file (PNG)', [write('photo.html', b'\x89PNG\r\n\x1a\n' + bytes(200)), *out], 65)
    case('NUL bytes in text', [write('nul.txt', 'Headline\n\nSome\x00text with\x00NULs in it, read aloud.\n'), *out], 65)
    case('invalid UTF-8', [write('bad.txt', b'Caf\xc3 news\n\nThe caf\xe9 \xff\xfe opened today, its owner said on Monday.\n'), *out],
         0, duration)
    case('UTF-16 with lone surrogates', [write('u16.txt', b'\xff\xfe' + 'Headline\n\nThe ferry '.encode('utf-16-le') + b'\x00\xd8'
                                          + ' leaves at nine and returns at six, the office said.\n'.encode('utf-16-le')), *out], 0,
         duration)
    case('truncated page', [write('cut.html', (article.format(para * 5))[:300]), *out], 0, duration)
    case('navigation-only page', [write('nav.html', '<html><body><nav><a href="/">Home</a> <a href="/b">Business</a></nav>'
                                                    '<footer>Contact us</footer></body></html>'), *out], 65)
    case('200,000-deep nesting', [write('deep.html', '<html><body>' + '<div>' * 200000 + para * 3 + '</div>' * 200000), *out],
         0, duration)
    case('entity expansion (billion laughs)', [write('laughs.html', '<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa">'
                                                     + ''.join(f'<!ENTITY {c} "&{p};&{p};&{p};&{p};&{p};&{p};&{p};&{p};&{p};&{p};">'
                                                               for p, c in zip('abcdefgh', 'bcdefghi'))
                                                     + ']>' + article.format('<p>Laughs &i; end of the ferry notice for today.</p>' + para)),
                                                     *out], 0, duration)
    passwd = write('secret.txt', 'TOPSECRETVALUE')
    case('external entity (XXE)', [write('xxe.html', f'<!DOCTYPE html [<!ENTITY x SYSTEM "file://{passwd}">]>'
                                                 + article.format('<p>Value &x; here in the ferry notice.</p>' + para)),
                                   *out], 0,
         lambda d, o: 'BAD: entity read' if 'TOPSECRET' in open(next(Path(d).glob('*.timings.json'))).read() else duration(d, o))
    # External resources: a listening socket that records any connection.
    server = socket.socket()
    server.bind(('127.0.0.1', 0))
    server.listen(8)
    server.settimeout(0.2)
    port = server.getsockname()[1]
    hits = []

    def accept():
        end = time.time() + 60
        while time.time() < end:
            try:
                conn, _ = server.accept()
                hits.append(1)
                conn.close()
            except OSError:
                pass
    watcher = threading.Thread(target=accept, daemon=True)
    watcher.start()
    url = f'http://127.0.0.1:{port}'
    page = (f'<!DOCTYPE html SYSTEM "{url}/dtd"><html><head><link rel="stylesheet" href="{url}/s.css">'
            f'<script src="{url}/a.js"></script><meta http-equiv="refresh" content="0;url={url}/r"></head><body>'
            f'<article><h1>Remote</h1><img src="{url}/i.png"><iframe src="{url}/f"></iframe>'
            f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{url}/x"/>{para * 3}</article></body></html>')
    case('external resources named', [write('remote.html', page), *out], 0,
         lambda d, o: f'BAD: {len(hits)} connections' if hits else duration(d, o) + ', nothing fetched')
    case('SSML in article text', [write('ssml.txt', 'Breaks\n\nThe clerk typed <break time="100s"/> and <voice name="x">y</voice>'
                                                 " and [[h@l'oU]] into the ferry notice today.\n"), *out], 0,
         lambda d, o: (duration(d, o) if json.loads(next(Path(d).glob('*.timings.json')).read_text())['durationSeconds'] < 30
                       else 'BAD: markup obeyed'))
    case('entities for markup', [write('ent.html', article.format('<p>Type &lt;break time="100s"/&gt; &amp;amp; '
                                                                  '&lt;voice&gt; into the ferry notice, the clerk said.</p>' + para)),
                                 *out], 0, duration)
    case('absurd break-like text', [write('pause.txt', 'Pauses\n\n' + '[pause 99999] <pause=9999s> \\pau=99999\\ ' * 50 + 'End.\n'),
                                    *out], 0, duration)
    case('right-to-left text (Arabic)', [write('ar.html', '<html lang="ar"><body><article><h1>عنوان الخبر</h1>'
                                                          + '<p>قال المسؤولون يوم الثلاثاء إن العبارة ستغادر في التاسعة صباحاً وتعود في السادسة مساءً.</p>' * 3
                                                          + '</article></body></html>'), '-o', '{out}/a.wav'], 0, duration)
    case('combining marks (zalgo)', [write('zalgo.txt', 'Zalgo\n\n' + ('T\u0334\u0335\u0336h\u0337\u0338e\u0321\u0322 ferry '
                                                                       'l\u0327\u0328eaves at nine today. ') * 5 + '\n'), *out], 0, duration)
    case('emoji-only article', [write('emoji.txt', '🚢🚢🚢\n\n' + '🌊⛴️🌅🎉 ' * 40 + '\n'), *out], 65)
    case('one 200,000-letter word', [write('word.txt', 'Word\n\nThe cat typed ' + 'a' * 200000
                                           + ' on the keyboard of the harbour office on Tuesday.\n'), *out], 0, duration)
    spaced = WORK / 'name with spaces "quoted" and\nnewline.txt'
    spaced.write_text('Odd name\n\nThe ferry leaves at nine and returns at six, the office said.\n')
    case('file name with spaces, quotes, newline', [str(spaced), '--voice', 'en-us', '-o', '{out}/odd name.wav'], 0, duration)
    case('title with ../ and slashes', [write('slash.txt', '../../etc/passwd / ..\\evil\n\nThe ferry leaves at nine, the office said.\n'),
                                        '--voice', 'en-us'], 0,
         lambda d, o: 'BAD: escaped' if '..' in o.strip() and not o.strip().startswith('out/') else f'wrote {o.strip()}')
    job = WORK / 'job.jsonl'
    job.write_text(json.dumps({'input': str(SAMPLES / 'night-market-rents.txt'), 'output': '../../escape'}) + '\n')
    case('job file output ../../escape', ['batch', str(job), '--out-dir', '{out}'], 78)
    job2 = WORK / 'job2.jsonl'
    job2.write_text(json.dumps({'input': str(SAMPLES / 'night-market-rents.txt'), 'output': '/etc/narrated'}) + '\n')
    case('job file absolute output', ['batch', str(job2), '--out-dir', '{out}'], 78)
    sample = str(SAMPLES / 'harbour-tides.html')
    case('output is a directory', [sample, '-o', str(WORK)], 73)
    readonly = WORK / 'readonly'
    readonly.mkdir()
    os.chmod(readonly, 0o555)
    os.chmod(WORK, 0o755)
    case('read-only output directory', [sample, '-o', str(readonly / 'a.wav')], 73,
         user='65534' if os.geteuid() == 0 else None)

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))
    case('disk full (file size limit)', [sample, *out], 73, preexec=small_files)
    case('disk full while encoding MP3', [sample, '-o', '{out}/a.mp3', '--voice', 'en-us'], 73,
         preexec=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (2_000_000, 2_000_000)))
    empty_data = WORK / 'espeak-data'
    empty_data.mkdir()
    case('broken ESPEAK_DATA_PATH', [sample, *out], 78, env={**os.environ, 'ESPEAK_DATA_PATH': str(empty_data)})
    case('SIGINT during narration', [str(WORK / 'long.txt'), *out], 130, signal_after=(signal.SIGINT, 0.5))
    case('SIGTERM during an Opus narration', [str(WORK / 'long.txt'), '-o', '{out}/a.opus', '--voice', 'en-us'], 130,
         signal_after=(signal.SIGTERM, 2.0))
    case('M4B without ffmpeg on PATH', [sample, '-o', '{out}/a.m4b'], 69, env={**os.environ, 'PATH': str(WORK)})
    case('input over --max-input-mb', [sample, *out, '--max-input-mb', '0.001'], 65)
    case('narration over --max-minutes', [sample, *out, '--max-minutes', '0.5'], 65)
    lexicon = write('bad.lex', 'two words = letters\n')
    case('malformed lexicon', [sample, *out, '--lexicon', lexicon], 78)
    voices = WORK / 'voices'
    voices.mkdir()
    (voices / 'bad.voice').write_text('name = "Bad"\npich = 3\n')
    case('malformed voice preset', [sample, *out, '--voices', str(voices)], 78)
    # Faults an adversarial run found (#17).
    case('SIGHUP during narration (terminal closed)', [str(WORK / 'long.txt'), *out], 130, signal_after=(signal.SIGHUP, 0.5))
    case('SIGQUIT during narration', [str(WORK / 'long.txt'), *out], 130, signal_after=(signal.SIGQUIT, 0.5))
    corrupt = WORK / 'corrupt-cache'
    corrupt.mkdir(exist_ok=True)
    subprocess.run([NARRATE, sample, '--voice', 'en-us', '-o', str(WORK / 'warm.wav')], env={**os.environ, 'NARRATOR_CACHE_DIR': str(corrupt)},
                   capture_output=True)
    cache_file = corrupt / 'speed-calibration.json'
    cache_file.write_text(json.dumps({k: 1e-17 for k in json.loads(cache_file.read_text())}))
    case('corrupt calibration cache (factor 1e-17)', [sample, *out], 0, duration, env={**os.environ, 'NARRATOR_CACHE_DIR': str(corrupt)})
    root_cache_before = os.path.exists('/speed-calibration.json')
    case('empty NARRATOR_CACHE_DIR', [sample, *out], 0,
         lambda d, o: 'BAD: wrote /speed-calibration.json' if os.path.exists('/speed-calibration.json') and not root_cache_before
         else duration(d, o), env={**os.environ, 'NARRATOR_CACHE_DIR': ''})
    full = lambda: os.dup2(os.open('/dev/full', os.O_WRONLY), 1)
    case('standard output on a full disk (extract)', ['extract', sample], 73, preexec=full)
    case('-o with an extension no format has (.aiff)', [sample, '-o', '{out}/a.aiff', '--voice', 'en-us'], 64)
    case('-o - (audio to standard output)', [sample, '-o', '-', '--voice', 'en-us'], 64)
    case('-o name with no room for its timings (245 bytes)', [sample, '-o', '{out}/' + 'b' * 241 + '.wav', '--voice', 'en-us'], 73)
    case('90-character Chinese headline, no -o', [write('zh.html', '<html lang="zh"><body><article><h1>' + '港口新渡轮周二启航乘客称赞准时' * 6
                                                         + '</h1>' + para * 3 + '</article></body></html>'), '--voice', 'en-us'], 0,
         lambda d, o: f'wrote {os.path.basename(o.strip())[:40]}... ({len(os.path.basename(o.strip()).encode())} bytes)')

    same_output_pairs(sample)
    copied = WORK / 'copied'
    copied.mkdir(exist_ok=True)
    os.link(NARRATE, copied / 'narrate')
    no_voices = {k: v for k, v in os.environ.items() if k != 'NARRATOR_VOICES'}
    case('copied binary, no voice presets', [sample, '--voice', 'us-female', '-o', '{out}/a.wav'], 64, env=no_voices,
         binary=str(copied / 'narrate'), cwd=copied)
    cache_cold = WORK / 'cold-cache'

    def cold_then_warm(out_dir, _):
        again = out_dir / 'again.wav'
        subprocess.run([NARRATE, sample, '--voice', 'en-us', '-o', str(again)], env={**os.environ, 'NARRATOR_CACHE_DIR': str(cache_cold)},
                       capture_output=True)
        same = (out_dir / 'a.wav').read_bytes() == again.read_bytes()
        return 'cold and warm calibration cache: identical bytes' if same else 'BAD: cold and warm runs differ'
    case('same input, cold then warm cache', [sample, *out], 0, cold_then_warm, env={**os.environ, 'NARRATOR_CACHE_DIR': str(cache_cold)})
    no_proc = ['unshare', '--user', '--map-root-user', '--mount', 'sh', '-c', 'mount -t tmpfs none /proc && exec "$0" "$@"']
    case('no /proc (chroot, sandbox): --version', ['--version'], 0, lambda d, o: f'printed {o.strip()}', prefix=no_proc)
    case('no /proc (chroot, sandbox): narrate', [sample, *out], 69, prefix=no_proc)
    many = write('parts.md', '# Many parts\n\n' + '\n\n'.join(f'## Part {n} of the long list\n\nItem {n} is ready.'
                                                             for n in range(1, 1201)) + '\n')
    case('1,200 chapters (markers past the WAV header)', [many, *out], 0, cue_points)
    case('1,200 chapters in FLAC (999 fit)', [many, '-o', '{out}/a.flac', '--voice', 'en-us', '--sidecars', 'chapters-json'], 0,
         lambda d, o: f'wrote {", ".join(sorted(os.listdir(d)))}')

    # The big inputs are written by another process, so this one stays small (a child's peak
    # memory counts what it inherits).
    big, big_page = str(WORK / 'paragraph.txt'), str(WORK / 'big.html')
    subprocess.run([sys.executable, '-c', BIG_INPUTS, big, big_page], check=True)
    case('10-million-character paragraph (segment)', ['segment', big], 0,
         lambda d, o: f'{o.count(chr(10))} sentences')
    case('10-million-character paragraph (narrate)', [big, *out, '--max-minutes', '2'], 65)
    case('50 MB page (extract)', ['extract', '--format', 'text', big_page], 0, lambda d, o: f'{len(o.split())} words extracted')
    ok = sum(row[5] == 'ok' for row in ROWS)
    print(f'{ok} of {len(ROWS)} cases: a clear error or a correct result')
    long_narration_memory()


def long_narration_memory():
    """Peak memory of a 3-hour narration (about 36,000 words) against a 3-minute one."""
    script = '''
import sys
sentences = [f'Report {n} says the ferry number {n % 97} leaves at {n % 12 + 1} and the harbour office '
             f'counted {n * 7 % 1000} passengers on the {n % 28 + 1}th.' for n in range(20000)]
def write(path, words):
    out, total, n = [], 0, 0
    while total < words:
        paragraph = ' '.join(sentences[n:n + 5]); n += 5
        out.append(paragraph); total += len(paragraph.split())
    open(path, 'w').write('Long read\\n\\n' + '\\n\\n'.join(out) + '\\n')
write(sys.argv[1], 600)
write(sys.argv[2], 36000)
'''
    short, long = WORK / 'three-minutes.txt', WORK / 'three-hours.txt'
    subprocess.run([sys.executable, '-c', script, str(short), str(long)], check=True)
    figures = {}
    for name, path in (('3-minute', short), ('3-hour', long)):
        status, err, seconds, rss, _ = run([str(path), '-o', str(WORK / f'{name}.wav'), '--voice', 'en-us', '-q'])
        timings = json.loads((WORK / f'{name}.wav.timings.json').read_text())
        figures[name] = rss
        print(f'{name} narration: {timings["words"]} words, {timings["durationSeconds"] / 60:.1f} min of audio in '
              f'{seconds:.1f} s, peak RSS {rss:.1f} MiB (exit {status})')
    print(f'peak memory, 3-hour over 3-minute narration: {figures["3-hour"] / figures["3-minute"]:.2f}x')


BIG_INPUTS = '''
import sys
sentence = 'The ferry leaves at nine and returns at six, the harbour office said on Tuesday. '
text = (sentence * (10_000_000 // len(sentence) + 1))[:10_000_000]
text = text[:text.rindex('. ') + 1]
open(sys.argv[1], 'w').write('One paragraph\\n\\n' + text + '\\n')
para = '<p>' + sentence * 2 + '</p>'
nav = '<div class="nav"><a href="/x">Link</a></div>'
body = (nav * 10 + para * 10) * (50_000_000 // (len(nav) * 10 + len(para) * 10))
open(sys.argv[2], 'w').write('<html><body><article><h1>Fifty megabytes</h1>' + body + '</article></body></html>')
'''


if __name__ == '__main__':
    long_text = ('The ferry leaves at nine and returns at six, the harbour office said on Tuesday. ' * 3000)
    (WORK / 'long.txt').write_text('Long notice\n\n' + '\n\n'.join([long_text[i:i + 2000] for i in range(0, len(long_text), 2000)]))
    main()
