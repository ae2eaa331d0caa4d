#!/usr/bin/env python3
"""Is linking time per report flat as the database grows? Link 100,000 reports through the store.

The reports are FA-KES's (the demo corpus, extracted once and cached), stored
again and again as new articles with their dates shifted by COPY_SHIFT_DAYS per
copy and their places renamed (and moved a little), so each copy is a fresh
stretch of news as dense as FA-KES itself. Each copy is stored, then linked
the way ``wardesk ingest`` links, 16 articles at a time through
``flows.link.link_events`` with one ``LinkState`` for the run. The time of
linking alone is measured; storing is not.

Prints the time per 1,000 reports linked around 10k, 50k and 100k reports in
the database (the median over the copy that crosses each mark and the two
before it: a shared machine makes single copies noisy), and writes
bench/results/link_scale.json with every copy's figure.

    python bench/link_scale.py                       # SQLite in a temporary folder
    python bench/link_scale.py --reports 20000       # a shorter run
    python bench/link_scale.py --db postgresql://... # an (empty) PostgreSQL database
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gate  # noqa: E402  (bench/gate.py, beside this script)

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "link_scale.json"
CACHE = (
    Path(tempfile.gettempdir())
    / f"wardesk_link_scale_extract-{gate.code_version(ROOT / 'src' / 'wardesk')}.jsonl"
)
#: Days each copy's dates move: more than FA-KES's own span (2011-2018), so copies never overlap.
COPY_SHIFT_DAYS = 3000
#: Articles per link run, as wardesk ingest commits them.
BATCH = 16
MARKS = (10_000, 50_000, 100_000)


def _corpus() -> list:
    from wardesk.ingest import IngestFailure, read_inputs
    from wardesk.resources import demo_corpus

    return [a for a in read_inputs([str(demo_corpus())]) if not isinstance(a, IngestFailure)]


def _extracted(articles: list) -> list:
    """The demo corpus's extraction output, cached in /tmp per code version (``gate.code_version``)."""
    from wardesk.record import ArticleEvents

    if not CACHE.exists():
        from wardesk.flows.extract import Pipeline

        print(f"link_scale: extracting {len(articles)} articles into {CACHE} ...", file=sys.stderr)
        tmp = CACHE.with_suffix(".part")
        with open(tmp, "w", encoding="utf-8") as f:
            for out in Pipeline().run_many(articles):
                if not isinstance(out, tuple):
                    f.write(out.model_dump_json() + "\n")
        tmp.replace(CACHE)
    return [
        ArticleEvents.model_validate_json(line) for line in CACHE.read_text(encoding="utf-8").splitlines()
    ]


def _shift(out, copy: int):  # noqa: ANN001, ANN202
    """One copy of an article's events: dates moved, places renamed and moved a little."""
    days = dt.timedelta(days=COPY_SHIFT_DAYS * copy)
    events = []
    for ev in out.events:
        date = ev.date.model_copy(
            update={
                "start": ev.date.start + days if ev.date.start else None,
                "end": ev.date.end + days if ev.date.end else None,
            }
        )
        locs = [
            loc.model_copy(
                update={
                    "name": f"{loc.name} {copy}",
                    "lat": None if loc.lat is None else max(-90.0, min(90.0, loc.lat + 0.001 * copy)),
                }
            )
            for loc in ev.locations
        ]
        events.append(ev.model_copy(update={"date": date, "locations": locs}))
    published = out.published + days if out.published else None
    return out.model_copy(
        update={"article_id": f"{out.article_id}~{copy}", "published": published, "events": events}
    )


def run(db: str, target: int) -> dict:
    from wardesk.flows.link import LinkState, link_events
    from wardesk.store import Store
    from wardesk.store import rows as r

    articles = {a.id: a for a in _corpus()}
    outs = [o for o in _extracted(list(articles.values())) if o.article_id in articles]
    per_copy = sum(1 for o in outs for e in o.events if not e.background)
    copies = -(-target // per_copy)
    state = LinkState()
    linked = 0
    rows = []
    now = dt.datetime.now(dt.timezone.utc)
    with Store(db) as store:
        for copy in range(copies):
            shifted = [_shift(o, copy) for o in outs]
            with store.engine.begin() as conn:
                for out in shifted:
                    art = articles[out.article_id.rsplit("~", 1)[0]]
                    row = r.article_row(
                        art.model_copy(update={"id": out.article_id, "url": None}),
                        content_hash=out.article_id,
                        near_dup_of=None,
                        similarity=None,
                        published=out.published,
                        published_from="input",
                        now=now,
                    )
                    store.insert_article(conn, row, [], r.event_rows(out))
            ids = [o.article_id for o in shifted]
            cpu, wall = time.process_time(), time.perf_counter()
            n = 0
            for i in range(0, len(ids), BATCH):
                n += link_events(store.engine, ids[i : i + BATCH], state).reports
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            linked += n
            rows.append(
                {
                    "copy": copy,
                    "reports_in_db": linked,
                    "reports": n,
                    "cpu_ms_per_1000": round(1000 * 1000 * cpu / n, 1),
                    "wall_ms_per_1000": round(1000 * 1000 * wall / n, 1),
                }
            )
            print(
                f"copy {copy:>2}: {linked:>7} reports in the database, "
                f"{rows[-1]['cpu_ms_per_1000'] / 1000:.2f} s CPU per 1,000 reports linked",
                file=sys.stderr,
            )
    marks = {}
    for mark in MARKS:
        at = next((k for k, x in enumerate(rows) if x["reports_in_db"] >= mark), None)
        if at is None:
            continue
        window = rows[max(0, at - 2) : at + 1]  # the copy that crosses the mark and the two before it
        marks[str(mark)] = {
            "reports_in_db": rows[at]["reports_in_db"],
            "copies": [x["copy"] for x in window],
            "cpu_ms_per_1000": statistics.median(x["cpu_ms_per_1000"] for x in window),
            "wall_ms_per_1000": statistics.median(x["wall_ms_per_1000"] for x in window),
        }
    return {
        "reports_per_copy": per_copy,
        "copies": copies,
        "batch_articles": BATCH,
        "marks": marks,
        "copies_run": rows,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=MARKS[-1], help="reports to link in all (default 100,000)")
    ap.add_argument("--db", help="database URL (default: a SQLite file in a temporary folder)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="wardesk-link-scale-") as tmp:
        res = run(args.db or str(Path(tmp) / "scale.db"), args.reports)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    print(f"{'reports in database':>20} {'s CPU per 1,000':>16} {'s wall per 1,000':>17}")
    for mark, row in res["marks"].items():
        print(
            f"{int(mark):>20,} {row['cpu_ms_per_1000'] / 1000:>16.2f} {row['wall_ms_per_1000'] / 1000:>17.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
