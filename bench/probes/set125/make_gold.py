#!/usr/bin/env python3
"""Writes gold.json for probe set 125 (congestion charges, urban speed limits, low-emission zones and road-safety policy) and checks it against the articles:
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
    main(HERE, "Probe set 125: invented news on congestion charges, urban speed limits, low-emission zones and road-safety policy (a US threat to New York transit grants over the Manhattan congestion toll, Wales restoring 30mph limits after its 20mph review, Edinburgh widening its low emission zone, Singapore raising ERP charges, Ireland speeding up its speed camera rollout as road deaths rise). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
