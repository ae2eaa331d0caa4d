"""Find the place names in a spaCy Doc: gazetteer phrases, news patterns, NER.

spaCy's small model misses or mislabels many Arabic place names ('Jisr
al-Shughur' comes out as a PERSON), so capitalised spans are matched against the
gazetteer too, and the wording around a name ("the village of X", "X
province", "near X", "east of X") both admits names no gazetteer has and says
how precise the place is. Person names, demonyms, organisations named after a
town ("the Hama Brigade") and a dateline city are kept out or marked.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from difflib import SequenceMatcher

from spacy.attrs import SPACY
from spacy.tokens import Doc, Span, Token

from wardesk.geo.gazetteer import ADMIN1_WORDS, Gazetteer
from wardesk.geo.place import Place, PlaceMention
from wardesk.names import ARTICLES, fold
from wardesk.nlp.cache import (
    doc_deps,
    doc_ents,
    doc_heads,
    doc_lowers,
    doc_pos,
    doc_text,
    doc_token_offsets,
    doc_token_texts,
    per_doc,
    span_root,
)
from wardesk.resources import load_list, load_words

#: Lower-case tokens that may sit inside a multi-word name ('Deir ez-Zor', 'Bab al-Nairab').
_WORDS = "place_words.yaml"
CONNECTORS = ARTICLES | {"-"} | load_words("lexicons", _WORDS, "name_particles")
MAX_NAME_TOKENS = 6
#: Longer runs of capitals after "the village of" are headlines or lists, not one name.
MAX_UNKNOWN_TOKENS = 3
#: "the town of X": nouns that introduce a settlement by name.
TOWN_NOUNS = load_words("lexicons", _WORDS, "town_nouns")
#: "X village", "X camp": the name is a settlement.
SETTLEMENT_NOUNS = load_words("lexicons", _WORDS, "settlement_nouns")
#: "the X neighbourhood", "the Z district of X": parts of a town (precision 'near').
PART_NOUNS = load_words("lexicons", _WORDS, "part_nouns")
#: "Boylston Street", "Massoud Square", "Rue Victor Hugo": a street or square is a part of its
#: town (precision 'near'), taken whole, so "Oxford Street" in Belfast is not Oxford.
STREET_NOUNS = load_words("lexicons", _WORDS, "street_nouns")
STREET_PREFIXES = load_words("lexicons", _WORDS, "street_prefixes")
#: Roads between towns are named after them ("the Aleppo road", "Damascus-Homs highway"): one
#: that names a town of the article's countries stays that town, as before.
INTERCITY_NOUNS = load_words("lexicons", _WORDS, "intercity_nouns")
ADMIN1_AFTER = ADMIN1_WORDS
#: Nouns of "the province of X": a first-level division.
ADMIN1_BEFORE = load_words("lexicons", _WORDS, "admin1_before")
DIRECTIONS = load_words("lexicons", _WORDS, "directions")
NEAR_NOUNS = load_words("lexicons", _WORDS, "near_nouns")
NEAR_PREPS = load_words("lexicons", _WORDS, "near_preps")
LOCATIVE_PREPS = load_words("lexicons", _WORDS, "locative_preps")
#: Capitalised words after a town's name that make the phrase an organisation.
ORG_HEADS = load_words("lexicons", "institutions.yaml", "place_org_heads")
#: A town as subject or object of these speaks or is spoken to (``reporting_verbs.yaml``).
SPEECH_VERBS = load_words("lexicons", "reporting_verbs.yaml", "place_speech_verbs")
#: Gazetteer-only towns outside the focus countries must be this big to count without support.
MIN_POPULATION_UNSUPPORTED = 50_000
#: A town of a country the article never names is taken only when at least this big ('Geneva' is
#: kept, a Jordanian 'Al Mastabah' in a Yemen story is not); below, the name becomes the focus
#: country's (gazetteer variant or unknown place).
FOREIGN_MIN_POPULATION = 150_000
FOREIGN_MIN_POPULATION_ALIAS = 1_000_000
#: A skeleton-key match must also look this much like the place's name (difflib ratio of folded
#: names): 'Kafr Zita' ~ 'Kafr Zayta' is 0.84, 'Zabadiyeh' ~ 'Al Bayda' 0.4; set on our test table.
LOOSE_MIN_SIMILARITY = 0.7
NER_PLACE = frozenset(("GPE", "LOC", "FAC"))
#: A town counts for its country's focus only when spelled much like its name ('Tank' is
#: an alias of India's Tonk, but a story naming al-Tank is not about India).
FOCUS_MIN_SIMILARITY = 0.8
#: Where ``focus_countries`` leaves its result on the Doc, for ``find_places`` to know how clear it is.
FOCUS_KEY = "wardesk.geo.focus"
#: 'MOSCOW, Oct 12 (Reuters) -', 'ALEPPO, Syria (AP) —', 'Moscow – ': where a story was filed.
DATELINE = re.compile(
    r"^\s*\(?(?P<head>[A-Z][A-Za-z'’.\- ]{1,40}?)\)?(?:,\s*[A-Z][A-Za-z.\- ]{1,30}?)*"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?P<agency>\([A-Za-z .&'-]{2,40}\))?"
    r"\s*(?P<sep>--|[-–—:])\s"
)
#: A dateline later in the opening: ALL-CAPS city (', Country'), then '(Agency) -' or a dash.
LATE_DATELINE = re.compile(
    r"(?:^|(?<=\s))(?P<head>[A-Z][A-Z'’.\-]{2,}(?: [A-Z][A-Z'’.\-]{1,}){0,2})(?:,\s*[A-Z][A-Za-z.\- ]{1,30}?)?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"\s*(?:\([A-Za-z .&'-]{2,40}\)\s*(?:--|[-–—])|(?:--|[–—])|-(?=\s))\s"
)
LATE_DATELINE_CHARS = 400
#: ALL-CAPS words before '(Reuters) -' that are not a city: the agency itself, a section name.
LATE_DATELINE_NOT = load_words("lexicons", _WORDS, "dateline_not_places")
#: Short all-capital country names taken as written without further support.
CAPITAL_COUNTRY_CODES = load_words("lexicons", _WORDS, "capital_country_codes")


def _cap(tok: Token) -> bool:
    return _is_cap(tok.text)


def _is_cap(text: str) -> bool:
    """Written like a name: capitalised, or in Arabic script, which has no capitals."""
    first = text[:1]
    return (first.isupper() or "\u0600" <= first <= "\u06ff") and any(c.isalpha() for c in text)


@per_doc
def _caps(doc: Doc) -> list[bool]:
    """Whether each token is capitalised (the finders ask per token)."""
    return [_is_cap(t) for t in doc_token_texts(doc)]


def _span_text(doc: Doc, i: int, j: int) -> str:
    """``doc[i:j].text`` cut from the cached document text (a Span rebuilds it token by token)."""
    texts, offsets = doc_token_texts(doc), doc_token_offsets(doc)
    return doc_text(doc)[offsets[i] : offsets[j - 1] + len(texts[j - 1])]


@per_doc
def _spaces(doc: Doc) -> list[str]:
    """``token.whitespace_`` of every token, read as one array."""
    return [" " if space else "" for space in (doc.to_array(SPACY).tolist() if len(doc) else [])]


#: Lower-case Arabic articles that may open a name with a space ('al Bab'); the others
#: ('as', 'an', 'at', 'ad') are English words too and open a name only with a hyphen.
ARTICLES_SPACED = frozenset(("al", "el"))


def _article_start(doc: Doc, i: int) -> bool:
    """doc[i] is a lower-case article that opens a name: 'the town of al-Bab', 'el Arish'."""
    low = doc_lowers(doc)[i]
    if low not in ARTICLES:
        return False
    texts, spaces, caps = doc_token_texts(doc), _spaces(doc), _caps(doc)
    if not texts[i].islower():
        return False
    if spaces[i] == "" and i + 2 < len(doc) and texts[i + 1] in ("-", "‐"):
        return spaces[i + 1] == "" and caps[i + 2]
    return low in ARTICLES_SPACED and i + 1 < len(doc) and caps[i + 1]


@per_doc
def _chunks(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens, joined over 'al'/'ez'/hyphens ('Deir ez-Zor'); a run
    may open with a lower-case article ('al-Bab')."""
    caps, low = _caps(doc), doc_lowers(doc)
    out, i, n = [], 0, len(doc)
    while i < n:
        if not caps[i] and not _article_start(doc, i):
            i += 1
            continue
        j = i + 1
        while j < n:
            if caps[j]:
                j += 1
                continue
            k = j
            while k < n and low[k] in CONNECTORS and k - j < 3:
                k += 1
            if k > j and k < n and caps[k]:
                j = k + 1
                continue
            break
        out.append((i, j))
        i = j
    return out


