#!/usr/bin/env python3
"""Writes gold.json for probe set 169 (antimicrobial resistance: antibiotic use in livestock farming and bans on routine use, 'pull incentive' subscription schemes for new antibiotics, UN and WHO declarations, drug-makers leaving antibiotic research, vets, hospital infection figures and health agencies) and checks it against the articles:
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
    main(HERE, "Probe set 169: invented news on antimicrobial resistance: antibiotic use in livestock farming and bans on routine use, 'pull incentive' subscription schemes for new antibiotics, UN and WHO declarations, drug-makers leaving antibiotic research, vets, hospital infection figures and health agencies (England's expanded antibiotic subscriptions, a Swiss drugmaker quitting antibiotics, Germany's farm antibiotic rules, India's ICMR resistance report, and the UN declaration on AMR). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
