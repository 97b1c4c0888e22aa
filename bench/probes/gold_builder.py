"""The gold builder the probe sets' make_gold.py scripts share: turns a set's entity table and
article annotations into gold.json in the format of ../shared/gold/seeds.json, and checks them
against the articles (every quote, evidence and role evidence occurs in its article; every actor
used is defined and listed in the article's entities or optional_entities)."""
import json
import pathlib
import re
import sys


def norm(s):
    return re.sub(r"\s+", " ", s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')).strip()


def build(here, about, ENT, PLACE_IN, SAME, ARTICLES):
    """The gold and the list of errors found. `ENT`: id -> (type, name, aliases); `ARTICLES`:
    dicts with article, entities, optional_entities, roles (person, title, of, evidence), quotes
    (speaker, text, about, cue), statements (speaker, cue, evidence, about[, optional]) and
    demands (by, of, what, evidence)."""
    out = {"about": about,
           "entities": {k: {"type": t, "name": n, "aliases": sorted(set([n] + a))} for k, (t, n, a) in ENT.items()},
           "place_in": PLACE_IN, "same_actor": SAME, "articles": []}
    errors = []
    for a in ARTICLES:
        text = norm((here / "articles" / a["article"]).read_text(encoding="utf-8"))
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
        for sp, txt, about_, cue in a["quotes"]:
            need(sp, "quote"); present(txt, "quote")
            for x in about_:
                need(x, "quote about")
            art["quotes"].append({"speaker": sp, "text": txt, "about": about_, "cue": cue})
        for st in a["statements"]:
            sp, cue, ev, about_ = st[:4]
            opt = len(st) > 4 and st[4]
            need(sp, "stmt"); present(ev, "stmt")
            for x in about_:
                need(x, "stmt about")
            d = {"speaker": sp, "evidence": ev, "about": about_, "cue": cue}
            if opt:
                d["optional"] = True
            art["statements"].append(d)
        for by, of, what, ev in a["demands"]:
            need(by, "demand by"); need(of, "demand of"); present(ev, "demand")
            art["demands"].append({"by": by, "of": of, "what": what, "evidence": ev})
        out["articles"].append(art)
    return out, errors


def main(here, about, ENT, PLACE_IN, SAME, ARTICLES):
    """Builds, checks and writes the gold (to argv[1], else the set's gold.json)."""
    gold, errors = build(here, about, ENT, PLACE_IN, SAME, ARTICLES)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    dest = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else here / "gold.json"
    dest.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(dest, sum(len(a["quotes"]) for a in gold["articles"]), "quotes",
          sum(len(a["statements"]) for a in gold["articles"]), "statements",
          sum(len(a["demands"]) for a in gold["articles"]), "demands",
          sum(len(a["roles"]) for a in gold["articles"]), "roles")
