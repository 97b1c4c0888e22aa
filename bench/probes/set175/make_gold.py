#!/usr/bin/env python3
"""Writes gold.json for probe set 175 (crowd crushes and event safety (stadiums, festivals and religious gatherings: inquiries, police, organisers, victims' families and prosecutions)) and checks it against the articles:
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
    main(HERE, "Probe set 175: invented news on crowd crushes and event safety (stadiums, festivals and religious gatherings: inquiries, police, organisers, victims' families and prosecutions) (an inquest into a crush outside a Sheffield arena, an appeal ruling over the Itaewon crush, Karnataka's prosecution over the Chinnaswamy stadium stampede, the Kanjuruhan stadium families three years on, and a prosecution over a crush at a Sydney festival). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
