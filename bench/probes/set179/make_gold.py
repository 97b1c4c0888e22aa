#!/usr/bin/env python3
"""Writes gold.json for probe set 179 (resident and junior doctors' strikes and pay disputes: doctors' unions, health ministers, hospital bosses, patients' groups, pay review bodies, arbitration and court injunctions) and checks it against the articles:
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
    main(HERE, "Probe set 179: invented news on resident and junior doctors' strikes and pay disputes: doctors' unions, health ministers, hospital bosses, patients' groups, pay review bodies, arbitration and court injunctions (a resident doctors' strike in England, South Korea's trainee doctors' walkout and a court ruling on medical school places, a New Zealand strike the Employment Court declined to stop, Irish junior doctors balloting after the HSE rejected a Labour Court recommendation, and a Kenyan doctors' strike suspended by a court). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
