#!/usr/bin/env python3
"""Writes gold.json for probe set 182 (public library closures and funding: councils, librarians and their unions, authors, campaigners, volunteers running libraries, culture ministers) and checks it against the articles:
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
    main(HERE, "Probe set 182: invented news on public library closures and funding: councils, librarians and their unions, authors, campaigners, volunteers running libraries, culture ministers (Nottinghamshire's library closures, small-town libraries after the federal library grants were cut, Ontario's frozen library grant, NSW councils and library funding, and Glasgow's library hours). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
