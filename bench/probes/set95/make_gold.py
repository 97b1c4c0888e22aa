#!/usr/bin/env python3
"""Writes gold.json for probe set 95 (doping, anti-doping agencies, sports arbitration and bans) and checks it against the articles:
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
    main(HERE, "Probe set 95: invented news on doping scandals, anti-doping agencies, sports arbitration and bans (CAS upholding a Kenyan marathon runner ban, UK Anti-Doping banning a cyclist for missed tests, the IWF banning Thailand weightlifting federation, NADA India banning a wrestler, Sport Integrity Australia appealing a swimmer ban to CAS). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES,
         one_statement_for_two_cues=True)  # the thirty-ninth session: one statement for two coordinated cues
