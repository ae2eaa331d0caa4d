"""The sweep of incidents told without the usual trigger (``tests/data/unread_events_sweep.yaml``):
fire exchanged, passive abductions, retreats, encounters, air components, rescues. Each short article
takes its type. Run alone (``python tests/test_unread_events_sweep.py``) for the tally."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from article_helpers import incidents
from wardesk.export.acled import sub_event_type

SWEEP = Path(__file__).parent / "data" / "unread_events_sweep.yaml"
PUBLISHED = "2024-05-15"
CASES: list[dict[str, Any]] = yaml.safe_load(SWEEP.read_text(encoding="utf-8"))["cases"]


def read_case(pipeline: Any, case: dict[str, Any]) -> tuple[str, str | None]:
    """(wardesk type of the main event or "none", its ACLED sub_event_type or None)."""
    events = incidents(pipeline, case["text"], PUBLISHED)
    if not events:
        return "none", None
    main = events[0]
    return main.event_type, sub_event_type(main.event_type, [a.model_dump() for a in main.initiators])


def case_right(case: dict[str, Any], got: tuple[str, str | None]) -> bool:
    """The main event's type is one the case allows, and its ACLED sub-type the one it names."""
    etype, sub = got
    return etype in case["expect"] and (case.get("acled_sub") is None or sub == case["acled_sub"])


def _param(case: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason="known miss", strict=False)] if case.get("known_miss") else []
    return pytest.param(case, id=f"{case['acled']}: {case['text'][:40]}", marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_unread_events_sweep_main_event_takes_its_type(pipeline, case):
    got = read_case(pipeline, case)
    assert case_right(case, got), (case["acled"], case["expect"], case.get("acled_sub"), got)


def main() -> int:
    """Print every case's reading and the tally by ACLED sub-event type."""
    from wardesk.flows.extract import Pipeline

    pipeline = Pipeline()
    right = 0
    by_type: dict[str, list[int]] = {}
    for case in CASES:
        got = read_case(pipeline, case)
        ok = case_right(case, got)
        right += ok
        tally = by_type.setdefault(case["acled"], [0, 0])
        tally[0] += ok
        tally[1] += 1
        print(
            f"{'ok  ' if ok else 'MISS'} {case['acled']:<36} {got[0]:<20} {got[1] or '-':<36} {case['text']}"
        )
    for name, (ok, n) in by_type.items():
        print(f"{ok}/{n}  {name}")
    print(f"sweep: {right}/{len(CASES)} right")
    return 0


if __name__ == "__main__":
    sys.exit(main())
