#!/usr/bin/env python3
"""Writes gold.json for probe set 122 (nuclear waste storage, repository site selection and local opposition) and checks it against the articles:
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
    main(HERE, "Probe set 122: invented news on nuclear waste storage, repository site selection and local opposition (a revived US interim storage plan in New Mexico, Cumbria leaving the UK search for a geological disposal site, First Nations consent for shipments to a repository near Ignace, South Korea launching its search for a disposal site, German border towns and the Swiss repository at Nördlich Lägern). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
