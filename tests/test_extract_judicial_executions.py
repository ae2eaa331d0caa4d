"""A state's execution after a court's judgement is no violent event (round 16; ACLED leaves
judicial executions out); an armed group's execution stays an attack on civilians whatever its
"court" said. Own sentences, published 2024-05-15 (a Wednesday)."""

from __future__ import annotations

import pytest
from tests.article_helpers import incidents

PUBLISHED = "2024-05-15"

JUDICIAL = [
    "Saudi Arabia executed seven men on Tuesday who had been convicted of terrorism offences, the interior ministry said.",
    "Iran hanged two protesters on Monday after a revolutionary court sentenced them for attacking a police station.",
    "Belarus executed a man on Sunday who had been sentenced to death for killing two guards, rights groups said.",
]

ARMED_GROUP = [
    (
        "Al-Shabaab publicly executed a man in Jilib on Sunday after an Islamic court found him guilty of spying for the government.",
        1,
    ),
    (
        "Islamic State militants executed five men in Deir ez-Zor on Monday after a court of the group convicted them of apostasy.",
        5,
    ),
]


@pytest.mark.parametrize("text", JUDICIAL)
def test_extract_judicial_execution_is_no_incident(pipeline, text):
    assert incidents(pipeline, text, PUBLISHED) == []


@pytest.mark.parametrize(("text", "toll"), ARMED_GROUP)
def test_extract_armed_group_execution_is_an_attack(pipeline, text, toll):
    (ev,) = incidents(pipeline, text, PUBLISHED)
    assert (ev.event_type, ev.fatalities.best) == ("attack_on_civilians", toll)
