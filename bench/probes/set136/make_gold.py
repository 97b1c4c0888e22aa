#!/usr/bin/env python3
"""Writes gold.json for probe set 136 (the shadow fleet of oil tankers: sanctions enforcement at sea, boarded ships, Baltic states, insurers and flag registries) and checks it against the articles:
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
    main(HERE, "Probe set 136: invented news on the shadow fleet of oil tankers: sanctions enforcement at sea, boarded ships, Baltic states, insurers and flag registries (an Estonian boarding in the Gulf of Finland, a Finnish cable-damage detention, UK sanctions on insurers and registries, German and Danish checks, a French boarding and Ukraine's demands). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
