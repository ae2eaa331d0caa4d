"""Tolls an article itself gives as superseded: "the group's first count put the dead at 34".

An outlet that reports a toll as the update of an earlier one settles that earlier figure for the
reader, wherever another outlet still carries it: the two are one count revised, not a dispute
(``contradictions.updated``). The markers of an early toll are those of
``resources/lexicons/toll_revisions.yaml`` (``early``).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from wardesk.link.quotes import sentence_around
from wardesk.resources import load_yaml

#: Figures below this are told in too many ways to be a toll worth settling ("a child").
MIN_TOLL = 3
#: A number in digits, not part of a decimal or a longer number; a year is no toll.
_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})*(?![\d]|[.,]\d)")


@cache
def _early() -> re.Pattern[str]:
    raw = load_yaml("lexicons", "toll_revisions.yaml")
    return re.compile("|".join(f"(?:{p})" for p in raw["early"]), re.IGNORECASE)


@lru_cache(maxsize=1024)
def early_tolls(text: str | None) -> frozenset[int]:
    """The figures the article's sentences give as early tolls ("initial reports said 40", "had
    initially counted 34 dead"): every number of three and more in a sentence so marked.

    Kept per text: an article's reports (about three per article) all carry its text, and the
    pattern's scan of a whole article cost the linker about 0.2 ms a report."""
    if not text:
        return frozenset()
    out: set[int] = set()
    for m in _early().finditer(text):
        lo, hi = sentence_around(text, m.start(), m.end())
        for n in _NUMBER.finditer(text, lo, hi):
            value = int(n.group(0).replace(",", ""))
            if value >= MIN_TOLL:
                out.add(value)
    return frozenset(out)
