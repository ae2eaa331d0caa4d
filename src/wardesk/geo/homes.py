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
def _actor_keys() -> frozenset[str]:
    """The folded name and aliases of every actor of the registry, whatever its type."""
    keys: set[str] = set()
    for actor in load_yaml("actors", "actors.yaml")["actors"]:
        for name in (actor["name"], *(actor.get("aliases") or ())):
            if key := fold(str(name), place=True):
                keys.add(key)
    return frozenset(keys)


def actor_named(key: str) -> bool:
    """Whether the folded name ``key`` is an actor's of the registry ('Qaeda', 'Hezbollah'): a name
    the tagger took for a place is then who acted or was struck, not where."""
    return key in _actor_keys()


@functools.cache
def _homes() -> dict[str, str]:
    """Folded name or alias -> home country; a name groups of two countries share says nothing."""
    seen: dict[str, set[str]] = {}
    for name, countries in _names().items():
        key = fold(name, place=True)
        if key:
            seen.setdefault(key, set()).update(countries)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def _trie(names: list[str]) -> str:
    """One regular expression of ``names`` as a trie of their characters: at each place of the text
    the engine follows one branch per character, where a flat alternation of a few thousand names
    tried every name (the whole-text scan cost more than a tenth of extraction). Greedy at each
    branch, so of names sharing a start the longest that ends on a word boundary wins, as longest
    first did."""
    root: dict[str, dict] = {}
    for name in names:
        node = root
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if ends else body

    return build(root)


def _pattern(names: list[str]) -> re.Pattern[str]:
    """Whole-word matches of any of ``names`` (as written; the caller lower-cases both sides for
    matching in any case)."""
    return re.compile(rf"(?<!\w)(?:{_trie(names)})(?!\w)")


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(names matched in any case, lower-cased; acronyms matched only in capitals) of the
    registry's groups."""
    names = list(_names())
    short = [n for n in names if len(n.replace(" ", "")) <= ACRONYM_MAX_LETTERS]
    return _pattern(sorted({n.lower() for n in names if n not in short})), _pattern(short)


def homes_in(text: str) -> dict[str, int]:
    """The home countries of the armed groups ``text`` names, each with the offset of its first
    name: read over the whole text, as a group's name may cross what the place scan cuts apart
    ("New People's Army")."""
    found: dict[str, int] = {}
    any_case, capitals = _patterns()
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer ('İ'): offsets would drift
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    matches = [(m.start(), text[m.start() : m.end()]) for m in any_case.finditer(low)]
    matches += [(m.start(), m.group(0)) for m in capitals.finditer(text)]
    for start, words in matches:
        home = home_country(words, fold(words, place=True))
        if home is not None and start < found.get(home, len(text) + 1):
            found[home] = start
    return found


def home_country(text: str, key: str) -> str | None:
    """The home country of the armed group called ``text`` (folded: ``key``), or None. A short name
    counts only in capitals ('ELN', not 'Eln'), as short aliases are acronyms."""
    if len(key.replace(" ", "")) <= ACRONYM_MAX_LETTERS and not text.isupper():
        return None
    return _homes().get(key)
