#!/usr/bin/env bash
# Scores the release binary on the invented probe sets kept in bench/probes/ (each a folder
# with articles/ and gold.json in the format of ../shared/gold/seeds.json), with the shared
# scorer. Usage: bench/probes.sh [BIN] [SHARED_DIR] — prints one line per set:
# quote+speaker / reported / about / demand / role / entity F1, then resolution: the share of
# gold actors that got one node, and the number of nodes that join two gold actors.
set -euo pipefail
shopt -s nullglob
cd "$(dirname "$0")/.."
bin=${1:-target/release/newsgraph}
shared=${2:-../shared}
w=$(mktemp -d); trap 'rm -rf "$w"' EXIT
for set in bench/probes/*/; do
  name=$(basename "$set")
  "$bin" ingest "$set/articles" --store "$w/$name" --quiet
  "$bin" export --store "$w/$name" --format csv --out "$w/$name-views" 2>/dev/null
  python3 "$shared/eval/score.py" "$set/gold.json" "$w/$name-views" --json \
    | python3 -c '
import json, sys
s = json.load(sys.stdin)
def f(k):
    v = s.get(k)
    return "%.2f" % v[2] if v and len(v) == 3 else "-"
def r(k, form):
    v = s.get(k)
    return form % v[0] if v else "-"
print(sys.argv[1], " / ".join([f(k) for k in ["quote.span+speaker", "statement.reported", "statement.about", "demand", "role", "entity"]]
    + [r("resolution.one-node-per-actor", "%.2f"), r("resolution.nodes-joining-two-actors", "%d")]))
' "$name"
done
