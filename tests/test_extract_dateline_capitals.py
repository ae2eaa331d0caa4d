"""A capital in the dateline ("Nairobi (AFP) -") says where a bureau filed the story: no metonym for
that country's government acting in the event (``extract.actors.in_dateline``); the same capital as
the subject of the story's verbs still is. Our own sentences."""

from __future__ import annotations

import pytest

from wardesk.record import Article


def _initiators(pipeline, text: str) -> list[str]:
    events = pipeline.run(Article(id="t", title=None, text=text, published="2022-03-09")).events
    return [a.name for e in events for a in e.initiators]


@pytest.mark.parametrize(
    "text,absent",
    [
        (
            "Nairobi (AFP) - A drone strike on a cattle market in the north of the region on Tuesday "
            "killed at least 16 herders, two local officials told AFP.",
            "Kenya",
        ),
        (
            "Nairobi, March 8 (Reuters) - Shelling of a camp for displaced families near the border "
            "killed nine people on Tuesday, aid workers said.",
            "Kenya",
        ),
        (
            "Washington (AP) \u2014 An air raid on a fuel depot outside the rebel-held city killed six "
            "workers on Tuesday, a hospital director said.",
            "United States",
        ),
    ],
)
def test_extract_actors_dateline_capital_is_no_party(pipeline, text: str, absent: str) -> None:
    assert absent not in _initiators(pipeline, text)


def test_extract_actors_capital_acting_after_a_dateline_still_is(pipeline) -> None:
    text = (
        "Kampala (AFP) - Kenyan jets struck a militant camp near the border on Monday, killing 12 "
        "fighters, the army said."
    )
    assert "Kenya" in _initiators(pipeline, text)
