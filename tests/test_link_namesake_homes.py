"""One site named alike by two reports whose geocoders put it in two countries or two states
(``compare.one_name_two_homes``): a border clash each side places at home, or a namesake each
article's geocoder chose differently. The shared name, on days that meet and for one kind of act or
one doer, outweighs the geocoders' choices; true namesakes (other days, other kinds of act, a
capital's name) stay apart. Events built by hand (no spaCy), in wars of our choosing; the sweep below
is this round's evidence that the rule carries beyond the sets it was read from.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

import pytest

from wardesk.link import link_reports
from wardesk.link.compare import gate, one_name_two_homes
from wardesk.link.report import Report
from wardesk.record import Actor, Count, DateSpan, Event, Location


@dataclass(frozen=True)
class Side:
    """One outlet's report of an act: where its geocoder put the site, the day, the kind, the doer."""

    name: str
    country: str
    admin1: str | None
    lat: float
    lon: float
    day: dt.date
    etype: str
    dead: int | None = None
    doer: str | None = None


def _report(rid: str, s: Side) -> Report:
    e = Event(
        event_type=s.etype,  # type: ignore[arg-type]
        date=DateSpan(start=s.day, end=s.day, precision="day"),
        locations=[
            Location(name=s.name, country=s.country, admin1=s.admin1, lat=s.lat, lon=s.lon, precision="near")
        ],
        initiators=[Actor(name=s.doer, type="rebel_group")] if s.doer else [],
        fatalities=Count(low=s.dead, best=s.dead),
    )
    return Report(rid + ":0", "art-" + rid, "outlet-" + rid, s.day + dt.timedelta(days=1), e, None)


def d(day: int, month: int = 5, year: int = 2024) -> dt.date:
    return dt.date(year, month, day)


#: (label, side a, side b): one act, each side's geocoder put the site in its own country or state
ONE_ACT = [
    (
        "border post shelled, each side at home",
        Side("Chorbog", "TJ", "Sughd", 39.9, 70.6, d(3), "missile_artillery", 4),
        Side("Chorbog", "KG", "Batken", 40.0, 70.8, d(3), "missile_artillery", 4),
    ),
    (
        "a village on the Armenia-Azerbaijan line",
        Side("Sotk", "AM", "Gegharkunik", 40.2, 45.9, d(12, 9, 2022), "armed_clash", 7),
        Side("Sotk", "AZ", "Kalbajar", 40.1, 46.0, d(12, 9, 2022), "armed_clash", 9),
    ),
    (
        "a Line of Control sector under two spellings",
        Side("Kupwara", "IN", "Jammu and Kashmir", 34.5, 74.2, d(8, 2, 2023), "armed_clash", 3),
        Side("Kupwarah", "PK", "Azad Kashmir", 34.4, 74.0, d(8, 2, 2023), "armed_clash", 3),
    ),
    (
        "an oil town claimed by two Sudans",
        Side("Heglig", "SD", "West Kordofan", 10.0, 29.4, d(10, 4, 2012), "air_strike", 12),
        Side("Heglig", "SS", "Unity", 9.9, 29.5, d(10, 4, 2012), "air_strike", 12),
    ),
    (
        "a border town on the Eritrean frontier",
        Side("Badme", "ER", "Gash-Barka", 14.7, 37.8, d(6, 5, 1998), "armed_clash", 20),
        Side("Badme", "ET", "Tigray", 14.6, 37.9, d(6, 5, 1998), "armed_clash", 26),
    ),
    (
        "a temple ridge on the Thai-Cambodian line",
        Side("Ta Muen Thom", "TH", "Surin", 14.35, 103.26, d(24, 7, 2025), "missile_artillery", 11),
        Side("Ta Muen Thom", "KH", "Oddar Meanchey", 14.34, 103.27, d(24, 7, 2025), "missile_artillery", 11),
    ),
    (
        "a lake-shore town of the Kivu, one rebel group named",
        Side("Bunagana", "UG", "Kisoro", -1.29, 29.6, d(13, 6, 2022), "armed_clash", None, "M23"),
        Side("Bunagana", "CD", "Nord-Kivu", -1.30, 29.59, d(13, 6, 2022), "attack_on_civilians", 6, "M23"),
    ),
    (
        "a hill village on the Lebanese border, two kinds of one doer",
        Side("Aitaroun", "LB", "Nabatieh", 33.11, 35.47, d(14, 11, 2023), "air_strike", 2, "Israel"),
        Side(
            "Aitaroun",
            "IL",
            "Northern District",
            33.12,
            35.46,
            d(14, 11, 2023),
            "missile_artillery",
            2,
            "Israel",
        ),
    ),
    (
        "a namesake each outlet's geocoder chose (two states of one country)",
        Side("Kajuru", "NG", "Kaduna", 10.3, 7.7, d(2, 3), "abduction", None),
        Side("Kajuru", "NG", "Katsina", 12.5, 7.6, d(2, 3), "abduction", None),
    ),
    (
        "one transliteration, two states of one country",
        Side("Jowhar", "SO", "Middle Shabele", 2.78, 45.5, d(19, 1, 2021), "suicide_bomb", 6),
        Side("Jawhar", "SO", "Hiiraan", 4.1, 45.2, d(19, 1, 2021), "suicide_bomb", 6),
    ),
    (
        "a Sahel village each ministry puts at home",
        Side("Tillaberi-Koira", "NE", "Tillaberi", 14.2, 1.4, d(21, 3, 2021), "attack_on_civilians", 33),
        Side("Tillaberi-Koira", "ML", "Gao", 15.2, 0.9, d(21, 3, 2021), "attack_on_civilians", 31),
    ),
    (
        "a Myanmar border township on the Thai side too",
        Side("Myawaddy", "MM", "Kayin", 16.7, 98.5, d(11, 4, 2024), "armed_clash", None),
        Side("Myawaddy", "TH", "Tak", 16.7, 98.6, d(11, 4, 2024), "armed_clash", None),
    ),
]

