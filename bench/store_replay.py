#!/usr/bin/env python3
"""What ``wardesk ingest`` costs besides extraction: the same ingest with the extraction outputs replayed.

The articles are extracted once (``wardesk extract``, cached in /tmp per version of the code
that extraction depends on: everything but ``store/``, ``flows/ingest.py`` and the linker), then
ingested into a fresh SQLite file by the ingest run itself (``Ingester``, batches of 16 as the
CLI), with a stand-in for the pipeline that hands back each article's stored output. What is
left is reading, look-ups, near-duplicate keys, writes, commits and linking, timed per stage
(``ingest_stages.StageClock``), in a few seconds instead of a minute: for trying store changes,
and checking them with ``db_fingerprint.py`` against a database the real ingest wrote.

    python bench/store_replay.py                       # FA-KES, one run, stages
    python bench/store_replay.py --runs 3 --keep out.db
    python bench/store_replay.py --no-link             # store only
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PACKAGE = ROOT / "src" / "wardesk"
CORPUS = ROOT / "data" / "fakes.csv"
#: Parts of the package that do not change what extraction writes.
NOT_EXTRACTION = ("store", "link", "flows/ingest.py", "flows/link.py", "flows/console.py", "api", "web")

sys.path.insert(0, str(HERE))
from ingest_stages import StageClock, _instrument  # noqa: E402


def _extraction_version() -> str:
    h = hashlib.sha256()
    for p in sorted(PACKAGE.rglob("*")):
        rel = p.relative_to(PACKAGE).as_posix()
        if not p.is_file() or "__pycache__" in p.parts or rel.startswith(NOT_EXTRACTION):
            continue
        h.update(rel.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:16]


def extracted(corpus: Path) -> Path:
    """The corpus's ``wardesk extract`` output, made once per extraction code and corpus."""
    key = hashlib.sha256(f"{_extraction_version()}:{corpus.resolve()}:{corpus.stat().st_size}".encode())
    out = Path(tempfile.gettempdir()) / f"wardesk_store_replay-{key.hexdigest()[:16]}.jsonl"
    if not out.exists():
        tmp = out.with_suffix(".part")
        cmd = [sys.executable, "-m", "wardesk", "extract", str(corpus), "-o", str(tmp), "--no-progress"]
        subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL)
        tmp.rename(out)
    return out


class Replay:
    """A pipeline that hands back stored extraction outputs (``run_many`` as ``Pipeline``'s)."""

    def __init__(self, outputs: Path) -> None:
        from wardesk.record import ArticleEvents

        self.outputs: dict[str, Any] = {}
        with open(outputs, encoding="utf-8") as f:
            for out in map(ArticleEvents.model_validate_json, f):
                self.outputs.setdefault(out.article_id, out)  # an id given twice: ingest keeps the first

    def run_many(self, articles: Iterable[Any]) -> Iterator[Any]:
        from wardesk.errors import ExtractError

        for a in articles:
            out = self.outputs.get(a.id)
            yield out if out is not None else (a, ExtractError("not in the replayed outputs", where=a.id))


def run_once(corpus: Path, outputs: Path, db: Path, link: bool) -> dict[str, Any]:
    from wardesk.flows.ingest import Ingester
    from wardesk.store import Store

    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    replay = Replay(outputs)
    clock = StageClock()
    _instrument(clock)
    cpu0, wall0 = time.process_time(), time.perf_counter()
    clock.last = cpu0
    store = Store(str(db))
    try:
        stats = Ingester(store, pipeline=replay, link=link).run([str(corpus)])
    finally:
        store.close()
    clock.stop()
    import gc

    gc.callbacks.clear()
    return {
        "cpu_s": round(time.process_time() - cpu0, 3),
        "wall_s": round(time.perf_counter() - wall0, 3),
        "new": stats.new,
        "events": stats.events,
        "stages": {k: round(v, 3) for k, v in sorted(clock.cpu.items())},
        "collections": dict(clock.collections),  # type: ignore[attr-defined]
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--runs", type=int, default=1, help="runs, each in a fresh process")
    ap.add_argument("--keep", type=Path, help="write the database here (else a temporary file)")
    ap.add_argument("--no-link", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    outputs = extracted(args.corpus)
    if args.child:
        with tempfile.TemporaryDirectory(prefix="wardesk-replay-") as tmp:
            db = args.keep or Path(tmp) / "replay.db"
            print(json.dumps(run_once(args.corpus, outputs, db, link=not args.no_link)))
        return 0
    runs = []
    for _ in range(args.runs):
        cmd = [sys.executable, __file__, "--child", "--corpus", str(args.corpus)]
        cmd += ["--keep", str(args.keep)] if args.keep else []
        cmd += ["--no-link"] if args.no_link else []
        done = subprocess.run(cmd, check=True, capture_output=True, text=True)
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    if args.json:
        print(json.dumps(runs))
        return 0
    names = sorted({k for r in runs for k in r["stages"]})
    print(f"replayed ingest of {runs[0]['new']} articles ({runs[0]['events']} events), {len(runs)} runs")
    for name in [*names, "TOTAL"]:
        values = [r["cpu_s"] if name == "TOTAL" else r["stages"].get(name, 0.0) for r in runs]
        each = " ".join(f"{v:6.2f}" for v in values)
        print(f"  {name:32s} {statistics.median(values):6.2f}  [{each}]")
    print(f"  collections: {' | '.join(str(r['collections']) for r in runs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