def _dateline_span(doc: Doc) -> tuple[int, int]:
    """Character range of the dateline city: at the very start, or an ALL-CAPS city after a
    headline or a clock time ('... 1 Min Read BEIRUT (Reuters) -', '5:20 pm SANAA – ')."""
    end = _dateline_end(doc)
    if end >= 0:
        return 0, end
    m = LATE_DATELINE.search(doc_text(doc)[:LATE_DATELINE_CHARS])
    if m and m.group("head").strip() not in LATE_DATELINE_NOT:
        return m.start("head"), m.end("head")
    return -1, -1


def _dateline_end(doc: Doc) -> int:
    m = DATELINE.match(doc_text(doc)[:160])
    if not m:
        return -1
    head = m.group("head").strip()
    if m.group("sep") == ":" and not head.isupper():
        return -1
    if not (head.isupper() or m.group("agency") or m.group("sep") in "–—--"):
        return -1
    if len(head.split()) > 4:
        return -1
    return m.start("sep")


def _ent_at(doc: Doc) -> list[Span | None]:
    ents: list[Span | None] = [None] * len(doc)
    for e in doc_ents(doc):
        for t in range(e.start, e.end):
            ents[t] = e
    return ents


def _governing_prep(doc: Doc, i: int, j: int) -> str | None:
    """The preposition whose object the name is ('in', 'near', 'from'), following compounds.
    Read from the cached arrays: this runs for every candidate name."""
    heads, deps, pos, low = doc_heads(doc), doc_deps(doc), doc_pos(doc), doc_lowers(doc)
    t = span_root(doc, i, j)
    for _ in range(5):
        if deps[t] == "pobj":
            h = heads[t]
            return low[h] if pos[h] in ("ADP", "SCONJ", "ADV") else None
        if deps[t] in ("compound", "appos", "conj", "poss", "nmod", "amod", "npadvmod"):
            t = heads[t]
        else:
            break
    k = i - 1
    if k >= 0 and low[k] == "the":
        k -= 1
    if k >= 0 and pos[k] == "ADP":
        return low[k]
    return None


