"""Scale benchmark: articles/s for 1 process, --workers 2 and a Dask LocalCluster; peak RSS on a 1 GB corpus.

    .venv/bin/python bench/scale_bench.py [--limit N] [--mem-articles 3000] [--skip-memory]

Speed: the FA-KES articles (the repo's data/fakes.csv, else ../shared's copy)
through ``Pipeline.run_many`` in this process, through ``WorkerPool(2)`` and
through ``scale.dask.run_extract`` on a LocalCluster of 2 single-thread worker
processes; and, for reference, a bare spaCy pipeline (``load_pipeline()`` then
``nlp.pipe``) over the same texts, after wardesk so that wardesk's run starts with cold
caches (the bare run then has warm ones: it is a reference, not a rival). Start-up (loading spaCy in each process,
starting the cluster) is timed apart and left out of articles/s, which is
what a long run sees. Ratios are to the single process of the same run, since
the machine may be shared.

Memory: FA-KES repeated with fresh ids into a ~1 GB JSONL file in /tmp, then
``wardesk extract BIG --workers 2 -o OUT`` as a subprocess, sampling the RSS of
it and its workers until OUT holds ``--mem-articles`` records (the whole file
would take hours). Memory is flat by construction (the file is read line by
line and at most 6 chunks of 16 articles are in flight), so the peak over the
first thousands of articles, with the samples at each quarter, shows whether
anything grows.

Writes bench/results/scale.json and prints a table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from functools import partial
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "scale.json"
CANDIDATES = (ROOT / "data" / "fakes.csv", ROOT.parent / "shared" / "data" / "fakes" / "fakes.csv")
GB = 1 << 30
MB = 1 << 20


def _articles(corpus: Path, limit: int | None) -> list:
    from wardesk.ingest import IngestFailure, read_inputs

    items = (a for a in read_inputs([str(corpus)]) if not isinstance(a, IngestFailure))
    return list(islice(items, limit)) if limit else list(items)


def _time_run(run, n: int) -> dict:
    started = time.perf_counter()
    done = sum(1 for _ in run())
    secs = time.perf_counter() - started
    assert done == n, (done, n)
    return {"articles": n, "seconds": round(secs, 2), "articles_per_s": round(n / secs, 2)}


def bench_speed(corpus: Path, limit: int | None, dask_partition: int) -> dict:
    import psutil

    from wardesk.flows.extract import Pipeline
    from wardesk.nlp import load_pipeline
    from wardesk.scale.dask import dask_client, run_extract, warm_worker
    from wardesk.scale.partitions import ReadOptions
    from wardesk.scale.workers import WorkerPool

    arts = _articles(corpus, limit)
    n = len(arts)
    out: dict = {}

    # wardesk first, with cold caches as a user's first run has them (one warm-up article,
    # as make bench does); the bare pipeline after it shares the loaded pipeline and its caches.
    t = time.perf_counter()
    pipeline = Pipeline()
    list(pipeline.run_many(arts[:1]))
    start = time.perf_counter() - t
    out["one_process"] = _time_run(partial(pipeline.run_many, arts), n) | {"startup_s": round(start, 2)}
    out["one_process"]["peak_rss_mb"] = round(psutil.Process().memory_info().rss / MB)
    print(f"1 process: {out['one_process']}", flush=True)
    pipeline = None

    t = time.perf_counter()
    nlp = load_pipeline()
    start = time.perf_counter() - t
    texts = [a.text for a in arts]
    out["bare_spacy"] = _time_run(lambda: nlp.pipe(texts, batch_size=16), n) | {"startup_s": round(start, 2)}
    print(f"bare spaCy: {out['bare_spacy']}", flush=True)

    t = time.perf_counter()
    with WorkerPool(2) as pool:
        list(pool.run_many(arts[:32]))  # both workers have loaded the pipeline
        start = time.perf_counter() - t
        out["workers_2"] = _time_run(lambda: pool.run_many(arts), n) | {"startup_s": round(start, 2)}
        out["workers_2"]["worker_rss_mb"] = [
            round(psutil.Process(p).memory_info().rss / MB) for p in pool.pids()
        ]
    print(f"--workers 2: {out['workers_2']}", flush=True)

    # Dask reads its partitions from a file, as on a cluster: the same articles as JSONL
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "fakes.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for a in arts:
                fh.write(a.model_dump_json(exclude_none=True) + "\n")
        t = time.perf_counter()
        with dask_client("local") as client:
            client.run(warm_worker)
            start = time.perf_counter() - t
            started = time.perf_counter()
            summary = run_extract(
                client, [str(src)], output=Path(tmp) / "out.jsonl", options=ReadOptions(), size=dask_partition
            )
            secs = time.perf_counter() - started
            rss = client.run(lambda: psutil.Process().memory_info().rss)
        done = summary.counts["read"]
        out["dask_local_2"] = {
            "articles": done,
            "seconds": round(secs, 2),
            "articles_per_s": round(done / secs, 2),
            "startup_s": round(start, 2),
            "partitions": summary.partitions,
            "partition_articles": dask_partition,
            "worker_rss_mb": [round(v / MB) for v in rss.values()],
        }
    print(f"Dask LocalCluster 2: {out['dask_local_2']}", flush=True)
    base = out["one_process"]["articles_per_s"]
    for v in out.values():
        v["ratio_to_one_process"] = round(v["articles_per_s"] / base, 2)
    return out


def build_big_corpus(corpus: Path, path: Path, target_bytes: int) -> dict:
    """FA-KES repeated with fresh ids (``<id>-r<k>``) until ``path`` holds ``target_bytes``."""
    arts = _articles(corpus, None)
    lines = [json.loads(a.model_dump_json(exclude_none=True)) for a in arts]
    if path.exists() and path.stat().st_size >= target_bytes:
        return {"path": str(path), "bytes": path.stat().st_size, "built": False}
    size = rounds = records = 0
    with path.open("w", encoding="utf-8") as fh:
        while size < target_bytes:
            for rec in lines:
                line = json.dumps({**rec, "id": f"{rec['id']}-r{rounds}"}) + "\n"
                fh.write(line)
                size += len(line.encode("utf-8"))
                records += 1
            rounds += 1
    return {"path": str(path), "bytes": size, "records": records, "rounds": rounds, "built": True}


def _count_lines(path: Path) -> int:
    try:
        with path.open("rb") as fh:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
    except OSError:
        return 0


def bench_memory(corpus: Path, articles: int, big: Path, timeout: float) -> dict:
    """Peak RSS of ``wardesk extract BIG --workers 2`` (parent and each worker) over its first ``articles``."""
    import psutil

    info = build_big_corpus(corpus, big, GB)
    out = big.with_name("scale-bench-out.jsonl")
    cmd = [
        sys.executable,
        "-m",
        "wardesk",
        "extract",
        str(big),
        "--workers",
        "2",
        "-o",
        str(out),
        "--no-progress",
    ]
    proc = subprocess.Popen(cmd, stderr=subprocess.DEVNULL)
    parent = psutil.Process(proc.pid)
    peaks: dict[int, int] = {}
    samples: list[dict] = []
    started = time.perf_counter()
    next_mark = articles / 4
    done = 0
    try:
        while proc.poll() is None and done < articles and time.perf_counter() - started < timeout:
            procs = [parent, *parent.children(recursive=True)]
            for p in procs:
                try:
                    peaks[p.pid] = max(peaks.get(p.pid, 0), p.memory_info().rss)
                except psutil.Error:
                    pass
            done = _count_lines(out)
            if done >= next_mark:
                samples.append({"articles": done, "rss_mb": {p: round(r / MB) for p, r in peaks.items()}})
                next_mark += articles / 4
            time.sleep(0.5)
    finally:
        secs = time.perf_counter() - started
        children = parent.children(recursive=True) if proc.poll() is None else []
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        for c in children:  # the workers of the process we started
            try:
                c.kill()
            except psutil.Error:
                pass
    roles = {proc.pid: "parent"}
    workers = sorted(p for p in peaks if p != proc.pid)
    # the resource tracker is a child too: the two biggest other processes are the workers
    by_size = sorted(workers, key=lambda p: -peaks[p])
    for i, p in enumerate(by_size):
        roles[p] = f"worker {i + 1}" if i < 2 else "helper (multiprocessing resource tracker)"
    result = {
        "corpus": info,
        "articles_extracted": done,
        "seconds": round(secs, 1),
        "articles_per_s": round(done / secs, 2) if secs else None,
        "peak_rss_mb": {roles[p]: round(r / MB) for p, r in peaks.items()},
        "samples": [
            {"articles": s["articles"], "rss_mb": {roles.get(p, str(p)): v for p, v in s["rss_mb"].items()}}
            for s in samples
        ],
        "under_1gb_each": all(r < GB for r in peaks.values()),
    }
    try:
        out.unlink()
    except OSError:
        pass
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--limit", type=int, default=None, help="Only the first N FA-KES articles in the speed runs."
    )
    ap.add_argument(
        "--dask-partition", type=int, default=100, help="Articles per Dask partition (speed run)."
    )
    ap.add_argument("--mem-articles", type=int, default=3000, help="Articles extracted from the 1 GB corpus.")
    ap.add_argument("--mem-timeout", type=float, default=1200, help="Seconds at most for the memory run.")
    ap.add_argument("--big", type=Path, default=Path(tempfile.gettempdir()) / "wardesk-scale-1gb.jsonl")
    ap.add_argument("--skip-memory", action="store_true")
    ap.add_argument("--skip-speed", action="store_true")
    args = ap.parse_args()

    corpus = next((c for c in CANDIDATES if c.exists()), None)
    if corpus is None:
        print(
            "scale bench: no FA-KES corpus (data/fakes.csv or /work/shared/data/fakes/fakes.csv); nothing to do"
        )
        return 0
    results: dict = {
        "corpus": str(corpus.relative_to(ROOT) if corpus.is_relative_to(ROOT) else corpus),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
    }
    if RESULTS.exists():  # keep the part not rerun
        old = json.loads(RESULTS.read_text())
        results |= {k: old[k] for k in ("speed", "memory") if k in old}
    if not args.skip_speed:
        results["speed"] = bench_speed(corpus, args.limit, args.dask_partition)
    if not args.skip_memory:
        results["memory"] = bench_memory(corpus, args.mem_articles, args.big, args.mem_timeout)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")

    if "speed" in results:
        print(f"\n{'run':<22}{'articles':>9}{'seconds':>9}{'art/s':>8}{'ratio':>7}{'start-up s':>12}")
        for name, v in results["speed"].items():
            print(
                f"{name:<22}{v['articles']:>9}{v['seconds']:>9}{v['articles_per_s']:>8}"
                f"{v['ratio_to_one_process']:>7}{v['startup_s']:>12}"
            )
    if "memory" in results:
        m = results["memory"]
        print(
            f"\n1 GB corpus ({m['corpus']['bytes'] / GB:.2f} GB), first {m['articles_extracted']} articles "
            f"with --workers 2 in {m['seconds']}s: peak RSS (MB) {m['peak_rss_mb']}; "
            f"under 1 GB each: {m['under_1gb_each']}"
        )
    print(f"-> {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
