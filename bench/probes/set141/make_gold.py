#!/usr/bin/env python3
"""Writes gold.json for probe set 141 (air pollution: wood burners, clean-air zones, smog alerts, court cases over air quality, health researchers, city halls and environment agencies) and checks it against the articles:
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
    main(HERE, "Probe set 141: invented news on air pollution: wood burners, clean-air zones, smog alerts, court cases over air quality, health researchers, city halls and environment agencies (a top smog alert in southern Poland and Krakow's stove ban, a high court challenge to England's fine-particle plan and wood burners, Birmingham's clean air zone kept to 2030, Delhi's GRAP Stage IV and a Supreme Court hearing on stubble fires, a federal court ruling on Munich's clean air plan and wood stoves in Germany). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
