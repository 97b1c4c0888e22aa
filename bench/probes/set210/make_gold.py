#!/usr/bin/env python3
"""Writes gold.json for probe set 210 (Georgia's political crisis and its stalled EU bid) and checks it against the articles:
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
    main(HERE, "Probe set 210: invented news on Georgia's political crisis and its stalled EU bid: the Georgian Dream government suspending EU accession talks, the foreign agents and broadcasting laws, nightly protests on Rustaveli Avenue and arrests of opposition leaders and journalists, the disputed presidency, EU and US sanctions and visa measures on officials, Russia's stance (the prime minister, the speaker, the public defender and opposition leaders in Tbilisi; the EU's visa suspension and the European Parliament's resolution; US senators, the State Department, the UK and Amnesty; Moscow's foreign ministry, the Kremlin and the Duma; the Baltic and Nordic ministers, ODIHR and the Venice Commission). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
