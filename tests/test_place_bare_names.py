"""A place is recorded under its name, without the division word the report wrote after it.

'Gunmen raided Kolwe subdistrict' names a place called Kolwe; the word says what kind of place it
is. Gazetteers, coders and the other side's outlet write the name alone, so a name kept with the
word matched neither. Each case is a sentence of our own from another war; the word may follow a
name the gazetteer lacks (the name is kept as written) or one it has (the report's spelling).
"""

from __future__ import annotations

import pytest

from wardesk.flows.extract import Pipeline
from wardesk.geo.place import bare_name
from wardesk.record import Article

CASES = [
    (
        "2012-08-14",
        "Troops killed four rebels in a clash in Lamkor subdistrict on Sunday, the army said.",
        "Lamkor",
    ),
    ("2019-02-05", "Gunmen killed two nurses in Tembagapura District on Monday, police said.", "Tembagapura"),
    (
        "2015-11-23",
        "A roadside bomb killed three soldiers in Jamrud tehsil on Saturday, Khyber police said.",
        "Jamrud",
    ),
    (
        "2016-07-12",
        "Rebels killed four villagers in Kyabarungira sub-county in Kasese district on Saturday, police said.",
        "Kyabarungira",
    ),
    ("2021-06-08", "Armed men killed 11 farmers in Kwande woreda on Monday, residents said.", "Kwande"),
    (
        "2017-03-21",
        "A mortar round killed five people in the Shorja neighbourhood of Baghdad on Monday.",
        "Shorja",
    ),
    (
        "2024-01-16",
        "Police killed six gang members in Tabarre municipality on Monday, officials said.",
        "Tabarre",
    ),
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize(("published", "text", "name"), CASES)
def test_place_is_named_without_its_division_word(pipeline, published, text, name) -> None:
    out = pipeline.run(Article(id="bare", text=text, published=published))
    names = [loc.name for ev in out.events for loc in ev.locations]
    assert name in names
    assert not any(
        n.lower().endswith(("district", "tehsil", "woreda", "neighbourhood", "municipality")) for n in names
    )


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("Peshawar", "Peshawar"),
        ("Sadr City district", "Sadr City"),
        ("Kolwe Sub-district", "Kolwe"),
        ("the district", "the district"),  # no name before the word: left as it is
        ("Christian Quarter", "Christian Quarter"),  # a quarter's name keeps its word
    ],
)
def test_bare_name_drops_only_a_trailing_division_word(text, bare) -> None:
    assert bare_name(text) == bare
