#!/usr/bin/env bash
# Dev-set scores of the release binary: the example articles (gold in ../shared/gold), the
# PolNeAR attribution dev set and the PLOVER demand sentences. Reads ../shared at run time
# (never copies it into the repository). Usage: bench/devscores.sh [SHARED_DIR] [BINARY]
# (BINARY defaults to target/release/newsgraph, built if missing; pass a saved binary, by an
# absolute path or one relative to the repository, to score it while a build replaces the one
# in target/)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
bin=${2:-target/release/newsgraph}
[ -x "$bin" ] || [ -n "${2:-}" ] || cargo build --release --locked
[ -x "$bin" ] || { echo "devscores: no binary at $bin" >&2; exit 1; }
w=$(mktemp -d); trap 'rm -rf "$w"' EXIT

echo "== example articles (score.py)"
"$bin" ingest examples/articles --store "$w/seeds" --quiet
"$bin" export --store "$w/seeds" --format csv --out "$w/seeds-views" 2>/dev/null
python3 "$shared/eval/score.py" "$shared/gold/seeds.json" "$w/seeds-views"

echo "== PolNeAR dev (attribution.py)"
P="$shared/corpus/polnear-dev/attributions.jsonl"
python3 "$shared/eval/attribution.py" texts "$P" "$w/pn-texts"
"$bin" ingest "$w/pn-texts" --store "$w/pn" --quiet
"$bin" export --store "$w/pn" --format csv --out "$w/pn-views" 2>/dev/null
python3 "$shared/eval/attribution.py" score "$P" "$w/pn-views/statements.csv"

echo "== PLOVER (plover.py)"
G="$shared/corpus/plover/PLOVER_GSR_CAMEO.json"
python3 "$shared/eval/plover.py" texts "$G" "$w/pl-texts"
"$bin" ingest "$w/pl-texts" --store "$w/pl" --quiet
"$bin" export --store "$w/pl" --format csv --out "$w/pl-views" 2>/dev/null
python3 "$shared/eval/plover.py" score "$G" "$w/pl-views/demands.csv"
