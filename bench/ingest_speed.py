#!/usr/bin/env python3
"""How much the database path costs on top of reading: ``wardesk ingest`` against ``wardesk extract``.

Both commands run, one after the other in this one run, on the same FA-KES
articles (the repo's ``data/fakes.csv``), one process each (one core): extract
writes JSON lines, ingest extracts, stores (with near-duplicate detection and
full-text index) and links. The figure is the ratio ingest / extract, of the
CPU time each process used (user + system, the machine may be shared) and of
the wall time. Issue 12's target: at most 1.25.

Each round also shows extraction (the extract command's CPU) and the overhead (ingest minus
extract) apart: ingest's own stages (store, link) are steady from run to run
(``bench/ingest_stages.py``), while one process's extraction can differ from the next by more
than the whole overhead, and the overhead of a round takes all of that difference. Before the
first round a short extract (``--warm`` articles, not measured) reads the model, the gazetteer
index and the corpus into the page cache and writes the bytecode caches, which the first
measured command would otherwise pay alone.

    python bench/ingest_speed.py                 # one round: extract, then ingest
    python bench/ingest_speed.py --rounds 2      # alternate the order, report each round and the medians
    python bench/ingest_speed.py --limit 200     # the first 200 articles only
    python bench/ingest_speed.py --json
    python bench/ingest_speed.py --warm 0        # no warm-up run
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "fakes.csv"


def _child_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def _timed(args: list[str]) -> dict[str, float]:
    cpu0, wall0 = _child_cpu(), time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_env())
    return {"cpu_s": round(_child_cpu() - cpu0, 2), "wall_s": round(time.perf_counter() - wall0, 2)}


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("WARDESK_DB", None)
    return env


def _limited(corpus: Path, limit: int | None, out: Path) -> Path:
    """The first ``limit`` rows of the CSV ``corpus`` in ``out``, their bytes as they were (the corpus is
    not all UTF-8: read and written as Latin-1, which maps every byte to itself)."""
    if not limit:
        return corpus
    with (
        open(corpus, encoding="latin-1", newline="") as f,
        open(out, "w", encoding="latin-1", newline="") as g,
    ):
        reader = csv.reader(f)
        writer = csv.writer(g)
        for i, row in enumerate(reader):
            if i > limit:
                break
            writer.writerow(row)
    return out


def warm_up(corpus: Path, work: Path, articles: int) -> None:
    """One unmeasured extract of the first ``articles`` articles: page cache and bytecode warm for both."""
    if articles <= 0:
        return
    py = sys.executable
    first = _limited(corpus, articles, work / "warm.csv")
    args = [py, "-m", "wardesk", "extract", str(first), "-o", str(work / "warm.jsonl"), "--no-progress"]
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env())


def run_round(corpus: Path, work: Path, ingest_first: bool) -> dict[str, dict[str, float]]:
    py = sys.executable
    db = work / "speed.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    extract = [py, "-m", "wardesk", "extract", str(corpus), "-o", str(work / "out.jsonl")]
    ingest = [py, "-m", "wardesk", "ingest", str(corpus), "--db", str(db), "--no-progress"]
    out: dict[str, dict[str, float]] = {}
    for name, args in (
        (("ingest", ingest), ("extract", extract))
        if ingest_first
        else (("extract", extract), ("ingest", ingest))
    ):
        out[name] = _timed(args)
    out["ratio"] = {k: round(out["ingest"][k] / out["extract"][k], 3) for k in ("cpu_s", "wall_s")}
    out["overhead"] = {k: round(out["ingest"][k] - out["extract"][k], 2) for k in ("cpu_s", "wall_s")}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="articles (default: data/fakes.csv)")
    ap.add_argument("--limit", type=int, help="only the first N articles")
    ap.add_argument("--rounds", type=int, default=1, help="rounds, alternating which command runs first")
    ap.add_argument(
        "--warm", type=int, default=20, help="articles of the unmeasured warm-up extract (0: none)"
    )
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"ingest_speed: {args.corpus} not found; nothing to measure")
        return 0
    with tempfile.TemporaryDirectory(prefix="wardesk-speed-") as tmp:
        work = Path(tmp)
        corpus = _limited(args.corpus, args.limit, work / "corpus.csv")
        warm_up(corpus, work, args.warm)
        rounds = [run_round(corpus, work, ingest_first=bool(i % 2)) for i in range(args.rounds)]
    result = {
        "rounds": rounds,
        "ratio_cpu": statistics.median(r["ratio"]["cpu_s"] for r in rounds),
        "ratio_wall": statistics.median(r["ratio"]["wall_s"] for r in rounds),
        "extract_cpu_s": statistics.median(r["extract"]["cpu_s"] for r in rounds),
        "overhead_cpu_s": statistics.median(r["overhead"]["cpu_s"] for r in rounds),
    }
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    for i, r in enumerate(rounds, 1):
        print(
            f"round {i}: extract {r['extract']['cpu_s']:.1f} s CPU ({r['extract']['wall_s']:.1f} s wall), "
            f"ingest {r['ingest']['cpu_s']:.1f} s CPU ({r['ingest']['wall_s']:.1f} s wall): "
            f"ingest/extract {r['ratio']['cpu_s']:.2f} CPU, {r['ratio']['wall_s']:.2f} wall; "
            f"overhead {r['overhead']['cpu_s']:.1f} s CPU"
        )
    print(
        f"ingest / extract: {result['ratio_cpu']:.2f} (CPU), {result['ratio_wall']:.2f} (wall); target <= 1.25; "
        f"medians: extraction {result['extract_cpu_s']:.1f} s CPU, overhead {result['overhead_cpu_s']:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
