#!/usr/bin/env python3
"""Writes gold.json for probe set 111 (judicial appointments, judicial reform and the independence of courts) and checks it against the articles:
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
    main(HERE, "Probe set 111: invented news on judicial appointments, judicial reform and the independence of courts (a Polish bill to review judges appointed since 2018, a request to delay Mexico's second judicial election, a US Supreme Court nominee advanced by the Senate Judiciary Committee, Israeli judges' walkout over a bill on court presidents, Pakistani lawyers' and judges' protest against a bill on transferring judges). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
