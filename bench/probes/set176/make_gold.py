#!/usr/bin/env python3
"""Writes gold.json for probe set 176 (medicine shortages: generic-drug makers, pharmacists, regulators, health ministers, export curbs and patients' groups) and checks it against the articles:
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
    main(HERE, "Probe set 176: invented news on medicine shortages: generic-drug makers, pharmacists, regulators, health ministers, export curbs and patients' groups (pharmacy shortages in England and a threat of stockpiling rules, the EU's Critical Medicines Act and national export bans, Australia's ADHD medicine shortage, US chemotherapy shortages and tariffs on generics, and India's curbs on antibiotic exports). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
