#!/usr/bin/env python3
"""Writes gold.json for probe set 151 (satellite internet: Starlink and its rivals: national licences and bans, spectrum auctions, regulators, national-security reviews, rural connectivity, use in wars and blackouts) and checks it against the articles:
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
    main(HERE, "Probe set 151: invented news on satellite internet, Starlink and its rivals: national licences and bans, spectrum auctions, regulators, national-security reviews, rural connectivity, use in wars and blackouts (India's administrative assignment of satellite spectrum, Italy's security review of a Starlink defence contract, Russian use of smuggled Starlink dishes in Ukraine, NBN Co moving Sky Muster customers to Amazon's Project Kuiper, and South Africa's equity-equivalent rule for Starlink). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
