#!/usr/bin/env python3
"""trafilatura in the shape `narrate extract --format jsonl` prints, for side-by-side scoring:
one JSON object per page path given, its text as paragraphs of one section."""
import json
import sys

import trafilatura

for path in sys.argv[1:]:
    with open(path, 'rb') as page:
        text = trafilatura.extract(page.read(), include_comments=False, include_tables=True) or ''
    paragraphs = [line for line in text.split('\n') if line.strip()]
    print(json.dumps({'source': path, 'sections': [{'heading': None, 'paragraphs': paragraphs}]}))
