#!/usr/bin/env python3
"""Compare the extraction wall time of two newsgraph binaries on one corpus, in A-B-B-A rounds.

    python3 bench/compare.py OLD_BIN NEW_BIN CORPUS_DIR [--rounds 30]

Each round runs `OLD extract CORPUS --out /dev/null`, then NEW twice, then OLD again, on one
thread (`RAYON_NUM_THREADS=1`). The A-B-B-A order cancels the drift of a shared host within a
round and the cost of running first or second, which a plain A-B interleave leaves in (on a
2-core host it moved a median by ±3 %). Prints the median of each binary's runs and the median
of the rounds' ratios NEW/OLD; below 1 means NEW is faster.
"""
import argparse
import os
import statistics
import subprocess
import time


def run(binary: str, corpus: str) -> float:
    env = dict(os.environ, RAYON_NUM_THREADS="1")
    start = time.perf_counter()
    subprocess.run([binary, "extract", corpus, "--out", os.devnull], env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("corpus")
    ap.add_argument("--rounds", type=int, default=30)
    a = ap.parse_args()
    olds, news, ratios = [], [], []
    for _ in range(a.rounds):
        o1 = run(a.old, a.corpus)
        n1 = run(a.new, a.corpus)
        n2 = run(a.new, a.corpus)
        o2 = run(a.old, a.corpus)
        olds += [o1, o2]
        news += [n1, n2]
        ratios.append((n1 + n2) / (o1 + o2))
    load = open("/proc/loadavg").read().split()[:3] if os.path.exists("/proc/loadavg") else []
    print(f"old {statistics.median(olds):.4f} s, new {statistics.median(news):.4f} s (medians of {2 * a.rounds} runs each); "
          f"new/old median of {a.rounds} A-B-B-A rounds {statistics.median(ratios):.4f}; load {' '.join(load)}")


if __name__ == "__main__":
    main()
