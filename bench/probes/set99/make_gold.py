#!/usr/bin/env python3
"""Writes gold.json for probe set 99 (crypto regulation, exchange collapses and crypto fraud trials) and checks it against the articles:
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
    main(HERE, "Probe set 99: invented news on crypto regulation, exchange collapses and crypto fraud trials (the SEC suing an exchange that moved customer funds to its founder's firm, a crypto lender founder sentenced for fraud in New York, South Korea's parliament passing a won stablecoin law, Kenya's central bank banning crypto payments, a Singapore exchange hack blamed on North Korea's Lazarus Group). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
