"""One deadly act told by its two sides in two families joins one story (``compare.one_act_two_readings``).

The side that did the killing tells a fight ("troops repulsed an attack, killing 12 fighters"), the
other side a massacre ("soldiers shot 14 villagers") or a strike ("a drone hit the market"). The
linker kept families apart, so each side's account stood in a story of its own. Now two reports of
two families that are readings of one another (``lexicons/family_readings.yaml``) join when they give
one site, days that meet, tolls that do not clash, and a sign that they tell one event: one armed
party named by both (the doer in one, the doer or the side hit in the other), or two tolls of one
size. The story then carries a ``type`` contradiction. Two acts of one town and day stay apart when
the tolls clash, the towns differ, the days do not meet, nothing ties them, or one of them is ground
taken or people abducted (told beside a killing, not instead of it).

Events built by hand (no spaCy) in wars of our choosing; the sweep is this round's evidence that the
rule carries beyond the contested sets it was read from.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

import pytest

from wardesk.link import link_reports
from wardesk.link.contradictions import event_type
from wardesk.link.report import Report
from wardesk.record import Actor, Count, DateSpan, Event, Location


@dataclass(frozen=True)
class Side:
    """One side's account: its kind of act, who did it, who was hit, and its toll."""

    etype: str
    doer: tuple[str, str] | None
    hit: tuple[str, str] | None
    dead: int | None
    #: days the account spans from the event's day ("overnight into Sunday": 1)
    span: int = 0


@dataclass(frozen=True)
class Pair:
    """One act at one town on one day, as each side tells it."""

    label: str
    town: str
    province: str
    country: str
    point: tuple[float, float]
    day: dt.date
    one: Side
    other: Side


def _actor(who: tuple[str, str] | None) -> list[Actor]:
    return [Actor(name=who[0], type=who[1], text=who[0])] if who else []  # type: ignore[arg-type]


def _event(p: Pair, s: Side, day: dt.date, town: str, point: tuple[float, float]) -> Event:
    loc = Location(
        name=town, admin1=p.province, country=p.country, lat=point[0], lon=point[1], precision="exact"
    )
    return Event(
        event_type=s.etype,  # type: ignore[arg-type]
        date=DateSpan(
            start=day, end=day + dt.timedelta(days=s.span), precision="day" if not s.span else "range"
        ),
        locations=[loc],
        initiators=_actor(s.doer),
        targets=_actor(s.hit),
        fatalities=Count(low=s.dead, best=s.dead),
    )


def _report(art: str, day: dt.date, e: Event) -> Report:
    return Report(f"{art}:0", art, "outlet-" + art, day + dt.timedelta(days=1), e, None, main=True)


def _reports(p: Pair, **other: object) -> list[Report]:
    """The two sides' reports; ``other`` moves the second side's day (``days``) or town (``town``, ``point``)."""
    day2 = p.day + dt.timedelta(days=int(other.get("days", 0)))  # type: ignore[call-overload]
    town2 = str(other.get("town", p.town))
    point2 = other.get("point", p.point)
    return [
        _report("one", p.day, _event(p, p.one, p.day, p.town, p.point)),
        _report("other", day2, _event(p, p.other, day2, town2, point2)),  # type: ignore[arg-type]
    ]


def d(day: int, month: int, year: int) -> dt.date:
    return dt.date(year, month, day)


STATE, REBELS, CIVILIANS = "state_forces", "rebel_group", "civilians"
VILLAGERS = ("Civilians", CIVILIANS)

