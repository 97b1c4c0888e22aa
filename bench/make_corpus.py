#!/usr/bin/env python3
"""Generate a realistic benchmark corpus of news articles for newsgraph.

Every article is built from the bundled example articles (examples/articles/*.txt):
a headline-like first line and 6-20 paragraphs drawn from all example articles, then
the people, places, countries and numbers in it are swapped for others taken from the
project's own lexicons:

* people: first names from data/firstnames.tsv; surnames are made from those first names
  (a first name as it is, or with a patronymic/family suffix such as -son, -ov, -enko,
  -ez). A fixed pool of people is drawn once per seed and each article picks from it with
  a Zipf distribution, so a few people are in many articles (as heads of state are) and
  most in few. Within one article the same original person always becomes the same new
  person ("Vladimir Putin" ... "Putin said" -> "Ana Ivanov" ... "Ivanov said").
* places: cities of data/places.tsv, drawn weighted by population;
* countries: data/countries.tsv, name, aliases, adjectives ("Russian") and demonyms
  ("Russians") swapped consistently for those of another country (Zipf over a fixed
  shuffled order of countries);
* numbers: other numbers of the same number of digits (years stay plausible years).

Sentences, quotation marks, speech cues, titles and paragraph lengths are those of the
example articles, so sentence statistics and quote density stay those of real news.

The output is deterministic for a given --seed and --n (article i depends only on the
seed and i), every article has a distinct text (and so a distinct content hash), and the
files are sharded into subfolders of 1000 files: OUT/000/000000.txt, OUT/000/000001.txt...

    python3 bench/make_corpus.py --n 1000 --out /tmp/ng-corpus-1k [--seed 7]
"""

import argparse
import bisect
import hashlib
import os
import random
import re
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SURNAME_SUFFIXES = [
    ("", 30), ("s", 6), ("son", 8), ("sen", 4), ("ov", 6), ("ev", 3), ("enko", 4),
    ("ez", 5), ("es", 3), ("er", 4), ("ski", 4), ("ini", 3), ("escu", 2), ("ides", 2),
    ("berg", 3), ("mann", 3), ("ton", 3), ("ley", 3), ("ic", 3), ("yan", 2),
]
WORD_RE = r"[A-Z][A-Za-z'’\-]+"


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        header = f.readline().lstrip("#").rstrip("\n").split("\t")
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            rows.append(dict(zip(header, line.rstrip("\n").split("\t"))))
    return rows


def read_words(path):
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                out.add(line.split("\t")[0].lower())
    return out


def split_list(cell):
    return [x for x in cell.split("|") if x] if cell else []


class Lexicons:
    def __init__(self, root):
        data = os.path.join(root, "data")
        lex = os.path.join(data, "lexicon")
        self.stop = read_words(os.path.join(lex, "stopwords.txt"))
        self.titles = set()
        for w in read_words(os.path.join(lex, "titles.tsv")):
            self.titles.update(w.split())
        self.titles.update(read_words(os.path.join(lex, "title_modifiers.txt")))
        self.org_words = read_words(os.path.join(lex, "org_words.txt"))
        self.speaker_nouns = read_words(os.path.join(lex, "speaker_nouns.txt"))

        self.countries = []  # dicts with iso2, name, forms
        self.country_form = {}  # surface form -> (iso2, kind) kind: name|adj|dem
        for r in read_tsv(os.path.join(data, "countries.tsv")):
            c = {
                "iso2": r["iso2"],
                "name": r["name"],
                "aliases": split_list(r["aliases"]),
                "adj": split_list(r["adjectives"]),
                "dem": split_list(r["demonyms"]),
            }
            self.countries.append(c)
            for form in [c["name"]] + c["aliases"]:
                self.country_form.setdefault(form, (c["iso2"], "name"))
            for form in c["adj"]:
                self.country_form.setdefault(form, (c["iso2"], "adj"))
            for form in c["dem"]:
                self.country_form.setdefault(form, (c["iso2"], "dem"))
        self.country_by_iso = {c["iso2"]: c for c in self.countries}
        country_words = set()
        for form in self.country_form:
            country_words.update(w.lower() for w in form.split())

        first = []
        self.firstnames = set()
        for r in read_tsv(os.path.join(data, "firstnames.tsv")):
            self.firstnames.add(r["name"])
            first.append(r["name"])
        blocked = self.stop | self.titles | self.org_words | self.speaker_nouns | country_words
        # Names of an ordinary shape for the replacement pools.
        self.first_pool = sorted(
            n for n in first if re.fullmatch(r"[A-Z][a-z]{3,9}", n) and n.lower() not in blocked
        )

        self.cities = []  # (name, population)
        self.city_form = {}  # surface form in text -> canonical city name
        for r in read_tsv(os.path.join(data, "places.tsv")):
            if r["kind"] != "city":
                continue
            try:
                pop = int(r["population"] or 0)
            except ValueError:
                pop = 0
            name = r["name"]
            ok = re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", name) is not None
            if ok and pop >= 250000 and name.lower() not in blocked and name not in self.country_form:
                self.cities.append((name, pop))
            if pop >= 100000:
                for form in [name] + split_list(r["aliases"]):
                    if (
                        re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", form)
                        and form.lower() not in blocked
                        and form not in self.country_form
                        and form not in self.firstnames
                    ):
                        self.city_form.setdefault(form, name)
        self.blocked = blocked


