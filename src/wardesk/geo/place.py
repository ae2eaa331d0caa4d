"""The plain data the geo stage hands on: a gazetteer ``Place`` and a ``PlaceMention`` in a Doc."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from wardesk.resources import load_words

PlaceKind = Literal["city", "admin1", "country", "region", "water", "base"]
PrecisionHint = Literal["exact", "near", "admin1", "country"]


@dataclass(frozen=True)
class Place:
    """One gazetteer entry. ``admin1`` is the English first-level division name news use."""

    name: str
    admin1: str | None
    country: str | None  # ISO 3166-1 alpha-2
    lat: float | None
    lon: float | None
    kind: str  # PlaceKind
    population: int = 0
    geonameid: int | None = None
    #: Which index it came from: "gazetteer" (bundled) or "user" (``wardesk gazetteer add``).
    source: str = "gazetteer"


@dataclass(frozen=True)
class PlaceMention:
    """A place name found in a Doc, with what its context says about it.

    ``place`` is None for a name no gazetteer knows that a pattern ("the village
    of X") clearly introduced as a place; ``admin1_context``/``country_context``
    then carry what the text says about where it is and ``anchor`` the place
    whose coordinates it borrows. ``dateline`` marks the
    city of a "MOSCOW, Oct 12 (Reuters) -" opening: where the story was filed,
    seldom where the event happened.
    """

    start_char: int
    end_char: int
    text: str
    token_start: int
    token_end: int
    place: Place | None
    precision_hint: str = "exact"  # PrecisionHint
    preposition: str | None = None
    admin1_context: str | None = None
    country_context: str | None = None
    dateline: bool = False
    source: str = "gazetteer"  # "gazetteer" | "ner" | "pattern"
    #: For a name no gazetteer has: the containing place it is tied to (the town its direction
    #: phrase names, its admin1, else its country), whose coordinates it borrows.
    anchor: Place | None = None
    #: What the sentence makes of the name: "place" (where something is or happens), "venue"
    #: (where something was said, negotiated or held: 'talks in Geneva', 'the ministry in Moscow
    #: said'), "attribute" (it describes a thing: 'Blackjack bombers') or "border" (a country named
    #: across a line: 'near the border with Chad' happened in one of Chad's neighbours). Only a
    #: "place" can be where an event happened.
    role: str = "place"
    #: The gazetteer entry was found by a loose (skeleton) spelling, not by a name or alias: the
    #: text's name may be another place than the entry, so the entry's own name is recorded.
    loose: bool = False


#: A mention written as a plain proper name: capitalised words joined by spaces, hyphens or
#: apostrophes ('Hodeida', 'Kfar Kila', "Ma'arrat al-Nu'man"), nothing else around it.
_PROPER_NAME = re.compile(
    r"(?:[A-Z][\w'’]*|al|el|ad|an|ar|as|az|ash|at|de|del|la|le|di|da)(?:[ -](?:[A-Z][\w'’]*|al|el|ad|an|ar|as|az|ash|at|de|del|la|le|di|da|[a-z][\w'’]*))*"
)
#: Division and quarter words a report writes after a name (place_words.yaml ``name_suffixes``).
NAME_SUFFIXES = load_words("lexicons", "place_words.yaml", "name_suffixes")


def bare_name(text: str) -> str:
    """A place's name without the division word the report wrote after it: 'Peusangan subdistrict'
    -> 'Peusangan', 'Sadr City district' -> 'Sadr City'; a name of one word stays as written.

    Why: the word says what kind of place the name is, not what it is called. Gazetteers, coders
    and the other side's report name it without the word ('Hitadipa district' in one outlet is
    'Hitadipa' in the next), so a name kept with it matched neither the annotation nor the other
    reports of the event."""
    words = text.split()
    if len(words) > 1 and words[-1].lower() in NAME_SUFFIXES and any(w[:1].isupper() for w in words[:-1]):
        return " ".join(words[:-1])
    return text


#: Kinds whose name the report's own spelling replaces (a division or country keeps the index's
#: name: that is the name admin1 and country comparisons are made on).
_TEXT_SPELT_KINDS = frozenset(("city", "base"))


def news_name(place: Place, text: str | None) -> str:
    """The name a located town is recorded under: the report's own spelling when the text is a
    plain proper name of the town, else the gazetteer's.

    Why: the gazetteer's primary name is often another transliteration than the one the report
    (and so every reader and annotator) uses ('Al Hudaydah' for 'Hodeidah', 'Timbio'-like near
    misses aside); recording the text's spelling keeps the record matchable to the report while
    the coordinates, admin1 and country still come from the gazetteer entry.
    """
    if place.kind not in _TEXT_SPELT_KINDS or not text:
        return place.name
    t = text.strip()
    if (
        t.isascii()
        and t[:1].isupper()
        and not t.isupper()
        and _PROPER_NAME.fullmatch(t)
        and not t.endswith(("'s", "’s"))
    ):
        return bare_name(t)
    return place.name
