#!/usr/bin/env python3
"""Writes gold.json for probe set 159 (junk-food advertising bans, sugar and salt taxes, ultra-processed food, food-industry lobbies, health campaigners and regulators) and checks it against the articles:
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
    main(HERE, "Probe set 159: invented news on junk-food advertising bans, sugar and salt taxes, ultra-processed food, food-industry lobbies, health campaigners and regulators (the UK's junk-food advertising ban and its brand exemption, Mexico's soda and snack tax, Australian doctors' push for a sugar tax as food makers miss salt targets, the US health secretary's order to define ultra-processed food, and Germany's stalled law on food advertising to children). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
