#!/usr/bin/env python3
"""Writes gold.json for probe set 163 (organ donation: opt-out consent laws, transplant waiting lists, families' vetoes, organ trafficking prosecutions, religious leaders, transplant services and health ministers) and checks it against the articles:
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
    main(HERE, "Probe set 163: invented news on organ donation: opt-out consent laws, transplant waiting lists, families' vetoes, organ trafficking prosecutions, religious leaders, transplant services and health ministers (England's family refusals under the opt-out law, an Indian kidney trafficking prosecution, Ireland's opt-out register, Australia's waiting list and family consent, and a German opt-out bill). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
