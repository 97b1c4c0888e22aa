#!/usr/bin/env python3
"""Writes gold.json for probe set 184 (childcare costs and funded childcare hours: nurseries and childminders, staff shortages, provider groups, parents' groups, councils, education and family ministers) and checks it against the articles:
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
    main(HERE, "Probe set 184: invented news on childcare costs and funded childcare hours: nurseries and childminders, staff shortages, provider groups, parents' groups, councils, education and family ministers (England's 30 funded hours reaching babies, Ontario's $10-a-day operators threatening to leave, Australia's three-day guarantee and its educator shortage, Scotland's 1,140 hours rates and private nurseries, and Germany's shortage of Kita places). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
