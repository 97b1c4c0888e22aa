#!/usr/bin/env python3
"""Writes gold.json for probe set 209 (Haiti's gang crisis and the Gang Suppression Force) and checks it against the articles:
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
    main(HERE, "Probe set 209: invented news on Haiti's gang crisis and the Gang Suppression Force: the UN-authorised force replacing the Kenyan-led mission, the Transitional Presidential Council and the prime minister, gangs' Viv Ansanm coalition and their leaders' sanctions, displaced people in Port-au-Prince, the Dominican Republic's deportations, the US and the OAS (the prime minister, the council and the police chief in Port-au-Prince, the Security Council vote in New York, Kenya's president and MPs on the mission's end, Dominican deportations and CARICOM, the UN rights office, IOM, UNICEF and MSF in Geneva). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
