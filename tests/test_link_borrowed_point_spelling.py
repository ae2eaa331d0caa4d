"""One site under two transliterations, one of them at a point it borrowed (``compare._one_name_borrowed_point``).

A place the gazetteer lacks is set at a point it borrows: the town it is said to be near, or its
province's centre. Two outlets spelling one village two ways ("Tal Afar" and "Tel Afar") may get
one spelling from the gazetteer and the other at the province's centre, tens of kilometres away.
The distance between the two points then says nothing: the one name (one transliteration
skeleton) in one province does. Two places at points of their own stay apart by distance
(namesake villages), and so do two names of different skeletons. Events built by hand (no spaCy)
in wars of our choosing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from wardesk.link import link_reports
from wardesk.link.compare import gate
from wardesk.link.report import Report
from wardesk.record import Count, DateSpan, Event, Location


@dataclass(frozen=True)
class Spot:
    """One outlet's place: its spelling, province, country, point, and whence the point came."""

    name: str
    admin1: str
    country: str
    lat: float
    lon: float
    coords_from: str | None = None  # None: the gazetteer's own point

    def location(self) -> Location:
        return Location(
            name=self.name,
            admin1=self.admin1,
            country=self.country,
            lat=self.lat,
            lon=self.lon,
            precision="near",
            coords_from=self.coords_from,
        )


def _report(rid: str, spot: Spot, day: dt.date, etype: str, dead: int) -> Report:
    e = Event(
        event_type=etype,  # type: ignore[arg-type]
        date=DateSpan(start=day, end=day, precision="day"),
        locations=[spot.location()],
        fatalities=Count(low=dead, best=dead),
    )
    return Report(rid + ":0", "art-" + rid, "outlet-" + rid, day + dt.timedelta(days=1), e, None, main=True)


def _prov(admin1: str) -> str:
    return "admin1:" + admin1


#: (label, the gazetteer's spelling, the other spelling at a borrowed point, day, kind, dead)
ONE_SITE = [
    (
        "a car bomb in a Nineveh town",
        Spot("Tel Afar", "Nineveh", "IQ", 36.37, 42.45),
        Spot("Tal Afar", "Nineveh", "IQ", 36.0, 43.2, _prov("Nineveh")),
        dt.date(2007, 3, 27),
        "remote_explosive",
        9,
    ),
    (
        "shelling of a town south of the capital",
        Spot("Tarhuna", "Murqub", "LY", 32.43, 13.63),
        Spot("Tarhouna", "Murqub", "LY", 32.2, 14.3, _prov("Murqub")),
        dt.date(2019, 9, 14),
        "missile_artillery",
        6,
    ),
    (
        "a militia raid on a Darfur town",
        Spot("Kutum", "North Darfur", "SD", 14.2, 24.67),
        Spot("Kuttum", "North Darfur", "SD", 15.0, 25.5, _prov("North Darfur")),
        dt.date(2020, 7, 13),
        "attack_on_civilians",
        11,
    ),
    (
        "a suicide attack on a hotel in Hiran",
        Spot("Beledweyne", "Hiran", "SO", 4.74, 45.2),
        Spot("Beled Weyne", "Hiran", "SO", 4.2, 45.9, _prov("Hiran")),
        dt.date(2022, 10, 3),
        "suicide_bomb",
        20,
    ),
    (
        "a drone strike on a compound",
        Spot("Datta Khel", "Khyber Pakhtunkhwa", "PK", 32.95, 69.86),
        Spot("Dattakhel", "Khyber Pakhtunkhwa", "PK", 34.5, 71.8, _prov("Khyber Pakhtunkhwa")),
        dt.date(2011, 3, 17),
        "air_strike",
        14,
    ),
    (
        "an ambush near a desert post",
        Spot("Tessit", "Gao", "ML", 15.01, 0.31),
        Spot("Tessitt", "Gao", "ML", 16.3, 0.4, _prov("Gao")),
        dt.date(2022, 8, 7),
        "armed_clash",
        17,
    ),
    (
        "an air strike on a southern town",
        Spot("Bint Jbeil", "Nabatieh", "LB", 33.12, 35.43),
        Spot("Bint Jubayl", "Nabatieh", "LB", 33.37, 35.6, _prov("Nabatieh")),
        dt.date(2006, 7, 26),
        "air_strike",
        8,
    ),
    (
        "artillery on a northern Gaza town",
        Spot("Beit Hanun", "North Gaza", "PS", 31.54, 34.54),
        Spot("Beit Hanoun", "North Gaza", "PS", 31.2, 34.3, _prov("North Gaza")),
        dt.date(2006, 11, 8),
        "missile_artillery",
        18,
    ),
    (
        "a rocket attack on a Chechen district town",
        Spot("Achkhoy-Martan", "Chechnya", "RU", 43.19, 45.28),
        Spot("Achkhoi-Martan", "Chechnya", "RU", 43.4, 45.9, _prov("Chechnya")),
        dt.date(2000, 1, 12),
        "missile_artillery",
        7,
    ),
    (
        "an air strike on a market in Tigray",
        Spot("Mekele", "Tigray", "ET", 13.5, 39.47),
        Spot("Mekelle", "Tigray", "ET", 14.0, 38.6, _prov("Tigray")),
        dt.date(2021, 10, 18),
        "air_strike",
        3,
    ),
    (
        "barrel bombs on an Idlib town",
        Spot("Kafr Nabl", "Idlib", "SY", 35.61, 36.56),
        Spot("Kafranbel", "Idlib", "SY", 35.9, 36.8, _prov("Idlib")),
        dt.date(2015, 8, 2),
        "air_strike",
        12,
    ),
    (
        "a bombing in a Christian town of the plain",
        Spot("Qaraqosh", "Nineveh", "IQ", 36.27, 43.38),
        Spot("Qaraqush", "Nineveh", "IQ", 36.0, 42.7, _prov("Nineveh")),
        dt.date(2008, 5, 2),
        "remote_explosive",
        4,
    ),
]


