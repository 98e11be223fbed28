#!/usr/bin/env python3
"""Collects the readers' figure questions into dev.jsonl and test.jsonl by the split of articles.tsv.

Each reader wrote <article>.jsonl (one question a line, the format of shared/eval/README.md with the extra fields
expect.change, expect.measure and expect.near). The files are copied as written, in the order of articles.tsv.
Usage: collect.py DIR-OF-READERS-FILES
"""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
source = sys.argv[1]
with open(os.path.join(here, "articles.tsv"), encoding="utf-8") as f:
    rows = [line.split("\t") for line in f.read().splitlines()[1:] if line.strip()]
out = {"dev": [], "test": []}
for name, split in rows:
    path = os.path.join(source, name[:-4] + ".jsonl")
    if not os.path.exists(path):
        sys.exit(f"missing: {path}")
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                json.loads(line)
                out[split].append(line.rstrip("\n"))
for split, lines in out.items():
    with open(os.path.join(here, f"{split}.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{split}: {len(lines)} questions")
