#!/usr/bin/env python3
"""Writes gold.json for probe set 178 (homelessness and rough sleeping: encampment clearances, shelters and hostels, charities, mayors and city councils, court rulings, housing ministers) and checks it against the articles:
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
    main(HERE, "Probe set 178: invented news on homelessness and rough sleeping: encampment clearances, shelters and hostels, charities, mayors and city councils, court rulings, housing ministers (record rough sleeping in London, Los Angeles encampment sweeps after the Grants Pass ruling, a Hamilton court ruling on encampments and Ontario's threat to override it, Ireland's emergency accommodation figures and a Grand Canal clearance, and a Paris tent camp clearance). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
