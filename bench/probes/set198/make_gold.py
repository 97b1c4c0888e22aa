#!/usr/bin/env python3
"""Writes gold.json for probe set 198 (US military strikes on alleged drug-smuggling boats and tensions with Venezuela) and checks it against the articles:
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
    main(HERE, "Probe set 198: invented news on US military strikes on alleged drug-smuggling boats and tensions with Venezuela (a Senate war-powers vote in Washington, Caracas mobilising its militia, Bogotá and the families of Colombian fishermen, Port of Spain backing the strikes while Caricom calls for a zone of peace, and Mexico City rejecting a Pacific strike at the mañanera). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
