#!/usr/bin/env python3
"""Writes gold.json for probe set 199 (the Gaza ceasefire's second phase) and checks it against the articles:
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
    main(HERE, "Probe set 199: invented news on the Gaza ceasefire's second phase: hostages' remains returned, the Rafah crossing, an international stabilisation force and which countries would join it, Hamas disarmament, a transitional 'Board of Peace', Israeli strikes during the truce, aid trucks, mediators Egypt, Qatar and Turkey, the UN Security Council (the last hostage's remains and Israel's cabinet, Egypt on the Rafah crossing and a reconstruction conference, strikes in Gaza and Hamas on its weapons, the Security Council's vote on the stabilisation force, Indonesia's offer of troops). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
