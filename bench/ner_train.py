#!/usr/bin/env python3
"""Trains the learned name tagger (src/extract/tagger.rs) offline and writes its weights to
data/ner/tagger.tsv.

Training data: ONLY the Universal NER English-EWT *dev* split
(corpus/ner/uner-en-ewt/en_ewt-ud-dev.iob2 in the shared folder; CC BY-SA 4.0, Mayhew et al.
2024, https://github.com/UniversalNER/UNER_English-EWT). The EWT test split, wikigold and
GUM are the evaluation sets of bench/ner_eval.py and are never read here.

The features are computed by the Rust code itself (`examples/ner_features.rs` calls
`tagger::features`), so training and inference see the same features. The model is an
averaged perceptron over the tokens of capitalised runs, labels B/I of PER, ORG, LOC or O,
decoded greedily left to right with the previous labels as features (as in tagger.rs).

  cargo build --release --example ner_features
  python3 bench/ner_train.py [SHARED] [--epochs N] [--cv]     # --cv: 2-fold report only

Deterministic: fixed seed, documents in file order.
"""

import argparse
import collections
import os
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ner_eval  # noqa: E402

ROOT = ner_eval.ROOT
LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"]
L = len(LABELS)


def allowed(prev, l):
    return l not in (2, 4, 6) or prev in (l, l - 1)


def dynamic(p1, p2, shape):
    return [f"t1={LABELS[p1]}", f"t2={LABELS[p2]}_{LABELS[p1]}", f"t1s={LABELS[p1]}_{shape}"]


def load(shared, binary):
    docs = ner_eval.load_uner_ewt(shared, split="dev")
    with tempfile.TemporaryDirectory() as tmp:
        paths = ner_eval.write_articles(docs, tmp)
        out = subprocess.run([binary, *paths], capture_output=True, text=True, check=True).stdout
    by_path = {os.path.join(tmp, d.name + ".txt"): d for d in docs}
    # regions: [(doc name, [(start, end, shape, feats, gold label)])]
    regions, cur, cur_id = [], None, None
    for line in out.splitlines():
        path, rid, s, e, shape, feats = line.split("\t")
        doc = by_path[path]
        if rid != cur_id:
            cur = (doc.name, [])
            regions.append(cur)
            cur_id = rid
        cur[1].append((int(s), int(e), shape, feats.split("\x01"), gold_label(doc, int(s), int(e))))
    # a region starting inside a gold name: its first token opens the name
    for _, toks in regions:
        if toks and toks[0][4] % 2 == 0 and toks[0][4] != 0:
            s, e, sh, f, l = toks[0]
            toks[0] = (s, e, sh, f, l - 1)
    for _, toks in regions:
        for k in range(1, len(toks)):
            l, p = toks[k][4], toks[k - 1][4]
            if l in (2, 4, 6) and not allowed(p, l):
                s, e, sh, f, _ = toks[k]
                toks[k] = (s, e, sh, f, l - 1)
    return docs, regions


def gold_label(doc, s, e):
    for gs, ge, t in doc.gold:
        if gs <= s and e <= ge:
            base = {"PER": 1, "ORG": 3, "LOC": 5}[t]
            return base if s == gs else base + 1
    return 0


class Perceptron:
    def __init__(self):
        self.w = {}
        self.tot = {}
        self.ts = {}
        self.i = 0

    def scores(self, feats):
        sc = [0.0] * L
        for f in feats:
            w = self.w.get(f)
            if w:
                for k in range(L):
                    sc[k] += w[k]
        return sc

    def update(self, truth, guess, feats):
        self.i += 1
        if truth == guess:
            return
        for f in feats:
            w = self.w.setdefault(f, [0.0] * L)
            tot = self.tot.setdefault(f, [0.0] * L)
            ts = self.ts.setdefault(f, [0] * L)
            for c, v in ((truth, 1.0), (guess, -1.0)):
                tot[c] += (self.i - ts[c]) * w[c]
                ts[c] = self.i
                w[c] += v

    def average(self):
        for f, w in self.w.items():
            tot, ts = self.tot[f], self.ts[f]
            for c in range(L):
                tot[c] += (self.i - ts[c]) * w[c]
                w[c] = tot[c] / self.i if self.i else 0.0


def decode(model, toks, o_bias=0.0):
    p1 = p2 = 0
    out = []
    for s, e, sh, feats, _ in toks:
        sc = model.scores(feats + dynamic(p1, p2, sh))
        sc[0] += o_bias
        best = max((l for l in range(L) if allowed(p1, l)), key=lambda l: (sc[l], -l))
        out.append(best)
        p2, p1 = p1, best
    return out


