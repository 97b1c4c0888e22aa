#!/usr/bin/env python3
"""Writes gold.json for probe set 134 (knife crime and youth violence: police powers, stop and search, mayors, victims' families, charities and sentencing) and checks it against the articles:
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
    main(HERE, "Probe set 134: invented news on knife crime and youth violence: police powers, stop and search, mayors, victims' families, charities and sentencing (wider stop-and-search powers in England and Wales, a mother's call for knife arches in London schools, a knife amnesty in the West Midlands, Queensland's wanding laws, school bag searches in France). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
