"""A place's first-level division as it was called on the event's day (geo/former.py, extract/rank.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from wardesk.extract.rank import divisions_of_the_day
from wardesk.geo.former import admin1_as_of
from wardesk.record import Article, Location


@pytest.mark.parametrize(
    ("country", "admin1", "day", "expected"),
    [
        ("PH", "Maguindanao del Sur", dt.date(2020, 9, 18), "Maguindanao"),
        ("PH", "Maguindanao del Norte", dt.date(2015, 1, 25), "Maguindanao"),
        ("PH", "Davao de Oro", dt.date(2018, 3, 1), "Compostela Valley"),
        # on and after the change, today's name
        ("PH", "Maguindanao del Sur", dt.date(2022, 9, 18), "Maguindanao del Sur"),
        ("PH", "Davao de Oro", dt.date(2024, 1, 1), "Davao de Oro"),
        # divisions that did not change, another country, an unknown day
        ("PH", "Sulu", dt.date(2010, 1, 1), "Sulu"),
        ("SY", "Maguindanao del Sur", dt.date(2010, 1, 1), "Maguindanao del Sur"),
        ("PH", "Maguindanao del Sur", None, "Maguindanao del Sur"),
        ("PH", None, dt.date(2010, 1, 1), None),
    ],
)
def test_geo_former_admin1_as_of_the_day(country, admin1, day, expected):
    assert admin1_as_of(country, admin1, day) == expected


def test_rank_divisions_of_the_day_rename_the_division_and_merge_its_halves():
    locs = [
        Location(name="Ampatuan", admin1="Maguindanao del Sur", country="PH", precision="exact"),
        Location(name="Maguindanao del Sur", admin1="Maguindanao del Sur", country="PH", precision="admin1"),
        Location(
            name="Maguindanao del Norte", admin1="Maguindanao del Norte", country="PH", precision="admin1"
        ),
    ]
    out = divisions_of_the_day(locs, dt.date(2019, 6, 1))
    assert [(x.name, x.admin1) for x in out] == [("Ampatuan", "Maguindanao"), ("Maguindanao", "Maguindanao")]
    assert divisions_of_the_day(locs, dt.date(2023, 6, 1)) == locs


def test_rank_an_event_before_a_split_carries_the_old_division(pipeline):
    text = "Soldiers clashed with gunmen in Ampatuan town on Tuesday, killing three of them, the army said."
    events = pipeline.run(Article(id="t", text=text, published="2019-04-11")).events
    assert {loc.admin1 for e in events for loc in e.locations} == {"Maguindanao"}
