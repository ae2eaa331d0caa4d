"""Where a headline repeated at the top of an article lies: the word-run search gives the pattern's answer."""

from __future__ import annotations

import re

import pytest

from wardesk.flows.extract import _ascii_span, headline_span


def _by_pattern(title: str, text: str) -> tuple[int, int]:
    """The definition: the headline's words joined by non-word runs, searched case-blind."""
    words = re.findall(r"\w+", title)
    if len(words) < 3:
        return 0, 0
    m = re.search(r"\W+".join(re.escape(w) for w in words), text[: len(title) + 300], re.I)
    return (m.start(), m.end()) if m else (0, 0)


CASES = [
    # (title, text, expected span)
    ("Floods cut the valley road", "Floods cut the valley road\n\nRain fell for days.", (0, 26)),
    ("FLOODS CUT THE VALLEY ROAD", "Dateline - floods cut the valley road: rain fell.", (11, 37)),
    (
        "Floods cut the valley road",
        "Flash-floods cut the valley roads again.",
        (6, 32),
    ),  # a word's tail, a word's head
    ("Floods cut the valley road", "Floods cut the   valley... road was shut", (0, 31)),
    ("Floods cut the valley road", "Floods cut thevalley road", (0, 0)),  # no separator
    ("Floods cut the valley road", "Floods cut a valley road", (0, 0)),
    ("Floods cut the valley road", "Nothing like it here.", (0, 0)),
    (
        "Floods cut the valley road",
        "Floods cut. Floods cut the valley road twice.",
        (12, 38),
    ),  # leftmost full match
    ("Two 2_nd floors fell", "Two 2_nd floors fell in the storm", (0, 20)),
    ("Rain, rain, rain again", "rain rain rain rain again", (5, 25)),
    ("Snow in Zürich today", "Snow in ZÜRICH today, said the office.", (0, 20)),  # not ASCII: the pattern
    ("Bridge closed", "Bridge closed for repairs", (0, 0)),  # under three words
    ("", "Anything", (0, 0)),
    (None, "Anything", (0, 0)),
]


@pytest.mark.parametrize(("title", "text", "expected"), CASES)
def test_headline_span_finds_the_repeated_headline(title, text, expected) -> None:
    assert headline_span(title, text) == expected
    if title:
        assert headline_span(title, text) == _by_pattern(title, text)


@pytest.mark.parametrize(("title", "text", "expected"), [c for c in CASES if c[0] and c[0].isascii()])
def test_headline_span_word_runs_agree_with_the_pattern(title, text, expected) -> None:
    words = re.findall(r"\w+", title)
    if len(words) >= 3 and text.isascii():
        assert _ascii_span([w.lower() for w in words], text[: len(title) + 300]) == _by_pattern(title, text)
