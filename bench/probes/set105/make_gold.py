#!/usr/bin/env python3
"""Writes gold.json for probe set 105 (frozen state assets, asset seizures and reparations) and checks it against the articles:
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
    main(HERE, "Probe set 105: invented news on frozen state assets, asset seizures and reparations (an EU loan to Ukraine backed by frozen Russian central-bank reserves, a seized superyacht to be sold in the UK, a US judge upholding a yacht forfeiture, the EU General Court upholding a freeze on Riviera villas, Herero and Nama demands for German reparations). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES,
         one_statement_for_two_cues=True)  # the thirty-ninth session: one statement for two coordinated cues
