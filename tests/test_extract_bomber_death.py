"""The bomber who dies in his own attack is one more of its dead, told after the toll: an aircraft
word that is the subject of dying names a person, so the sentence brings no air strike of its own
and its death adds to the attack's toll. Short reports written for these tests."""

from __future__ import annotations

import pytest
from tests.article_helpers import incidents


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "A suicide bomber killed four worshippers at a church in Maroua on Sunday, police said. The "
            "bomber also died.",
            5,
        ),
        (
            "A suicide bomber detonated explosives at a wedding hall in Kunduz on Friday, killing eleven "
            "guests, officials said. The bomber perished as well.",
            12,
        ),
    ],
)
def test_extract_bomber_death_adds_to_the_toll(pipeline, text, toll):
    events = incidents(pipeline, text, "2024-05-15")
    assert [(e.event_type, e.fatalities.best) for e in events] == [("suicide_bomb", toll)]
