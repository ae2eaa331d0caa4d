"""Cut inputs into partitions a remote worker reads on its own, and remember which are done.

A partition names where its articles are, never the articles: JSONL by byte
range (a worker seeks there, nothing before it is read), CSV by item range (the
CSV reader holds its file whole anyway, so a worker re-reads it and skips),
Parquet by row groups, folders of .txt/.html by file lists. The spec is small
enough to ship to a cluster, and its hash (with the file's size and mtime and
the reading options) keys the done-marker, so a rerun skips exactly the
partitions whose inputs and options have not changed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from wardesk.errors import InputNotFound, MissingColumns, UnreadableInput, UnsupportedInput, UsageError
from wardesk.ingest import READERS, CsvColumns, IngestFailure, read_inputs
from wardesk.ingest.decode import BINARY_SNIFF_BYTES, looks_binary
from wardesk.ingest.failure import fail
from wardesk.ingest.published import normalise_published
from wardesk.ingest.readers import Source, article_from_record
from wardesk.record import Article

#: Articles per partition: big enough that a task's overhead (scheduling, shipping
#: results) is small against ~30 s of extraction, small enough to retry cheaply.
PARTITION_ARTICLES = 500
#: Bumped when the meaning of a spec or of a partition's output changes: old markers stop matching.
SPEC_VERSION = 1

JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARQUET_SUFFIXES = (".parquet", ".pq")
#: Parquet columns read (when present): the schema's input fields.
PARQUET_FIELDS = ("id", "text", "html", "title", "source", "published", "url")


class PartitionChanged(UnreadableInput):
    """The input of a partition changed between planning and reading: its ranges mean nothing now."""


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are read: the same for every partition, part of every partition's hash."""

    columns: CsvColumns = CsvColumns()
    published: str | None = None


@dataclass(frozen=True)
class PartitionSpec:
    """One partition of the input.

    index (int): its position in the input order (0, 1, ...).
    kind (str): "jsonl" (start/stop are byte offsets), "csv" (item positions of the
        file's reader), "parquet" (row-group indices), "files" (``files``, read whole).
    path (str): the file, for every kind but "files".
    first_line (int): the line number at ``start``, for messages (jsonl).
    files (tuple[str, ...]): the files of a "files" partition.
    stamp (tuple): (size, mtime_ns) of each file, checked again by the worker.
    count (int): the articles (lines, items, rows, files) it holds.
    """

    index: int
    kind: str
    path: str = ""
    start: int = 0
    stop: int = 0
    first_line: int = 1
    files: tuple[str, ...] = ()
    stamp: tuple[tuple[int, int], ...] = ()
    count: int = 0

    def key(self, options: ReadOptions, output: str = "") -> str:
        """The hash a done-marker must carry: this spec, the reading options and the output format."""
        payload = {
            "v": SPEC_VERSION,
            "spec": dataclasses.asdict(self),
            "columns": dataclasses.asdict(options.columns),
            "published": options.published,
            "output": output,
        }
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()

    def label(self) -> str:
        """Where the partition is, for messages."""
        if self.kind == "files":
            more = f" (+{len(self.files) - 1} files)" if len(self.files) > 1 else ""
            return f"partition {self.index} ({self.files[0]}{more})"
        unit = {"jsonl": "bytes", "csv": "items", "parquet": "row groups"}[self.kind]
        return f"partition {self.index} ({self.path} {unit} {self.start}-{self.stop})"


