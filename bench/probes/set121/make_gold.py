#!/usr/bin/env python3
"""Writes gold.json for probe set 121 (currency crises, devaluations, capital controls and currency pegs) and checks it against the articles:
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
    main(HERE, "Probe set 121: invented news on currency crises, devaluations, capital controls and currency pegs (Pakistan dropping its informal cap on the rupee, Argentina lifting most currency controls, Hong Kong defending its dollar peg, Malawi devaluing the kwacha and limiting dollar purchases, Japan intervening to support the yen). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
