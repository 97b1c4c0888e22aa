#!/usr/bin/env python3
"""Writes gold.json for probe set 142 (hosting bids for the Olympics and World Cups: stadium costs, referendums, human-rights criticism, sports federations, host cities and sponsors) and checks it against the articles:
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
    main(HERE, "Probe set 142: invented news on hosting bids for the Olympics and World Cups: stadium costs, referendums, human-rights criticism, sports federations, host cities and sponsors (FIFA's review of worker deaths at Saudi 2034 World Cup stadiums, a Graubünden referendum against money for the 2038 Winter Olympics, the Brisbane 2032 stadium bill and the row with Canberra, Hamburg's yes vote in Germany's Olympic bid race, and the Centre's share of Ahmedabad's 2036 venue plan). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
