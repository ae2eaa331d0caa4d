"""Temporal expressions: finding them in sentences and resolving them against publication."""

from __future__ import annotations

import datetime as dt

import pytest

from wardesk.extract.dates import find_time_expressions, narrative_offset, resolve_time, shift_span

D = dt.date
PUB = D(2015, 10, 14)  # a Wednesday
MONDAY_PUB = D(2015, 10, 12)
NEW_YEAR_PUB = D(2016, 1, 2)  # a Saturday, two days into the year

RESOLVE_CASES = [
    # weekdays: the most recent on or before publication; "last" skips publication day
    ("Monday", D(2015, 10, 12), D(2015, 10, 12), "day"),
    ("on Friday", D(2015, 10, 9), D(2015, 10, 9), "day"),
    ("last Friday", D(2015, 10, 9), D(2015, 10, 9), "day"),
    ("Wednesday", D(2015, 10, 14), D(2015, 10, 14), "day"),
    ("last Wednesday", D(2015, 10, 7), D(2015, 10, 7), "day"),
    ("next Friday", D(2015, 10, 16), D(2015, 10, 16), "day"),
    ("Wednesday night", D(2015, 10, 14), D(2015, 10, 14), "day"),
    ("on Tuesday morning", D(2015, 10, 13), D(2015, 10, 13), "day"),
    ("late on Sunday", D(2015, 10, 11), D(2015, 10, 11), "day"),
    ("this past Saturday", D(2015, 10, 10), D(2015, 10, 10), "day"),
    ("Sunday's", D(2015, 10, 11), D(2015, 10, 11), "day"),
    ("at 3 a.m. on Tuesday", D(2015, 10, 13), D(2015, 10, 13), "day"),
    ("in the early hours of Sunday", D(2015, 10, 11), D(2015, 10, 11), "day"),
    ("on Monday and Tuesday", D(2015, 10, 12), D(2015, 10, 13), "range"),
    # days named relative to publication
    ("yesterday", D(2015, 10, 13), D(2015, 10, 13), "day"),
    ("Today", D(2015, 10, 14), D(2015, 10, 14), "day"),
    ("this morning", D(2015, 10, 14), D(2015, 10, 14), "day"),
    # the early hours come after midnight: with no day named, the publication day's own
    ("in the early hours", D(2015, 10, 14), D(2015, 10, 14), "day"),
    ("early this morning", D(2015, 10, 14), D(2015, 10, 14), "day"),
    ("tonight", D(2015, 10, 14), D(2015, 10, 14), "day"),
    ("overnight", D(2015, 10, 13), D(2015, 10, 14), "range"),
    ("late last night", D(2015, 10, 13), D(2015, 10, 14), "range"),
    ("the day before", D(2015, 10, 13), D(2015, 10, 13), "day"),
    ("a day earlier", D(2015, 10, 13), D(2015, 10, 13), "day"),
    ("earlier in the day", D(2015, 10, 14), D(2015, 10, 14), "day"),
    ("two days ago", D(2015, 10, 12), D(2015, 10, 12), "day"),
    ("about three days ago", D(2015, 10, 10), D(2015, 10, 12), "range"),
    # look-backs ending at publication
    ("in the past 24 hours", D(2015, 10, 13), D(2015, 10, 14), "range"),
    ("in a 24-hour period", D(2015, 10, 13), D(2015, 10, 14), "range"),
    ("24-hour", D(2015, 10, 13), D(2015, 10, 14), "range"),
    ("within the past 48 hours", D(2015, 10, 12), D(2015, 10, 14), "range"),
    ("in the past four days", D(2015, 10, 10), D(2015, 10, 14), "range"),
    ("over the last three days", D(2015, 10, 11), D(2015, 10, 14), "range"),
    ("in recent days", D(2015, 10, 11), D(2015, 10, 14), "range"),
    ("the past week", D(2015, 10, 7), D(2015, 10, 14), "week"),
    ("the past month", D(2015, 9, 14), D(2015, 10, 14), "month"),
    ("over the past three months", D(2015, 7, 14), D(2015, 10, 14), "month"),
    ("the past year", D(2014, 10, 14), D(2015, 10, 14), "year"),
    # calendar weeks, months, years
    ("this week", D(2015, 10, 12), D(2015, 10, 14), "week"),
    ("earlier this week", D(2015, 10, 12), D(2015, 10, 14), "week"),
    ("last week", D(2015, 10, 5), D(2015, 10, 11), "week"),
    ("since last week", D(2015, 10, 5), D(2015, 10, 14), "week"),
    ("nearly two weeks ago", D(2015, 9, 27), D(2015, 10, 3), "week"),
    ("over the weekend", D(2015, 10, 10), D(2015, 10, 11), "range"),
    ("last month", D(2015, 9, 1), D(2015, 9, 30), "month"),
    ("two months ago", D(2015, 8, 1), D(2015, 8, 31), "month"),
    ("this month", D(2015, 10, 1), D(2015, 10, 14), "month"),
    ("earlier this month", D(2015, 10, 1), D(2015, 10, 14), "month"),
    ("since the start of the month", D(2015, 10, 1), D(2015, 10, 14), "month"),
    ("last year", D(2014, 1, 1), D(2014, 12, 31), "year"),
    ("two years ago", D(2013, 1, 1), D(2013, 12, 31), "year"),
    # dates with a month name; the year is the latest not after publication
    ("on Oct. 12", D(2015, 10, 12), D(2015, 10, 12), "day"),
    ("October 12", D(2015, 10, 12), D(2015, 10, 12), "day"),
    ("12 October 2015", D(2015, 10, 12), D(2015, 10, 12), "day"),
    ("on Oct. 20", D(2014, 10, 20), D(2014, 10, 20), "day"),
    ("Monday, Oct. 12", D(2015, 10, 12), D(2015, 10, 12), "day"),
    ("on the 3rd of October", D(2015, 10, 3), D(2015, 10, 3), "day"),
    ("Oct. 5-7", D(2015, 10, 5), D(2015, 10, 7), "range"),
    ("2015-10-12", D(2015, 10, 12), D(2015, 10, 12), "day"),
    ("early September", D(2015, 9, 1), D(2015, 9, 10), "range"),
    ("mid-September", D(2015, 9, 11), D(2015, 9, 20), "range"),
    ("late September", D(2015, 9, 21), D(2015, 9, 30), "range"),
    ("the last week of September", D(2015, 9, 24), D(2015, 9, 30), "week"),
    ("September", D(2015, 9, 1), D(2015, 9, 30), "month"),
    ("in November", D(2014, 11, 1), D(2014, 11, 30), "month"),
    ("last September", D(2015, 9, 1), D(2015, 9, 30), "month"),
    ("last October", D(2014, 10, 1), D(2014, 10, 31), "month"),
    ("in October", D(2015, 10, 1), D(2015, 10, 14), "month"),
    ("in June 2014", D(2014, 6, 1), D(2014, 6, 30), "month"),
    ("July and August 2014", D(2014, 7, 1), D(2014, 8, 31), "month"),
    ("the summer of 2014", D(2014, 6, 1), D(2014, 8, 31), "month"),
    ("late 2014", D(2014, 9, 1), D(2014, 12, 31), "month"),
    ("the first half of 2015", D(2015, 1, 1), D(2015, 6, 30), "month"),
    ("between 10 and 12 October", D(2015, 10, 10), D(2015, 10, 12), "range"),
    # a range's days with "of", an article or an ordinal borrow the month as plain days do
    ("between 4 and 7 of October", D(2015, 10, 4), D(2015, 10, 7), "range"),
    ("from the 2nd to the 5th of October", D(2015, 10, 2), D(2015, 10, 5), "range"),
    ("between the 8th and 11th of September", D(2015, 9, 8), D(2015, 9, 11), "range"),
    ("in 2014", D(2014, 1, 1), D(2014, 12, 31), "year"),
    # "since": an open period up to publication
    ("since Sept. 30", D(2015, 9, 30), D(2015, 10, 14), "week"),
    ("since August", D(2015, 8, 1), D(2015, 10, 14), "month"),
    ("since 2011", D(2011, 1, 1), D(2015, 10, 14), "year"),
    ("since the beginning of 2015", D(2015, 1, 1), D(2015, 10, 14), "month"),
    ("since the start of the year", D(2015, 1, 1), D(2015, 10, 14), "year"),
    ("since the war began", None, D(2015, 10, 14), "year"),
    ("since the conflict began in 2011", D(2011, 1, 1), D(2015, 10, 14), "year"),
    # "in"/"within" hours just past; days after "in" are a duration ("in two days of fighting")
    ("in 24 hours", D(2015, 10, 13), D(2015, 10, 14), "range"),
    ("within 48 hours", D(2015, 10, 12), D(2015, 10, 14), "range"),
    # decades
    ("in the past decade", D(2005, 10, 14), D(2015, 10, 14), "year"),
    ("a decade ago", D(2005, 1, 1), D(2005, 12, 31), "year"),
    # two named days make one span; the second is the latest on or before publication
    ("on Tuesday and Wednesday", D(2015, 10, 13), D(2015, 10, 14), "range"),
    ("on Wednesday and Thursday", D(2015, 10, 7), D(2015, 10, 8), "range"),
    ("the night of Monday to Tuesday", D(2015, 10, 12), D(2015, 10, 13), "range"),
]


