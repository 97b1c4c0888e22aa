#!/usr/bin/env python3
"""Writes gold.json for probe set 164 (coastal erosion, sea-level rise and managed retreat: sea walls and their funding, homeowners losing houses to the sea, councils, environment agencies, insurers, relocation schemes for villages and island states) and checks it against the articles:
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
    main(HERE, "Probe set 164: invented news on coastal erosion, sea-level rise and managed retreat: sea walls and their funding, homeowners losing houses to the sea, councils, environment agencies, insurers, relocation schemes for villages and island states (Hemsby's lost sea wall in Norfolk, Tuvalu's call for more Falepili visas, Rodanthe's collapsing houses, the Wamberal sea wall levy, and Portrane's call for a compensation scheme). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
