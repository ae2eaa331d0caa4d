"""export: every format read back with the library a user would use (pandas, openpyxl, pyarrow), ACLED's
columns and vocabularies, filters agree with the records, formula cells neutralised, GeoJSON valid."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest
from sqlalchemy import func, select, update

from store_helpers import fakes_rows, write_jsonl
from wardesk.export import ExportFilters, export, neutralise_cell, parse_bbox
from wardesk.export.acled import ACLED_COLUMNS
from wardesk.flows.ingest import Ingester
from wardesk.store import Store
from wardesk.store import schema as s

EVIL_SOURCE = '=HYPERLINK("http://evil.example","x")'
#: An outlet name with letters Excel garbles when it opens UTF-8 without a BOM.
ACCENTED_SOURCE = "Haber Türkiye — Ankara"
#: Every filter's default except background and undated events: everything in the fixture.
EVERYTHING = ExportFilters(include_background=True, include_undated=True)


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
    recs[2]["source"] = ACCENTED_SOURCE
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
        # one background event and one undated event, whatever the extractor made of the articles
        conn.execute(update(s.events).where(s.events.c.id == recs[3]["id"] + ":0").values(background=True))
        conn.execute(update(s.events).where(s.events.c.id == recs[4]["id"] + ":0").values(date_start=None))
    yield st
    st.close()


def _jsonl(store, tmp_path, what="reports", **filters):
    out = tmp_path / f"{what}.jsonl"
    n = export(store, "jsonl", what, ExportFilters(**{"include_background": True, **filters}), out)
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
        n = export(store, fmt, "reports", EVERYTHING, out)
        with out.open(newline="", encoding="utf-8-sig") as fh:
            rows = list(csv.DictReader(fh))
        assert len(rows) == n > 0
        for row in rows:
            for value in row.values():
                assert not (value or "").startswith(("=", "+", "@", "\t", "\r")), (fmt, value)
                assert not (value or "").startswith("-") or _is_number(value)
        source_col = "outlet" if fmt == "csv" else "source"
        assert any(r[source_col].startswith("'" + EVIL_SOURCE) for r in rows)


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def test_export_geojson_is_rfc7946(store, tmp_path) -> None:
    out = tmp_path / "r.geojson"
    n = export(store, "geojson", "reports", EVERYTHING, out)
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


@pytest.mark.parametrize("what", ["reports", "stories"])
def test_export_parquet_has_real_types(store, tmp_path, what: str) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = tmp_path / f"{what}.parquet"
    n = export(store, "parquet", what, EVERYTHING, out)
    table = pq.read_table(out)
    assert table.num_rows == n > 0
    types = {f.name: f.type for f in table.schema}
    assert not [name for name, t in types.items() if pa.types.is_null(t)]  # declared, never inferred
    assert types["date_start"] == pa.date32() and types["lat"] == pa.float64()
    assert pa.types.is_list(types["initiators"]) and pa.types.is_struct(types["initiators"].value_type)
    rows = table.to_pylist()
    if what == "stories":
        (story,) = rows
        assert story["date_start"] == dt.date(2017, 4, 4) and story["fatalities_best"] == 70
        assert len(story["report_ids"]) == 2
        return
    claim_type = types["claims"].value_type
    assert pa.types.is_struct(claim_type) and claim_type.field("value").type == pa.float64()
    by_id = {r["id"]: r for r in _jsonl(store, tmp_path)}
    for row in rows:
        ev = by_id[row["id"]]["event"]
        assert row["claims"] == [
            {
                k: c.get(k)
                for k in ("what", "value", "low", "high", "qualifier", "source", "actor", "stance", "text")
            }
            for c in ev["claims"]
        ]
        start = ev["date"]["start"]
        assert row["date_start"] == (dt.date.fromisoformat(start) if start else None)
    assert any(r["claims"] for r in rows)


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
    (row,) = list(csv.DictReader(out.open(newline="", encoding="utf-8-sig")))
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


# --- ACLED: the 31 columns and their vocabularies --------------------------------------------------

#: ACLED's export columns in ACLED's order (ACLED Codebook).
ACLED_HEADER = (
    "event_id_cnty event_date year time_precision disorder_type event_type sub_event_type actor1 "
    "assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region country "
    "admin1 admin2 admin3 location latitude longitude geo_precision source source_scale notes fatalities "
    "tags timestamp"
).split()
_SCALES = ("Local partner", "Other", "New media", "Subnational", "National", "Regional", "International")
#: The values each coded column may hold (empty is allowed only where the table has None).
ACLED_VOCABULARY: dict[str, set] = {
    "time_precision": {1, 2, 3},
    "disorder_type": {
        "Political violence",
        "Demonstrations",
        "Strategic developments",
        "Political violence; Demonstrations",
    },
    "event_type": {
        "Battles",
        "Explosions/Remote violence",
        "Violence against civilians",
        "Protests",
        "Riots",
        "Strategic developments",
    },
    "sub_event_type": {
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
        "Violent demonstration",
        "Mob violence",
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    },
    "inter1": {1, 2, 3, 4, 5, 6, 7, 8, None},
    "inter2": {1, 2, 3, 4, 5, 6, 7, 8, None},
    "interaction": {10 * a + b for a in range(1, 9) for b in range(a, 9)}
    | {10 * a for a in range(1, 9)}
    | {None},
    "civilian_targeting": {"Civilian targeting", None},
    "region": {
        "Western Africa",
        "Middle Africa",
        "Eastern Africa",
        "Southern Africa",
        "Northern Africa",
        "South Asia",
        "Southeast Asia",
        "East Asia",
        "Middle East",
        "Europe",
        "Caucasus and Central Asia",
        "Central America",
        "South America",
        "Caribbean",
        "North America",
        "Oceania",
        "Antarctica",
        None,
    },
    "geo_precision": {1, 2, 3, None},
    "source_scale": set(_SCALES)
    | {f"{a}-{b}" for i, a in enumerate(_SCALES) for b in _SCALES[i + 1 :]}
    | {None},
    "admin2": {None},
    "admin3": {None},
    "tags": {None},
}


def _acled(store, tmp_path, what="reports", **filters):
    import pandas as pd

    out = tmp_path / f"{what}-{len(filters)}.acled.csv"
    n = export(store, "acled", what, ExportFilters(**filters), out)
    frame = pd.read_csv(out, keep_default_na=False, na_values=[""])
    assert len(frame) == n
    return frame


def _value(v):  # noqa: ANN001, ANN202
    import math

    if isinstance(v, float) and math.isnan(v):
        return None
    return int(v) if isinstance(v, float) and v.is_integer() else v


@pytest.mark.parametrize("what", ["reports", "stories"])
def test_export_acled_header_and_vocabularies(store, tmp_path, what: str) -> None:
    import re

    frame = _acled(store, tmp_path, what)
    assert list(frame.columns) == ACLED_HEADER == list(ACLED_COLUMNS)
    assert len(frame) > 0
    for column, allowed in ACLED_VOCABULARY.items():
        got = {_value(v) for v in frame[column]}
        assert got <= allowed, (column, got - allowed)
    for row in frame.to_dict("records"):
        row = {k: _value(v) for k, v in row.items()}
        assert re.fullmatch(r"[A-Z]{3}\d+", row["event_id_cnty"]), row["event_id_cnty"]
        assert row["year"] == int(row["event_date"][:4])  # undated events are left out
        assert isinstance(row["iso"], int) and row["country"] and row["region"]
        assert isinstance(row["fatalities"], int) and row["fatalities"] >= 0
        assert isinstance(row["timestamp"], int) and row["timestamp"] > 1_500_000_000
        assert row["source"] and row["source"] == row["source"].strip()
        if row["inter1"] and row["inter2"]:
            assert row["interaction"] == 10 * min(row["inter1"], row["inter2"]) + max(
                row["inter1"], row["inter2"]
            )
        assert (row["interaction"] is None) == (row["inter1"] is None)
    assert "Syria" in set(frame["country"]) and "Middle East" in set(frame["region"])
    assert 760 in set(frame["iso"])


def test_export_acled_ids_stable_and_defaults(store, tmp_path) -> None:
    first = _acled(store, tmp_path)
    again = _acled(store, tmp_path, since=dt.date(2000, 1, 1))
    assert list(first["event_id_cnty"]) == list(again["event_id_cnty"])  # a re-export gives the same ids
    assert first["event_id_cnty"].is_unique
    everything = _acled(store, tmp_path, include_background=True, include_undated=True)
    with_background = _acled(store, tmp_path, include_background=True)
    with_undated = _acled(store, tmp_path, include_undated=True)
    records = _jsonl(store, tmp_path)
    e = s.events.c
    with store.engine.connect() as conn:  # the fixture changed the table's columns, not the records
        background = conn.execute(select(func.count()).where(e.background.is_(True))).scalar_one()
        undated = conn.execute(select(func.count()).where(s.events.c.date_start.is_(None))).scalar_one()
        both = conn.execute(
            select(func.count()).where(s.events.c.date_start.is_(None), s.events.c.background.is_(True))
        ).scalar_one()
    assert background >= 1 and undated >= 1
    assert len(everything) == len(records)
    assert len(first) == len(records) - background - undated + both
    assert len(with_background) == len(records) - undated
    assert len(with_undated) == len(records) - background
    assert set(first["event_id_cnty"]) < set(everything["event_id_cnty"])


def test_export_acled_notes_source_names_and_accents(store, tmp_path) -> None:
    frame = _acled(store, tmp_path, include_background=True)
    by_id = {r["id"]: r for r in _jsonl(store, tmp_path)}
    from wardesk.export.acled import event_id_cnty

    by_acled = {
        event_id_cnty((r["event"]["locations"] or [{}])[0].get("country"), i): r for i, r in by_id.items()
    }
    for row in frame.to_dict("records"):
        report = by_acled[row["event_id_cnty"]]
        if isinstance(row["notes"], str) and report["evidence_text"]:
            assert row["notes"] in report["evidence_text"]  # one sentence of the evidence
    sources = " ".join(frame["source"])
    assert ACCENTED_SOURCE in sources  # an outlet the table lacks is printed as given, accents intact
    assert "nna" not in frame["source"].str.lower().str.split("; ").explode().tolist()  # codes become names


# --- ACLED coding of single events: table-driven, hand-made records ------------------------------


def _event(**kw):  # noqa: ANN003, ANN202
    base = {
        "event_type": "air_strike",
        "date": {"start": "2019-05-02", "end": "2019-05-02", "precision": "day"},
        "locations": [
            {
                "name": "Maarat",
                "admin1": "Idlib",
                "country": "SY",
                "lat": 35.6,
                "lon": 36.7,
                "precision": "exact",
            }
        ],
        "initiators": [],
        "targets": [],
        "sources": [],
        "fatalities": {"best": 4},
        "evidence": [],
    }
    base.update(kw)
    return {
        "id": "a1:0",
        "outlet": kw.pop("outlet", "sana"),
        "title": "t",
        "ingested_at": None,
        "event": base,
    }


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (
            _event(
                initiators=[{"name": "Syrian army", "type": "state_forces"}],
                targets=[{"name": "Civilians", "type": "civilians"}],
            ),
            {"inter1": 1, "inter2": 7, "interaction": 17, "civilian_targeting": "Civilian targeting"},
        ),
        (
            _event(initiators=[{"name": "Russia", "type": "state_forces"}]),  # a foreign state's forces
            {"inter1": 8, "inter2": None, "interaction": 80, "civilian_targeting": None},
        ),
        (
            _event(
                event_type="armed_clash",
                initiators=[{"name": "Hayat Tahrir al-Sham", "type": "rebel_group"}],
                targets=[{"name": "Syrian army", "type": "state_forces"}],
            ),
            {"inter1": 2, "inter2": 1, "interaction": 12, "sub_event_type": "Armed clash"},
        ),
        (
            _event(
                event_type="territory_change", initiators=[{"name": "Syrian army", "type": "state_forces"}]
            ),
            {"sub_event_type": "Government regains territory", "event_type": "Battles"},
        ),
        (
            _event(event_type="abduction", initiators=[{"name": "gunmen", "type": "unknown"}]),
            {"inter1": None, "interaction": None, "civilian_targeting": "Civilian targeting"},
        ),
        (
            _event(date={"start": "2019-05-01", "end": "2019-05-31", "precision": "month"}),
            {"time_precision": 3, "year": 2019, "event_date": "2019-05-01"},
        ),
        (
            _event(fatalities={}),  # no toll reported: ACLED codes 0
            {"fatalities": 0, "country": "Syria", "iso": 760, "region": "Middle East", "geo_precision": 1},
        ),
    ],
)
def test_export_acled_codes_one_event(event, expected) -> None:  # noqa: ANN001
    from wardesk.export.acled import acled_report

    row = acled_report(event)
    assert {k: row[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("outlet", "country", "sources", "source", "scale"),
    [
        ("sana", "SY", [], "SANA", "National"),
        ("jordantimes", "SY", [], "The Jordan Times", "Regional"),  # a Jordanian paper on Syria
        ("ahram", "LY", [], "Al-Ahram", "Regional"),  # an Egyptian paper on Libya
        ("www.reuters.com", "SY", [], "Reuters", "International"),
        ("jordantimes", "UA", [], "The Jordan Times", "International"),
        (
            "sana",
            "SY",
            [{"name": "SOHR", "organization": "Syrian Observatory for Human Rights", "verb": "said"}],
            "SANA; Syrian Observatory for Human Rights",
            "Other-National",
        ),
        ("Some Weekly", "SY", [], "Some Weekly", None),  # unknown: printed as given, scale unknown
    ],
)
def test_export_acled_source_names_and_scales(outlet, country, sources, source, scale) -> None:  # noqa: ANN001
    from wardesk.export.acled import acled_report

    loc = {"name": "X", "country": country, "precision": "exact"}
    row = acled_report(_event(outlet=outlet, sources=sources, locations=[loc]))
    assert (row["source"], row["source_scale"]) == (source, scale)


# --- CSV in pandas and Excel, the workbook in openpyxl ---------------------------------------------


def test_export_csv_has_bom_and_reads_in_pandas(store, tmp_path) -> None:
    import pandas as pd

    out = tmp_path / "r.csv"
    n = export(store, "csv", "reports", EVERYTHING, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # what Excel needs to read UTF-8
    frame = pd.read_csv(out)
    assert len(frame) == n and frame.columns[0] == "id"  # pandas reads the BOM as a BOM
    assert ACCENTED_SOURCE in set(frame["outlet"])
    export(store, "csv", "reports", EVERYTHING, out, bom=False)
    assert out.read_bytes().startswith(b"id,")


def test_export_xlsx_sheets_read_back_in_openpyxl(store, tmp_path) -> None:
    import openpyxl

    out = tmp_path / "r.xlsx"
    n = export(store, "xlsx", "reports", EVERYTHING, out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["events", "claims", "stories"]

    def rows(name):  # noqa: ANN001, ANN202
        values = list(wb[name].iter_rows(values_only=True))
        return [dict(zip(values[0], v, strict=True)) for v in values[1:]]

    events, claims, stories = rows("events"), rows("claims"), rows("stories")
    reports = _jsonl(store, tmp_path)
    assert len(events) == n == len(reports)
    assert ACCENTED_SOURCE in {e["outlet"] for e in events}
    evil = [c for c in wb["events"]["D"] if c.value == EVIL_SOURCE]  # the outlet column
    assert evil and all(c.data_type == "s" for c in evil)  # kept as text, never a formula
    assert len(claims) == sum(len(r["event"]["claims"]) for r in reports) > 0
    assert {c["event_id"] for c in claims} <= {e["id"] for e in events}
    # a figure has a value; a claim of responsibility names its party and the source's stance
    assert all(c["what"] and (c["value"] is not None or (c["actor"] and c["stance"])) for c in claims)
    assert [s["id"] for s in stories] == ["s-test"]
    dated = [e for e in events if e["date_start"] is not None]
    assert dated and all(isinstance(e["date_start"], dt.datetime | dt.date) for e in dated)


# --- filters from what users type --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "field", "value"),
    [
        ({"country": "Syria"}, "country", "SY"),
        ({"country": "syr"}, "country", "SY"),
        ({"country": "Turkey"}, "country", "TR"),
        ({"country": "Türkiye"}, "country", "TR"),
        ({"types": "air_strike, battles"}, "event_type", ("air_strike", "battles")),
        ({"types": ["air_strike", "battles"]}, "event_type", ("air_strike", "battles")),
        ({"since": "2017-01-01"}, "since", dt.date(2017, 1, 1)),
        ({"actor": "  ISIS "}, "actor", "ISIS"),
        ({}, "include_background", False),
        ({}, "include_undated", None),
    ],
)
def test_export_build_filters_reads_what_users_type(kwargs, field, value) -> None:  # noqa: ANN001
    from wardesk.export import build_filters

    assert getattr(build_filters(**kwargs), field) == value


@pytest.mark.parametrize(
    ("kwargs", "param", "words"),
    [
        ({"country": "Siria"}, "country", "SY (Syria)"),
        ({"country": "Atlantis"}, "country", "not a country"),
        ({"types": "bombing"}, "type", "air_strike"),
        ({"since": "yesterday"}, "since", "YYYY-MM-DD"),
        ({"since": "2017-02-01", "until": "2017-01-01"}, "since", "swap"),
        ({"bbox": "1,2,3"}, "bbox", "W,S,E,N"),
    ],
)
def test_export_build_filters_refuses_with_the_valid_values(kwargs, param, words) -> None:  # noqa: ANN001
    from wardesk.errors import FilterError
    from wardesk.export import build_filters

    with pytest.raises(FilterError) as info:
        build_filters(**kwargs)
    assert info.value.param == param and words in info.value.message


def test_export_actor_alias_finds_the_canonical_actor(store, tmp_path) -> None:
    from wardesk.export.resolve import actor_names

    assert actor_names("ISIS")[0] == "Islamic State" and actor_names("Daesh")[0] == "Islamic State"
    # rename one stored actor to the canonical name, then ask for it by an alias
    with store.engine.begin() as conn:
        first = conn.execute(select(s.event_actors.c.event_id, s.event_actors.c.name).limit(1)).first()
        conn.execute(
            update(s.event_actors).where(s.event_actors.c.event_id == first[0]).values(name="Islamic State")
        )
    try:
        got = {r["id"] for r in _jsonl(store, tmp_path, actor="daesh")}
        with store.engine.connect() as conn:
            named = set(
                conn.execute(
                    select(s.event_actors.c.event_id).where(s.event_actors.c.name == "Islamic State")
                ).scalars()
            )
        assert first[0] in got and got == named
    finally:
        with store.engine.begin() as conn:
            conn.execute(
                update(s.event_actors)
                .where(s.event_actors.c.event_id == first[0], s.event_actors.c.name == "Islamic State")
                .values(name=first[1])
            )


# --- the command line validates the same way ---------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["--country", "Siria"], 2, "SY (Syria)"),
        (["--type", "bombing"], 2, "air_strike"),
        (["--since", "last week"], 2, "--since"),
        (["--country", "Syria", "-f", "acled"], 0, "exported"),
        (["--actor", "ISIS", "-f", "csv"], 0, "exported"),
    ],
)
def test_export_cli_validates_like_the_api(store, tmp_path, args, code, words) -> None:  # noqa: ANN001
    from typer.testing import CliRunner

    from wardesk.cli import app

    res = CliRunner().invoke(app, ["export", "--db", store.url, "-o", str(tmp_path / "out"), *args])
    assert res.exit_code == code, res.output
    assert words in " ".join(res.output.split())


def test_export_cli_background_and_undated_flags(store, tmp_path) -> None:
    from typer.testing import CliRunner

    from wardesk.cli import app

    def count(*flags: str) -> int:
        out = tmp_path / "n.csv"
        res = CliRunner().invoke(app, ["export", "--db", store.url, "-f", "acled", "-o", str(out), *flags])
        assert res.exit_code == 0, res.output
        return len(out.read_text(encoding="utf-8-sig").splitlines()) - 1

    plain = count()
    assert count("--include-background") > plain and count("--include-undated") > plain
    assert count("--include-background", "--include-undated") == len(_jsonl(store, tmp_path))