@pytest.mark.parametrize(("text", "start", "end", "precision"), RESOLVE_CASES)
def test_dates_resolve_against_publication(text, start, end, precision):
    span = resolve_time(text, PUB)
    assert (span.start, span.end, span.precision) == (start, end, precision)
    assert span.text == text


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("in the past 24 hours", D(2015, 10, 11), D(2015, 10, 12), "range"),
        ("Monday", D(2015, 10, 12), D(2015, 10, 12), "day"),
        ("last Monday", D(2015, 10, 5), D(2015, 10, 5), "day"),
        ("Sunday", D(2015, 10, 11), D(2015, 10, 11), "day"),
        ("this week", D(2015, 10, 12), D(2015, 10, 12), "week"),
        ("last week", D(2015, 10, 5), D(2015, 10, 11), "week"),
        ("over the weekend", D(2015, 10, 10), D(2015, 10, 11), "range"),
    ],
)
def test_dates_resolve_published_on_a_monday(text, start, end, precision):
    span = resolve_time(text, MONDAY_PUB)
    assert (span.start, span.end, span.precision) == (start, end, precision)


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("on Dec. 30", D(2015, 12, 30), D(2015, 12, 30), "day"),
        ("December", D(2015, 12, 1), D(2015, 12, 31), "month"),
        ("early December", D(2015, 12, 1), D(2015, 12, 10), "range"),
        ("last month", D(2015, 12, 1), D(2015, 12, 31), "month"),
        ("last year", D(2015, 1, 1), D(2015, 12, 31), "year"),
        ("this year", D(2016, 1, 1), D(2016, 1, 2), "year"),
        ("Thursday", D(2015, 12, 31), D(2015, 12, 31), "day"),
        ("yesterday", D(2016, 1, 1), D(2016, 1, 1), "day"),
        ("in the past week", D(2015, 12, 26), D(2016, 1, 2), "week"),
        ("this week", D(2015, 12, 28), D(2016, 1, 2), "week"),
        ("last week", D(2015, 12, 21), D(2015, 12, 27), "week"),
    ],
)
def test_dates_resolve_across_the_year_boundary(text, start, end, precision):
    span = resolve_time(text, NEW_YEAR_PUB)
    assert (span.start, span.end, span.precision) == (start, end, precision)


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("in June 2014", D(2014, 6, 1), D(2014, 6, 30), "month"),
        ("12 October 2015", D(2015, 10, 12), D(2015, 10, 12), "day"),
        ("in 2014", D(2014, 1, 1), D(2014, 12, 31), "year"),
        ("since 2011", D(2011, 1, 1), None, "year"),
        ("Monday", None, None, "unknown"),
        ("yesterday", None, None, "unknown"),
        ("Oct. 12", None, None, "unknown"),
        ("in the past 24 hours", None, None, "unknown"),
    ],
)
def test_dates_resolve_without_publication_date(text, start, end, precision):
    span = resolve_time(text, None)
    assert (span.start, span.end, span.precision) == (start, end, precision)


