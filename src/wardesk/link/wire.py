"""Wire copies: which news agency an article credits, from its credit lines and outlet field.

An outlet that runs an agency's copy ("BEIRUT (Reuters) -", "Feb 29 (AP)", a
closing "-- AFP", "Eyewitness News (AFP)") adds no independent account of the
event: for a story it counts as that agency, once, however many outlets carry
it. The agencies and how they are credited are data
(``resources/lexicons/wire_agencies.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from wardesk.resources import load_yaml

#: Characters at the start of a text searched for a dateline credit ("CITY (AFP) -").
HEAD_CHARS = 300
#: Characters at the end of a text searched for a closing credit ("-- AFP", "(Reporting by").
TAIL_CHARS = 300


@dataclass(frozen=True)
class _Agencies:
    by_alias: dict[str, str]  # folded alias -> agency name
    head: re.Pattern[str]  # a parenthesised credit or a "By AGENCY" byline
    tail: re.Pattern[str]  # a closing credit line
    trailers: tuple[tuple[str, str], ...]  # (phrase, agency)
    outlet: re.Pattern[str]  # "Outlet (AGENCY)"


def _alias_pattern(aliases: list[str]) -> str:
    """One alternation: short capitalised abbreviations (AP, AA) exactly, longer names in any case."""
    parts = []
    for a in sorted(set(aliases), key=len, reverse=True):
        esc = re.escape(a).replace(r"\ ", r"\s+")
        parts.append(esc if len(a) <= 3 or a.isupper() else f"(?i:{esc})")
    return "(" + "|".join(parts) + ")"


@cache
def agencies() -> _Agencies:
    """The agency table, compiled once per process."""
    data = load_yaml("lexicons", "wire_agencies.yaml")
    by_alias: dict[str, str] = {}
    trailers: list[tuple[str, str]] = []
    for entry in data["agencies"]:
        for alias in [entry["name"], *entry.get("aliases", [])]:
            by_alias.setdefault(_key(alias), entry["name"])
        trailers += [(t, entry["name"]) for t in entry.get("trailers", [])]
    alias = _alias_pattern([a for e in data["agencies"] for a in [e["name"], *e.get("aliases", [])]])
    return _Agencies(
        by_alias=by_alias,
        head=re.compile(
            # a dateline: "BEIRUT (Reuters) -", "Feb 29 (AP)", "DAMASCUS, Syria (AP)"
            rf"(?:\(\s*{alias}\s*\)\s*[-\u2013\u2014:])"
            rf"|(?:\b[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}\s*\(\s*{alias}\s*\))"
            rf"|(?:\b[A-Z]{{3,}}(?:[ ,]+[A-Z][A-Za-z]*)?\s*\(\s*{alias}\s*\))"
            # a byline: "By AFP", "AFP, Tuesday 21 Jul 2015"
            rf"|(?:(?:^|\n)\s*(?i:by)\s+{alias}\s*(?:\n|$))"
            rf"|(?:\b{alias}\s*,?\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
        ),
        tail=re.compile(
            rf"(?:[-\u2013\u2014]+\s*{alias}\.?\s*$)|(?:(?:^|\n)\s*{alias}\.?\s*$)"
            rf"|(?:(?:\u00a9|(?i:copyright))\s*(?:\d{{4}}\s*)?{alias})"
        ),
        trailers=tuple(trailers),
        outlet=re.compile(rf"\(\s*{alias}\s*\)\s*$"),
    )


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()


@lru_cache(maxsize=4096)
def agency_of(name: str | None) -> str | None:
    """The agency a name stands for ('Agence France-Presse' -> 'AFP'), or None.

    Kept per name: a story's reconciliation asks it of every report's outlet (tens of thousands of
    times per FA-KES ingest, of a few hundred outlets)."""
    if not name:
        return None
    return agencies().by_alias.get(_key(name))


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    m = pattern.search(text)
    if m is None:
        return None
    return agency_of(next(g for g in m.groups() if g))


@lru_cache(maxsize=1024)
def wire_credit(text: str | None, outlet: str | None = None) -> str | None:
    """The agency whose copy this article is, from its outlet field or credit lines; None for own reporting.

    Kept per text and outlet, as ``superseded.early_tolls``: every report of an article asks it of the
    same text (about three per article; its patterns were a tenth of the link run's report reading).

    Looks at the outlet field ("Eyewitness News (AFP)", or the agency itself),
    the dateline at the head of the text ("BEIRUT (Reuters) -", "By AFP")
    and the closing lines ("-- AFP", "(Reporting by ...)", "(c) 2016 AFP").
    A photo credit ("AFP Photo", "REUTERS/Name", a caption ending "... 2016.
    (Reuters)") is not a credit line.
    """
    ag = agencies()
    if outlet:
        found = agency_of(outlet)
        if found is None:
            found = _first(ag.outlet, outlet.strip())
        if found:
            return found
    if not text:
        return None
    found = _first(ag.head, text[:HEAD_CHARS])
    if found:
        return found
    tail = text[-TAIL_CHARS:].rstrip()
    found = _first(ag.tail, tail)
    if found:
        return found
    for phrase, agency in ag.trailers:
        if phrase in tail:
            return agency
    return None
