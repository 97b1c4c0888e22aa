#!/usr/bin/env python3
"""Writes gold.json for probe set 94 (foreign influence operations, disinformation and foreign-agent laws) and checks it against the articles:
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
    main(HERE, "Probe set 94: invented news on foreign influence operations, disinformation and foreign-agent laws (US charges over Russian-funded fake local news sites, Georgia ordering election monitors to register as foreign agents, Germany's spy agency on a Russian campaign before state elections, Singapore blocking accounts under its foreign interference law, the first list of Canada's foreign influence registry). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES,
         one_statement_for_two_cues=True)  # the thirty-ninth session: one statement for two coordinated cues
