#!/usr/bin/env python3
"""Writes gold.json for probe set 205 (Syria's political transition) and checks it against the articles:
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
    main(HERE, "Probe set 205: invented news on Syria's political transition: the interim president and his government, the lifting of US, EU and UK sanctions, integrating the Kurdish-led SDF into the army, violence in the coast and in Sweida and the Druze, Israeli strikes and a buffer zone in the south, refugees returning from Turkey, Lebanon and Germany, Russia's bases, elections to a new People's Assembly (the president and the electoral committee, the foreign minister and the interior ministry's spokesman in Damascus; the SDF commander, the Autonomous Administration and the US envoy in the northeast; the US Treasury, senators, the EU and Britain lifting sanctions and the Kremlin on its bases; Turkey's foreign and defence ministers, refugee returns from Turkey, Lebanon and Germany; Israel's defence minister, the buffer zone, Druze leaders and a war monitor on Sweida). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
