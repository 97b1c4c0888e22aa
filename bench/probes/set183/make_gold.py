#!/usr/bin/env python3
"""Writes gold.json for probe set 183 (bus service cuts, fare caps and bus franchising: bus operators, transport authorities, mayors, passenger groups, drivers' unions and transport ministers) and checks it against the articles:
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
    main(HERE, "Probe set 183: invented news on bus service cuts, fare caps and bus franchising: bus operators, transport authorities, mayors, passenger groups, drivers' unions and transport ministers (England's £3 bus fare cap and Greater Manchester's franchising, Germany's Deutschlandticket price rise, TransLink's threatened bus cuts in Metro Vancouver, the CTA's budget with bus routes cut in Chicago, and Queensland's 50-cent fares). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
