#!/usr/bin/env python3
"""Times the README's questions (examples/queries/*.rq) and every `ask` form on one store, for a
typical actor and the most-named ones, read from the store itself: the three people with the
most mentions (p1-p3), the three actors of any kind with the most (a1-a3: countries, people,
organisations), and the people of rank 100 and 101 (typical). Each question: one warm-up, then
RUNS runs of `query --time` (the time to answer once the store is open, and the whole process),
median. An `ask` question is timed as its whole SPARQL (what `--limit 0` runs) and, with NEW=1
(a binary with `ask --limit/--time`), as `ask` prints it by default (the first 100 rows).

    NEW=1 python3 bench/questions.py BIN STORE RUNS OUT.json ['^(?!listing)']

OLDQ=DIR adds the versions of the two statement questions in DIR (to compare query shapes).
The last argument keeps only the labels it matches (a regular expression). See RESULTS.md.
"""
import csv, io, json, os, re, statistics, subprocess, sys, tempfile, time
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EG = "https://w3id.org/newsgraph/id/graph/entities"

def ng(b, *a, **kw):
    return subprocess.run([b] + list(a), capture_output=True, text=True, **kw)

def ranked(b, store, cls, k):
    q = ("PREFIX ng: <https://w3id.org/newsgraph/ns#> PREFIX schema: <http://schema.org/> SELECT ?name ?n ?key WHERE { GRAPH <%s> "
         "{ ?e a %s ; schema:name ?name ; ng:mentionCount ?n } } ORDER BY DESC(?n) ?name LIMIT %d" % (EG, cls, k))
    out = ng(b, "query", q, "--store", store, "--format", "csv").stdout
    return [(r["name"], int(r["n"])) for r in csv.DictReader(io.StringIO(out))]

def key(name):
    return name.split()[-1].lower() if " " in name else name.lower()

