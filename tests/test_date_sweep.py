"""The event-date sweep: short reports of our own from many wars (``tests/data/dates/sweep.yaml``),
each with the day or span its event happened on, run through the whole extractor.

The sweep measures how far the date rules carry beyond the benchmark's wording; the test holds the
count of right cases at a floor so that a change in dates, merging or ranking cannot lose any
silently. Run alone to list every case: ``.venv/bin/python tests/test_date_sweep.py``.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

SWEEP = Path(__file__).resolve().parent / "data" / "dates" / "sweep.yaml"
#: Cases the extractor dates right; raise it when a fix adds some, never lower it silently.
SWEEP_FLOOR = 97


def _cases() -> list[dict[str, Any]]:
    return yaml.safe_load(SWEEP.read_text(encoding="utf-8"))["cases"]


def _iso(d: Any) -> str | None:
    return d.isoformat() if isinstance(d, dt.date) else (str(d) if d is not None else None)


def date_of_case(pipeline: Any, case: dict[str, Any]) -> tuple[str | None, str | None]:
    """(start, end) of the case's event: the first whose evidence holds ``find``, else the first."""
    from wardesk.record import Article

    art = Article(id=case["id"], title=case.get("title"), text=case["text"], published=str(case["published"]))
    events = pipeline.run(art).events
    text = case["text"]
    if case.get("find"):
        events = [e for e in events if any(case["find"] in text[v.start : v.end] for v in e.evidence)]
    if not events:
        return (None, None)
    return (_iso(events[0].date.start), _iso(events[0].date.end))


def right(case: dict[str, Any], got: tuple[str | None, str | None]) -> bool:
    """The span found is one the case accepts."""
    return any((_iso(a), _iso(b)) == got for a, b in case["accept"])


Read = Callable[[Any, dict[str, Any]], tuple[str | None, str | None]]


def score(
    pipeline: Any, cases: list[dict[str, Any]] | None = None, read: Read | None = None
) -> list[tuple[dict[str, Any], tuple[str | None, str | None], bool]]:
    """Every case (this sweep's, or another date sweep's) with the span found and whether it is right."""
    out = []
    for case in _cases() if cases is None else cases:
        got = (read or date_of_case)(pipeline, case)
        out.append((case, got, right(case, got)))
    return out


def spans_ordered(cases: list[dict[str, Any]]) -> None:
    """A date sweep's ids are unique and each accepted span is ordered (or wholly undated)."""
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids))
    for c in cases:
        for a, b in c["accept"]:
            assert (a is None) == (b is None) and (a is None or a <= b), c["id"]


def print_results(results: list[tuple[dict[str, Any], tuple[str | None, str | None], bool]]) -> None:
    """A date sweep run as a script: every case, then the count right."""
    for case, got, ok in results:
        print(f"{'ok ' if ok else 'BAD'} {case['id']:50} got {got[0]}..{got[1]}  want {case['accept']}")
    n = sum(ok for _, _, ok in results)
    print(f"sweep: {n}/{len(results)} right", file=sys.stderr)


def test_date_sweep_ids_unique_and_spans_ordered() -> None:
    spans_ordered(_cases())


def test_date_sweep_keeps_its_floor(pipeline: Any) -> None:
    results = score(pipeline)
    wrong = [(c["id"], got) for c, got, ok in results if not ok]
    assert len(results) - len(wrong) >= SWEEP_FLOOR, wrong


if __name__ == "__main__":
    from wardesk.flows.extract import Pipeline

    print_results(score(Pipeline()))
