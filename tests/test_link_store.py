"""link_events over a real SQLite store: events join stories, reruns change nothing, stories grow."""

from __future__ import annotations

import datetime as dt
import json

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
    _insert(store, aid, outlet, text, [_event(place, text)], near_dup_of)


def _insert(
    store: Store,
    aid: str,
    outlet: str,
    text: str,
    events: list,
    near_dup_of: str | None = None,
    published: dt.date = D,
) -> None:
    """Store one article of ``outlet`` published on ``published`` (D) with its events, as ingest does."""
    art = Article(id=aid, source=outlet, text=text, published=published.isoformat())
    out = ArticleEvents(article_id=aid, published=published, events=events)
    row = r.article_row(
        art,
        content_hash=aid,
        near_dup_of=near_dup_of,
        similarity=None,
        published=published,
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


def _members(store: Store) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for eid, sid in _stories(store).items():
        groups.setdefault(sid, []).append(eid)
    return sorted(sorted(g) for g in groups.values())


@pytest.mark.parametrize("order", [["a1", "a2", "a3", "h1", "h2"], ["h2", "a3", "h1", "a2", "a1"]])
def test_link_store_order_of_arrival_does_not_matter(tmp_path, order: list[str]) -> None:
    """Articles linked one at a time, in two orders, give the stories of linking them all at once."""
    with Store(str(tmp_path / "o.db")) as store:
        for aid, outlet, place in [
            ("a1", "Reuters", ALEPPO),
            ("a2", "AFP", ALEPPO),
            ("a3", "SANA", ALEPPO),
            ("h1", "TASS", HAMA),
            ("h2", "Anadolu", HAMA),
        ]:
            _add(store, aid, outlet, place)
        for aid in order:
            link_events(store.engine, [aid])
        assert _members(store) == [["a1:0", "a2:0", "a3:0"], ["h1:0", "h2:0"]]


@pytest.mark.parametrize("order", [["a1", "c1"], ["c1", "a1"]])
def test_link_store_an_undated_copy_joins_its_original_whichever_comes_first(
    tmp_path, order: list[str]
) -> None:
    """A wire copy whose own reading found no date, and whose outlet gave no publication date,
    rides with its original: also when it was stored and linked before the original arrived."""
    with Store(str(tmp_path / "c.db")) as store:
        _add(store, "a1", "Reuters", ALEPPO)
        text = TEXT.format(place="Aleppo")
        undated = _event(ALEPPO, text).model_copy(update={"date": DateSpan()})
        art = Article(id="c1", source="Yahoo", text=text)
        out = ArticleEvents(article_id="c1", published=None, events=[undated])
        row = r.article_row(
            art,
            content_hash="c1",
            near_dup_of="a1",
            similarity=None,
            published=None,
            published_from="none",
            now=dt.datetime.now(dt.timezone.utc),
        )
        with store.engine.begin() as conn:
            Store.insert_article(conn, row, [], r.event_rows(out))
        for aid in order:
            link_events(store.engine, [aid])
        assert _members(store) == [["a1:0", "c1:0"]]


def test_link_store_malformed_claim_is_dropped_not_the_story(store: Store) -> None:
    """An imported record with a claim the model refuses: a clear message, the event still links."""
    from sqlalchemy import update

    _add(store, "a1", "Reuters", ALEPPO)
    _add(store, "a2", "AFP", ALEPPO)
    with store.engine.begin() as conn:
        rec = conn.execute(select(s.events.c.record).where(s.events.c.id == "a2:0")).scalar_one()
        rec = {**rec, "claims": [*rec["claims"], {"what": "responsibility", "stance": "accuses"}]}
        conn.execute(update(s.events).where(s.events.c.id == "a2:0").values(record=rec))
    run = link_events(store.engine, ["a1", "a2"])
    assert any("a2:0: claim 0 dropped" in m and "actor" in m for m in run.messages), run.messages
    assert _members(store) == [["a1:0", "a2:0"]]


def test_link_store_malformed_record_leaves_its_story_alone(store: Store) -> None:
    """A stored record broken beyond its claims: its story is kept as it is, the others still link."""
    from sqlalchemy import update

    _add(store, "a1", "Reuters", ALEPPO)
    _add(store, "a2", "AFP", ALEPPO)
    link_events(store.engine, ["a1", "a2"])
    with store.engine.begin() as conn:
        conn.execute(update(s.events).where(s.events.c.id == "a2:0").values(record={"event_type": "volcano"}))
    _add(store, "a3", "SANA", ALEPPO)
    run = link_events(store.engine, ["a3"])
    assert any("a2:0" in m and "malformed" in m for m in run.messages), run.messages
    before = _members(store)
    assert ["a1:0", "a2:0"] in before and ["a3:0"] in before


def test_link_store_story_whose_article_was_deleted(store: Store) -> None:
    """A story that lost a report with its article keeps its id and the reports left; one that lost all goes."""
    from sqlalchemy import delete

    from wardesk.flows.link import repair_stories

    _add(store, "a1", "Reuters", ALEPPO)
    _add(store, "a2", "AFP", ALEPPO)
    _add(store, "a3", "SANA", ALEPPO)
    _add(store, "h1", "TASS", HAMA)
    link_events(store.engine, ["a1", "a2", "a3", "h1"])
    sid = _stories(store)["a1:0"]
    lone = _stories(store)["h1:0"]
    with store.engine.begin() as conn:
        conn.execute(delete(s.articles).where(s.articles.c.id.in_(["a2", "h1"])))
    run = repair_stories(store.engine)
    assert any(sid in m and "reconciled again" in m for m in run.messages)
    assert any(lone in m and "removed" in m for m in run.messages)
    with store.engine.connect() as conn:
        row = conn.execute(select(s.stories).where(s.stories.c.id == sid)).one()
        ids = set(conn.execute(select(s.stories.c.id)).scalars())
    assert row.reconciled["report_ids"] == ["a1:0", "a3:0"] and row.corroboration == 2
    assert lone not in ids
    # linking goes on around the repaired story
    _add(store, "a4", "Anadolu", ALEPPO)
    link_events(store.engine, ["a4"])
    assert _stories(store)["a4:0"] == sid


def test_link_store_report_without_date_or_place_gets_a_story(store: Store) -> None:
    """Bad input: an event with neither date nor place (and no publication date) is kept, alone."""
    text = "Something happened somewhere, a source said."
    art = Article(id="x1", source="Nowhere News", text=text)
    ev = Event(event_type="other", evidence=[Evidence(start=0, end=len(text))])
    row = r.article_row(
        art,
        content_hash="x1",
        near_dup_of=None,
        similarity=None,
        published=None,
        published_from="none",
        now=dt.datetime.now(dt.timezone.utc),
    )
    with store.engine.begin() as conn:
        Store.insert_article(conn, row, [], r.event_rows(ArticleEvents(article_id="x1", events=[ev])))
    _add(store, "a1", "Reuters", ALEPPO)
    link_events(store.engine, ["x1", "a1"])
    stories = _stories(store)
    assert stories["x1:0"] and stories["x1:0"] != stories["a1:0"]


def test_link_store_story_api_and_export_show_who_says_what_first(tmp_path) -> None:
    """/api/stories/{id} and the story export: one row per source (figure, outlet, date, sentence) before the reports."""
    from fastapi.testclient import TestClient

    from wardesk.api import create_app
    from wardesk.export import export
    from wardesk.export.filters import ExportFilters

    db = str(tmp_path / "api.db")
    with Store(db) as store:
        _add(store, "a1", "Reuters", ALEPPO)
        _add(store, "a2", "AFP", ALEPPO)
        link_events(store.engine, ["a1", "a2"])
        sid = _stories(store)["a1:0"]
        out = tmp_path / "stories.jsonl"
        export(store, "jsonl", "stories", ExportFilters(), out)
    with TestClient(create_app(db), base_url="http://localhost") as client:
        resp = client.get(f"/api/stories/{sid}")
    assert resp.status_code == 200
    body = resp.json()
    assert resp.text.index('"sources"') < resp.text.index('"reports"')
    rows = body["sources"]
    assert [(r["outlet"], r["killed"]) for r in rows] == [("AFP", 16), ("Reuters", 16)]
    text = TEXT.format(place="Aleppo")
    assert all(text[r["sentence_start"] : r["sentence_end"]] == r["sentence"] == text for r in rows)
    (line,) = [json.loads(x) for x in out.read_text().splitlines() if sid in x]
    assert [r["outlet"] for r in line["sources"]] == ["AFP", "Reuters"]


def _add_told_twice(store: Store) -> None:
    """Reuters tells the bombing twice: the lead, and a paragraph where the army blames the rebels."""
    from wardesk.record import Claim

    text = TEXT.format(place="Aleppo")
    lead = _event(ALEPPO, text)
    blamed = lead.model_copy(
        update={"claims": [Claim(what="responsibility", actor="Rebels", stance="accuses", source="the army")]}
    )
    art = Article(id="a1", source="Reuters", text=text, published=D.isoformat())
    out = ArticleEvents(article_id="a1", published=D, events=[lead, blamed])
    row = r.article_row(
        art,
        content_hash="a1",
        near_dup_of=None,
        similarity=None,
        published=D,
        published_from="input",
        now=dt.datetime.now(dt.timezone.utc),
    )
    with store.engine.begin() as conn:
        Store.insert_article(conn, row, [], r.event_rows(out))


def _army_rows(rec: dict) -> list[tuple[str, str, list[str]]]:
    return [(x["report_id"], x["who"], x["accuses"]) for x in rec["sources"] if x["who"] == "the army"]


def test_link_store_story_api_shows_the_rows_of_an_articles_second_reading(tmp_path) -> None:
    """The story links Reuters' lead; /api/stories/{id} still shows the army's accusation as a Reuters row,
    and so does the story reconciled again after another outlet's article was deleted."""
    from fastapi.testclient import TestClient
    from sqlalchemy import delete

    from wardesk.api import create_app
    from wardesk.flows.link import repair_stories

    db = str(tmp_path / "api.db")
    with Store(db) as store:
        _add_told_twice(store)
        _add(store, "a2", "AFP", ALEPPO)
        _add(store, "a3", "SANA", ALEPPO)
        link_events(store.engine, ["a1", "a2", "a3"])
        got = _stories(store)
    assert got["a1:0"] == got["a2:0"] == got["a3:0"] != got["a1:1"]
    sid = got["a1:0"]
    with TestClient(create_app(db), base_url="http://localhost") as client:
        body = client.get(f"/api/stories/{sid}").json()
    assert _army_rows(body) == [("a1:1", "the army", ["Rebels"])]
    with Store(db) as store:
        with store.engine.begin() as conn:
            conn.execute(delete(s.articles).where(s.articles.c.id == "a2"))
        repair_stories(store.engine)
        with store.engine.connect() as conn:
            rec = conn.execute(select(s.stories.c.reconciled).where(s.stories.c.id == sid)).scalar_one()
    assert rec["report_ids"] == ["a1:0", "a3:0"]
    assert _army_rows(rec) == [("a1:1", "the army", ["Rebels"])]


def _add_with_clash(store: Store, aid: str, outlet: str) -> None:
    """An article that tells the Aleppo bombing and, as its second event, the gunfight at a checkpoint that
    day (another family, three guards dead): a part of the bombing's story."""
    text = TEXT.format(place="Aleppo") + " Three guards died in a gunfight at a checkpoint nearby."
    clash = _event(ALEPPO, text).model_copy(
        update={"event_type": "armed_clash", "weapons": [], "fatalities": Count(low=3, best=3)}
    )
    _insert(store, aid, outlet, text, [_event(ALEPPO, text), clash])


@pytest.mark.parametrize(
    "order", [["p1", "a2", "a3", "h1"], ["h1", "a3", "a2", "p1"], ["a2", "p1", "h1", "a3"]]
)
def test_link_store_a_story_holds_its_parts_in_any_order(tmp_path, order: list[str]) -> None:
    """The article's gunfight joins the bombing's story as a part whatever order the articles arrive in, and
    the stored reconciliation counts the bombing's figures only."""
    with Store(str(tmp_path / "p.db")) as store:
        _add_with_clash(store, "p1", "Reuters")
        for aid, outlet, place in [("a2", "AFP", ALEPPO), ("a3", "SANA", ALEPPO), ("h1", "TASS", HAMA)]:
            _add(store, aid, outlet, place)
        for aid in order:
            link_events(store.engine, [aid])
        assert _members(store) == [["a2:0", "a3:0", "p1:0", "p1:1"], ["h1:0"]]
        sid = _stories(store)["p1:0"]
        with store.engine.connect() as conn:
            rec = conn.execute(select(s.stories.c.reconciled).where(s.stories.c.id == sid)).scalar_one()
    assert rec["report_ids"] == ["a2:0", "a3:0", "p1:0", "p1:1"]
    assert (rec["fatalities"]["low"], rec["fatalities"]["high"]) == (16, 16)
    assert rec["contradictions"] == []


def _raid(text: str, first: dt.date, last: dt.date, dead: int) -> Event:
    """An air strike on Aleppo over the days ``first``-``last`` that killed ``dead``."""
    return _event(ALEPPO, text).model_copy(
        update={
            "event_type": "air_strike",
            "weapons": ["warplanes"],
            "date": DateSpan(start=first, end=last, precision="day"),
            "fatalities": Count(low=dead, best=dead),
        }
    )


def _add_read_twice(store: Store) -> None:
    """Two outlets' articles, published two days on, that each read one raid twice: as a strike on D that
    killed 40, and as strikes over the two days before that killed 6 (the extractor's second reading of
    the same event); and a third article, published earlier, of a 6-dead strike three days before D.

    The third article's strike meets the second readings (a day apart, same toll) but not the first ones,
    and the second readings clash with the other article's first reading (another day, a toll several
    times over): only the articles tie the first readings to the region of the third article.
    """
    text = (
        "Warplanes struck a market in Aleppo on Tuesday, killing 40 people. Raids on the city over the two "
        "days before had killed six, a rescue worker said."
    )
    for aid, outlet in (("r1", "Reuters"), ("r2", "AFP")):
        events = [_raid(text, D, D, 40), _raid(text, D - dt.timedelta(days=2), D - dt.timedelta(days=1), 6)]
        _insert(store, aid, outlet, text, events, published=D + dt.timedelta(days=2))
    early = "Six people died when jets bombed a street of Aleppo early on Saturday, a monitor reported."
    day = D - dt.timedelta(days=3)
    _insert(store, "r3", "SANA", early, [_raid(early, day, day, 6)], published=day)


@pytest.mark.parametrize("batch", [1, 2])
@pytest.mark.parametrize("order", [["r1", "r2", "r3"], ["r3", "r2", "r1"], ["r2", "r3", "r1"]])
def test_link_store_readings_of_one_event_link_once_in_any_order_and_batch(
    tmp_path, order: list[str], batch: int
) -> None:
    """One event read twice by each of two articles links once, by its first readings, whatever the order
    and the batches the articles are linked in: a later article that meets only the second readings does
    not join them into a parallel story (the first readings' story is part of its region)."""
    with Store(str(tmp_path / "t.db")) as store:
        _add_read_twice(store)
        for i in range(0, len(order), batch):
            link_events(store.engine, order[i : i + batch])
        assert _members(store) == [["r1:0", "r2:0"], ["r1:1"], ["r2:1"], ["r3:0"]]
