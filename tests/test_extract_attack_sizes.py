"""A count of munitions, vehicles or buildings in one attack at one place is the attack's size,
not a campaign's tally: the report stays one incident. Short reports written for these tests."""

from __future__ import annotations

import pytest
from tests.article_helpers import incidents


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Militants fired some thirty mortar rounds at the army camp in Gao on Friday, killing a child, "
            "the UN mission said.",
            1,
        ),
        (
            "Separatists launched twenty drones at Belgorod on Sunday night, killing three residents, the "
            "governor said.",
            3,
        ),
        (
            "Attackers set fire to more than 150 homes in a village in Plateau State and killed 17 people, "
            "police said on Monday.",
            17,
        ),
    ],
)
def test_extract_attack_sizes_one_place_keeps_one_incident(pipeline, text, toll):
    events = incidents(pipeline, text, "2024-05-15")
    assert [e.fatalities.best for e in events] == [toll], [(e.event_type, e.fatalities.best) for e in events]


def test_extract_attack_sizes_a_countrywide_barrage_stays_a_tally(pipeline):
    text = "Russia fired 120 missiles across Ukraine on Friday, the air force said."
    assert incidents(pipeline, text, "2024-05-15") == []
