#!/usr/bin/env python3
"""Writes gold.json for probe set 38 (nuclear diplomacy and arms control) and checks it against the articles:
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

# the state a body speaks for, and the state or body of people whose role the article gives without it
BODY_STATE = {"iran_foreign_ministry": "iran", "china_foreign_ministry": "china", "state_department": "united_states",
              "fo": "pakistan", "mea": "india", "japan_defense_ministry": "japan", "jcs": "south_korea",
              "foreign_office_uk": "united_kingdom", "drdo": "india", "ispr": "pakistan", "kcna": "north_korea",
              "irna": "iran", "kang_yu_jung": "south_korea", "stephane_dujarric": "united_nations"}


def own_topics_out(a):
    """Correction 10 (set 15's `own_topics_out`): the example gold leaves the state or body a speaker
    speaks for out of what the statement is about ("Lavrov said Moscow would …" is not about Russia); the
    first gold counted them. Removes from `about` the speaker itself, what the article makes the speaker an
    officer of, and the state of that body. A former office ("a former Russian negotiator") makes no
    state the speaker's own: the speaker no longer speaks for it."""
    same = lambda x: SAME.get(x, x)
    def own(sp):
        o = {sp} | {r[2] for r in a["roles"] if r[0] == sp and r[2] and not r[1].startswith("former")}
        o |= {BODY_STATE[x] for x in list(o) if x in BODY_STATE}
        return {same(x) for x in o}
    a["quotes"] = [(sp, t, [x for x in ab if not sp or same(x) not in own(sp)], c) for sp, t, ab, c in a["quotes"]]
    a["statements"] = [(st[0], st[1], st[2], [x for x in st[3] if not st[0] or same(x) not in own(st[0])]) + tuple(st[4:]) for st in a["statements"]]


for _a in ARTICLES:
    own_topics_out(_a)

if __name__ == "__main__":
    main(HERE, "Probe set 38: invented reports on nuclear diplomacy and arms control (five house styles). Entity ids are set-wide.", ENT, PLACE_IN, SAME, ARTICLES,
         one_statement_for_two_cues=True)  # the thirty-ninth session: one statement for two coordinated cues
