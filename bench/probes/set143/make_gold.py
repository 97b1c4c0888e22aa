#!/usr/bin/env python3
"""Writes gold.json for probe set 143 (the WHO pandemic agreement, countries leaving or cutting funds to the WHO, global health financing, vaccine-sharing rows and health ministers) and checks it against the articles:
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
    main(HERE, "Probe set 143: invented news on the WHO pandemic agreement, countries leaving or cutting funds to the WHO, global health financing, vaccine-sharing rows and health ministers (Argentina's withdrawal from the WHO taking effect, the pathogen-sharing annex talks in Geneva, Gavi and Global Fund shortfalls, Africa CDC's call for domestic health financing, and the Dáil's vote on the pandemic agreement). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
