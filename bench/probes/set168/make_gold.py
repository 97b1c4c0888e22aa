#!/usr/bin/env python3
"""Writes gold.json for probe set 168 (online fraud and scams: authorised push-payment (APP) fraud and banks' reimbursement rules, romance and investment scams, scam compounds in Southeast Asia and trafficked workers, telecom operators and social-media platforms blamed, police, regulators and victims' groups) and checks it against the articles:
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
    main(HERE, "Probe set 168: invented news on online fraud and scams: authorised push-payment (APP) fraud and banks' reimbursement rules, romance and investment scams, scam compounds in Southeast Asia and trafficked workers, telecom operators and social-media platforms blamed, police, regulators and victims' groups (the UK keeping its £85,000 APP refund cap, Thailand cutting power to Myanmar's scam compounds, Singapore ordering Meta to use facial recognition against scam ads, Australian romance scam victims and the Scams Prevention Framework, and the US seizing Bitcoin from Cambodia's Prince Group). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