class _Context:
    """What the words around doc[i:j] say: precision, kind preferred, admin1 named nearby."""

    def __init__(self, doc: Doc, i: int, j: int, gaz: Gazetteer, countries: Sequence[str]) -> None:
        self.pattern: str | None = None
        self.hint: str | None = None
        self.prefer: str | None = None
        self.prep: str | None = None
        self.admin1: str | None = None
        self.country: str | None = None
        self.parent: tuple[int, int] | None = None  # the town of "X's Z neighbourhood"
        low = doc_lowers(doc)
        prev1 = low[i - 1] if i >= 1 else ""
        prev2 = low[i - 2] if i >= 2 else ""
        nxt = low[j] if j < len(doc) else ""
        if nxt in ADMIN1_AFTER:
            self.pattern, self.hint, self.prefer = "admin1", "admin1", "admin1"
        elif nxt in PART_NOUNS:
            self.pattern, self.hint, self.prefer = "part", "near", "city"
        elif nxt in SETTLEMENT_NOUNS:
            self.pattern, self.hint, self.prefer = "town", "exact", "city"
        if prev1 == "of" and prev2 in TOWN_NOUNS:
            self.pattern, self.hint, self.prefer = "town", "exact", "city"
        elif prev1 == "of" and prev2 in ADMIN1_BEFORE:
            self.pattern, self.hint, self.prefer = "admin1", "admin1", "admin1"
        elif prev1 == "of" and prev2 in PART_NOUNS - {"outskirts"}:
            self.pattern, self.hint, self.prefer = "town", "exact", "city"
        elif prev1 == "of" and prev2 in DIRECTIONS:
            self.pattern, self.hint, self.prep = "near", "near", f"{prev2} of"
        elif prev1 == "of" and prev2 in NEAR_NOUNS:
            self.pattern, self.hint, self.prep = "near", "near", f"{prev2} of"
        elif prev1 in NEAR_PREPS or (prev1 == "to" and prev2 == "close"):
            self.pattern, self.hint = "near", "near"
            self.prep = "near" if prev1 in ("nearby", "close") else prev1
        if nxt in PART_NOUNS and j + 2 < len(doc) and low[j + 1] == "of" and _caps(doc)[j + 2]:
            e = j + 3
            while e < len(doc) and e - j - 2 < MAX_NAME_TOKENS and (_caps(doc)[e] or low[e] in CONNECTORS):
                e += 1
            self.parent = (j + 2, e)
        if prev1 == "'s" and nxt in PART_NOUNS:
            k = i - 1
            s = k
            while s > 0 and (_caps(doc)[s - 1] or low[s - 1] in CONNECTORS) and k - s < MAX_NAME_TOKENS:
                s -= 1
            if s < k:
                self.parent = (s, k)
        self.prep = self.prep or _governing_prep(doc, i, j)
        self._admin1_after(doc, low, j, gaz, countries)
        if self.parent is not None and self.country is None:
            p = gaz.best(doc[self.parent[0] : self.parent[1]].text, countries, "city")
            if p is not None and p.kind in ("city", "admin1"):
                self.country = p.country
                self.admin1 = self.admin1 or (p.name if p.kind == "admin1" else p.admin1)

    def _admin1_after(
        self, doc: Doc, low: list[str], j: int, gaz: Gazetteer, countries: Sequence[str]
    ) -> None:
        """'in X, Y province' / 'X in the Y countryside': Y is X's admin1."""
        k = j
        if k < len(doc) and low[k] in PART_NOUNS | SETTLEMENT_NOUNS:
            k += 1
        if k < len(doc) and low[k] in (",", "in", "of"):
            k += 1
            if k < len(doc) and low[k] == "in":
                k += 1
            if k < len(doc) and low[k] == "the":
                k += 1
            s = k
            while (
                k < len(doc)
                and k - s < MAX_NAME_TOKENS
                and (_caps(doc)[k] or (low[k] in CONNECTORS and k > s))
            ):
                k += 1
            if k > s and k < len(doc) and low[k] in ADMIN1_AFTER:
                a = None
                for s2 in range(s, k):  # "Syrias Idlib province": the division is the last words
                    name = doc[s2:k].text
                    a = gaz.admin1(name, countries[0] if countries else None) or gaz.admin1(name)
                    if a is not None:
                        break
                self.admin1 = a.name if a else doc[s:k].text
                self.country = a.country if a else self.country
                if self.pattern is None:
                    self.pattern, self.hint = "in_admin1", self.hint or "exact"
            elif k > s and low[s - 1] == "," and k == s + 1:
                c = gaz.country(doc[s:k].text)
                if c is not None and not gaz.demonym(doc[s:k].text):
                    self.country = c.country


