"""Stage export: stored reports or stories, filtered, as JSONL, CSV, ACLED CSV, GeoJSON, Parquet or Excel.

Entry points: ``export(store, fmt, what, filters, output)`` writes a file (or
stdout); ``write_export(store, fmt, what, filters, sink)`` writes to any binary
stream (the API's responses). Filters come from ``build_filters``, which checks
what a user typed the same way for the CLI and the API. Reports carry their
article id and story id; stories carry the ids of their reports.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from wardesk.errors import UsageError
from wardesk.export.acled import ACLED_COLUMNS, acled_report, acled_story
from wardesk.export.filters import ExportFilters, build_filters, parse_bbox, parse_day
from wardesk.export.records import (
    CLAIM_FIELDS,
    flat_report,
    flat_story,
    iter_reports,
    iter_stories,
    typed_report,
    typed_story,
)
from wardesk.export.writers import (
    neutralise_cell,
    write_csv,
    write_geojson,
    write_jsonl,
    write_parquet,
    write_xlsx,
)
from wardesk.store import Store

FORMATS = ("jsonl", "csv", "acled", "geojson", "parquet", "xlsx")
#: Formats written as bytes (the others are UTF-8 text).
BINARY_FORMATS = ("parquet", "xlsx")
WHATS = ("reports", "stories")
#: Media type and file extension of each format, for the API's downloads.
MEDIA_TYPES = {
    "jsonl": ("application/x-ndjson", "jsonl"),
    "csv": ("text/csv; charset=utf-8", "csv"),
    "acled": ("text/csv; charset=utf-8", "acled.csv"),
    "geojson": ("application/geo+json", "geojson"),
    "parquet": ("application/vnd.apache.parquet", "parquet"),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
}

__all__ = [
    "BINARY_FORMATS",
    "FORMATS",
    "MEDIA_TYPES",
    "WHATS",
    "ExportFilters",
    "build_filters",
    "export",
    "neutralise_cell",
    "parse_bbox",
    "parse_day",
    "write_export",
]


def format_filters(fmt: str, f: ExportFilters) -> ExportFilters:
    """The filters as this format applies them: an ACLED row needs a date, so undated events are left
    out of the ACLED export unless asked for."""
    if f.include_undated is None:
        return dataclasses.replace(f, include_undated=fmt != "acled")
    return f


def export(
    store: Store, fmt: str, what: str, filters: ExportFilters, output: Path | None = None, *, bom: bool = True
) -> int:
    """Write the selected records to ``output`` (stdout when None); returns how many were written."""
    _check(fmt, what)
    if output is None:
        if fmt in BINARY_FORMATS and sys.stdout.isatty():
            raise UsageError(f"-f {fmt} writes a binary file; give -o FILE (or redirect stdout)")
        sys.stdout.flush()
        return write_export(store, fmt, what, filters, sys.stdout.buffer, bom=bom)
    with output.open("wb") as sink:
        return write_export(store, fmt, what, filters, sink, bom=bom)


def write_export(
    store: Store, fmt: str, what: str, filters: ExportFilters, sink: IO[bytes], *, bom: bool = True
) -> int:
    """Write the selected records in ``fmt`` to a binary stream; returns how many reports or stories."""
    _check(fmt, what)
    f = format_filters(fmt, filters)
    with store.engine.connect() as conn:
        if fmt == "xlsx":
            return write_xlsx(_xlsx_sheets(conn, store, f), sink)
        if fmt == "parquet":
            rows = (
                (typed_report(r) for r in iter_reports(conn, store, f))
                if what == "reports"
                else (typed_story(s) for s in iter_stories(conn, store, f))
            )
            return write_parquet(rows, sink, what)
        text = io.TextIOWrapper(sink, encoding="utf-8", newline="", write_through=True)
        try:
            return _write_text(conn, store, fmt, what, f, text, bom=bom)
        finally:
            text.flush()
            text.detach()  # the caller owns the binary stream


def _check(fmt: str, what: str) -> None:
    if fmt not in FORMATS:
        raise UsageError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if what not in WHATS:
        raise UsageError(f"--what must be one of {', '.join(WHATS)}, not {what!r}")


def _write_text(
    conn: Any, store: Store, fmt: str, what: str, f: ExportFilters, sink: IO[str], *, bom: bool
) -> int:
    if fmt == "acled":
        rows = (
            (acled_report(r, r.pop("article_text")) for r in iter_reports(conn, store, f, keep_text=True))
            if what == "reports"
            else (acled_story(s) for s in iter_stories(conn, store, f, with_notes=True))
        )
        return write_csv(rows, sink, ACLED_COLUMNS, bom=bom)
    nested: Iterator[dict[str, Any]] = (
        iter_reports(conn, store, f) if what == "reports" else iter_stories(conn, store, f)
    )
    if fmt == "jsonl":
        return write_jsonl(nested, sink)
    flatten = flat_report if what == "reports" else flat_story
    if fmt == "csv":
        return write_csv((flatten(r) for r in nested), sink, bom=bom)
    return write_geojson((flatten(r) for r in nested), sink)


# --- the Excel workbook: events, their claims with sources, stories ------------------------------

EVENT_SHEET_COLUMNS = (
    "id",
    "article_id",
    "story_id",
    "outlet",
    "url",
    "published",
    "kind",
    "event_type",
    "date_start",
    "date_end",
    "date_precision",
    "location",
    "admin1",
    "country",
    "geo_precision",
    "lat",
    "lon",
    "initiators",
    "targets",
    "weapons",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "injuries_low",
    "injuries_best",
    "injuries_high",
    "sources",
    "background",
    "confidence",
    "title",
    "notes",
)
CLAIM_SHEET_COLUMNS = (
    "event_id",
    "article_id",
    "outlet",
    "claim",
    *CLAIM_FIELDS,
    "source_organization",
    "source_verb",
    "source_via",
)
STORY_SHEET_COLUMNS = (
    "id",
    "corroboration",
    "n_reports",
    "event_type",
    "date_start",
    "date_end",
    "date_precision",
    "location",
    "admin1",
    "country",
    "geo_precision",
    "lat",
    "lon",
    "initiators",
    "targets",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "contradictions",
    "outlets",
    "report_ids",
)


def _dated(row: dict[str, Any], *keys: str) -> dict[str, Any]:
    for k in keys:
        if isinstance(row.get(k), str):
            try:
                row[k] = dt.date.fromisoformat(row[k][:10])
            except ValueError:
                pass
    return row


def _claim_rows(r: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One row per claim of a report, with the source it is attributed to (verb, organisation, via)."""
    ev = r["event"]
    by_name = {x.get("name"): x for x in ev.get("sources") or []}
    for i, claim in enumerate(ev.get("claims") or []):
        src = by_name.get(claim.get("source")) or {}
        yield {
            "event_id": r["id"],
            "article_id": r["article_id"],
            "outlet": r["outlet"],
            "claim": i,
            **{k: claim.get(k) for k in CLAIM_FIELDS},
            "source_organization": src.get("organization"),
            "source_verb": src.get("verb"),
            "source_via": src.get("via"),
        }


def _xlsx_sheets(conn: Any, store: Store, f: ExportFilters) -> Iterator[tuple[str, tuple[str, ...], Any]]:
    yield (
        "events",
        EVENT_SHEET_COLUMNS,
        (_dated(flat_report(r), "published", "date_start", "date_end") for r in iter_reports(conn, store, f)),
    )
    yield "claims", CLAIM_SHEET_COLUMNS, (c for r in iter_reports(conn, store, f) for c in _claim_rows(r))
    yield (
        "stories",
        STORY_SHEET_COLUMNS,
        (_dated(flat_story(s), "date_start", "date_end") for s in iter_stories(conn, store, f)),
    )
