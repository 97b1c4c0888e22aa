#!/usr/bin/env python3
"""Writes gold.json for probe set 201 (the China–Japan row over Taiwan) and checks it against the articles:
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
    main(HERE, "Probe set 201: invented news on the China–Japan row over Taiwan: a Japanese prime minister's remarks in parliament on a Taiwan emergency, Beijing's demand that they be retracted, travel and study advisories, suspended seafood imports and cancelled flights, a consul general's post on X and the protests it drew, coastguard ships near disputed islands, Taiwan's government, the United States and neighbours (Tokyo's chief cabinet secretary, the summons and lawmakers; Beijing's foreign ministry, Taiwan Affairs Office and defence ministry; Taipei's president, MAC and KMT; Hong Kong's travel agents, airlines and analysts; Seoul, Washington and Manila). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
