#!/usr/bin/env python3
"""Writes gold.json for probe set 170 (drought and water shortages: hosepipe bans and water rationing in cities, desalination plants, irrigation cuts for farmers, disputes over shared rivers and dams between countries, water utilities, environment ministers and meteorological services) and checks it against the articles:
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
    main(HERE, "Probe set 170: invented news on drought and water shortages: hosepipe bans and water rationing in cities, desalination plants, irrigation cuts for farmers, disputes over shared rivers and dams between countries, water utilities, environment ministers and meteorological services (a Yorkshire hosepipe ban, Catalan water rationing and desalination, the Nile dam dispute, Bengaluru rationing and the Cauvery row, and Johannesburg outages with the Lesotho tunnel shutdown). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
