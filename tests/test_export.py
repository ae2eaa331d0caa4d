"""export: every format parsed back, filters agree with the records, CSV formula cells neutralised, GeoJSON valid."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest
from sqlalchemy import update

from store_helpers import fakes_rows, write_jsonl
from wardesk.export import ExportFilters, export, neutralise_cell, parse_bbox
from wardesk.export.acled import ACLED_COLUMNS
from wardesk.flows.ingest import Ingester
from wardesk.store import Store
from wardesk.store import schema as s

EVIL_SOURCE = '=HYPERLINK("http://evil.example","x")'


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("export")
    rows = fakes_rows(6)
    recs = [
        {"id": r["unit_id"], "title": r["article_title"], "source": r["source"], "text": r["article_content"]}
        for r in rows
    ]
    recs[0]["source"] = EVIL_SOURCE
    recs[1]["title"] = "+SUM(A1:A9) -headline @user"
    corpus = write_jsonl(tmp / "c.jsonl", recs)
    st = Store(str(tmp / "e.db"))
    stats = Ingester(st, link=False).run([str(corpus)])
    assert stats.new == 6
    # one hand-made story over the first two articles' main events (linking is another stage's job)
    with st.engine.begin() as conn:
        conn.execute(
            s.stories.insert().values(
                id="s-test",
                corroboration=2,
                updated_at=dt.datetime.now(dt.timezone.utc),
                reconciled={
                    "date": {"start": "2017-04-04", "end": "2017-04-04", "precision": "day"},
                    "place": {
                        "name": "Khan Shaykhun",
                        "admin1": "Idlib",
                        "country": "SY",
                        "lat": 35.44,
                        "lon": 36.65,
                        "precision": "exact",
                    },
                    "fatalities": {"low": 58, "best": 70, "high": 86},
                },
            )
        )
        ids = [recs[0]["id"] + ":0", recs[1]["id"] + ":0"]
        conn.execute(update(s.events).where(s.events.c.id.in_(ids)).values(story_id="s-test"))
    yield st
    st.close()


def _jsonl(store, tmp_path, what="reports", **filters):
    out = tmp_path / f"{what}.jsonl"
    n = export(store, "jsonl", what, ExportFilters(**filters), out)
    recs = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(recs) == n
    return recs


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Aleppo", "Aleppo"),
        (-36.5, -36.5),
        (None, None),
    ],
)
def test_export_neutralise_cell(value, expected) -> None:
    assert neutralise_cell(value) == expected


@pytest.mark.parametrize(
    ("value", "ok"), [("35.5,32.3,42.4,37.4", True), ("1,2,3", False), ("0,50,10,40", False)]
)
def test_export_parse_bbox(value: str, ok: bool) -> None:
    from wardesk.errors import UsageError

    if ok:
        assert parse_bbox(value) == (35.5, 32.3, 42.4, 37.4)
    else:
        with pytest.raises(UsageError):
            parse_bbox(value)


def test_export_jsonl_reports_carry_ids(store, tmp_path) -> None:
    recs = _jsonl(store, tmp_path)
    assert recs and all(r["article_id"] and r["id"].startswith(r["article_id"] + ":") for r in recs)
    assert {r["story_id"] for r in recs} >= {"s-test", None}
    assert all("event_type" in r["event"] for r in recs)


def test_export_csv_and_acled_formula_cells(store, tmp_path) -> None:
    for fmt in ("csv", "acled"):
        out = tmp_path / f"r.{fmt}.csv"
        n = export(store, fmt, "reports", ExportFilters(), out)
        with out.open(newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        assert len(rows) == n > 0
        for row in rows:
            for value in row.values():
                assert not (value or "").startswith(("=", "+", "@", "\t", "\r")), (fmt, value)
                assert not (value or "").startswith("-") or _is_number(value)
        source_col = "outlet" if fmt == "csv" else "source"
        assert any(r[source_col] == "'" + EVIL_SOURCE for r in rows)
        if fmt == "acled":
            assert tuple(rows[0]) == ACLED_COLUMNS
            for r in rows:
                assert r["time_precision"] in ("", "1", "2", "3")
                assert r["geo_precision"] in ("", "1", "2", "3")
                assert r["disorder_type"] in ("Political violence", "Strategic developments")
                assert r["event_type"] in (
                    "Battles",
                    "Explosions/Remote violence",
                    "Violence against civilians",
                    "Strategic developments",
                )
                assert int(r["fatalities"]) >= 0


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def test_export_geojson_is_rfc7946(store, tmp_path) -> None:
    out = tmp_path / "r.geojson"
    n = export(store, "geojson", "reports", ExportFilters(), out)
    doc = json.loads(out.read_text())
    assert doc["type"] == "FeatureCollection" and "crs" not in doc and len(doc["features"]) == n
    by_id = {r["id"]: r for r in _jsonl(store, tmp_path)}
    located = 0
    for f in doc["features"]:
        assert f["type"] == "Feature" and isinstance(f["properties"], dict)
        loc = (by_id[f["id"]]["event"]["locations"] or [{}])[0]
        if f["geometry"] is None:
            assert loc.get("lat") is None
            continue
        located += 1
        assert f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert (lon, lat) == (pytest.approx(loc["lon"], abs=1e-6), pytest.approx(loc["lat"], abs=1e-6))
    assert located > 0


def test_export_parquet_round_trip(store, tmp_path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "r.parquet"
    n = export(store, "parquet", "reports", ExportFilters(), out)
    table = pq.read_table(out)
    assert table.num_rows == n > 0 and {"id", "article_id", "story_id", "lat", "lon"} <= set(
        table.column_names
    )


def test_export_stories(store, tmp_path) -> None:
    (story,) = _jsonl(store, tmp_path, what="stories")
    assert story["id"] == "s-test" and len(story["report_ids"]) == 2 and story["corroboration"] == 2
    assert _jsonl(store, tmp_path, what="stories", min_corroboration=3) == []
    out = tmp_path / "s.geojson"
    export(store, "geojson", "stories", ExportFilters(), out)
    (feature,) = json.loads(out.read_text())["features"]
    assert feature["geometry"]["coordinates"] == [36.65, 35.44]
    out = tmp_path / "s.acled.csv"
    export(store, "acled", "stories", ExportFilters(), out)
    (row,) = list(csv.DictReader(out.open(newline="")))
    assert (row["event_date"], row["time_precision"], row["geo_precision"], row["fatalities"]) == (
        "2017-04-04",
        "1",
        "1",
        "70",
    )


def _first_loc(r):
    return (r["event"]["locations"] or [{}])[0]


@pytest.mark.parametrize(
    ("filters", "keep"),
    [
        ({"event_type": ("air_strike",)}, lambda r: r["event"]["event_type"] == "air_strike"),
        (
            {"event_type": ("battles",)},
            lambda r: r["event"]["event_type"] in ("armed_clash", "territory_change"),
        ),
        ({"country": "sy"}, lambda r: _first_loc(r).get("country") == "SY"),
        ({"admin1": "idlib"}, lambda r: (_first_loc(r).get("admin1") or "").lower() == "idlib"),
        (
            {"bbox": (36.0, 35.0, 37.5, 36.5)},
            lambda r: (
                _first_loc(r).get("lat") is not None
                and 35 <= _first_loc(r)["lat"] <= 36.5
                and 36 <= _first_loc(r)["lon"] <= 37.5
            ),
        ),
        (
            {"outlet": "NNA"},
            lambda r: (
                (r["outlet"] or "").lower() == "nna"
                or any((x.get("via") or x["name"]).lower() == "nna" for x in r["event"]["sources"])
            ),
        ),
        ({"min_corroboration": 2}, lambda r: r["story_id"] == "s-test"),
        (
            {"since": dt.date(2017, 1, 1)},
            lambda r: (r["event"]["date"]["end"] or r["event"]["date"]["start"] or "") >= "2017-01-01",
        ),
    ],
)
def test_export_filters_agree_with_records(store, tmp_path, filters, keep) -> None:
    everything = _jsonl(store, tmp_path)
    expected = sorted(r["id"] for r in everything if keep(r))
    assert sorted(r["id"] for r in _jsonl(store, tmp_path, **filters)) == expected


def test_export_actor_and_query_filters(store, tmp_path) -> None:
    everything = _jsonl(store, tmp_path)
    actors = [a["name"] for r in everything for a in r["event"]["initiators"] + r["event"]["targets"]]
    assert actors
    name = actors[0]
    got = _jsonl(store, tmp_path, actor=name.upper())
    assert got and all(
        name in [a["name"] for a in r["event"]["initiators"] + r["event"]["targets"]] for r in got
    )
    sarin = _jsonl(store, tmp_path, query="nerve agent")
    assert sarin and {r["article_id"] for r in sarin} < {r["article_id"] for r in everything}
