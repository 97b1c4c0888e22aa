#!/usr/bin/env python3
"""Writes gold.json for probe set 181 (potholes and road maintenance: councils' road budgets, repair backlogs, motoring groups, cyclists, contractors, compensation claims and transport ministers) and checks it against the articles:
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
    main(HERE, "Probe set 181: invented news on potholes and road maintenance: councils' road budgets, repair backlogs, motoring groups, cyclists, contractors, compensation claims and transport ministers (the record repair backlog in England and Wales, Toronto's potholes and damage claims, the cost of pothole damage to US drivers, cyclists' injury claims on Scotland's roads, and Mumbai's potholes before the Bombay high court). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
