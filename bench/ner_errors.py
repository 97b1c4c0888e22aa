#!/usr/bin/env python3
"""Every newsgraph error of one NER dataset and type, grouped by kind, with context.

Reads the JSON that `bench/ner_eval.py --json --errors N` writes (any N: the JSON holds every
error) and prints the false negatives or false positives of one type, largest group first, one
line each: document, text, what the other side had there, and the context ([[...]] marks the
span).

    python3 bench/ner_eval.py --systems newsgraph --datasets uner-ewt --json --errors 1 > /tmp/ewt.json
    python3 bench/ner_errors.py /tmp/ewt.json uner-ewt PER fn     # missed people
    python3 bench/ner_errors.py /tmp/ewt.json uner-ewt ORG fp     # spurious organisations

Standard library only.
"""
import argparse
import collections
import json


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("json", help="output of ner_eval.py --json --errors N")
    ap.add_argument("dataset", help="wikigold, uner-ewt or gum-news")
    ap.add_argument("type", choices=["PER", "ORG", "LOC"])
    ap.add_argument("side", choices=["fn", "fp"], help="fn: gold spans missed; fp: predicted spans wrong")
    args = ap.parse_args()
    data = json.load(open(args.json, encoding="utf-8"))
    errors = data["datasets"][args.dataset]["newsgraph_errors"][args.type][args.side + "_all"]
    groups = collections.defaultdict(list)
    for e in errors:
        groups[e["kind"]].append(e)
    for kind, items in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        print(f"== {kind} ({len(items)})")
        for e in items:
            other = e.get("system") or e.get("gold")
            had = f"<{other['type']} {other['text']}>" if other else ""
            print(f"  {e['doc']} {e['text']!r:30} {had:32} {e['context']}")


if __name__ == "__main__":
    main()
