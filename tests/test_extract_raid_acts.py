"""Raiders who carry some off and kill others: of the raid's two acts the killing, the most
violent, leads the article (ACLED's main event), and the abduction follows as its own event.
Short reports written for these tests."""

from __future__ import annotations

import pytest
from tests.article_helpers import incidents


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Bandits kidnapped 14 farm workers and killed two herders near Gusau on Tuesday, residents said.",
            2,
        ),
        (
            "Militiamen seized nine villagers and shot dead a teacher in Djugu territory on Saturday, a "
            "local official said.",
            1,
        ),
    ],
)
def test_extract_raid_acts_the_killing_leads(pipeline, text, toll):
    events = incidents(pipeline, text, "2024-05-15")
    assert events and (events[0].event_type, events[0].fatalities.best) == ("attack_on_civilians", toll), [
        (e.event_type, e.fatalities.best) for e in events
    ]