@pytest.mark.parametrize("a, b, day, etype, dead", [c[1:] for c in ONE_SITE], ids=[c[0] for c in ONE_SITE])
def test_one_site_under_two_spellings_links(a: Spot, b: Spot, day: dt.date, etype: str, dead: int) -> None:
    ra, rb = _report("a", a, day, etype, dead), _report("b", b, day, etype, dead)
    g = gate(ra, rb)
    assert g.ok and not g.weak and g.place == 0.9
    stories = link_reports([ra, rb])
    assert any({r.report_id for r in s.reports} == {"a:0", "b:0"} for s in stories)


#: (label, place a, place b): two places, kept apart
TWO_PLACES = [
    (
        "namesake villages, each at a point of its own",
        Spot("Tal Abyad", "Raqqa", "SY", 36.69, 38.95),
        Spot("Tell Abiad", "Raqqa", "SY", 35.95, 39.6),
    ),
    (
        "two names, one of them at the province's point",
        Spot("Tessit", "Gao", "ML", 15.01, 0.31),
        Spot("Talataye", "Gao", "ML", 16.3, 0.4, _prov("Gao")),
    ),
    (
        "two names, both at borrowed points",
        Spot("Kuttum", "North Darfur", "SD", 15.0, 25.5, _prov("North Darfur")),
        Spot("Tawila", "North Darfur", "SD", 14.4, 24.9, "town:El Fasher"),
    ),
    (
        "one spelling at a borrowed point, the other a province away",
        Spot("Qaraqosh", "Nineveh", "IQ", 36.27, 43.38),
        Spot("Qaraqush", "Kirkuk", "IQ", 35.4, 44.3, _prov("Kirkuk")),
    ),
]


@pytest.mark.parametrize("a, b", [c[1:] for c in TWO_PLACES], ids=[c[0] for c in TWO_PLACES])
def test_two_places_stay_apart(a: Spot, b: Spot) -> None:
    day = dt.date(2016, 4, 9)
    ra, rb = _report("a", a, day, "armed_clash", 5), _report("b", b, day, "air_strike", 9)
    assert not gate(ra, rb).ok
