#!/usr/bin/env python3
"""Writes gold.json for probe set 144 (heating rules: gas-boiler bans, heat-pump subsidies, building-energy laws, installers, landlords, energy ministers and consumer groups) and checks it against the articles:
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
    main(HERE, "Probe set 144: invented news on heating rules: gas-boiler bans, heat-pump subsidies, building-energy laws, installers, landlords, energy ministers and consumer groups (Germany's coalition rewriting the heating law, a cut to Britain's heat pump grant and a delayed boiler ban for new homes, Victoria's later deadline for gas heaters in rentals, Amsterdam's purchase of its district-heating network, and New York's two-year delay of its gas ban in new buildings). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
