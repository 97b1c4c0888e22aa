#!/usr/bin/env python3
"""Writes gold.json for probe set 192 (farmers' protests: tractor blockades over inheritance tax on farms, trade deals such as EU–Mercosur, subsidy and diesel tax cuts, cheap imports; farm unions, agriculture ministers, police, retailers) and checks it against the articles:
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
    main(HERE, "Probe set 192: invented news on farmers' protests: tractor blockades over inheritance tax on farms, trade deals such as EU–Mercosur, subsidy and diesel tax cuts, cheap imports; farm unions, agriculture ministers, police, retailers (a tractor rally in Westminster over the UK's inheritance tax on farms, French motorway blockades over the EU-Mercosur deal, tractors at an EU summit in Brussels over farm budget and German diesel refund cuts, Polish blockades of Ukrainian border crossings over grain imports, and the SKM's march on Delhi for a legal guarantee of MSP). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
