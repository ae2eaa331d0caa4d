"""One place named with or without the word of its kind (``compare.bare_name``): "Kiwanja territory" in one
outlet and "Kiwanja" in the other are one place, also when neither has a point of its own. Reports built
by hand (no spaCy)."""

from __future__ import annotations

import datetime as dt

import pytest

from wardesk.link import Report
from wardesk.link.compare import bare_name, gate
from wardesk.record import Count, DateSpan, Event, Location

D = dt.date(2022, 7, 3)


def told(rid: str, place: Location) -> Report:
    ev = Event(
        event_type="attack_on_civilians",
        date=DateSpan(start=D, end=D, precision="day"),
        locations=[place],
        fatalities=Count(low=8, best=8),
    )
    return Report(rid, "art-" + rid, "outlet-" + rid, D, ev, None)


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Hitam district", "hitam"),
        ("Kiwanja territory", "kiwanja"),
        ("Puerto Asis municipality", "puerto asis"),
        ("Mandera County", "mandera"),
        ("the town of Gode", "gode"),
        ("Marawi City", "marawi"),
        ("Ilaga regency", "ilaga"),
        ("Kiwanja", "kiwanja"),
        ("District", "district"),
    ],
)
def test_link_place_kinds_a_place_without_the_word_of_its_kind(name: str, bare: str) -> None:
    assert bare_name(name) == bare


def test_link_place_kinds_one_place_with_and_without_its_kind() -> None:
    """A "Kiwanja territory" set at the country's point (the gazetteer lacks it) and "near Kiwanja" with no point
    at all: one place by name, as one name's two spellings are (before: no place in common, no link)."""
    a = Location(
        name="Kiwanja territory", country="CD", lat=-2.9, lon=23.6, precision="near", coords_from="country:CD"
    )
    b = Location(name="Kiwanja", country="CD", precision="near")
    c = Location(
        name="Rutshuru territory",
        country="CD",
        lat=-2.9,
        lon=23.6,
        precision="near",
        coords_from="country:CD",
    )
    ra, rb, rc = told("a", a), told("b", b), told("c", c)
    assert gate(ra, rb).ok and gate(ra, rb).place == 1.0
    assert not gate(rb, rc).ok, "two territories by name are two places"
