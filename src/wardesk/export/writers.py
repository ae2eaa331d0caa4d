"""Writers: JSONL, CSV (UTF-8 with a BOM, formula cells neutralised), GeoJSON (RFC 7946), Parquet (typed), Excel.

CSV starts with a byte order mark: Excel opens a BOM-less UTF-8 file as the
local code page and garbles 'Türkiye'; pandas, R's readr and Python's
``encoding="utf-8-sig"`` read the BOM as what it is.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
from collections.abc import Iterable
from typing import IO, Any

#: First characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula, with a single quote in front; other values as they are.

    Numbers are wardesk's own (a negative longitude is not a formula) and stay numbers.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


#: Written first in CSV files so Excel reads them as UTF-8.
BOM = "\ufeff"


def write_csv(
    rows: Iterable[dict[str, Any]], out: IO[str], columns: tuple[str, ...] | None = None, *, bom: bool = True
) -> int:
    """Rows as CSV with a header; ``columns`` fixes the header (else the first row's keys)."""
    if bom:
        out.write(BOM)
    writer: csv.DictWriter | None = None
    n = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(columns or row.keys()), extrasaction="ignore")
            writer.writeheader()
        writer.writerow({k: neutralise_cell(v) for k, v in row.items()})
        n += 1
    if writer is None and columns:
        csv.DictWriter(out, fieldnames=list(columns)).writeheader()
    return n


def _finite(x: Any) -> float | None:
    try:
        v = float(x)
    except (TypeError, ValueError):
        return None
    return v if math.isfinite(v) else None


def feature(row: dict[str, Any], lat_key: str = "lat", lon_key: str = "lon") -> dict[str, Any]:
    """A GeoJSON Feature: a Point at [lon, lat] (RFC 7946 order), or a null geometry when the place has no coordinates."""
    lat, lon = _finite(row.get(lat_key)), _finite(row.get(lon_key))
    geometry = None
    if lat is not None and lon is not None and -90 <= lat <= 90 and -180 <= lon <= 180:
        geometry = {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]}
    props = {k: v for k, v in row.items() if k not in (lat_key, lon_key)}
    return {"type": "Feature", "id": row.get("id"), "geometry": geometry, "properties": props}


def write_geojson(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """A FeatureCollection streamed feature by feature (no "crs" member: RFC 7946 is WGS 84 only)."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for row in rows:
        out.write(
            (",\n" if n else "") + json.dumps(feature(row), ensure_ascii=False, default=str, allow_nan=False)
        )
        n += 1
    out.write("\n]}\n")
    return n


def _parquet_schemas() -> dict[str, Any]:
    """The declared Arrow schema of each kind of row: real types, and never a null-typed column."""
    import pyarrow as pa

    text, day, real, count = pa.string(), pa.date32(), pa.float64(), pa.int64()
    moment = pa.timestamp("us", tz="UTC")
    actors = pa.list_(pa.struct([("name", text), ("type", text)]))
    place = [
        ("date_start", day),
        ("date_end", day),
        ("date_precision", text),
        ("location", text),
        ("admin1", text),
        ("country", text),
        ("geo_precision", text),
        ("lat", real),
        ("lon", real),
        ("initiators", actors),
        ("initiator_type", text),
        ("targets", actors),
    ]
    report = pa.schema(
        [
            ("id", text),
            ("article_id", text),
            ("story_id", text),
            ("outlet", text),
            ("url", text),
            ("published", day),
            ("ingested_at", moment),
            ("near_dup_of", text),
            ("kind", text),
            ("event_type", text),
            *place,
            ("weapons", pa.list_(text)),
            ("fatalities_low", count),
            ("fatalities_best", count),
            ("fatalities_high", count),
            ("injuries_low", count),
            ("injuries_best", count),
            ("injuries_high", count),
            (
                "claims",
                pa.list_(
                    pa.struct(
                        [
                            ("what", text),
                            ("value", real),
                            ("low", real),
                            ("high", real),
                            ("qualifier", text),
                            ("source", text),
                            ("actor", text),
                            ("stance", text),
                            ("text", text),
                        ]
                    )
                ),
            ),
            (
                "sources",
                pa.list_(
                    pa.struct(
                        [
                            ("name", text),
                            ("organization", text),
                            ("verb", text),
                            ("via", text),
                            ("text", text),
                        ]
                    )
                ),
            ),
            ("background", pa.bool_()),
            ("confidence", real),
            ("title", text),
            ("notes", text),
        ]
    )
    story = pa.schema(
        [
            ("id", text),
            ("corroboration", count),
            ("n_reports", count),
            ("event_type", text),
            *place,
            ("fatalities_low", real),  # a story's figure is the median of its sources': may be a half
            ("fatalities_best", real),
            ("fatalities_high", real),
            ("injuries_low", real),
            ("injuries_best", real),
            ("injuries_high", real),
            ("contradictions", count),
            ("outlets", pa.list_(text)),
            ("report_ids", pa.list_(text)),
            ("article_ids", pa.list_(text)),
            ("updated_at", moment),
        ]
    )
    return {"reports": report, "stories": story}


#: Rows per Parquet row group: bounds memory on large exports.
PARQUET_BATCH_ROWS = 10_000


def write_parquet(rows: Iterable[dict[str, Any]], path: Any, what: str = "reports") -> int:
    """Typed rows (``records.typed_report`` / ``typed_story``) as one Parquet file with the declared schema."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schemas()[what]
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= PARQUET_BATCH_ROWS:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or not n:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


#: Excel's last row; a sheet longer than this cannot be opened.
XLSX_MAX_ROWS = 1_048_576


def _xlsx_cell(ws: Any, value: Any) -> Any:
    """A cell whose text is always text: a string starting with '=' stays a string, never a formula, and
    characters XML cannot hold (control characters) are dropped."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, (list, dict)):
        value = json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)  # Excel has no time zones: UTC
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def write_xlsx(sheets: Iterable[tuple[str, tuple[str, ...], Iterable[dict[str, Any]]]], out: Any) -> int:
    """One workbook of (title, columns, rows) sheets, streamed (openpyxl write-only); returns the rows of the
    first sheet. A sheet with more rows than Excel holds is a UsageError."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    from wardesk.errors import UsageError

    wb = Workbook(write_only=True)
    first: int | None = None
    for title, columns, rows in sheets:
        ws = wb.create_sheet(title)
        ws.freeze_panes = "A2"
        for i, col in enumerate(columns, start=1):
            ws.column_dimensions[get_column_letter(i)].width = min(40, max(10, len(col) + 2))
        ws.append(list(columns))
        n = 0
        for row in rows:
            n += 1
            if n >= XLSX_MAX_ROWS:
                raise UsageError(
                    f"the {title} sheet would have more than {XLSX_MAX_ROWS - 1:,} rows, more than Excel "
                    "opens; narrow the filters or export CSV or Parquet"
                )
            ws.append([_xlsx_cell(ws, row.get(c)) for c in columns])
        first = n if first is None else first
    wb.save(out)
    return first or 0
