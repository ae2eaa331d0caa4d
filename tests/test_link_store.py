"""link_events over a real SQLite store: events join stories, reruns change nothing, stories grow."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from wardesk.flows.link import link_events
from wardesk.record import Actor, Article, ArticleEvents, Count, DateSpan, Event, Evidence, Location
from wardesk.store import Store
from wardesk.store import rows as r
from wardesk.store import schema as s

D = dt.date(2016, 7, 5)
ALEPPO = Location(name="Aleppo", admin1="Aleppo", country="SY", lat=36.2021, lon=37.1343)
HAMA = Location(name="Hama", admin1="Hama", country="SY", lat=35.1318, lon=36.7578)
TEXT = "A car bomb exploded near a bakery in {place} on Tuesday, killing 16 civilians, activists said."


def _event(place: Location, text: str) -> Event:
    return Event(
        event_type="remote_explosive",
        date=DateSpan(start=D, end=D, precision="day"),
        locations=[place],
        targets=[Actor(name="Civilians")],
        weapons=["car bomb"],
        fatalities=Count(low=16, best=16),
        evidence=[Evidence(start=0, end=len(text))],
    )


def _add(store: Store, aid: str, outlet: str, place: Location, near_dup_of: str | None = None) -> None:
    text = TEXT.format(place=place.name)
    art = Article(id=aid, source=outlet, text=text, published=D.isoformat())
    out = ArticleEvents(article_id=aid, published=D, events=[_event(place, text)])
    row = r.article_row(
        art,
        content_hash=aid,
        near_dup_of=near_dup_of,
        similarity=None,
        published=D,
        published_from="input",
        now=dt.datetime.now(dt.timezone.utc),
    )
    with store.engine.begin() as conn:
        Store.insert_article(conn, row, [], r.event_rows(out))


def _stories(store: Store) -> dict[str, list[str]]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(s.events.c.id, s.events.c.story_id)).all()
    return {eid: sid for eid, sid in rows}


@pytest.fixture
def store(tmp_path):
    st = Store(str(tmp_path / "link.db"))
    yield st
    st.close()


def test_link_store_links_and_grows(store: Store) -> None:
    _add(store, "a1", "Reuters", ALEPPO)
    _add(store, "a2", "AFP", HAMA)
    link_events(store.engine, ["a1", "a2"])
    first = _stories(store)
    assert first["a1:0"] and first["a2:0"] and first["a1:0"] != first["a2:0"]
    # a later article about the Aleppo bombing joins its story; a wire copy joins without corroborating
    _add(store, "a3", "SANA", ALEPPO)
    _add(store, "a4", "Yahoo", ALEPPO, near_dup_of="a1")
    link_events(store.engine, ["a3", "a4"])
    after = _stories(store)
    assert after["a3:0"] == after["a4:0"] == first["a1:0"]
    with store.engine.connect() as conn:
        row = conn.execute(select(s.stories).where(s.stories.c.id == first["a1:0"])).one()
    assert row.corroboration == 2
    assert row.reconciled["report_ids"] == ["a1:0", "a3:0", "a4:0"]
    assert row.reconciled["fatalities"]["best"] == 16
    # a rerun changes nothing
    link_events(store.engine, ["a1", "a2", "a3", "a4"])
    assert _stories(store) == after


def test_link_store_stats_count_a_story_once(tmp_path) -> None:
    from fastapi.testclient import TestClient

    from wardesk.api import create_app

    db = str(tmp_path / "stats.db")
    store = Store(db)
    try:
        _add(store, "a1", "Reuters", ALEPPO)
        _add(store, "a2", "AFP", ALEPPO)
        _add(store, "h1", "SANA", HAMA)
        link_events(store.engine, ["a1", "a2", "h1"])
    finally:
        store.close()
    with TestClient(create_app(db), base_url="http://localhost") as client:
        st = client.get("/api/stats").json()
    assert (st["total_events"], st["total_fatalities"]) == (3, 48)
    assert (st["distinct_events"], st["distinct_fatalities"]) == (2, 32)
