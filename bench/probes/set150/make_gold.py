#!/usr/bin/env python3
"""Writes gold.json for probe set 150 (wolves, bears and other large predators: protected status, culls and hunting quotas, attacks on livestock, farmers' compensation, conservationists, EU and national environment ministers) and checks it against the articles:
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
    main(HERE, "Probe set 150: invented news on wolves, bears and other large predators: downgrading their protected status, culls and hunting quotas, attacks on livestock, farmers' compensation, conservationists, EU and national environment ministers (EU ministers' wolf quotas and a request for bears, Germany's wolf bill, the grizzly delisting in the Northern Rockies, Slovakia's bear cull, and France's decree letting farmers shoot wolves). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
