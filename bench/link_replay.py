#!/usr/bin/env python3
"""Time the link stage of an ingest alone: relink a stored ingest's articles the way ``wardesk ingest`` links.

``wardesk ingest`` spends most of its time in spaCy, which drowns the link
stage's few seconds in noise. This takes the database of a finished ingest
(``wardesk ingest data/fakes.csv --db SRC``), copies it, forgets its stories and
links its articles again in the order they were stored, 16 at a time, with one
``LinkState`` for the run, each batch's events handed over parsed as the ingest
hands over the events it has just written (``LinkState.written``), and with the
run's collector thresholds (``flows.memory.fewer_collections``). Only the link
calls are timed (``time.process_time``). Linking depends only on the set of
reports, so the copy ends with the stories of the ingest itself.

    python bench/link_replay.py --src /tmp/fakes.db                     # 3 runs, the median
    python bench/link_replay.py --src /tmp/fakes.db --runs 1 --keep /tmp/relinked.db
    python bench/link_replay.py --src /tmp/fakes.db --profile /tmp/link.prof
    python bench/link_replay.py --src /tmp/fakes.db --stages            # CPU per link stage (one run)

With ``--keep`` the relinked database is kept, for ``bench/db_fingerprint.py``
and ``bench/story_check.py``.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

BATCH = 16


def _stage_timers() -> tuple[dict[str, float], Callable[[], None]]:
    """Wrap the link run's stages to add their CPU time to a dict (nested stages are counted in each)."""
    from wardesk.flows import link as fl
    from wardesk.link import cluster as cl
    from wardesk.link import story as st

    spent: dict[str, float] = defaultdict(float)
    undo: list[tuple[Any, str, Any]] = []

    def wrap(owner: Any, name: str, label: str) -> None:
        orig = getattr(owner, name)

        @functools.wraps(orig)
        def timed(*a: Any, **k: Any) -> Any:
            t = time.process_time()
            try:
                return orig(*a, **k)
            finally:
                spent[label] += time.process_time() - t

        setattr(owner, name, timed)
        undo.append((owner, name, orig))

    wrap(fl, "_report", "read reports (flows.link._report)")
    wrap(fl, "_load_stories", "load stories (flows.link._load_stories)")
    wrap(fl, "_write", "write + reconcile (flows.link._write)")
    wrap(fl, "link_reports", "link_reports (cluster + name)")
    wrap(cl, "_agglomerate", "  cluster._agglomerate (+ parts)")
    wrap(cl._Reach, "grow", "  cluster._Reach.grow (scoring pairs)")
    wrap(cl, "_name", "  cluster._name")
    wrap(st.Story, "reconcile", "  story.reconcile")

    def restore() -> None:
        for owner, name, orig in reversed(undo):
            setattr(owner, name, orig)

    return spent, restore


def replay(src: str, keep: str | None = None, profile: str | None = None) -> float:
    """CPU seconds the link calls took to relink a copy of ``src``."""
    from sqlalchemy import delete, select, update

    from wardesk.flows.link import LinkState, link_events
    from wardesk.flows.memory import fewer_collections
    from wardesk.record import Event
    from wardesk.store import Store
    from wardesk.store import schema as s

    with tempfile.TemporaryDirectory(prefix="wardesk-link-replay-") as tmp:
        db = keep or str(Path(tmp) / "replay.db")
        shutil.copyfile(src, db)
        cpu = 0.0
        prof = cProfile.Profile() if profile else None
        with Store(db) as store, fewer_collections():
            with store.engine.begin() as conn:
                conn.execute(update(s.events).values(story_id=None))
                conn.execute(delete(s.stories))
                ids = list(conn.execute(select(s.articles.c.id).order_by(s.articles.c.seq)).scalars())
                records = {
                    row.id: (row.article_id, row.record)
                    for row in conn.execute(select(s.events.c.id, s.events.c.article_id, s.events.c.record))
                }
            by_article: dict[str, list[str]] = defaultdict(list)
            for eid, (aid, _) in records.items():
                by_article[aid].append(eid)
            state = LinkState()
            for i in range(0, len(ids), BATCH):
                batch = ids[i : i + BATCH]
                state.written = {
                    eid: Event.model_validate(records[eid][1]) for aid in batch for eid in by_article[aid]
                }
                t = time.process_time()
                if prof:
                    prof.enable()
                link_events(store.engine, batch, state)
                if prof:
                    prof.disable()
                cpu += time.process_time() - t
        if prof and profile:
            prof.dump_stats(profile)
    return cpu


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", required=True, help="SQLite file of a finished ingest (not modified)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", help="keep the (last) relinked database at this path")
    ap.add_argument("--profile", help="write cProfile stats of the link calls here (one run)")
    ap.add_argument("--stages", action="store_true", help="CPU per link stage (one run, timers add a little)")
    args = ap.parse_args(argv)
    if args.profile:
        print(f"link CPU under the profiler: {replay(args.src, args.keep, args.profile):.2f} s")
        return 0
    if args.stages:
        spent, restore = _stage_timers()
        try:
            total = replay(args.src, args.keep)
        finally:
            restore()
        for label, v in spent.items():
            print(f"{label:<45} {v:6.2f} s")
        print(f"{'link total':<45} {total:6.2f} s")
        return 0
    cpus = [replay(args.src, args.keep) for _ in range(args.runs)]
    print(
        "link CPU per run: "
        + ", ".join(f"{c:.2f}" for c in cpus)
        + f" s; median {statistics.median(cpus):.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
