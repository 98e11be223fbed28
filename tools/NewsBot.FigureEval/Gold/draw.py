#!/usr/bin/env python3
"""Draws the figure gold's articles and splits them, before any figure rule is changed.

50 articles of corpus/wikinews-2019-2020 that the attribution gold does not hold are drawn with
random.Random(22) from the sorted file list, then shuffled with random.Random(2222) and split 25/25:
the first half is dev, the second test. Writes articles.tsv (file, split) beside this script.
Usage: draw.py ../../../../shared/corpus/wikinews-2019-2020
"""
import os
import random
import sys

corpus = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
attribution = os.path.join(here, "..", "..", "NewsBot.AttributionEval", "Gold", "articles.tsv")
with open(attribution, encoding="utf-8") as f:
    taken = {line.split("\t")[0] for line in f.read().splitlines()[1:]}
files = sorted(f for f in os.listdir(corpus) if f.endswith(".txt") and f not in taken)
drawn = random.Random(22).sample(files, 50)
random.Random(2222).shuffle(drawn)
with open(os.path.join(here, "articles.tsv"), "w", encoding="utf-8") as out:
    out.write("file\tsplit\n")
    for i, name in enumerate(drawn):
        out.write(f"{name}\t{'dev' if i < 25 else 'test'}\n")
