"""A "since" that dates a comparison ("the latest attack since the offensive began") leaves a toll one
incident's; a "since" that opens a period ("killed since Tuesday") still makes it a tally
(``link.statements.tally_text``). Our own sentences."""

from __future__ import annotations

import pytest

from wardesk.link.statements import tally_text


@pytest.mark.parametrize(
    "sentence,tally",
    [
        # a comparison dated by "since": one incident's toll
        (
            "Six villagers died when mortar rounds hit the market on Sunday, officials said, in the "
            "latest attack on the town since government troops withdrew in June.",
            False,
        ),
        ("The ambush killed eleven policemen, the deadliest single attack on the force since 2016.", False),
        (
            "A car bomb killed 14 people in the port city, the worst bombing there since the truce began.",
            False,
        ),
        ("The air raid killed eight, the first such raid on the valley since the elections.", False),
        ("Drones killed four herders near the river, the heaviest strike in the area since March.", False),
        # a period opened by "since": a tally, also next to a comparison
        ("At least 230 civilians have been killed in the province since the offensive began.", True),
        ("Ninety fighters were killed since Monday in the worst fighting since the ceasefire.", True),
        ("Since January, the clashes have killed more than 500 people, the monitor said.", True),
    ],
)
def test_statements_comparison_since_is_no_tally(sentence: str, tally: bool) -> None:
    assert tally_text(sentence) is tally
