#!/usr/bin/env python3
"""Writes gold.json for probe set 98 (the UN Security Council: a vetoed draft resolution, a peacekeeping mission ended at its host state's request, a sanctions panel's report, a Council presidency's agenda, a peacekeepers' casualty inquiry) and checks it against the articles:
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
    main(HERE, "Probe set 98: invented news on the UN Security Council (a Russian veto of a Sudan ceasefire draft, the Council ending the Congo peacekeeping mission at Kinshasa's request, a Libya sanctions panel report on arms flights, Somalia's Council presidency agenda, an inquiry into Tanzanian peacekeepers killed in the Central African Republic). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES,
         one_statement_for_two_cues=True)  # the thirty-ninth session: one statement for two coordinated cues
