#!/usr/bin/env python3
"""What a listener hears that is not the article, on the benchmark corpora: TOOLS/spoken_audit.py
(standfirsts that are not the article's own; pages that speak a 12-word run twice) on the 97
pages and on WCXB's articles, each WCXB half apart (ids split by the parity of their MD5, as in
bench_extract.py), with the page ids. With --baseline OTHER_NARRATE, the same for another build
side by side (before and after a change). Each build's repeats are counted again on the words
in the order a listener hears them (a section's heading before its paragraphs; the audit puts it
after them). On WCXB, each build's headlines are checked against the text the benchmark says a
page's content must not hold (its `without` snippets: a site's name, a menu): a headline that is
such a snippet names something else than the article (a few pages list their own title there,
since the body does not repeat it, so the count does not reach zero); a body that speaks such a
snippet (of two words or more, and not in the truth) speaks furniture: a prompt, a promotion.

usage: audit_spoken.py BENCH_DATA TOOLS NARRATE [--baseline OTHER_NARRATE]
"""
import atexit
import gzip
import hashlib
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter


def audit(tools, data, narrate, ids=None):
    args = [sys.executable, os.path.join(tools, 'spoken_audit.py'), data, narrate]
    if ids:
        args += ['--ids', ids]
    # The audit leaves its copies of the pages in the temporary folder: it gets one of ours,
    # removed after the run.
    with tempfile.TemporaryDirectory(prefix='narrator-audit-') as scratch:
        out = subprocess.run(args, capture_output=True, text=True, check=True, env={**os.environ, 'TMPDIR': scratch})
    return json.loads(out.stdout.strip().splitlines()[-1])


class Descriptions(html.parser.HTMLParser):
    """The page's meta/og/twitter descriptions, read by an HTML parser (attributes in any order,
    quoted or not, with apostrophes)."""
    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        key = (attrs.get('name') or attrs.get('property') or '').lower()
        if tag == 'meta' and key in ('description', 'og:description', 'twitter:description') and attrs.get('content'):
            self.found.append(' '.join(attrs['content'].split()))


def own_descriptions(corpus, narrate, ids):
    """Of the pages the audit counts, those whose standfirst is word for word one of the page's
    own descriptions: the audit reads descriptions with a pattern that stops at the first
    apostrophe ("It's"), so it counts these as not the article's."""
    own = []
    for page in ids:
        raw = gzip.decompress(open(os.path.join(corpus, 'pages', f'{page}.html.gz'), 'rb').read())
        with tempfile.NamedTemporaryFile(suffix='.html') as copy:
            copy.write(raw)
            copy.flush()
            out = subprocess.run([narrate, 'extract', '--format', 'jsonl', copy.name], capture_output=True, text=True)
        standfirst = ' '.join((json.loads(out.stdout.splitlines()[0]).get('standfirst') or '').split())
        parser = Descriptions()
        parser.feed(raw.decode('utf-8', 'replace'))
        if standfirst and standfirst in parser.found:
            own.append(page)
    return own


def spoken_items(section):
    """A section's paragraphs as the planner speaks them: an ordered list's items after their
    numbers ("6. The next morning..."), unless an item writes a number of its own first."""
    numbers = section.get('listNumbers') or {}
    return [text if str(offset) not in numbers or re.match(r'#\d|\d+[.):](?!\d)', text)
            else f'{numbers[str(offset)]}. {text}' for offset, text in enumerate(section.get('paragraphs', []))]


