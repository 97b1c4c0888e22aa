#!/usr/bin/env python3
"""Writes gold.json for probe set 195 (cannabis legalisation and drug-policy reform: legal sales and social clubs, rescheduling, medical cannabis, decriminalisation rolled back, police chiefs, health ministers, campaigners and growers) and checks it against the articles:
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
    main(HERE, "Probe set 195: invented news on cannabis legalisation and drug-policy reform: legal sales and social clubs, rescheduling, medical cannabis, decriminalisation rolled back, police chiefs, health ministers, campaigners and growers (Germany's cannabis clubs and the CDU's repeal push, Thailand's move to relist cannabis as a narcotic, the DEA's rescheduling hearing and a Florida ballot measure, a federal review of Canada's legal cannabis market, and Oregon a year after recriminalising drug possession). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
