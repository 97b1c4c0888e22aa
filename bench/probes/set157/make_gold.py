#!/usr/bin/env python3
"""Writes gold.json for probe set 157 (e-bikes and e-scooters: lithium battery fires in homes and on trains, transport operators' and cities' bans, rental schemes, fire brigades, product-safety regulators, manufacturers, delivery riders and ministers) and checks it against the articles:
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
    main(HERE, "Probe set 157: invented news on e-bikes and e-scooters: lithium battery fires in homes and on trains, transport operators' and cities' bans, rental schemes, fire brigades, product-safety regulators, manufacturers, delivery riders and ministers (New York's fire commissioner and the CPSC after a Bronx fire, London Fire Brigade and TfL's extended ban, New South Wales' ban on uncertified batteries, the TTC's ban after a fire at Kipling station, and Madrid's metro ban and rental scooters). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