def heard_checks(corpus, narrate, ids_file):
    """Pages repeating a run in the order heard, pages whose headline is must-not-have text, and
    how many pages have a standfirst read (a build that reads fewer has fewer to get wrong).

    The audit's repeat check (a 12-word run spoken more often than the truth has it) on the
    words in the order a listener hears them: each heading before its paragraphs, and a list's
    items after the numbers the planner speaks. The audit
    joins a section's paragraphs and then its heading, so a label heading repeated under
    several entries ("Key Specs") makes a run across two sections' text that no one hears."""
    ids = open(ids_file or os.path.join(corpus, 'ids.txt')).read().split()
    words = lambda text: re.findall(r'\w+', text)
    grams = lambda tokens: Counter(tuple(tokens[i:i + 12]) for i in range(len(tokens) - 11))
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for page in ids:
            path = os.path.join(folder, f'{page}.html')
            open(path, 'wb').write(gzip.decompress(open(os.path.join(corpus, 'pages', f'{page}.html.gz'), 'rb').read()))
            paths.append(path)
        out = subprocess.run([narrate, 'extract', '--format', 'jsonl', *paths], capture_output=True, text=True).stdout.splitlines()
    repeated, headlines, leaks, standfirsts = [], [], [], 0
    normal = lambda text: ' '.join(words(text.lower()))
    for page, row in zip(ids, out):
        article = json.loads(row)
        if 'error' in article:
            continue
        standfirsts += bool(article.get('standfirst'))
        heard = (article.get('standfirst') or '') + ' ' + ' '.join(
            (section.get('heading') or '') + ' ' + ' '.join(spoken_items(section)) for section in article.get('sections', []))
        expected = json.load(open(os.path.join(corpus, 'expected', f'{page}.json')))
        truth = grams(words(expected['articleBody']))
        if any(count > 1 and truth.get(gram, 0) < count for gram, count in grams(words(heard)).items()):
            repeated.append(page)
        headline = normal(article.get('title') or '')
        unwanted = [normal(text) for text in expected.get('without') or []]
        if headline and any(text == headline or (len(text.split()) >= 2 and text in headline) for text in unwanted if text):
            headlines.append(page)
        # Furniture the benchmark names (a prompt, a promotion, a menu) heard in the body, of two
        # words or more ("Home" alone may be a word of the article) and not in its truth.
        spoken, said = f' {normal(heard)} ', f' {normal(expected["articleBody"])} '
        if any(len(text.split()) >= 2 and f' {text} ' in spoken and f' {text} ' not in said for text in unwanted):
            leaks.append(page)
    return repeated, headlines, leaks, standfirsts


def line(label, result):
    read = result['read']
    share = lambda n: f'{100 * n / read:.1f}%' if read else '-'
    return (f'  {label:<10} pages {result["pages"]:>4} read {read:>4}  standfirst not its own {result["junk_standfirst"]:>3}'
            f' ({share(result["junk_standfirst"])})  passage spoken twice {result["repeated"]:>3} ({share(result["repeated"])})')


def main():
    args = sys.argv[1:]
    baseline = None
    if '--baseline' in args:
        baseline = args[args.index('--baseline') + 1]
        del args[args.index('--baseline'):args.index('--baseline') + 2]
    data, tools, narrate = args
    corpora = [('97 pages', os.path.join(data, 'extraction'), None)]
    wcxb = os.path.join(data, 'extraction-wcxb')
    if os.path.isdir(wcxb):
        ids = open(os.path.join(wcxb, 'ids-article.txt')).read().split()
        folder = tempfile.mkdtemp(prefix='audit-ids-')
        atexit.register(shutil.rmtree, folder, True)
        for half in 'AB':
            chosen = [i for i in ids if (int(hashlib.md5(i.encode()).hexdigest(), 16) % 2 == 0) == (half == 'A')]
            path = os.path.join(folder, f'{half}.txt')
            open(path, 'w').write('\n'.join(chosen) + '\n')
            corpora.append((f'WCXB articles, half {half}', wcxb, path))
    for title, corpus, ids in corpora:
        print(title)
        builds = [('narrate', narrate)] + ([('baseline', baseline)] if baseline else [])
        for label, binary in builds:
            result = audit(tools, corpus, binary, ids)
            print(line(label, result))
            if label == 'narrate':
                print(f'             standfirst ids: {" ".join(result["junk_ids"]) or "-"}')
                own = own_descriptions(corpus, binary, result['junk_ids'])
                print(f'             of which the page\'s own description, word for word: {len(own)}'
                      f' ({" ".join(own) or "-"}); not its own: {len(result["junk_ids"]) - len(own)}'
                      f' ({100 * (len(result["junk_ids"]) - len(own)) / result["read"]:.1f}%)')
                print(f'             repeated ids:   {" ".join(result["repeated_ids"]) or "-"}')
            heard, headlines, leaks, standfirsts = heard_checks(corpus, binary, ids)
            print(f'             standfirsts read: {standfirsts} of {result["read"]} pages')
            print(f'             in the order heard (each heading before its paragraphs, list items numbered): {len(heard)}'
                  f' ({100 * len(heard) / result["read"]:.1f}%): {" ".join(heard) or "-"}')
            if corpus == wcxb:
                print(f'             headline is text the page\'s content must not hold: {len(headlines)}'
                      f' ({100 * len(headlines) / result["read"]:.1f}%): {" ".join(headlines) or "-"}')
                print(f'             body speaks text the page\'s content must not hold: {len(leaks)}'
                      f' ({100 * len(leaks) / result["read"]:.1f}%): {" ".join(leaks) or "-"}')


if __name__ == '__main__':
    main()
