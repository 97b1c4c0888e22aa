#!/usr/bin/env python3
"""Writes gold.json for probe set 191 (prison overcrowding and early release of prisoners: justice ministers, prison officers' unions, chief inspectors of prisons, probation services, victims' commissioners and groups, judges) and checks it against the articles:
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
    main(HERE, "Probe set 191: invented news on prison overcrowding and early release of prisoners: justice ministers, prison officers' unions, chief inspectors of prisons, probation services, victims' commissioners and groups, judges (England and Wales's widened early release scheme, France's record prison population, overcrowding in Ireland's prisons and Mountjoy, children held in Queensland's police watch houses, and Chile's bill to release elderly prisoners). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
