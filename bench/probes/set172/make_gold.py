#!/usr/bin/env python3
"""Writes gold.json for probe set 172 (concert ticketing: dynamic pricing, resale caps and bans on ticket touts, bots buying tickets, ticketing platforms and promoters, artists and fans' groups, competition and consumer regulators and lawmakers) and checks it against the articles:
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
    main(HERE, "Probe set 172: invented news on concert ticketing: dynamic pricing, resale caps and bans on ticket touts, bots buying tickets, ticketing platforms and promoters, artists and fans' groups, competition and consumer regulators and lawmakers (a UK cap on ticket resale, an FTC lawsuit against brokers using bots, Ontario's resale cap, EU rules on dynamic pricing, and Ireland's consumer watchdog taking Ticketmaster to court). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
