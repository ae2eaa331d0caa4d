"""Stage export: stored reports or stories, filtered, as JSONL, CSV, ACLED CSV, GeoJSON or Parquet.

Entry point: ``export(store, fmt, what, filters, output)``. Reports carry their
article id and story id; stories carry the ids of their reports.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from wardesk.errors import UsageError
from wardesk.export.acled import ACLED_COLUMNS, acled_row
from wardesk.export.filters import ExportFilters, parse_bbox, parse_day
from wardesk.export.records import flat_report, flat_story, iter_reports, iter_stories
from wardesk.export.writers import neutralise_cell, write_csv, write_geojson, write_jsonl, write_parquet
from wardesk.store import Store

FORMATS = ("jsonl", "csv", "acled", "geojson", "parquet")
WHATS = ("reports", "stories")

__all__ = ["FORMATS", "WHATS", "ExportFilters", "export", "neutralise_cell", "parse_bbox", "parse_day"]


def export(store: Store, fmt: str, what: str, filters: ExportFilters, output: Path | None = None) -> int:
    """Write the selected records to ``output`` (stdout when None); returns how many were written."""
    if fmt not in FORMATS:
        raise UsageError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if what not in WHATS:
        raise UsageError(f"--what must be one of {', '.join(WHATS)}, not {what!r}")
    with store.engine.connect() as conn:
        nested: Iterator[dict[str, Any]] = (
            iter_reports(conn, store, filters) if what == "reports" else iter_stories(conn, store, filters)
        )
        flatten = flat_report if what == "reports" else flat_story
        if fmt == "parquet":
            target: Any = output if output is not None else sys.stdout.buffer
            return write_parquet((flatten(r) for r in nested), target)
        sink = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
        try:
            if fmt == "jsonl":
                return write_jsonl(nested, sink)
            if fmt == "csv":
                return write_csv((flatten(r) for r in nested), sink)
            if fmt == "acled":
                return write_csv((acled_row(flatten(r)) for r in nested), sink, ACLED_COLUMNS)
            return write_geojson((flatten(r) for r in nested), sink)
        finally:
            if output:
                sink.close()