@pytest.mark.parametrize(
    "text",
    [
        "four and a half years",
        "for four years",
        "its fifth year",
        "20-year-old",
        "the 1990s",
        "the following day",
        "four days later",
        "daily",
        "an hour",
        "in less than an hour",
        "in two days",
        "for 24 hours",
        "the past",
        "next week",
        "",
    ],
)
def test_dates_resolve_unanchored_is_unknown(text):
    span = resolve_time(text, PUB)
    assert (span.start, span.end, span.precision, span.text) == (None, None, "unknown", text)


SUNDAY_PUB = D(2015, 10, 18)


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("last week", D(2015, 10, 11), D(2015, 10, 17), "week"),
        ("this week", D(2015, 10, 12), D(2015, 10, 18), "week"),
        ("Sunday", D(2015, 10, 18), D(2015, 10, 18), "day"),
    ],
)
def test_dates_resolve_published_on_a_sunday(text, start, end, precision):
    span = resolve_time(text, SUNDAY_PUB)
    assert (span.start, span.end, span.precision) == (start, end, precision)


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("the next day", 1),
        ("On the following day", 1),
        ("a day later", 1),
        ("later that day", 0),
        ("earlier in the day", 0),
        ("that night", 0),
        ("the day before", -1),
        ("the previous day", -1),
        ("two days later", 2),
        ("three days earlier", -3),
        # counted from publication, or from an event named after it: not from the narrated day
        ("two days ago", None),
        ("eight days after", None),
        ("on Monday", None),
        ("yesterday", None),
    ],
)
def test_dates_narrative_offset_counts_from_the_narrated_day(text, offset):
    assert narrative_offset(text) == offset


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a night named by the evening it starts on runs into the next morning
        ("overnight Monday", D(2015, 10, 12), D(2015, 10, 13)),
        ("overnight on Sunday", D(2015, 10, 11), D(2015, 10, 12)),
        ("overnight 10 October", D(2015, 10, 10), D(2015, 10, 11)),
        # ... or by the morning it ends on
        ("overnight into Tuesday", D(2015, 10, 12), D(2015, 10, 13)),
        ("late Saturday night into Sunday", D(2015, 10, 10), D(2015, 10, 11)),
        ("from Monday night into Tuesday morning", D(2015, 10, 12), D(2015, 10, 13)),
        ("overnight Monday into Tuesday", D(2015, 10, 12), D(2015, 10, 13)),
        # a night named by the publication day itself ended that morning
        ("overnight Wednesday", D(2015, 10, 13), D(2015, 10, 14)),
    ],
)
def test_dates_resolve_a_named_night_spans_two_days(text, start, end):
    span = resolve_time(text, PUB)
    assert (span.start, span.end, span.precision) == (start, end, "range")


