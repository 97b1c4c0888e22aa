#!/usr/bin/env python3
"""Writes gold.json for probe set 173 (water fluoridation: councils, health ministers, dental associations, campaigners, courts and regulators) and checks it against the articles:
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
    main(HERE, "Probe set 173: invented news on water fluoridation: councils, health ministers, dental associations, campaigners, courts and regulators (England's North East expansion, a US judge's order to the EPA, a New Zealand council defying a fluoride directive, Alberta's plebiscite bill, and Cairns ending fluoridation). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
