"""bench/story_check.py: a story's days are counted as the linker counts them (vaguely dated reports
neither widen them nor escape them)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import Column, Date, MetaData, String, Table, create_engine, insert

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import story_check  # noqa: E402  (bench/story_check.py)

D = dt.date


@pytest.mark.parametrize(
    ("spans", "days", "off"),
    [
        # two precise days a week apart and more: the story runs over 7 days
        ([(D(2020, 5, 1), D(2020, 5, 1)), (D(2020, 5, 9), D(2020, 5, 9))], 9, 0),
        # "last month" beside a day inside that month: the day alone sets the story's days
        ([(D(2020, 4, 1), D(2020, 4, 30)), (D(2020, 4, 20), D(2020, 4, 20))], 1, 0),
        # "in early May" twice and nothing precise: no days of its own to count
        ([(D(2020, 5, 1), D(2020, 5, 10)), (D(2020, 5, 1), D(2020, 5, 10))], None, 0),
        # "in early March" beside a day in June: the vague report misses its story's days
        ([(D(2020, 3, 1), D(2020, 3, 10)), (D(2020, 6, 2), D(2020, 6, 3))], 2, 1),
        # a vague span that ends the day before the story's first day still meets it (one day of slack)
        ([(D(2020, 3, 1), D(2020, 3, 10)), (D(2020, 3, 11), D(2020, 3, 11))], 1, 0),
    ],
)
def test_story_check_span_leaves_vague_reports_out(spans, days, off) -> None:
    meta = MetaData()
    events = Table(
        "events",
        meta,
        Column("id", String, primary_key=True),
        Column("date_start", Date),
        Column("date_end", Date),
    )
    engine = create_engine("sqlite://")
    meta.create_all(engine)
    ids = [f"r{i}" for i in range(len(spans))]
    with engine.begin() as conn:
        for rid, (a, b) in zip(ids, spans, strict=True):
            conn.execute(insert(events).values(id=rid, date_start=a, date_end=b))
        assert story_check._span_days(conn, SimpleNamespace(events=events), ids) == (days, off)
