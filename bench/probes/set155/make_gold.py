#!/usr/bin/env python3
"""Writes gold.json for probe set 155 (dangerous dogs: bans on breeds such as the XL bully, fatal attacks, owners' groups and vets opposing breed bans, police seizures, courts, councils and ministers) and checks it against the articles:
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
    main(HERE, "Probe set 155: invented news on dangerous dogs: bans on breeds such as the XL bully, fatal attacks, owners' groups and vets opposing breed bans, police seizures, courts, councils and ministers (a boy killed by an XL bully in Wolverhampton, an Irish owners' group's High Court challenge to the XL bully ban, an Ohio city's pit bull ban vote after a mail carrier's death, Toronto council's request to lift Ontario's pit bull ban, and a Luton owner jailed as police count the cost of seized dogs). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