def _pick(cands: Sequence[Place], admin1: str | None, country: str | None) -> Place | None:
    if not cands:
        return None
    if admin1:
        for p in cands:
            if p.admin1 and fold(p.admin1, place=True) == fold(admin1, place=True) and p.kind != "admin1":
                return p
    if country:
        for p in cands:
            if p.country == country:
                return p
    return cands[0]


def _possessor_country(doc: Doc, i: int, gaz: Gazetteer) -> str | None:
    """The country of "Syria's Aleppo" (or "Syrias Aleppo", as some copies drop apostrophes)."""
    if i >= 2 and doc[i - 1].lower_ in ("'s", "’s"):
        name = doc[i - 2].text
    elif i >= 1 and doc[i - 1].text.endswith("s") and _caps(doc)[i - 1] and len(doc[i - 1].text) > 4:
        name = doc[i - 1].text[:-1]
    else:
        return None
    c = gaz.country(name) if not gaz.demonym(name) else None
    return c.country if c is not None else None


def _based(doc: Doc, j: int) -> bool:
    """doc[:j] ends a '<Place>-based' adjective ('UK-based', 'London - based')."""
    if j < len(doc) and doc[j].lower_ in ("-based", "based"):
        return doc[j].lower_ == "-based" or doc[j - 1].whitespace_ == ""
    return j + 1 < len(doc) and doc[j].text in ("-", "–") and doc[j + 1].lower_ == "based"


def _known_word(tok: Token, gaz: Gazetteer) -> bool:
    """A token that is on its own a stop word, country, demonym or division ('Syrias' too)."""
    text = tok.text
    for t in (text, text[:-1] if text.endswith("s") and len(text) > 4 else text):
        if fold(t, place=True) in gaz.stopwords or gaz.demonym(t) or gaz.country(t):
            return True
        if any(p.kind == "admin1" for p in gaz.lookup(t, loose=False)[:1]):
            return True
    return False


@functools.lru_cache(maxsize=1 << 16)
def _similarity(a: str, b: str) -> float:
    """difflib's ratio of two name keys; the same pairs recur across an article's mentions."""
    return SequenceMatcher(None, a, b).ratio()


def _close(key: str, place: Place, ctx: _Context) -> bool:
    """A skeleton match that also looks like the name and fits the admin1/country the text gives."""
    if ctx.admin1 and place.admin1 and fold(place.admin1, place=True) != fold(ctx.admin1, place=True):
        return False
    if ctx.country and place.country and place.country != ctx.country:
        return False
    return _similarity(key, fold(place.name, place=True)) >= LOOSE_MIN_SIMILARITY


def _far_homonym(text: str, place: Place, ctx: _Context, countries: Sequence[str], clear: bool) -> bool:
    """A town the context puts elsewhere ('the Arish district of Aden'), or, when the article's
    focus is clear, a town outside every focus country not big enough to be news on its name."""
    if not countries or place.kind != "city":
        return False
    if ctx.country is not None:
        return ctx.country != place.country  # 'Tripoli, Lebanon' stays Lebanese
    if not clear or place.country in countries:
        return False
    if fold(text, place=True) != fold(
        place.name, place=True
    ):  # an alias ('Tank' of India's Tonk): weaker evidence
        return place.population < FOREIGN_MIN_POPULATION_ALIAS
    return place.population < FOREIGN_MIN_POPULATION


