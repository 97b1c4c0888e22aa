#!/usr/bin/env python3
"""Writes gold.json for probe set 117 (staple food prices and food export bans) and checks it against the articles:
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
    main(HERE, "Probe set 117: invented news on staple food prices and food export bans (India reimposing curbs on white rice exports, Japan releasing rice from its stockpile, Indonesia tightening its palm-oil export rules, Egypt raising the price of subsidised bread, Nigeria extending its food import duty waiver). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
