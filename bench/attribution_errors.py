#!/usr/bin/env python3
"""Lists the PolNeAR dev errors of the release binary: missed gold attributions, unmatched
predictions (and whether they sit inside a matched gold span: nested quotes, second halves of
split quotes) and wrong speakers, each with its context, matched as ../shared/eval/attribution.py
matches. The lists quote the copyrighted articles: they go to OUTDIR (default: a temporary
folder), never into the repository.

usage: bench/attribution_errors.py [--shared DIR] [--out OUTDIR] [--threshold 0.3]
"""
import argparse
import collections
import csv
import pathlib
import subprocess
import sys
import tempfile

root = pathlib.Path(__file__).resolve().parent.parent
ap = argparse.ArgumentParser()
ap.add_argument("--shared", default=str(root.parent / "shared"))
ap.add_argument("--out", default=None)
ap.add_argument("--threshold", type=float, default=0.3)
args = ap.parse_args()
sys.path.insert(0, str(pathlib.Path(args.shared) / "eval"))
import attribution as A  # noqa: E402

binary = root / "target" / "release" / "newsgraph"
gold = pathlib.Path(args.shared) / "corpus" / "polnear-dev" / "attributions.jsonl"
work = pathlib.Path(tempfile.mkdtemp())
out = pathlib.Path(args.out) if args.out else work / "errors"
out.mkdir(parents=True, exist_ok=True)
A.texts(gold, work / "texts")
subprocess.run([binary, "ingest", work / "texts", "--store", work / "store", "--quiet"], check=True)
subprocess.run([binary, "export", "--store", work / "store", "--format", "csv", "--out", work / "views"], check=True, stderr=subprocess.DEVNULL)

by_article = collections.defaultdict(list)
for r in csv.DictReader(open(work / "views" / "statements.csv", encoding="utf-8")):
    by_article[pathlib.Path(r["article"]).stem].append((int(r["start"]), int(r["end"]), r))


def context(text, s, e, pad=120):
    return (text[max(0, s - pad):s] + "[[" + text[s:e] + "]]" + text[e:e + pad]).replace("\n", " / ")


def overlap(s, e, gs, ge):
    return max(0, min(e, ge) - max(s, gs))


miss, extra, wrong = [], [], []
for a in A.load(gold):
    text, preds, matched = a["text"], list(by_article.get(a["id"], [])), []
    for q in a["quotes"]:
        gs, ge = q["quote_span"]
        # the first prediction with the best share, as the scorer picks it
        best, best_i = 0.0, None
        for i, (s, e, _) in enumerate(preds):
            share = overlap(s, e, gs, ge) / (ge - gs or 1)
            if share > args.threshold and share > best:
                best, best_i = share, i
        if best_i is None:
            covered = max([overlap(s, e, gs, ge) / (ge - gs or 1) for s, e, _ in by_article.get(a["id"], [])], default=0)
            miss.append(f"{a['id']} | cue={q.get('verb')!r} | source={q.get('speaker')!r} | covered={covered:.2f}\n    {context(text, gs, ge)}")
            continue
        s, e, r = preds.pop(best_i)
        matched.append((gs, ge))
        ref = q.get("reference") or q.get("speaker") or ""
        if A.named(ref) and A.surname(ref) != A.surname(r["speaker"]):
            wrong.append(f"{a['id']} | gold={ref!r} | got={r['speaker']!r} | {r['kind']} cue={r['cue']!r}\n    {context(text, s, e)}")
    for s, e, r in preds:
        nested = any(overlap(s, e, gs, ge) for gs, ge in matched)
        extra.append(f"{a['id']} | nested={nested} | {r['kind']} speaker={r['speaker']!r} cue={r['cue']!r}\n    {context(text, s, e)}")

for name, rows in (("missed.txt", miss), ("unmatched.txt", extra), ("wrong-speaker.txt", wrong)):
    (out / name).write_text("\n\n".join(rows) + "\n", encoding="utf-8")
nested = sum("nested=True" in x for x in extra)
print(f"missed {len(miss)}, unmatched predictions {len(extra)} ({nested} inside a matched gold span), wrong speakers {len(wrong)}")
print(f"lists in {out}")
