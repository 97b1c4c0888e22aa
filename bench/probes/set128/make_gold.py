#!/usr/bin/env python3
"""Writes gold.json for probe set 128 (deep-sea mining: exploration licences, the International Seabed Authority, moratorium calls and unilateral permits) and checks it against the articles:
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
    main(HERE, "Probe set 128: invented news on deep-sea mining: exploration licences, the International Seabed Authority, moratorium calls and unilateral permits (the ISA council without a mining code as a US permit bid looms, Norway shelving its licensing round, the Cook Islands defending seabed exploration, Hawaii closing its ports to mining ships, France rallying support for a moratorium). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
