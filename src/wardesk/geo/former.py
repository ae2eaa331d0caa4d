"""A place's first-level division as it was on an event's day, where the division was later split or renamed.

The index holds today's divisions; a report of 2020 from a town of today's 'Maguindanao del Sur'
calls, and means, the province of 'Maguindanao'. ``resources/gazetteer/former_admin1.csv`` lists
the changes with the day each took effect.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io

from wardesk.names import fold
from wardesk.resources import load_text


@functools.cache
def _changes() -> dict[tuple[str, str], tuple[str, dt.date]]:
    """(country, folded present name) -> (former name, first day of the present one)."""
    text = "\n".join(
        line for line in load_text("gazetteer", "former_admin1.csv").splitlines() if not line.startswith("#")
    )
    return {
        (row["country"].upper(), fold(row["admin1"], place=True)): (
            row["former"],
            dt.date.fromisoformat(row["since"]),
        )
        for row in csv.DictReader(io.StringIO(text))
    }


def admin1_as_of(country: str | None, admin1: str | None, day: dt.date | None) -> str | None:
    """``admin1`` as it was called on ``day``: its former name when the day precedes the change,
    else unchanged (also when the day is unknown: today's name is the one readers look up)."""
    if not admin1 or not country or day is None:
        return admin1
    change = _changes().get((country.upper(), fold(admin1, place=True)))
    if change is None or day >= change[1]:
        return admin1
    return change[0]
