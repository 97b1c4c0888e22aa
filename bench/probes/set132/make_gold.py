#!/usr/bin/env python3
"""Writes gold.json for probe set 132 (wildfires: evacuations, cross-border firefighting aid, arson arrests and blame over forest management) and checks it against the articles:
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
    main(HERE, "Probe set 132: invented news on wildfires: evacuations, cross-border firefighting aid, arson arrests and blame over forest management (an Oregon fire with Canadian crews and an arson arrest, Greek arrests and EU aid near Athens, Portuguese arrests and Spanish planes, Mexican and Australian crews in Manitoba, Azerbaijani helicopters and arrests in İzmir). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
