#!/usr/bin/env python3
"""Writes gold.json for probe set 174 (shoplifting and retail crime: retailers, shop workers' unions, police chiefs, ministers, security firms and facial-recognition rows) and checks it against the articles:
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
    main(HERE, "Probe set 174: invented news on shoplifting and retail crime: retailers, shop workers' unions, police chiefs, ministers, security firms and facial-recognition rows (record shoplifting in England and Wales, a row over facial recognition cameras in Sports Direct stores, a shop workers' union's call for laws in Australia, California's shoplifting law a year on, and Foodstuffs' facial recognition cameras in New Zealand). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