#: Each: the army's (or the armed group's) account against the victims' side's, one act
PAIRS = [
    Pair("army clash against a village massacre", "Kamwenge", "Western", "UG", (0.19, 30.45), d(3, 2, 2019),
         Side("armed_clash", ("Uganda", STATE), ("ADF", REBELS), 12),
         Side("attack_on_civilians", ("Uganda", STATE), VILLAGERS, 14)),
    Pair("strike on militants against a strike on a wedding", "Sarobi", "Paktika", "AF", (32.79, 68.82), d(9, 6, 2012),
         Side("air_strike", ("United States", "external_forces"), ("Taliban", REBELS), 9),
         Side("attack_on_civilians", ("United States", "external_forces"), VILLAGERS, 11)),
    Pair("rebels' ambush against the state's massacre claim", "Ndele", "Bamingui-Bangoran", "CF", (8.41, 20.65),
         d(29, 4, 2020),
         Side("armed_clash", ("FPRC", REBELS), ("Central African Republic", STATE), 25),
         Side("attack_on_civilians", ("FPRC", REBELS), VILLAGERS, 27)),
    Pair("shelling of positions against shelling of a market", "Horlivka", "Donetsk Oblast", "UA", (48.3, 38.05),
         d(11, 8, 2015),
         Side("missile_artillery", ("Ukraine", STATE), ("Donetsk People's Republic", REBELS), 6),
         Side("attack_on_civilians", ("Ukraine", STATE), VILLAGERS, 7)),
    Pair("a firefight against soldiers shooting farmers", "Maungdaw", "Rakhine State", "MM", (20.82, 92.37),
         d(25, 8, 2017),
         Side("armed_clash", ("Myanmar", STATE), ("ARSA", REBELS), 10),
         Side("attack_on_civilians", ("Myanmar", STATE), VILLAGERS, 13)),
    Pair("an encounter against fake encounter", "Dantewada", "Chhattisgarh", "IN", (18.9, 81.35), d(17, 5, 2013),
         Side("armed_clash", ("India", STATE), ("Maoists", REBELS), 8),
         Side("attack_on_civilians", ("India", STATE), VILLAGERS, 8)),
    Pair("raid on jihadists against a market killing", "Djibo", "Sahel", "BF", (14.1, -1.63), d(2, 11, 2022),
         Side("armed_clash", ("Burkina Faso", STATE), ("JNIM", REBELS), 20),
         Side("attack_on_civilians", ("Burkina Faso", STATE), VILLAGERS, 28)),
    Pair("drone on a convoy against a drone on a bus", "Kutkai", "Shan State", "MM", (23.45, 97.93), d(8, 3, 2024),
         Side("air_strike", ("Myanmar", STATE), ("TNLA", REBELS), 5),
         Side("attack_on_civilians", ("Myanmar", STATE), VILLAGERS, 6)),
    Pair("clash with gunmen against bandits killing villagers", "Zurmi", "Zamfara", "NG", (12.78, 6.79),
         d(14, 7, 2021),
         Side("armed_clash", ("Nigeria", STATE), ("Bandits", "militia"), 15),
         Side("attack_on_civilians", ("Bandits", "militia"), VILLAGERS, 19)),
    Pair("a battle told by the rebels against shelling told by the town", "Bunia", "Ituri", "CD", (1.56, 30.25),
         d(21, 9, 2023),
         Side("armed_clash", ("CODECO", REBELS), ("DR Congo", STATE), 9),
         Side("missile_artillery", ("DR Congo", STATE), VILLAGERS, 11)),
    Pair("no party named on one side, one toll", "Al-Khawkhah", "Al Hudaydah", "YE", (13.8, 43.25), d(2, 3, 2018),
         Side("air_strike", ("Saudi Arabia", "external_forces"), ("Houthis", REBELS), 16),
         Side("attack_on_civilians", None, VILLAGERS, 18)),
    Pair("a counter-attack against a massacre of herders", "Kidal", "Kidal", "ML", (18.44, 1.41), d(6, 10, 2023),
         Side("armed_clash", ("Mali", STATE), ("CSP-PSD", REBELS), 11),
         Side("attack_on_civilians", ("Mali", STATE), VILLAGERS, 17)),
    Pair("the army gives no toll, the villagers do", "Datu Piang", "Maguindanao", "PH", (7.02, 124.5),
         d(18, 1, 2016),
         Side("armed_clash", ("Philippines", STATE), ("BIFF", REBELS), None),
         Side("attack_on_civilians", ("Philippines", STATE), VILLAGERS, 7)),
    Pair("the monitor gives no toll, the ministry does", "Tal Tamr", "Al-Hasakah", "SY", (36.65, 40.37),
         d(12, 10, 2019),
         Side("air_strike", ("Turkey", "external_forces"), ("SDF", REBELS), 13),
         Side("attack_on_civilians", ("Turkey", "external_forces"), VILLAGERS, None)),
    Pair("a night's fighting against the morning's massacre", "Kajo Keji", "Central Equatoria", "SS",
         (3.85, 31.65), d(4, 8, 2017),
         Side("armed_clash", ("South Sudan", STATE), ("SPLA-IO", REBELS), 9, span=1),
         Side("attack_on_civilians", ("South Sudan", STATE), VILLAGERS, 12)),
    Pair("two days of strikes against one strike on a clinic", "Kafr Nabl", "Idlib", "SY", (35.61, 36.56),
         d(5, 5, 2019),
         Side("air_strike", ("Russia", "external_forces"), ("Hayat Tahrir al-Sham", REBELS), None, span=1),
         Side("attack_on_civilians", ("Russia", "external_forces"), VILLAGERS, 8)),
]  # fmt: skip


