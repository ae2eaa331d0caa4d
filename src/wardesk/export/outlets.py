"""Outlets by name, and ACLED's source_scale: how far a source reaches relative to the event's country.

The table is ``resources/outlets/outlets.yaml``; countries' ACLED regions are
``resources/acled/countries.csv``. ACLED writes the scales of an event's sources
as one value, two at most, joined by '-' in its fixed order (``SCALE_ORDER``,
e.g. "National-International").
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass

from wardesk.resources import load_text, load_yaml

#: ACLED's source scales in the order it joins them ("Other-National", "National-International").
SCALE_ORDER = ("Local partner", "Other", "New media", "Subnational", "National", "Regional", "International")
SCOPES = ("international", "regional", "national", "subnational", "other", "new_media")


@dataclass(frozen=True)
class Outlet:
    name: str
    scope: str
    country: str | None = None


@dataclass(frozen=True)
class Country:
    iso2: str
    name: str
    region: str


@functools.cache
def countries() -> dict[str, Country]:
    """ACLED's name and region of each ISO alpha-2 code (``resources/acled/countries.csv``)."""
    lines = load_text("acled", "countries.csv").splitlines()
    rows = csv.DictReader(line for line in lines if not line.startswith("#"))
    return {r["iso2"]: Country(r["iso2"], r["country"], r["region"]) for r in rows}


def _key(text: str) -> str:
    """An outlet as typed, compared: lower case, no 'www.', spaces collapsed."""
    key = " ".join(text.lower().split())
    return re.sub(r"^(https?://)?(www\.)?", "", key).rstrip("/")


@functools.cache
def _outlets() -> tuple[dict[str, Outlet], dict[str, str]]:
    data = load_yaml("outlets", "outlets.yaml")
    table: dict[str, Outlet] = {}
    for raw in data["outlets"]:
        if raw["scope"] not in SCOPES:
            raise ValueError(
                f"outlets.yaml: {raw['name']!r} has scope {raw['scope']!r}; expected one of {SCOPES}"
            )
        outlet = Outlet(raw["name"], raw["scope"], raw.get("country"))
        for alias in [raw["name"], *(raw.get("aliases") or [])]:
            table.setdefault(_key(str(alias)), outlet)
    return table, dict(data.get("source_type_scales") or {})


def outlet(text: str | None) -> Outlet | None:
    """The outlet an article's ``source`` names (code, domain or name), or None when unknown."""
    if not text:
        return None
    table = _outlets()[0]
    key = _key(text)
    found = table.get(key)
    if found is None and "." in key:  # a domain the table lacks in full: 'edition.cnn.com' -> 'cnn.com'
        parts = key.split("/")[0].split(".")
        for i in range(1, len(parts) - 1):
            found = table.get(".".join(parts[i:]))
            if found:
                break
    return found


def outlet_name(text: str | None) -> str | None:
    """The outlet's name for people ('ahram' -> 'Al-Ahram'); the text as given when the table lacks it."""
    found = outlet(text)
    return found.name if found else text


def outlet_spellings(text: str) -> set[str]:
    """Every way the outlet table writes the outlet ``text`` names, lower case ('Al Jazeera' ->
    {'al jazeera', 'aljazeera', 'aljazeera.com', ...}), with ``text`` itself: a filter on the outlet
    finds the articles whose source is a code or a domain of it. Just ``text`` when the table lacks it."""
    own = " ".join(text.lower().split())
    found = outlet(text)
    if found is None:
        return {own}
    return {own} | {key for key, o in _outlets()[0].items() if o == found}


def outlet_scale(found: Outlet, event_country: str | None) -> str:
    """ACLED's scale of one outlet for an event in ``event_country`` (ISO2, or None)."""
    if found.scope == "other":
        return "Other"
    if found.scope == "new_media":
        return "New media"
    if found.scope == "international":
        return "International"
    table = countries()
    mine = table.get(found.country or "")
    theirs = table.get((event_country or "").upper())
    same_region = mine is not None and theirs is not None and mine.region == theirs.region
    if found.scope == "regional":
        return "Regional" if same_region else "International"
    if found.country and event_country and found.country == event_country.upper():
        return "Subnational" if found.scope == "subnational" else "National"
    return "Regional" if same_region else "International"


def source_type_scale(source_type: str | None) -> str | None:
    """ACLED's scale of an organisation cited as a source, by its type in sources.yaml ('monitor' -> Other)."""
    return _outlets()[1].get(source_type or "")


def join_scales(scales: list[str | None]) -> str | None:
    """ACLED's source_scale of several sources: one scale, or the first and last of them in SCALE_ORDER."""
    present = sorted({s for s in scales if s}, key=SCALE_ORDER.index)
    if not present:
        return None
    if len(present) == 1:
        return present[0]
    return f"{present[0]}-{present[-1]}"
