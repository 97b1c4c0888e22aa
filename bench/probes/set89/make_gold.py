#!/usr/bin/env python3
"""Writes gold.json for probe set 89 (spyware, phone hacking and state surveillance scandals) and checks it against the articles:
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
    main(HERE, "Probe set 89: invented news on spyware, phone hacking and state surveillance scandals (the Met police's live facial recognition challenged in the High Court, the US sanctioning a Cyprus-based spyware vendor, a Polish parliamentary inquiry into Pegasus, an Italian oversight committee finding journalists hacked with Paragon spyware, the Greek data protection authority fining the EYP intelligence service). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES,
         one_statement_for_two_cues=True)  # the thirty-ninth session: one statement for two coordinated cues
