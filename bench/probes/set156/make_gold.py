#!/usr/bin/env python3
"""Writes gold.json for probe set 156 (ending seasonal clock changes (daylight saving time): EU plans stalled in the Council, national governments' positions, sleep scientists, farmers and businesses, parliamentary votes, and US states' and Congress bills) and checks it against the articles:
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
    main(HERE, "Probe set 156: invented news on ending seasonal clock changes (daylight saving time): EU plans stalled in the Council, national governments' positions, sleep scientists, farmers and businesses, parliamentary votes, and US states' and Congress bills (Spain's push to revive the EU plan stalled in the Council, Ireland's refusal to diverge from the UK, US states' trigger laws waiting on Congress, British Columbia and Ontario waiting on their neighbours, and the Bundestag's vote with German farmers and sleep scientists). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
