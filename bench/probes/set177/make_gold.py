#!/usr/bin/env python3
"""Writes gold.json for probe set 177 (disposable vapes and youth vaping: bans on disposables and flavours, illicit vapes seized,
tobacco and vape firms, trading standards, retailers, health ministers and doctors) and checks it against the articles:
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
    main(HERE, "Probe set 177: invented news on disposable vapes and youth vaping: bans on disposables and flavours, illicit vapes seized, tobacco and vape firms, trading standards, retailers, health ministers and doctors (trading standards' seizures in England after the disposables ban, a federal seizure of illegal vapes in Chicago, Ireland's ban on disposables and flavours, Singapore's checkpoint seizures and etomidate-laced pods, and New Zealand's fines for vape retailers). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
