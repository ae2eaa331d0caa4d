"""Temporal expressions in a sentence, and the date span each names relative to publication.

Two jobs, kept apart so each can be tested on its own:

* :func:`find_time_expressions` picks the expressions out of a parsed sentence
  (spaCy's DATE/TIME entities plus the patterns it misses) and says which token
  each one modifies, so the event extractor can tell which trigger a date governs.
* :func:`resolve_time` turns the text of one expression into a
  :class:`~wardesk.record.DateSpan` against the publication date, following the
  ``date`` section of ``docs/event-schema.md``.

Conventions chosen here (news usage):

* A bare weekday ("Friday", "on Friday") is the most recent such day on or
  before publication; "last Friday" is the most recent one strictly before it,
  so "last Friday" in a Friday article is a week earlier. "next Friday" is after.
* "the past N days" is ``published - N .. published`` (the schema's "in the past
  24 hours" on a Monday = Sunday..Monday); "last week" without "the" is the
  previous calendar week (Monday..Sunday), "this week" is its Monday..published.
* "the day before", "a day earlier", "N days earlier" count back from the date
  passed in: with no better anchor that is the publication date; a caller that
  knows the narrated day passes that instead. Hours counted that way ("two hours before
  they withdrew", "36 hours earlier") date nothing: they measure from an event the text tells,
  which dates them; only "N hours ago" counts back from publication.
* Months and years that contain the publication date end at it: "in October"
  in a 12 October article is 1..12 October.
* "since X" is an aggregate period from the start of X to publication.
* A frame, a comma and a day inside it ("last week, on Tuesday night", "late last month, on the
  28th") name that day, read against the frame's end.
* "the eve of X" is the day before the day X names; "Tuesday last week" is that day of the
  previous calendar week; a day with a name of its own ("New Year's Eve") or 29 February
  without a year is the latest such day up to publication.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import math
import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span

from wardesk.extract.numbers import count_after_calendar
from wardesk.extract.stamps import in_stamp
from wardesk.ingest.dateline import find_dateline
from wardesk.nlp.cache import doc_is_punct, doc_lowers, doc_text, doc_token_texts, ents_within, span_text
from wardesk.record import DatePrecision, DateSpan
from wardesk.resources import load_words, load_yaml

__all__ = [
    "TimeExpression",
    "bracketed_aside",
    "counted_clause",
    "find_time_expressions",
    "narrative_offset",
    "occurrence_lemmas",
    "occurrence_times",
    "reading_day",
    "resolve_time",
    "tells_occurrence",
    "shift_span",
]

#: Date used to decide whether a found expression can be anchored at all (a
#: Monday, so no weekday coincides with it by accident). Any date would do.
ANCHOR_PROBE_DATE = dt.date(2015, 6, 15)

#: Longest candidate (in tokens) searched for a resolvable part when it does
#: not resolve as a whole; longer ones are dropped (the search is quadratic).
MAX_TRIM_TOKENS = 12

#: Spans up to this many days are precision "range", up to WEEK_MAX_DAYS "week",
#: longer ones "month" (set from the schema: "range" is up to about a week).
RANGE_MAX_DAYS = 10
WEEK_MAX_DAYS = 24

#: Average lengths used only for fractional units ("two and a half years").
DAYS_PER_UNIT = {
    "hour": 1 / 24,
    "day": 1,
    "week": 7,
    "fortnight": 14,
    "month": 30.44,
    "year": 365.25,
    "decade": 3652.5,
}

#: ``date.weekday()`` of a Sunday.
SUNDAY = 6

_ENTITY_LABELS = ("DATE", "TIME")
_WORDS = "time_expressions.yaml"
_PREPOSITIONS = load_words("lexicons", _WORDS, "prepositions")
_LEFT_MODIFIERS = load_words("lexicons", _WORDS, "left_modifiers")
_RIGHT_WORDS = load_words("lexicons", _WORDS, "right_words")
#: "after" closing a count of days or weeks ("a week after, ...") counts from the narrated day.
_CLOSING_RIGHT_WORDS = load_words("lexicons", _WORDS, "closing_right_words")
#: Punctuation closing a clause: a word of ``_CLOSING_RIGHT_WORDS`` before one ends its expression.
_CLAUSE_MARKS = frozenset({",", ";", ":", "—", "–"})
#: "the eve of Sunday's vote": the noun naming the day before the day that follows it.
_EVE_NOUNS = load_words("lexicons", _WORDS, "eve_nouns")
#: "occur", "happen", ("take", "place"): verbs that say when an event happened, with their objects.
_OCCURRENCE_VERBS = tuple(
    (w.split()[0], w.split()[1] if " " in w else None)
    for w in load_words("lexicons", _WORDS, "occurrence_verbs")
)
_OCCURRENCE_NOUNS = load_words("lexicons", _WORDS, "occurrence_nouns")
_OCCURRENCE_DETS = load_words("lexicons", _WORDS, "occurrence_determiners")
#: Fewest hours that, with no "past"/"last" and no "period", still count back from publication ("in
#: 24 hours", "a 48-hour"): fewer are how long something lasted ("a gunfight of close to one hour").
HOURS_LOOKBACK_MIN = 24
#: "the night of", "the early hours of", "the night from"/"between" before a day reference.
_PART_OF_DAY_OF = re.compile(
    r"^(?:the\s+)?(?:(?:early|late)\s+)?(?:hours|night|morning|afternoon|evening)\s+(?:of|from|between)\s+"
)
#: The only shapes handed to dateparser: what the patterns above do not read.
_NUMERIC_DATE = re.compile(r"^(?:\d{1,4}[/.]\d{1,2}[/.]\d{1,4})$")
_PERIOD_NOUNS = load_words("lexicons", _WORDS, "period_nouns")


@dataclass(frozen=True)
class TimeExpression:
    """One temporal expression in a Doc; offsets are Doc-absolute (chars and tokens).

    ``head_i`` is the Doc index of the token the expression modifies (the verb
    "on Friday" attaches to, the noun in "Sunday's attack"), or its own root
    when the expression is the root of the sentence.
    """

    start_char: int
    end_char: int
    text: str
    token_start: int
    token_end: int
    head_i: int
    stamp: bool = False  # inside a publication stamp or dateline: when it was printed (extract.stamps)


# ---------------------------------------------------------------------------
# Vocabulary and compiled patterns (built once, on first use)


def _alt(words: Any) -> str:
    """A regex alternation of ``words``, longest first, each escaped."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


#: Characters other than a letter's two cases that Python's case-insensitive matching takes for an
#: ASCII letter (capital dotted I and dotless i for i, long s for s, the Kelvin sign for k).
#: ``tests/test_dates.py`` checks every code point, so the list is whole.
CASE_EXTRAS = "\u0130\u0131\u017f\u212a"

#: The first word of each alternative of the finder below (lexicon words are added from the lexicon).
_FINDER_FIRST_WORDS = (
    "late overnight last tonight today yesterday this earlier later the a that hours minutes moments "
    "next since early mid past most recent in during"
).split()
_FIRST_WORD = re.compile(r"\w+")


def _letter_class(ch: str) -> str:
    """A plain character class of what ``(?i:ch)`` matches."""
    same = sorted(
        {c for c in (ch, ch.lower(), ch.upper(), *CASE_EXTRAS) if re.fullmatch(f"(?i:{re.escape(ch)})", c)}
    )
    return re.escape(same[0]) if len(same) == 1 else "[" + "".join(re.escape(c) for c in same) + "]"


