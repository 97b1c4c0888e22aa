#!/usr/bin/env python3
"""Writes gold.json for probe set 137 (bird flu (H5N1) in poultry and dairy herds: culls, farm compensation, vaccination decisions and trade bans) and checks it against the articles:
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
    main(HERE, "Probe set 137: invented news on bird flu (H5N1) in poultry and dairy herds: culls, farm compensation, vaccination decisions and trade bans (higher US payments for milk lost in infected dairy herds, Norfolk culls and the UK compensation and turkey-vaccine row, France's third duck vaccination campaign and Japan's lifted ban, a Chiba egg-farm cull with the Self-Defense Forces, a Sioux County layer outbreak and Korean and Mexican bans). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