def _hint_for(place: Place | None, ctx_hint: str | None) -> str:
    if place is not None and place.kind == "country":
        return "country"
    if place is not None and place.kind == "admin1":
        return "admin1"
    if ctx_hint:
        return ctx_hint
    if place is not None and place.kind in ("region", "water"):
        return "near"
    return "exact"


def find_places(doc: Doc, gazetteer: Gazetteer, countries: Sequence[str] = ()) -> list[PlaceMention]:
    """Every place name in ``doc``, in text order.

    ``countries`` are the article's focus countries (ISO alpha-2, most central
    first); they settle homonyms (Tripoli in Lebanon or Libya). When empty they
    are worked out with ``focus_countries``.
    """
    gaz = gazetteer
    countries = tuple(countries) or tuple(focus_countries(doc, gaz))
    clear = _focus_is_clear(doc, countries)
    ents = _ent_at(doc)
    dl_start, dl_end = _dateline_span(doc)
    out: list[PlaceMention] = []
    taken: set[int] = set()

    def emit(i: int, j: int, place: Place | None, ctx: _Context, source: str) -> None:
        span = doc[i:j]
        admin1 = ctx.admin1
        if place is not None and place.kind in ("city", "base", "region") and place.admin1:
            admin1 = admin1 or place.admin1
        out.append(
            PlaceMention(
                start_char=span.start_char,
                end_char=span.end_char,
                text=span.text,
                token_start=i,
                token_end=j,
                place=place,
                precision_hint=_hint_for(place, ctx.hint),
                preposition=ctx.prep,
                admin1_context=ctx.admin1,
                # An unknown name is taken to lie in the article's main focus country.
                country_context=ctx.country
                or (place.country if place else (countries[0] if countries else None)),
                dateline=dl_start <= span.start_char and span.end_char <= dl_end,
                source=source,
            )
        )
        taken.update(range(i, j))

    for c0, c1 in _chunks(doc):
        i = c0
        while i < c1:
            if not (_caps(doc)[i] or _article_start(doc, i)) or doc[i].lower_ == "the":
                i += 1
                continue
            j = _street_end(doc, i, c1)
            if j is not None and not _road_to_town(doc, i, j, gaz, countries, ents):
                ctx = _Context(doc, i, j, gaz, countries)
                ctx.pattern, ctx.hint, ctx.prefer = "part", "near", "city"
                emit(i, j, None, ctx, "pattern")
                i = j
                continue
            matched = False
            for j in range(min(c1, i + MAX_NAME_TOKENS), i, -1):
                if not _caps(doc)[j - 1]:
                    continue
                res = _match(doc, i, j, gaz, countries, ents, (dl_start, dl_end), clear)
                if res is None:
                    continue
                if res == "skip":
                    i, matched = j, True
                    break
                place, ctx, source = res
                emit(i, j, place, ctx, source)
                if ctx.parent is not None:
                    _attach_parent(out, doc, ctx.parent, gaz, countries)
                i, matched = j, True
                break
            if not matched:
                i += 1
    out.sort(key=lambda m: m.start_char)
    return _admin1_from_context(doc, out)


def _street_end(doc: Doc, i: int, end: int) -> int | None:
    """End of a street or square name starting at token ``i`` ("Boylston Street", "Rue Victor
    Hugo"), or None: capitalised words closed by a street noun, or opened by a street prefix."""
    low, caps = doc_lowers(doc), _caps(doc)
    if low[i] in STREET_PREFIXES and i + 1 < end and caps[i + 1]:
        j = i + 1
        while j < end and j - i <= MAX_NAME_TOKENS and (caps[j] or low[j] in CONNECTORS):
            j += 1
        return j
    for j in range(i + 1, min(end, i + MAX_NAME_TOKENS)):
        if not caps[j] and low[j] not in CONNECTORS:
            return None
        if low[j] in STREET_NOUNS and caps[j]:
            return j + 1
    return None


def _road_to_town(
    doc: Doc, i: int, j: int, gaz: Gazetteer, countries: Sequence[str], ents: list[Span | None]
) -> bool:
    """Whether the street-like name doc[i:j] is rather a person ("Alan Lane") or a road named
    after a town of the article's countries ("Key Aleppo Road")."""
    if any((e := ents[k]) is not None and e.label_ == "PERSON" for k in range(i, j)):
        return True
    if doc_lowers(doc)[j - 1] not in INTERCITY_NOUNS:
        return False
    texts = doc_token_texts(doc)
    for k in range(i, j - 1):
        place = gaz.best(texts[k], countries, "city") if texts[k][:1].isupper() else None
        if place is not None and place.kind in ("city", "admin1") and place.country in countries:
            return True
    return False


