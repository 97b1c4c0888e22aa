#!/usr/bin/env python3
"""Writes gold.json for probe set 197 (Sudan's civil war and its diplomacy: the army and the RSF, sieges and massacres in Darfur and Kordofan, famine declarations, truces and mediation by the US, Saudi Arabia, Egypt and the UAE, arms accusations, the UN Security Council and aid agencies) and checks it against the articles:
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
    main(HERE, "Probe set 197: invented news on Sudan's civil war and its diplomacy: the army and the Rapid Support Forces, sieges and massacres in Darfur and Kordofan, famine declarations, humanitarian truces and mediation by the US, Saudi Arabia, Egypt and the UAE, accusations of arms supplies, the UN Security Council and aid agencies (Port Sudan's rejection of the Quad's truce plan, the shelling of a camp in besieged Kadugli, famine declared in Tawila and Dilling, the UAE's rejection of arms claims and the Quad's joint statement, and AU and Igad talks in Nairobi that the army boycotted). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
