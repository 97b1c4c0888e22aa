#!/usr/bin/env python3
"""Writes gold.json for probe set 153 (cheap parcel imports from online marketplaces such as Shein and Temu: de minimis customs exemptions being scrapped, handling fees, product-safety checks and seizures, high-street retailers' lobbies, customs authorities, finance ministers and the European Commission) and checks it against the articles:
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
    main(HERE, "Probe set 153: invented news on cheap parcel imports from online marketplaces such as Shein and Temu: de minimis customs exemptions being scrapped, handling fees, product-safety checks and seizures, high-street retailers' lobbies, customs authorities, finance ministers and the European Commission (EU ministers scrapping the 150-euro exemption, UK retailers pressing the chancellor over the £135 relief, US seizures after the end of de minimis, a French parcel fee and dangerous toys, Canadian retailers against the duty-free thresholds). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
