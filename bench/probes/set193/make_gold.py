#!/usr/bin/env python3
"""Writes gold.json for probe set 193 (steel plant closures and state rescues of steelworks: blast furnaces shut or nationalised, green-steel subsidies, steel tariffs and safeguard quotas, steelworkers' unions, owners, industry ministers, local MPs and mayors) and checks it against the articles:
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
    main(HERE, "Probe set 193: invented news on steel plant closures and state rescues of steelworks: blast furnaces shut or nationalised, green-steel subsidies, steel tariffs and safeguard quotas, steelworkers' unions, owners, industry ministers, local MPs and mayors (the UK taking control of British Steel at Scunthorpe, Thyssenkrupp's job cuts in Duisburg, the Whyalla steelworks in administration, Algoma Steel's layoffs under US tariffs, and India's revival package for the Vizag steel plant). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