def _story_of(stories: list, rid: str) -> frozenset[str]:
    return next(
        frozenset(r.report_id for r in s.reports) for s in stories if rid in {r.report_id for r in s.reports}
    )


def _story(stories: list, rid: str):  # noqa: ANN202 - a Story
    return next(s for s in stories if rid in {r.report_id for r in s.reports})


BOTH = frozenset({"one:0", "other:0"})


@pytest.mark.parametrize("pair", PAIRS, ids=[p.label for p in PAIRS])
def test_two_sides_readings_of_one_act_join(pair: Pair) -> None:
    stories = link_reports(_reports(pair))
    assert _story_of(stories, "one:0") == BOTH


@pytest.mark.parametrize("pair", PAIRS, ids=[p.label for p in PAIRS])
def test_the_joined_story_carries_a_type_contradiction(pair: Pair) -> None:
    story = _story(link_reports(_reports(pair)), "one:0")
    assert [c["kind"] for c in event_type(story.reports)] == ["type"]


@pytest.mark.parametrize("pair", PAIRS, ids=[p.label for p in PAIRS])
def test_join_does_not_depend_on_order(pair: Pair) -> None:
    reps = _reports(pair)
    random.Random(7).shuffle(reps)
    assert _story_of(link_reports(list(reversed(reps))), "one:0") == BOTH


def _with(p: Pair, *, one: Side | None = None, other: Side | None = None) -> Pair:
    return Pair(p.label, p.town, p.province, p.country, p.point, p.day, one or p.one, other or p.other)


@pytest.mark.parametrize("pair", PAIRS[:6], ids=[p.label for p in PAIRS[:6]])
def test_a_clash_and_a_massacre_of_tolls_far_apart_stay_apart(pair: Pair) -> None:
    """One town, one day, but four dead in the fight and forty in the massacre: two acts."""
    p = _with(pair, one=Side(pair.one.etype, pair.one.doer, pair.one.hit, 4),
              other=Side(pair.other.etype, pair.other.doer, pair.other.hit, 40))  # fmt: skip
    assert _story_of(link_reports(_reports(p)), "one:0") == {"one:0"}


@pytest.mark.parametrize("pair", PAIRS[:6], ids=[p.label for p in PAIRS[:6]])
def test_another_town_stays_apart(pair: Pair) -> None:
    lat, lon = pair.point
    reps = _reports(pair, town="Other Village", point=(lat + 0.12, lon + 0.1))
    assert _story_of(link_reports(reps), "one:0") == {"one:0"}


