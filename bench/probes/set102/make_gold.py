#!/usr/bin/env python3
"""Writes gold.json for probe set 102 (power grids, blackouts and electricity prices) and checks it against the articles:
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
    main(HERE, "Probe set 102: invented news on power grids, blackouts and electricity prices (an inquiry into the Iberian blackout, an Ofgem cap on standing charges, a US grid watchdog warning of winter shortages, a Norwegian threat to curb exports through the NordLink cable to Germany, rolling blackouts and protests in South Africa). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES,
         one_statement_for_two_cues=True)  # the thirty-ninth session: one statement for two coordinated cues
