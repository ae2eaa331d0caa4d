"""Targets the text leaves implicit: the unarmed victims of violence against civilians, the loser of ground.

By the family's definition (ACLED: violence against civilians) the victims are unarmed, so the
target is civilians even when the text only says who they were ("members of a clan", "the village
chief and his sons"); a battle is not given them. Ground taken with no loser named was taken from
the one side the article has the takers fighting on the ground. Our own sentences.
"""

from __future__ import annotations

import pytest
from tests.article_helpers import incidents

from wardesk.record import FAMILY

PUBLISHED = "2024-03-05"


@pytest.mark.parametrize(
    "text",
    [
        "Militants executed five members of the Dawa clan in the village square on Monday, residents said.",
        "Fighters beheaded the village chief and his two sons on Wednesday, according to a local official.",
    ],
)
def test_violence_against_civilians_targets_civilians(pipeline, text):
    evs = incidents(pipeline, text, PUBLISHED)
    assert evs and FAMILY[evs[0].event_type] == "violence_against_civilians"
    assert [t.name for t in evs[0].targets] == ["Civilians"]


def test_other_families_are_not_given_civilians(pipeline):
    text = "Rebels and government soldiers clashed for hours near the dam on Tuesday, the army said."
    evs = incidents(pipeline, text, PUBLISHED)
    assert evs and FAMILY[evs[0].event_type] == "battles"
    assert "Civilians" not in [t.name for t in evs[0].targets]


def _sides(events, etype: str) -> list[tuple[list[str], list[str]]]:
    return [
        ([a.name for a in e.initiators], [a.name for a in e.targets]) for e in events if e.event_type == etype
    ]


def test_ground_taken_from_the_side_the_takers_fight(pipeline):
    """No loser named where the ground is taken: the one side the article has the takers fighting."""
    text = (
        "GOMA, June 7, 2024 - Congolese soldiers clashed with M23 rebels near the town of Sake on Friday, "
        "the army said. Residents said the army recaptured two hills overlooking the road after the fighting."
    )
    taken = _sides(incidents(pipeline, text, "2024-06-07"), "territory_change")
    assert taken and taken[0][1] == ["M23"]


def test_ground_taken_after_air_strikes_names_no_loser(pipeline):
    """Whom a third party bombs need not be who held the ground: the loser stays open."""
    text = (
        "MOGADISHU, June 7, 2024 - Somali troops retook the town of Bulo Burde on Friday after a week of "
        "heavy fighting, officials said. US drones struck al-Shabaab positions near the town."
    )
    taken = _sides(incidents(pipeline, text, "2024-06-07"), "territory_change")
    assert taken and taken[0][1] == []


def test_a_battle_is_fought_between_armed_sides(pipeline):
    """The people a clash killed are its toll, not one of its sides."""
    text = (
        "BAMAKO, June 7, 2024 - Malian soldiers and JNIM fighters clashed near the town of Diafarabe on "
        "Friday, leaving 17 people dead, among them several civilians, local officials said."
    )
    clashes = _sides(incidents(pipeline, text, "2024-06-07"), "armed_clash")
    assert clashes and all("Civilians" not in targets for _, targets in clashes)
