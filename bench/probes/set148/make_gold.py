#!/usr/bin/env python3
"""Writes gold.json for probe set 148 (the international recruitment of nurses and doctors) and checks it against the articles:
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
    main(HERE, "Probe set 148: invented news on the international recruitment of nurses and doctors: health-worker migration, red lists for recruiters, bilateral labour deals, visa rules for care workers, home countries' shortages, medical councils and unions (the Philippines' cap on nurse departures, the closure of the UK's care-worker visa, Zimbabwe's request that the UK pay for the nurses it recruits, a Nigerian bill bonding new doctors for five years, and New Zealand's jobless nursing graduates). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
