"""What users type, as the database stores it: a country name as its ISO code, an actor alias as its canonical name.

Filters are typed by people ("Syria", "ISIS", "Türkiye"); events store ISO
3166-1 alpha-2 codes and the actor table's canonical names. Both lookups use
the tables the extractor uses (pycountry and the gazetteer's country names; the
actor table ``resources/actors/actors.yaml``), at query time, so a new alias in
the table finds events stored before it was added.
"""

from __future__ import annotations

import functools

from wardesk.errors import FilterError

#: Suggestions named in the error for a country nobody could read.
MAX_COUNTRY_SUGGESTIONS = 3


@functools.lru_cache(maxsize=1024)
def resolve_country(text: str) -> str:
    """The ISO 3166-1 alpha-2 code of ``text``: a code (SY, SYR, 760), a name ('Syria', 'Turkey',
    'Türkiye', 'U.S.') or a demonym ('Syrian'); FilterError naming likely codes otherwise."""
    import pycountry

    value = " ".join(text.split())
    if not value:
        raise FilterError(
            "country is empty; give an ISO code such as SY or a name such as Syria", param="country"
        )
    try:
        return pycountry.countries.lookup(value).alpha_2
    except LookupError:
        pass
    place = _gazetteer_country(value)
    if place is not None:
        return place
    named = _suggest_countries(value)
    hint = f"did you mean {' or '.join(named)}?" if named else "give an ISO 3166-1 code such as SY, IQ or UA"
    raise FilterError(
        f"country {value!r} is not a country wardesk knows; {hint}", param="country", valid=named
    )


def _suggest_countries(value: str) -> tuple[str, ...]:
    """'SY (Syria)' for the countries whose names are spelled most like ``value`` (a typo, a partial name)."""
    import difflib

    import pycountry

    by_name: dict[str, str] = {}
    for c in pycountry.countries:
        label = f"{c.alpha_2} ({getattr(c, 'common_name', None) or c.name})"
        for name in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if name:
                by_name.setdefault(name.lower(), label)
    close = difflib.get_close_matches(value.lower(), list(by_name), n=MAX_COUNTRY_SUGGESTIONS * 2, cutoff=0.6)
    starts = [n for n in by_name if n.startswith(value.lower())] if len(value) >= 3 else []
    out: list[str] = []
    for name in starts + close:
        if by_name[name] not in out:
            out.append(by_name[name])
    return tuple(out[:MAX_COUNTRY_SUGGESTIONS])


def _gazetteer_country(name: str) -> str | None:
    """The country the gazetteer knows by ``name`` (news spellings and demonyms: 'Turkey', 'Britain', 'Syrian')."""
    from wardesk.errors import GazetteerError
    from wardesk.geo.gazetteer import Gazetteer

    try:
        gaz = Gazetteer.default()
    except GazetteerError:  # an installation without the index still takes codes and ISO names
        return None
    place = gaz.country(name)
    if place is not None:
        return place.country
    return gaz.demonym(name)


@functools.lru_cache(maxsize=4096)
def actor_names(text: str) -> tuple[str, ...]:
    """The names to look for when a user asks for actor ``text``: the canonical name the actor table
    gives it ('ISIS' -> 'Islamic State') and the text itself (a name outside the table)."""
    from wardesk.extract.actors import ActorLexicon

    value = " ".join(text.split())
    if not value:
        return ()
    entry = ActorLexicon.default().canonical(value)
    names = [value]
    if entry is not None and entry.name.lower() != value.lower():
        names.insert(0, entry.name)
    return tuple(names)
