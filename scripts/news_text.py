#!/usr/bin/env python3
"""Writes SIZE bytes of news-like English text (our own sentence patterns, seeded, repeatable)
for segmentation throughput figures: abbreviations, initials, numbers, quotes, times."""
import random
import sys

size = int(sys.argv[1])
random.seed(7)
subjects = ['The council', 'Mr. Okafor', 'Dr. J. R. Lindqvist', 'The U.S. Senate', 'Analysts', 'The ferry company',
            'Ms. Arroyo', 'Officials in Washington, D.C.', 'The board', 'Prof. Ito']
verbs = ['said on Tuesday that', 'warned at 9 a.m. that', 'argued that', 'confirmed that', 'denied that']
clauses = ['costs rose 3.5% last year', 'the plan would cost $1.2bn', 'No. 10 Main St. will close',
           '"the vote is final"', 'the harbour will reopen in 2027', 'talks continue (see p. 4)',
           'fees doubled... again', 'the deal is off', 'prices fell by 12 per cent']
out = []
total = 0
while total < size:
    sentence = f'{random.choice(subjects)} {random.choice(verbs)} {random.choice(clauses)}{random.choice(".!?.")}'
    out.append(sentence)
    total += len(sentence.encode()) + 1
    if random.random() < 0.1:
        out.append('\n')
text = ' '.join(out).encode()[:size].decode(errors='ignore')
sys.stdout.write(text)
