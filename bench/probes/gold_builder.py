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


# --- one statement for two coordinated cues (the thirty-eighth session's convention, applied to the
# older sets' golds in the thirty-ninth): "X said A and warned that B", "X accused Y of A and said
# B", "X welcomed A but said B", "X said A, and he called on Y to B" are ONE reported statement,
# from the first cue's clause through the second's, as the shared example gold and sets 106-117
# hold them. Golds written before the convention hold the two halves as two statements.

# the words between the first statement's end and the second cue: a coordinator, then a pronoun
# subject (set117's "…, but he called on …" is one statement), "also", "again", "then" or an
# auxiliary ("and has urged"); a name or a noun is a new clause subject and is not joined (that
# clause is another speaker's, or its own statement in the gold's reading)
JOIN = re.compile(r",? (?:and|but) (?:(?:he|she|they|it|we|also|again|then|later|has|had|have) )*", re.I)


# a refusal to speak is no cue of saying: "said A but declined to say B", "declined to comment
# but said B" stay two (the gold's refusal is its own, mostly optional, statement)
NOT_SAYING = re.compile(r"(?:declined|did not|does not|refused to comment)\b", re.I)


# an appeal's cue ("… and urged Y to …", "and called on Y to …", "and demanded that …"): the
# appeal is the gold's demand, and the joined statement's about stays the report's, as the
# shared example gold holds it ("Zelensky said he saw a good opportunity to end the war with
# Russia and urged the US and other allies to put pressure on Moscow": a statement about Russia
# alone, and a demand of the US)
APPEAL = re.compile(r"(?:urg|call|demand|ask|appeal|press|implor|beg|advis|plead|want|encourag|challeng|invit)", re.I)


def _cue_word(cue):
    return (cue or "").split()[0].lower() if (cue or "").split() else ""


def merge_coordinated_cues(set_name, text, article, statements, exceptions=(), prep=None, log=print):
    """Joins, in place, each pair of reported statements of one (named) speaker where the first's
    evidence span, found in `text`, is followed only by ", and ", " and ", ", but " or " but " (and
    the words `JOIN` allows) and then the second's cue verb (the first word of its `cue`), and the
    second's evidence runs over that verb: it may open at the verb, at the pronoun, at the
    coordinator ("and said …", older golds' way), or repeat the end of the first ("welcomed the
    move but warned that …"). "while" is not a coordinator here (it opens a subordinate clause,
    and no gold of the convention joins across it; the older golds hold no finite "…, while X
    said" of one speaker, only a participle "while warning …" and other speakers); a full stop,
    a semicolon or another speaker's clause never stands in a gap this short. The joined
    statement: evidence = `text` from the first's start to the second's end, cue = the first's,
    about = the union (order kept), or the first's alone when the second is an appeal (`APPEAL`),
    optional only if both were. Chains (A and B and C) join in
    turn. Evidence is located by its first occurrence in `text` (`prep` normalises it as `text`
    was). `exceptions`: (article prefix, words of either half's evidence) pairs judged not to be
    the construction; they are left as two. `log` prints each merge (set, article, the joined
    text, shortened) so a reader can check them. Returns the list of (article, joined text)."""
    prep = prep or (lambda s: s)
    merges = []
    while True:
        spans = []
        for i, s in enumerate(statements):
            ev = prep(s["evidence"])
            k = text.find(ev)
            if k >= 0 and s.get("speaker"):
                spans.append((k, k + len(ev), i))
        spans.sort()
        done = False
        for x in range(len(spans)):
            k1, e1, i1 = spans[x]
            a = statements[i1]
            for k2, e2, i2 in spans[x + 1:]:
                if k2 > e1 + 40:
                    break
                b = statements[i2]
                if b["speaker"] != a["speaker"] or e2 <= e1 or k2 < k1:
                    continue
                cw = _cue_word(b.get("cue"))
                if not cw or any(NOT_SAYING.match(half.get("cue") or "") for half in (a, b)):
                    continue
                m = JOIN.match(text, e1)
                if m is None:
                    continue
                j = m.end()  # where the second cue must stand: the second's evidence starts at
                # or before it (it may open with the coordinator, or repeat the first's end)
                if not (k2 <= j < e2) or not re.match(re.escape(cw) + r"\b", text[j:j + len(cw) + 1], re.I):
                    continue
                if any(article.startswith(p) and (w in prep(a["evidence"]) or w in prep(b["evidence"]))
                       for p, w in exceptions):
                    continue
                joined = text[k1:e2]
                about = list(a["about"]) if APPEAL.match(cw) else \
                    list(a["about"]) + [t for t in b["about"] if t not in a["about"]]
                c = {"speaker": a["speaker"], "evidence": joined, "about": about, "cue": a["cue"]}
                if a.get("optional") and b.get("optional"):
                    c["optional"] = True
                merges.append((article, joined))
                if log:
                    short = joined if len(joined) <= 150 else joined[:72] + " … " + joined[-72:]
                    log(f"merge {set_name} {article[:24]}: {short}")
                statements[i1] = c
                del statements[i2]
                done = True
                break
            if done:
                break
        if not done:
            return merges


def build(here, about, ENT, PLACE_IN, SAME, ARTICLES, one_statement_for_two_cues=False, not_two_cues=()):
    """The gold and the list of errors found. `ENT`: id -> (type, name, aliases); `ARTICLES`:
    dicts with article, entities, optional_entities, roles (person, title, of, evidence), quotes
    (speaker, text, about, cue), statements (speaker, cue, evidence, about[, optional]) and
    demands (by, of, what, evidence). `one_statement_for_two_cues`: join the two halves of one
    speaker's coordinated cues into one statement (`merge_coordinated_cues`, the sets written
    before that convention opt in), `not_two_cues` its exceptions."""
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
        if one_statement_for_two_cues:
            merge_coordinated_cues(here.name, text, a["article"], art["statements"], not_two_cues, norm)
        for by, of, what, ev in a["demands"]:
            need(by, "demand by"); need(of, "demand of"); present(ev, "demand")
            art["demands"].append({"by": by, "of": of, "what": what, "evidence": ev})
        out["articles"].append(art)
    return out, errors


def main(here, about, ENT, PLACE_IN, SAME, ARTICLES, one_statement_for_two_cues=False, not_two_cues=()):
    """Builds, checks and writes the gold (to argv[1], else the set's gold.json)."""
    gold, errors = build(here, about, ENT, PLACE_IN, SAME, ARTICLES, one_statement_for_two_cues, not_two_cues)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    dest = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else here / "gold.json"
    dest.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(dest, sum(len(a["quotes"]) for a in gold["articles"]), "quotes",
          sum(len(a["statements"]) for a in gold["articles"]), "statements",
          sum(len(a["demands"]) for a in gold["articles"]), "demands",
          sum(len(a["roles"]) for a in gold["articles"]), "roles")
