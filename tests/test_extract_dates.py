"""Which day an event takes: its own words, the day the story told last, never after publication.

Short articles written for these tests, read end to end by the extract stage.
"""

from __future__ import annotations

import datetime as dt

import pytest

from wardesk.flows.extract import Pipeline
from wardesk.record import Article

D = dt.date
PUB = "2019-03-14"  # a Thursday


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _events(pipeline, text, title=None, published=PUB):
    return pipeline.run(Article(id="t", title=title, text=text, published=published)).events


def _by_place(events):
    return {loc.name: e for e in events for loc in e.locations[:1]}


@pytest.mark.parametrize(
    ("follow_up", "day"),
    [
        ("The next day, soldiers retook the town of Gwoza after heavy fighting.", D(2019, 3, 12)),
        ("Later that day, an air strike killed five people in the town of Gwoza.", D(2019, 3, 11)),
        ("Two days later, gunmen burned the market in the town of Gwoza.", D(2019, 3, 13)),
        ("The day before, gunmen had burned the market in the town of Gwoza.", D(2019, 3, 10)),
    ],
)
def test_extract_dates_count_from_the_narrated_day(pipeline, follow_up, day):
    text = "On Monday, militants captured the Nigerian town of Bama. " + follow_up
    evs = _by_place(_events(pipeline, text))
    assert evs["Bama"].date.start == D(2019, 3, 11)
    kuma = next(e for name, e in evs.items() if name != "Bama")
    assert kuma.date.start == day
