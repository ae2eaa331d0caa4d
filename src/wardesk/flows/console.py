"""What the ingest, failures and stats commands show: a progress bar, a summary, tables. cli.py only wires options."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from sqlalchemy import func, select

from wardesk.flows.ingest import Ingester, IngestStats
from wardesk.ingest import CsvColumns, count_inputs
from wardesk.store import schema as s
from wardesk.store.db import Store


def summary_line(stats: IngestStats) -> str:
    """The one-line summary printed after an ingest."""
    line = (
        f"read {stats.read}, new {stats.new} ({stats.events} events), already stored {stats.already}, "
        f"skipped (done before) {stats.skipped}, "
        + (f"repeated in the input {stats.repeated}, " if stats.repeated else "")
        + f"duplicates {stats.duplicates}, near-duplicates {stats.near_duplicates}, failed {stats.failed}"
    )
    if stats.feeds_polled:
        line += f"; feeds polled {stats.feeds_polled} ({stats.feeds_not_modified} not modified)"
    if stats.link_errors:
        line += f"; linking failed {stats.link_errors} times (see `wardesk failures`)"
    rate = stats.new / stats.seconds if stats.seconds else 0.0
    return line + f" in {stats.seconds:.1f}s ({rate:.1f} new articles/s)"


def run_ingest(
    sources: list[str],
    *,
    db: str | None,
    allow_private: bool,
    watch: float | None,
    columns: CsvColumns | None,
    published: str | None,
    console: Console,
    show_progress: bool,
    batch_articles: int = 16,
    sleep: Callable[[float], None] = time.sleep,
    pipeline: Any = None,
) -> IngestStats:
    """Ingest ``sources`` with a progress bar; with ``watch``, keep polling the feeds among them until Ctrl-C.

    pipeline: what extracts (anything with ``run_many``: a worker pool, a Dask cluster);
        None loads the pipeline in this process.
    """
    store = Store(db)
    total = count_inputs(sources) if show_progress and not watch else None
    with progress_bar("ingesting", "items", console=console, show=show_progress, detail=True) as bar:
        task = bar.add_task("ingest", total=total, detail="")
        ingester = Ingester(
            store,
            allow_private=allow_private,
            columns=columns,
            published=published,
            batch_articles=batch_articles,
            pipeline=pipeline,
        )

        def on_item(status: str) -> None:
            st = ingester.stats
            bar.update(
                task,
                advance=1,
                detail=f"new {st.new}  dup {st.already + st.repeated + st.skipped + st.duplicates}  near {st.near_duplicates}  failed {st.failed}",
            )

        ingester.on_item = on_item
        ingester.on_message = lambda m: console.print(m, highlight=False, markup=False)
        ingester.on_failure = lambda where, reason: console.print(
            f"failed {where}: {reason}", highlight=False, markup=False
        )
        try:
            stats = ingester.run(sources)
            if watch:
                if not ingester.feed_urls:
                    console.print("--watch: none of the sources is a feed; nothing to poll", highlight=False)
                while watch and ingester.feed_urls:
                    console.print(summary_line(stats), highlight=False)
                    sleep(watch)
                    stats = ingester.poll_feeds()
        except KeyboardInterrupt:
            console.print(
                "interrupted: everything committed so far is kept; run again to resume", highlight=False
            )
            stats = ingester.stats
        finally:
            ingester.close()
            store.close()
    return stats


def progress_bar(doing: str, unit: str, *, console: Console, show: bool, detail: bool = False) -> Progress:
    """A progress bar on ``console``: done/total and the time left when the task has a total, a
    count otherwise; ``detail`` adds a ``detail`` field (counts by outcome). Transient: the summary
    line printed after it stays."""
    columns = [
        TextColumn(doing),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn(unit),
        TimeElapsedColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
    ]
    if detail:
        columns.append(TextColumn("{task.fields[detail]}"))
    return Progress(*columns, console=console, disable=not show, transient=True)


def failures_table(store: Store, limit: int | None) -> Table:
    table = Table(title="ingest failures (newest first)", show_lines=False)
    for col in ("when", "input", "code", "reason", "times"):
        table.add_column(col, overflow="fold")
    for f in store.failures(limit):
        table.add_row(f.at.strftime("%Y-%m-%d %H:%M:%S"), f.input, f.code or "", f.reason, str(f.count))
    return table


def stats_tables(store: Store) -> list[Table]:
    """Counts per table, and events by type, by admin1, by outlet and by month."""
    counts = store.counts()
    first = Table(title=f"wardesk database {store.url.split('@')[-1]}")
    first.add_column("what")
    first.add_column("rows", justify="right")
    for k, v in counts.items():
        first.add_row(k.replace("_", " "), str(v))
    out = [first]
    e, a = s.events.c, s.articles.c
    month = func.substr(func.cast(e.date_start, s.articles.c.source.type), 1, 7)
    groups = (
        ("events by type", e.event_type, None),
        ("events by admin1", e.admin1, None),
        ("events by outlet", a.source, True),
        ("events by month", month, None),
    )
    with store.engine.connect() as conn:
        for title, col, join in groups:
            q = select(col, func.count()).select_from(s.events)
            if join:
                q = q.join(s.articles, a.id == e.article_id)
            q = q.where(e.background.is_(False)).group_by(col).order_by(func.count().desc()).limit(12)
            t = Table(title=title + " (non-background)")
            t.add_column("value")
            t.add_column("events", justify="right")
            for value, n in conn.execute(q):
                t.add_row(str(value) if value is not None else "-", str(n))
            out.append(t)
    return out


def _story_place(rec: dict) -> str:
    place = rec.get("place") or {}
    if isinstance(place, dict):
        return ", ".join(str(x) for x in (place.get("name"), place.get("admin1")) if x) or "-"
    return str(place)


def _story_date(rec: dict) -> str:
    d = rec.get("date") or {}
    if isinstance(d, dict) and d.get("start"):
        return f"{d.get('start')}..{d.get('end')}" if d.get("end") != d.get("start") else str(d.get("start"))
    return "-"


def story_tables(store: Store, limit: int = 10) -> list[Table]:
    """The most corroborated stories and the largest contradictions between outlets."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(s.stories.c.id, s.stories.c.reconciled, s.stories.c.corroboration)).all()
    stories = [(sid, rec or {}, n) for sid, rec, n in rows]
    top = Table(title="most corroborated stories (independent outlets)")
    for col in ("story", "date", "place", "outlets", "reports", "fatalities low/best/high"):
        top.add_column(col, overflow="fold")
    for sid, rec, n in sorted(stories, key=lambda r: -(r[2] or 0))[:limit]:
        f = rec.get("fatalities") or {}
        top.add_row(
            sid,
            _story_date(rec),
            _story_place(rec),
            str(n),
            str(len(rec.get("report_ids") or [])),
            f"{f.get('low')}/{f.get('best')}/{f.get('high')}",
        )
    clash = Table(title="largest contradictions between sources")
    for col in ("story", "place", "kind", "detail"):
        clash.add_column(col, overflow="fold")
    found = []
    for sid, rec, _ in stories:
        for c in rec.get("contradictions") or []:
            values = [v for v in (c.get("values") or {}).values() if isinstance(v, int | float)]
            spread = (max(values) - min(values)) if values else 0
            found.append((spread, sid, rec, c))
    for _, sid, rec, c in sorted(found, key=lambda t: -t[0])[:limit]:
        clash.add_row(sid, _story_place(rec), str(c.get("kind")), str(c.get("detail")))
    return [top, clash]
