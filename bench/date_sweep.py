"""Score the event dates of the date sweep (``tests/data/date_sweep.yaml``): own mini-articles.

The sweep holds mini-articles written for wardesk across many wars, none taken from a
benchmark: datelines a day or two ahead of the publication stamp, release days that must not
date the event, fortnights, and times of day around midnight. For each it checks the main
event's date and prints the cases that come out wrong, then the count right.

    .venv/bin/python bench/date_sweep.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import yaml

import wardesk
from wardesk.record import DateSpan

SWEEP = Path(__file__).resolve().parent.parent / "tests" / "data" / "date_sweep.yaml"


def _day(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def is_right(case: dict[str, Any], date: DateSpan | None) -> bool:
    """Whether ``date`` (the main event's, None when there is no event) passes the case's check."""
    if date is None:
        return False
    check = case.get("check", "exact")
    if date.start is None or date.end is None:
        return check == "not"
    width = (date.end - date.start).days + 1
    if check == "not":
        return not (date.start <= _day(case["day"]) <= date.end and width <= 2)
    if check == "covers":
        return date.start <= _day(case["day"]) <= date.end and width <= int(case["width"])
    return date.start == _day(case["start"]) and date.end == _day(case.get("end", case["start"]))


def load_cases() -> list[dict[str, Any]]:
    """The sweep's cases, in file order."""
    return list(yaml.safe_load(SWEEP.read_text(encoding="utf-8"))["cases"])


def main() -> int:
    cases = load_cases()
    right = 0
    for case in cases:
        out = wardesk.extract_article(case["text"], published=_day(case["published"]).isoformat())
        date = out.events[0].date if out.events else None
        if is_right(case, date):
            right += 1
        else:
            shown = f"{date.start}..{date.end} {date.precision} {date.text!r}" if date else "no event"
            print(f"wrong  {case['id']}: {shown}")
    print(f"date sweep: {right}/{len(cases)} right")
    return 0


if __name__ == "__main__":
    sys.exit(main())
