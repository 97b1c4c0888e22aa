#!/usr/bin/env python3
"""Writes gold.json for probe set 124 (heatwaves, outdoor-worker heat protections, cooling centres and heat-health warnings) and checks it against the articles:
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
    main(HERE, "Probe set 124: invented news on heatwaves, outdoor-worker heat protections, cooling centres and heat-health warnings (Greece halting afternoon outdoor work, UK unions demanding a maximum working temperature under amber heat-health alerts, Arizona's heat rule and Phoenix cooling centres, Delhi's red alert and paid noon break, a stop-work heat trigger in Western Sydney). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
