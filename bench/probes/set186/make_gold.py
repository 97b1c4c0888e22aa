#!/usr/bin/env python3
"""Writes gold.json for probe set 186 (flood defences and flood insurance: rivers bursting their banks, flood barriers and their funding, environment agencies, insurers and reinsurance schemes, homeowners and farmers, mayors and councils, environment ministers) and checks it against the articles:
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
    main(HERE, "Probe set 186: invented news on flood defences and flood insurance: rivers bursting their banks, flood barriers and their funding, environment agencies, insurers and reinsurance schemes, homeowners and farmers, mayors and councils, environment ministers (the Ouse flooding York for a third winter, Louisiana's flood insurance premiums and the NFIP, the Meuse in Limburg and uninsured river flooding, the Ravi and the Sutlej breaching embankments in Punjab, and Lismore's levee and a flood reinsurance pool). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
