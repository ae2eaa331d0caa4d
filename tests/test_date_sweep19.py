"""Round 19's date sweep (``tests/data/dates/sweep19.yaml``): a frame before a day ("last week, on
Tuesday night"), nights named by their days, a toll raised a day later, a state that lasts, and an
explicit date in a statement made "today", in reports of our own from many wars.

The floor holds the count of right cases; run alone to list them:
``.venv/bin/python tests/test_date_sweep19.py``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from test_date_sweep import print_results, score, spans_ordered
from wardesk.extract.dates import resolve_time

SWEEP = Path(__file__).resolve().parent / "data" / "dates" / "sweep19.yaml"
#: Cases the extractor dates right (46 of 73 before round 19); raise it when a fix adds some.
SWEEP_FLOOR = 69


def _cases() -> list[dict[str, Any]]:
    return yaml.safe_load(SWEEP.read_text(encoding="utf-8"))["cases"]


def test_date_sweep19_ids_unique_and_spans_ordered() -> None:
    spans_ordered(_cases())


def test_date_sweep19_keeps_its_floor(pipeline: Any) -> None:
    results = score(pipeline, _cases())
    wrong = [(c["id"], got) for c, got, ok in results if not ok]
    assert len(results) - len(wrong) >= SWEEP_FLOOR, wrong


#: One case of each mechanism fixed in round 19, each wrong before it: a frame and its day, a toll's
#: verb, a night of two days the entities cut short.
MECHANISM_CASES = (
    "frame-last-week-tuesday-night-sudan",
    "frame-last-month-on-the-9th-nigeria",
    "toll-monday-attack-rose-tuesday-pakistan",
    "toll-raised-last-thursday-ambush-niger",
    "toll-tally-of-sunday-shelling-thursday-gaza",
    "night-of-8-to-9-may-comma-place-drc",
    "frame-earlier-this-year-in-january-nigeria",
)


def test_date_sweep19_dates_each_mechanism(pipeline: Any) -> None:
    cases = [c for c in _cases() if c["id"] in MECHANISM_CASES]
    assert len(cases) == len(MECHANISM_CASES)
    wrong = [(c["id"], got) for c, got, ok in score(pipeline, cases) if not ok]
    assert not wrong


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("last week, on Tuesday night", dt.date(2024, 3, 12), dt.date(2024, 3, 5)),
        ("earlier this month, on the 3rd", dt.date(2024, 10, 7), dt.date(2024, 10, 3)),
        ("last month, on the 14th", dt.date(2024, 10, 7), dt.date(2024, 9, 14)),
        ("late last month, on the 28th", dt.date(2024, 10, 7), dt.date(2024, 9, 28)),
        ("earlier this week, on Monday", dt.date(2025, 1, 2), dt.date(2024, 12, 30)),
        ("last year, on 3 November", dt.date(2021, 2, 25), dt.date(2020, 11, 3)),
    ],
)
def test_dates_framed_day_reads_the_day_inside_its_frame(text: str, published: dt.date, day: dt.date) -> None:
    span = resolve_time(text, published)
    assert (span.start, span.end, span.precision) == (day, day, "day")


def test_dates_framed_day_reads_a_month_inside_its_year() -> None:
    span = resolve_time("earlier this year, in January", dt.date(2024, 3, 12))
    assert (span.start, span.end, span.precision) == (dt.date(2024, 1, 1), dt.date(2024, 1, 31), "month")


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        # a weekday and its date, and a month and its year, are no frame and a day
        ("Sunday, March 10", dt.date(2024, 3, 10), dt.date(2024, 3, 10), "day"),
        ("June, 2016", dt.date(2016, 6, 1), dt.date(2016, 6, 30), "month"),
        # an aggregate since a start is no frame either
        ("since January, on Monday", None, None, "unknown"),
    ],
)
def test_dates_framed_day_leaves_other_commas(
    text: str, start: dt.date | None, end: dt.date | None, precision: str
) -> None:
    span = resolve_time(text, dt.date(2024, 3, 12))
    assert (span.start, span.end, span.precision) == (start, end, precision)


if __name__ == "__main__":
    from wardesk.flows.extract import Pipeline

    print_results(score(Pipeline(), _cases()))
