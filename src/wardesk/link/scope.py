"""The scope of a toll: counted over several places, or in one.

A toll an article counts over several places ("a raid on two hamlets left 30 dead") is their sum;
another report's toll of one village ("11 dead at X, a hamlet south of the town") is part of it,
not a rival count of the same dead (``contradictions._one_scope_each``). The words are those of
``resources/lexicons/toll_scope.yaml``.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from wardesk.link.quotes import sentence_around
from wardesk.resources import load_yaml

#: How near (in characters) a count of places must stand to a figure to be that figure's scope:
#: "a raid on two hamlets left 30 dead", not "30 dead on Friday, with clashes reported across the
#: city in several districts".
SCOPE_MAX_CHARS = 50
#: Figures below this are told in too many ways to be a toll worth reading ("a child").
MIN_TOLL = 3
#: A number in digits, not part of a decimal or a longer number.
_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})*(?![\d]|[.,]\d)")


@cache
def _lexicon() -> dict:
    return load_yaml("lexicons", "toll_scope.yaml")


@cache
def several_places_rx() -> re.Pattern[str]:
    """A count of places: "two villages", "three rebel-held districts", "several towns"."""
    raw = _lexicon()
    counts = "|".join(re.escape(str(w)) for w in sorted(raw["counts"], key=len, reverse=True))
    places = "|".join(re.escape(str(w)) for w in raw["places"])
    between = int(raw["max_words_between"])
    return re.compile(rf"\b(?:{counts}|\d+)\s+(?:[\w-]+\s+){{0,{between}}}(?:{places})\b", re.IGNORECASE)


@cache
def _one_place_rx() -> re.Pattern[str]:
    """One settlement: "a village", "the town of", "one district"."""
    nouns = "|".join(re.escape(str(w)) for w in _lexicon()["one_place"])
    return re.compile(rf"\b(?:a|an|the|one)\s+(?:[\w-]+\s+){{0,2}}(?:{nouns})\b(?!-)", re.IGNORECASE)


def names_one_place(text: str | None) -> bool:
    """The sentence counts its toll in one village or town ("at X, a village south of the town",
    "in the town of Y") and counts no several places."""
    if not text:
        return False
    return _one_place_rx().search(text) is not None and several_places_rx().search(text) is None


@lru_cache(maxsize=1024)
def summed_tolls(text: str | None) -> frozenset[int]:
    """The figures the article counts over several places: each number of three and more that
    stands next to a count of places in its sentence ("attacks on two villages left 40 dead",
    "40 were killed in raids on three districts"). A headline's bare "40 killed" is that sum
    too: the figure is what is kept, wherever the article gives it.

    Kept per text, as ``superseded.early_tolls``: an article's reports all carry its text."""
    if not text:
        return frozenset()
    out: set[int] = set()
    for m in several_places_rx().finditer(text):
        lo, hi = sentence_around(text, m.start(), m.end())
        for n in _NUMBER.finditer(text, lo, hi):
            if m.start() <= n.start() < m.end():
                continue  # the count of places itself ("3 villages")
            near = n.start() - SCOPE_MAX_CHARS <= m.end() and m.start() <= n.end() + SCOPE_MAX_CHARS
            value = int(n.group(0).replace(",", ""))
            if near and value >= MIN_TOLL:
                out.add(value)
    return frozenset(out)
