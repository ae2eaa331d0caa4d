"""``wardesk ingest --workers N`` / ``--dask``: workers extract, the parent alone writes the database.

Why one writer: SQLite takes one writer at a time and the ingest's dedup
checks must see every earlier commit; extraction is where the time goes, so
only it is spread. The ``Ingester`` runs unchanged with a ``WorkerPool`` in
place of its pipeline; each batch (``batch_articles``) is cut into one chunk
per worker, and a commit follows each batch as without workers.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from wardesk.ingest import CsvColumns
from wardesk.scale.workers import WorkerPool
from wardesk.store.db import Store
from wardesk.store.ingest import Ingester, IngestStats


def run_ingest_workers(sources: list[str], *, workers: int, batch_articles: int = 16, **kw) -> IngestStats:
    """As ``store.console.run_ingest``, with extraction over ``workers`` processes."""
    chunk = max(1, -(-batch_articles // workers))
    with WorkerPool(workers, chunk=chunk) as pool:
        return run_ingest_with(pool, sources, batch_articles=batch_articles, **kw)


def run_ingest_dask(sources: list[str], *, address: str, batch_articles: int = 16, **kw) -> IngestStats:
    """As ``store.console.run_ingest``, with extraction on the Dask cluster at ``address`` ("local" for a
    LocalCluster); a transaction holds at least PARTITION_ARTICLES articles, so every worker gets a share."""
    from wardesk.scale.dask import ClusterPipeline, dask_client
    from wardesk.scale.partitions import PARTITION_ARTICLES

    with dask_client(address) as client:
        return run_ingest_with(
            ClusterPipeline(client), sources, batch_articles=max(batch_articles, PARTITION_ARTICLES), **kw
        )


def run_ingest_with(
    pipeline: Any,
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
) -> IngestStats:
    """As ``store.console.run_ingest``, with ``pipeline`` (anything with ``run_many``) extracting."""
    store = Store(db)
    with Progress(
        TextColumn("ingesting"),
        BarColumn(),
        TextColumn("{task.completed} items"),
        TimeElapsedColumn(),
        console=console,
        disable=not show_progress,
        transient=True,
    ) as bar:
        task = bar.add_task("ingest", total=None)
        ingester = Ingester(
            store,
            allow_private=allow_private,
            columns=columns,
            published=published,
            batch_articles=batch_articles,
            on_item=lambda status: bar.advance(task),
            on_message=lambda m: console.print(m, highlight=False, markup=False),
            _pipeline=pipeline,
        )
        try:
            stats = ingester.run(sources)
            while watch and ingester.feed_urls:
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
