#!/usr/bin/env python3
"""Writes gold.json for probe set 129 (assisted dying: bills, free votes in parliaments, doctors' bodies, disability campaigners and court rulings) and checks it against the articles:
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
    main(HERE, "Probe set 129: invented news on assisted dying: bills, free votes in parliaments, doctors' bodies, disability campaigners and court rulings (the French Senate rejecting the bill, peers adding disabled people to the review panels, Holyrood passing its bill, a New York judge refusing to block the law, the Italian Constitutional Court on Tuscany's law). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
