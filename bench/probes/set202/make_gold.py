#!/usr/bin/env python3
"""Writes gold.json for probe set 202 (the conflict in eastern DR Congo) and checks it against the articles:
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
    main(HERE, "Probe set 202: invented news on the conflict in eastern DR Congo, Rwanda and the M23 rebels: peace deals signed in Washington and Doha, rebel-held Goma and Bukavu, sanctions, minerals deals, Kinshasa and Kigali trading accusations, UN peacekeepers, human-rights reports, displaced people and aid cuts (Kinshasa accusing Kigali over the Washington accord, Rwanda's foreign minister and president in reply, hunger and aid cuts in rebel-held Goma, a prisoner-exchange protocol signed in Doha and US sanctions threats, an African Union summit on the EAC and SADC tracks). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
