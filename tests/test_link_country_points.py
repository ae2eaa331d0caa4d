"""A place the gazetteer lacks, set at its country's centre (``coords_from`` "country:XX"), has no point
of its own: two such places of different names are two places, not one place 0 km apart
(``compare._place_key``). Events built by hand (no spaCy), in a war of our choosing."""

from __future__ import annotations

import datetime as dt

from wardesk.link.compare import compare_places, gate
from wardesk.link.report import Report
from wardesk.record import Count, DateSpan, Event, Location

D = dt.date(2023, 9, 2)
#: Chad's centre, as the geocoder borrows it for a quarter it cannot place
CENTRE = (15.45, 18.73)


def unknown(name: str, borrowed: str = "country:TD") -> Location:
    """A quarter of N'Djamena the gazetteer lacks, at the point it borrows."""
    return Location(
        name=name, country="TD", lat=CENTRE[0], lon=CENTRE[1], precision="near", coords_from=borrowed
    )


def report(rid: str, where: Location, etype: str) -> Report:
    e = Event(
        event_type=etype,  # type: ignore[arg-type]
        date=DateSpan(start=D, end=D, precision="day"),
        locations=[where],
        fatalities=Count(low=3, best=3),
    )
    return Report(rid, "art-" + rid, "outlet-" + rid, D, e, None)


def test_link_country_points_two_names_at_the_country_centre_are_two_places() -> None:
    assert compare_places([unknown("Walia")], [unknown("Chagoua")]) is None
    assert not gate(
        report("a", unknown("Walia"), "armed_clash"), report("b", unknown("Chagoua"), "armed_clash")
    ).ok


def test_link_country_points_one_name_still_meets_itself() -> None:
    got = compare_places([unknown("Walia")], [unknown("Walia")])
    assert got is not None and got[0] == 1.0


def test_link_country_points_a_province_point_is_kept() -> None:
    """A village the gazetteer places by its province may still be the other's (spelling, outskirts)."""
    a, b = unknown("Walia", "admin1:Chari-Baguirmi"), unknown("Chagoua", "admin1:Chari-Baguirmi")
    assert compare_places([a], [b]) is not None