def timed_query(b, store, text, runs, timeout):
    qf = os.path.join(tempfile.gettempdir(), "newsgraph-questions-%d.rq" % os.getpid())
    open(qf, "w").write(text)
    ms, rows, wall = [], None, []
    for i in range(runs + 1):
        t0 = time.perf_counter()
        p = subprocess.run([b, "query", "--file", qf, "--store", store, "--format", "csv", "--time", "--timeout", str(timeout)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        w = time.perf_counter() - t0
        m = re.search(r"answered \((\d+) rows, printed\) in ([\d.]+) ms", p.stderr)
        if not m:
            return None, None, None, p.stderr.strip()[-200:]
        if i == 0:
            if w > HEAVY:  # a heavy question: its first run is its only run
                return float(m.group(2)), int(m.group(1)), w * 1000, "1 run"
            continue  # warm-up
        rows = int(m.group(1)); ms.append(float(m.group(2))); wall.append(w * 1000)
    return statistics.median(ms), rows, statistics.median(wall), None

def ask_sparql(b, store, question):
    # the SPARQL is printed (line-buffered) before the query runs: read it, then stop the process
    p = subprocess.Popen([b, "ask", question, "--store", store, "--sparql", "--format", "csv"] + (["--limit", "0"] if NEW else []), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    lines = []
    for line in p.stdout:
        if not line.strip():
            break
        lines.append(line)
    p.kill(); p.wait()
    return "".join(lines)

def timed_ask(b, store, question, runs, *extra):
    ms, rows, wall = [], None, []
    for i in range(runs + 1):
        t0 = time.perf_counter()
        p = subprocess.run([b, "ask", question, "--store", store, "--time"] + list(extra), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        w = time.perf_counter() - t0
        m = re.search(r"answered \((\d+) rows, printed\) in ([\d.]+) ms", p.stderr)
        if not m:
            return None, None, None, p.stderr.strip()[-200:]
        if i == 0:
            if w > HEAVY:
                return float(m.group(2)), int(m.group(1)), w * 1000, "1 run"
            continue
        rows = int(m.group(1)); ms.append(float(m.group(2))); wall.append(w * 1000)
    return statistics.median(ms), rows, statistics.median(wall), None

NEW = os.environ.get("NEW") == "1"
HEAVY = float(os.environ.get("HEAVY", "15"))  # seconds: a question slower than this runs once

def main():
    b, store, runs, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    only = sys.argv[5] if len(sys.argv) > 5 else ""
    timeout = 120
    persons = ranked(b, store, "schema:Person", 101)
    actors = ranked(b, store, "?c", 3)
    orgs = ranked(b, store, "schema:Organization", 1)
    countries = ranked(b, store, "schema:Country", 1)
    P = [("p%d" % (i + 1), persons[i][0]) for i in range(3)] + [("p100", persons[99][0])]
    A = [("a%d" % (i + 1), actors[i][0]) for i in range(3)] + [("p100", persons[99][0])]
    pairs = [("p1,p2", persons[0][0], persons[1][0]), ("p1,a1", persons[0][0], actors[0][0]), ("p100,p101", persons[99][0], persons[100][0])]
    info = {"persons": persons[:3] + [persons[99], persons[100]], "actors": actors, "org": orgs, "country": countries}
    files = {f[:-3]: open(os.path.join(ROOT, "examples/queries", f)).read() for f in sorted(os.listdir(os.path.join(ROOT, "examples/queries")))}
    for f in ("who-said-what-about-x", "what-did-x-say-about-y"):  # other versions, to compare
        old = os.path.join(os.environ.get("OLDQ", "-"), f + ".rq")
        if os.path.exists(old):
            files[f + " (OLDQ)"] = open(old).read()
    qs = []
    for name, text in files.items():
        if name in ("who-said-what-about-whom", "who-demands-what", "who-holds-which-role"):
            qs.append(("listing " + name, text)); continue
        if name.split(" ")[0] in ("what-did-x-say-about-y", "what-does-x-demand-of-y"):
            for tag, x, y in pairs:
                if name.startswith("what-does"):  # X demands of Y: "putin" is X there, "ukraine" Y
                    t = text.replace('"putin"', '"%s"' % key(x)).replace('"ukraine"', '"%s"' % key(y))
                else:
                    t = text.replace('"zelensky"', '"%s"' % key(x)).replace('"putin"', '"%s"' % key(y))
                qs.append(("%s [%s]" % (name, tag), t))
        elif name == "which-roles-does-x-hold":
            for tag, x in P:
                qs.append(("%s [%s]" % (name, tag), text.replace('"peskov"', '"%s"' % key(x))))
        elif name == "who-holds-which-role-at-x":
            for tag, x in A[:3] + [("org1", orgs[0][0])]:
                qs.append(("%s [%s]" % (name, tag), text.replace('"kremlin"', '"%s"' % key(x))))
        elif name.split(" ")[0] in ("who-said-what-about-x", "who-demands-anything-of-x"):
            for tag, x in A:
                qs.append(("%s [%s]" % (name, tag), text.replace('"putin"', '"%s"' % key(x)).replace('"russia"', '"%s"' % key(x))))
    asks = []
    for tag, x in A:
        asks += [("ask who said what about [%s]" % tag, "who said what about %s" % key(x)),
                 ("ask who criticised [%s]" % tag, "who criticised %s" % key(x)),
                 ("ask who demands what of [%s]" % tag, "who demands what of %s" % key(x)),
                 ("ask which statements mention [%s]" % tag, "which statements mention %s" % key(x))]
    for tag, x in P:
        asks += [("ask what did X say [%s]" % tag, "what did %s say" % key(x)),
                 ("ask what does X demand [%s]" % tag, "what does %s demand" % key(x)),
                 ("ask who is [%s]" % tag, "who is %s" % key(x))]
    for tag, x, y in pairs:
        asks += [("ask what did X say about Y [%s]" % tag, "what did %s say about %s" % (key(x), key(y))),
                 ("ask what does X demand of Y [%s]" % tag, "what does %s demand of %s" % (key(x), key(y)))]
    asks += [("ask who are the actors in [one article]", "who are the actors in 00500"),
             ("ask where is [a1]", "where is %s" % key(actors[0][0]))]
    for label, question in asks:
        if only and not re.search(only, label):
            continue
        if NEW:  # the whole answer (--limit 0) and what a table shows (the first 100 rows)
            qs.append((label, ("ASK", question, "--limit", "0")))
            qs.append((label.replace("ask ", "ask(first 100) ", 1), ("ASK", question)))
        else:
            qs.append((label, ask_sparql(b, store, question)))
    qs.append(("baseline", "SELECT (1 AS ?x) WHERE {}"))
    res = {"info": info, "q": {}}
    if os.path.exists(out):
        res = json.load(open(out))
    for label, text in qs:
        if only and not re.search(only, label):
            continue
        t0 = time.time()
        if isinstance(text, tuple):
            med, rows, wall, err = timed_ask(b, store, text[1], runs, *text[2:])
        else:
            med, rows, wall, err = timed_query(b, store, text, runs if not label.startswith("listing") else 1, timeout)
        res["q"][label] = {"ms": med, "rows": rows, "wall_ms": wall, "err": err}
        print("%-55s %10s ms %8s rows  (whole %s ms) %s" % (label, "%.1f" % med if med is not None else "-", rows, "%.0f" % wall if wall else "-", err or ""), flush=True)
        json.dump(res, open(out, "w"), indent=1)
    json.dump(res, open(out, "w"), indent=1)
main()
