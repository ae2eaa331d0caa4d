"""The sweep of incidents no record was read for (``tests/data/unread_forms_sweep26.yaml``): things
blown up, captives taken by armed people the captor table does not name, fights told as gerunds of
time, places held since a day, and look-alikes that tell no incident. Run alone
(``python tests/test_unread_forms_sweep26.py``) for the tally."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from type_sweep_helpers import case_right, load_cases, param, read_case, tally

SWEEP = Path(__file__).parent / "data" / "unread_forms_sweep26.yaml"
CASES = load_cases(SWEEP)


@pytest.mark.parametrize("case", [param(c) for c in CASES])
def test_unread_forms_sweep26_reads_the_incident_or_none(pipeline, case):
    got = read_case(pipeline, case)
    assert case_right(case, got), (case["acled"], case["expect"], got)


if __name__ == "__main__":
    sys.exit(tally(CASES))
