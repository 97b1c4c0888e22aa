#!/usr/bin/env python3
"""Writes gold.json for probe set 84 (product recalls, consumer-protection regulators and class-action lawsuits) and checks it against the articles:
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
    main(HERE, "Probe set 84: invented news on product recalls, consumer-protection regulators and class-action lawsuits (a US air bag recall ordered by NHTSA and an owners' class action, a UK infant formula recall over salmonella and a group claim, the ACCC suing a carmaker over gearbox claims alongside a class action, a Canadian listeria cheese recall and a proposed class action, a German regulator ordering a braking software recall and a Dutch mass claim). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES,
         one_statement_for_two_cues=True)  # the thirty-ninth session: one statement for two coordinated cues
