#!/usr/bin/env python3
"""Writes gold.json for probe set 139 (high-speed rail projects: cost overruns, cancellations, route changes, compulsory purchase, local opposition, auditors' reports and ministers' decisions) and checks it against the articles:
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
    main(HERE, "Probe set 139: invented news on high-speed rail projects: cost overruns, cancellations, route changes, compulsory purchase, local opposition, auditors' reports and ministers' decisions (the NAO on HS2, US funds withheld from California high-speed rail, EU auditors on Rail Baltica, the Chuo Shinkansen maglev cost and Shizuoka, Alto's route through Quebec farmland). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
