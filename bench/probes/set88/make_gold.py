#!/usr/bin/env python3
"""Writes gold.json for probe set 88 (water disputes between states over rivers, dams and shared aquifers) and checks it against the articles:
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
    main(HERE, "Probe set 88: invented news on water disputes between states over rivers, dams and shared aquifers (Egypt and Ethiopia over the Nile dam, Pakistan and India over the suspended Indus Waters Treaty, South Australia against the upstream states over the Murray, Mexico and the US over the Rio Grande water debt, Arizona farmers suing the Central Arizona Project). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES,
         one_statement_for_two_cues=True)  # the thirty-ninth session: one statement for two coordinated cues