def train(regions, epochs, seed=7):
    model = Perceptron()
    order = list(range(len(regions)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for ri in order:
            toks = regions[ri][1]
            p1 = p2 = 0
            for s, e, sh, feats, gold in toks:
                fs = feats + dynamic(p1, p2, sh)
                sc = model.scores(fs)
                guess = max((l for l in range(L) if allowed(p1, l)), key=lambda l: (sc[l], -l))
                model.update(gold, guess, fs)
                p2, p1 = p1, guess
    model.average()
    return model


def spans(toks, labels):
    out, k = set(), 0
    while k < len(labels):
        l = labels[k]
        if l == 0 or l % 2 == 0:
            k += 1
            continue
        e = k + 1
        while e < len(labels) and labels[e] == l + 1:
            e += 1
        out.add((toks[k][0], toks[e - 1][1], LABELS[l][2:]))
        k = e
    return out


def evaluate(model, regions, o_bias=0.0):
    c = collections.Counter()
    for _, toks in regions:
        pred = spans(toks, decode(model, toks, o_bias))
        gold = spans(toks, [t[4] for t in toks])
        for t in ("PER", "ORG", "LOC"):
            p = {x for x in pred if x[2] == t}
            g = {x for x in gold if x[2] == t}
            c[t, "tp"] += len(p & g)
            c[t, "fp"] += len(p - g)
            c[t, "fn"] += len(g - p)
    rows = []
    for t in ("PER", "ORG", "LOC", "all"):
        ts = ("PER", "ORG", "LOC") if t == "all" else (t,)
        tp = sum(c[x, "tp"] for x in ts)
        fp = sum(c[x, "fp"] for x in ts)
        fn = sum(c[x, "fn"] for x in ts)
        p = tp / (tp + fp) if tp + fp else 0
        r = tp / (tp + fn) if tp + fn else 0
        f = 2 * p * r / (p + r) if p + r else 0
        rows.append(f"{t} P {100 * p:.1f} R {100 * r:.1f} F {100 * f:.1f}")
    return "; ".join(rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("shared", nargs="?", default=os.path.join(os.path.dirname(ROOT), "shared"))
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "examples", "ner_features"))
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--cv", action="store_true", help="2-fold cross-validation on the dev split, by document; writes nothing")
    ap.add_argument("--min-weight", type=float, default=0.02, help="drop features whose weights all stay below this")
    ap.add_argument("--o-bias", type=float, default=0.0)
    ap.add_argument("--out", default=os.path.join(ROOT, "data", "ner", "tagger.tsv"))
    a = ap.parse_args()
    docs, regions = load(a.shared, a.bin)
    print(f"{len(docs)} documents, {len(regions)} capitalised runs, {sum(len(t) for _, t in regions)} tokens", file=sys.stderr)
    if a.cv:
        fold = {d.name: i % 2 for i, d in enumerate(docs)}
        for o_bias in (0.0, 4.0, 8.0):
            res = []
            for k in (0, 1):
                tr = [r for r in regions if fold[r[0]] != k]
                te = [r for r in regions if fold[r[0]] == k]
                m = train(tr, a.epochs)
                res.append(evaluate(m, te, o_bias))
            print(f"o_bias {o_bias}:\n  " + "\n  ".join(res))
        return
    m = train(regions, a.epochs)
    print("training set:", evaluate(m, regions, a.o_bias), file=sys.stderr)
    kept = 0
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Weights of the learned name tagger (src/extract/tagger.rs), written by bench/ner_train.py.\n")
        f.write("# Trained on the Universal NER English-EWT dev split (en_ewt-ud-dev.iob2),\n")
        f.write("# https://github.com/UniversalNER/UNER_English-EWT, licence CC BY-SA 4.0; these weights are\n")
        f.write("# derived from it and shared under the same licence.\n")
        f.write(f"# feature, then weights x1000 for {' '.join(LABELS)}; epochs {a.epochs}\n")
        f.write(f"#o_bias\t{a.o_bias}\n")
        for feat in sorted(m.w):
            w = m.w[feat]
            if max(abs(x) for x in w) < a.min_weight:
                continue
            kept += 1
            f.write(feat + "\t" + "\t".join(str(round(x * 1000)) for x in w) + "\n")
    print(f"{kept} of {len(m.w)} features written to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
