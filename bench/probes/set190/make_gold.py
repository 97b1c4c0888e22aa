#!/usr/bin/env python3
"""Writes gold.json for probe set 190 (disability benefit cuts and welfare reform: eligibility tests, payment cuts, rebel lawmakers, disability charities and campaigners, welfare ministers, courts and ombudsmen) and checks it against the articles:
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
    main(HERE, "Probe set 190: invented news on disability benefit cuts and welfare reform: eligibility tests, payment cuts, rebel lawmakers, disability charities and campaigners, welfare ministers, courts and ombudsmen (the UK's PIP and Universal Credit bill and its Labour rebels, Australia's NDIS changes, Georgia's Medicaid work requirements and the SSDI backlog, Alberta's clawback of the Canada Disability Benefit, and the Irish Ombudsman's report on Disability Allowance refusals). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
