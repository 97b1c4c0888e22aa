#!/usr/bin/env python3
"""Writes gold.json for probe set 162 (lab-grown (cultivated) meat: national and state bans, regulatory approvals, farmers' lobbies, start-ups and food-safety agencies) and checks it against the articles:
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
    main(HERE, "Probe set 162: invented news on lab-grown (cultivated) meat: national and state bans, regulatory approvals, farmers' lobbies, start-ups and food-safety agencies (Texas's two-year ban, the UK Food Standards Agency's sandbox timetable, Italy's call on the European Commission to freeze approvals, Singapore's approval of cultivated pork, and Nebraska's ban). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
