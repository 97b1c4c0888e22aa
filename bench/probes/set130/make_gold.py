#!/usr/bin/env python3
"""Writes gold.json for probe set 130 (landmines and cluster munitions: treaty withdrawals, demining, victims and arms-control campaigners) and checks it against the articles:
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
    main(HERE, "Probe set 130: invented news on landmines and cluster munitions: treaty withdrawals, demining, victims and arms-control campaigners (Poland leaving the Ottawa Convention, the Landmine Monitor on casualties and aid cuts, Ukrainian farmers and demining, Cambodia and Thailand over border mines, Ireland and the cluster munitions convention after Lithuania's exit). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