@pytest.mark.parametrize("text", ["overnight last week", "overnight in 2014"])
def test_dates_resolve_overnight_of_a_longer_period_is_unknown(text):
    assert resolve_time(text, PUB).precision == "unknown"


def test_dates_shift_span_never_passes_publication():
    monday = resolve_time("Monday", PUB)
    assert shift_span(monday, 1, "the next day", PUB).start == D(2015, 10, 13)
    today = resolve_time("today", PUB)
    assert shift_span(today, 1, "the next day", PUB).end == PUB


def test_dates_resolve_accepts_a_timestamp():
    span = resolve_time("yesterday", dt.datetime(2015, 10, 14, 18, 30))
    assert (span.start, span.precision) == (D(2015, 10, 13), "day")


FIND_CASES = [
    ("Russian jets pounded the village overnight, residents said.", [("overnight", "pounded")]),
    ("Rebels shelled the district last Friday.", [("last Friday", "shelled")]),
    (
        "The ministry said on Monday that its aircraft hit 60 targets in the past 24 hours.",
        [("on Monday", "said"), ("in the past 24 hours", "hit")],
    ),
    ("Clashes erupted on Oct. 12 near the border crossing.", [("on Oct. 12", "erupted")]),
    ("In early September, the coalition bombed an oil refinery.", [("In early September", "bombed")]),
    ("A car bomb exploded on Wednesday night outside the mosque.", [("on Wednesday night", "exploded")]),
    ("Militants claimed Sunday's attack on the checkpoint.", [("Sunday", "attack")]),
    ("The army retook the town in June 2014.", [("in June 2014", "retook")]),
    ("Since the war began, more than 200,000 people have been killed.", [("Since the war began", "killed")]),
    ("The group has lost thousands of fighters since 2011.", [("since 2011", "lost")]),
    ("Yesterday, gunmen stormed a police station.", [("Yesterday", "stormed")]),
    ("The shelling resumed today in the old city.", [("today", "resumed")]),
    ("Earlier this month, drones struck a convoy.", [("Earlier this month", "struck")]),
    ("He died nearly two weeks ago in a mortar attack.", [("nearly two weeks ago", "died")]),
    ("Warplanes flew 300 sorties in the past four days.", [("in the past four days", "flew")]),
    ("Since last week, the army has recaptured six villages.", [("Since last week", "recaptured")]),
    ("More than 80 people died in a 24-hour period.", [("in a 24-hour period", "died")]),
    ("Fighting intensified in mid-September around the airport.", [("in mid-September", "intensified")]),
    ("At 4 a.m. on Tuesday, a rocket hit the school.", [("At 4 a.m. on Tuesday", "hit")]),
    ("The day before, militants had ambushed a patrol.", [("The day before", "ambushed")]),
    ("Aid workers said the siege had tightened last month.", [("last month", "tightened")]),
    ("Clashes continued over the weekend in the north.", [("over the weekend", "continued")]),
    ("The bombing campaign began on 30 September 2015.", [("on 30 September 2015", "began")]),
    ("Residents said the strikes had stopped a week ago.", [("a week ago", "stopped")]),
    ("Rebels captured the dam in late 2014.", [("in late 2014", "captured")]),
    ("Gunmen abducted the aid workers on the 3rd of May.", [("on the 3rd of May", "abducted")]),
    # entities that take in a neighbouring word or run over a line break are cut back
    (
        "Saudi-led jets have bombed the rebels last year and this year.",
        [("last year", "bombed"), ("this year", "bombed")],
    ),
    # a date line of its own heads itself
    ("Dateline: May 4, 2016\nMore than 30 people were killed in the blast.", [("May 4, 2016", "May")]),
    ("The six-month siege ended in March.", [("in March", "ended")]),
    # bare durations, ages and ordinals are no anchor
    ("The fighting has lasted four and a half years.", []),
    ("Militants have held the pass for three years.", []),
    ("A 19-year-old soldier was wounded.", []),
    ("Gunmen raided the camp in an assault that lasted less than an hour.", []),
    # two days joined by "and"/"to" are one span
    ("Rebels fought the army in the town on Thursday and Friday.", [("on Thursday and Friday", "fought")]),
    (
        "Gunmen raided the camp on the night of Thursday to Friday.",
        [("on the night of Thursday to Friday", "raided")],
    ),
    (
        "Rebels stormed the base on the night of Sunday to Monday.",
        [("on the night of Sunday to Monday", "stormed")],
    ),
    (
        "Troops shelled the ridge during the early hours of Saturday to Sunday.",
        [("during the early hours of Saturday to Sunday", "shelled")],
    ),
    # a night named by its evening or by the morning it runs into is one span
    ("Militia fighters looted two farms overnight Tuesday.", [("overnight Tuesday", "looted")]),
    ("Drones circled the port overnight into Monday.", [("overnight into Monday", "circled")]),
    (
        "Bandits raided the market late Sunday night into Monday.",
        [("late Sunday night into Monday", "raided")],
    ),
    (
        "Insurgents mortared the outpost during the night from Monday to Tuesday.",
        [("during the night from Monday to Tuesday", "mortared")],
    ),
    (
        "Insurgents mortared the outpost overnight Monday to Tuesday.",
        [("overnight Monday to Tuesday", "mortared")],
    ),
    # days counted from the narrated day are found even though publication cannot anchor them
    ("The next day, the army retook the town.", [("The next day", "retook")]),
    ("Two days later, gunmen burned the market.", [("Two days later", "burned")]),
]