#: Tokens between an unknown place and the "south of X" that locates it ("Nairab refugee camp south of").
DIRECTION_REACH = 4


def _admin1_from_context(doc: Doc, out: list[PlaceMention]) -> list[PlaceMention]:
    """An unknown place with no admin1 of its own takes that of the nearest known place of its
    country: the one its direction phrase names ('Nairab camp south of Aleppo'), else the nearest
    in its sentence, else the last one before it ('Bab Touma' after 'Damascus')."""
    known = [
        (k, m)
        for k, m in enumerate(out)
        if m.place is not None and not m.dateline and m.place.kind in ("city", "admin1", "region", "base")
    ]
    if not known:
        return out
    for k, m in enumerate(out):
        if m.place is not None or m.admin1_context or m.dateline:
            continue
        sent = doc[m.token_start].sent
        same = [
            (abs(o.start_char - m.start_char), o)
            for _, o in known
            if o.place.country == m.country_context and sent.start_char <= o.start_char < sent.end_char
        ]
        before = [o for kk, o in known if kk < k and o.place.country == m.country_context]
        # "Nairab camp south of Aleppo": the town its own direction phrase names comes first
        located = [
            o
            for _, o in same
            if (o.preposition or "").endswith(" of") and 0 <= o.token_start - m.token_end <= DIRECTION_REACH
        ]
        src = (
            located[0]
            if located
            else min(same, key=lambda x: x[0])[1]
            if same
            else (before[-1] if before else None)
        )
        if src is None:
            continue
        admin1 = src.place.name if src.place.kind == "admin1" else src.place.admin1
        if admin1:
            out[k] = replace(m, admin1_context=admin1)
    return out


def _attach_parent(
    out: list[PlaceMention], doc: Doc, parent: tuple[int, int], gaz: Gazetteer, countries
) -> None:
    """'Aleppo's Sukkari neighbourhood': Sukkari takes Aleppo's admin1 as its context."""
    p = gaz.best(doc[parent[0] : parent[1]].text, countries, "city")
    if p is None or not out:
        return
    last = out[-1]
    out[-1] = replace(
        last,
        admin1_context=last.admin1_context or p.admin1,
        country_context=last.country_context or p.country,
        precision_hint="near" if last.precision_hint == "exact" else last.precision_hint,
    )


