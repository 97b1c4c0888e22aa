#!/usr/bin/env python3
"""Writes gold.json for probe set 189 (robotaxis and self-driving vehicle rules: driverless taxi permits and suspensions, crashes and recalls, safety regulators, taxi drivers' unions and protests, city officials, companies' executives) and checks it against the articles:
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
    main(HERE, "Probe set 189: invented news on minimum wage rises: low pay commissions and wage boards, employers' and hospitality groups, small businesses, unions, labour ministers, economists and central banks, workers (the UK's national living wage rising to £12.71, Germany's minimum wage rising to €14.60 in two steps, California's Fast Food Council delaying a raise, South Africa's national minimum wage rising to R30.23, and South Korea's 2026 minimum wage of 10,320 won). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
