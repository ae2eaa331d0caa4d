"""What the sweeps of event types share (``test_event_types_sweep.py``, ``test_unread_events_sweep.py``):
loading a yaml of short articles, reading one's main event type and ACLED sub-type, judging it, and the
tally printed when a sweep is run alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from article_helpers import incidents
from wardesk.export.acled import sub_event_type

PUBLISHED = "2024-05-15"


def load_cases(path: Path) -> list[dict[str, Any]]:
    """The cases of a sweep file (its ``cases`` list)."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]


def read_case(pipeline: Any, case: dict[str, Any]) -> tuple[str, str | None]:
    """(wardesk type of the main event, or of the incident the case's ``event`` index names, or
    "none", its ACLED sub_event_type or None)."""
    events = incidents(pipeline, case["text"], PUBLISHED)
    k = case.get("event", 0)
    if len(events) <= k:
        return "none", None
    main = events[k]
    return main.event_type, sub_event_type(main.event_type, [a.model_dump() for a in main.initiators])


def case_right(case: dict[str, Any], got: tuple[str, str | None]) -> bool:
    """The main event's type is one the case allows, and its ACLED sub-type the one it names."""
    etype, sub = got
    return etype in case["expect"] and (case.get("acled_sub") is None or sub == case["acled_sub"])


def param(case: dict[str, Any]) -> Any:
    """The case as a pytest parameter, a known miss marked as an expected failure."""
    marks = [pytest.mark.xfail(reason="known miss", strict=False)] if case.get("known_miss") else []
    return pytest.param(case, id=f"{case['acled']}: {case['text'][:40]}", marks=marks)


def tally(cases: list[dict[str, Any]]) -> int:
    """Print every case's reading and the tally by ACLED sub-event type."""
    from wardesk.flows.extract import Pipeline

    pipeline = Pipeline()
    right = 0
    by_type: dict[str, list[int]] = {}
    for case in cases:
        got = read_case(pipeline, case)
        ok = case_right(case, got)
        right += ok
        counts = by_type.setdefault(case["acled"], [0, 0])
        counts[0] += ok
        counts[1] += 1
        print(
            f"{'ok  ' if ok else 'MISS'} {case['acled']:<36} {got[0]:<20} {got[1] or '-':<36} {case['text']}"
        )
    for name, (ok, n) in by_type.items():
        print(f"{ok}/{n}  {name}")
    print(f"sweep: {right}/{len(cases)} right")
    return 0