def word_gate(words: Any) -> str:
    """A regex matching, case-insensitively, one of ``words`` not followed by a word character.

    Written as a trie of plain character classes: the regex engine rejects a
    branch on its first character at C speed, where it enters every
    case-insensitive word of an alternation in turn.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word.lower():
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [r"(?!\w)" if ch == "" else _letter_class(ch) + emit(sub) for ch, sub in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(trie)


@dataclass(frozen=True)
class _Lexicon:
    weekdays: dict[str, int]
    months: dict[str, int]
    numbers: dict[str, float]
    units: dict[str, str]
    relative_days: dict[str, int]
    named_days: dict[str, tuple[int, int]]
    narrative_days: dict[str, int]
    overnight: frozenset[str]
    month_parts: dict[str, tuple[int, int]]
    year_parts: dict[str, tuple[int, int]]
    seasons: dict[str, tuple[int, int]]
    patterns: dict[str, re.Pattern[str]]
    finder: re.Pattern[str]


_POSSESSIVE = re.compile(r"'s\b")


def _named_day_key(name: str) -> str:
    """A named day as :func:`_normalize` leaves it ("new year's eve" -> "new year eve")."""
    return " ".join(_POSSESSIVE.sub(" ", name.lower()).split())


def _named_day_regex(name: str) -> str:
    """A named day as printed: any case, the possessive written with either apostrophe or none."""
    words = [re.escape(w) for w in name.lower().split()]
    return r"\s+".join(w.replace("'s", "(?:['’]s|s)?") for w in words)


@functools.lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = load_yaml("lexicons", _WORDS)

    wd = _alt(data["weekdays"])
    mon = _alt(data["months"])
    counting = [w for w in data["numbers"] if w not in ("a", "an")]
    num = r"\d+(?:\.\d+)?|" + _alt(data["numbers"])
    num_half = rf"(?P<num>{num})(?P<half>\s+and\s+a\s+half)?"
    unit = _alt(data["units"])
    approx = _alt(data["approximators"])
    look = _alt(data["lookback"]) + "|this past"
    tod = _alt(data["times_of_day"])
    day_part = _alt(data["day_part_prefixes"])
    mparts = _alt(data["month_parts"])
    yparts = _alt(data["year_parts"])
    season = _alt(data["seasons"])
    conflict = _alt(data["conflict_nouns"])
    began = _alt(data["conflict_start_verbs"])
    year = r"(?:19|20)\d\d"
    ordinal = r"(?:st|nd|rd|th)?"

    p = {
        # "Tuesday last week", "on Wednesday of this week": a day of a named calendar week
        "weekday_of_week": rf"^(?P<wd>{wd})(?:\s+(?:{tod}))?\s+(?:of\s+)?(?P<rel>last|this|previous)\s+week$",
        "weekday": rf"^(?:(?:{day_part})\s+(?:on\s+)?)?(?:(?P<rel>last|this past|past|this|next|previous)\s+)?"
        rf"(?:(?:{day_part})\s+(?:on\s+)?)?(?P<wd>{wd})(?:\s+(?:{tod}))?$",
        # "late yesterday", "earlier on today": the day the relative word names
        "day_part": rf"^(?:{day_part})\s+(?:on\s+)?(?P<rest>\S.*)$",
        "ago": rf"^(?:(?P<approx>{approx})\s+)?{num_half}\s+(?P<unit>{unit})s?\s+(?P<dir>ago|earlier|before)$",
        "lookback": rf"^(?:the\s+)?(?P<look>{look})\s+(?:{num_half}\s+)?(?P<unit>{unit})(?P<plural>s)?"
        rf"(?:\s+period)?$",
        "recent": rf"^(?:the\s+)?(?:most\s+)?recent\s+(?P<unit>{unit})s$",
        # "a 24-hour period", "the past 48-hour": a number, never "an hour" (a duration)
        "hours": rf"^(?:an?\s+|the\s+)?(?:(?P<look>{look})\s+)?(?P<num>\d+|{_alt(counting)})\s+"
        rf"(?:hour(?:\s+period)?|hours\s+period)$",
        "calendar": r"^(?:(?P<when>earlier|later|late|early)\s+(?:in\s+)?)?(?P<rel>this|last|next|the)\s+"
        rf"(?P<what>week|month|year|weekend|{season})$",
        "period_start": r"^(?:the\s+)?(?P<part>start|beginning|end)\s+of\s+(?:the|this|last)\s+"
        r"(?P<what>week|month|year)$",
        "month_part": rf"^(?P<part>{mparts})\s+(?P<month>{mon})(?:\s+(?:of\s+)?(?P<year>{year}))?$",
        "month_part_rel": rf"^(?P<part>{mparts})\s+(?P<rel>this|last)\s+month$",
        "year_part": rf"^(?P<part>{yparts})\s+(?P<year>{year})$",
        "year_part_rel": rf"^(?P<part>{yparts})\s+(?P<rel>this|last)\s+year$",
        "week_of": r"^(?:the\s+)?(?P<nth>first|second|third|fourth|last|final)\s+week\s+of\s+"
        rf"(?P<month>{mon})(?:\s+(?P<year>{year}))?$",
        "season": rf"^(?:the\s+)?(?P<season>{season})(?:\s+of)?(?:\s+(?P<year>{year}))?$",
        "day_month": rf"^(?:(?:{wd})\s+)?(?:the\s+)?(?P<day>\d{{1,2}}){ordinal}\s+(?:of\s+)?(?P<month>{mon})"
        rf"(?:\s+(?P<year>{year}))?$",
        "month_day": rf"^(?:(?:{wd})\s+)?(?P<month>{mon})\s+(?:the\s+)?(?P<day>\d{{1,2}}){ordinal}"
        rf"(?:\s+(?P<year>{year}))?$",
        "month": rf"^(?:the\s+month\s+of\s+|(?P<rel>last|this|next)\s+)?(?P<month>{mon})"
        rf"(?:\s+(?:of\s+)?(?P<year>{year}))?$",
        "year": rf"^(?:the\s+year\s+)?(?P<year>{year})$",
        # "April last year", "late May of this year", "12 March last year" (the body is read again
        # with the year written out)
        "relative_year": r"^(?P<body>.*[a-z].*?)\s+(?:of\s+)?(?P<rel>last|this|next)\s+year$",
        # "the 5th", "on the 20th of last month": a day of a month the reader knows
        "month_day_of": r"^the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)(?P<of>\s+of\s+(?:the\s+)?(?P<rel>this|last)\s+month)?$",
        "conflict": rf"^(?:the\s+)?(?:(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+)?"
        rf"(?:[a-z'-]+\s+){{0,3}}?(?:{conflict})|(?:[a-z'-]+\s+){{0,3}}?(?:{conflict})\s+(?:{began}))"
        r"(?:\s+(?:in\s+)?(?P<when>.+))?$",
        "range_split": r"\s+(?:to|and|into|through|until|till|-)\s+",
        # "overnight Friday" (the night from Friday into Saturday), "overnight into Saturday"
        "overnight_day": r"^(?:late\s+)?overnight\s+(?:on\s+|of\s+)?(?P<into>into\s+)?(?P<day>\S.*)$",
        # "in 24 hours", "within 48 hours" (after "in"/"within"): the hours just past ("in two
        # days of fighting" is a duration, so days are left out)
        "within": rf"^(?P<num>\d+|{_alt(counting)})\s+(?P<unit>hour|hr)s?$",
        # "two days later", "three days earlier": counted from the narrated day ("eight days
        # after <an event>" counts back from the day told, so "after"/"before" are left out)
        "narrative_n": rf"^(?:(?:{approx})\s+)?(?P<num>{num})\s+(?P<unit>day|night|week|fortnight)s?\s+"
        r"(?P<dir>later|afterwards|after|earlier)$",
        # "the eve of Sunday's vote": the day before the day named
        "eve": rf"^(?:the\s+)?(?:{_alt(data['eve_nouns'])})\s+of\s+(?P<rest>\S.*)$",
        "clock": r"\b(?:at\s+)?(?:about\s+|around\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)"
        r"|\b\d{1,2}:\d{2}\b|\b(?:local time|gmt|utc)\b",
        "month_hyphen": rf"\b(?P<a>{mon})\.?\s*[-–]\s*(?P<b>{mon})\b",
    }
    patterns = {k: re.compile(v) for k, v in p.items()}

    # Finder: what spaCy's NER misses (matched on the raw sentence, any case).
    wd_full = _alt(k for k in data["weekdays"] if len(k) > 4)
    mon_cap = "|".join(
        re.escape(k.capitalize()) + (r"\.?" if len(k) <= 4 else "")
        for k in sorted(data["months"], key=len, reverse=True)
    )
    finder = "|".join(
        [
            r"(?i:\b(?:late\s+)?(?:overnight|last\s+night|tonight|today|yesterday(?:\s+(?:morning|afternoon|evening))?)\b)",
            r"(?i:\bthis\s+(?:morning|afternoon|evening)\b)",
            r"(?i:\b(?:earlier|later)\s+today\b)",
            r"(?i:\bthe\s+day\s+before(?:\s+yesterday)?\b|\bthe\s+(?:previous|preceding)\s+day\b)",
            r"(?i:\ba\s+day\s+(?:earlier|before)\b)",
            # days counted from the narrated day that spaCy's entities miss
            r"(?i:\b(?:that|the\s+(?:next|following|same|previous))\s+(?:day|night|morning|afternoon|evening)\b)",
            r"(?i:\b(?:hours|minutes|moments)\s+(?:later|earlier)\b)",
            rf"(?i:\b(?:(?:last|next|this\s+past)\s+)?(?:{wd_full})(?:\s+(?:{tod}))?\b)",
            rf"(?i:\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+)?"
            rf"(?:[a-z'-]+\s+){{0,3}}?(?:{conflict}|week|month|year)\b(?:\s+in\s+(?:(?:{mon})\s+)?{year})?)",
            # ("since the siege began on 10 April" is left to the day: the clause it opens starts
            # the period, as "since the offensive opened on Monday" does)
            rf"(?i:\bsince\s+(?:the\s+)?(?:[a-z'-]+\s+){{0,3}}?(?:{conflict})\s+(?:{began})\b(?!\s+on\b)"
            rf"(?:\s+in\s+(?:(?:{mon})\s+)?{year}\b)?)",
            # a day or two days of a month ("9 May", "8 to 9 May", "May 8-9"): a night or a
            # short span of days that spaCy's entities may cut to its last day
            rf"(?:\b(?:{mon_cap})\s+\d{{1,2}}{ordinal}(?:\s*(?:-|–|to)\s*\d{{1,2}}{ordinal})?\b(?:,?\s+{year}\b)?)",
            rf"(?:\b(?:\d{{1,2}}{ordinal}\s*(?:-|–|to|and)\s*)?\d{{1,2}}{ordinal}\s+(?:of\s+)?(?:{mon_cap})(?!\w)"
            rf"(?:,?\s+{year}\b)?)",
            rf"(?i:\b(?:early|mid|late|the\s+(?:beginning|start|middle|end)\s+of)[-\s]+(?:{mon})\b(?:\s+{year}\b)?)",
            r"(?i:\b(?:(?:earlier|later)\s+)?(?:this|last|past)\s+(?:week|month|year|weekend)\b)",
            r"(?i:\b(?:the|this)\s+weekend\b)",
            rf"(?i:\b(?:(?:{approx})\s+)?(?:{num})(?:\s+and\s+a\s+half)?\s+(?:{unit})s?\s+ago\b)",
            rf"(?i:\b(?:the\s+)?(?:{look})\s+(?:(?:{num})(?:\s+and\s+a\s+half)?\s+)?(?:{unit})s?\b)",
            rf"(?i:\b(?:the\s+)?(?:most\s+)?recent\s+(?:{unit})s\b)",
            r"(?i:\b\d+-hours?\b)",
            # "on the 5th", "the 20th of last month" (resolved only after "on"/"since" or with the month)
            r"(?i:\bthe\s+\d{1,2}(?:st|nd|rd|th)\b(?:\s+of\s+(?:this|last)\s+month\b)?)",
            rf"(?i:\b(?:in|since|during)\s+{year}\b)",
            # days with a name of their own ("New Year's Eve", "Christmas Day"), possessive or not
            rf"(?i:\b(?:{'|'.join(_named_day_regex(k) for k in data['named_days'])})\b)",
        ]
    )
    return _Lexicon(
        weekdays=dict(data["weekdays"]),
        months=dict(data["months"]),
        numbers={k: float(v) for k, v in data["numbers"].items()},
        units=dict(data["units"]),
        relative_days=dict(data["relative_days"]),
        # "new year's eve" and "new years eve" both
        named_days={
            _named_day_key(form): tuple(v)
            for k, v in data["named_days"].items()
            for form in (k, k.replace("'s", "s"))
        },
        narrative_days=dict(data["narrative_days"]),
        overnight=frozenset(data["overnight"]),
        month_parts={k: tuple(v) for k, v in data["month_parts"].items()},
        year_parts={k: tuple(v) for k, v in data["year_parts"].items()},
        seasons={k: tuple(v) for k, v in data["seasons"].items()},
        patterns=patterns,
        # Every alternative starts a word: testing that once per position first,
        # not once per alternative, makes the scan 2.5x faster (same matches).
        # And every alternative opens with a digit or one of a few words (its
        # first run of word characters): testing that next, through a trie of
        # plain character classes, skips the alternatives at most word starts
        # (another 2.5x, same matches).
        finder=re.compile(rf"\b(?=\w)(?={word_gate(_first_words(data))}|\d)(?:{finder})"),
    )


# ---------------------------------------------------------------------------
# Resolution

_Resolved = tuple[dt.date | None, dt.date | None, DatePrecision]


#: How many days a dateline may lie ahead of the publication stamp and still be the day the text
#: counts from: a stamp in UTC (or west of it) puts a story filed on the morning of the 13th in
#: Kabul or Gaza on the evening of the 12th; two days cover a date line crossed and a stamp
#: taken when the story was first drafted. A dateline further ahead is a typo or another story.
DATELINE_LEAD_DAYS = 2


def reading_day(text: str, published: dt.date | None) -> dt.date | None:
    """The day the text's relative dates ("on Wednesday", "yesterday") count from.

    That is the publication date, unless the text opens with a dateline a day or two after it
    ("KABUL, March 13 (Reuters) -" stamped 12 March): the reporter wrote "Wednesday" on the
    dateline's day, and reading it against the stamp's Tuesday gives the week before. A dateline
    without a year takes the stamp's year, or the next one across New Year.
    """
    if published is None:
        return None
    for year in (published.year, published.year + 1):
        found = find_dateline(text, default_year=year)
        if found is not None and 0 < (found.date - published).days <= DATELINE_LEAD_DAYS:
            return found.date
    return published


def resolve_time(text: str, published: dt.date | None) -> DateSpan:
    """The date span ``text`` names, read against ``published`` (the schema's ``date``).

    Relative expressions need ``published`` and give precision ``unknown``
    without it; absolute ones ("12 October 2015", "in 2014") resolve anyway.
    Anything unparseable gives ``DateSpan(precision="unknown", text=text)``.
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    start, end, precision = _resolve_cached(text, published)
    if precision == "unknown":
        start = end = None
    return DateSpan(start=start, end=end, precision=precision, text=text)


@functools.lru_cache(maxsize=8192)
def _resolve_cached(text: str, published: dt.date | None) -> _Resolved:
    if (framed := _framed_day(text, published)) is not None:
        return framed
    s = _normalize(text)
    since = False
    within = False
    on_day = False
    while True:
        m = re.match(r"^(\w+)\s+(?=\S)", s)
        if not m or m.group(1) not in _PREPOSITIONS:
            break
        since = since or m.group(1) == "since"
        within = m.group(1) in ("in", "within")
        on_day = m.group(1) in ("on", "since")
        s = s[m.end() :]
    if on_day and (m := _lexicon().patterns["month_day_of"].match(s)):
        # "on the 5th": a day of the month; "the 20th" alone may be a century or a brigade
        res = _day_of_month(int(m["day"]), m["rel"], published)
        return (_since(res, published) if since else res) if res else (None, None, "unknown")
    s = _PART_OF_DAY_OF.sub("", s)  # "the early hours of Sunday" -> "sunday"
    if m := _lexicon().patterns["eve"].match(s):
        return _eve_of(_resolve_cached(m["rest"], published))
    if within and (m := _lexicon().patterns["within"].match(s)):
        # "60 killed in 24 hours", "within 48 hours": the hours or days just past
        n = _number(m["num"])
        back = _lookback_units(n, _lexicon().units[m["unit"]], published) if n else None
        return back or (None, None, "unknown")
    if since:
        conflict = _conflict_start(s, published) or _since_period_start(s, published)
        if conflict is not None:
            return conflict
    res = _resolve_plain(s, published) or _resolve_range(s, published) or _dateparser_day(s, published)
    if res is None:
        return (None, None, "unknown")
    return _since(res, published) if since else res


#: Longest span (in days) the narrower part of a framed day may name: a day, or a night of two.
FRAMED_DAY_MAX_DAYS = 2


def _split_frame(text: str) -> tuple[str, str] | None:
    """(frame, day) of "last week, on Tuesday night" or "earlier this month, on the 3rd": a period,
    a comma, then a day inside it (or a month inside a year: "earlier this year, in January"). None when there is no comma, or the first part reads as a day
    itself ("Sunday, September 15") or opens an aggregate ("since January, ...")."""
    frame, comma, day = text.partition(",")
    if not comma or not frame.strip() or not day.strip():
        return None
    if _normalize(frame).split(" ", 1)[0] == "since":
        return None
    probe_frame = _resolve_cached(frame, ANCHOR_PROBE_DATE)
    probe_day = _resolve_cached(day, ANCHOR_PROBE_DATE)
    if probe_frame[2] in ("day", "unknown") or probe_day[0] is None or probe_day[1] is None:
        return None
    if probe_day[2] == "month" and probe_frame[2] == "year":
        return frame, day  # "earlier this year, in January": a month of the year
    if probe_day[2] not in ("day", "range") or (probe_day[1] - probe_day[0]).days >= FRAMED_DAY_MAX_DAYS:
        return None
    return frame, day


def _framed_day(text: str, published: dt.date | None) -> _Resolved | None:
    """The day of "last week, on Tuesday night", "late last month, on the 28th": the day read
    against the end of its frame, so that "Tuesday" is last week's and "the 28th" last month's.
    When the day so read falls outside the frame, the day read on its own against publication.

    Why: the frame alone dates the event to a week or a month, and the day alone, read against
    publication, can land in the wrong week or month; together they name one day."""
    parts = _split_frame(text)
    if parts is None:
        return None
    frame = _resolve_cached(parts[0], published)
    if frame[0] is None or frame[1] is None:
        return None
    ref = frame[1] if published is None else min(frame[1], published)
    day = _resolve_cached(parts[1], ref)
    if day[0] is not None and day[1] is not None and frame[0] <= day[0] and day[1] <= frame[1]:
        return day
    own = _resolve_cached(parts[1], published)
    return own if own[0] is not None else None


def _eve_of(day: _Resolved) -> _Resolved:
    """The day before a single day ("the eve of Sunday's vote" is Saturday); a longer period has no
    eve that dates an event to a day, so it stays unknown."""
    start, end, precision = day
    if precision != "day" or start is None:
        return (None, None, "unknown")
    return (start - _days(1), start - _days(1), "day")


def shift_span(anchor: DateSpan, days: int, text: str, published: dt.date | None = None) -> DateSpan:
    """The span ``days`` after ``anchor`` (the narrated day), for ``text``; never past publication."""
    if anchor.start is None:
        return DateSpan(precision="unknown", text=text)
    start = anchor.start + _days(days)
    end = (anchor.end or anchor.start) + _days(days)
    if isinstance(published, dt.datetime):
        published = published.date()
    if published is not None:
        start, end = min(start, published), min(end, published)
    return DateSpan(start=start, end=end, precision=anchor.precision, text=text)


def narrative_offset(text: str) -> int | None:
    """Days from the narrated day that ``text`` names ("the next day" +1, "the day before" -1,
    "later that day" 0), or None when it is not counted from the story's own day.

    Such an expression resolves against the day the text told last, not against
    publication: "Rebels took the town on Monday; the next day the army retook it".
    """
    return _narrative_cached(text)


@functools.lru_cache(maxsize=4096)
def _narrative_cached(text: str) -> int | None:
    lex = _lexicon()
    s = _normalize(text)
    while (m := re.match(r"^(\w+)\s+(?=\S)", s)) and m.group(1) in _PREPOSITIONS:
        s = s[m.end() :]
    if s in lex.narrative_days:
        return lex.narrative_days[s]
    m = lex.patterns["narrative_n"].match(s)
    if m is None:
        return None
    n = _number(m["num"])
    if n is None or n != int(n):
        return None
    if m["dir"] == "after" and text.rstrip()[-1:] not in _CLAUSE_MARKS:
        return None  # "eight days after the raid" counts from the raid, not from the narrated day
    n *= DAYS_PER_UNIT[lex.units[m["unit"]]]
    return int(n) if m["dir"] in ("later", "afterwards", "after") else -int(n)


#: ``_normalize``'s own patterns, compiled once (it runs for every candidate time expression).
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_DROPPED_MARKS = re.compile(r"'s\b|\(|\)|,|;|\"")
_NUMBER_RANGE = re.compile(r"(\d)\s*[-–]\s*(\d)")
_DASH = re.compile(r"\s*[–—]\s*")
_ABBREVIATION_DOT = re.compile(r"(?<=[a-z])\.(?=\s|$)")
_SPACES = re.compile(r"\s+")


def _normalize(text: str) -> str:
    """Lower case, clock times and punctuation removed, hyphens and dashes made words."""
    lex = _lexicon()
    s = text.lower().replace("\u2019", "'")
    s = lex.patterns["clock"].sub(" ", s)
    s = _ISO_DATE.sub(r"\1/\2/\3", s)  # ISO dates survive the hyphens
    s = _DROPPED_MARKS.sub(" ", s)
    s = _NUMBER_RANGE.sub(r"\1 to \2", s)
    s = lex.patterns["month_hyphen"].sub(r"\g<a> to \g<b>", s)
    s = _DASH.sub(" to ", s)
    s = s.replace("-", " ")
    s = _ABBREVIATION_DOT.sub("", s)  # "oct." -> "oct", "a.m." already gone
    s = _SPACES.sub(" ", s).strip(" .:!?")
    return s


def _days(n: float) -> dt.timedelta:
    return dt.timedelta(days=n)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _shift_months(d: dt.date, months: int) -> dt.date:
    """``d`` moved by whole calendar months, the day clipped to the target month."""
    y, m = divmod(d.month - 1 + months, 12)
    y += d.year
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _cap(start: dt.date, end: dt.date, published: dt.date | None) -> tuple[dt.date, dt.date]:
    """End a span that contains the publication date at it."""
    if published is not None and start <= published < end:
        end = published
    return start, end


def _length_precision(start: dt.date, end: dt.date) -> DatePrecision:
    days = (end - start).days
    if days <= RANGE_MAX_DAYS:
        return "range"
    if days <= WEEK_MAX_DAYS:
        return "week"
    return "month" if days <= 366 else "year"


def _number(word: str) -> float | None:
    word = word.strip()
    try:
        return float(word)
    except ValueError:
        return _lexicon().numbers.get(word)


def _year_for(month: int, day: int, published: dt.date | None) -> int | None:
    """The year of a month/day given without one: the latest not after publication."""
    if published is None:
        return None
    year = published.year
    try:
        if dt.date(year, month, min(day, calendar.monthrange(year, month)[1])) > published:
            year -= 1
    except ValueError:
        return None
    return year


def _resolve_plain(s: str, pub: dt.date | None) -> _Resolved | None:
    """One expression without "since" and without a range conjunction, or None."""
    lex = _lexicon()
    pat = lex.patterns

    if s in lex.overnight:
        return (pub - _days(1), pub, "range") if pub else None
    if m := pat["overnight_day"].match(s):
        return _overnight_of(m["day"], bool(m["into"]), pub)
    if s in lex.relative_days:
        if pub is None:
            return None
        d = pub + _days(lex.relative_days[s])
        return (d, d, "day")
    if (m := pat["day_part"].match(s)) and m["rest"] in lex.relative_days:
        return _resolve_plain(m["rest"], pub)

    if s in lex.named_days:
        month, day = lex.named_days[s]
        return _day_month(day, month, None, pub)
    if m := pat["weekday_of_week"].match(s):
        return _weekday_of_week(lex.weekdays[m["wd"]], m["rel"], pub)
    if m := pat["weekday"].match(s):
        return _weekday(lex.weekdays[m["wd"]], m["rel"], pub)
    if m := pat["ago"].match(s):
        return _ago(m, pub)
    if m := pat["hours"].match(s):
        n = _number(m["num"])
        if pub is None or n is None or n <= 0 or n > 24 * 7:
            return None
        if not m["look"] and "period" not in s and n < HOURS_LOOKBACK_MIN:
            return None  # "fought for close to one hour": how long, not the hours up to publication
        return (pub - _days(math.ceil(n / 24)), pub, "range")
    if m := pat["month_part_rel"].match(s):
        # before "calendar", which reads "late last month" as the whole month
        return _month_part_rel(m["rel"], m["part"], pub)
    if m := pat["year_part_rel"].match(s):
        return _year_part_rel(m["rel"], m["part"], pub)
    if m := pat["calendar"].match(s):
        return _calendar(m["when"], m["rel"], m["what"], pub)
    if m := pat["lookback"].match(s):
        return _lookback(m, pub)
    if m := pat["recent"].match(s):
        return _lookback_units(3, lex.units[m["unit"]], pub)
    if m := pat["period_start"].match(s):
        return _period_start(s, m["part"], m["what"], pub)

    if m := pat["day_month"].match(s) or pat["month_day"].match(s):
        return _day_month(int(m["day"]), lex.months[m["month"]], m["year"], pub)
    if m := pat["month_part"].match(s):
        month = lex.months[m["month"]]
        year = int(m["year"]) if m["year"] else _year_for(month, 1, pub)
        return _month_part(year, month, lex.month_parts[m["part"]], pub) if year else None
    if m := pat["week_of"].match(s):
        return _week_of(m, pub)
    if m := pat["month"].match(s):
        month = lex.months[m["month"]]
        year = int(m["year"]) if m["year"] else _year_for(month, 1, pub)
        if year is None or m["rel"] == "next":
            return None
        if m["rel"] == "last" and not m["year"] and pub and (year, month) == (pub.year, pub.month):
            year -= 1  # "last October" written in October is a year back
        return (*_cap(dt.date(year, month, 1), _month_end(year, month), pub), "month")
    if m := pat["year"].match(s):
        year = int(m["year"])
        return (*_cap(dt.date(year, 1, 1), dt.date(year, 12, 31), pub), "year")
    if m := pat["year_part"].match(s):
        return _year_part(int(m["year"]), lex.year_parts[m["part"]], pub)
    if m := pat["season"].match(s):
        return _season(lex.seasons[m["season"]], int(m["year"]) if m["year"] else None, None, pub)
    if (m := pat["month_day_of"].match(s)) and m["of"]:
        return _day_of_month(int(m["day"]), m["rel"], pub)
    if (m := pat["relative_year"].match(s)) and pub is not None and m["rel"] != "next":
        # "April last year", "late May this year", "12 March of last year": the year counted
        # from publication, then read as if it were written out
        year = pub.year - (1 if m["rel"] == "last" else 0)
        return _resolve_plain(f"{m['body']} {year}", pub)
    return None


def _month_part_rel(rel: str, part: str, pub: dt.date | None) -> _Resolved | None:
    """ "late last month", "early this month": days of the month of publication or the one before."""
    if pub is None:
        return None
    first = _shift_months(pub.replace(day=1), -1 if rel == "last" else 0)
    return _month_part(first.year, first.month, _lexicon().month_parts[part], pub)


def _year_part_rel(rel: str, part: str, pub: dt.date | None) -> _Resolved | None:
    """ "late last year", "early this year": months of the year of publication or the one before."""
    if pub is None:
        return None
    year = pub.year - (1 if rel == "last" else 0)
    return _year_part(year, _lexicon().year_parts[part], pub)


def _day_of_month(day: int, rel: str | None, pub: dt.date | None) -> _Resolved | None:
    """ "on the 5th", "the 5th of this month", "the 20th of last month": a day of the month of
    publication (or, when that day is still to come, of the month before); "last month" is the
    month before."""
    if pub is None or not 1 <= day <= 31:
        return None
    first = pub.replace(day=1)
    if rel == "last" or (rel != "this" and day > pub.day):
        first = _shift_months(first, -1)
    if day > calendar.monthrange(first.year, first.month)[1]:
        return None
    d = first.replace(day=day)
    return (d, d, "day") if d <= pub else None


def _weekday(wd: int, rel: str | None, pub: dt.date | None) -> _Resolved | None:
    if pub is None:
        return None
    back = (pub.weekday() - wd) % 7
    if rel == "next":
        d = pub + _days((wd - pub.weekday()) % 7 or 7)
    elif rel in ("last", "previous") and back == 0:
        d = pub - _days(7)
    else:
        d = pub - _days(back)
    return (d, d, "day")


def _weekday_of_week(wd: int, rel: str, pub: dt.date | None) -> _Resolved | None:
    """ "Tuesday last week": that day of the calendar week (Monday..Sunday) before publication's;
    "Tuesday this week" of publication's own week, if it is not still to come."""
    if pub is None:
        return None
    d = _monday(pub) - _days(0 if rel == "this" else 7) + _days(wd)
    return (d, d, "day") if d <= pub else None


def _ago(m: re.Match[str], pub: dt.date | None) -> _Resolved | None:
    n = _number(m["num"])
    if pub is None or n is None:
        return None
    if m["half"]:
        n += 0.5
    unit = _lexicon().units[m["unit"]]
    if unit == "decade":  # "a decade ago": ten years back
        n, unit = n * 10, "year"
    fuzzy = bool(m["approx"])
    if unit == "hour" and m["dir"] != "ago":
        # "fought for two hours before the troops withdrew", "three hours earlier": hours counted
        # from an event the text tells, never from publication; the event's own day dates it
        return None
    if unit == "hour":
        d = pub - _days(math.floor(n / 24))
        return (d, d, "day")
    if unit == "day":
        d = pub - _days(round(n))
        if fuzzy:
            return (d - _days(1), min(d + _days(1), pub), "range")
        return (d, d, "day")
    if unit in ("week", "fortnight"):
        centre = pub - _days(round(n * DAYS_PER_UNIT[unit]))
        return (centre - _days(3), min(centre + _days(3), pub), "week")
    if unit == "month" and n == int(n):
        first = _shift_months(pub.replace(day=1), -int(n))
        return (first, _month_end(first.year, first.month), "month")
    if unit == "year" and n == int(n):
        year = pub.year - int(n)
        return (dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    centre = pub - _days(round(n * DAYS_PER_UNIT[unit]))
    return (centre - _days(15), min(centre + _days(15), pub), "month")


def _lookback(m: re.Match[str], pub: dt.date | None) -> _Resolved | None:
    unit = _lexicon().units[m["unit"]]
    if m["num"] is None:
        if m["plural"]:  # "the last days of ..." is no look-back
            return None
        n: float | None = 1
    else:
        n = _number(m["num"])
    if n is None:
        return None
    if m["half"]:
        n += 0.5
    return _lookback_units(n, unit, pub)


def _lookback_units(n: float, unit: str, pub: dt.date | None) -> _Resolved | None:
    """The span of the past ``n`` ``unit``s, ending at publication."""
    if pub is None or n <= 0:
        return None
    if unit == "decade":  # "the past decade": ten years
        n, unit = n * 10, "year"
    if unit == "hour":
        return (pub - _days(max(1, math.ceil(n / 24))), pub, "range")
    if unit in ("month", "year") and n == int(n):
        start = _shift_months(pub, -int(n) * (12 if unit == "year" else 1))
    else:
        start = pub - _days(round(n * DAYS_PER_UNIT[unit]))
    if unit == "year":
        precision: DatePrecision = "year"
    elif unit == "month":
        precision = "month" if n < 12 else "year"
    elif unit == "week" and n == 1:
        precision = "week"
    else:
        precision = _length_precision(start, pub)
    return (start, pub, precision)


def _monday(d: dt.date) -> dt.date:
    return d - _days(d.weekday())


def _calendar(when: str | None, rel: str, what: str, pub: dt.date | None) -> _Resolved | None:
    """ "this week", "last month", "earlier this year", "the weekend", "last summer"."""
    if pub is None or rel == "next" or when == "later":
        return None
    lex = _lexicon()
    if what == "weekend":
        sat = pub - _days((pub.weekday() - 5) % 7)
        if rel == "last" and pub.weekday() >= 5:
            sat -= _days(7)
        return (sat, min(sat + _days(1), pub), "range")
    if rel == "the":  # "the week", "the month" name no period of their own
        return None
    if what in lex.seasons:
        return _season(lex.seasons[what], None, rel, pub)
    last = rel == "last"
    if what == "week":
        if last and pub.weekday() == SUNDAY:
            # on a Sunday the week just ending is over: "last week" is the seven days before
            return (pub - _days(7), pub - _days(1), "week")
        monday = _monday(pub) - _days(7 if last else 0)
        return (monday, monday + _days(6) if last else pub, "week")
    if what == "month":
        first = _shift_months(pub.replace(day=1), -1 if last else 0)
        return (first, _month_end(first.year, first.month) if last else pub, "month")
    year = pub.year - (1 if last else 0)
    return (dt.date(year, 1, 1), dt.date(year, 12, 31) if last else pub, "year")


def _period_start(s: str, part: str, what: str, pub: dt.date | None) -> _Resolved | None:
    """ "the start of the month" (10 days), "the end of last year"; week/month/year only."""
    if pub is None:
        return None
    last = " last " in f" {s} "
    if what == "week":
        first = _monday(pub) - _days(7 if last else 0)
        end = first + _days(6)
    elif what == "month":
        first = _shift_months(pub.replace(day=1), -1 if last else 0)
        end = _month_end(first.year, first.month)
    else:
        year = pub.year - (1 if last else 0)
        first, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    tenth = {"week": 2, "month": 9, "year": 30}[what]
    if part == "end":
        start = end - _days(tenth)
    else:
        start, end = first, first + _days(tenth)
    return (*_cap(start, end, pub), "range" if what != "year" else "month")


def _day_month(day: int, month: int, year: str | None, pub: dt.date | None) -> _Resolved | None:
    """A day of a month; without a year, the latest one not after publication (29 February: that of
    the latest leap year, so a leap day is not lost, and no longer dropped in a common year)."""
    y = int(year) if year else _year_for(month, day, pub)
    if y is None:
        return None
    if not year and (month, day) == (2, 29):
        while not calendar.isleap(y):
            y -= 1
    try:
        d = dt.date(y, month, day)
    except ValueError:
        return None
    return (d, d, "day")


def _month_part(year: int, month: int, part: tuple[int, int], pub: dt.date | None) -> _Resolved:
    last_day = calendar.monthrange(year, month)[1]
    start = dt.date(year, month, part[0])
    end = dt.date(year, month, min(part[1], last_day))
    if part[1] >= 28:
        end = dt.date(year, month, last_day)
    return (*_cap(start, end, pub), "range")


def _week_of(m: re.Match[str], pub: dt.date | None) -> _Resolved | None:
    month = _lexicon().months[m["month"]]
    year = int(m["year"]) if m["year"] else _year_for(month, 1, pub)
    if year is None:
        return None
    last_day = calendar.monthrange(year, month)[1]
    nth = m["nth"]
    first = {"first": 1, "second": 8, "third": 15, "fourth": 22}.get(nth, last_day - 6)
    return (*_cap(dt.date(year, month, first), dt.date(year, month, first + 6), pub), "week")


def _year_part(year: int, part: tuple[int, int], pub: dt.date | None) -> _Resolved:
    start = dt.date(year, part[0], 1)
    return (*_cap(start, _month_end(year, part[1]), pub), "month")


def _season(
    months: tuple[int, int], year: int | None, rel: str | None, pub: dt.date | None
) -> _Resolved | None:
    """A season by its months; winter starts in December of ``year``."""
    first, last = months

    def span(y: int) -> tuple[dt.date, dt.date]:
        end_year = y + 1 if last < first else y
        return dt.date(y, first, 1), _month_end(end_year, last)

    if year is None:
        if pub is None:
            return None
        year = pub.year
        while span(year)[0] > pub:
            year -= 1
        if rel == "last" and span(year)[1] >= pub:
            year -= 1
    return (*_cap(*span(year), pub), "month")


def _resolve_range(s: str, pub: dt.date | None) -> _Resolved | None:
    """ "July and August 2014", "Oct. 10-12", "between Monday and Wednesday"."""
    lex = _lexicon()
    parts = lex.patterns["range_split"].split(s, maxsplit=1)
    if len(parts) != 2:
        return None
    a, b = _bare_day(parts[0]), _bare_day(parts[1])
    b_words = b.split()
    # Borrow the month or the year the second part states ("10 to 12 october",
    # "october 10 to 12", "july to august 2014").
    if a.isdigit() and len(b_words) >= 2 and b_words[1] in lex.months:
        a = f"{a} {' '.join(b_words[1:])}"
    elif b.isdigit() and len(b) <= 2:
        first_words = a.split()
        if first_words and first_words[0] in lex.months:
            b = f"{first_words[0]} {b} {' '.join(first_words[2:])}".strip()
    elif b_words and re.fullmatch(r"(?:19|20)\d\d", b_words[-1]) and not re.search(r"\b(?:19|20)\d\d\b", a):
        a = f"{a} {b_words[-1]}"
    ra, rb = _resolve_plain(a, pub), _resolve_plain(b, pub)
    if not ra or not rb or ra[0] is None or rb[1] is None:
        return None
    wa, wb = lex.patterns["weekday"].match(a), lex.patterns["weekday"].match(b)
    if wa and wb and not wa["rel"] and rb[0] is not None:
        # "Thursday and Friday", "the night of Saturday to Sunday": the first day runs
        # into the second, which is the latest such day on or before publication
        back = (lex.weekdays[wb["wd"]] - lex.weekdays[wa["wd"]]) % 7
        return (rb[0] - _days(back), rb[1], "range" if back else "day")
    start, end = min(ra[0], rb[0] or ra[0]), max(ra[1] or rb[1], rb[1])
    if ra[2] == rb[2] and ra[2] in ("month", "year"):
        return (start, end, ra[2])
    return (start, end, _length_precision(start, end))


#: A day of the month as a range's end may say it with an article, an ordinal and "of": "the 21st",
#: "26 of September", "the 26th of September" are the day and month "26 september" names.
_BARE_DAY = re.compile(r"^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?(?=\s|$)")


def _bare_day(part: str) -> str:
    """One end of a range with its day of the month written plainly (``_BARE_DAY``), so that
    "between 21 and 26 of September" borrows the month as "between 21 and 26 September" does."""
    return _BARE_DAY.sub(r"\1", part.strip(), count=1)


def _overnight_of(day_text: str, into: bool, pub: dt.date | None) -> _Resolved | None:
    """ "overnight Friday": the night that starts on the day named and ends the next morning;
    "overnight into Saturday": the night that ends on it. A night that would end after
    publication is the one that ended on the publication day ("overnight Friday" in a
    Friday paper)."""
    inner = _resolve_plain(day_text, pub) or _resolve_range(day_text, pub)
    if inner is None or inner[0] is None or inner[1] is None:
        return None
    if inner[2] != "day":
        return inner if (inner[1] - inner[0]).days == 1 else None  # "overnight Friday into Saturday"
    day = inner[0]
    if into or (pub is not None and day >= pub):
        return (day - _days(1), day, "range")
    return (day, day + _days(1), "range")


def _conflict_start(s: str, pub: dt.date | None) -> _Resolved | None:
    """ "(since) the war began (in 2011)": an open period to publication."""
    m = _lexicon().patterns["conflict"].match(s)
    if not m:
        return None
    start = None
    if m["when"]:
        inner = _resolve_plain(m["when"], pub)
        if inner is None:
            return None
        start = inner[0]
    return (start, pub, "year")


def _since_period_start(s: str, pub: dt.date | None) -> _Resolved | None:
    """ "since the start of the month": the first of the period to publication."""
    m = _lexicon().patterns["period_start"].match(s)
    if not m or m["part"] == "end" or pub is None:
        return None
    inner = _period_start(s, m["part"], m["what"], pub)
    if inner is None or inner[0] is None:
        return None
    return (inner[0], pub, m["what"])


def _since(inner: _Resolved, pub: dt.date | None) -> _Resolved:
    """ "since X": from the start of X to publication."""
    start, _, precision = inner
    if pub is None or start is None:
        return (start, None, precision)
    if precision in ("week", "month", "year"):
        return (start, pub, precision)
    return (start, pub, _length_precision(start, pub))


def _dateparser_day(s: str, pub: dt.date | None) -> _Resolved | None:
    """A full numeric or unusual absolute date ("12/10/2015", "2015-10-12") via dateparser."""
    if not _NUMERIC_DATE.match(s):
        return None
    d = _dateparser_parse(s, pub)
    return (d, d, "day") if d else None


@functools.lru_cache(maxsize=4096)
def _dateparser_parse(s: str, pub: dt.date | None) -> dt.date | None:
    import dateparser  # slow to import; most expressions never need it

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "STRICT_PARSING": True}
    if pub is not None:
        settings["RELATIVE_BASE"] = dt.datetime(pub.year, pub.month, pub.day)
    try:
        parsed = dateparser.parse(s, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed else None


def _first_words(data: dict[str, Any]) -> set[str]:
    """The words a match of the finder may open with, digits aside: the literal first words of its
    alternatives, and the first run of word characters of each lexicon entry they take in first place."""
    words = set(_FINDER_FIRST_WORDS)
    for key in ("weekdays", "months", "numbers", "approximators", "lookback", "named_days"):
        for entry in data[key]:
            m = _FIRST_WORD.match(entry)
            if m is None:
                raise ValueError(f"date lexicon: {key} entry {entry!r} does not open with a word character")
            words.add(m.group(0).lower())
    return {w for w in words if not w[0].isdigit()}


# ---------------------------------------------------------------------------
# Finding


def find_time_expressions(sent: Span) -> list[TimeExpression]:
    """The temporal expressions of one sentence that can be anchored in time.

    Candidates are spaCy's DATE/TIME entities and the lexicon's patterns; each
    is widened to its modifiers and governing preposition ("on", "since"), and
    kept only if it resolves to a date (so bare durations such as "for four
    years", ages and ordinals like "its fifth year" are dropped).
    """
    doc = sent.doc
    lex = _lexicon()
    cands: list[tuple[int, int]] = []
    for ent in ents_within(doc, sent.start, sent.end):
        if ent.label_ in _ENTITY_LABELS:
            cands.append((ent.start, ent.end))
    for m in lex.finder.finditer(doc_text(doc)[sent.start_char : sent.end_char]):
        span = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        if span is not None:
            cands.append((span.start, span.end))
    cands = [(a, b) for a, b in cands if not _listed_among_names(sent, a, b)]
    spans = [_without_count(doc, a, b) for a, b in _merge(sorted(cands))]
    spans = _merge(sorted(_widen(sent, a, b) for a, b in spans))
    spans = _join_attached(sent, spans)

    anchored = [ab for a0, b0 in spans if (ab := _anchored_part(sent, a0, b0)) is not None]
    found: list[TimeExpression] = []
    for a, b in _join_trimmed(sent, anchored):
        text = span_text(doc, a, b) if a < b else doc[a:b].text
        start_char, end_char = doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
        found.append(
            TimeExpression(
                start_char=start_char,
                end_char=end_char,
                text=text,
                token_start=a,
                token_end=b,
                head_i=_head(sent, a, b),
                stamp=in_stamp(doc, start_char, end_char),
            )
        )
    return found


def _join_trimmed(sent: Span, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join again the parts that meet only once an entity's extra word is trimmed off ("Kyiv
    overnight | Saturday" gives "overnight Saturday", a night, not "Saturday" alone), where the
    joined span still resolves; otherwise the parts stay as they were."""
    out: list[tuple[int, int]] = []
    for a, b in _join_attached(sent, spans):
        if (a, b) in spans or _anchorable(sent.doc, a, b):
            out.append((a, b))
        else:
            out += [(x, y) for x, y in spans if a <= x and y <= b]
    return out


#: Entity labels of the names a place named after a day is listed among.
_NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"})


def _listed_among_names(sent: Span, a: int, b: int) -> bool:
    """The day is one name in a list of names: a place called after a date ("the villages of
    Kalemba, 25th May and Nsoro", a quarter named "1st May"), between a name and a comma before
    it and "and" or a comma and a name that is no date after it.
    Why: such a place name read as a date dates the event to that day of another year."""
    doc = sent.doc
    if a - 2 < sent.start or b + 1 >= sent.end:
        return False
    before, comma = doc[a - 2], doc[a - 1]
    joiner, after = doc[b], doc[b + 1]
    if comma.text != "," or joiner.lower_ not in ("and", ",", "or"):
        return False
    if not any(ch.isdigit() for ch in doc[a:b].text):
        return False  # weekdays and months alone are no place names
    named = before.ent_type_ in _NAME_LABELS or (before.pos_ == "PROPN" and before.ent_type_ != "DATE")
    return named and after.pos_ == "PROPN" and after.ent_type_ not in ("DATE", "TIME")


def _without_count(doc: Doc, a: int, b: int) -> tuple[int, int]:
    """The span without a number at its end that counts what follows rather than naming a
    day ("in March 12 villagers were killed": the time is "in March"); see
    :func:`wardesk.extract.numbers.count_after_calendar`."""
    if b - a > 1 and count_after_calendar(doc, b - 1) is not None:
        return (a, b - 1)
    return (a, b)


def _anchorable(doc: Doc, a: int, b: int) -> bool:
    if a < b:
        text = span_text(doc, a, b)  # from the cached text: asked for every candidate part
        if "\n" in text:
            return False
    else:
        if "\n" in doc_text(doc)[doc[a].idx : doc[b - 1].idx + len(doc[b - 1])]:
            return False
        text = doc[a:b].text
    return _resolve_cached(text, ANCHOR_PROBE_DATE)[2] != "unknown" or _narrative_cached(text) is not None


def _anchored_part(sent: Span, a: int, b: int) -> tuple[int, int] | None:
    """The span itself if it resolves, else its longest part that does.

    spaCy's entities sometimes take in a neighbouring word or run over a line
    break ("Huthis last year", "July 4, 2016\nMore than"); the part that is a
    date is kept and widened again.
    """
    doc = sent.doc
    if _anchorable(doc, a, b):
        return (a, b)
    n = b - a
    if n > MAX_TRIM_TOKENS:
        return None
    for length in range(n - 1, 0, -1):
        for i in range(a, b - length + 1):
            if doc[i].is_punct or doc[i].is_space or not _anchorable(doc, i, i + length):
                continue
            wa, wb = _widen(sent, i, i + length)
            return (wa, wb) if _anchorable(doc, wa, wb) else (i, i + length)
    return None


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Union of overlapping token spans (input sorted by start)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _widen(sent: Span, a: int, b: int) -> tuple[int, int]:
    """Add the words that change an expression's meaning: modifiers, "ago", the preposition.
    Reads words from the per-document arrays (a ``Token`` per word asked was most of its cost)."""
    doc = sent.doc
    low, texts, punct = doc_lowers(doc), doc_token_texts(doc), doc_is_punct(doc)
    while b > a + 1 and (punct[b - 1] or low[b - 1] in ("'s", "’s")):
        b -= 1
    while a < b - 1 and punct[a]:
        a += 1
    while b < sent.end and low[b] in _RIGHT_WORDS:
        b += 1
    if b + 1 < sent.end and low[b] in _CLOSING_RIGHT_WORDS and texts[b + 1] in _CLAUSE_MARKS:
        b += 2  # "a week after, jets bombed ...": no event named after "after"; the comma says so
    # "a 24-hour period": take the period noun the expression modifies.
    nxt = b + 1 if b < sent.end and texts[b] == "-" else b
    if nxt < sent.end and low[nxt] in _PERIOD_NOUNS and doc[a:b].root.head.i == nxt:
        b = nxt + 1
        if a > sent.start and low[a - 1] in ("a", "an", "the"):
            a -= 1
    while a > sent.start:
        prev = low[a - 1]
        if prev in _LEFT_MODIFIERS:
            a -= 1
        elif prev == "than" and a - 2 >= sent.start and low[a - 2] in ("more", "less"):
            a -= 2
        elif texts[a - 1] == "-" and a - 2 >= sent.start and low[a - 2] == "mid":
            a -= 2
        else:
            break
    if a > sent.start and low[a - 1] in _PREPOSITIONS and a - 1 in (doc[a:b].root.head.i, doc[a].head.i):
        # the preposition governs the expression, or its first word where the parser hangs the
        # rest elsewhere ("since April | last year": "year" on the verb)
        a -= 1
    return _widen_eve(sent, a, b)


def _widen_eve(sent: Span, a: int, b: int) -> tuple[int, int]:
    """Take in "(on) the eve of" before a day ("on the eve of Sunday's vote"): without it the day
    read would be the vote's, a day after the event."""
    doc = sent.doc
    of = a if doc[a].lower_ == "of" else a - 1
    if of - 1 < sent.start or doc[of].lower_ != "of" or doc[of - 1].lower_ not in _EVE_NOUNS:
        return (a, b)
    a = of - 1
    if a > sent.start and doc[a - 1].lower_ == "the":
        a -= 1
    if a > sent.start and doc[a - 1].lower_ in _PREPOSITIONS:
        a -= 1
    return (a, b)


#: Words between two dates that make one span of them ("on Thursday and Friday",
#: "the night of Saturday to Sunday").
RANGE_JOINERS = frozenset({"and", "to", "into", "through", "until", "till", "-", "–"})


def _join_attached(sent: Span, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join neighbours where one modifies the other ("at 3 a.m. on Tuesday"), and two days
    joined by "and"/"to" into the span they make ("on Thursday and Friday")."""
    doc = sent.doc
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and out[-1][1] == a:
            pa, pb = out[-1]
            if (
                pa <= doc[a:b].root.head.i < pb
                or a <= doc[pa:pb].root.head.i < b
                or _is_part_of_day_of(doc[pa:pb].text)
            ):
                out[-1] = (pa, b)
                continue
        if (
            out
            and out[-1][1] + 1 == a
            and doc[a - 1].lower_ in RANGE_JOINERS
            and _days_span(doc, out[-1], (a, b))
        ):
            out[-1] = (out[-1][0], b)
            continue
        if out and out[-1][1] + 1 == a and doc[a - 1].text == "," and _frames_day(doc, out[-1][0], b):
            out[-1] = (out[-1][0], b)
            continue
        out.append((a, b))
    return out


def _frames_day(doc: Doc, a: int, b: int) -> bool:
    """Tokens ``a:b`` are a period, a comma and a day inside it ("last week, on Tuesday night"),
    which read together name that day (:func:`_framed_day`)."""
    text = doc[a:b].text
    return "\n" not in text and _split_frame(text) is not None


def _is_part_of_day_of(text: str) -> bool:
    """The words "(on) the night of" alone, which the tagger may cut off the days they
    introduce ("on the night of | Sunday to Monday"): they belong to the span that follows."""
    low = text.lower() + " "
    words = low.split(maxsplit=1)
    if len(words) == 2 and words[0] in _PREPOSITIONS:
        low = words[1]
    m = _PART_OF_DAY_OF.match(low)
    return m is not None and m.end() == len(low)


def _days_span(doc: Doc, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Two single days that read together as one span of days ("Thursday and Friday");
    longer periods stay apart ("last year and this year" are two)."""
    a, b = first[0], second[1]
    if "\n" in doc_text(doc)[doc[a].idx : doc[b - 1].idx + len(doc[b - 1])]:
        return False
    ends_night = doc[second[0] - 1].lower_ in ("into", "to") and _is_overnight(doc[first[0] : first[1]].text)
    for x, y in (first, second):
        if _resolve_cached(doc[x:y].text, ANCHOR_PROBE_DATE)[2] != "day" and not (ends_night and x == a):
            return False
    start, end, precision = _resolve_cached(doc[a:b].text, ANCHOR_PROBE_DATE)
    return precision != "unknown" and start is not None and end is not None and start < end


def _is_overnight(text: str) -> bool:
    """A night ("overnight", "overnight Friday"), which the day it runs into can end ("overnight
    into Saturday", "overnight Friday to Saturday")."""
    s = _normalize(text)
    return s in _lexicon().overnight or _lexicon().patterns["overnight_day"].match(s) is not None


def _head(sent: Span, a: int, b: int) -> int:
    """The token the expression modifies; a conjunct ("last year and this year")
    modifies what its first conjunct modifies."""
    root = sent.doc[a:b].root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.i if root.head.i == root.i else root.head.i


def bracketed_aside(sent: Span, t: TimeExpression) -> tuple[int, int] | None:
    """Character range of the brackets a time sits in, inside its sentence, when the time does not
    open them itself: "(waged between 1964 and 1974)", "(1992-95)". Such an aside gives background
    (when a war was fought, a term of office); it dates only an event told inside the brackets.
    None when the time is not bracketed."""
    text = doc_text(sent.doc)
    before = text[sent.start_char : t.start_char]
    opened = before.rfind("(")
    if opened < 0 or before.rfind(")") > opened:
        return None
    after = text[t.end_char : sent.end_char]
    closed = after.find(")")
    if closed < 0 or 0 <= after.find("(") < closed:
        return None
    return sent.start_char + opened, t.end_char + closed + 1


def occurrence_lemmas() -> frozenset[str]:
    """Lemmas a sentence needs before :func:`occurrence_times` can find anything in it: each
    verb's object where it has one ("place" of "take place", rarer than "take"), else the verb."""
    return frozenset(obj or verb for verb, obj in _OCCURRENCE_VERBS)


def _occurrence_verb(tok: Any) -> bool:
    for verb, obj in _OCCURRENCE_VERBS:
        if tok.lemma_.lower() == verb and (
            obj is None or any(c.dep_ == "dobj" and c.lower_ == obj for c in tok.children)
        ):
            return True
    return False


def _told_event(verb: Any) -> Any | None:
    """The definite event noun a verb of occurrence tells of: its subject ("the incident took place
    ...", "..., where the massacre took place") or the noun its relative clause hangs from ("the
    attack, which occurred ...")."""
    nouns = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl":
        nouns.append(verb.head)
    for noun in nouns:
        if noun.i == verb.i or noun.lemma_.lower() not in _OCCURRENCE_NOUNS:
            continue
        if any(c.dep_ == "det" and c.lower_ in _OCCURRENCE_DETS for c in noun.children):
            return noun  # not "an attack took place on Monday", a new event
    return None


def tells_occurrence(noun: Any) -> bool:
    """A definite event noun whose own clause says when it happened: the subject of a verb of
    occurrence ("the massacre took place last week") or the noun such a relative clause describes
    ("the attack, which occurred on Monday")."""
    verbs = [c for c in noun.children if c.dep_ == "relcl"]
    if noun.dep_ == "nsubj":
        verbs.append(noun.head)
    return any(
        _occurrence_verb(v) and _told_event(v) is not None and _told_event(v).i == noun.i for v in verbs
    )


def _clause_verb(tok: Any) -> Any:
    """The nearest verb at or above a token: the clause it belongs to."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def in_occurrence_clause(tok: Any) -> bool:
    """A word in the clause of a verb of occurrence that tells of an event already told ("the
    incident took place in a forest near X", "the raid, which happened near X, ..."): what the
    clause names says where or when that event happened."""
    verb = _clause_verb(tok)
    return _occurrence_verb(verb) and _told_event(verb) is not None


def occurrence_times(sent: Span, times: list[TimeExpression]) -> list[TimeExpression]:
    """The times of a sentence that say when an event already told happened: those in the clause
    of a verb of occurrence whose subject, or the noun its relative clause describes, is a
    definite event noun ("The shelling, which happened on Friday, ..."; "the raid happened late
    on Sunday"). A new event ("an attack occurred on Monday") is not one of them."""
    doc = sent.doc
    out: list[TimeExpression] = []
    for t in times:
        if t.stamp:
            continue
        if in_occurrence_clause(doc[t.head_i]):
            out.append(t)
    return out


#: "after"/"before" opening a clause counted from the main clause: the sign of its day from the
#: main clause's day ("came two days after gunmen ambushed ...": the ambush is two days earlier).
_COUNTED_CLAUSE_MARKS: dict[str, int] = dict(load_yaml("lexicons", _WORDS)["counted_clause_marks"])
#: Dependencies that end a clause on the way up from an event's word to its clause's head.
_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp", "relcl", "acl", "ROOT", "conj", "parataxis"})


def _count_before(doc: Doc, i: int) -> int | None:
    """Days counted by the words right before token ``i`` ("two days", "a week"), or None."""
    if i < 2:
        return None
    lex = _lexicon()
    unit = lex.units.get(doc[i - 1].lemma_.lower()) or lex.units.get(doc[i - 1].lower_.rstrip("s"))
    n = _number(doc[i - 2].lower_)
    if unit is None or n is None or n != int(n) or unit not in ("day", "week", "fortnight"):
        return None
    return int(n * DAYS_PER_UNIT[unit])


def counted_clause(anchor: Any) -> tuple[int, Any, Any, tuple[int, int]] | None:
    """(days from the main clause's day, the main clause's word, the counted clause's head, token
    range of the count and its mark) when the event word ``anchor`` sits in a clause or phrase counted from the sentence's
    main clause: "the strike came two days after gunmen ambushed a convoy" gives the ambush
    (-2, came, ...); "... a week before the rebels shelled the camp" gives +7. Else None.

    Why: the count dates the clause's event from the main clause's day, not from publication
    nor from the day told before it, which the main clause only restates."""
    doc = anchor.doc
    tok = anchor
    for _ in range(6):
        mark = None
        if tok.dep_ == "advcl":
            mark = next(
                (c for c in tok.children if c.dep_ == "mark" and c.lower_ in _COUNTED_CLAUSE_MARKS), None
            )
            main = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ in _COUNTED_CLAUSE_MARKS and tok.head.dep_ == "prep":
            mark, main = tok.head, tok.head.head
        if mark is not None:
            days = _count_before(doc, mark.i)
            if days is None:
                return None
            return (days * _COUNTED_CLAUSE_MARKS[mark.lower_], main, tok, (mark.i - 2, mark.i + 1))
        if tok.dep_ in _CLAUSE_DEPS or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None
