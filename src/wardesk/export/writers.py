"""Writers: JSONL, CSV (formula cells neutralised), ACLED CSV, GeoJSON (RFC 7946) and Parquet."""

from __future__ import annotations

import csv
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


def write_csv(rows: Iterable[dict[str, Any]], out: IO[str], columns: tuple[str, ...] | None = None) -> int:
    """Rows as CSV with a header; ``columns`` fixes the header (else the first row's keys)."""
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


def write_parquet(rows: Iterable[dict[str, Any]], path: Any, columns: tuple[str, ...] | None = None) -> int:
    """Rows as one Parquet file (pyarrow infers the column types; an all-empty column is typed null)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    data = list(rows)
    if columns:
        data = [{c: r.get(c) for c in columns} for r in data]
    table = (
        pa.Table.from_pylist(data)
        if data
        else pa.table({c: pa.array([], pa.null()) for c in (columns or ("id",))})
    )
    pq.write_table(table, path)
    return len(data)
