"""Two attacks of one day in one city or province that name different sites stay apart
(``compare.distinct_sites``); one event told with more or less detail, or under other spellings, links.

Events built by hand (no spaCy): the places as the geocoder would give them, with ``coords_from``
saying whether a point is the place's own or borrowed from its town or province.
"""

from __future__ import annotations

import datetime as dt

import pytest

from wardesk.link import Report, link_reports
from wardesk.link.compare import distinct_sites
from wardesk.record import Actor, Count, DateSpan, Event, Location

D = dt.date(2022, 5, 14)


def place(
    name: str,
    lat: float | None,
    lon: float | None,
    precision: str = "exact",
    coords_from: str | None = "gazetteer",
) -> Location:
    """A place in Kharkiv oblast (invented points near the real ones are enough here)."""
    return Location(
        name=name,
        admin1="Kharkiv",
        country="UA",
        lat=lat,
        lon=lon,
        precision=precision,
        coords_from=coords_from,
    )  # type: ignore[arg-type]


CITY = place("Kharkiv", 49.9935, 36.2304)
OBLAST = place("Kharkiv Oblast", 49.6, 36.6, precision="admin1")
#: a district the gazetteer knows (its own point) and one it lacks (its province's point)
SALTIVKA = place("Saltivka", 50.03, 36.30, precision="near")
SALTOVKA = place("Saltovka", 50.03, 36.30, precision="near", coords_from="admin1:Kharkiv")
KHOLODNA = place("Kholodna Hora", 49.6, 36.6, precision="near", coords_from="admin1:Kharkiv")
PISOCHYN = place("Pisochyn", 49.6, 36.6, precision="near", coords_from="admin1:Kharkiv")
OLEKSIIVKA = place("Oleksiivka", 50.05, 36.21, precision="near")
ALEKSEEVKA = place("Alekseevka", 49.6, 36.6, precision="near", coords_from="admin1:Kharkiv")
NEAR_CITY = place("Kharkiv", 49.9935, 36.2304, precision="near")
NEAR_PISOCHYN = place("Pisochyn", 49.96, 36.09, precision="near")
IZIUM = place("Izium", 49.21, 37.26)
KUPIANSK = place("Kupiansk", 49.71, 37.61)
TEXT = (
    "Shelling hit homes in the city on Saturday, killing five civilians and wounding several, officials said."
)


def report(
    rid: str, places: list[Location], etype: str = "missile_artillery", side: tuple[str, str] | None = None
) -> Report:
    """One outlet's report of a strike on day D with the given places (and attacker)."""
    e = Event(
        event_type=etype,
        date=DateSpan(start=D, end=D, precision="day"),
        locations=places,
        initiators=[Actor(name=side[0], type=side[1])] if side else [],  # type: ignore[arg-type]
        targets=[Actor(name="Civilians", type="civilians")],
        fatalities=Count(low=5, best=5),
    )
    return Report(rid, "art-" + rid, "outlet-" + rid, D, e, None)


RU = ("Russia", "state_forces")
UA = ("Ukraine", "state_forces")


@pytest.mark.parametrize(
    "a,b,linked",
    [
        # a known district and an unknown one of the same city, each side's attack: two events
        ([CITY, SALTIVKA], [CITY, KHOLODNA], False),
        # two towns of the province that both reports name: two events
        ([IZIUM, OBLAST], [KUPIANSK, OBLAST], False),
        # the district on one side, only the city on the other: one event told with less detail
        ([CITY, SALTIVKA], [CITY], True),
        # the town on one side, only its province on the other
        ([IZIUM, OBLAST], [OBLAST], True),
        # one district under two spellings (one known to the gazetteer, one not)
        ([CITY, SALTIVKA], [CITY, SALTOVKA], True),
        # one district in each side's transliteration, the first vowel too ("Oleksiivka", "Alekseevka")
        ([CITY, OLEKSIIVKA], [CITY, ALEKSEEVKA], True),
        # "near" the city and "near" a village on its edge: one area's outskirts
        ([NEAR_CITY, OBLAST], [NEAR_PISOCHYN, OBLAST], True),
        # a village the gazetteer places only by its province may lie by the other's town
        ([IZIUM, OBLAST], [PISOCHYN, OBLAST], True),
        # two names no gazetteer knows: as often a misread word as a district, so no ground to part
        ([CITY, KHOLODNA], [CITY, PISOCHYN], True),
    ],
)
def test_link_sites_apart(a: list[Location], b: list[Location], linked: bool) -> None:
    ra, rb = report("1", a, side=RU), report("2", b, etype="air_strike", side=UA)
    stories = link_reports([ra, rb], texts={"1": TEXT, "2": TEXT})
    assert (len(stories) == 1) is linked
    assert distinct_sites(ra, rb) is (not linked) is distinct_sites(rb, ra)


def test_link_sites_apart_same_place_contested() -> None:
    """One strike on one district that each side pins on the other links (the contested case)."""
    ra = report("1", [CITY, SALTIVKA], side=RU)
    rb = report("2", [SALTIVKA, CITY], etype="air_strike", side=UA)
    assert len(link_reports([ra, rb], texts={"1": TEXT, "2": TEXT})) == 1
