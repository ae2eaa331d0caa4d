"""The kind of site a toll's sentence says was struck: a clinic, a school, an aid convoy.

Two sources' tolls of one story are a dispute over one count only when they count the dead of
one attack. A story may hold reports of attacks on two targets near each other on one night (an
aid convoy and a clinic outside the same city); a toll whose sentence names a struck clinic and
one whose sentence names a struck convoy count different dead (``contradictions._one_site_each``).
The words are those of ``resources/lexicons/struck_sites.yaml``; "taken to a hospital" names no
struck site.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from wardesk.resources import load_yaml


@cache
def _lexicon() -> dict:
    return load_yaml("lexicons", "struck_sites.yaml")


@cache
def _kind_of() -> dict[str, str]:
    """Site noun (lower case) -> its kind."""
    return {str(n).lower(): kind for kind, nouns in _lexicon()["kinds"].items() for n in nouns}


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def _struck_rx() -> re.Pattern[str]:
    """A struck site: after a word of striking ("hit an aid convoy", "strikes on a market"), or
    before one ("the clinic was hit")."""
    raw = _lexicon()
    sites = _alternation(list(_kind_of()))
    before = _alternation(raw["struck_before"])
    after = _alternation(raw["struck_after"])
    between = int(raw["max_words_between"])
    return re.compile(
        rf"\b(?:{before})\s+(?:[\w'-]+\s+){{0,{between}}}?(?P<a>{sites})\b"
        rf"|\b(?P<b>{sites})\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:{after})\b",
        re.IGNORECASE,
    )


@cache
def _joined_rx() -> re.Pattern[str]:
    """A further site joined to a struck one ("hit a school and a hospital", "a clinic, a bakery")."""
    sites = _alternation(list(_kind_of()))
    return re.compile(rf"(?:\s*,\s*|\s+and\s+|\s+or\s+)(?:(?:a|an|the)\s+)?(?:[\w'-]+\s+)?({sites})\b", re.I)


@lru_cache(maxsize=4096)
def struck_sites(text: str | None) -> frozenset[str]:
    """The kinds of site the sentence says were struck ({'medical'}, {'convoy'}); empty when it
    names none."""
    if not text:
        return frozenset()
    kinds = _kind_of()
    out = set()
    for m in _struck_rx().finditer(text):
        nouns = [m.group("a") or m.group("b")]
        end = m.end()
        while m.group("a") and (j := _joined_rx().match(text, end)):
            nouns.append(j.group(1))
            end = j.end()
        out.update(kinds[re.sub(r"\s+", " ", n.lower())] for n in nouns)
    return frozenset(out)