@pytest.mark.parametrize(("sentence", "expected"), FIND_CASES)
def test_dates_find_expressions_and_heads(nlp, sentence, expected):
    doc = nlp(sentence)
    found = [(e.text, doc[e.head_i].text) for s in doc.sents for e in find_time_expressions(s)]
    assert found == expected


def test_dates_find_offsets_are_doc_absolute(nlp):
    doc = nlp("Jets struck the market. Rebels shelled the district last Friday.")
    sent = list(doc.sents)[1]
    (expr,) = find_time_expressions(sent)
    assert doc.text[expr.start_char : expr.end_char] == "last Friday"
    assert doc[expr.token_start : expr.token_end].text == "last Friday"


def test_dates_case_extras_are_every_caseless_match_of_a_letter() -> None:
    """The finder's word gate spells each letter as a plain class: it must hold every character
    Python's case-insensitive matching takes for that letter, or the gate would drop a match."""
    import re

    from wardesk.extract.dates import CASE_EXTRAS

    letter = re.compile("(?i:[a-z])")
    found = {chr(c) for c in range(0x80, 0x110000) if letter.fullmatch(chr(c))}
    assert found == set(CASE_EXTRAS)


@pytest.mark.parametrize(
    ("words", "text", "matches"),
    [
        (["since"], "since", True),
        (["since"], "SINCE", True),
        (["since"], "\u017fince", True),  # long s: what (?i:s) matches too
        (["since"], "sincere", False),  # a word, not the start of a longer one
        (["since"], "since-", True),
        (["week", "weekend"], "weekend", True),
        (["week", "weekend"], "weeken", False),
        (["a", "ago"], "a", True),
        (["a", "ago"], "an", False),
    ],
)
def test_dates_word_gate(words: list[str], text: str, matches: bool) -> None:
    import re

    from wardesk.extract.dates import word_gate

    assert bool(re.match(word_gate(words), text)) is matches


