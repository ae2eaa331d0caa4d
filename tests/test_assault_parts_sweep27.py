"""The sweep of event types read from who an assault fell on and what it carried
(``tests/data/assault_parts_sweep27.yaml``): a toll of people whose parts are soldiers makes the
assault on their post a battle; grenades carried beside guns in an assault on armed men are its
means; tear gas and stun grenades are no explosion. Run alone
(``python tests/test_assault_parts_sweep27.py``) for the tally."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from article_helpers import incidents
from type_sweep_helpers import PUBLISHED, case_right, load_cases, param, read_case, tally

SWEEP = Path(__file__).parent / "data" / "assault_parts_sweep27.yaml"
CASES = load_cases(SWEEP)


@pytest.mark.parametrize("case", [param(c) for c in CASES])
def test_assault_parts_sweep27_main_event_type(pipeline, case):
    got = read_case(pipeline, case)
    assert case_right(case, got), (case["acled"], case["expect"], got)


@pytest.mark.parametrize(
    ("text", "civilians"),
    [
        # an assault on a post whose toll's parts are all armed: the whole names no civilians
        (
            "Eleven people, including seven border guards, were killed on Tuesday when gunmen attacked a "
            "frontier post near Bassikounou, the Mauritanian interior ministry said.",
            False,
        ),
        # a bomb's whole keeps its civilians: the blast fell on whoever stood near
        (
            "A bomb hidden in a cart exploded outside a bakery in Zouerat on Friday, killing a baker and "
            "wounding nine people, including two gendarmes, police said.",
            True,
        ),
    ],
)
def test_assault_parts_sweep27_whole_names_civilians_only_outside_a_fight(pipeline, text, civilians):
    main = incidents(pipeline, text, PUBLISHED)[0]
    assert any(t.type == "civilians" for t in main.targets) is civilians, main.targets


if __name__ == "__main__":
    sys.exit(tally(CASES))
