#!/usr/bin/env python3
"""Writes gold.json for probe set 152 (air-traffic-control strikes and flight disruption: controllers' unions, airline bosses, passenger compensation rules, aviation regulators, transport ministers, airports and the EU) and checks it against the articles:
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
    main(HERE, "Probe set 152: invented news on air-traffic-control strikes and flight disruption: controllers' unions, airline bosses, passenger compensation rules, aviation regulators, transport ministers, airports and the EU (a French controllers' strike and Ryanair's demand of Brussels, UK airlines' letter against NATS, a German controllers' strike threat, the EU261 reform fight between the Council and Parliament, and Airservices Australia's airspace closures). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