@pytest.mark.parametrize(
    "text",
    [
        "Shells fell on the market late overnight, and again this morning, residents said.",
        "The convoy was hit on Wednesday evening, two days after talks broke down.",
        "Since the start of the civil war in 2011, the town has changed hands four times.",
        "The raid came on March 3rd, 2019, a week before the vote; on 14 June another followed.",
        "In the past 48 hours, at least three villages were shelled, an official said on Friday.",
        "Mid-April and the end of May saw the worst of it, said a doctor who left in 2016.",
        "About two and a half years ago the dam was mined; the most recent days were quiet.",
        "THE DAY BEFORE YESTERDAY a 24-hours curfew began, and this past weekend it ended.",
        "\u017fince the \u212aick-off in 2020 nothing has changed, said someone typing oddly.",
    ],
)
def test_dates_finder_gate_keeps_every_match(text: str) -> None:
    """The first-word gate only skips positions where no alternative can match: the gated finder
    finds what the finder without the gate finds."""
    import re

    from wardesk.extract.dates import _WORDS, _first_words, _lexicon, word_gate
    from wardesk.resources import load_yaml

    finder = _lexicon().finder
    gate = f"(?={word_gate(_first_words(load_yaml('lexicons', _WORDS)))}|\\d)"
    assert gate in finder.pattern
    ungated = re.compile(finder.pattern.replace(gate, "", 1))
    got = [m.span() for m in finder.finditer(text)]
    assert got == [m.span() for m in ungated.finditer(text)]
    assert got  # every sentence holds an expression


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        # a month of the year counted from publication (published 14 October 2015)
        ("April last year", D(2014, 4, 1), D(2014, 4, 30), "month"),
        ("in June of last year", D(2014, 6, 1), D(2014, 6, 30), "month"),
        ("in March this year", D(2015, 3, 1), D(2015, 3, 31), "month"),
        ("late May last year", D(2014, 5, 21), D(2014, 5, 31), "range"),
        ("on 9 July last year", D(2014, 7, 9), D(2014, 7, 9), "day"),
        # "since" such a month: a period from its start to publication, not the whole year
        ("since April last year", D(2014, 4, 1), D(2015, 10, 14), "month"),
        ("since February this year", D(2015, 2, 1), D(2015, 10, 14), "month"),
        # a day of the month alone: this month's, or last month's while it is still to come
        ("on the 5th", D(2015, 10, 5), D(2015, 10, 5), "day"),
        ("on the 20th", D(2015, 9, 20), D(2015, 9, 20), "day"),
        ("the 3rd of this month", D(2015, 10, 3), D(2015, 10, 3), "day"),
        ("on the 28th of last month", D(2015, 9, 28), D(2015, 9, 28), "day"),
        ("since the 2nd", D(2015, 10, 2), D(2015, 10, 14), "week"),
    ],
)
def test_dates_resolve_months_and_days_named_against_publication(text, start, end, precision):
    span = resolve_time(text, PUB)
    assert (span.start, span.end, span.precision) == (start, end, precision)


