"""An echo of a story is taken apart (``cluster._without_echoes``).

An article often tells its event twice, in two families: the army's clash with militants and the
killings of villagers the same day; the main record is one, the second record (an aside,
``report.is_aside``) the other. Where two outlets' mains link, their asides of that scene linked too,
into a second story beside the first. When the asides may be parts of the first story
(``_fold_shadows``: placed at a town, dated to a day or two) they fold in; when they cannot (placed
only at the province, dated to a span of days) the echo stood as a story of its own, the same event
told twice. Now an echo (asides only, each of its article's main scene, the mains in one other story)
is taken apart; so is an aside riding with its wire copy's. Asides of another scene (last week's
attack recalled in passing, a roundup's next town) keep their stories.

Events built by hand (no spaCy), each case in another war: this is the evidence that the rule
carries beyond the contested sets its cases were counted in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from wardesk.link import link_reports
from wardesk.link.report import Report, is_aside
from wardesk.record import Actor, Count, DateSpan, Event, Location


@dataclass(frozen=True)
class Case:
    """An earlier event the outlets recall (the aside) and today's news each outlet is about (the main)."""

    label: str
    country: str
    recalled: tuple[str, str, float, float]  # town, province, lat, lon
    news: tuple[str, str, float, float]
    recalled_type: str
    news_type: str
    day: dt.date  # the day of today's news; the recalled event is five days earlier
    dead: int
    doer: str


CASES = [
    Case(
        "somalia",
        "SO",
        ("Afgooye", "Lower Shabelle", 2.14, 45.12),
        ("Baidoa", "Bay", 3.11, 43.65),
        "suicide_bomb",
        "armed_clash",
        dt.date(2022, 5, 14),
        11,
        "al-Shabaab",
    ),
    Case(
        "mali",
        "ML",
        ("Djenne", "Mopti", 13.91, -4.55),
        ("Gao", "Gao", 16.27, -0.04),
        "attack_on_civilians",
        "remote_explosive",
        dt.date(2023, 2, 9),
        17,
        "JNIM",
    ),
    Case(
        "nigeria",
        "NG",
        ("Gwoza", "Borno", 11.08, 13.69),
        ("Damaturu", "Yobe", 11.75, 11.96),
        "abduction",
        "armed_clash",
        dt.date(2021, 8, 22),
        6,
        "ISWAP",
    ),
    Case(
        "yemen",
        "YE",
        ("Marib", "Marib", 15.46, 45.33),
        ("Taiz", "Taiz", 13.58, 44.02),
        "missile_artillery",
        "air_strike",
        dt.date(2021, 3, 3),
        9,
        "Houthis",
    ),
    Case(
        "afghanistan",
        "AF",
        ("Ghazni", "Ghazni", 33.55, 68.42),
        ("Kunduz", "Kunduz", 36.73, 68.86),
        "remote_explosive",
        "armed_clash",
        dt.date(2020, 10, 12),
        8,
        "Taliban",
    ),
    Case(
        "ukraine",
        "UA",
        ("Kramatorsk", "Donetsk", 48.72, 37.56),
        ("Kherson", "Kherson", 46.64, 32.61),
        "missile_artillery",
        "missile_artillery",
        dt.date(2023, 6, 30),
        13,
        "Russia",
    ),
    Case(
        "myanmar",
        "MM",
        ("Lashio", "Shan", 22.93, 97.75),
        ("Sagaing", "Sagaing", 21.88, 95.98),
        "air_strike",
        "attack_on_civilians",
        dt.date(2024, 1, 19),
        21,
        "Tatmadaw",
    ),
    Case(
        "drc",
        "CD",
        ("Beni", "North Kivu", 0.49, 29.47),
        ("Bunia", "Ituri", 1.56, 30.25),
        "attack_on_civilians",
        "attack_on_civilians",
        dt.date(2022, 11, 3),
        27,
        "ADF",
    ),
    Case(
        "sudan",
        "SD",
        ("Nyala", "South Darfur", 12.05, 24.88),
        ("El Obeid", "North Kordofan", 13.18, 30.22),
        "missile_artillery",
        "air_strike",
        dt.date(2023, 9, 7),
        14,
        "RSF",
    ),
    Case(
        "colombia",
        "CO",
        ("Tumaco", "Narino", 1.80, -78.76),
        ("Cucuta", "Norte de Santander", 7.89, -72.50),
        "armed_clash",
        "remote_explosive",
        dt.date(2019, 4, 26),
        7,
        "ELN",
    ),
    Case(
        "philippines",
        "PH",
        ("Marawi", "Lanao del Sur", 8.00, 124.29),
        ("Cotabato City", "Maguindanao", 7.22, 124.25),
        "armed_clash",
        "remote_explosive",
        dt.date(2017, 6, 18),
        12,
        "Maute group",
    ),
    Case(
        "ethiopia",
        "ET",
        ("Gondar", "Amhara", 12.60, 37.47),
        ("Dessie", "Amhara", 11.13, 39.63),
        "air_strike",
        "armed_clash",
        dt.date(2023, 8, 15),
        26,
        "Fano",
    ),
    Case(
        "mozambique",
        "MZ",
        ("Mocimboa da Praia", "Cabo Delgado", -11.35, 40.35),
        ("Montepuez", "Cabo Delgado", -13.13, 38.99),
        "attack_on_civilians",
        "armed_clash",
        dt.date(2020, 4, 11),
        19,
        "al-Sunna wa Jama'a",
    ),
    Case(
        "iraq",
        "IQ",
        ("Tuz Khurmatu", "Saladin", 34.89, 44.63),
        ("Kirkuk", "Kirkuk", 35.47, 44.39),
        "remote_explosive",
        "suicide_bomb",
        dt.date(2018, 7, 2),
        5,
        "Islamic State",
    ),
    Case(
        "pakistan",
        "PK",
        ("Bannu", "Khyber Pakhtunkhwa", 32.99, 70.60),
        ("Quetta", "Balochistan", 30.18, 66.99),
        "suicide_bomb",
        "armed_clash",
        dt.date(2023, 3, 27),
        10,
        "TTP",
    ),
]

