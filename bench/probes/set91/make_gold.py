#!/usr/bin/env python3
"""Writes gold.json for probe set 91 (language policy, minority rights and autonomy disputes) and checks it against the articles:
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
    main(HERE, "Probe set 91: invented news on language policy, minority rights and autonomy disputes (Latvia ending Russian-language teaching and Russia protesting, Spain's bid to make Catalan an official EU language stalling, a Quebec court striking down part of the French-language law's sign rules, Gagauzia's autonomy referendum in Moldova, Hungary protesting the closure of Hungarian schools in Ukraine). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES,
         one_statement_for_two_cues=True)  # the thirty-ninth session: one statement for two coordinated cues
