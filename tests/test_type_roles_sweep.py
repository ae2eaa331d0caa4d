"""The sweep of event types decided by who acts on whom with what (``tests/data/type_roles_sweep.yaml``):
each short article's main event takes the type its agent, patient and instrument give it, in the
wording of many wars. Run alone (``python tests/test_type_roles_sweep.py``) for the tally."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from type_sweep_helpers import case_right, load_cases, param, read_case, tally

SWEEP = Path(__file__).parent / "data" / "type_roles_sweep.yaml"
CASES = load_cases(SWEEP)


@pytest.mark.parametrize("case", [param(c) for c in CASES])
def test_type_roles_sweep_main_event_takes_its_type(pipeline, case):
    got = read_case(pipeline, case)
    assert case_right(case, got), (case["acled"], case["expect"], got)


if __name__ == "__main__":
    sys.exit(tally(CASES))
