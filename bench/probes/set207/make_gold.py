#!/usr/bin/env python3
"""Writes gold.json for probe set 207 (the South China Sea confrontations) and checks it against the articles:
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
    main(HERE, "Probe set 207: invented news on the South China Sea confrontations between the Philippines and China: coast guard water cannon and rammings near Scarborough Shoal and Second Thomas Shoal, resupply missions to the grounded BRP Sierra Madre, the 2016 arbitral ruling, the US-Philippine Mutual Defense Treaty and joint patrols with Japan and Australia, ASEAN's talks on a code of conduct, fishermen, Vietnam's island building (a water-cannon attack on an Ayungin resupply mission seen from Manila, the China Coast Guard and the foreign ministry in Beijing, Tokyo and Washington backing Manila, ASEAN ministers in Jakarta on the code of conduct, Vietnam's island building and Australia's reply). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
