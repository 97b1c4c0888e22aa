#!/usr/bin/env python3
"""Writes gold.json for probe set 200 (the Russia–Ukraine peace-plan talks) and checks it against the articles:
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
    main(HERE, "Probe set 200: invented news on the Russia–Ukraine peace-plan talks: a US draft plan and its points, rounds of talks between delegations, European counter-proposals, security guarantees, territory in Donbas, sanctions relief, frozen assets, the Kremlin's and Kyiv's responses, NATO and the coalition of the willing (Kyiv's President's Office on Donbas and its red lines, the Kremlin on the amended US proposals, the US envoy and the senators' sanctions bill, the coalition of the willing's counter-plan in London, the Abu Dhabi round). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