def load_examples(root):
    folder = os.path.join(root, "examples", "articles")
    arts = []
    for fn in sorted(os.listdir(folder)):
        if not fn.endswith(".txt"):
            continue
        with open(os.path.join(folder, fn), encoding="utf-8") as f:
            lines = [ln.strip() for ln in f.read().splitlines()]
        lines = [ln for ln in lines if ln]
        if len(lines) >= 2:
            arts.append((lines[0], lines[1:]))
    if not arts:
        sys.exit("no example articles found in " + folder)
    return arts


def find_people(texts, lx):
    """Full names "First Last" in the example texts: a known first name followed by a
    capitalised word that is no title, country, stopword or organisation word."""
    people = {}  # "First Last" -> surname key
    pair = re.compile(r"\b(" + WORD_RE + r") (" + WORD_RE + r")\b")
    for t in texts:
        for m in pair.finditer(t):
            for a, b in ((m.group(1), m.group(2)),):
                if a not in lx.firstnames or a.lower() in lx.blocked:
                    continue
                b_clean = re.sub(r"[’']s$", "", b)
                if b_clean.lower() in lx.blocked or b_clean in lx.country_form or b_clean in lx.city_form:
                    continue
                people[a + " " + b_clean] = b_clean
        # overlapping pairs: also try from the second word on
        for m in re.finditer(r"(?=\b(" + WORD_RE + r") (" + WORD_RE + r")\b)", t):
            a, b = m.group(1), re.sub(r"[’']s$", "", m.group(2))
            if a in lx.firstnames and a.lower() not in lx.blocked and b.lower() not in lx.blocked \
                    and b not in lx.country_form and b not in lx.city_form:
                people[a + " " + b] = b
    # Group spelling variants of one surname (Zelensky/Zelenskyy, Witkoff/Witkov).
    surnames = sorted(set(people.values()), key=len)
    key = {}
    for s in surnames:
        for k in list(key.values()):
            if len(s) >= 5 and s[:5] == k[:5]:
                key[s] = k
                break
        else:
            key[s] = s
    people = {full: key[s] for full, s in people.items()}
    # Surnames also appear alone; their variants with the same prefix too.
    alone = {}
    for t in texts:
        for w in re.findall(WORD_RE, t):
            w = re.sub(r"[’']s$", "", w)
            if w in key:
                alone[w] = key[w]
            else:
                for s, k in key.items():
                    if len(w) >= 5 and w[:5] == s[:5] and w.lower() not in lx.blocked \
                            and w not in lx.country_form and abs(len(w) - len(s)) <= 2:
                        alone[w] = k
    return people, alone


class Zipf:
    def __init__(self, n, s=1.0):
        acc, self.cum = 0.0, []
        for k in range(1, n + 1):
            acc += 1.0 / k ** s
            self.cum.append(acc)

    def draw(self, rng):
        return bisect.bisect_left(self.cum, rng.random() * self.cum[-1])


class Weighted:
    def __init__(self, weights):
        acc, self.cum = 0.0, []
        for w in weights:
            acc += w
            self.cum.append(acc)

    def draw(self, rng):
        return bisect.bisect_left(self.cum, rng.random() * self.cum[-1])


def make_surname(rng, base):
    total = sum(w for _, w in SURNAME_SUFFIXES)
    x = rng.random() * total
    for suf, w in SURNAME_SUFFIXES:
        x -= w
        if x <= 0:
            break
    if suf and base[-1] in "aeiouy" and suf[0] in "aeiouy":
        base = base[:-1]
    return base + suf


