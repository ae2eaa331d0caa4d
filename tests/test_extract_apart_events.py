"""Event structure: a clause measured apart in time ("a month after", "hours before") tells
another event, named in passing; it neither stands as a second event of the sentence's time
nor types the sentence's own. Short reports written for these tests."""

from __future__ import annotations

import pytest
from tests.article_helpers import incidents


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Insurgents ambushed a police patrol near Mocimboa da Praia on Thursday, killing six "
            "officers. The ambush came a month after a helicopter raid against a hut deep inside that forest.",
            "armed_clash",
        ),
        (
            "Fighting between two militias killed nine people in Tripoli on Sunday, medics said. The "
            "clashes erupted a day after a drone strike on a depot south of the capital.",
            "armed_clash",
        ),
    ],
)
def test_extract_apart_events_a_group_measured_apart_is_no_second_event(pipeline, text, kind):
    events = incidents(pipeline, text, "2024-05-15")
    assert [e.event_type for e in events] == [kind], [(e.event_type, e.fatalities.best) for e in events]


def test_extract_apart_events_a_weapon_named_in_passing_does_not_type_the_event(pipeline):
    text = (
        "Herders attacked the village of Dogo on Monday, killing eight farmers, police said. The raid "
        "came four days after an air strike by the Nigerian Air Force on a herders' camp nearby."
    )
    events = incidents(pipeline, text, "2024-05-15")
    assert all(e.event_type != "air_strike" for e in events), [e.event_type for e in events]