def _stamp(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_size, st.st_mtime_ns


# --- planning ---------------------------------------------------------------------------


def _expand(name: str) -> Iterator[Path | IngestFailure]:
    """The files one input names, in the order ``read_inputs`` reads them (folders sorted, hidden skipped)."""
    if name == "-":
        raise UsageError("stdin (-) cannot be partitioned over a cluster; write it to a .jsonl file first")
    path = Path(name)
    suffixes = set(READERS) | set(PARQUET_SUFFIXES)
    if path.is_dir():
        files = sorted(
            (p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes),
            key=lambda p: p.relative_to(path).as_posix(),
        )
        files = [f for f in files if not any(part.startswith(".") for part in f.relative_to(path).parts)]
        if not files:
            yield fail(name, UnsupportedInput, "the folder holds no files wardesk reads; check the path")
        yield from files
        return
    if not path.exists():
        yield fail(name, InputNotFound, "no such file or folder; check the path")
        return
    if path.suffix.lower() not in suffixes:
        yield fail(name, UnsupportedInput, f"wardesk cannot read {path.suffix or 'extension-less'} files")
        return
    yield path


def _plan_jsonl(path: Path, size: int) -> Iterator[tuple[dict[str, Any], int]]:
    """Byte ranges of ``size`` non-blank lines each, found by one pass over raw bytes (no JSON parsing)."""
    start = offset = 0
    first_line = line_no = 1
    count = 0
    with path.open("rb") as handle:
        for raw in handle:
            line_no += 1
            offset += len(raw)
            if raw.strip():
                count += 1
            if count >= size:
                yield {"kind": "jsonl", "start": start, "stop": offset, "first_line": first_line}, count
                start, first_line, count = offset, line_no, 0
    if count or start == 0:  # an empty file still gets a partition, to report it as empty
        yield {"kind": "jsonl", "start": start, "stop": offset, "first_line": first_line}, count


def _plan_csv(path: Path, size: int, options: ReadOptions) -> Iterator[tuple[dict[str, Any], int]]:
    n = sum(1 for _ in read_inputs([str(path)], columns=options.columns, published=options.published))
    for start in range(0, max(n, 1), size):
        stop = min(start + size, n) if n else 1
        yield {"kind": "csv", "start": start, "stop": stop}, stop - start


def _plan_parquet(path: Path, size: int) -> Iterator[tuple[dict[str, Any], int]]:
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(path).metadata
    start = rows = 0
    for g in range(meta.num_row_groups):
        rows += meta.row_group(g).num_rows
        if rows >= size:
            yield {"kind": "parquet", "start": start, "stop": g + 1}, rows
            start, rows = g + 1, 0
    if rows or start == 0:
        yield {"kind": "parquet", "start": start, "stop": meta.num_row_groups}, rows


def plan_partitions(
    inputs: list[str], options: ReadOptions = ReadOptions(), size: int = PARTITION_ARTICLES
) -> Iterator[PartitionSpec | IngestFailure]:
    """The partitions of ``inputs`` in input order, lazily; a missing or unsupported input is a failure.

    Raises UsageError for stdin, which a remote worker cannot read.
    """
    index = 0
    loose: list[Path] = []  # consecutive .txt/.html files, grouped ``size`` at a time

    def spec(**kw: Any) -> PartitionSpec:
        nonlocal index
        out = PartitionSpec(index=index, **kw)
        index += 1
        return out

    def flush_loose() -> Iterator[PartitionSpec]:
        while loose:
            group = loose[:size]
            del loose[:size]
            yield spec(
                kind="files",
                files=tuple(str(p) for p in group),
                stamp=tuple(_stamp(p) for p in group),
                count=len(group),
            )

    for name in inputs:
        for path in _expand(name):
            if isinstance(path, IngestFailure):
                yield from flush_loose()
                yield path
                continue
            suffix = path.suffix.lower()
            if suffix not in JSONL_SUFFIXES + PARQUET_SUFFIXES + (".csv",):
                loose.append(path)
                if len(loose) >= size:
                    yield from flush_loose()
                continue
            yield from flush_loose()
            stamp = (_stamp(path),)
            if suffix in JSONL_SUFFIXES:
                with path.open("rb") as handle:
                    binary = looks_binary(handle.read(BINARY_SNIFF_BYTES))
                # a binary file is one failure, reported by the ordinary reader
                parts = (
                    iter([({"kind": "files", "files": (str(path),)}, 1)])
                    if binary
                    else _plan_jsonl(path, size)
                )
            elif suffix == ".csv":
                parts = _plan_csv(path, size, options)
            else:
                parts = _plan_parquet(path, size)
            for kw, count in parts:
                kw.setdefault("path", "" if kw["kind"] == "files" else str(path))
                yield spec(**kw, stamp=stamp, count=count)
    yield from flush_loose()


# --- reading ---------------------------------------------------------------------------


_WHERE_LINE = re.compile(r"^(.*):(\d+)$")


def _renumber(failure: IngestFailure, path: str, first_line: int) -> IngestFailure:
    """A failure of a slice read as its own file names line N of the slice: name the file's line."""
    m = _WHERE_LINE.match(failure.where)
    if not m or m.group(1) != path:
        return failure
    where = f"{path}:{int(m.group(2)) + first_line - 1}"
    return IngestFailure(where, type(failure.error)(failure.error.message, where=where))


def _check_stamp(spec: PartitionSpec) -> None:
    files = spec.files if spec.kind == "files" else (spec.path,)
    for name, stamp in zip(files, spec.stamp, strict=False):
        try:
            now = _stamp(Path(name))
        except OSError as exc:
            raise PartitionChanged(f"cannot read it any more ({exc.strerror or exc})", where=name) from None
        if now != tuple(stamp):
            raise PartitionChanged(
                f"the file changed since the run was planned (size/mtime {tuple(stamp)} -> {now}); "
                "run again to plan it afresh",
                where=name,
            )


def read_partition(
    spec: PartitionSpec, options: ReadOptions = ReadOptions()
) -> Iterator[Article | IngestFailure]:
    """The articles and failures of one partition, in order, exactly as ``read_inputs`` gives them there.

    Raises PartitionChanged when a file is gone or changed since planning.
    """
    from wardesk.ingest import finish_article, read_source  # the per-source step of read_inputs

    _check_stamp(spec)
    option = normalise_published(options.published) if options.published else None
    if spec.kind == "files":
        yield from read_inputs(list(spec.files), columns=options.columns, published=options.published)
    elif spec.kind == "csv":
        items = read_inputs([spec.path], columns=options.columns, published=options.published)
        yield from islice(items, spec.start, spec.stop)
    elif spec.kind == "jsonl":
        with open(spec.path, "rb") as handle:
            handle.seek(spec.start)
            data = handle.read(spec.stop - spec.start)
        source = Source(where=spec.path, suffix=".jsonl", data=data)
        for item in read_source(source, option):
            yield _renumber(item, spec.path, spec.first_line) if isinstance(item, IngestFailure) else item
    elif spec.kind == "parquet":
        yield from _read_parquet(spec, options, option, finish_article)
    else:
        raise ValueError(f"unknown partition kind {spec.kind!r}")


def _read_parquet(spec: PartitionSpec, options: ReadOptions, option: str | None, finish) -> Iterator:  # noqa: ANN001
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(spec.path)
    names = pf.schema_arrow.names
    try:
        mapping = options.columns.resolve(names, spec.path)
    except MissingColumns as exc:
        yield IngestFailure(spec.path, exc)
        return
    if "html" in names:
        mapping["html"] = names.index("html")
    row = sum(pf.metadata.row_group(g).num_rows for g in range(spec.start))
    table = pf.read_row_groups(
        list(range(spec.start, spec.stop)), columns=[names[i] for i in mapping.values()]
    )
    for values in table.to_pylist():
        row += 1
        where = f"{spec.path}:row {row}"
        record = {fieldname: values[names[i]] for fieldname, i in mapping.items()}
        if record.get("published") is not None and not isinstance(record["published"], str):
            record["published"] = str(record["published"])
        got = article_from_record(record, where)
        yield got if isinstance(got, IngestFailure) else finish(*got, option=option)


# --- done-markers ----------------------------------------------------------------------


@dataclass
class DoneMarkers:
    """Done-markers in ``folder``: ``part-NNNNN.done`` holds the spec's hash and what the partition gave.

    A marker is written only after the partition's output is in place (written
    to a temporary name, then renamed), so a killed run leaves either a whole
    partition with its marker or none.
    """

    folder: Path
    _made: bool = field(default=False, repr=False)

    def marker(self, index: int) -> Path:
        return self.folder / f"part-{index:05d}.done"

    def data_file(self, index: int, suffix: str = ".jsonl") -> Path:
        return self.folder / f"part-{index:05d}{suffix}"

    def done(self, spec: PartitionSpec, key: str) -> dict[str, Any] | None:
        """The marker's record when ``spec`` is done with this ``key``, else None."""
        try:
            info = json.loads(self.marker(spec.index).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return info if info.get("key") == key else None

    def mark(self, spec: PartitionSpec, key: str, info: dict[str, Any]) -> None:
        write_atomic(self.marker(spec.index), json.dumps({"key": key, **info}).encode(), self)

    def ensure(self) -> None:
        if not self._made:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._made = True


def write_atomic(path: Path, data: bytes, markers: DoneMarkers | None = None) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename: readers never see half a file."""
    if markers is not None:
        markers.ensure()
    tmp = path.with_name(path.name + f".tmp{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def sidecar_for(output: Path) -> Path:
    """The done-marker folder of a JSONL ``-o`` file: ``<output>.wardesk-partitions`` next to it."""
    return output.with_name(output.name + ".wardesk-partitions")