class Generator:
    def __init__(self, root, seed, people_pool):
        self.lx = lx = Lexicons(root)
        self.examples = load_examples(root)
        self.headlines = [h for h, _ in self.examples]
        self.paragraphs = [p for _, ps in self.examples for p in ps]
        texts = self.headlines + self.paragraphs
        self.people, self.alone = find_people(texts, lx)
        self.seed = seed

        g = random.Random("pool:%s" % seed)
        seen, self.pool = set(), []
        while len(self.pool) < people_pool:
            f = lx.first_pool[g.randrange(len(lx.first_pool))]
            s = make_surname(g, lx.first_pool[g.randrange(len(lx.first_pool))])
            if s == f or (f, s) in seen or s.lower() in lx.blocked:
                continue
            seen.add((f, s))
            self.pool.append((f, s))
        self.person_dist = Zipf(len(self.pool), 1.0)
        self.country_order = [c for c in lx.countries if c["adj"]]
        g.shuffle(self.country_order)
        self.country_dist = Zipf(len(self.country_order), 1.0)
        self.city_dist = Weighted([p for _, p in lx.cities])

        # Which surface forms occur in the examples at all (keeps the regex small).
        alltext = "\n".join(texts)

        def occurs(form):
            return form in alltext and re.search(r"(?<![\w])" + re.escape(form) + r"(?![\w])", alltext) is not None

        self.countries_used = {f: v for f, v in lx.country_form.items() if occurs(f)}
        self.cities_used = {f: v for f, v in lx.city_form.items() if occurs(f)}
        terms = list(self.people) + list(self.alone) + list(self.countries_used) + list(self.cities_used)
        terms = sorted(set(terms), key=len, reverse=True)
        self.term_re = re.compile(
            r"(?<![\w.])(" + "|".join(re.escape(t) for t in terms) + r")(?![\w])|(\d+)"
        )

    def describe(self):
        return {
            "people (full names)": sorted(self.people),
            "surnames alone": sorted(self.alone),
            "countries": sorted(self.countries_used),
            "cities": sorted(self.cities_used),
        }

    def article(self, i, salt=0):
        rng = random.Random("art:%s:%d:%d" % (self.seed, i, salt))
        k = rng.randint(6, 20)
        if rng.random() < 0.7:
            head = rng.choice(self.headlines)
        else:
            shorts = [p for p in self.paragraphs if 20 <= len(p) <= 160]
            head = rng.choice(shorts)
        paras = rng.sample(self.paragraphs, min(k, len(self.paragraphs)))
        text = "\n\n".join([head] + paras)

        persons, countries, cities = {}, {}, {}
        used_people, used_c, used_city = set(), set(), set()

        def person(key):
            if key not in persons:
                for _ in range(50):
                    idx = self.person_dist.draw(rng)
                    if idx not in used_people:
                        break
                used_people.add(idx)
                persons[key] = self.pool[idx]
            return persons[key]

        def country(iso):
            if iso not in countries:
                for _ in range(50):
                    idx = self.country_dist.draw(rng)
                    if idx not in used_c:
                        break
                used_c.add(idx)
                countries[iso] = self.country_order[idx]
            return countries[iso]

        def city(name):
            if name not in cities:
                for _ in range(50):
                    idx = self.city_dist.draw(rng)
                    if idx not in used_city:
                        break
                used_city.add(idx)
                cities[name] = self.lx.cities[idx][0]
            return cities[name]

        def number(digits):
            n = len(digits)
            v = int(digits)
            if n == 4 and 1900 <= v <= 2099:
                return str(rng.randint(2005, 2025))
            if n == 1:
                return str(rng.randint(1, 9))
            return str(rng.randint(10 ** (n - 1), 10 ** n - 1))

        def repl(m):
            if m.group(2) is not None:
                return number(m.group(2))
            t = m.group(1)
            if t in self.people:
                f, s = person(self.people[t])
                return f + " " + s
            if t in self.alone:
                return person(self.alone[t])[1]
            if t in self.countries_used:
                iso, kind = self.countries_used[t]
                c = country(iso)
                if kind == "adj":
                    return c["adj"][0]
                if kind == "dem":
                    return c["dem"][0] if c["dem"] else c["adj"][0] + "s"
                return c["name"]
            if t in self.cities_used:
                return city(self.cities_used[t])
            return t

        return self.term_re.sub(repl, text) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, required=True, help="number of articles (e.g. 1000, 10000, 100000)")
    ap.add_argument("--out", required=True, help="output folder (created; existing files are overwritten)")
    ap.add_argument("--seed", default="7", help="seed (default 7)")
    ap.add_argument("--people", type=int, default=20000, help="size of the pool of people (default 20000)")
    ap.add_argument("--show-lexicon", action="store_true", help="print what is swapped and exit")
    args = ap.parse_args()

    gen = Generator(ROOT, args.seed, args.people)
    if args.show_lexicon:
        for k, v in gen.describe().items():
            print("%s (%d): %s" % (k, len(v), ", ".join(v)))
        return

    t0 = time.time()
    seen = set()
    total_bytes = total_words = 0
    for i in range(args.n):
        salt = 0
        while True:
            text = gen.article(i, salt)
            h = hashlib.sha256(text.encode("utf-8")).digest()
            if h not in seen:
                seen.add(h)
                break
            salt += 1
        shard = os.path.join(args.out, "%03d" % (i // 1000))
        if i % 1000 == 0:
            os.makedirs(shard, exist_ok=True)
        data = text.encode("utf-8")
        with open(os.path.join(shard, "%06d.txt" % i), "wb") as f:
            f.write(data)
        total_bytes += len(data)
        total_words += len(text.split())
    print(
        "wrote %d articles, %.1f MB, %d words (%.0f words/article) to %s in %.1f s"
        % (args.n, total_bytes / 1e6, total_words, total_words / max(args.n, 1), args.out, time.time() - t0)
    )


if __name__ == "__main__":
    main()
