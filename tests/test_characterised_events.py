"""A sentence that says what an event already told was tells no new event.

"The strike was a deliberate massacre", "elders called the attack a massacre", "the ministry
described the raid as a massacre": the judging noun ("massacre") is a word of violence against
civilians, and read as a trigger it made a second event of the article's one strike. Our own
sentences.
"""

from __future__ import annotations

import pytest
from tests.article_helpers import incidents

LEAD = (
    "KABUL, May 3, 2024 - A drone struck a wedding party in the village of Shahr on Tuesday, killing "
    "14 people, local officials said. "
)


@pytest.mark.parametrize(
    "judgement",
    [
        "A Taliban spokesman said the strike was a deliberate massacre of civilians.",
        "Elders called the attack a massacre and demanded an inquiry.",
        "The provincial council described the strike as a massacre.",
        "Survivors said it was a massacre.",
    ],
)
def test_a_judgement_of_the_event_told_is_no_new_event(pipeline, judgement):
    evs = incidents(pipeline, LEAD + judgement, "2024-05-03")
    assert [e.event_type for e in evs] == ["air_strike"]
    assert len(evs[0].evidence) == 2


def test_a_new_massacre_told_after_a_strike_stays_an_event(pipeline):
    text = LEAD + "On Wednesday gunmen massacred nine shepherds in a valley north of the village."
    assert len(incidents(pipeline, text, "2024-05-03")) == 2
