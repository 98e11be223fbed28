#!/usr/bin/env python3
"""Draws the attribution gold's articles and splits them, before any rule is changed.

100 articles of corpus/wikinews-2019-2020 are drawn with random.Random(21) from the sorted file list,
then shuffled again with random.Random(2121) and split 50/50: the first half is dev, the second test.
Writes articles.tsv (file, split) beside this script. Usage: draw.py ../../../../shared/corpus/wikinews-2019-2020
"""
import os
import random
import sys

corpus = sys.argv[1]
files = sorted(f for f in os.listdir(corpus) if f.endswith(".txt"))
drawn = random.Random(21).sample(files, 100)
random.Random(2121).shuffle(drawn)
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "articles.tsv"), "w", encoding="utf-8") as out:
    out.write("file\tsplit\n")
    for i, name in enumerate(drawn):
        out.write(f"{name}\t{'dev' if i < 50 else 'test'}\n")
