#!/usr/bin/env python3
"""Writes gold.json for probe set 127 (drone incursions over airports, military sites and critical infrastructure, and counter-drone powers) and checks it against the articles:
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
    main(HERE, "Probe set 127: invented news on drone incursions over airports, military sites and critical infrastructure, and counter-drone powers (Danish airports closed and a law to let operators down drones, UK police powers to take control of drones, the Bundestag letting the Bundeswehr shoot down drones, drones over Langley and Naval Station Norfolk and local counter-drone powers, drones over the Doel nuclear plant and Kleine-Brogel in Belgium). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
