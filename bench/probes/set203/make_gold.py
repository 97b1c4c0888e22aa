#!/usr/bin/env python3
"""Writes gold.json for probe set 203 (the India–Pakistan crisis after a militant attack in Kashmir) and checks it against the articles:
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
    main(HERE, "Probe set 203: invented news on the India–Pakistan crisis after a militant attack in Kashmir: India holding the Indus Waters Treaty in abeyance, expelled diplomats and closed borders and airspace, cross-border strikes and drone attacks, shelling along the Line of Control, a ceasefire and claims of who brokered it, the UN and neighbours' appeals (New Delhi holding the treaty in abeyance and expelling diplomats, Pakistan's National Security Committee closing its airspace, shelling along the Line of Control seen from Srinagar, Washington's and New Delhi's competing claims about the ceasefire, Saudi, Iranian, Chinese and Gulf mediation). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
