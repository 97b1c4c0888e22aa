#!/usr/bin/env python3
"""Writes gold.json for probe set 160 (four-day working week trials and laws, working-time rules, employers' groups, unions and public-sector pilots) and checks it against the articles:
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
    main(HERE, "Probe set 160: invented news on four-day working week trials and laws, working-time rules, employers' groups, unions and public-sector pilots (Spain's 37.5-hour week bill and the employers' fight against it, South Cambridgeshire council's permanent four-day week, IG Metall's four-day week demand and the eight-hour day under review in Germany, Sanders' 32-hour workweek bill and a California pilot for state workers, and the Tokyo Metropolitan Government's four-day week for its employees). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
