#!/usr/bin/env python3
"""Writes gold.json for probe set 166 (IVF, fertility treatment and surrogacy: public funding and rationing of IVF, surrogacy bans and court rulings, embryo and frozen-egg rules, doctors' bodies, patients' groups, religious leaders and health ministers) and checks it against the articles:
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
    main(HERE, "Probe set 166: invented news on IVF, fertility treatment and surrogacy: public funding and rationing of IVF, surrogacy bans and court rulings, embryo and frozen-egg rules, doctors' bodies, patients' groups, religious leaders and health ministers (England's IVF postcode lottery, Italy's Constitutional Court upholding the ban on surrogacy abroad, Ireland's extension of public IVF and stalled surrogacy law, Australia's national IVF regulator after embryo mix-ups, and Alabama's bill shielding IVF clinics). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES)
