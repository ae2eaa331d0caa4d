#!/usr/bin/env python3
"""Where the CPU time of one ``wardesk ingest`` or ``wardesk extract`` goes, stage by stage.

Runs the command in this process (the CLI's own code path, ``wardesk.cli.app``) with timers
around the functions of each stage, and charges each stretch of CPU time (``time.process_time``)
to the innermost stage running then, so the stages add up to the whole run. The garbage
collector's passes are a stage of their own per generation (``gc.callbacks``), and counted.
``startup`` is the interpreter and the imports before the command starts (``getrusage``).

    python bench/ingest_stages.py ingest            # FA-KES into a fresh SQLite file
    python bench/ingest_stages.py extract
    python bench/ingest_stages.py ingest --limit 200 --json
    python bench/ingest_stages.py both --runs 3     # alternating, medians per stage

The timers cost a few microseconds per call (a few thousand calls per FA-KES run): noise
against a run of 30-40 s. Compare stages between two runs of the same machine state only.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "fakes.csv"


class StageClock:
    """Exclusive CPU time per stage: each moment is charged to the innermost stage running."""

    def __init__(self) -> None:
        self.cpu: Counter[str] = Counter()
        self.calls: Counter[str] = Counter()
        self.stack: list[str] = ["other"]
        self.last = time.process_time()

    def enter(self, name: str) -> None:
        now = time.process_time()
        self.cpu[self.stack[-1]] += now - self.last
        self.stack.append(name)
        self.calls[name] += 1
        self.last = now

    def leave(self) -> None:
        now = time.process_time()
        self.cpu[self.stack[-1]] += now - self.last
        self.stack.pop()
        self.last = now

    def stop(self) -> None:
        """Charge the time since the last switch, at the end of the run."""
        now = time.process_time()
        self.cpu[self.stack[-1]] += now - self.last
        self.last = now

    def wrap(self, owner: Any, attr: str, name: str) -> None:
        """Time ``owner.attr`` (a function or method) as stage ``name``; a generator is timed per step."""
        fn = getattr(owner, attr)
        clock = self

        def timed(*args: Any, **kwargs: Any) -> Any:
            clock.enter(name)
            try:
                out = fn(*args, **kwargs)
            finally:
                clock.leave()
            if isinstance(out, Iterator) and not isinstance(out, (list, dict, tuple)):
                return clock.steps(out, name)
            return out

        setattr(owner, attr, timed)

    def steps(self, it: Iterator[Any], name: str) -> Iterator[Any]:
        while True:
            self.enter(name)
            try:
                item = next(it)
            except StopIteration:
                return
            finally:
                self.leave()
            yield item


def _instrument(clock: StageClock) -> None:
    """Timers on the stages of both commands (imported here, after ``startup`` was read)."""
    from sqlalchemy.engine.base import Connection

    import wardesk.cli as cli
    import wardesk.flows.extract as fx
    import wardesk.flows.ingest as fi
    import wardesk.store.db as db
    import wardesk.store.rows as rows

    clock.wrap(db.Store, "__init__", "store_open")
    clock.wrap(fx.Pipeline, "__init__", "pipeline_load")
    clock.wrap(fx.Pipeline, "_read", "extract.normalise")
    clock.wrap(fx.Pipeline, "_parse", "extract.spacy")
    clock.wrap(fx, "_extract", "extract.events")
    clock.wrap(fx, "read_inputs", "read")
    clock.wrap(fi, "read_located", "read")
    clock.wrap(fi, "scrub_article", "read")
    clock.wrap(fi, "drop_unsafe_url", "read")
    clock.wrap(cli, "_write_events", "extract.write_jsonl")
    clock.wrap(fi.Ingester, "_precheck", "ingest.precheck")
    clock.wrap(fi.Ingester, "_write", "ingest.write")
    clock.wrap(fi, "near_duplicate_of", "ingest.write.near_dup")
    clock.wrap(rows, "event_rows", "ingest.write.rows")
    clock.wrap(rows, "article_row", "ingest.write.rows")
    clock.wrap(db.Store, "insert_pending", "ingest.write.insert_articles")
    clock.wrap(db.Store, "insert_event_rows", "ingest.write.insert_events")
    clock.wrap(db.Store, "find_existing_many", "ingest.lookups")
    clock.wrap(Connection, "_commit_impl", "ingest.commit")
    clock.wrap(fi.Ingester, "_link", "ingest.link")
    clock.wrap(fi.Ingester, "_link_leftovers", "ingest.link")

    collections: Counter[str] = Counter()

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections[f"gen{info['generation']}"] += 1
            clock.enter(f"gc.gen{info['generation']}")
        else:
            clock.leave()

    gc.callbacks.append(on_gc)
    clock.collections = collections  # type: ignore[attr-defined]


def run_once(command: str, corpus: Path, work: Path) -> dict[str, Any]:
    """One command in this process: CPU per stage, start-up included."""
    ru = resource.getrusage(resource.RUSAGE_SELF)
    startup0 = ru.ru_utime + ru.ru_stime  # interpreter start-up and this script's imports
    import wardesk.cli as cli  # noqa: PLC0415 - the CLI's imports are start-up

    ru = resource.getrusage(resource.RUSAGE_SELF)
    startup = ru.ru_utime + ru.ru_stime
    clock = StageClock()
    _instrument(clock)
    db = work / "stages.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    if command == "ingest":
        argv = ["ingest", str(corpus), "--db", str(db), "--no-progress"]
    else:
        argv = ["extract", str(corpus), "-o", str(work / "out.jsonl"), "--no-progress"]
    cpu0, wall0 = time.process_time(), time.perf_counter()
    clock.last = cpu0
    try:
        cli.app(argv, standalone_mode=False)
    except SystemExit:
        pass
    clock.stop()
    gc.callbacks.clear()
    total = time.process_time() - cpu0
    stages = {k: round(v, 3) for k, v in sorted(clock.cpu.items())}
    return {
        "command": command,
        "startup_s": round(startup, 3),
        "startup_before_cli_s": round(startup0, 3),
        "cpu_s": round(total, 3),
        "wall_s": round(time.perf_counter() - wall0, 3),
        "stages": stages,
        "collections": dict(clock.collections),  # type: ignore[attr-defined]
        "maxrss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def _limited(corpus: Path, limit: int | None, work: Path) -> Path:
    if not limit:
        return corpus
    out = work / "corpus.csv"
    # the corpus is not all UTF-8: Latin-1 maps every byte to itself
    with (
        open(corpus, encoding="latin-1", newline="") as f,
        open(out, "w", encoding="latin-1", newline="") as g,
    ):
        import csv

        writer = csv.writer(g)
        for i, row in enumerate(csv.reader(f)):
            if i > limit:
                break
            writer.writerow(row)
    return out


def _child(command: str, corpus: Path, limit: int | None) -> dict[str, Any]:
    """One command in a fresh process (so start-up and caches are those of a real run)."""
    args = [sys.executable, __file__, command, "--corpus", str(corpus), "--json"]
    if limit:
        args += ["--limit", str(limit)]
    done = subprocess.run(args, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _table(runs: list[dict[str, Any]]) -> str:
    names = sorted({k for r in runs for k in r["stages"]})
    lines = []
    by: Callable[[dict[str, Any]], str] = lambda r: r["command"]  # noqa: E731
    for command in sorted({by(r) for r in runs}):
        mine = [r for r in runs if by(r) == command]
        lines.append(f"{command} ({len(mine)} runs): stage  median  [each run]")
        rows = [("startup", [r["startup_s"] for r in mine])]
        rows += [(n, [r["stages"].get(n, 0.0) for r in mine]) for n in names]
        rows += [("TOTAL (startup + command)", [r["startup_s"] + r["cpu_s"] for r in mine])]
        for name, values in rows:
            if not any(values):
                continue
            each = " ".join(f"{v:6.2f}" for v in values)
            lines.append(f"  {name:32s} {statistics.median(values):6.2f}  [{each}]")
        gcs = [" ".join(f"{k}:{v}" for k, v in sorted(r["collections"].items())) for r in mine]
        lines.append(f"  collections: {' | '.join(gcs)}")
        lines.append(f"  peak RSS MB: {' '.join(str(r['maxrss_mb']) for r in mine)}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=("ingest", "extract", "both"))
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--limit", type=int, help="only the first N articles")
    ap.add_argument("--runs", type=int, default=1, help="with 'both': runs of each, alternating")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if args.command != "both":
        with tempfile.TemporaryDirectory(prefix="wardesk-stages-") as tmp:
            corpus = _limited(args.corpus, args.limit, Path(tmp))
            result = run_once(args.command, corpus, Path(tmp))
        print(json.dumps(result) if args.json else _table([result]))
        return 0
    runs = []
    for i in range(args.runs):
        order = ("extract", "ingest") if i % 2 == 0 else ("ingest", "extract")
        for command in order:
            runs.append(_child(command, args.corpus, args.limit))
            print(f"run {i + 1} {command}: {runs[-1]['cpu_s']:.1f} s CPU", file=sys.stderr, flush=True)
    print(json.dumps(runs) if args.json else _table(runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
