#!/usr/bin/env python3
"""Writes gold.json for probe set 161 (compensation schemes for victims of state scandals: contaminated blood, wrongful prosecutions, benefit-fraud scandals; inquiry findings, victims' groups and delayed payouts) and checks it against the articles:
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
    main(HERE, "Probe set 161: invented news on compensation schemes for victims of state scandals (contaminated blood, wrongful prosecutions, benefit-fraud scandals), inquiry findings, victims' groups and delayed payouts (the UK's infected blood compensation authority, the Post Office Horizon redress schemes, the Dutch childcare benefits recovery, the Robodebt class action settlement, and Japan's compensation for forced sterilizations). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
