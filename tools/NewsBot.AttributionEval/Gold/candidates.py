#!/usr/bin/env python3
"""Lists every span between double quotation marks (straight or curly) of an article, with the line of
its first word, as the starting point of a hand annotation: the annotator decides what is a quote,
names its speaker and adds what this listing misses (single-quoted nested quotes, unmarked answers).
A quote still open at the end of a paragraph continues in the next one, cited at that paragraph's line.
Usage: candidates.py ARTICLE.txt > template.json
"""
import json
import re
import sys

path = sys.argv[1]
lines = open(path, encoding="utf-8-sig").read().split("\n")
quotes = []
open_quote = None  # (line, words) of a quote still open
for number, raw in enumerate(lines, start=1):
    text = raw.rstrip("\r")
    if not text.strip():
        continue
    i = 0
    inside = False
    start = None
    # A paragraph that continues an unclosed quote and opens with a mark starts a new quote part.
    marks = [(m.start(), m.group()) for m in re.finditer('[\u201c\u201d"]', text)]
    state_inside = False
    spans = []
    cur = None
    for pos, ch in marks:
        opening = ch == "\u201c" or (ch == '"' and not state_inside)
        if ch == "\u201d":
            opening = False
        if opening and not state_inside:
            state_inside, cur = True, pos + 1
        elif not opening and state_inside:
            spans.append((cur, pos))
            state_inside, cur = False, None
    if state_inside:
        spans.append((cur, len(text)))
    for s, e in spans:
        words = text[s:e].split()
        if words:
            quotes.append({"line": number, "quote": " ".join(words[:12]), "speaker": None,
                           "type": None, "nested": False,
                           **({"runsOn": True} if e == len(text) else {})})
print(json.dumps({"file": path.split("/")[-1], "quotes": quotes}, ensure_ascii=False, indent=1))
