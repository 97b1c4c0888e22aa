#!/usr/bin/env python3
"""Writes gold.json for probe set 96 (consular rows and diplomatic expulsions) and checks it against the articles:
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
    main(HERE, "Probe set 96: invented news on consular rows and diplomatic expulsions (Poland expelling Belarusian diplomats over a detained citizen, the UK summoning China's ambassador over a detained businessman, Peru expelling Mexico's ambassador over an asylum case, Algeria and France trading expulsions over a jailed teacher, Canada and India expelling diplomats over an intimidation campaign). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES,
         one_statement_for_two_cues=True)  # the thirty-ninth session: one statement for two coordinated cues
