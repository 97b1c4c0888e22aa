#!/usr/bin/env python3
"""Writes gold.json for probe set 208 (the Armenia–Azerbaijan peace process) and checks it against the articles:
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
    main(HERE, "Probe set 208: invented news on the Armenia–Azerbaijan peace process: a peace agreement initialled at the White House, a transit route through Armenia's Syunik province, Baku's demand that Armenia change its constitution, the OSCE Minsk Group dissolved, Russia's peacekeepers gone and Armenia freezing its CSTO membership, refugees from Karabakh, former Karabakh leaders on trial in Baku, Armenia's opposition and the Church (Pashinyan on the constitution in Yerevan, Hajiyev, Aliyev and the trial in Baku, the White House and senators on signing and the Syunik route, Zakharova, Peskov and Araghchi on the CSTO freeze and the route, the EU monitoring mission, France and Turkey's border). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
