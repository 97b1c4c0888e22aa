#!/usr/bin/env python3
"""Writes gold.json for probe set 140 (forced labour in supply chains: import bans, customs seizures, corporate due-diligence laws, audits, brands, NGOs' reports and governments' replies) and checks it against the articles:
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
    main(HERE, "Probe set 140: invented news on forced labour in supply chains: import bans, customs seizures, corporate due-diligence laws, audits, brands, NGOs' reports and governments' replies (US customs detentions of Xinjiang-linked solar panels and aluminium, the EU forced labour ban's guidance and retailers' pushback, UK supermarkets' prawns and Modern Slavery Act reform, Germany's first large supply chain act fine, a US ban on a Malaysian glove maker). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
