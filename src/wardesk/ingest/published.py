"""The publication date: normalise a given value to ``YYYY-MM-DD`` and pick the first one that parses."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable

from wardesk.record import PublishedFrom

#: The earliest publication date accepted: news reports wardesk reads are from the last century at most,
#: and date arithmetic near year 1 (or 9999) overflows.
EARLIEST_PUBLISHED = dt.date(1900, 1, 1)
#: Days a publication date may lie after today: time zones and clocks put a report's local date up to a
#: day ahead of the machine's; a week more is generous, and nothing is published years ahead.
MAX_FUTURE_DAYS = 7

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


def published_problem(value: str, today: dt.date | None = None) -> str | None:
    """Why an ISO publication date cannot be one ("is before 1900-01-01"), or None when it can."""
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return "is not a date (give YYYY-MM-DD)"
    if day < EARLIEST_PUBLISHED:
        return f"is before {EARLIEST_PUBLISHED.isoformat()}"
    latest = (today or dt.date.today()) + dt.timedelta(days=MAX_FUTURE_DAYS)
    if day > latest:
        return f"is in the future (after {latest.isoformat()})"
    return None


def resolve_published(
    candidates: Iterable[tuple[object, PublishedFrom]],
) -> tuple[str | None, PublishedFrom]:
    """The first candidate that normalises to a date, with where it came from.

    candidates: (value, origin) pairs in order of precedence.
    RETURNS: (``YYYY-MM-DD``, origin), or (None, "none") when none parses.
    A page's metadata naming an impossible date (``published_problem``) is passed over; a date the
    input itself gives is kept, so that the article's check can reject it naming the field.
    """
    for value, origin in candidates:
        date = normalise_published(value)
        if date is not None and not (origin == "html" and published_problem(date)):
            return date, origin
    return None, "none"
