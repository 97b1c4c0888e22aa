#!/usr/bin/env python3
"""Writes gold.json for probe set 119 (foreign military bases, basing rights and status-of-forces agreements) and checks it against the articles:
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
    main(HERE, "Probe set 119: invented news on foreign military bases, basing rights and status-of-forces agreements (a curfew and joint patrols for US troops on Okinawa, Mauritius holding up the Chagos treaty over Diego Garcia payments, a US drawdown from a Bavarian base, Iraq telling the coalition to leave Erbil, a Senate review of EDCA sites in the Philippines). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