#: (label, side a, side b): one name, yet two acts: the rule must keep them apart
TWO_ACTS = [
    (
        "same village, a week apart",
        Side("Chorbog", "TJ", "Sughd", 39.9, 70.6, d(3), "missile_artillery", 4),
        Side("Chorbog", "KG", "Batken", 40.0, 70.8, d(10), "missile_artillery", 4),
    ),
    (
        "same name, a kidnapping and an air raid, no doer in common",
        Side("Kajuru", "NG", "Kaduna", 10.3, 7.7, d(2, 3), "abduction", None),
        Side("Kajuru", "NE", "Maradi", 13.5, 7.1, d(2, 3), "air_strike", 9),
    ),
    (
        "a capital's name: Tripoli in Libya and in Lebanon",
        Side("Tripoli", "LY", "Tripoli", 32.9, 13.2, d(5, 8, 2023), "armed_clash", 5),
        Side("Tripoli", "LB", "North", 34.4, 35.8, d(5, 8, 2023), "armed_clash", 5),
    ),
    (
        "two names that only look alike",
        Side("Kafanchan", "NG", "Kaduna", 9.6, 8.3, d(7, 6), "armed_clash", 3),
        Side("Kachia", "NG", "Kaduna", 9.9, 7.9, d(7, 6), "armed_clash", 3),
    ),
    (
        "same name, two days, each dated to its own day of publication",
        Side("Sotk", "AM", "Gegharkunik", 40.2, 45.9, d(12, 9, 2022), "armed_clash", 7),
        Side("Sotk", "AZ", "Kalbajar", 40.1, 46.0, d(15, 9, 2022), "armed_clash", 7),
    ),
    (
        "a shelling and a kidnapping at one border village, no doer in common",
        Side("Bunagana", "UG", "Kisoro", -1.29, 29.6, d(13, 6, 2022), "missile_artillery", 2),
        Side("Bunagana", "CD", "Nord-Kivu", -1.30, 29.59, d(13, 6, 2022), "abduction", None),
    ),
]


@pytest.mark.parametrize(("label", "a", "b"), ONE_ACT, ids=[c[0] for c in ONE_ACT])
def test_link_namesake_homes_one_act_passes_the_gate(label: str, a: Side, b: Side) -> None:
    ra, rb = _report("a", a), _report("b", b)
    assert one_name_two_homes(ra, rb) and one_name_two_homes(rb, ra)
    assert gate(ra, rb).ok and gate(rb, ra).ok


@pytest.mark.parametrize(("label", "a", "b"), TWO_ACTS, ids=[c[0] for c in TWO_ACTS])
def test_link_namesake_homes_two_acts_stay_apart(label: str, a: Side, b: Side) -> None:
    ra, rb = _report("a", a), _report("b", b)
    assert not gate(ra, rb).ok and not gate(rb, ra).ok


def test_link_namesake_homes_one_story_whatever_the_order() -> None:
    """The two sides' reports of a border shelling end in one story, the week-later shelling of the
    same village in its own, in any order of input."""
    one = ONE_ACT[0]
    later = TWO_ACTS[0][2]
    reports = [_report("a", one[1]), _report("b", one[2]), _report("c", later)]
    for seed in range(6):
        shuffled = reports[:]
        random.Random(seed).shuffle(shuffled)
        groups = sorted(sorted(r.report_id for r in s.reports) for s in link_reports(shuffled))
        assert groups == [["a:0", "b:0"], ["c:0"]]
