#!/usr/bin/env python3
"""Writes gold.json for probe set 146 (Big Tech antitrust: digital-markets rules, app-store and search rulings, fines, competition authorities, regulators in several countries, rival firms and trade bodies) and checks it against the articles:
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
    main(HERE, "Probe set 146: invented news on Big Tech antitrust: digital-markets rules, app-store and search rulings, fines, competition authorities, regulators in several countries, rival firms and trade bodies (an EU Digital Markets Act fine on Apple, a US search-remedies ruling against Google, Japan's smartphone software act taking effect, the UK CMA's strategic-market-status designation of Apple and Google, and an Australian developer coalition's complaint to the ACCC). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
