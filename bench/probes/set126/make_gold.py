#!/usr/bin/env python3
"""Writes gold.json for probe set 126 (the global plastics treaty negotiations, packaging rules and plastic pollution) and checks it against the articles:
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
    main(HERE, "Probe set 126: invented news on the global plastics treaty negotiations, packaging rules and plastic pollution (treaty talks in Geneva split over a production cap, the first UK packaging EPR invoices, California enforcing SB 54, a revolt against EU packaging reuse targets, Bali banning small water bottles). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
