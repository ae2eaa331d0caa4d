"""The home countries of the armed groups the actor registry lists, by the names the news give them.

A story may name no country at all and still say where it is by who fights: the ELN fights in
Colombia, the New People's Army in the Philippines. ``focus_countries`` reads these names as a weak
sign of the story's country, used to choose among places of one name ('Córdoba', 'Samar') and
after every country the text names itself.
"""

from __future__ import annotations

import functools
import re

from wardesk.names import fold
from wardesk.resources import load_words, load_yaml

#: Actor types whose home country says where a story naming them is (``place_words.yaml``).
HOME_ACTOR_TYPES = load_words("lexicons", "place_words.yaml", "home_actor_types")
#: Names this short are acronyms, matched only when written in capitals (as the registry's own rule).
ACRONYM_MAX_LETTERS = 3


@functools.cache
def _names() -> dict[str, set[str]]:
    """Each name or alias of the registry's rebel groups and militias -> their home countries."""
    seen: dict[str, set[str]] = {}
    for actor in load_yaml("actors", "actors.yaml")["actors"]:
        country = actor.get("country")
        if not country or actor.get("type") not in HOME_ACTOR_TYPES:
            continue
        for name in (actor["name"], *(actor.get("aliases") or ())):
            seen.setdefault(str(name), set()).add(str(country).upper())
    return seen


@functools.cache
def _homes() -> dict[str, str]:
    """Folded name or alias -> home country; a name groups of two countries share says nothing."""
    seen: dict[str, set[str]] = {}
    for name, countries in _names().items():
        key = fold(name, place=True)
        if key:
            seen.setdefault(key, set()).update(countries)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def _pattern(names: list[str], flags: int) -> re.Pattern[str]:
    """Whole-word matches of any of ``names``, longest first."""
    alts = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", flags)


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(names matched in any case, acronyms matched only in capitals) of the registry's groups."""
    names = list(_names())
    short = [n for n in names if len(n.replace(" ", "")) <= ACRONYM_MAX_LETTERS]
    return _pattern([n for n in names if n not in short], re.I), _pattern(short, 0)


def homes_in(text: str) -> dict[str, int]:
    """The home countries of the armed groups ``text`` names, each with the offset of its first
    name: read over the whole text, as a group's name may cross what the place scan cuts apart
    ("New People's Army")."""
    found: dict[str, int] = {}
    for pattern in _patterns():
        for m in pattern.finditer(text):
            home = home_country(m.group(0), fold(m.group(0), place=True))
            if home is not None and m.start() < found.get(home, len(text) + 1):
                found[home] = m.start()
    return found


def home_country(text: str, key: str) -> str | None:
    """The home country of the armed group called ``text`` (folded: ``key``), or None. A short name
    counts only in capitals ('ELN', not 'Eln'), as short aliases are acronyms."""
    if len(key.replace(" ", "")) <= ACRONYM_MAX_LETTERS and not text.isupper():
        return None
    return _homes().get(key)
