"""Extraction over a Dask cluster: partitions in, JSONL in input order or Parquet partitions out.

The client plans partitions lazily (``partitions.plan_partitions``) and keeps
a bounded window of them on the cluster, so neither it nor the cluster holds
the corpus. Each worker process hands its articles to one single-threaded
child process that loads the pipeline once (``child.ChildPipeline``: the
worker's own threads slowed extraction by a fifth or more), and reads its
partition from the shared file system itself, so only small specs travel out
and results travel back.

A partition that raises is submitted once more; if it fails again it is
reported with its reason and the others go on. A finished partition's output
is written (atomically) before its done-marker, and a rerun reuses it.

Test hook: ``WARDESK_SCALE_FAIL_PARTITIONS="2,5:1"`` (read by the client when
a run starts) makes partition 2 raise on every attempt and partition 5 on its
first attempt only. It exists so tests can fail a partition on a real
cluster; nothing sets it otherwise.
"""

from __future__ import annotations

import os
import shutil
import sys
import uuid
from collections import Counter, deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from wardesk import settings
from wardesk.ingest import IngestFailure
from wardesk.record import ArticleEvents
from wardesk.scale.child import child_pipeline
from wardesk.scale.partitions import (
    PARTITION_ARTICLES,
    DoneMarkers,
    PartitionSpec,
    ReadOptions,
    plan_partitions,
    read_partition,
    sidecar_for,
    write_atomic,
)
from wardesk.scale.workers import PIPELINE_LOCK

#: Attempts per partition: the first and one retry.
ATTEMPTS = 2
#: Partitions on the cluster at a time, per worker thread: one running, one queued.
WINDOW_PER_WORKER = 2
FAIL_HOOK_ENV = "WARDESK_SCALE_FAIL_PARTITIONS"
#: Workers of ``--dask local``: one process per core of a laptop, one thread each (spaCy is not thread-bound).
LOCAL_WORKERS = 2


class InjectedFailure(RuntimeError):
    """Raised by the test hook (FAIL_HOOK_ENV)."""


