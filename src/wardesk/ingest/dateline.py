"""Find the dateline (the date an outlet prints at the top of a story) in an article's opening.

Regexes only find candidates; ``datetime.date`` does the parsing, so an
impossible date ("31 February 2016") is skipped rather than guessed at.
Formats seen at the start of news texts, FA-KES's fifteen outlets included::

    Wed 05 Apr 2017 ...            Fri 07 Apr 2017 at 0914 ...
    Published October 12 2016      Posted on April 19 2017 by ...
    October 12, 2016               12 October 2016        Fri Sep 27 2013
    2016-10-12                     17-08-2014 (day first)  24.08.2013
    Last updated at Apr 232017     (Jordan Times: day and year run together)
    MOSCOW, Oct 12 (Reuters) -     (no year: see ``default_year``)

Numeric dates with dashes, dots or slashes are read day first (17-08-2014),
as the outlets that print them do; ISO dates (year first) are read as ISO.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from wardesk.resources import load_words, load_yaml

#: How far into the text a dateline may start. Outlets put it before the lead,
#: sometimes after the headline and a summary (Ahram: "<title> <summary> AFP
#: Saturday 17 Aug 2013"). On FA-KES 200 characters find 782 of 804, 250 find
#: 787, and no window finds more than 788 (the rest hold no date at all).
DATELINE_WINDOW_CHARS = 250

# A date that starts inside the window may end after it ("Wednesday 27 September 2016").
_LONGEST_DATE_CHARS = 40

#: Years outside this range are typos or numbers, not publication years.
MIN_YEAR, MAX_YEAR = 1900, 2100

#: Month names by their first three letters (``time_expressions.yaml`` has them all).
_WORDS = "time_expressions.yaml"
_MONTHS = load_yaml("lexicons", _WORDS)["months"]
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"

# Each pattern names its groups day/month/year; month is a name or a number.
_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        # 12 October 2016 / Wed 05 Apr 2017 / Wednesday 07 December 2016
        rf"\b{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}(?!\d)",
        # October 12, 2016 / Fri Sep 27 2013 / Published February 18 2015
        rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}(?!\d)",
        # Apr 232017 (Jordan Times prints day and year with no space)
        rf"\b{_MONTH}\s+(?P<day>\d{{2}}){_YEAR}(?!\d)",
        # 2016-10-12
        r"\b(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?!\d)",
        # 17-08-2014 / 24.08.2013 / 24/08/2013, day first
        r"\b(?P<day>\d{1,2})([-./])(?P<month>\d{1,2})\2(?P<year>\d{4})(?!\d)",
    )
)
# Month and day without a year: "MOSCOW, Oct 12 (Reuters) -", "12 October".
_YEARLESS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY}(?![\d:])",
        rf"\b{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH}\b",
    )
)

# A date right after one of these words is a date in the story ("on 12 October
# 2016 the army ..."), not a dateline, unless a publishing verb comes before
# ("Posted on April 19 2017").
_IN_STORY_WORDS = load_words("lexicons", _WORDS, "in_story_words")
_PUBLISHING_WORDS = load_words("lexicons", _WORDS, "publishing_words")


@dataclass(frozen=True)
class Dateline:
    """A date found at the top of a text, with its character offsets in that text."""

    date: dt.date
    start: int
    end: int
    text: str


def _month_number(value: str) -> int:
    if value.isdigit():
        return int(value)
    return _MONTHS[value[:3].lower()]


def _to_date(match: re.Match[str], year: int | None = None) -> dt.date | None:
    """The date a candidate names, or None when it is not a real calendar date."""
    try:
        year = int(match.group("year")) if year is None else year
        if not MIN_YEAR <= year <= MAX_YEAR:
            return None
        return dt.date(year, _month_number(match.group("month")), int(match.group("day")))
    except (ValueError, KeyError, IndexError):
        return None


def _inside_story(text: str, start: int) -> bool:
    """True when the words before ``start`` make the date part of a sentence."""
    before = text[max(0, start - 40) : start].lower().split()
    if not before:
        return False
    last = before[-1].strip(".,:;-()")
    if last not in _IN_STORY_WORDS:
        return False
    previous = before[-2].strip(".,:;-()") if len(before) > 1 else ""
    return previous not in _PUBLISHING_WORDS


def _first(
    patterns: tuple[re.Pattern[str], ...], text: str, year: int | None, window: int
) -> Dateline | None:
    best: Dateline | None = None
    for pattern in patterns:
        for match in pattern.finditer(text):
            if match.start() >= window or (best is not None and match.start() >= best.start):
                break
            date = _to_date(match, year)
            if date is None or _inside_story(text, match.start()):
                continue
            best = Dateline(date, match.start(), match.end(), match.group(0))
            break
    return best


def find_dateline(
    text: str, *, default_year: int | None = None, window: int = DATELINE_WINDOW_CHARS
) -> Dateline | None:
    """The first full date that starts in the opening ``window`` characters of ``text``, or None.

    A date that follows "on", "since", "in" and similar words is taken to be
    part of the story and skipped. A month and day without a year ("MOSCOW,
    Oct 12 (Reuters) -") gives a date only when ``default_year`` is passed:
    guessing the year from today would put every archive article in the
    current year, and guessing it from the story is the extractor's job. Pass
    the year of the corpus or file when the caller knows it.

    text (str): the article text.
    default_year (int | None): the year for a dateline that gives none.
    window (int): how many leading characters to search.
    RETURNS (Dateline | None): the date with its offsets and matched text.
    """
    head = text[: window + _LONGEST_DATE_CHARS]
    found = _first(_PATTERNS, head, None, window)
    if found is None and default_year is not None:
        found = _first(_YEARLESS, head, default_year, window)
    return found
