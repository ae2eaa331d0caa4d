"""Scale: the same extraction over many cores (``workers``) or a Dask cluster (``dask``).

``workers.WorkerPool`` has the contract of ``Pipeline.run_many`` (results in
input order, one per article), so the commands swap it in without changing
what they write. ``partitions`` cuts inputs into partitions a remote worker can
read on its own and keeps done-markers so a rerun skips finished work;
``dask`` runs those partitions on a cluster.
"""

from __future__ import annotations

from wardesk.scale.workers import WorkerPool, pack_error, unpack_error

__all__ = ["WorkerPool", "pack_error", "unpack_error"]
