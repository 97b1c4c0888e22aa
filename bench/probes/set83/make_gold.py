#!/usr/bin/env python3
"""Writes gold.json for probe set 83 (sovereign debt crises, IMF programmes, bailouts and creditor negotiations) and checks it against the articles:
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
    main(HERE, "Probe set 83: invented news on sovereign debt crises, IMF programmes, bailouts and creditor negotiations (Ethiopia's bondholders rejecting a haircut offer, Senegal's hidden debt delaying a new IMF programme, the IMF waiving Argentina's missed reserve target, the IMF asking Pakistan for new taxes before a tranche, Ukraine's talks with GDP warrant holders failing). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES,
         one_statement_for_two_cues=True)  # the thirty-ninth session: one statement for two coordinated cues
