#!/usr/bin/env python3
"""Writes gold.json for probe set 66 (international courts and extradition) and checks it against the articles:
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
    main(HERE, "Probe set 66: invented news on international courts and extradition (an ICC arrest warrant for a Libyan militia commander, a UK extradition to the US blocked, a Belgian court clearing an extradition to India, an ICJ order on the Essequibo referendum, ICC appeals judges refusing Duterte interim release). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES,
         one_statement_for_two_cues=True)  # the thirty-ninth session: one statement for two coordinated cues
