"""The told-day sweep: short reports of our own from many wars (``tests/data/dates/told_days.yaml``)
whose event is dated from another event ("two days after gunmen ambushed ...", "Two days earlier,
...") or told beside the day it was said ("..., the army said on Friday").

It measures whether the rules that count days from the told event, and keep the day of saying
apart from the day of the act, carry beyond one benchmark's wording; the floor holds the count of
right cases. Run alone to list every case: ``.venv/bin/python tests/test_told_days_sweep.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from tests import test_date_sweep as date_sweep
from tests.test_date_sweep import _iso

SWEEP = Path(__file__).resolve().parent / "data" / "dates" / "told_days.yaml"
#: Cases the extractor dates right; raise it when a fix adds some, never lower it silently.
SWEEP_FLOOR = 40


def _cases() -> list[dict[str, Any]]:
    return yaml.safe_load(SWEEP.read_text(encoding="utf-8"))["cases"]


def date_of_case(pipeline: Any, case: dict[str, Any]) -> tuple[str | None, str | None]:
    """(start, end) of the case's event: the first whose evidence holds ``find`` and, when the case
    names one, of its ``type`` (a sentence telling two events is the evidence of both)."""
    from wardesk.record import Article

    art = Article(id=case["id"], text=case["text"], published=str(case["published"]))
    text = case["text"]
    events = [
        e
        for e in pipeline.run(art).events
        if any(case.get("find", "") in text[v.start : v.end] for v in e.evidence)
        and e.event_type == case.get("type", e.event_type)
    ]
    if not events:
        return (None, None)
    return (_iso(events[0].date.start), _iso(events[0].date.end))


def score(pipeline: Any) -> list[tuple[dict[str, Any], tuple[str | None, str | None], bool]]:
    """Every case with the span found and whether it is right."""
    return date_sweep.score(pipeline, _cases(), date_of_case)


def test_told_days_sweep_ids_unique_and_spans_ordered() -> None:
    date_sweep.spans_ordered(_cases())


def test_told_days_sweep_keeps_its_floor(pipeline: Any) -> None:
    results = score(pipeline)
    wrong = [(c["id"], got) for c, got, ok in results if not ok]
    assert len(results) - len(wrong) >= SWEEP_FLOOR, wrong


if __name__ == "__main__":
    from wardesk.flows.extract import Pipeline

    date_sweep.print_results(score(Pipeline()))
