"""A crewed military aircraft brought down was the target of the fire, not the means of an air strike
(``extract/precedence.type_downed_warcraft``): the downing is a battle with its crew, while a civil
craft brought down stays the missile attack it was."""

from __future__ import annotations

import pytest

from article_helpers import incidents

DAY = "2024-03-20"


def _types(pipeline, text: str) -> list[str]:
    return [e.event_type for e in incidents(pipeline, text, DAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Kachin rebels shot down a military helicopter near Bhamo on Monday, the group said.",
        "A government warplane was shot down by rebel fighters over Hama on Sunday, activists said.",
        "ELN guerrillas brought down an army helicopter near Tame on Friday, killing two pilots.",
    ],
)
def test_downed_warcraft_is_a_battle(pipeline, text):
    assert _types(pipeline, text) == ["armed_clash"]


def test_downed_warcraft_is_no_weapon_of_the_event(pipeline):
    text = "Rebels shot down an air force helicopter near Goma on Tuesday, the army said."
    (event,) = incidents(pipeline, text, DAY)
    assert event.weapons == []


def test_downed_passenger_plane_stays_a_missile_attack(pipeline):
    text = "A missile brought down a passenger plane near Sloviansk on Monday, killing 40 people on board."
    assert _types(pipeline, text) == ["missile_artillery"]
