#!/usr/bin/env python3
"""Writes gold.json for probe set 171 (fishing rights and fisheries disputes: annual catch quotas negotiated between coastal states, mackerel and herring rows, illegal fishing and seized vessels, bottom-trawling bans in marine protected areas, fishermen's federations, scientists' advice and fisheries ministers) and checks it against the articles:
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
    main(HERE, "Probe set 171: invented news on fishing rights and fisheries disputes: annual catch quotas negotiated between coastal states, mackerel and herring rows, illegal fishing and seized vessels, bottom-trawling bans in marine protected areas, fishermen's federations, scientists' advice and fisheries ministers (a Norway-UK-Faroes mackerel deal without Iceland, a bottom-trawling ban in English marine protected areas, Irish pelagic cuts and the Celtic Sea herring closure, Argentina seizing a Chinese squid vessel, and New Zealand's orange roughy catch limit). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
