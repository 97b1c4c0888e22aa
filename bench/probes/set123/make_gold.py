#!/usr/bin/env python3
"""Writes gold.json for probe set 123 (the opioid crisis, overdose deaths, drug-maker settlements and harm-reduction policy) and checks it against the articles:
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
    main(HERE, "Probe set 123: invented news on the opioid crisis, overdose deaths, drug-maker settlements and harm-reduction policy (delays at the Purdue Pharma victims’ trust, an evaluation of Glasgow’s drug consumption facility, US overdose deaths falling as harm-reduction grants are cut, a British Columbia coroners’ panel on safer supply, the EU drugs agency on nitazenes). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
