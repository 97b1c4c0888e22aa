#!/usr/bin/env python3
"""Writes gold.json for probe set 167 (airport expansion: new runways and terminals, noise and climate objections, planning decisions and court challenges, airlines and airport operators, local councils and residents, ministers) and checks it against the articles:
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
    main(HERE, "Probe set 167: invented news on airport expansion: new runways and terminals, noise and climate objections, planning decisions and court challenges, airlines and airport operators, local councils and residents, ministers (Gatwick's northern runway approved, Dublin Airport's passenger cap kept by the planning body, a Dutch court ordering Schiphol's noise limits enforced, Western Sydney Airport's flight paths, and Lisbon's new airport at Alcochete). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
