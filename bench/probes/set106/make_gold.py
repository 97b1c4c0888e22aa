#!/usr/bin/env python3
"""Writes gold.json for probe set 106 (the death penalty, executions and clemency campaigns) and checks it against the articles:
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
    main(HERE, "Probe set 106: invented news on the death penalty, executions and clemency campaigns (Louisiana resuming executions with nitrogen gas, an Oklahoma governor refusing clemency against his parole board, a Texas court halting an execution over discredited science, Kenya abolishing the death penalty, rights groups urging Singapore to stay the hanging of a Malaysian drug courier). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