RECALL_DAYS = 5


def _event(
    etype: str, day: dt.date, place: tuple[str, str, float, float], country: str, dead: int, doer: str
) -> Event:
    town, province, lat, lon = place
    return Event(
        event_type=etype,  # type: ignore[arg-type]
        date=DateSpan(start=day, end=day, precision="day"),
        locations=[
            Location(name=town, admin1=province, country=country, lat=lat, lon=lon, precision="exact")
        ],
        initiators=[Actor(name=doer, type="rebel_group")],
        fatalities=Count(low=dead, best=dead),
    )


def _report(art: str, ordinal: int, published: dt.date, e: Event, copy_of: str | None = None) -> Report:
    return Report(f"{art}:{ordinal}", art, "outlet-" + art, published, e, copy_of, main=ordinal == 0)


def _recalled(c: Case) -> Event:
    return _event(
        c.recalled_type, c.day - dt.timedelta(days=RECALL_DAYS), c.recalled, c.country, c.dead, c.doer
    )


def _news(c: Case, day: dt.date, dead: int) -> Event:
    return _event(c.news_type, day, c.news, c.country, dead, c.doer)


def _at_province(c: Case, e: Event) -> Event:
    town, province, lat, lon = c.news
    loc = Location(name=province, admin1=province, country=c.country, lat=lat, lon=lon, precision="admin1")
    return e.model_copy(update={"locations": [loc]})


def _over_days(e: Event, days: int) -> Event:
    start = e.date.start
    assert start is not None
    span = DateSpan(start=start - dt.timedelta(days=days - 1), end=start, precision="range")
    return e.model_copy(update={"date": span})


def _killings(c: Case, how: str) -> Event:
    """The other family's reading of today's news scene, told so that it cannot be a part."""
    e = _event(
        "attack_on_civilians" if c.news_type != "attack_on_civilians" else "armed_clash",
        c.day,
        c.news,
        c.country,
        c.dead,
        c.doer,
    )
    return _at_province(c, e) if how == "province" else _over_days(e, 3)