@pytest.mark.parametrize(
    "text",
    [
        "the 20th",
        "in the 20th century",
        "the same month last year",
        "April next year",
        "on the 31st of this month",
    ],
)
def test_dates_resolve_no_day_of_the_month_without_a_month_to_count_in(text):
    assert resolve_time(text, PUB).precision == "unknown"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "since" governs the month though the parser hangs "last year" on the verb
        (
            "Bandits have burned 40 farms in the district since April last year, officials said.",
            [("since April last year", "burned")],
        ),
        # a day of the month alone, after "on"
        ("Soldiers found the mass grave on the 5th, a local chief said.", [("on the 5th", "found")]),
    ],
)
def test_dates_find_months_of_a_counted_year_and_days_of_the_month(nlp, sentence, expected):
    doc = nlp(sentence)
    found = [(e.text, doc[e.head_i].text) for s in doc.sents for e in find_time_expressions(s)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("earlier on Tuesday", D(2015, 10, 13)),
        ("at dawn on Tuesday", D(2015, 10, 13)),
        ("before dawn on Tuesday", D(2015, 10, 13)),
        ("shortly after midnight on Tuesday", D(2015, 10, 13)),
        ("earlier Tuesday", D(2015, 10, 13)),
        ("late yesterday", D(2015, 10, 13)),
    ],
)
def test_dates_resolve_a_part_of_the_day_before_its_day(text, day):
    """A word for a part of the day or for "before this" in front of the day ("earlier on Tuesday",
    "at dawn on Tuesday", "late yesterday") does not move the day: it is that day, not unknown
    (which left the event to borrow a neighbouring sentence's day)."""
    span = resolve_time(text, PUB)
    assert (span.start, span.end, span.precision) == (day, day, "day")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a part of last month or this year is that part, not the whole period
        ("late last month", D(2015, 9, 21), D(2015, 9, 30)),
        ("early last month", D(2015, 9, 1), D(2015, 9, 10)),
        ("early this month", D(2015, 10, 1), D(2015, 10, 10)),
        ("late last year", D(2014, 9, 1), D(2014, 12, 31)),
    ],
)
def test_dates_resolve_a_part_of_a_relative_month_or_year(text, start, end):
    span = resolve_time(text, PUB)
    assert (span.start, span.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("on the eve of Sunday", D(2015, 10, 10)),
        ("the eve of 12 October", D(2015, 10, 11)),
        ("on the eve of October", None),  # a month has no eve that names a day
    ],
)
def test_dates_resolve_the_eve_of_a_day_is_the_day_before(text, day):
    span = resolve_time(text, PUB)
    assert (span.start, span.end) == (day, day)


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("a week later", 7),
        ("two weeks later", 14),
        ("a week after,", 7),
        ("a week after", None),  # "a week after the raid": counted from the raid
    ],
)
def test_dates_narrative_offset_counts_weeks(text, offset):
    assert narrative_offset(text) == offset


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Gunmen torched a polling centre in the hills on the eve of Sunday's vote, police said.",
            [("on the eve of Sunday", "torched")],
        ),
        (
            "On the eve of Friday's talks, drones hit a fuel depot outside the port.",
            [("On the eve of Friday", "hit")],
        ),
        ("Two weeks after, artillery shelled the same ridge again.", [("Two weeks after,", "shelled")]),
    ],
)
def test_dates_find_the_eve_of_a_day_and_a_closing_after(nlp, sentence, expected):
    doc = nlp(sentence)
    found = [(e.text, doc[e.head_i].text) for s in doc.sents for e in find_time_expressions(s)]
    assert found == expected