@contextmanager
def dask_client(address: str) -> Iterator[Any]:
    """A client of the cluster at ``address``, or of a new LocalCluster for "local" (or "local:N" workers)."""
    from distributed import Client, LocalCluster

    if address == "local" or address.startswith("local:"):
        n = int(address.partition(":")[2] or LOCAL_WORKERS)
        with (
            LocalCluster(
                n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
    else:
        with Client(address) as client:
            yield client


# --- the worker side ---------------------------------------------------------------------


def _should_fail(hook: str, index: int, attempt: int) -> bool:
    for part in filter(None, (p.strip() for p in hook.split(","))):
        idx, _, times = part.partition(":")
        if int(idx) == index and (not times or attempt <= int(times)):
            return True
    return False


def events_table(outputs: list[ArticleEvents], partition: int) -> Any:
    """One row per event (the event's record JSON in ``record``), one row with null ordinal per eventless article."""
    import pyarrow as pa

    cols: dict[str, list] = {
        k: []
        for k in (
            "partition",
            "article_id",
            "published",
            "published_from",
            "ordinal",
            "kind",
            "event_type",
            "background",
            "date_start",
            "country",
            "admin1",
            "fatalities",
            "record",
        )
    }
    for out in outputs:
        for i, ev in enumerate(out.events or [None]):
            loc = ev.locations[0] if ev is not None and ev.locations else None
            row = {
                "partition": partition,
                "article_id": out.article_id,
                "published": out.published.isoformat() if out.published else None,
                "published_from": out.published_from,
                "ordinal": i if ev is not None else None,
                "kind": ev.kind if ev else None,
                "event_type": ev.event_type if ev else None,
                "background": ev.background if ev else None,
                "date_start": ev.date.start.isoformat() if ev and ev.date.start else None,
                "country": loc.country if loc else None,
                "admin1": loc.admin1 if loc else None,
                "fatalities": ev.fatalities.best if ev else None,
                "record": ev.model_dump_json() if ev else None,
            }
            for k, v in row.items():
                cols[k].append(v)
    schema = pa.schema(
        [
            ("partition", pa.int32()),
            ("article_id", pa.string()),
            ("published", pa.string()),
            ("published_from", pa.string()),
            ("ordinal", pa.int32()),
            ("kind", pa.string()),
            ("event_type", pa.string()),
            ("background", pa.bool_()),
            ("date_start", pa.string()),
            ("country", pa.string()),
            ("admin1", pa.string()),
            ("fatalities", pa.int64()),
            ("record", pa.string()),
        ]
    )
    return pa.Table.from_pydict(cols, schema=schema)


def run_cluster_chunk(articles: list) -> list:
    """One chunk of ``ClusterPipeline`` on a worker, in the worker's extraction child."""
    with PIPELINE_LOCK:
        return child_pipeline().run_packed(articles)


def warm_worker() -> int:
    """Start this worker's extraction child and load its pipeline (``client.run(warm_worker)``)."""
    with PIPELINE_LOCK:
        return child_pipeline().warm()


def run_partition(spec: PartitionSpec, options: ReadOptions, fmt: str, attempt: int, hook: str = "") -> dict:
    """Extract one partition on a worker: its JSONL lines (or Parquet table), counts and per-article failures."""
    if hook and _should_fail(hook, spec.index, attempt):
        raise InjectedFailure(
            f"injected failure of partition {spec.index} on attempt {attempt} ({FAIL_HOOK_ENV})"
        )
    failures: list[tuple[str, str]] = []
    counts: Counter[str] = Counter()
    outputs: list[ArticleEvents] = []

    def articles():
        for item in read_partition(spec, options):
            if isinstance(item, IngestFailure):
                failures.append(("skipped", str(item)))
                continue
            counts["read"] += 1
            yield item

    with PIPELINE_LOCK:  # one child per worker process; a worker with several threads takes turns
        for out in child_pipeline().run_many(articles()):
            if isinstance(out, tuple):
                art, exc = out
                failures.append(("failed", f"{art.id}: {exc.render()}"))
                continue
            counts["extracted"] += 1
            counts["events"] += len(out.events)
            outputs.append(ArticleEvents.model_validate(out.model_dump()))
    result: dict[str, Any] = {"counts": dict(counts), "failures": failures}
    if fmt == "parquet":
        result["table"] = events_table(outputs, spec.index)
    else:
        result["lines"] = "".join(o.model_dump_json() + "\n" for o in outputs)
    return result


# --- the client side ---------------------------------------------------------------------


@dataclass
class DaskSummary:
    """What a cluster run did. ``failures``: per-article lines as the CLI prints them ("skipped ...", "failed ...")."""

    partitions: int = 0
    computed: int = 0
    reused: int = 0
    retried: int = 0
    failed_partitions: list[str] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        return not self.failed_partitions and not self.failures

    def line(self) -> str:
        c = self.counts
        return (
            f"read {c['read']}, extracted {c['extracted']} ({c['events']} events), "
            f"failed {len(self.failures)}; partitions {self.partitions}: computed {self.computed}, "
            f"done before {self.reused}, retried {self.retried}, failed {len(self.failed_partitions)}"
        )


@dataclass
class _Entry:
    spec: PartitionSpec | None = None
    key: str = ""
    failure: IngestFailure | None = None
    done: dict | None = None
    future: Any = None
    attempt: int = 1


def run_extract(
    client: Any,
    inputs: list[str],
    *,
    output: Path | None,
    fmt: str = "jsonl",
    options: ReadOptions = ReadOptions(),
    size: int = PARTITION_ARTICLES,
    sink: TextIO | None = None,
    on_message: Callable[[str, str], None] | None = None,
) -> DaskSummary:
    """Extract ``inputs`` on the cluster of ``client``.

    output (Path | None): fmt "jsonl": the JSONL file (None: ``sink``, else stdout; no resuming then);
        fmt "parquet": the folder for ``part-NNNNN.parquet`` files (required).
    on_message(kind, text): called per failure as it is known ("skipped", "failed", "partition").
    RETURNS (DaskSummary): counts, partition outcomes and failures.
    """
    if fmt not in ("jsonl", "parquet"):
        raise ValueError(f"fmt must be jsonl or parquet, not {fmt!r}")
    if fmt == "parquet" and output is None:
        raise ValueError("Parquet output needs a folder (-o DIR)")
    summary = DaskSummary()
    say = on_message or (lambda kind, text: None)
    hook = settings.current().scale_fail_partitions or ""
    markers: DoneMarkers | None = None
    out_file: TextIO | None = None
    if fmt == "parquet":
        output.mkdir(parents=True, exist_ok=True)
        markers = DoneMarkers(output / ".wardesk-partitions")
    elif output is not None:
        markers = DoneMarkers(sidecar_for(output))
        out_file = output.open("w", encoding="utf-8")
    writer = out_file or sink or sys.stdout
    workers = max(1, sum(client.nthreads().values()))
    window = WINDOW_PER_WORKER * workers
    plan = plan_partitions(inputs, options, size)
    entries: deque[_Entry] = deque()
    running = 0

    def submit(entry: _Entry) -> None:
        entry.future = client.submit(
            run_partition,
            entry.spec,
            options,
            fmt,
            entry.attempt,
            hook,
            key=f"wardesk-partition-{entry.spec.index}-{entry.attempt}-{uuid.uuid4().hex[:8]}",
            pure=False,
        )

    def refill() -> bool:
        nonlocal running
        more = True
        while running < window:
            item = next(plan, None)
            if item is None:
                more = False
                break
            if isinstance(item, IngestFailure):
                entries.append(_Entry(failure=item))
                continue
            summary.partitions += 1
            key = item.key(options, fmt)
            entry = _Entry(spec=item, key=key)
            if markers is not None:
                info = markers.done(item, key)
                data = markers.data_file(item.index) if fmt == "jsonl" else _parquet_file(output, item)
                if info is not None and data.exists():
                    entry.done = info
                    entries.append(entry)
                    continue
            submit(entry)
            running += 1
            entries.append(entry)
        return more

    try:
        more = True
        while True:
            if more:
                more = refill()
            if not entries:
                if not more:
                    break
                continue
            entry = entries.popleft()
            if entry.failure is not None:
                summary.failures.append(("skipped", str(entry.failure)))
                say("skipped", str(entry.failure))
                continue
            spec = entry.spec
            if entry.done is not None:
                summary.reused += 1
                _take(summary, entry.done, say, earlier=True)
                if fmt == "jsonl":
                    with markers.data_file(spec.index).open("r", encoding="utf-8") as part:
                        shutil.copyfileobj(part, writer)
                continue
            try:
                result = entry.future.result()
            except Exception as exc:  # the partition raised on the worker (or the worker died)
                entry.future.release()
                if entry.attempt < ATTEMPTS:
                    entry.attempt += 1
                    summary.retried += 1
                    submit(entry)
                    entries.appendleft(entry)
                    continue
                running -= 1
                reason = f"{spec.label()}: failed {entry.attempt} times: {type(exc).__name__}: {exc}"
                summary.failed_partitions.append(reason)
                say("partition", reason)
                continue
            entry.future.release()
            running -= 1
            summary.computed += 1
            info = {"counts": result["counts"], "failures": result["failures"], "count": spec.count}
            _take(summary, info, say, earlier=False)
            if fmt == "parquet":
                _write_parquet(result["table"], _parquet_file(output, spec))
            elif markers is not None:
                write_atomic(markers.data_file(spec.index), result["lines"].encode("utf-8"), markers)
            if markers is not None:
                markers.mark(spec, entry.key, info)
            if fmt == "jsonl":
                writer.write(result["lines"])
    finally:
        if out_file is not None:
            out_file.close()
        for entry in entries:
            if entry.future is not None:
                entry.future.cancel()
    return summary


def _take(summary: DaskSummary, info: dict, say: Callable[[str, str], None], *, earlier: bool) -> None:
    summary.counts.update(info["counts"])
    for kind, text in info["failures"]:
        summary.failures.append((kind, text))
        say(kind, text + (" (in a partition done by an earlier run)" if earlier else ""))


def _parquet_file(folder: Path, spec: PartitionSpec) -> Path:
    return folder / f"part-{spec.index:05d}.parquet"


def _write_parquet(table: Any, path: Path) -> None:
    import pyarrow.parquet as pq

    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


def cli_extract(
    inputs: list[str],
    *,
    address: str,
    output: Path | None,
    fmt: str,
    options: ReadOptions,
    console: Any,
    size: int = PARTITION_ARTICLES,
) -> int:
    """``wardesk extract --dask``: run, print failures and the summary on ``console``; returns the exit status."""
    if fmt not in ("jsonl", "parquet"):
        console.print(f"[red]error:[/] with --dask, --format must be jsonl or parquet, not {fmt!r}")
        return 2
    if fmt == "parquet" and output is None:
        console.print(
            "[red]error:[/] --format parquet writes one file per partition: give a folder with -o DIR"
        )
        return 2

    def say(kind: str, text: str) -> None:
        console.print(f"{kind} {text}", highlight=False, markup=False)

    import time

    started = time.perf_counter()
    with dask_client(address) as client:
        summary = run_extract(
            client, inputs, output=output, fmt=fmt, options=options, size=size, on_message=say
        )
    console.print(
        f"{summary.line()} in {time.perf_counter() - started:.1f}s", highlight=False, soft_wrap=True
    )
    if summary.failed_partitions:
        console.print("run again to retry the failed partitions; finished ones are skipped", highlight=False)
    return 0 if summary.ok else 1


class ClusterPipeline:
    """``Pipeline.run_many`` over a Dask cluster, for the ``Ingester``: each call's articles, one chunk per worker.

    The ingest reads and writes in this process (one writer, batched
    transactions); only extraction goes to the cluster. A chunk that raises is
    retried once, then each of its articles is reported as failed with the reason.
    """

    def __init__(self, client: Any) -> None:
        self.client = client
        self.workers = max(1, sum(client.nthreads().values()))

    def run_many(self, articles: Iterator) -> Iterator:
        from wardesk.errors import ExtractError
        from wardesk.scale.workers import _unpack

        arts = list(articles)
        size = max(1, -(-len(arts) // self.workers))
        chunks = [arts[i : i + size] for i in range(0, len(arts), size)]
        futures = [self.client.submit(run_cluster_chunk, c, pure=False) for c in chunks]
        for chunk, future in zip(chunks, futures, strict=True):
            for attempt in range(1, ATTEMPTS + 1):
                try:
                    results = future.result()
                    break
                except Exception as exc:
                    if attempt == ATTEMPTS:
                        reason = f"failed {attempt} times on the cluster: {type(exc).__name__}: {exc}"
                        results = None
                    else:
                        future = self.client.submit(run_cluster_chunk, chunk, pure=False)
            if results is None:
                for art in chunk:
                    yield art, ExtractError(reason, where=art.id)
            else:
                yield from _unpack(results)
