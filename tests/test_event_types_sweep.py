"""The sweep of ACLED sub-event types in the wording of many wars (``tests/data/event_types_sweep.yaml``):
each short article's main event takes the wardesk type of its sub-type, and the ACLED export names
the sub-type where wardesk can. Run alone (``python tests/test_event_types_sweep.py``) for the tally."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from type_sweep_helpers import case_right, load_cases, param, read_case, tally

SWEEP = Path(__file__).parent / "data" / "event_types_sweep.yaml"
CASES = load_cases(SWEEP)


@pytest.mark.parametrize("case", [param(c) for c in CASES])
def test_event_types_sweep_main_event_takes_its_sub_type(pipeline, case):
    got = read_case(pipeline, case)
    assert case_right(case, got), (case["acled"], case["expect"], case.get("acled_sub"), got)


if __name__ == "__main__":
    sys.exit(tally(CASES))