def test_dates_find_joins_a_night_cut_from_an_entity_with_a_place(nlp):
    """The tagger may read a place and "overnight" as one TIME ("Kyiv overnight") beside "Saturday":
    once the place is trimmed off, the night and its day are one expression, the night into Sunday."""
    doc = nlp("Russia launched a missile attack on Kyiv overnight Saturday, injuring 11 people.")
    found = [e.text for s in doc.sents for e in find_time_expressions(s)]
    assert found == ["overnight Saturday"]


@pytest.mark.parametrize(
    ("published", "day"),
    [
        (D(2024, 3, 12), D(2024, 2, 29)),
        (D(2025, 3, 10), D(2024, 2, 29)),  # a common year: the last leap day before it
        (D(2024, 2, 20), D(2020, 2, 29)),  # this year's leap day is still to come
    ],
)
def test_dates_resolve_a_leap_day_without_a_year(published, day):
    span = resolve_time("on Feb. 29", published)
    assert (span.start, span.end, span.precision) == (day, day, "day")


def test_dates_find_a_leap_day(nlp):
    """A leap day must not be cut to its month when the probe year has none."""
    doc = nlp("Soldiers fired on a queue for flour near the port on Feb. 29, killing dozens.")
    assert [e.text for s in doc.sents for e in find_time_expressions(s)] == ["on Feb. 29"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # PUB is Wednesday 14 October 2015
        ("Tuesday last week", D(2015, 10, 6)),
        ("on Friday of last week", D(2015, 10, 9)),
        ("Monday night last week", D(2015, 10, 5)),
        ("on Tuesday this week", D(2015, 10, 13)),
        ("on Christmas Day", D(2014, 12, 25)),
        ("New Year's Eve", D(2014, 12, 31)),
        ("new years day", D(2015, 1, 1)),
    ],
)
def test_dates_resolve_a_day_of_a_named_week_and_named_days(text, day):
    span = resolve_time(text, PUB)
    assert (span.start, span.end, span.precision) == (day, day, "day")


def test_dates_resolve_a_day_of_this_week_still_to_come_is_unknown():
    assert resolve_time("Friday this week", PUB).precision == "unknown"


def test_dates_find_a_named_day(nlp):
    doc = nlp("On New Year's Eve, raiders torched a ferry at the jetty, killing four crew.")
    assert [e.text for s in doc.sents for e in find_time_expressions(s)] == ["On New Year's Eve"]


@pytest.mark.parametrize(
    "text",
    ["for more than two hours before", "almost three hours before", "36 hours earlier"],
)
def test_dates_hours_before_an_event_date_nothing(text):
    """Hours counted before or after an event the text tells are no day of their own."""
    assert resolve_time(text, dt.date(2021, 6, 14)).start is None


def test_dates_hours_ago_is_still_the_day_of_publication():
    assert resolve_time("two hours ago", dt.date(2021, 6, 14)).start == dt.date(2021, 6, 14)
