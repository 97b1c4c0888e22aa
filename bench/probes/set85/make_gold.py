#!/usr/bin/env python3
"""Writes gold.json for probe set 85 (looted antiquities, museum restitution claims and cultural-heritage disputes) and checks it against the articles:
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
    main(HERE, "Probe set 85: invented news on looted antiquities, museum restitution claims and cultural-heritage disputes (Greece formally asking the British Museum for the Parthenon Sculptures, Manhattan prosecutors returning looted antiquities to Italy as Turkey claims a statue from the Met, Egypt asking Germany for the Nefertiti bust, Cambridge returning Benin Bronzes amid an Oba–Edo government custody dispute, a Paris auction of pre-Hispanic artefacts Mexico protests). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES,
         one_statement_for_two_cues=True)  # the thirty-ninth session: one statement for two coordinated cues
