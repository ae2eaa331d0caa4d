"""The sweep of event types read from the main act (``tests/data/main_act_sweep26.yaml``): a battle
fought with heavy weapons, or told beside the shelling around it, stays a battle; a town taken
after or under shelling is a territory change; a killing of unarmed people beside a clash stays an
attack on civilians; a crowd seizing a building is `other`. Run alone
(``python tests/test_main_act_sweep26.py``) for the tally."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from type_sweep_helpers import case_right, load_cases, param, read_case, tally

SWEEP = Path(__file__).parent / "data" / "main_act_sweep26.yaml"
CASES = load_cases(SWEEP)


@pytest.mark.parametrize("case", [param(c) for c in CASES])
def test_main_act_sweep26_main_event_takes_its_act_type(pipeline, case):
    got = read_case(pipeline, case)
    assert case_right(case, got), (case["acled"], case["expect"], got)


if __name__ == "__main__":
    sys.exit(tally(CASES))
