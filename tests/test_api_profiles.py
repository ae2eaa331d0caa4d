"""The endpoints behind the actor and place pages, the map's town labels and the timeline's story-once
fatality line, over real databases: the FA-KES demo and our own desk articles (one strike, two outlets)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from store_helpers import write_jsonl
from test_api_fixtures import demo_db  # noqa: F401 - the session fixture
from wardesk.api import create_app
from web_articles import records

_desk: dict[str, str] = {}


def build_desk_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite database of tests/web_articles.py, ingested and linked once per session."""
    if "db" not in _desk:
        from wardesk.flows.ingest import Ingester
        from wardesk.store import Store

        folder: Path = tmp_path_factory.mktemp("desk-db")
        src = write_jsonl(folder / "desk.jsonl", records())
        db = str(folder / "desk.db")
        with Store(db) as store:
            Ingester(store).run([str(src)])
        _desk["db"] = db
    return _desk["db"]


@pytest.fixture(scope="module")
def client(demo_db: str) -> TestClient:  # noqa: F811
    with TestClient(create_app(demo_db), raise_server_exceptions=False, base_url="http://localhost") as c:
        yield c


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    with TestClient(
        create_app(build_desk_db(tmp_path_factory)),
        raise_server_exceptions=False,
        base_url="http://localhost",
    ) as c:
        yield c


def test_api_profiles_actor_counts_match_the_event_filter(client: TestClient) -> None:
    events = client.get("/api/events", params={"actor": "Islamic State", "limit": 500}).json()
    prof = client.get("/api/actors/Islamic State").json()
    assert prof["subject"] == {"kind": "actor", "name": "Islamic State"}
    assert prof["reports"] == events["total"] >= 1
    assert sum(m["events"] for m in prof["per_month"]) <= prof["events"] <= prof["reports"]
    assert sum(t["events"] for t in prof["types"]) == prof["events"]
    assert {s["event_id"] for s in prof["stories"]} <= {e["id"] for e in events["items"]}
    assert prof["first_date"] <= prof["last_date"]


def test_api_profiles_place_page_narrows_to_town(client: TestClient) -> None:
    province = client.get("/api/places/SY/Aleppo").json()
    town = client.get("/api/places/SY/Aleppo", params={"location": "Aleppo"}).json()
    assert province["subject"]["admin1"] == "Aleppo" and town["subject"]["location"] == "Aleppo"
    assert 1 <= town["events"] <= province["events"]
    assert all(p["admin1"] == "Aleppo" for p in province["places"])
    assert {p["location"] for p in town["places"]} == {"Aleppo"}
    country = client.get("/api/places/SY").json()
    assert country["events"] >= province["events"]


def test_api_profiles_date_filter_applies(client: TestClient) -> None:
    whole = client.get("/api/places/SY").json()
    part = client.get("/api/places/SY", params={"since": "2016-01-01"}).json()
    assert part["events"] < whole["events"]
    assert all(m["month"] >= "2016-01-01" for m in part["per_month"])


@pytest.mark.parametrize("path", ["/api/actors/Nobody At All", "/api/places/SY/Atlantis", "/api/places/ZZ"])
def test_api_profiles_unknown_subject_is_404(client: TestClient, path: str) -> None:
    resp = client.get(path)
    assert resp.status_code == 404


def test_api_profiles_count_a_story_once(desk: TestClient) -> None:
    prof = desk.get("/api/places/SY/Idlib").json()
    assert prof["reports"] == 2 and prof["events"] == 1  # two outlets, one strike
    assert prof["fatalities"] == 31  # the larger toll, once; not 23 + 31
    (story,) = prof["stories"]
    assert story["reports"] == 2 and set(story["outlets"]) == {"Reuters", "Al Jazeera"}
    names = {(a["name"], a["role"]) for a in prof["actors"]}
    assert ("Civilians", "target") in names


def test_api_stats_fatality_line_counts_a_story_once(desk: TestClient) -> None:
    st = desk.get("/api/stats", params={"bucket": "month"}).json()
    march = next(p for p in st["fatality_series"] if p["period"] == "2016-03-01")
    assert (march["fatalities"], march["reported"], march["stories"]) == (31, 54, 1)
    assert sum(p["fatalities"] for p in st["fatality_series"]) == st["distinct_fatalities"]
    assert sum(p["reported"] for p in st["fatality_series"]) == st["total_fatalities"]
    assert all(s["period"].endswith("-01") for s in st["series"])


@pytest.mark.parametrize(
    ("bbox", "inside", "outside"),
    [
        ("35.5,32.3,42.4,37.4", "Aleppo", "London"),  # Syria
        ("-1,51,1,52", "London", "Aleppo"),
        ("170,-48,-170,-34", "Auckland", "Aleppo"),  # across the antimeridian
    ],
)
def test_api_place_labels_are_the_largest_towns_in_the_box(
    client: TestClient, bbox: str, inside: str, outside: str
) -> None:
    items = client.get("/api/places/labels", params={"bbox": bbox, "limit": 30}).json()["items"]
    names = [p["name"] for p in items]
    assert inside in names and outside not in names
    pops = [p["population"] for p in items]
    assert pops == sorted(pops, reverse=True)


@pytest.mark.parametrize("bbox", ["1,2,3", "0,50,10,40", "a,b,c,d", "", ",,,,,,,"])
def test_api_place_labels_bad_box_is_400(client: TestClient, bbox: str) -> None:
    assert client.get("/api/places/labels", params={"bbox": bbox}).status_code == 400


@pytest.mark.parametrize(
    ("typed", "stored"), [("National News Agency", "nna"), ("nna", "nna"), ("NNA-leb", "nna")]
)
def test_api_outlet_filter_takes_the_name_people_know(client: TestClient, typed: str, stored: str) -> None:
    by_code = client.get("/api/events", params={"outlet": stored, "limit": 500}).json()
    typed_page = client.get("/api/events", params={"outlet": typed, "limit": 500}).json()
    assert typed_page["total"] == by_code["total"] >= 1
    assert {e["outlet_name"] for e in typed_page["items"]} == {"National News Agency"}


def test_api_events_carry_outlet_names(client: TestClient) -> None:
    items = client.get("/api/events", params={"limit": 500}).json()["items"]
    names = {e["outlet"]: e["outlet_name"] for e in items}
    assert names["alaraby"] == "Al-Araby Al-Jadeed" and names["nna"] == "National News Agency"
