"""A sentence that only goes on counting the tally before it is part of that tally.

Our own round-ups: a period's toll, then "another N have been killed" or "the toll includes N",
with no day of their own. Read alone they looked like incidents of the article's day, and their
figures met one strike's toll in linking as a contradiction. Beside them, the forms that stay
incidents: a count with a day of its own, more dead of an incident, a part of an incident's toll.
"""

from __future__ import annotations

import pytest
from tests.article_helpers import incidents

from wardesk.record import Article

TALLY = (
    "KHARTOUM, May 9, 2024 - Drone strikes on the state have killed 140 civilians since the siege "
    "began on 10 April, a rights group said on Thursday. "
)


def _tolls(events) -> set[int]:
    return {e.fatalities.best for e in events if e.fatalities and e.fatalities.best is not None}


def _aggregate_tolls(pipeline, text: str) -> set[int]:
    evs = pipeline.run(Article(id="t", text=text, published="2024-05-09")).events
    return {
        int(c.value)
        for e in evs
        if e.kind == "aggregate"
        for c in e.claims
        if c.what == "killed" and c.value is not None
    }


@pytest.mark.parametrize(
    ("follow", "count"),
    [
        ("Another 96 people have been killed in fighting across the state, the group said.", 96),
        ("A further 75 civilians have died in clashes in the region, according to the group.", 75),
        ("The toll includes 38 people killed by artillery fire on the old market district.", 38),
        ("The dead include 22 farmers killed by shelling of villages east of the city.", 22),
    ],
)
def test_a_count_going_on_from_a_tally_is_the_tally(pipeline, follow, count):
    text = TALLY + follow
    assert count not in _tolls(incidents(pipeline, text, "2024-05-09"))
    assert count in _aggregate_tolls(pipeline, text)


@pytest.mark.parametrize(
    ("follow", "count"),
    [
        # a day of its own: one day's event
        ("On Wednesday another 17 people have been killed in a raid on the cattle market.", 17),
    ],
)
def test_a_new_event_after_a_tally_stays_an_incident(pipeline, follow, count):
    assert count in _tolls(incidents(pipeline, TALLY + follow, "2024-05-09"))


def test_more_dead_of_an_incident_stay_the_incident(pipeline):
    text = (
        "MOGADISHU, March 3, 2024 - A car bomb killed 12 people at a checkpoint on Saturday, police "
        "said. Another five have died of their wounds in hospital, a doctor said."
    )
    evs = incidents(pipeline, text, "2024-03-03")
    assert evs and max(_tolls(evs)) >= 12


def test_a_part_of_an_incident_toll_stays_with_the_incident(pipeline):
    text = (
        "GOMA, March 3, 2024 - Rebels shelled a camp for displaced people outside the city on "
        "Saturday, killing 19 people, local officials said. The dead include eight children."
    )
    evs = incidents(pipeline, text, "2024-03-03")
    assert 19 in _tolls(evs)
    assert 8 not in _tolls(evs)
