#!/usr/bin/env python3
"""Writes gold.json for probe set 194 (teachers' strikes and pay disputes: teachers' unions and their ballots, education ministers and secretaries, school boards and districts, parents' groups, pay review bodies, class sizes and vacancies) and checks it against the articles:
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
    main(HERE, "Probe set 194: invented news on teachers' strikes and pay disputes: teachers' unions and their ballots, education ministers and secretaries, school boards and districts, parents' groups, pay review bodies, class sizes and vacancies (the NEU's strike ballot in England over the 2.8% pay offer, Los Angeles teachers' strike authorization vote, Ontario's back-to-work bill for striking elementary teachers, Knut and Kuppet's strike notice to Kenya's TSC, and CTERA's national strike in Argentina). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
