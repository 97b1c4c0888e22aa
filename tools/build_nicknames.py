#!/usr/bin/env python3
"""Writes data/lexicon/nicknames.tsv from the PyPI package `nicknames` (names.csv,
github.com/carltonnorthern/nicknames, Apache-2.0): one row per given name with its
nicknames. Pairs whose two names have opposite genders in data/firstnames.tsv are left
out ("aaron" -> "erin"): they would join different people.

    pip install nicknames==1.0.1 && python3 tools/build_nicknames.py
"""
import collections
import csv
import importlib.resources
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent
gender = {}
for line in (root / "data" / "firstnames.tsv").read_text(encoding="utf-8").splitlines():
    if line.startswith("#"):
        continue
    cols = line.split("\t")
    if len(cols) >= 2:
        gender[cols[0].lower()] = cols[1][:1]

pairs = collections.defaultdict(set)
src = importlib.resources.files("nicknames").joinpath("names.csv").read_text(encoding="utf-8")
for row in csv.DictReader(src.splitlines()):
    if row["relationship"] != "has_nickname":
        continue
    name, nick = row["name1"].strip().lower(), row["name2"].strip().lower()
    if name == nick or len(nick) < 2:
        continue
    if {gender.get(name), gender.get(nick)} == {"m", "f"}:
        continue
    pairs[name].add(nick)

out = root / "data" / "lexicon" / "nicknames.tsv"
with out.open("w", encoding="utf-8") as f:
    f.write("# Given names and their nicknames (\"charles\" -> \"chuck|charlie\"): two full names with one surname\n")
    f.write("# join when their first names are a name and its nickname (\"Chuck Schumer\" / \"Charles Schumer\").\n")
    f.write("# Source: github.com/carltonnorthern/nicknames (PyPI `nicknames` 1.0.1, names.csv), Apache-2.0,\n")
    f.write("# written by tools/build_nicknames.py; pairs whose two names have opposite genders in\n")
    f.write("# data/firstnames.tsv are left out (\"aaron\" -> \"erin\").\n")
    f.write("# name\tnicknames\n")
    for name in sorted(pairs):
        f.write(f"{name}\t{'|'.join(sorted(pairs[name]))}\n")
print(f"wrote {out} ({len(pairs)} names, {sum(map(len, pairs.values()))} nicknames)")