def _match(
    doc: Doc,
    i: int,
    j: int,
    gaz: Gazetteer,
    countries: tuple[str, ...],
    ents,
    dl: tuple[int, int],
    clear: bool,
):
    """(place, context, source) for doc[i:j], 'skip' for a demonym or organisation, None for no name."""
    span = doc[i:j]
    text = _span_text(doc, i, j)
    key = fold(text, place=True)
    if not key:
        return None
    ent = ents[i] if ents[i] is not None and ents[i] is ents[j - 1] else None
    ent_exact = ent is not None and ent.start == i and ent.end == j
    ner_place = ent is not None and ent.label_ in NER_PLACE and ent.start >= i - 1 and ent.end <= j + 1
    nxt = doc[j] if j < len(doc) else None
    # Organisations named after a town: 'the Hama Brigade', 'the Aleppo Media Center'.
    if nxt is not None and _cap(nxt) and nxt.lower_ in ORG_HEADS:
        return "skip"
    if _based(doc, j):
        return "skip"  # 'UK-based monitor', 'Douma-based activists': where someone works, no event place
    if j - i > 1 and doc[j - 1].lower_ in ADMIN1_AFTER:
        return None  # 'Borno State': the name is 'Borno', the word after it says what it is
    owner = _possessor_country(doc, i, gaz)
    # Part of a longer person or organisation name: 'Salma Hayek', 'the Aleppo Media Center';
    # but not a town of the country whose it is said to be ('Syria's Aleppo Kills 23').
    if (
        ent is not None
        and ent.label_ == "PERSON"
        and (ent.start < i or ent.end > j)
        and not (
            owner and any(p.country == owner for p in gaz.lookup(text, (owner,), "city", loose=False)[:1])
        )
    ):
        return "skip" if ent.end <= j + 3 else None
    if ent is not None and ent.label_ == "ORG" and ent.end > j and _caps(doc)[j]:
        # 'the Aleppo Media Center'; but the small model also calls a headline's run of
        # capitals an ORG ('Syrias Deir Ezzor Monitor AFP'), so an organisation word must follow.
        if any(t.lower_ in ORG_HEADS for t in doc[j : ent.end]):
            return "skip"
    if ent is not None and ent.label_ == "ORG" and ent.start < i and doc[i - 1].lower_ == "of":
        # 'the Department of Homeland Security', 'the Ministry of Justice'
        if any(t.lower_ in ORG_HEADS for t in doc[ent.start : i - 1]):
            return "skip"
    country = gaz.country(text)
    if key in ADMIN1_AFTER or key in TOWN_NOUNS:
        return None  # 'Region', 'Province' alone name no place (aliases of some division)
    if len(key) < 3 and country is None:
        return None  # 'Dr', 'St': abbreviations that some village spells the same
    demonym = gaz.demonym(text)
    if demonym and (country is None or fold(country.name, place=True) != key):
        if country is None or key not in {fold(n, place=True) for n in (country.name,)}:
            return "skip"  # 'Syrian', 'Russian': not places
    ctx = _Context(doc, i, j, gaz, countries)
    if (
        country is not None
        and not demonym
        and not (text.isupper() and len(text) <= 3 and text not in CAPITAL_COUNTRY_CODES)
    ):
        return country, ctx, "ner" if ner_place else "gazetteer"
    cands = gaz.lookup(text, countries, ctx.prefer or "city", loose=False)
    if not cands and (ner_place or ctx.pattern):
        cands = gaz.lookup(text, countries, ctx.prefer or "city", loose=True)
        cands = [p for p in cands if _close(key, p, ctx)]
        if cands and countries and cands[0].country != countries[0]:
            cands = []  # a loose spelling match far from the story is more likely a miss
    place = _pick(cands, ctx.admin1, ctx.country)
    if nxt is not None and nxt.lower_ == "countryside":
        place = gaz.admin1(f"{text} countryside") or place  # 'Damascus countryside' = Rif Dimashq
    is_dateline = dl[0] <= span.start_char and span.end_char <= dl[1]
    if place is not None and not is_dateline and _far_homonym(text, place, ctx, countries, clear):
        # A small town of a country the article never names: the article's own country
        # probably has a place of that name, or a village the gazetteer lacks.
        home = ctx.country or countries[0]
        local = [p for p in gaz.variants(text, home, ctx.prefer or "city") if _close(key, p, ctx)]
        place = local[0] if local else None
    supported = ner_place or ctx.pattern is not None
    if place is None:
        if ctx.pattern is None and not (
            ent is not None and ent.label_ == "GPE" and ent_exact and ctx.prep in LOCATIVE_PREPS
        ):
            return None
        if ctx.pattern == "admin1" and nxt is not None and _cap(nxt):
            return None  # 'Islamic State' names no state
        if any(_known_word(t, gaz) for t in span if _cap(t)):
            return None  # 'Aleppo Syrian', 'Qamishli Hasaka': words run together, not one name
        if ent is not None and ent.label_ == "NORP":
            return None
        if (
            sum(_cap(t) for t in span) > MAX_UNKNOWN_TOKENS
            or key in gaz.stopwords
            or (ent is not None and ent.label_ in ("PERSON", "ORG", "NORP") and ctx.pattern in ("near", None))
        ):
            return None
        return None, ctx, "pattern" if ctx.pattern else "ner"
    if key in gaz.stopwords and ctx.pattern is None:
        return None
    if countries and place.country != countries[0] and place.kind not in ("country", "water", "region"):
        # Outside the main focus country a town must be spelled like its name, not one of its
        # aliases ('White House' is an alias of Casablanca), unless it is a big city.
        if place.population < 1_000_000 and _similarity(key, fold(place.name, place=True)) < 0.7:
            return None
    if text.isupper() and len(text) <= 4 and not is_dateline and not ner_place and place.kind == "city":
        return None  # acronyms ('ISIS', 'SDF') that some village spells the same
    if not supported and not is_dateline:
        in_focus = place.country in countries
        big = place.kind != "city" or place.population >= MIN_POPULATION_UNSUPPORTED
        if any(t.pos_ != "PROPN" for t in span if _cap(t)) and not (
            in_focus and big and not doc[i].is_sent_start
        ):
            return None  # 'Most of the strikes', 'Along the road'

        # The small model often calls Arabic town names persons ('Jisr al-Shughur'): a
        # multi-word exact gazetteer name that is the object of a verb or preposition stays.
        person = ent is not None and ent.label_ == "PERSON"
        object_name = j - i > 1 and span.root.dep_ in ("dobj", "pobj")
        if person and not (in_focus or object_name or (big and ctx.prep in LOCATIVE_PREPS)):
            return None
        if person and object_name:
            in_focus = True
        if not in_focus and not (big and (place.kind != "city" or ctx.prep in LOCATIVE_PREPS)):
            return None
    if ent is not None and ent.label_ == "PERSON" and ent_exact and ctx.pattern is None:
        root = span.root
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in SPEECH_VERBS:
            return None  # 'Salma said'
    return place, ctx, "pattern" if ctx.pattern else ("ner" if ner_place else "gazetteer")


