"""The sweep of the event family read from the clause's structure (``tests/data/type_structure_sweep24.yaml``):
what was struck, which clause an act stands in, and the plain forms around them. Each short article's
first incident takes its family, and the types in ``also`` are among its incidents. Run alone
(``python tests/test_type_structure_sweep24.py``) for the tally."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from article_helpers import incidents
from type_sweep_helpers import PUBLISHED, load_cases

SWEEP = Path(__file__).parent / "data" / "type_structure_sweep24.yaml"
CASES = load_cases(SWEEP)


def _read(pipeline: Any, case: dict[str, Any]) -> list[str]:
    """The types of the article's incidents, in order."""
    return [e.event_type for e in incidents(pipeline, case["text"], PUBLISHED)]


def _right(case: dict[str, Any], got: list[str]) -> bool:
    """The first incident's type is one the case allows, and every type it names in ``also`` is read."""
    return bool(got) and got[0] in case["expect"] and all(t in got for t in case.get("also", []))


def _param(case: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason="known miss", strict=False)] if case.get("known_miss") else []
    return pytest.param(case, id=f"{case['acled']}: {case['text'][:40]}", marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_type_structure_sweep24(pipeline, case):
    got = _read(pipeline, case)
    assert _right(case, got), (case["expect"], case.get("also"), got)


def _tally() -> int:
    """Print every case's reading and the tally."""
    from wardesk.flows.extract import Pipeline

    pipeline = Pipeline()
    right = 0
    for case in CASES:
        got = _read(pipeline, case)
        ok = _right(case, got)
        right += ok
        print(
            f"{'ok  ' if ok else 'MISS'} {case['acled']:<28} {','.join(got) or 'none':<40} {case['text'][:90]}"
        )
    print(f"sweep: {right}/{len(CASES)} right")
    return 0


if __name__ == "__main__":
    sys.exit(_tally())
