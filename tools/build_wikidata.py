#!/usr/bin/env python3
"""Writes data/wikidata_countries.tsv: the Wikidata QID of each country of data/countries.tsv
that the PyPI package `coordinates2country` 1.0.9 (resources/countries.csv: row, ISO 3166-1
alpha-2 code, QID number; Apache-2.0, a port of github.com/coordinates2country) lists.
Countries it does not list get no QID.

    pip install coordinates2country==1.0.9 && python3 tools/build_wikidata.py
"""
import csv
import importlib.resources
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent
ours = set()
for line in (root / "data" / "countries.tsv").read_text(encoding="utf-8").splitlines():
    if line and not line.startswith("#"):
        ours.add(line.split("\t")[0])

src = importlib.resources.files("coordinates2country").joinpath("resources", "countries.csv").read_text(encoding="utf-8")
qids = {}
for row in csv.reader(src.splitlines()):
    if len(row) >= 3 and row[1] in ours and row[2].strip().isdigit():
        qids[row[1]] = int(row[2])

out = root / "data" / "wikidata_countries.tsv"
with out.open("w", encoding="utf-8") as f:
    f.write("# Wikidata QIDs of countries, linked from each country's node with skos:exactMatch.\n")
    f.write("# Source: PyPI `coordinates2country` 1.0.9 (resources/countries.csv), Apache-2.0;\n")
    f.write("# written by tools/build_wikidata.py for the countries of data/countries.tsv.\n")
    f.write("# iso2\tqid\n")
    for code in sorted(qids):
        f.write(f"{code}\tQ{qids[code]}\n")
print(f"wrote {out} ({len(qids)} of {len(ours)} countries)")
