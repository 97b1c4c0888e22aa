#!/usr/bin/env python3
"""Writes gold.json for probe set 206 (the Sahel juntas and the Alliance of Sahel States) and checks it against the articles:
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
    main(HERE, "Probe set 206: invented news on the Sahel's military juntas and the Alliance of Sahel States: Mali, Burkina Faso and Niger leaving ECOWAS and the ICC, French troops and the UN mission expelled, Russia's Africa Corps, a jihadist fuel blockade of Bamako, mines and uranium nationalised, detained foreign executives and journalists, ECOWAS's and the African Union's response (the fuel blockade in Bamako, Niger's uranium and a detained Orano manager, an ECOWAS summit in Abuja and border traders, the EU's Sahel envoy and Paris, Russia's deputy defence minister and the UN in New York). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
