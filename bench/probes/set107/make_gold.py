#!/usr/bin/env python3
"""Writes gold.json for probe set 107 (birth rates, ageing populations and family policy) and checks it against the articles:
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
    main(HERE, "Probe set 107: invented news on birth rates, ageing populations and family policy (a doubled birth payment in South Korea, a review calling for an earlier rise in the UK state pension age, record-low US births as the White House weighs a baby bonus, a German institute's call for 400,000 migrant workers a year, Italy's births at a new low despite a baby bonus). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
