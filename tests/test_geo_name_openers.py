"""A place name opening with "Abu", "Umm", "Deir" ... is one name, even when the gazetteer lacks it.

"Abu" is a stop word of the gazetteer (alone it is far more often a person's kunya), and a run of
capitalised words holding a stop word was read as two names run together, so "Abu Shouk" came out
as a place "Shouk". Our own sentences.
"""

from __future__ import annotations

import pytest
from tests.article_helpers import incidents, place_key


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Shells hit the Abu Shouk camp for displaced people near El Fasher on Sunday, killing six people.",
            "Abu Shouk",
        ),
        (
            "An air strike hit a house in the Abu Salim district of Tripoli on Monday, killing three children.",
            "Abu Salim",
        ),
        ("Rockets hit Abu Kamal on Monday, killing three people, activists said.", "Abu Kamal"),
    ],
)
def test_a_name_opener_binds_to_the_word_after_it(pipeline, text, name):
    evs = incidents(pipeline, text, "2024-03-05")
    assert evs and place_key(name) in [place_key(loc.name) for loc in evs[0].locations]
