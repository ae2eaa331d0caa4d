"""The sweep of remote violence against civilians (``tests/data/remote_civilians_sweep.yaml``): a strike
by shells, rockets, aircraft, drones or a planted bomb stays remote violence though its victims are
civilians and a side calls it a massacre, while armed men who shoot, hack, burn or execute unarmed
people stay an attack on civilians. Run alone (``python tests/test_remote_civilians_sweep.py``) for
the tally."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from article_helpers import incidents
from type_sweep_helpers import PUBLISHED, case_right, load_cases, param

SWEEP = Path(__file__).parent / "data" / "remote_civilians_sweep.yaml"
CASES = load_cases(SWEEP)


def read_titled(pipeline: Any, case: dict[str, Any]) -> tuple[str, str | None]:
    """(type of the main event or "none", None): the case read with its headline, when it has one."""
    events = incidents(pipeline, case["text"], PUBLISHED, title=case.get("title"))
    return (events[0].event_type if events else "none"), None


@pytest.mark.parametrize("case", [param(c) for c in CASES])
def test_remote_civilians_sweep_weapon_decides_family(pipeline, case):
    got = read_titled(pipeline, case)
    assert case_right(case, got), (case["acled"], case["expect"], got)


def main() -> int:
    """Print each case's reading and the tally."""
    from wardesk.flows.extract import Pipeline

    pipeline = Pipeline()
    right = 0
    for case in CASES:
        got = read_titled(pipeline, case)
        ok = case_right(case, got)
        right += ok
        print(f"{'ok  ' if ok else 'MISS'} {case['acled']:<28} {got[0]:<20} {case['text'][:90]}")
    print(f"sweep: {right}/{len(CASES)} right")
    return 0


if __name__ == "__main__":
    sys.exit(main())
