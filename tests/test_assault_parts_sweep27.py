"""The sweep of event types read from who an assault fell on and what it carried
(``tests/data/assault_parts_sweep27.yaml``): a toll of people whose parts are soldiers makes the
assault on their post a battle; grenades carried beside guns in an assault on armed men are its
means; tear gas and stun grenades are no explosion. Run alone
(``python tests/test_assault_parts_sweep27.py``) for the tally."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from type_sweep_helpers import case_right, load_cases, param, read_case, tally

SWEEP = Path(__file__).parent / "data" / "assault_parts_sweep27.yaml"
CASES = load_cases(SWEEP)


@pytest.mark.parametrize("case", [param(c) for c in CASES])
def test_assault_parts_sweep27_main_event_type(pipeline, case):
    got = read_case(pipeline, case)
    assert case_right(case, got), (case["acled"], case["expect"], got)


if __name__ == "__main__":
    sys.exit(tally(CASES))
