"""``wardesk ingest --workers N`` / ``--dask``: workers extract, the parent alone writes the database.

Why one writer: SQLite takes one writer at a time and the ingest's dedup
checks must see every earlier commit; extraction is where the time goes, so
only it is spread. The ``Ingester`` runs unchanged with a ``WorkerPool`` in
place of its pipeline; each batch (``batch_articles``) is cut into one chunk
per worker, and a commit follows each batch as without workers.
"""

from __future__ import annotations

from typing import Any

from wardesk.flows.console import run_ingest
from wardesk.flows.ingest import IngestStats
from wardesk.scale.workers import WorkerPool


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


def run_ingest_with(pipeline: Any, sources: list[str], **kw: Any) -> IngestStats:
    """As ``store.console.run_ingest``, with ``pipeline`` (anything with ``run_many``) extracting."""
    return run_ingest(sources, pipeline=pipeline, **kw)
