#!/usr/bin/env python3
"""Writes gold.json for probe set 158 (smartphone bans in schools, education ministers, teachers' unions, parents' campaigns, tech firms and child-development researchers) and checks it against the articles:
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
    main(HERE, "Probe set 158: invented news on smartphone bans in schools, education ministers, teachers' unions, parents' campaigns, tech firms and child-development researchers (England's education secretary and a parents' petition for a statutory ban, New York's bell-to-bell law, New South Wales' extended ban after a review, France's phone lockers in middle schools, and Ireland's funding for phone pouches). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
