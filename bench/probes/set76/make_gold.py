#!/usr/bin/env python3
"""Writes gold.json for probe set 76 (police shootings, deaths in custody, inquests and police-watchdog investigations) and checks it against the articles:
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
    main(HERE, "Probe set 76: invented news on police shootings, deaths in custody, inquests and police-watchdog investigations (an inquest jury in Manchester, an SIU manslaughter charge in Toronto, a lawyer demanding body-camera video in Akron, a Chicago settlement for a death in a holding cell, a Canterbury police commander resigning after an IPCA report). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES,
         one_statement_for_two_cues=True)  # the thirty-ninth session: one statement for two coordinated cues