#: How much one mention says about where an article is: a province or town names where
#: things happen; a country's name less; a demonym mostly describes an actor ("Saudi jets",
#: "American bombs"). Set on FA-KES and the dev articles' focus errors.
FOCUS_WEIGHT = {"place": 2.0, "country": 1.0, "demonym": 0.5}


def focus_countries(doc: Doc, gazetteer: Gazetteer) -> list[str]:
    """The article's focus countries, most mentioned first.

    Counts country names and demonyms, first-level divisions and towns of
    100,000 people or more (by their most likely country), and smaller towns
    spelled exactly like their name for a country the article names otherwise.
    """
    gaz = gazetteer
    counts: Counter[str] = Counter()
    small: Counter[str] = Counter()
    first: dict[str, int] = {}
    for c0, c1 in _chunks(doc):
        i = c0
        while i < c1:
            hit = None
            for j in range(min(c1, i + MAX_NAME_TOKENS), i, -1):
                if not _caps(doc)[j - 1]:
                    continue
                text = _span_text(doc, i, j)
                key = fold(text, place=True)
                if not key or key in gaz.stopwords:
                    continue
                cc = gaz.demonym(text)
                weight = FOCUS_WEIGHT["demonym"]
                if cc is None:
                    c = gaz.country(text)
                    cc = c.country if c else None
                    weight = FOCUS_WEIGHT["country"]
                found = gaz.lookup(text, loose=False) if cc is None and doc[i].pos_ == "PROPN" else []
                if found:
                    p = found[0]
                    big = p.kind in ("admin1", "region") or (
                        p.kind == "city"
                        and p.population >= 100_000
                        and _similarity(key, fold(p.name, place=True)) >= FOCUS_MIN_SIMILARITY
                    )
                    if not big and p.kind == "city" and p.country and key == fold(p.name, place=True):
                        small[p.country] += FOCUS_WEIGHT["place"]
                    hit = (p.country if big else None, j, FOCUS_WEIGHT["place"])
                    break
                if cc:
                    if _actor_compound(doc, j):
                        weight = FOCUS_WEIGHT["demonym"]  # 'US-led strikes' says who, not where
                    hit = (cc, j, weight)
                    break
            if hit:
                if hit[0]:
                    counts[hit[0]] += hit[2]
                    first.setdefault(hit[0], i)
                i = hit[1]
            else:
                i += 1
    # A smaller town spelled exactly like its name counts only for a country the article also
    # names otherwise: 'Manbij' five times makes a Syria story that names the US seven times
    # Syria's, while a lone homonym village cannot pull the focus abroad.
    for c, w in small.items():
        if c in counts:
            counts[c] += w
    ranked = sorted(counts, key=lambda c: (-counts[c], first[c]))
    leads = bool(ranked) and (len(ranked) == 1 or counts[ranked[0]] > counts[ranked[1]])
    doc.user_data[FOCUS_KEY] = (tuple(ranked), _clear(ranked, counts), leads)
    return ranked


def main_country(doc: Doc) -> str | None:
    """The article's country when one leads all others in ``focus_countries`` (run first);
    None when several tie ('Turkish, Iraqi and Iranian officials said'), as then an event
    that names no place of its own cannot be put in any one of them."""
    stored = doc.user_data.get(FOCUS_KEY)
    if not stored or not stored[0] or not stored[2]:
        return None
    return stored[0][0]


#: '<Country>-led coalition', 'Iran-backed militia': the country describes an actor.
ACTOR_COMPOUNDS = load_list("lexicons", "compounds.yaml", "actor_suffixes")


def _actor_compound(doc: Doc, j: int) -> bool:
    """doc[:j] ends a '<Country>-led' adjective."""
    return doc_text(doc)[doc[j - 1].idx + len(doc[j - 1]) :][:12].lower().startswith(ACTOR_COMPOUNDS)


def _clear(ranked: Sequence[str], counts: Counter[str]) -> bool:
    """The main focus country is named at least twice and more often than any other."""
    if not ranked:
        return False
    top = counts[ranked[0]]
    return top >= 2 and (len(ranked) == 1 or top > counts[ranked[1]])


def _focus_is_clear(doc: Doc, countries: tuple[str, ...]) -> bool:
    """Whether ``countries`` are this Doc's clearly worked-out focus, or were given by a caller
    that knows (the article's focus handed to its headline)."""
    if not countries:
        return False
    stored = doc.user_data.get(FOCUS_KEY)
    if stored is None or stored[0][:1] != countries[:1]:
        return True
    return stored[1]
