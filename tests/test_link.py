"""Linking reports into stories and reconciling them: table-driven, no spaCy, events built by hand."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from wardesk.link import Report, Story, link_reports
from wardesk.link.compare import gate, haversine_km
from wardesk.record import Actor, Claim, Count, DateSpan, Event, Location, Source

D = dt.date(2016, 7, 5)
ALEPPO = {
    "name": "Aleppo",
    "admin1": "Aleppo",
    "country": "SY",
    "lat": 36.2021,
    "lon": 37.1343,
    "precision": "exact",
}
AZAZ = {
    "name": "Azaz",
    "admin1": "Aleppo",
    "country": "SY",
    "lat": 36.5866,
    "lon": 37.0463,
    "precision": "exact",
}
ALEPPO_GOV = {"name": "Aleppo Governorate", "admin1": "Aleppo", "country": "SY", "precision": "admin1"}
HAMA = {
    "name": "Hama",
    "admin1": "Hama",
    "country": "SY",
    "lat": 35.1318,
    "lon": 36.7578,
    "precision": "exact",
}
SYRIA = {"name": "Syria", "country": "SY", "lat": 34.92, "lon": 37.07, "precision": "country"}
TEXT_A = "A car bomb exploded near a bakery in the town on Tuesday, killing 16 civilians, activists said."
TEXT_B = "Sixteen civilians were killed when a car bomb exploded outside a bakery on Tuesday, a monitor said."


def ev(
    etype: str = "remote_explosive",
    day: dt.date | None = D,
    end: dt.date | None = None,
    place: dict | None = None,
    killed: int | None = 16,
    initiators: tuple[str, ...] = (),
    targets: tuple[str, ...] = ("Civilians",),
    weapons: tuple[str, ...] = ("car bomb",),
    sources: tuple[tuple[str, str], ...] = (),
    published: dt.date | None = None,
    **kw: object,
) -> Event:
    """An Event from a few keywords (``published``: the date its report's article appeared, default its day)."""
    e = Event(
        event_type=etype,
        date=DateSpan(start=day, end=end or day, precision="day" if day else "unknown"),
        locations=[Location(**(place if place is not None else ALEPPO))] if place != {} else [],
        initiators=[Actor(name=n) for n in initiators],
        targets=[Actor(name=n) for n in targets],
        weapons=list(weapons),
        fatalities=Count(low=killed, best=killed) if killed is not None else Count(),
        claims=[Claim(what="killed", value=killed)] if killed is not None else [],
        sources=[Source(name=n, verb=v) for n, v in sources],
        **kw,
    )
    if published is not None:
        _PUBLISHED[id(e)] = published
    return e


#: Publication dates of events built by ``ev(published=...)`` (the Event record has no such field).
_PUBLISHED: dict[int, dt.date] = {}


def rep(
    rid: str, outlet: str | None, event: Event, article: str | None = None, near_dup_of: str | None = None
) -> Report:
    published = _PUBLISHED.get(id(event), event.date.start)
    return Report(rid, article or "a-" + rid, outlet, published, event, near_dup_of)


def stories_of(stories: list[Story]) -> list[list[str]]:
    return sorted(sorted(s.report_ids) for s in stories)


@pytest.mark.parametrize(
    "a,b,linked",
    [
        # one event in two outlets: same day, town, type, figures
        (ev(), ev(), True),
        # a day of slack ("yesterday" in an article of day D against another article's day D)
        (ev(), ev(day=D - dt.timedelta(days=1), published=D), True),
        # each article dates its event to its own publication day, a day apart: two days' news, two events
        (ev(), ev(day=D - dt.timedelta(days=1)), False),
        # the same with a coarser date on one side (a range ending on its publication day): the slack holds
        (ev(), ev(day=D - dt.timedelta(days=3), end=D - dt.timedelta(days=1)), True),
        # a range that covers the other's day
        (ev(), ev(day=D - dt.timedelta(days=2), end=D), True),
        # admin1-precise in one outlet, the town in that admin1 in the other
        (ev(), ev(place=ALEPPO_GOV), True),
        # same type family (car bomb vs suicide bomb)
        (ev(), ev(etype="suicide_bomb"), True),
        # different towns 45 km apart
        (ev(), ev(place=AZAZ), False),
        # different governorates
        (ev(), ev(place=HAMA), False),
        # different days (more than the slack)
        (ev(), ev(day=D + dt.timedelta(days=3)), False),
        # the next day with a toll over four times as high: another incident, not the same one retold
        (ev(), ev(day=D + dt.timedelta(days=1), killed=70), False),
        # the same day with that toll: one incident whose toll is disputed (a weak pair that still links)
        (ev(), ev(killed=70), True),
        # different families (a bombing and an armed clash) with different figures and actors
        (ev(), ev(etype="armed_clash", killed=4, targets=("Rebels",), weapons=()), False),
    ],
)
def test_link_pairs(a: Event, b: Event, linked: bool) -> None:
    texts = {"1": TEXT_A, "2": TEXT_B}
    stories = link_reports([rep("1", "Reuters", a), rep("2", "AFP", b)], texts=texts)
    assert (len(stories) == 1) is linked


@pytest.mark.parametrize(
    "a,b,texts,linked",
    [
        # undated on one side, published the day after: strong agreement elsewhere links
        (
            ev(initiators=("Islamic State",)),
            ev(day=None, initiators=("Islamic State",), published=D + dt.timedelta(days=1)),
            {"1": TEXT_A, "2": TEXT_A},
            True,
        ),
        # the same, but published a week later: an undated report is about the days before its publication
        (
            ev(initiators=("Islamic State",)),
            ev(day=None, initiators=("Islamic State",), published=D + dt.timedelta(days=7)),
            {"1": TEXT_A, "2": TEXT_A},
            False,
        ),
        # undated and never published (no date at all): it links to nothing
        (
            ev(initiators=("Islamic State",)),
            ev(day=None, initiators=("Islamic State",)),
            {"1": TEXT_A, "2": TEXT_A},
            False,
        ),
        # undated and thin evidence: no link
        (ev(killed=None, weapons=()), ev(day=None, killed=None, weapons=()), {}, False),
        # incident against aggregate (a tally), told in other words with other figures
        (
            ev(),
            ev(kind="aggregate", killed=300),
            {"1": TEXT_A, "2": "The war has killed 300 people in the province."},
            False,
        ),
        # country-precise place and different wording, different figures: no link
        (ev(), ev(place=SYRIA, killed=40), {"1": TEXT_A, "2": "Clashes went on in the north."}, False),
    ],
)
def test_link_weak_grounds(a: Event, b: Event, texts: dict[str, str], linked: bool) -> None:
    stories = link_reports([rep("1", "Reuters", a), rep("2", "AFP", b)], texts=texts)
    assert (len(stories) == 1) is linked


#: A report of the bombing that names no means: "a terrorist attack" typed by the extractor's default.
TEXT_UNTOLD = "The envoy condemned the terrorist attack on Tuesday, saying at least 18 people had died in it."


@pytest.mark.parametrize(
    "filled,linked",
    [
        # the attack on civilians was filled by default (no means named): the type is untold, no family apart
        (True, True),
        # told as a massacre in its own words: another family than the car bomb, a weak pair that fails
        (False, False),
    ],
)
def test_link_filled_type_is_untold(filled: bool, linked: bool) -> None:
    a = ev()
    b = ev(etype="attack_on_civilians", weapons=(), killed=18, targets=(), type_filled=filled)
    stories = link_reports(
        [rep("1", "Reuters", a), rep("2", "AFP", b)], texts={"1": TEXT_A, "2": TEXT_UNTOLD}
    )
    assert (len(stories) == 1) is linked


TEXT_BATTLE = "Heavy fighting raged in the outskirts as insurgents advanced."
TEXT_FIRE = "Four people died when insurgents opened fire on a bus, a monitor said."


def test_link_filled_type_gives_no_agreement() -> None:
    """A filled type keeps no pair weak, but against another family it lends no agreement either: a
    battle and a killing told only by place and day are not one event for that."""
    battle = ev(etype="armed_clash", weapons=(), killed=None, targets=())
    killing = ev(etype="attack_on_civilians", weapons=(), killed=4, type_filled=True)
    texts = {"1": TEXT_BATTLE, "2": TEXT_FIRE}
    assert len(link_reports([rep("1", "Reuters", battle), rep("2", "AFP", killing)], texts=texts)) == 2


TEXT_JETS = "Government warplanes pounded opposition districts, leaving 12 civilians dead, a monitor said."
TEXT_ROCKETS = "Militants fired rockets at residential neighbourhoods in the west, state media reported, adding that 15 people died."


def _attackers(e: Event, *actors: tuple[str, str]) -> Event:
    return e.model_copy(update={"initiators": [Actor(name=n, type=t) for n, t in actors]})


@pytest.mark.parametrize(
    "rebel_type,linked",
    [
        # a state's air strike and the rebels' rockets on one city over one day and the next: two acts
        ("missile_artillery", False),
        # one kind of act that the two reports pin on the two sides: one strike, its culprit disputed
        ("air_strike", True),
    ],
)
def test_link_two_sides_acts_are_weak(rebel_type: str, linked: bool) -> None:
    jets = _attackers(ev(etype="air_strike", weapons=(), killed=12), ("Syria", "state_forces"))
    rockets = _attackers(
        ev(etype=rebel_type, weapons=(), killed=15, end=D + dt.timedelta(days=1)),
        ("Al-Nusra Front", "rebel_group"),
    )
    texts = {"1": TEXT_JETS, "2": TEXT_ROCKETS}
    stories = link_reports([rep("1", "Reuters", jets), rep("2", "AFP", rockets)], texts=texts)
    assert (len(stories) == 1) is linked


def test_link_same_article_never_joins() -> None:
    reports = [rep("1", "Reuters", ev(), article="x"), rep("2", "Reuters", ev(), article="x")]
    assert stories_of(link_reports(reports, texts={"1": TEXT_A, "2": TEXT_A})) == [["1"], ["2"]]


@pytest.mark.parametrize(
    "reports,corroboration",
    [
        ([rep("1", "Reuters", ev()), rep("2", "AFP", ev())], 2),
        # the same wire copy republished by a second outlet: joins, not independent
        ([rep("1", "Reuters", ev()), rep("2", "Yahoo", ev(), near_dup_of="a-1")], 1),
        # two reports of one outlet count once
        ([rep("1", "Reuters", ev()), rep("2", "Reuters", ev())], 1),
        # unknown outlets: each article stands for itself
        ([rep("1", None, ev()), rep("2", None, ev())], 2),
    ],
)
def test_link_corroboration(reports: list[Report], corroboration: int) -> None:
    (story,) = link_reports(reports, texts={"1": TEXT_A, "2": TEXT_B})
    assert story.corroboration == corroboration


def test_link_near_dup_joins_original_on_weak_evidence() -> None:
    # the copy's extraction went wrong (no date, no place): it still joins its original
    reports = [
        rep("1", "Reuters", ev()),
        rep("2", "AFP", ev(place=HAMA)),
        rep("3", "Yahoo", ev(day=None, place={}), near_dup_of="a-1"),
    ]
    assert stories_of(link_reports(reports)) == [["1", "3"], ["2"]]


@pytest.mark.parametrize(
    "figures,low,best,high",
    [
        ([16, 16], 16, 16, 16),
        ([10, 12, 30], 10, 12, 30),
        ([10, 20], 10, 10, 20),  # the lower middle figure, never a midpoint nobody reported
        ([10, 12, 30, 40], 10, 12, 40),
        ([None, 8], 8, 8, 8),
    ],
)
def test_link_reconcile_fatalities(figures: list[int | None], low: int, best: float, high: int) -> None:
    reports = [rep(str(i), f"outlet{i}", ev(killed=k)) for i, k in enumerate(figures)]
    story = Story(id="s", reports=reports)
    story.reconcile()
    f = story.fatalities
    assert (f["low"], f["best"], f["high"]) == (low, best, high)
    assert f["report_ids"] == [r.report_id for r, k in zip(reports, figures, strict=True) if k is not None]
    assert all(fig["claims"] == [0] for fig in f["figures"])


def test_link_reconcile_excludes_near_dup_figures() -> None:
    reports = [rep("1", "Reuters", ev(killed=10)), rep("2", "Yahoo", ev(killed=50), near_dup_of="a-1")]
    story = Story(id="s", reports=reports)
    story.reconcile()
    assert (story.fatalities["low"], story.fatalities["best"], story.fatalities["high"]) == (10, 10, 10)


@pytest.mark.parametrize(
    "events,kinds",
    [
        ([ev(killed=16), ev(killed=17)], []),
        ([ev(killed=16), ev(killed=30)], ["fatalities"]),
        ([ev(initiators=("Islamic State",)), ev(initiators=("Al-Nusra Front",))], ["blame"]),
        ([ev(initiators=("Islamic State",)), ev(initiators=("Islamic State", "Al-Nusra Front"))], []),
        ([ev(initiators=("Russia",)), ev(sources=(("Russian Defence Ministry", "denied"),))], ["denial"]),
    ],
)
def test_link_contradictions(events: list[Event], kinds: list[str]) -> None:
    reports = [rep(str(i), f"outlet{i}", e) for i, e in enumerate(events)]
    story = Story(id="s", reports=reports)
    story.reconcile()
    assert [c["kind"] for c in story.contradictions] == kinds
    for c in story.contradictions:
        assert {side["report_id"] for side in c["sides"]} <= set(c["report_ids"]) <= set(story.report_ids)


def test_link_reconcile_date_place_actors() -> None:
    reports = [
        rep(
            "1",
            "Reuters",
            ev(day=D - dt.timedelta(days=1), end=D, place=ALEPPO_GOV, initiators=("Islamic State",)),
        ),
        rep("2", "AFP", ev(place=ALEPPO, initiators=("Islamic State",))),
    ]
    story = Story(id="s", reports=reports)
    story.reconcile()
    assert (story.date["start"], story.date["end"], story.date["precision"]) == (
        D.isoformat(),
        D.isoformat(),
        "day",
    )
    assert story.date["report_ids"] == ["1", "2"]
    assert story.place["name"] == "Aleppo" and story.place["report_ids"] == ["1", "2"]
    (isis,) = [a for a in story.actors if a["role"] == "initiator"]
    assert (isis["name"], isis["count"], isis["report_ids"]) == ("Islamic State", 2, ["1", "2"])


@pytest.mark.parametrize("split", [0, 1, 2, 3, 4])
def test_link_incremental_equals_batch(split: int) -> None:
    reports = [
        rep("1", "Reuters", ev()),
        rep("2", "AFP", ev(place=HAMA, etype="air_strike", weapons=("barrel bomb",))),
        rep("3", "SANA", ev(day=D - dt.timedelta(days=1), published=D)),
        rep("4", "TASS", ev(place=HAMA, etype="air_strike", weapons=("barrel bomb",))),
    ]
    texts = {"1": TEXT_A, "3": TEXT_B}
    batch = link_reports(reports, texts=texts)
    first = link_reports(reports[:split], texts=texts)
    grown = link_reports(reports[split:], existing=first, texts=texts)

    def content(stories: list[Story]) -> list[dict]:
        return sorted(({k: v for k, v in s.to_dict().items() if k != "id"} for s in stories), key=str)

    assert content(grown) == content(batch)
    assert stories_of(batch) == [["1", "3"], ["2", "4"]]
    # a story keeps the id it had before it grew
    assert {s.id for s in first} <= {s.id for s in grown}
    # linking again changes nothing
    assert [s.to_dict() for s in link_reports(reports, existing=batch, texts=texts)] == [
        s.to_dict() for s in batch
    ]


def test_link_existing_stories_not_modified() -> None:
    first = link_reports([rep("1", "Reuters", ev())])
    link_reports([rep("2", "AFP", ev())], existing=first)
    assert first[0].report_ids == ["1"]


def test_link_story_round_trip() -> None:
    reports = [
        rep("1", "Reuters", ev(initiators=("Islamic State",), sources=(("Ministry", "denied"),))),
        rep("2", "AFP", ev(killed=30, initiators=("Syria",))),
    ]
    (story,) = link_reports(reports, texts={"1": TEXT_A, "2": TEXT_B})
    d = json.loads(json.dumps(story.to_dict()))
    again = Story.from_dict(d)
    assert again.to_dict() == story.to_dict()
    assert again.id == story.id and again.report_ids == ["1", "2"]


def test_link_story_id_stable() -> None:
    a = link_reports([rep("1", "Reuters", ev()), rep("2", "AFP", ev())])
    b = link_reports([rep("1", "Reuters", ev())])
    assert a[0].id == b[0].id


def test_link_haversine() -> None:
    assert haversine_km(ALEPPO["lat"], ALEPPO["lon"], AZAZ["lat"], AZAZ["lon"]) == pytest.approx(
        43.6, abs=1.0
    )


def test_link_gate_same_article() -> None:
    assert not gate(rep("1", "R", ev(), article="x"), rep("2", "R", ev(), article="x")).ok


D2 = dt.date(2024, 3, 9)


@pytest.mark.parametrize(
    ("start", "end", "text", "published", "days", "assumed"),
    [
        (D, D, "on Tuesday", D, (D, D), False),
        (D, None, "on Tuesday", D, (D, D), False),  # an open end is the start's day
        (None, D2, "by Saturday", D2, (D2, D2), False),
        (D2, D, "from Saturday back", D2, (D, D2), False),  # a reversed span is put in order
        (None, None, "", D2, None, False),
        (D2, D2, "(no day given)", D2, (D2, D2), True),
        (D2, D2, "(no day given)", None, (D2, D2), False),  # nothing to assume it from
    ],
)
def test_link_report_days_read_once(
    start: dt.date | None,
    end: dt.date | None,
    text: str,
    published: dt.date | None,
    days: tuple[dt.date, dt.date] | None,
    assumed: bool,
) -> None:
    """A report's date span and whether its day is only assumed are worked out once per report
    (the linker asks for every pair it gates) and agree with the functions that read them."""
    from wardesk.link.compare import assumed as assumed_of
    from wardesk.link.compare import date_span

    e = Event(
        event_type="remote_explosive",
        date=DateSpan(start=start, end=end, text=text, precision="day" if start or end else "unknown"),
    )
    r = Report("r1", "a1", "outlet", published, e)
    assert r.days == days and date_span(r) == days
    assert r.day_assumed is assumed and assumed_of(r) is assumed
    assert r.days is r.days  # cached on the report