@pytest.mark.parametrize("pair", PAIRS[:6], ids=[p.label for p in PAIRS[:6]])
def test_days_that_do_not_meet_stay_apart(pair: Pair) -> None:
    assert _story_of(link_reports(_reports(pair, days=3)), "one:0") == {"one:0"}


@pytest.mark.parametrize("pair", PAIRS[:6], ids=[p.label for p in PAIRS[:6]])
def test_nothing_ties_them_stays_apart(pair: Pair) -> None:
    """No party named by both, and one of them gives no toll: nothing says they tell one act."""
    p = _with(pair, one=Side(pair.one.etype, ("Some Militia", "militia"), None, pair.one.dead),
              other=Side(pair.other.etype, None, VILLAGERS, None))  # fmt: skip
    assert _story_of(link_reports(_reports(p)), "one:0") == {"one:0"}


@pytest.mark.parametrize("kind", ["territory_change", "abduction"])
@pytest.mark.parametrize("pair", PAIRS[:4], ids=[p.label for p in PAIRS[:4]])
def test_ground_taken_or_people_abducted_are_no_reading_of_a_killing(pair: Pair, kind: str) -> None:
    """Told beside a killing, not instead of it: the fighting's outcome, hostages taken away (told without
    a toll, so that only the armed party named by both could tie them)."""
    if kind == "territory_change":  # the fight's side tells ground taken, against the massacre
        p = _with(pair, one=Side(kind, pair.one.doer, pair.one.hit, None))
    else:  # the victims' side tells people taken away, against the fight or the strike
        p = _with(pair, other=Side(kind, pair.other.doer, pair.other.hit, None))
    assert _story_of(link_reports(_reports(p)), "one:0") == {"one:0"}


#: pairs of a strike against a killing: no fight, so the older rule of one toll at one site never joins them
STRIKES = [p for p in PAIRS if "armed_clash" not in (p.one.etype, p.other.etype)]


@pytest.mark.parametrize("pair", STRIKES, ids=[p.label for p in STRIKES])
def test_an_article_that_tells_both_acts_is_no_reading_of_the_other(pair: Pair) -> None:
    """The first outlet tells the strike and, a paragraph on, a killing of its own at the town that day:
    it tells two acts, so its strike is no reading of the second outlet's killing."""
    reps = _reports(pair)
    killing = _event(pair, Side("attack_on_civilians", None, VILLAGERS, 3), pair.day, pair.town, pair.point)
    reps.append(
        Report("one:1", "one", "outlet-one", pair.day + dt.timedelta(days=1), killing, None, main=False)
    )
    assert "other:0" not in _story_of(link_reports(reps), "one:0")


@pytest.mark.parametrize("pair", STRIKES, ids=[p.label for p in STRIKES])
def test_an_aside_is_no_sides_account(pair: Pair) -> None:
    """The first outlet's strike is a later record of an article about something else: an aside joins
    no other family's report as its reading."""
    reps = _reports(pair)
    aside = Report("one:1", "one", "outlet-one", reps[0].published, reps[0].event, None, main=False)
    elsewhere = _event(pair, Side("armed_clash", None, None, 2), pair.day - dt.timedelta(days=5), "Far Town",
                       (pair.point[0] + 1.0, pair.point[1] + 1.0))  # fmt: skip
    main = Report("one:0", "one", "outlet-one", reps[0].published, elsewhere, None, main=True)
    assert "other:0" not in _story_of(link_reports([main, aside, reps[1]]), "one:1")


def test_the_readings_name_known_families_and_types() -> None:
    """A misspelt family in the resource would silently join nothing."""
    from wardesk.link.compare import _family_readings
    from wardesk.record import FAMILY

    pairs, not_acts = _family_readings()
    assert pairs and all(len(p) == 2 and p <= set(FAMILY.values()) for p in pairs)
    assert not_acts and not_acts <= set(FAMILY)
