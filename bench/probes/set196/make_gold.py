#!/usr/bin/env python3
"""Writes gold.json for probe set 196 (onshore wind and solar farms and the rows over them: planning permission and its refusal, nationally significant projects, farmland lost to solar, pylons and grid lines, community benefit funds, councils, residents' groups, energy ministers, developers) and checks it against the articles:
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
    main(HERE, "Probe set 196: invented news on onshore wind and solar farms and the rows over them: planning permission and its refusal, nationally significant projects, farmland lost to solar, pylons and grid lines, community benefit funds, councils, residents' groups, energy ministers, developers (a Lincolnshire solar park approved by England's energy secretary over a council's objection, a wind farm in the Slieve Aughty mountains granted by An Bord Pleanála, Bavaria's wind-area target and a citizens' cooperative, a Wyoming county's moratorium on wind and solar, and farmers refusing Victoria's VNI West transmission line). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