def _two_outlets(c: Case, aside: str) -> list[Report]:
    """Two outlets about today's news, each with an aside: of the news scene told another way
    (``province`` or ``days``), or an earlier attack recalled in passing (``recalled``)."""
    pub = c.day + dt.timedelta(days=1)
    out = []
    for art in ("a", "b"):
        second = _recalled(c) if aside == "recalled" else _killings(c, aside)
        out += [_report(art, 0, pub, _news(c, c.day, c.dead + 3)), _report(art, 1, pub, second)]
    return out


def _story_of(stories: list, rid: str) -> frozenset[str]:
    return next(
        frozenset(r.report_id for r in s.reports) for s in stories if rid in {r.report_id for r in s.reports}
    )


def test_link_is_aside_needs_a_known_rank() -> None:
    """Only a report known to be its article's later record is an aside."""
    c = CASES[0]
    pub = c.day + dt.timedelta(days=1)
    assert is_aside(_report("a", 1, pub, _recalled(c)))
    assert not is_aside(_report("a", 0, pub, _recalled(c)))
    assert not is_aside(Report("7", "a", "outlet-a", pub, _recalled(c)))  # no ordinal: rank unknown


@pytest.mark.parametrize("aside", ["province", "days"])
@pytest.mark.parametrize("case", CASES, ids=[c.label for c in CASES])
def test_link_echo_of_a_story_is_taken_apart(case: Case, aside: str) -> None:
    """Both outlets tell the news scene a second way that cannot be a part: no second story of it."""
    stories = link_reports(_two_outlets(case, aside))
    assert _story_of(stories, "a:0") == {"a:0", "b:0"}
    assert _story_of(stories, "a:1") == {"a:1"}
    assert _story_of(stories, "b:1") == {"b:1"}


@pytest.mark.parametrize("case", CASES, ids=[c.label for c in CASES])
def test_link_an_aside_copy_does_not_ride(case: Case) -> None:
    """A wire copy of an article: its main rides with the original's main, its aside stays alone."""
    pub = case.day + dt.timedelta(days=1)
    reps = [
        _report("a", 0, pub, _news(case, case.day, case.dead)),
        _report("a", 1, pub, _killings(case, "province")),
        _report("w", 0, pub, _news(case, case.day, case.dead), copy_of="a"),
        _report("w", 1, pub, _killings(case, "province"), copy_of="a"),
    ]
    stories = link_reports(reps)
    assert _story_of(stories, "a:0") == {"a:0", "w:0"}
    assert _story_of(stories, "a:1") == {"a:1"}


@pytest.mark.parametrize("case", CASES, ids=[c.label for c in CASES])
def test_link_recalled_asides_keep_their_story(case: Case) -> None:
    """Both outlets recall one earlier attack of another scene: that is news of its own, and links."""
    stories = link_reports(_two_outlets(case, "recalled"))
    assert _story_of(stories, "a:1") == {"a:1", "b:1"}
    assert _story_of(stories, "a:0") == {"a:0", "b:0"}


@pytest.mark.parametrize("case", CASES, ids=[c.label for c in CASES])
def test_link_asides_join_the_story_an_article_is_about(case: Case) -> None:
    """A third outlet is about the recalled attack itself: both outlets' asides join its report."""
    reps = _two_outlets(case, "recalled")
    reps.append(_report("c", 0, case.day - dt.timedelta(days=RECALL_DAYS - 1), _recalled(case)))
    stories = link_reports(reps)
    assert _story_of(stories, "c:0") == {"a:1", "b:1", "c:0"}
    assert _story_of(stories, "a:0") == {"a:0", "b:0"}


@pytest.mark.parametrize("case", CASES[:4], ids=[c.label for c in CASES[:4]])
def test_link_echo_order_does_not_matter(case: Case) -> None:
    """The same stories whatever the order of the reports."""
    reps = _two_outlets(case, "province") + [
        _report("c", 0, case.day + dt.timedelta(days=1), _news(case, case.day, case.dead))
    ]
    want = sorted(sorted(r.report_id for r in s.reports) for s in link_reports(reps))
    got = sorted(sorted(r.report_id for r in s.reports) for s in link_reports(reps[::-1]))
    assert got == want
