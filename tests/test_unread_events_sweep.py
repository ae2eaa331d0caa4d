"""The sweep of incidents told without the usual trigger (``tests/data/unread_events_sweep.yaml``):
fire exchanged, passive abductions, retreats, encounters, air components, rescues. Each short article
takes its type. Run alone (``python tests/test_unread_events_sweep.py``) for the tally."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from type_sweep_helpers import case_right, load_cases, param, read_case, tally

SWEEP = Path(__file__).parent / "data" / "unread_events_sweep.yaml"
CASES = load_cases(SWEEP)


@pytest.mark.parametrize("case", [param(c) for c in CASES])
def test_unread_events_sweep_main_event_takes_its_type(pipeline, case):
    got = read_case(pipeline, case)
    assert case_right(case, got), (case["acled"], case["expect"], case.get("acled_sub"), got)


if __name__ == "__main__":
    sys.exit(tally(CASES))
