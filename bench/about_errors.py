#!/usr/bin/env python3
"""Lists the `about` errors of a views folder against a gold file: for every quote and reported
statement the scorer matches (as ../shared/eval/score.py matches them), the gold actors it missed
and the gold actors it named wrongly. score.py only counts these; this says which.

usage: bench/about_errors.py GOLD.json VIEWS_DIR [--shared DIR]
"""
import argparse
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
ap = argparse.ArgumentParser()
ap.add_argument("gold")
ap.add_argument("views")
ap.add_argument("--shared", default=str(root.parent / "shared"))
args = ap.parse_args()
sys.path.insert(0, str(pathlib.Path(args.shared) / "eval"))
import json  # noqa: E402

import score as S  # noqa: E402

gold = json.loads(pathlib.Path(args.gold).read_text(encoding="utf-8"))
views = pathlib.Path(args.views)
ents = S.read_view(views, "entities.csv", ["id", "type", "name", "aliases", "articles"])
stmts = S.read_view(views, "statements.csv", ["article", "kind", "speaker", "text", "cue", "about"])
res = S.Resolver(gold, ents)
same = gold.get("same_actor", {})
tp = fp = fn = 0


def report(a, kind, s, g):
    global tp, fp, fn
    pa = {res.actor(x) for x in S.split(s["about"])} - {None}
    ga = {same.get(x, x) for x in g["about"]}
    tp += len(pa & ga)
    fp += len(pa - ga)
    fn += len(ga - pa)
    if pa != ga:
        print(f"[{a['article'][:3]}] {kind} {s['speaker']!r}: {s['text'][:90]!r}")
        if ga - pa:
            print(f"      missed {sorted(ga - pa)}")
        if pa - ga:
            print(f"      extra  {sorted(pa - ga)}   (about column: {s['about']})")


for a in gold["articles"]:
    key = a["article"]
    mine = [s for s in stmts if pathlib.Path(s["article"]).name == key]
    direct = [s for s in mine if s["kind"] == "direct"]
    used = set()
    for q in a["quotes"]:
        best, best_i = 0.0, None
        for i, s in enumerate(direct):
            if i in used:
                continue
            rg, rp = S.overlap(s["text"], q["text"])
            if rg >= 0.6 and rp >= 0.6 and rg + rp > best:
                best, best_i = rg + rp, i
        if best_i is not None:
            used.add(best_i)
            report(a, "quote   ", direct[best_i], q)
    reported = [s for s in mine if s["kind"] != "direct"]
    used = set()
    for g in sorted(a["statements"], key=lambda g: bool(g.get("optional"))):
        want = same.get(g["speaker"], g["speaker"])
        for i, s in enumerate(reported):
            if i in used or (want and res.actor(s["speaker"]) != want):
                continue
            rg, rp = S.overlap(s["text"], g["evidence"])
            if rg >= 0.4 or rp >= 0.6:
                used.add(i)
                if not g.get("optional"):
                    report(a, "reported", s, g)
                break
print(f"about: {tp} right, {fp} extra, {fn} missed")
