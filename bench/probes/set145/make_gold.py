#!/usr/bin/env python3
"""Writes gold.json for probe set 145 (bridge, dam and building collapses, inspections, inquiries, prosecutions and blame) and checks it against the articles:
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
    main(HERE, "Probe set 145: invented news on bridge, dam and building collapses, infrastructure inspections, inquiries, prosecutions and blame between agencies, contractors and ministers (a ship strike on a Houston Ship Channel bridge and the lawsuits, a school roof collapse in Rotherham, a dam burst in Kenya's Nakuru County, the trial over the Vara viaduct collapse in La Spezia, and an IIT report on a Gandak bridge collapse in Bihar). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
