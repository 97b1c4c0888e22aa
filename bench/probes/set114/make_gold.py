#!/usr/bin/env python3
"""Writes gold.json for probe set 114 (transitional justice and amnesty laws) and checks it against the
articles: every quote, evidence and role evidence must occur in its article, every actor used must be
defined and listed in the article's entities (or optional_entities).  usage: make_gold.py [OUT]"""
import pathlib
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
P, O, C, L = "Person", "Organization", "Country", "Place"

from gold_entities import ENT, PLACE_IN, SAME  # noqa: E402
from gold_articles import ARTICLES  # noqa: E402

from gold_builder import main  # noqa: E402

if __name__ == "__main__":
    main(HERE, "Probe set 114: invented news on transitional justice, truth commissions and amnesty laws (Spain opening Franco-era military archives under its democratic memory law, Colombia's special peace tribunal sentencing ex-officers over 'false positives', the Gambia naming the first prosecutor of its special court, a Peruvian court applying the amnesty for soldiers to the Putis massacre case, Northern Ireland's Troubles inquests restored). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
