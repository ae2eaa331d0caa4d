"""Named targets in linking: a proper name that picks out one struck site, aircraft or vessel is strong
evidence that two reports tell one event, even where one of them gives only the country. Own sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from wardesk.link import Report, link_reports
from wardesk.link.targets import named_targets, share_target
from wardesk.record import Count, DateSpan, Event, Location

D = dt.date(2018, 9, 16)
COUNTRY = Location(name="Ukraine", country="UA", precision="country")
TOWN = Location(name="Horlivka", admin1="Donetsk", country="UA", lat=48.30, lon=38.05)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen fired on the Coral Airways cargo jet as it climbed.", {("aircraft", ("coral", "airways"))}),
        ("The Coral Airways Airbus 320 came down in a marsh.", {("aircraft", ("coral", "airways"))}),
        ("Debris of flight QX418 was found.", {("aircraft", ("qx418",))}),
        ("Shells hit the Saint Anselm children hospital overnight.", {("hospital", ("saint", "anselm"))}),
        ("Rockets landed near Lorvan International Airport.", {("airport", ("lorvan",))}),
        ("A drone struck Lorvan's airport at dawn.", {("airport", ("lorvan",))}),
        # no name, a country's or a people's name, or a name split from the noun by a clause break
        ("The hospital was shelled again.", set()),
        ("A Ukrainian jet and a Russian helicopter were seen.", set()),
        ("They met Anselm, the school was closed.", set()),
    ],
)
def test_link_targets_named_targets(text: str, expected: set) -> None:
    assert named_targets(text) == expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ({("aircraft", ("coral", "airways"))}, {("aircraft", ("coral", "airways"))}, True),
        ({("airport", ("lorvan",))}, {("airport", ("lorvan", "east"))}, True),  # one name the other's start
        ({("hospital", ("saint", "anselm"))}, {("school", ("saint", "anselm"))}, False),  # two kinds of site
        ({("hospital", ("saint", "anselm"))}, {("hospital", ("saint", "brigid"))}, False),
    ],
)
def test_link_targets_share_target(a: set, b: set, same: bool) -> None:
    assert share_target(frozenset(a), frozenset(b)) is same


def _report(rid: str, place: Location, etype: str) -> Report:
    ev = Event(
        kind="incident",
        event_type=etype,
        date=DateSpan(start=D, end=D, precision="day"),
        locations=[place],
        fatalities=Count(),
    )
    return Report(rid, "art-" + rid, "outlet-" + rid, D + dt.timedelta(days=1), ev)


@pytest.mark.parametrize(
    ("first", "second", "one_story"),
    [
        # both name the airliner: one event, though the first gives only the country
        (
            "Separatists are accused of bringing down the Coral Airways cargo jet on Sunday.",
            "Wreckage of the Coral Airways plane lay in fields after the missile hit it on Sunday.",
            True,
        ),
        # the same accounts without the name: a country-level report and a town's, nothing shared but the day
        (
            "Separatists are accused of bringing down a cargo jet on Sunday.",
            "Wreckage of a plane lay in fields after the missile hit it on Sunday.",
            False,
        ),
        # two different airliners named: no evidence of one event
        (
            "Separatists are accused of bringing down the Coral Airways cargo jet on Sunday.",
            "Wreckage of the Nimbus Air plane lay in fields after the missile hit it on Sunday.",
            False,
        ),
    ],
)
def test_link_targets_a_shared_named_target_places_a_country_level_report(
    first: str, second: str, one_story: bool
) -> None:
    a, b = _report("a", COUNTRY, "air_strike"), _report("b", TOWN, "missile_artillery")
    stories = link_reports([a, b], texts={"a": first, "b": second})
    assert (len(stories) == 1) is one_story
