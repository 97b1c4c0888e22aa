#!/usr/bin/env python3
"""Writes gold.json for probe set 204 (Iran's nuclear programme and the return of UN sanctions) and checks it against the articles:
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
    main(HERE, "Probe set 204: invented news on Iran's nuclear programme and the return of UN sanctions: the IAEA's inspections and its board's resolutions, enriched-uranium stockpiles, the E3's snapback of sanctions, strikes on nuclear sites and their aftermath, talks mediated by Oman or Qatar, Iran's parliament and threats to leave the NPT (Tehran on the snapback and the Majlis's NPT threat, the IAEA's report and a board resolution in Vienna, the E3 and the EU in Europe, the White House, the special envoy and Israel's prime minister in Washington and Jerusalem, Oman's mediation in Muscat with Russia, China and Qatar). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
