#!/usr/bin/env python3
"""Writes gold.json for probe set 187 (ambulance response times and hospital handover delays: ambulance services and paramedics' unions, emergency departments, coroners' warnings, health ministers and health boards, patients' families, opposition spokespeople) and checks it against the articles:
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
    main(HERE, "Probe set 187: invented news on ambulance response times and hospital handover delays: ambulance services and paramedics' unions, emergency departments, coroners' warnings, health ministers and health boards, patients' families, opposition spokespeople (England's lost ambulance hours and a Cornwall coroner's report, a north Wales inquest into a nine-hour wait, Ottawa's level zero and offload delays, Victoria's ramping and a Geelong coroner's findings, and ambulances held at University Hospital Limerick). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
