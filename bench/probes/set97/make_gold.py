#!/usr/bin/env python3
"""Writes gold.json for probe set 97 (tax policy fights: the global minimum tax, digital services taxes, tax-haven leaks, wealth taxes and tax-evasion prosecutions) and checks it against the articles:
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
    main(HERE, "Probe set 97: invented news on tax policy fights (an OECD deal sparing US companies from the global minimum tax, a US trade investigation into a German digital platform levy, a leak of Jersey trust records, the Zucman wealth tax fight in France, a Cum-Ex tax fraud verdict in Bonn). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES,
         one_statement_for_two_cues=True)  # the thirty-ninth session: one statement for two coordinated cues
