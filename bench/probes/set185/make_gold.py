#!/usr/bin/env python3
"""Writes gold.json for probe set 185 (NHS and public dental care access: dental deserts, dentists leaving public contracts, dental associations and their chairs, health ministers and shadow ministers, patients' groups and watchdogs, councils, emergency extractions) and checks it against the articles:
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
    main(HERE, "Probe set 185: invented news on NHS and public dental care access: dental deserts, dentists leaving public contracts, dental associations and their chairs, health ministers and shadow ministers, patients' groups and watchdogs, councils, emergency extractions (England's dentists leaving the NHS, Ireland's medical card dental scheme, the Canadian Dental Care Plan in Nova Scotia, New Zealand adults' emergency dental care, and Hong Kong's public dental discs). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
