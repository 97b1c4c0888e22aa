#!/usr/bin/env python3
"""Writes gold.json for probe set 165 (football club ownership and governance: independent football regulators, owners' and directors' tests, state-linked and private-equity owners, fan groups, leagues, clubs in financial trouble and ministers) and checks it against the articles:
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
    main(HERE, "Probe set 165: invented news on football club ownership and governance: independent football regulators, owners' and directors' tests, state-linked and private-equity owners, fan groups, leagues, clubs in financial trouble and ministers (the Independent Football Regulator's owners' test, Germany's 50+1 rule, a French club relegated by the DNCG, an A-League club's collapse, and a private equity bid for a Championship club). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
