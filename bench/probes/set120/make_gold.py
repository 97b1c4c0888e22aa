#!/usr/bin/env python3
"""Writes gold.json for probe set 120 (social media age limits, children's online safety laws and age verification) and checks it against the articles:
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
    main(HERE, "Probe set 120: invented news on social media age limits, children's online safety laws and age verification (Australia warning platforms a year into its under-16 ban, Ofcom investigating a chat app over age checks, EU countries asking for a digital majority age, a judge letting Utah enforce its app store age law, Malaysia barring under-16s from social media with eKYC checks). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
