#!/usr/bin/env python3
"""schemathesis against docs/openapi.json and a live `narrate serve` on loopback (an empty data
folder with one narration made first, so the {id} paths have something to serve): no 5xx and no
response that breaks the schema. Prints schemathesis's summary; exits with its status.

usage: test_api.py NARRATE_BIN [--max-examples N]
"""
import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from narrate_server import narrate_server, post_article

ROOT = Path(__file__).resolve().parent.parent


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('narrate')
    parser.add_argument('--max-examples', type=int, default=30)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix='narrator-test-api-'))
    try:
        with narrate_server(args.narrate, work / 'data') as (base, _):
            return run_schemathesis(args, work, base)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run_schemathesis(args, work, base):
    narration = post_article(base, 'Pier notice\n\nThe pier gates close at six while the crew paints the railings. '
                             'Walkers can use the beach path, and the cafe stays open until the gates close.\n', 'en-us')
    # The path parameter is mostly our narration (so its operations are reached), sometimes anything.
    config = work / 'schemathesis.toml'
    config.write_text(f'[parameters]\n"path.id" = "{narration}"\n')
    result = subprocess.run(['st', '--config-file', str(config), 'run', str(ROOT / 'docs/openapi.json'), '--url', base,
                             '--checks', 'not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance',
                             '--max-examples', str(args.max_examples), '--no-color'],
                            capture_output=True, text=True, cwd=work)  # its cache goes in the temporary folder
    output = result.stdout + result.stderr
    lines = output.splitlines()
    start = next((i for i, line in enumerate(lines) if 'SUMMARY' in line), max(0, len(lines) - 40))
    print('\n'.join(lines[start:]))
    if result.returncode != 0:
        print('\n'.join(lines[:start][-80:]))
    return result.returncode


if __name__ == '__main__':
    sys.exit(main())
