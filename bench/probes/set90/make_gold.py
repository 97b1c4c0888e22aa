#!/usr/bin/env python3
"""Writes gold.json for probe set 90 (the Arctic and Antarctica: polar sovereignty, shipping routes, research stations and Indigenous Arctic peoples) and checks it against the articles:
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
    main(HERE, "Probe set 90: invented news on the Arctic and Antarctica (Greenland setting a date for an independence referendum, Inuit leaders and a new military hub in Iqaluit, a Norwegian supreme court ruling for Sami herders at Fosen, a record Northern Sea Route season amid Russia's Arctic build-up, an Antarctic Treaty meeting failing to protect the emperor penguin). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES,
         one_statement_for_two_cues=True)  # the thirty-ninth session: one statement for two coordinated cues
