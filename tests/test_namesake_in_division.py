"""'X in Y', Y a first-level division the gazetteer knows: of two places named X, the one in Y is
meant (geo.mentions._division_named_after), not a division of that name abroad, even when the
sentence names no country. Our own sentences."""

from __future__ import annotations

import pytest

from article_helpers import incidents


@pytest.mark.parametrize(
    ("text", "name", "admin1", "country"),
    [
        (
            "Rebels attacked an army base outside Beni in North Kivu on Monday, killing four soldiers.",
            "Beni",
            "North Kivu",
            "CD",
        ),
        (
            "Clashes broke out outside Bolivar in Cauca on Sunday, leaving three rebels dead.",
            "Bolivar",
            "Cauca",
            "CO",
        ),
        (
            "Rebels attacked an army base outside Goma in North Kivu on Monday, killing four soldiers.",
            "Goma",
            "North Kivu",
            "CD",
        ),
    ],
)
def test_the_namesake_in_the_division_named_after_in(pipeline, text, name, admin1, country):
    (ev,) = incidents(pipeline, text, "2019-03-13")
    first = ev.locations[0]
    assert (first.admin1, first.country) == (admin1, country), ev.locations
    assert first.name.startswith(name[:4])
