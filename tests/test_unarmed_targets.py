"""An attack on civilians or an abduction that names no target still targets civilians.

By the family's definition (ACLED: violence against civilians) the victims are unarmed, so the
target is civilians even when the text only says who they were ("members of a clan", "the village
chief and his sons"); a battle is not given them. Our own sentences.
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
