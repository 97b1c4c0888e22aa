#!/usr/bin/env python3
"""Writes gold.json for probe set 19 (technology, health and science policy) and checks it against the articles:
every quote, evidence and role evidence must occur in its article, every actor used must be defined
and listed in the article's entities (or optional_entities).  usage: make_gold.py [OUT]"""
import json, pathlib, re, sys

HERE = pathlib.Path(__file__).parent
P, O, C, L = "Person", "Organization", "Country", "Place"

from gold_entities import ENT, PLACE_IN, SAME  # noqa: E402
from gold_articles import ARTICLES  # noqa: E402


def norm(s):
    return re.sub(r"\s+", " ", s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')).strip()


def build():
    out = {"about": "Probe set 19: invented technology, health and science policy reports (six house styles). Entity ids are set-wide.",
           "entities": {k: {"type": t, "name": n, "aliases": sorted(set([n] + a))} for k, (t, n, a) in ENT.items()},
           "place_in": PLACE_IN, "same_actor": SAME, "articles": []}
    errors = []
    for a in ARTICLES:
        text = norm((HERE / "articles" / a["article"]).read_text(encoding="utf-8"))
        listed = set(a["entities"]) | set(a.get("optional_entities", []))
        def need(x, what):
            if x is None:
                return
            if x not in ENT:
                errors.append(f"{a['article']}: undefined {x} ({what})")
            elif x not in listed and SAME.get(x, x) not in listed:
                errors.append(f"{a['article']}: {x} not listed ({what})")
        def present(s, what):
            if norm(s) not in text:
                errors.append(f"{a['article']}: not in text ({what}): {s[:70]}")
        for x in listed:
            need(x, "entity")
        art = {"article": a["article"], "entities": a["entities"], "optional_entities": a.get("optional_entities", []),
               "roles": [], "quotes": [], "statements": [], "demands": []}
        for person, title, of, ev in a["roles"]:
            need(person, "role"); need(of, "role of"); present(ev, "role")
            art["roles"].append({"person": person, "title": title, "of": of, "evidence": ev})
        for sp, txt, about, cue in a["quotes"]:
            need(sp, "quote"); present(txt, "quote")
            for x in about:
                need(x, "quote about")
            art["quotes"].append({"speaker": sp, "text": txt, "about": about, "cue": cue})
        for st in a["statements"]:
            sp, cue, ev, about = st[:4]
            opt = len(st) > 4 and st[4]
            need(sp, "stmt"); present(ev, "stmt")
            for x in about:
                need(x, "stmt about")
            d = {"speaker": sp, "evidence": ev, "about": about, "cue": cue}
            if opt:
                d["optional"] = True
            art["statements"].append(d)
        for by, of, what, ev in a["demands"]:
            need(by, "demand by"); need(of, "demand of"); present(ev, "demand")
            art["demands"].append({"by": by, "of": of, "what": what, "evidence": ev})
        out["articles"].append(art)
    return out, errors


if __name__ == "__main__":
    gold, errors = build()
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    dest = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "gold.json"
    dest.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(dest, sum(len(a["quotes"]) for a in gold["articles"]), "quotes",
          sum(len(a["statements"]) for a in gold["articles"]), "statements",
          sum(len(a["demands"]) for a in gold["articles"]), "demands",
          sum(len(a["roles"]) for a in gold["articles"]), "roles")
