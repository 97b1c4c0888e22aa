#!/usr/bin/env python3
"""Writes gold.json for probe set 131 (sewage spills, water companies, regulators' fines, bathing-water quality and calls for public ownership) and checks it against the articles:
every quote, evidence and role evidence must occur in its article, every actor used must be defined
and listed in the article's entities (or optional_entities).  usage: make_gold.py [OUT]"""
import pathlib
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
P, O, C, L = "Person", "Organization", "Country", "Place"

from gold_entities import ENT, PLACE_IN, SAME  # noqa: E402
from gold_articles import ARTICLES  # noqa: E402

from gold_builder import main  # noqa: E402

if __name__ == "__main__":
    main(HERE, "Probe set 131: invented news on sewage spills, water companies, regulators' fines, bathing-water quality and calls for public ownership (Ofwat fining Thames Water, Labour MPs urging public ownership, Welsh beaches failing bathing-water tests, United Utilities fined over an Irwell spill, the EPA on Irish wastewater and Dublin Bay closures). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
