#!/usr/bin/env python3
"""Writes gold.json for probe set 154 (access to cash: bank branch and ATM closures, laws obliging shops and services to accept cash, central banks and the digital euro, banks, consumer groups, charities for older people and rural communities, and ministers) and checks it against the articles:
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
    main(HERE, "Probe set 154: invented news on access to cash: bank branch and ATM closures, laws obliging shops and services to accept cash, central banks and the digital euro, banks, consumer groups, charities for older people and rural communities, and ministers (UK branch closures and banking hubs, the ECB's digital euro and the EU cash law, Ireland's access-to-cash criteria, a US bill obliging stores to accept cash, and the Riksbank's call for a Swedish cash law). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
