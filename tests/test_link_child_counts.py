"""A count of children (or of any part of the dead) is not a rival of a toll that holds such a part:
"six children" against "15 civilians including two children" is no dispute about one figure."""

from __future__ import annotations

import datetime as dt

import pytest

from wardesk.link import Report, Story
from wardesk.record import Claim, Count, DateSpan, Event, Evidence, Location

D = dt.date(2024, 3, 4)
TOWN = Location(name="Rafah", admin1="Rafah", country="PS", lat=31.29, lon=34.25)


def _report(
    rid: str, outlet: str, sentence: str, killed: int, phrase: str, source: str, injured: int | None = None
) -> Report:
    claims = [Claim(what="killed", value=killed, source=source, text=phrase)]
    if injured is not None:
        claims.append(Claim(what="injured", value=injured, source=source, text=f"{injured}"))
    ev = Event(
        event_type="air_strike",
        date=DateSpan(start=D, end=D, precision="day"),
        locations=[TOWN],
        fatalities=Count(low=killed, best=killed, high=killed),
        injuries=Count(low=injured, best=injured, high=injured) if injured is not None else Count(),
        claims=claims,
        evidence=[Evidence(start=0, end=len(sentence))],
    )
    rep, _ = Report.read(rid, "art-" + rid, outlet, D, ev, sentence)
    return rep


CASES = [
    # a count of children against a toll of civilians that holds children: no dispute
    (
        ("An air strike on the school killed six children, teachers said.", 6, "six children", "teachers"),
        (
            "The strike killed 15 civilians, including two children, medics said.",
            15,
            "15 civilians",
            "medics",
        ),
        [],
    ),
    (
        ("Four girls died when the shell hit the yard, a teacher said.", 4, "Four girls", "a teacher"),
        (
            "The shelling killed 11 people, among them three girls, officials said.",
            11,
            "11 people",
            "officials",
        ),
        [],
    ),
    (
        ("At least five children died in the rocket fire, state television said.", 5, "five children", "TV"),
        (
            "Rocket fire killed 14 civilians including a nurse and three children, the monitor said.",
            14,
            "14 civilians",
            "the monitor",
        ),
        [],
    ),
    # a toll that names no such part, or no count of it, may be the same dead told another way:
    # compared as before
    (
        ("An air strike on the school killed six children, teachers said.", 6, "six children", "teachers"),
        ("The strike killed 15 civilians, including children, medics said.", 15, "15 civilians", "medics"),
        ["fatalities"],
    ),
    (
        ("Four girls died when the shell hit the yard, a teacher said.", 4, "Four girls", "a teacher"),
        ("The shelling killed 11 people, officials said.", 11, "11 people", "officials"),
        ["fatalities"],
    ),
    # guards: two counts of children, two tolls of civilians, still disputes
    (
        ("An air strike on the school killed six children, teachers said.", 6, "six children", "teachers"),
        ("The strike on the school killed 14 children, medics said.", 14, "14 children", "medics"),
        ["fatalities"],
    ),
    (
        ("The strike killed 6 civilians, teachers said.", 6, "6 civilians", "teachers"),
        ("The strike killed 15 civilians, medics said.", 15, "15 civilians", "medics"),
        ["fatalities"],
    ),
]


@pytest.mark.parametrize(("first", "second", "expected"), CASES)
def test_link_child_counts_no_rival_of_a_whole_toll(first, second, expected) -> None:
    st = Story(id="s-test", reports=[_report("1", "Outlet A", *first), _report("2", "Outlet B", *second)])
    assert [c["kind"] for c in st.contradictions] == expected


def test_link_child_counts_their_wounded_are_no_rival_of_the_whole_tolls_wounded() -> None:
    """ "six children were killed and 15 injured" counts hurt children: against "15 civilians,
    including two children, killed and 90 wounded" neither figure is in dispute."""
    st = Story(
        id="s-test",
        reports=[
            _report(
                "1",
                "Outlet A",
                "Six children were killed and 15 injured when rockets hit the school, teachers said.",
                6,
                "Six children",
                "teachers",
                injured=15,
            ),
            _report(
                "2",
                "Outlet B",
                "Rockets killed 15 civilians, including two children, and wounded 90, medics said.",
                15,
                "15 civilians",
                "medics",
                injured=90,
            ),
        ],
    )
    assert [c["kind"] for c in st.contradictions] == []
