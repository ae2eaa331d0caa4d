"""The publication date: normalise a given value to ``YYYY-MM-DD`` and pick the first one that parses."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable

from wardesk.record import PublishedFrom

# ISO date, alone or at the head of a timestamp ("2015-10-12T08:00:00+03:00"):
# the date part is kept as written, without converting to UTC, since the
# outlet's local date is the one its "on Monday" refers to.
_ISO_HEAD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])")


@functools.lru_cache(maxsize=1)
def _dateparser_parse() -> Callable[..., dt.datetime | None]:
    """dateparser.parse, imported on first use: its import costs ~0.3 s."""
    import dateparser

    return dateparser.parse


def normalise_published(value: object) -> str | None:
    """``value`` as an ISO ``YYYY-MM-DD`` string, or None when it names no full date.

    Accepts dates, datetimes, ISO strings and timestamps, and English written
    dates ("12 October 2016", "Oct 12, 2016"). A value without day, month and
    year, or one that does not parse, gives None so that the caller falls
    through to the next source of the date.
    """
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    match = _ISO_HEAD.match(text)
    if match:
        try:
            return dt.date(*(int(g) for g in match.groups())).isoformat()
        except ValueError:
            return None
    if len(text) > 64:  # not a date; dateparser would only waste time on it
        return None
    parsed = _dateparser_parse()(
        text,
        languages=["en"],
        # Absolute dates only: "yesterday" or "next week" would be read against today.
        settings={
            "STRICT_PARSING": True,
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PARSERS": ["absolute-time"],
        },
    )
    return parsed.date().isoformat() if parsed else None


def resolve_published(
    candidates: Iterable[tuple[object, PublishedFrom]],
) -> tuple[str | None, PublishedFrom]:
    """The first candidate that normalises to a date, with where it came from.

    candidates: (value, origin) pairs in order of precedence.
    RETURNS: (``YYYY-MM-DD``, origin), or (None, "none") when none parses.
    """
    for value, origin in candidates:
        date = normalise_published(value)
        if date is not None:
            return date, origin
    return None, "none"
