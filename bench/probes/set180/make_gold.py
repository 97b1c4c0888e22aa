#!/usr/bin/env python3
"""Writes gold.json for probe set 180 (school meals: free and universal school meals, eligibility thresholds, caterers and food costs, councils, unions, food charities, parents and education ministers) and checks it against the articles:
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
    main(HERE, "Probe set 180: invented news on school meals: free and universal school meals, eligibility thresholds, caterers and food costs, councils, unions, food charities, parents and education ministers (England's extension of free school meals to families on universal credit, Minnesota's universal meals in a budget fight, New Zealand's cheaper school lunches and their caterer, Ireland's hot school meals scheme without kitchens, and India's PM POSHAN cooking cost). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
