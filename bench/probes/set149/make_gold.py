#!/usr/bin/env python3
"""Writes gold.json for probe set 149 (councils and cities going bust: section 114 notices and municipal insolvencies, government commissioners sent in, service cuts, council-tax rises, credit ratings of cities, auditors and mayors) and checks it against the articles:
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
    main(HERE, "Probe set 149: invented news on councils and cities going bust: section 114 notices and municipal insolvencies, government commissioners sent in, service cuts, council-tax rises, credit ratings of cities, auditors and mayors (the US Postal Service's loss and a split on its board, Royal Mail's second-class letters on alternate weekdays, a Canada Post strike, An Post's rural post-office closures, and the ACCC's ruling on an Australia Post stamp rise). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
