"""The sweep of ACLED's precedence between battles, remote violence and violence against civilians
(``tests/data/type_precedence_sweep.yaml``): a battle where one side brings aircraft or artillery
stays a battle, a one-sided bombardment stays remote violence, and armed men attacking unarmed
people is an attack on civilians whatever the verb. Run alone
(``python tests/test_type_precedence_sweep.py``) for the tally."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from type_sweep_helpers import case_right, load_cases, param, read_case, tally

SWEEP = Path(__file__).parent / "data" / "type_precedence_sweep.yaml"
CASES = load_cases(SWEEP)


@pytest.mark.parametrize("case", [param(c) for c in CASES])
def test_type_precedence_sweep_main_event_takes_acled_family(pipeline, case):
    got = read_case(pipeline, case)
    assert case_right(case, got), (case["acled"], case["expect"], got)


if __name__ == "__main__":
    sys.exit(tally(CASES))
