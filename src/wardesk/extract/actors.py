"""Actor names: canonicalise a phrase, and find every actor mention in a parsed Doc.

The vocabulary lives in ``resources/actors/actors.yaml`` (canonical names, aliases,
demonyms, force nouns). Everything here is built once per process: the lexicon is
cached by :meth:`ActorLexicon.default` and its spaCy matchers once per vocabulary,
so :func:`find_actors` does no pattern building per document.

Who did what to whom is not decided here: the frame builder assigns initiator and
target roles to the mentions this module returns.
"""

from __future__ import annotations

import bisect
import csv
import dataclasses
import functools
import io
import re
import unicodedata
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from wardesk.errors import ExtractError
from wardesk.geo.fold import skeleton
from wardesk.geo.mentions import dateline_range
from wardesk.names import fold
from wardesk.nlp.cache import (
    doc_deps,
    doc_ents,
    doc_heads,
    doc_lowers,
    doc_opens_sentence,
    doc_token_offsets,
    doc_token_texts,
    per_doc,
    span_root,
    span_text,
)
from wardesk.resources import load_text, load_words, load_yaml

ACTOR_TYPES = frozenset({"state_forces", "rebel_group", "militia", "civilians", "external_forces", "unknown"})

#: How a mention was recognised, from surest to loosest. Equal-length overlaps keep the surer one.
KIND_RANK = {"alias": 0, "demonym": 1, "place": 2, "generic": 3, "metonym": 4}

_APOSTROPHES = "'\u2018\u2019\u02bb\u02bc\u02bf\u02be`\u00b4"
_POSSESSIVE = re.compile(rf"[{_APOSTROPHES}]s\b")
_APOS_RE = re.compile(rf"[{_APOSTROPHES}]")
_NON_WORD = re.compile(r"[^A-Za-z0-9]+")
# libyaml's loader is ~10x faster than the pure-Python one; both read the same YAML.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_ARTICLES = frozenset({"the", "a", "an"})
# An aircraft or missile designation such as Su-24, F-16s, MQ-9, Mi-24.
_MODEL_RE = re.compile(r"^[A-Za-z]{1,8}-?\d{1,4}[A-Za-z]{0,3}$")

# Dependency labels under which a place name or a capital acts as an agent
# ("Russia bombed", "Moscow's jets", "strikes by Russia"), not as a location.
_AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "appos", "ROOT"})
_AGENT_PREPS = frozenset({"by", "between"})
#: Verbs whose object is the party blamed ("Kyiv accused Moscow of the strike", "officials blamed
#: Rwanda for the raid"): a place or capital there names the state accused, as an agent would.
_BLAME_VERBS = frozenset(load_yaml("lexicons", "triggers.yaml")["responsibility"]["blame_verbs"])
#: Verbs that put an act on a party after "to" ("attributed the blast to Pakistan").
_ATTRIBUTE_VERBS = frozenset(load_yaml("lexicons", "triggers.yaml")["responsibility"]["attribute_verbs"])
#: What such a party must be blamed for: an act of violence (a trigger lemma, or a word of killing),
#: not "accused Kyiv of placing troops in towns".
_VIOLENT_LEMMAS = frozenset(load_yaml("lexicons", "triggers.yaml")["lemmas"]) | load_words(
    "lexicons", "roles.yaml", "kill_lemmas"
)
# Heads that make a possessive a place ("Syria's Idlib province").
_PLACE_HEADS = load_words("lexicons", "place_words.yaml", "possessive_place_heads")
#: Facilities a town's possessive names ("Aden's port", "Herat's main hospital"): the town is where
#: they are, not a government acting.
_FACILITY_HEADS = load_words("lexicons", "place_words.yaml", "facility_nouns") | load_words(
    "lexicons", "place_words.yaml", "named_facility_nouns"
)
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# Entities that may hide an actor name inside a longer non-actor name
# ("Syrian Observatory for Human Rights", "Hezbollah's Al-Manar TV").
_NAME_ENTS = frozenset({"ORG", "FAC", "WORK_OF_ART", "PRODUCT", "LAW", "EVENT", "PERSON"})
# Adjectives that count or compare rather than describe: not part of a civilian mention.
_QUANTIFIERS = load_words("lexicons", "actor_words.yaml", "quantifiers")
#: Plural demonyms that name no state's forces ("Palestinians"): see ``ActorLexicon._add_peoples``.
_PEOPLES_NOT_FORCES = load_words("lexicons", "actor_words.yaml", "peoples_not_forces")
# "anti-ISIS coalition": an actor named after one of these and a hyphen is no mention of it.
_NEGATING_PREFIXES = load_words("lexicons", "actor_words.yaml", "negating_prefixes")
# "the Marxist Revolutionary Armed Forces of Colombia": words that describe a group, not name one.
_DESCRIBING_WORDS = load_words("lexicons", "actor_words.yaml", "describing_words")
#: Longest name (in words) read whole in a speaker's name before its parts: "Coalition of Patriots
#: for Change" (five) is that group, not "the coalition" of the US (set to hold every listed name).
SPEAKER_NAME_MAX_WORDS = 10
#: Consonants a transliteration key needs before two spellings are taken for one name
#: ("jsft" for Jaish al-Fatah); shorter keys join unrelated names.
SKELETON_MIN_CONSONANTS = 4
_CONNECTORS = frozenset({"and", "or", ",", "&", "the", "'s", "’s", "-", "/"})
#: Particles of transliterated names ("al-", "wa", "ul-"): see actor_words.yaml.
#: Head nouns of group names ("front", "army", "alliance", "coalition", "gang"): after a named armed
#: group they continue its name ("the G9 gang coalition"), never open another actor's.
_GROUP_HEAD_WORDS = frozenset(
    w.lower() for words in load_yaml("lexicons", "actor_words.yaml")["group_heads"].values() for w in words
)
#: Actor types of a named group whose name a following group noun continues (:func:`_name_tail`).
_NAMED_GROUP_TYPES = frozenset({"rebel_group", "militia", "unknown"})
_HYPHEN_PARTICLES = load_words("lexicons", "actor_words.yaml", "hyphen_particles")
_FREE_PARTICLES = load_words("lexicons", "actor_words.yaml", "free_particles")
#: Fewest words (particles included) of a run read as one transliterated name: "Jund al-Khilafa"
#: (three) may be a person's; "Ansar Bait al-Maqdis", "Ahl al-Sunnah wal-Jamaah" are groups' names.
PARTICLE_NAME_MIN_WORDS = 4
_HYPHENS = ("-", "\u2013")


@dataclass(frozen=True)
class ActorEntry:
    """One canonical actor: the name written into event records and how to recognise it."""

    name: str
    type: str
    country: str | None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = field(default=(), compare=False)
    places: tuple[str, ...] = field(default=(), compare=False)
    metonyms: tuple[str, ...] = field(default=(), compare=False)
    #: other countries where the group fights (JNIM in Burkina Faso): an article about one of
    #: them may mean it by "militants", "rebels" as an article about its home country does
    active_in: frozenset[str] = field(default=frozenset(), compare=False)
    #: the first-level divisions (folded) of its country where the group fights ("regions" in
    #: actors.yaml): a description read by country ("rebels" in India: the Maoists) names it only
    #: for events there, not in a province of the country's other wars (Kashmir, Manipur)
    regions: frozenset[str] = field(default=frozenset(), compare=False)
    #: the year the group first fought under this name ("since" in actors.yaml): an article
    #: published before it cannot mean it (Chad's rebels of 2008 are no FACT, founded 2016)
    since: int | None = field(default=None, compare=False)
    #: the last year a former state fought under this name ("until" in actors.yaml): an article
    #: published later names it only as history (``ended_by``)
    until: int | None = field(default=None, compare=False)

    def fights_in(self, cc: str) -> bool:
        """The actor belongs to the conflicts of country ``cc`` (ISO2; "" matches all)."""
        return not cc or self.country in (None, cc) or cc in self.active_in

    def ended_by(self, year: int | None) -> bool:
        """A former state that had ceased to be by ``year``: a report of that year names it only as
        history ("rockets left over from the Soviet Union"), never as a party of its own events."""
        return self.until is not None and year is not None and year > self.until

    def existed_in(self, year: int | None) -> bool:
        """The actor existed in ``year`` (None: any year), so an article of that year may name it."""
        if year is None:
            return True
        return (self.since is None or year >= self.since) and (self.until is None or year <= self.until)


#: The most words a state's name has ("the Democratic Republic of the Congo"), for
#: ``ActorLexicon.state_army``.
STATE_NAME_MAX_WORDS = 6

#: How a generic phrase is resolved (see :meth:`ActorLexicon.resolve`).
GENERIC_RESOLVERS = frozenset({"state", "context", "country"})
#: The generic whose ``by_country`` lists each country's main armed opposition (``enemy_of``).
ENEMY_ROLE = "rebels"
#: The entry of the perpetrator the text does not name.
UNIDENTIFIED = "Unidentified armed group"
#: A state's forces when no text or place says which state (ACLED writes "Military Forces of <country>").
STATE_UNKNOWN = "State forces (country not stated)"
#: The types of named group a generic of a type may stand for, the first preferred.
CONTEXT_TYPES = {
    "rebel_group": ("rebel_group",),
    "militia": ("militia", "rebel_group"),
    "unknown": ("rebel_group", "militia"),
}


#: Types of named actor whose country places an article's conflict (:func:`_context_country`).
CONTEXT_GROUP_TYPES = frozenset({"rebel_group", "militia"})


@dataclass(frozen=True)
class Generic:
    """A description whose actor depends on the article ("government forces", "militants")."""

    role: str
    resolve: str
    default: str | None
    elsewhere: str | None
    by_country: dict[str, str]
    type: str | None = None
    proper: bool = False  # a name, not a description: capitals do not make it part of another name
    agents_only: bool = False  # context is the groups the article shows acting, not all it names
    #: by_country actors that stand for all the country's rebels (a description, not one group):
    #: they stay when the article names a group; any other gives way to the country's group it names
    umbrella: frozenset[str] = frozenset()
    #: the actor types the article's named groups must have to stand for the description (None:
    #: those of ``CONTEXT_TYPES`` for its type). A description of one side ("volunteer fighters",
    #: the state's auxiliaries) lists only that side's types, so it never takes the name of the
    #: armed group the article says they fight.
    context_types: tuple[str, ...] | None = None


@dataclass(frozen=True)
class ActorMention:
    """An actor named in a Doc.

    ``kind`` says how it was found (see :data:`KIND_RANK`); ``role`` is set for
    generic phrases ("government forces", "rebels") whose actor depends on the
    article's country, see :meth:`ActorLexicon.resolve`.
    """

    entry: ActorEntry
    start_char: int
    end_char: int
    text: str
    token_start: int
    token_end: int
    head_i: int
    kind: str = "alias"
    role: str | None = None
    #: the mention is ground the actor holds ("rebel-held areas"): the actor acts from it, it is
    #: never a target (see ``held_words`` in actors.yaml)
    area: bool = False


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """ISO2 -> ACLED's country name (``resources/acled/countries.csv``)."""
    lines = [ln for ln in load_text("acled", "countries.csv").splitlines() if ln and not ln.startswith("#")]
    return {row["iso2"]: row["country"] for row in csv.DictReader(io.StringIO("\n".join(lines)))}


@functools.lru_cache(maxsize=1)
def _country_demonym_table() -> dict[str, list[str]]:
    """ISO2 -> every demonym of ``resources/gazetteer/countries_extra.csv`` (else of the actor table's
    ``state_demonyms.csv``), singular and plural."""
    lines = [
        ln
        for ln in load_text("gazetteer", "countries_extra.csv").splitlines()
        if ln and not ln.startswith("#")
    ]
    out: dict[str, list[str]] = {}
    for row in csv.DictReader(io.StringIO("\n".join(lines))):
        out[row["country"]] = [d for d in (row.get("demonyms") or "").split("|") if d and d[0].isupper()]
    for cc, dems in _state_demonyms().items():
        out[cc] = out.get(cc) or dems  # the gazetteer's own demonyms, where it has any, come first
    return out


def _state_demonyms() -> dict[str, list[str]]:
    """ISO2 -> the demonyms of ``resources/actors/state_demonyms.csv``: the states the gazetteer's
    table gives none, so that every state's forces are named by "<demonym> troops"."""
    lines = [
        ln for ln in load_text("actors", "state_demonyms.csv").splitlines() if ln and not ln.startswith("#")
    ]
    return {
        row["country"]: row["demonyms"].split("|") for row in csv.DictReader(io.StringIO("\n".join(lines)))
    }


@functools.lru_cache(maxsize=1)
def _country_short_names() -> dict[str, str]:
    """ISO2 -> the short name news use for the country (``countries_extra.csv``'s ``name``)."""
    lines = [
        ln
        for ln in load_text("gazetteer", "countries_extra.csv").splitlines()
        if ln and not ln.startswith("#")
    ]
    return {
        row["country"]: row["name"]
        for row in csv.DictReader(io.StringIO("\n".join(lines)))
        if row.get("name")
    }


def _country_demonyms() -> dict[str, list[str]]:
    """ISO2 -> the singular demonyms ("Ugandan"), which open force phrases ("Ugandan troops")."""
    return {cc: [d for d in dems if not d.endswith("s")] for cc, dems in _country_demonym_table().items()}


def _country_peoples() -> dict[str, list[str]]:
    """ISO2 -> the plural demonyms ("Ukrainians", "Turks"), which name a country's side on their
    own as its capital does ("the Russians struck ..."); a hyphenated one ("U.S.-led") is no noun."""
    return {
        cc: [d for d in dems if d.endswith("s") and d.isalpha()]
        for cc, dems in _country_demonym_table().items()
    }


def fold_words(text: str) -> list[str]:
    """Words of ``text`` with accents, possessive 's, apostrophes, hyphens, punctuation and a
    leading article removed; case is kept (short acronyms such as IS and US depend on it)."""
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = _POSSESSIVE.sub("", s)
    s = _APOS_RE.sub("", s)
    words = _NON_WORD.sub(" ", s).split()
    while words and words[0].lower() in _ARTICLES:
        words = words[1:]
    return words


def _is_case_sensitive(alias: str) -> bool:
    """Short all-caps acronyms (IS, US, UN, TIP) are words in lower case: match them as written."""
    return any(w.isupper() and w.isalpha() and len(w) <= 3 for w in fold_words(alias))


def _key(words: Sequence[str], sensitive: bool) -> str:
    return " ".join(words) if sensitive else " ".join(words).lower()


@dataclass(frozen=True)
class _Hit:
    index: int  # into ActorLexicon.entries
    kind: str
    role: str | None = None


def _words_of(phrases: Iterable[str]) -> tuple[set[str], set[str]]:
    """(last words, other words) of phrases, lower-cased: heads and their modifiers."""
    heads: set[str] = set()
    mods: set[str] = set()
    for p in phrases:
        w = [x.lower() for x in fold_words(p)]
        if w:
            heads.add(w[-1])
            mods.update(w[:-1])
    return heads, mods


def _context_country(named: Sequence[tuple[int, ActorEntry]]) -> str:
    """The country of an article that places nothing, read off the armed groups it names (the
    conflict they belong to; a state's forces also fight abroad), when they agree on one; else ""."""
    countries = {e.country.upper() for _, e in named if e.country and e.type in CONTEXT_GROUP_TYPES}
    return next(iter(countries)) if len(countries) == 1 else ""


class ActorLexicon:
    """The actor vocabulary: phrase -> canonical entry, and the spaCy matchers built from it."""

    def __init__(self, data: dict[str, Any], where: str = "actors.yaml") -> None:
        self.where = where
        self.entries: list[ActorEntry] = []
        self._by_name: dict[str, ActorEntry] = {}
        self._phrases: dict[str, _Hit] = {}  # folded key (lower, or cased when sensitive) -> hit
        self._sensitive_keys: set[str] = set()
        self._demonyms: dict[str, int] = {}
        self.conflicts: list[tuple[str, str, str]] = []  # (phrase, kept entry, dropped entry)
        self._pattern_texts: list[tuple[str, _Hit]] = []
        self._generics: dict[str, Generic] = {}
        self._state_of: dict[str, int] = {}
        self._matchers: dict[int, tuple[Any, PhraseMatcher, PhraseMatcher, dict[int, _Hit]]] = {}

        try:
            actors = data["actors"]
            self.unit_heads, unit_mods = _words_of(data["default_units"])
            self.weapon_heads, weapon_mods = _words_of(data["weapon_nouns"])
            self.unit_mods = unit_mods | {w.lower() for w in data["unit_modifiers"]}
            self.weapon_mods = weapon_mods
            self.model_prefixes = {w.lower() for w in data.get("model_prefixes", [])}
            self.weapon_adjectives = frozenset(w.lower() for w in data.get("weapon_adjectives", []))
            self.speaker_place_words = frozenset(w.lower() for w in data.get("speaker_place_words", []))
            self.member_nouns = {w.lower() for w in data["member_nouns"]}
            self.leading_modifiers = {w.lower() for w in data["leading_modifiers"]}
            self.title_nouns = {w.lower() for w in data.get("title_nouns", [])}
            self.described_parties = frozenset(w.lower() for w in data.get("described_parties", []))
            self.identity_qualifiers = tuple(
                tuple(q.lower().split()) for q in data.get("identity_qualifiers", [])
            )
            # a force's sites ("a Russian air base") name its side as its positions do
            self.side_nouns = frozenset(
                w.lower() for w in data.get("side_nouns", []) + data.get("site_nouns", [])
            )
            self.site_mods = frozenset(w.lower() for w in data.get("site_modifiers", []))
            self.member_parties = frozenset(w.lower() for w in data.get("member_parties", []))
            self.splinter_nouns = tuple(w.lower() for w in data.get("splinter_nouns", []))
            self.membership_qualifiers = (
                tuple(tuple(q.lower().split()) for q in data.get("membership_qualifiers", []))
                + self.identity_qualifiers
            )
            self.affiliation_words = frozenset(w.lower() for w in data.get("affiliation_words", []))
            self.held_words = frozenset(w.lower() for w in data.get("held_words", []))
            self.held_nouns = frozenset(w.lower() for w in data.get("held_nouns", []))
            army = data.get("state_army_names") or {}
            self.state_army_heads = frozenset(w.lower() for w in army.get("heads", []))
            self.insurgent_name_words = frozenset(w.lower() for w in army.get("insurgent_words", []))
            self.compass_words = frozenset(w.lower() for w in army.get("compass_words", []))
            self.state_army_titles = frozenset(w.lower() for w in army.get("titles", []))
            missions = data.get("mission_units") or {}
            self.mission_heads = frozenset(w.lower() for w in missions.get("heads", []))
            self.missions = frozenset(w.lower() for w in missions.get("missions", []))
            self.unit_mods |= self.missions
        except (KeyError, TypeError) as exc:
            raise ExtractError(
                f"actor lexicon lacks the section {exc}; expected the layout of actors.yaml", where=where
            ) from exc

        for raw in actors:
            self._add_entry(raw)
        for g in data.get("generics", []):
            self._add_generic(g)
        self._add_countries()
        self._add_peoples()

    # ------------------------------------------------------------------ building
    def _add_generic(self, g: dict[str, Any]) -> None:
        role = g.get("role")
        resolve = g.get("resolve", "country")
        if not role or resolve not in GENERIC_RESOLVERS or role in self._generics:
            raise ExtractError(
                f"generic {role!r} needs a unique role and `resolve` among {sorted(GENERIC_RESOLVERS)}",
                where=self.where,
            )
        names = [g.get("default"), g.get("elsewhere"), *(g.get("by_country") or {}).values()]
        for name in [*names, *(g.get("umbrella") or ())]:
            if name is not None and name not in self._by_name:
                raise ExtractError(f"generic role {role!r} names unknown actor {name!r}", where=self.where)
        typ = g.get("type")
        if typ is not None and typ not in ACTOR_TYPES:
            raise ExtractError(f"generic role {role!r} has type {typ!r}", where=self.where)
        fits = g.get("context_types")
        if fits is not None and (not fits or any(t not in ACTOR_TYPES for t in fits)):
            raise ExtractError(f"generic role {role!r} has context_types {fits!r}", where=self.where)
        generic = Generic(
            role=role,
            resolve=resolve,
            default=g.get("default"),
            elsewhere=g.get("elsewhere"),
            by_country={k.upper(): v for k, v in (g.get("by_country") or {}).items()},
            type=typ,
            proper=bool(g.get("proper")),
            agents_only=g.get("context") == "agents",
            umbrella=frozenset(g.get("umbrella") or ()),
            context_types=tuple(fits) if fits is not None else None,
        )
        self._generics[role] = generic
        anchor = self._by_name[generic.default] if generic.default else self._named_anchor(generic)
        index = self.entries.index(anchor)
        for alias in g["aliases"]:
            if generic.proper:
                self._drop_alias(alias, index)  # the name is read by country, not taken as is
            self._add_phrase(alias, _Hit(index, "generic", role))

    def _drop_alias(self, phrase: str, index: int) -> None:
        """Forget that ``phrase`` is a plain alias of entry ``index`` (a generic takes it over)."""
        key = _key(fold_words(phrase), _is_case_sensitive(phrase))
        old = self._phrases.get(key)
        if old is not None and old.index == index and old.kind == "alias":
            del self._phrases[key]
            self._pattern_texts = [
                (text, hit)
                for text, hit in self._pattern_texts
                if not (hit == old and _key(fold_words(text), _is_case_sensitive(text)) == key)
            ]

    def _named_anchor(self, generic: Generic) -> ActorEntry:
        """The entry a generic with no default is filed under until it is resolved: its
        `elsewhere` actor, else a state's forces of no stated country or the unidentified armed group."""
        if generic.elsewhere is None and generic.resolve == "state":
            return self._by_name[STATE_UNKNOWN]
        return self._by_name[generic.elsewhere or UNIDENTIFIED]

    def _add_countries(self) -> None:
        """State forces for every country the table has no entry for, named as ACLED names the
        country and found by its demonyms ("Ugandan troops", "Belgian F-16s"), so that
        "government forces" in any country's news are that country's."""
        names = _country_names()
        for cc, demonyms in _country_demonyms().items():
            if cc in self._state_of or cc not in names or names[cc] in self._by_name:
                continue
            free = [d for d in demonyms if _key(fold_words(d), _is_case_sensitive(d)) not in self._demonyms]
            self._add_entry(
                {
                    "name": names[cc],
                    "type": "state_forces",
                    "country": cc,
                    "demonyms": free,
                    "places": self._free_names(names[cc], _country_short_names().get(cc)),
                    "synthetic": True,
                }
            )
        for cc, name in names.items():
            if cc not in self._state_of and name not in self._by_name:
                self._add_entry(
                    {
                        "name": name,
                        "type": "state_forces",
                        "country": cc,
                        "places": self._free_names(name, _country_short_names().get(cc)),
                        "synthetic": True,
                    }
                )

    def _free_names(self, *names: str | None) -> list[str]:
        """The country's names no entry of the table holds yet: as a place, a country acts,
        speaks and is blamed by its name ("Cambodia denied firing on the town", "Thailand
        blamed Cambodia") as the table's own states do, and only where it acts
        (``find_actors``): "killed in Cambodia" is a place."""
        out: list[str] = []
        for name in names:
            if (
                name
                and name not in out
                and _key(fold_words(name), _is_case_sensitive(name)) not in self._phrases
            ):
                out.append(name)
        return out

    def _add_peoples(self) -> None:
        """A country's people in the plural ("Ukrainians", "the Saudis") for its state forces, as a
        metonym: news write "the Russians shelled ..." for Russia's forces. ``find_actors`` takes one
        only where it acts ("peoples" keeps which keys these are): "two Ukrainians were killed"
        names no forces. A plural another entry already claims keeps that entry."""
        self.peoples: set[str] = set()
        for cc, plurals in _country_peoples().items():
            state = self._state_of.get(cc)
            if state is None:
                continue
            for plural in plurals:
                if plural in _PEOPLES_NOT_FORCES:
                    continue
                key = _key(fold_words(plural), _is_case_sensitive(plural))
                self.peoples.add(key)
                old = self._phrases.get(key)
                if old is None or old.index == state:  # also bare where the table has "the Russians"
                    self._add_phrase(plural, _Hit(state, "metonym"))

    def _add_entry(self, raw: dict[str, Any]) -> None:
        name = raw.get("name")
        typ = raw.get("type")
        if not name or typ not in ACTOR_TYPES:
            raise ExtractError(
                f"actor entry {raw!r} needs a name and a type among {sorted(ACTOR_TYPES)}", where=self.where
            )
        entry = ActorEntry(
            name=name,
            type=typ,
            country=raw.get("country"),
            aliases=tuple(raw.get("aliases") or ()),
            demonyms=tuple(raw.get("demonyms") or ()),
            places=tuple(raw.get("places") or ()),
            metonyms=tuple(raw.get("metonyms") or ()),
            active_in=frozenset(str(c).upper() for c in raw.get("active_in") or ()),
            regions=frozenset(fold(str(r)) for r in raw.get("regions") or ()),
            since=int(raw["since"]) if raw.get("since") is not None else None,
            until=int(raw["until"]) if raw.get("until") is not None else None,
        )
        if name in self._by_name:
            raise ExtractError(f"actor {name!r} is listed twice", where=self.where)
        index = len(self.entries)
        self.entries.append(entry)
        self._by_name[name] = entry
        if not raw.get("synthetic"):  # a country added for its state forces: by demonym and place
            self._add_phrase(name, _Hit(index, "alias"), pattern=name not in entry.places)
        for alias in entry.aliases:
            self._add_phrase(alias, _Hit(index, "alias"))
        for place in entry.places:
            self._add_phrase(place, _Hit(index, "place"))
            if place[-1:].islower() and not place.endswith("s"):
                # texts that lose their apostrophes write the possessive "Syrias regime"
                self._add_phrase(place + "s", _Hit(index, "place"))
        for metonym in entry.metonyms:
            self._add_phrase(metonym, _Hit(index, "metonym"))
        for leader in raw.get("leaders") or ():
            # a leader's name stands for the forces as an agent, like a capital; texts that lose
            # their apostrophes write the possessive "Assads forces"
            self._add_phrase(leader, _Hit(index, "metonym"))
            self._add_phrase(leader + "s", _Hit(index, "metonym"))
        for dem in entry.demonyms:
            words = fold_words(dem)
            key = _key(words, _is_case_sensitive(dem))
            other = self._demonyms.get(key)
            if other is not None and other != index:
                self.conflicts.append((dem, self.entries[other].name, name))
                continue
            self._demonyms[key] = index
            self._pattern_texts.append((dem, _Hit(index, "demonym")))
        if entry.type == "state_forces" and entry.country and not raw.get("not_state"):
            self._state_of.setdefault(entry.country, index)

    def _add_phrase(self, phrase: str, hit: _Hit, pattern: bool = True) -> None:
        sensitive = _is_case_sensitive(phrase)
        key = _key(fold_words(phrase), sensitive)
        if not key:
            return
        old = self._phrases.get(key)
        if old is not None and old.index != hit.index:
            self.conflicts.append((phrase, self.entries[old.index].name, self.entries[hit.index].name))
            return
        if old is None or KIND_RANK[hit.kind] < KIND_RANK[old.kind]:
            self._phrases[key] = hit
        if sensitive:
            self._sensitive_keys.add(key)
        if pattern:
            self._pattern_texts.append((phrase, hit))

    @classmethod
    def from_yaml(cls, text: str, where: str = "actors.yaml") -> ActorLexicon:
        try:
            data = yaml.load(text, Loader=_YAML_LOADER)
        except yaml.YAMLError as exc:
            raise ExtractError(f"actor lexicon is not valid YAML: {exc}", where=where) from exc
        if not isinstance(data, dict):
            raise ExtractError("actor lexicon should be a mapping with an `actors` list", where=where)
        return cls(data, where=where)

    @classmethod
    @functools.lru_cache(maxsize=1)
    def default(cls) -> ActorLexicon:
        """The bundled lexicon, loaded once per process."""
        text = load_text("actors", "actors.yaml")
        return cls.from_yaml(text, where="wardesk/resources/actors/actors.yaml")

    # ------------------------------------------------------------------ lookup
    def entry(self, name: str) -> ActorEntry:
        """The entry whose canonical name is ``name``."""
        try:
            return self._by_name[name]
        except KeyError:
            raise KeyError(
                f"no actor named {name!r} in {self.where}; canonical names are the `name` fields"
            ) from None

    def get(self, name: str) -> ActorEntry | None:
        """The entry whose canonical name is ``name``, or None: a speaker's side may be a generic
        word resolved where no country is known ("a militia official"), which the table lacks."""
        return self._by_name.get(name)

    def state_of(self, country: str | None) -> ActorEntry | None:
        """The state forces of an ISO2 country, if listed."""
        index = self._state_of.get((country or "").upper())
        return None if index is None else self.entries[index]

    def as_of(self, entry: ActorEntry, year: int | None) -> ActorEntry:
        """``entry`` as an article of ``year`` may name it: a state's forces listed under a
        government founded later (Libya's GNA, 2016) are the state's by its country's name in an
        article of 2011. Other entries are returned as they are (see ``article._as_of``)."""
        if entry.existed_in(year) or entry.type != "state_forces" or not entry.country:
            return entry
        name = _country_names().get(entry.country, entry.country)
        return ActorEntry(name=name, type="state_forces", country=entry.country)

    def enemy_of(self, side: ActorEntry) -> ActorEntry | None:
        """The party a side fights in its own country, for a speaker who blames "terrorists" or
        "gunmen" without a name: a state's listed armed opposition (the ``ENEMY_ROLE`` generic's
        entry for its country), an armed group's state. None when the table has none."""
        if not side.country:
            return None
        if side.type == "state_forces":
            g = self._generics.get(ENEMY_ROLE)
            name = g.by_country.get(side.country.upper()) if g is not None else None
            return self._by_name.get(name) if name else None
        if side.type in ("rebel_group", "militia"):
            return self.state_of(side.country)
        return None

    def generic(self, role: str | None) -> Generic | None:
        """The generic description of a role ("government", "rebels"), or None."""
        return self._generics.get(role or "")

    def resolve(
        self,
        mention: ActorMention,
        country: str | None,
        named: Sequence[tuple[int, ActorEntry]] = (),
        agents: Sequence[tuple[int, ActorEntry]] = (),
        region: str | None = None,
        year: int | None = None,
    ) -> ActorEntry:
        """The actor a mention names in an article about ``country`` (ISO2) that names the
        groups ``named`` ((character offset, entry) of its named actors, in any order), of
        which ``agents`` are shown acting (initiators, claimants).

        Generic phrases depend on both. ``state`` generics ("government forces", "the junta")
        are the country's state forces. ``context`` generics ("militants", "militia") are the
        group of a fitting type the article names (the nearest before the mention, else the
        first after it), else the country's listed group, else the unidentified armed group of
        the generic's type. ``country`` generics ("rebels", an ambiguous acronym) are the
        country's listed actor, else the article's group, else their `elsewhere` actor when the
        country is known, else their default or, with none, the group named as the text names it
        ("rebels" of an article whose war is unknown stay unnamed rebels). A country's listed actor
        that fights in some of its provinces only (``regions``) is not taken for an event in
        another (``region``: the event's first-level division), nor one founded after ``year``
        (the article's): a description then falls to what the text names, else stays unnamed.
        Every other mention is returned as is.
        """
        g = self._generics.get(mention.role or "") if mention.kind == "generic" else None
        if g is None:
            return mention.entry
        cc = (country or "").upper() or _context_country(named)
        if not cc and not named:
            if g.default:
                return self._by_name[g.default]
            return (
                self._by_name[STATE_UNKNOWN] if g.resolve == "state" else self._named_as_written(mention, g)
            )
        listed = self._by_name.get(g.by_country.get(cc, "")) if cc else None
        if listed is not None and region and listed.regions and fold(region) not in listed.regions:
            listed = None  # "rebels" in Kashmir are not India's Maoists
        if listed is not None and not listed.existed_in(year):
            listed = None  # Libya's "rebels" of 2011 are not the LNA of 2014
        if g.resolve == "state":
            if not cc and not g.default:
                return self._by_name[STATE_UNKNOWN]
            state = listed or self.state_of(cc)
            return self.as_of(state, year) if state else self._by_name[g.default or UNIDENTIFIED]
        from_text = self._from_context(mention, g, cc, agents if g.agents_only else named)
        if g.resolve == "country":
            if (
                listed is not None
                and not g.proper  # a name ("ADF") is its country's group, whatever else the article names
                and listed.name not in g.umbrella
                and from_text is not None
                and (from_text.country == cc or cc in from_text.active_in)
            ):
                listed = None  # "the rebels" of an article about the country's other rebel group
            found = listed or from_text
            if found is not None:
                return found
            if g.default is None:
                if g.elsewhere and cc:
                    return self._by_name[g.elsewhere]  # "rebels" of a country none of whose are listed
                return self._named_as_written(mention, g)
            default = self._by_name[g.default]
            if not default.existed_in(year):
                return self._named_as_written(mention, g)
            if g.elsewhere and cc and default.country and default.country != cc:
                return self._by_name[g.elsewhere]  # "rebels" in Colombia are not Syrian rebels
            return default
        found = from_text or listed
        if found is not None:
            return found
        fallback = self._by_name[g.elsewhere or g.default or UNIDENTIFIED]
        return (
            dataclasses.replace(fallback, type=g.type) if g.type and fallback.type == "unknown" else fallback
        )

    def _from_context(
        self, mention: ActorMention, g: Generic, cc: str, named: Sequence[tuple[int, ActorEntry]]
    ) -> ActorEntry | None:
        """The named group of the article a generic mention stands for (see :meth:`resolve`)."""
        fits = g.context_types or CONTEXT_TYPES.get(g.type or "", CONTEXT_TYPES["rebel_group"])
        cands = [
            (pos, e) for pos, e in named if e.type in fits and e.fights_in(cc) and e.name != UNIDENTIFIED
        ]
        if not cands:
            return None
        before = [c for c in cands if c[0] <= mention.start_char]
        if before:
            return max(before, key=lambda c: c[0])[1]
        # a group the table does not list stands only for descriptions after its name: named
        # later, it may be a second group the article brings in ("a little-known group ... claimed")
        after = [c for c in cands if c[1].name in self._by_name]
        return min(after, key=lambda c: c[0])[1] if after else None

    def _named_as_written(self, mention: ActorMention, g: Generic) -> ActorEntry:
        """A name the table cannot pin down here, kept as the text writes it (a description in
        lower case: "Rebels" opening a sentence are the "rebels" of the next one)."""
        name = mention.text.strip()
        return ActorEntry(name=name if g.proper else name.lower(), type=g.type or "unknown", country=None)

    def speaker_side(
        self, text: str, country: str | None = None, named: Sequence[tuple[int, ActorEntry]] = ()
    ) -> ActorEntry | None:
        """The armed party a speaker speaks for, read from its name or title, or None.

        "Russian Defence Ministry" -> Russia, "a Hezbollah spokesman" -> Hezbollah,
        "Kyiv" -> Ukraine, "the military" -> the state forces of ``country`` (the
        article's country). Civilians and unidentified groups are nobody's side.
        Which speakers are third parties (monitors, outlets) is the caller's to know. A description
        ("the militant group's spokesman") stands for a group the article names (``named``, as
        for :meth:`resolve`).
        """
        words = fold_words(text)
        if self._civilian_speaker(words):
            return None
        for n in range(min(len(words), SPEAKER_NAME_MAX_WORDS), 0, -1):
            for i in range(len(words) - n + 1):
                hit = self._lookup(words[i : i + n])
                if hit is None:
                    continue
                entry = self.entries[hit.index]
                if hit.kind == "generic":
                    if i > 0 and not _owner_phrase(words[:i]):
                        continue  # "Energodar's military administration": no side in a modifier
                    mention = ActorMention(entry, 0, 0, text, 0, 0, 0, kind="generic", role=hit.role)
                    entry = self.resolve(mention, country, named)
                if entry.type not in ("civilians", "unknown"):
                    return entry
        for i in range(len(words)):
            found = self._demonym_at(words[i:])
            if found is not None and self.entries[found[0]].type not in ("civilians", "unknown"):
                return self.entries[found[0]]  # "Ukrainian intelligence sources"
        return self._group_word_side(words, country)

    def _civilian_speaker(self, words: list[str]) -> bool:
        """The speaker is civilians placed by the rest of its name ("Residents of Maru in Nigeria's
        Zamfara State", "witnesses in Gaza"): the words before the first of ``speaker_place_words``
        name civilians, so the country among the place words is no side of theirs."""
        cut = next((i for i, w in enumerate(words) if i and w.lower() in self.speaker_place_words), None)
        if cut is None:
            return False
        hit = self._lookup(words[:cut]) or (self._lookup(words[1:cut]) if cut > 1 else None)
        return hit is not None and self.entries[hit.index].type == "civilians"

    def _group_word_side(self, words: list[str], country: str | None) -> ActorEntry | None:
        """A speaker named by a group's word used as an adjective ("rebel leaders", "a separatist
        spokesman") speaks for the group its plural names ("rebels", "separatists")."""
        lead = words[1:] if words[:1] and words[0].lower() in ("a", "an", "the") else words
        if len(lead) < 2 or lead[0].lower().endswith("s"):
            return None
        hit = self._lookup([lead[0].lower() + "s"])
        if hit is None:
            return None
        entry = self.entries[hit.index]
        if hit.kind == "generic":
            mention = ActorMention(entry, 0, 0, lead[0] + "s", 0, 0, 0, kind="generic", role=hit.role)
            entry = self.resolve(mention, country)
        return entry if entry.type not in ("civilians", "unknown") else None

    def named(self, text: str) -> ActorEntry | None:
        """The actor ``text`` names as a whole ("Russia", "the Kremlin", "Syrian army"), else None.

        Unlike ``speaker_side`` it reads no part of a longer name: "Syrian state
        television" names no actor, though its demonym is Syria's.
        """
        words = fold_words(text)
        if words[:1] and words[0].lower() == "the":
            words = words[1:]
        hit = self._lookup(words) or self._lookup(fold_words(text))
        return None if hit is None or hit.kind == "generic" else self.entries[hit.index]

    def _lookup(self, words: Sequence[str]) -> _Hit | None:
        if not words:
            return None
        cased = " ".join(words)
        if cased in self._sensitive_keys:
            return self._phrases.get(cased)
        return self._phrases.get(cased.lower())

    def _demonym_at(self, words: Sequence[str]) -> tuple[int, int] | None:
        """(entry index, words used) of the longest demonym opening ``words``."""
        for n in (3, 2, 1):
            if len(words) < n:
                continue
            head = words[:n]
            for key in (" ".join(head), " ".join(head).lower()):
                index = self._demonyms.get(key)
                if index is not None:
                    return index, n
        return None

    def demonym_named(self, words: Sequence[str]) -> tuple[int, int] | None:
        """(entry index, words used) of the demonym opening ``words``, singular or plural
        ("Eritrean", "Russians"): the nationality a described party is said to have."""
        found = self._demonym_at(words)
        if found is None and words and words[0].endswith("s") and len(words[0]) > 3:
            found = self._demonym_at([words[0][:-1]])
        return found

    def _is_force_tail(self, words: Sequence[str]) -> bool:
        """Words after a demonym that name forces or what they fire ("government forces", "Su 24")."""
        if not words:
            return False
        low = [w.lower() for w in words]
        allowed = self._tail_words
        for i, w in enumerate(words):
            if low[i] in allowed or w.isdigit() or self._demonym_at(words[i:]) is not None:
                continue
            return False
        if low[-1] in self.unit_heads or low[-1] in self.weapon_heads:
            return True
        return any(w.isdigit() for w in words) and any(x in self.model_prefixes for x in low)

    def _demonym_unit(self, words: Sequence[str]) -> ActorEntry | None:
        found = self._demonym_at(words)
        if found is None:
            return None
        index, n = found
        return self.entries[index] if self._is_force_tail(words[n:]) else None

    def state_army(self, words: Sequence[str]) -> ActorEntry | None:
        """The state whose army a formal name is ("the Tanzania People's Defence Force", "the Royal
        Moroccan Air Force", "the National Armed Forces of Chad"), or None. The name ends in an army's
        head noun (or its first part does, before "of"), holds one state's name or demonym not led by
        a compass word ("the South Lebanon Army" is a region's), and no movement's word ("Liberation",
        "Free"): the table cannot list every army's formal name, but each is built this way."""
        lows = [w.lower() for w in words]
        cut = lows.index("of") if "of" in lows[1:] else len(lows)
        if not lows or (lows[-1] not in self.state_army_heads and lows[cut - 1] not in self.state_army_heads):
            return None
        states: set[int] = set()
        rest: list[str] = []  # the words outside the state's names ("Democratic Republic" is one)
        by_demonym = False
        i = 0
        while i < len(words):
            index, n, demonym = self._state_name_at(words[i:])
            if index is None:
                rest.append(lows[i])
                i += 1
                continue
            if i and lows[i - 1] in self.compass_words:
                return None
            states.add(index)
            by_demonym = by_demonym or demonym
            i += n
        if len(states) != 1 or any(w in self.insurgent_name_words for w in rest):
            return None
        if by_demonym and not all(w in self._army_name_words for w in rest):
            # "the Paraguayan People's Army", "the Rwandan Patriotic Army": after a demonym only a
            # force's own words ("the Royal Moroccan Air Force"); a movement names itself so too
            return None
        return self.entries[next(iter(states))]

    @functools.cached_property
    def _army_name_words(self) -> frozenset[str]:
        """The words a state's army's name holds beside its demonym: heads, unit modifiers, titles."""
        return frozenset(self.state_army_heads | self.unit_mods | self.state_army_titles | {"of", "the"})

    def _state_name_at(self, words: Sequence[str]) -> tuple[int | None, int, bool]:
        """(entry index, words used, whether by a demonym) of a state's name or demonym opening
        ``words``, longest first; (None, 0, False) where none does."""
        for n in range(min(len(words), STATE_NAME_MAX_WORDS), 0, -1):
            hit = self._lookup(words[:n])
            demonym = self._demonym_at(words[:n])
            index = hit.index if hit is not None and self._names_country(hit, words[:n]) else None
            if index is not None and self.entries[index].type == "state_forces":
                return index, n, False
            if demonym is not None and demonym[1] == n and self.entries[demonym[0]].type == "state_forces":
                return demonym[0], n, True
        return None, 0, False

    def _names_country(self, hit: _Hit, words: Sequence[str]) -> bool:
        """The words are the hit entry's own name or one of its country's names ("Chad"), not an
        alias for one of its units ("Tiger Force")."""
        entry = self.entries[hit.index]
        key = " ".join(words).lower()
        return hit.kind == "place" or key in {
            " ".join(fold_words(n)).lower() for n in (entry.name, *entry.places)
        }

    def canonical(self, text: str) -> ActorEntry | None:
        """The actor a phrase names, or None.

        Tries, in order: the whole phrase; a demonym with force nouns ("Syrian
        government forces", "U.S.-led warplanes"); the phrase without trailing
        member nouns ("IS militants"); without leading descriptors ("hardline
        Islamist group Ahrar al-Sham"); and lastly its head noun when that is a
        civilian or generic noun ("local residents").
        """
        found = self.phrase_hit(text)
        return None if found is None else found[0]

    def phrase_hit(self, text: str) -> tuple[ActorEntry, str, str | None] | None:
        """(entry, kind, generic role) of the actor a phrase names, or None (see :meth:`canonical`)."""
        words = fold_words(text)
        if not words:
            return None
        hit = self._lookup(words)
        if hit is not None:
            return self._found(hit)
        by_demonym = self._demonym_unit(words)
        if by_demonym is not None:
            return by_demonym, "demonym", None
        for start in range(len(words)):
            if start and words[start - 1].lower() not in self.leading_modifiers:
                break
            rest = list(words[start:])
            while rest:
                hit = self._lookup(rest)
                if hit is not None and (start == 0 or hit.kind in ("alias", "demonym")):
                    return self._found(hit)
                if start == 0 and len(rest) < len(words):
                    by_demonym = self._demonym_unit(rest)
                    if by_demonym is not None:
                        return by_demonym, "demonym", None
                if len(rest) > 1 and rest[-1].lower() in self._member_or_unit:
                    rest = rest[:-1]
                else:
                    break
        last = self._lookup(words[-1:])
        if last is not None and (last.kind == "generic" or self.entries[last.index].type == "civilians"):
            if last.kind == "generic" and not self._only_force_words(words[:-1]):
                return None  # a group's own name ending in a force noun: "Arakan Liberation Army"
            return self._found(last)
        return None

    def _only_force_words(self, words: Sequence[str]) -> bool:
        """Whether the words before a force noun are force words or articles alone ("the Army",
        "the National Army"), not a name of their own ("Arakan Liberation")."""
        force = self.force_words
        return all(w.lower() in force or w.lower() in _ARTICLES for w in words)

    def _found(self, hit: _Hit) -> tuple[ActorEntry, str, str | None]:
        return self.entries[hit.index], hit.kind, hit.role

    # Unions of the word tables, made once (they were rebuilt for every phrase asked about).
    @functools.cached_property
    def _tail_words(self) -> frozenset[str]:
        """Words after a demonym that may name forces or what they fire."""
        return frozenset(
            self.unit_heads | self.unit_mods | self.weapon_heads | self.weapon_mods | self.model_prefixes
        )

    @functools.cached_property
    def _member_or_unit(self) -> frozenset[str]:
        """Trailing nouns a name may carry ("X fighters", "X brigade")."""
        return frozenset(self.member_nouns | self.unit_heads)

    @functools.cached_property
    def force_words(self) -> frozenset[str]:
        """Force nouns and their modifiers: a phrase of these alone names no group ("Air Force")."""
        return frozenset(
            self.unit_heads
            | self.unit_mods
            | self.weapon_heads
            | self.weapon_mods
            | self.member_nouns
            | self.leading_modifiers
        )

    @functools.cached_property
    def _skeletons(self) -> dict[str, int]:
        """Loose transliteration key -> entry of every alias long enough to be told apart by
        its consonants; keys two actors share are left out."""
        index: dict[str, int] = {}
        shared: set[str] = set()
        for key, hit in self._phrases.items():
            if hit.kind != "alias" or key in self._sensitive_keys:
                continue
            skel = skeleton(key)
            if len(skel) < SKELETON_MIN_CONSONANTS or skel.startswith("~"):
                continue
            if index.get(skel, hit.index) != hit.index:
                shared.add(skel)
            index[skel] = hit.index
        return {k: v for k, v in index.items() if k not in shared}

    def variant(self, text: str) -> ActorEntry | None:
        """The listed actor a transliteration variant names ("Jaysh al-Fateh" = "Jaish al-Fatah"),
        with trailing member nouns dropped ("Jabhat al-Nusrah fighters"); None when no alias
        has the same consonant skeleton."""
        words = fold_words(text)
        while len(words) > 1 and words[-1].lower() in self._member_or_unit:
            words = words[:-1]
        for form in _article_forms(words):
            skel = skeleton(" ".join(form))
            if len(skel) < SKELETON_MIN_CONSONANTS or skel.startswith("~"):
                return None
            index = self._skeletons.get(skel)
            if index is not None:
                return self.entries[index]
        return None

    # ------------------------------------------------------------------ spaCy
    def _matchers_for(self, doc: Doc) -> tuple[PhraseMatcher, PhraseMatcher, dict[int, _Hit]]:
        """Case-insensitive and case-sensitive phrase matchers for this vocabulary, built once."""
        vocab = doc.vocab
        cached = self._matchers.get(id(vocab))
        if cached is not None and cached[0] is vocab:
            return cached[1], cached[2], cached[3]
        from spacy.lang.en import English

        make_doc = English().tokenizer
        lower = PhraseMatcher(vocab, attr="LOWER")
        orth = PhraseMatcher(vocab, attr="ORTH")
        labels: dict[int, _Hit] = {}
        grouped: dict[tuple[str, _Hit], list[Doc]] = {}
        for text, hit in self._pattern_texts:
            variants = {text}
            if "'" in text:
                variants.add(text.replace("'", "\u2019"))
            sensitive = _is_case_sensitive(text)
            for v in variants:
                grouped.setdefault(("ORTH" if sensitive else "LOWER", hit), []).append(make_doc(v))
        for (attr, hit), docs in grouped.items():
            label = f"wardesk_actor:{hit.index}:{hit.kind}:{hit.role or ''}"
            key = vocab.strings.add(label)
            labels[key] = hit
            (orth if attr == "ORTH" else lower).add(label, docs)
        self._matchers[id(vocab)] = (vocab, lower, orth, labels)
        return lower, orth, labels


def _article_forms(words: list[str]) -> list[list[str]]:
    """The words of a name as written, then with "wa al-" joined as "wal-" and "wal-" split as "wa
    al-", when it has either: transliterations write the Arabic "and the" both ways ("Nusrat
    al-Islam wa al-Muslimin", "Nusrat al-Islam wal-Muslimin")."""
    low = [w.lower() for w in words]
    if "wal" not in low and not any(a == "wa" and b == "al" for a, b in zip(low, low[1:], strict=False)):
        return [words]
    joined: list[str] = []
    split: list[str] = []
    k = 0
    while k < len(words):
        if low[k] == "wa" and k + 1 < len(words) and low[k + 1] == "al":
            joined.append("wal")
            split += ["wa", "al"]
            k += 2
            continue
        split += ["wa", "al"] if low[k] == "wal" else [words[k]]
        joined.append(words[k])
        k += 1
    return [words, joined, split]


# ---------------------------------------------------------------------- find_actors
@dataclass
class _Cand:
    start: int
    end: int
    hit: _Hit
    area: bool = False


@per_doc
def particle_name_runs(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of names transliterated from Arabic and its neighbours ("Harakat Ansar al-Din wa
    al-Jihad", "Katibat Ansar ul-Haqq wal-Jihad"): maximal runs of capitalised words, particles and
    the hyphens between them, of ``PARTICLE_NAME_MIN_WORDS`` words or more with a particle and two
    capitalised words. en_core_web_sm cuts such names short or reads them as a person's."""
    texts, lows = doc_token_texts(doc), doc_lowers(doc)
    words = set(texts)
    if words.isdisjoint(_HYPHENS) and words.isdisjoint(_FREE_PARTICLES):
        return []  # no hyphen and no free particle: no name of the kind at all
    n = len(texts)
    runs: list[tuple[int, int]] = []
    i = 0
    while i < n:
        words = particles = caps = 0
        j = i
        while j < n:
            t, low = texts[j], lows[j]
            nxt = texts[j + 1] if j + 1 < n else ""
            if t in _HYPHENS and j > i and j + 1 < n:
                j += 1
                continue
            if low in _FREE_PARTICLES or (low in _HYPHEN_PARTICLES and nxt in _HYPHENS):
                particles += 1
            elif (
                t[:1].isupper()
                and t.replace("'", "").replace("\u2019", "").isalpha()
                and low not in _ARTICLES
            ):
                caps += 1
            else:
                break
            words += 1
            j += 1
        end = j
        while end > i and texts[end - 1] in _HYPHENS:
            end -= 1
        if words >= PARTICLE_NAME_MIN_WORDS and particles and caps >= 2:
            runs.append((i, end))
        i = max(j, i + 1)
    return runs


def _members_of_particle_name(doc: Doc, i: int, listed: set[int]) -> bool:
    """The member noun at token ``i`` counts the men of a group with a particle name the phrase
    matcher did not find (no listed alias covers the name's first word, ``listed``), right before
    it ("Harakat Ansar al-Din fighters") or after "of" ("militants of Katibat Ansar ul-Haqq")."""
    runs = particle_name_runs(doc)
    if not runs:
        return False
    of_next = i + 2 < len(doc) and doc_lowers(doc)[i + 1] == "of"
    return any((end == i or (of_next and start == i + 2)) and start not in listed for start, end in runs)


def _all_caps_context(doc: Doc, start: int, end: int) -> bool:
    """True in an all-caps headline, where "IS" and "US" are ordinary words."""
    neighbours = []
    for i in (start - 1, end):
        if 0 <= i < len(doc) and doc[i].is_alpha:
            neighbours.append(doc[i])
    return bool(neighbours) and all(t.is_upper and len(t) >= 4 for t in neighbours)


#: Words that make what follows them the owner of the name before: "the press service of the army".
_OWNER_WORDS = frozenset({"of"})


def _owner_phrase(before: list[str]) -> bool:
    """The words before a generic end in "of" (or "of the"): the generic owns the office named
    before it ("the Media Office of the National Army" speaks for the army)."""
    if before and before[-1].lower() == "the":
        before = before[:-1]
    return bool(before) and before[-1].lower() in _OWNER_WORDS


def _acts_as_agent(token: Token) -> bool:
    """A place name or capital used for its government or forces, judged by its syntax. A name in
    apposition to a place noun is judged by that noun ('shells hit the Iraqi capital Baghdad': a
    place; 'the capital, Kyiv, condemned': an agent)."""
    while token.head is not token and (
        token.dep_ == "conj" or (token.dep_ == "appos" and token.head.lower_ in _PLACE_HEADS)
    ):
        token = token.head
    if token.dep_ == "poss":
        head = token.head
        return (
            head.ent_type_ not in _PLACE_ENTS
            and head.lower_ not in _PLACE_HEADS
            and head.lemma_.lower() not in _FACILITY_HEADS
        )
    if token.dep_ in _AGENT_DEPS:
        return True
    if token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in _BLAME_VERBS:
        return _blamed_for_violence(token.head)  # "Kyiv accused Moscow of shelling", "blamed Rwanda for"
    if token.dep_ == "pobj" and token.head.lower_ in _AGENT_PREPS:
        return True
    if token.dep_ == "pobj" and _blamed_on(token.head):
        return True  # "blamed the attack on Ukraine", "attributed the strike to Russia"
    return token.dep_ == "agent"


#: Prepositions after which a verb of blame or attribution names the party blamed, and the verbs
#: ("blamed the raid on Rwanda", "attributed the blast to Pakistan").
_BLAMED_ON = {"on": _BLAME_VERBS, "onto": _BLAME_VERBS, "to": _ATTRIBUTE_VERBS}


def _blamed_on(prep: Token) -> bool:
    """The preposition names the party a verb of blame puts an act on: hung from the verb, or from
    its object when that is the act ("blamed the attack on Kyiv", as the parser often hangs it)."""
    verbs = _BLAMED_ON.get(prep.lower_)
    if verbs is None:
        return False
    head = prep.head
    if head.dep_ == "dobj" and head.lemma_.lower() in _VIOLENT_LEMMAS:
        head = head.head
    return head.pos_ == "VERB" and head.lemma_.lower() in verbs


_POSSESSIVE_TOKENS = frozenset({"'s", "\u2019s"})


def _people_act(token: Token) -> bool:
    """A people in the plural ("the Russians", "Ukrainians") stands for its country's forces only
    as the subject of an active verb or the agent of a passive ("the Russians shelled ...",
    "struck by the Turks"), and unless counted ("two Russians", "many Syrians"): then they are
    persons, often the victims."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    for c in token.children:
        if c.dep_ in ("nummod", "quantmod") or c.lower_ in _QUANTIFIERS:
            return False
        if c.dep_ in ("det", "predet") and c.lower_ != "the":
            return False
    if token.dep_ == "nsubj":
        return token.head.pos_ in ("VERB", "AUX")
    return token.dep_ == "pobj" and token.head.lower_ == "by"


def _blamed_for_violence(verb: Token) -> bool:
    """The verb of blame says what for, and it is an act of violence: "accused Moscow of shelling the
    town", "blamed Rwanda for the attack", "held Pakistan responsible for the raid"; or it says
    nothing more ("Kyiv blamed Moscow."): the act is the one the text tells."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "for")]
    complements = [c for c in verb.children if c.dep_ in ("acomp", "oprd", "amod", "ccomp", "xcomp", "advcl")]
    if (
        not preps
        and not complements
        and verb.lemma_.lower() != "hold"
        and not any(t.dep_ == "prep" and t.lower_ in ("of", "for") for t in verb.subtree)
    ):
        return True  # (an "of" the parser hung lower says what for all the same)
    preps += [
        g
        for c in verb.children
        if c.dep_ in ("acomp", "oprd", "amod", "advcl")  # "held X responsible for": often advcl
        for g in c.children
        if g.dep_ == "prep"
    ]
    for prep in preps:
        for obj in prep.children:
            if obj.dep_ in ("pobj", "pcomp") and obj.lemma_.lower() in _VIOLENT_LEMMAS:
                return True
            if obj.dep_ == "pobj" and any(
                g.dep_ in ("compound", "amod") and g.lemma_.lower() in _VIOLENT_LEMMAS for g in obj.children
            ):
                return True  # "the missile strike", "the suicide bombing"
            if obj.dep_ == "pcomp" and any(
                g.dep_ == "dobj" and g.lemma_.lower() in _VIOLENT_LEMMAS for g in obj.children
            ):
                return True  # "of staging the killings", "of orchestrating the bombing"
    return False


def _owned_units(doc: Doc, end: int, lexicon: ActorLexicon) -> int | None:
    """End of the force nouns a place, leader or state description owns right after it, with or
    without a possessive ("Syria troops", "Russia's jets", "Assad's air force", "the regime's
    helicopter gunships"); None when no force noun follows. Member nouns do not count: "Syria's
    rebels" are not Syria's forces."""
    lows = doc_lowers(doc)  # per-document arrays: asked for every place and state mention
    k = end + 1 if end < len(lows) and lows[end] in _POSSESSIVE_TOKENS else end
    last = None
    j = k
    while j < len(lows) and j - k < 3:
        low = lows[j]
        if low in lexicon.unit_heads:
            last = j + 1
        elif low not in lexicon.unit_mods or low in ("and", "or"):
            break
        j += 1
    return last


def _extend_right(doc: Doc, end: int, words: set[str], limit: int = 3) -> int:
    lows = doc_lowers(doc)
    k = end
    while k < len(lows) and k - end < limit and lows[k] in words:
        k += 1
    return k


def _demonym_span(
    doc: Doc, start: int, end: int, lex: ActorLexicon, demonym_starts: set[int]
) -> tuple[int, int] | None:
    """The mention a demonym opens ("Russian warplanes" -> the whole span; "Russian strikes" ->
    the demonym alone), or None when it modifies no force or weapon noun ("Russian President").
    Reads the per-document arrays: it runs for every demonym of the text."""
    texts, lows, n_tokens = doc_token_texts(doc), doc_lowers(doc), len(doc)
    if end < n_tokens and texts[end] in ("-", "\u2013") and not lows[end - 1].endswith("led"):
        return None  # Russian-made, Iranian-backed
    j = end
    crossed = False
    unit_end = None
    while j < n_tokens and j - end < 6:
        low = lows[j]
        if low in lex.side_nouns and (j + 1 >= n_tokens or lows[j + 1] != "of"):
            unit_end = j + 1  # "the Ukrainian side", "Azerbaijani positions"
            break
        if low in lex.mission_heads and j > end and lows[j - 1] in lex.missions:
            unit_end = j + 1  # "a Ukrainian sabotage group": a unit; "a Congolese armed group" is not
            break
        if low in lex.unit_heads:
            unit_end = j + 1
            k = j + 1
            while k < n_tokens and (lows[k] in lex.unit_heads or lows[k] in lex.unit_mods - {"and", "or"}):
                if lows[k] in lex.unit_heads:
                    unit_end = k + 1
                k += 1
            break
        if low in lex.weapon_heads:
            return start, end
        if low in (",", "and", "or") or j in demonym_starts:
            crossed = True
        elif not (
            low in lex.unit_mods
            or low in lex.site_mods
            or low in lex.weapon_mods
            or low in lex.model_prefixes
            or low in lex.weapon_adjectives
            or _MODEL_RE.match(texts[j])
        ):
            break
        j += 1
    if unit_end is not None:
        if unit_end < n_tokens and lows[unit_end] in lex.title_nouns:
            return None
        return (start, end) if crossed else (start, unit_end)
    if j > end and j - 1 < n_tokens and _MODEL_RE.match(texts[j - 1]):
        return start, end  # "Russian Su-24"
    head = doc_heads(doc)[end - 1]
    if head > end - 1 and head - end < 6 and (lows[head] in lex.unit_heads or lows[head] in lex.weapon_heads):
        return start, end
    return None


def _describes_person(doc: Doc, start: int, end: int, lex: ActorLexicon, has_dep: bool) -> bool:
    """The mention modifies a title or an office, so it names no forces."""
    lows = doc_lowers(doc)  # per-document arrays: this runs for every candidate mention
    if end < len(doc) and lows[end] in lex.title_nouns:
        return True
    if not has_dep:
        return False
    heads = doc_heads(doc)
    if not any(lows[heads[k]] in lex.title_nouns for k in range(start, end)):
        return False  # the root's head is one of these heads: no title, no need to find the root
    root = span_root(doc, start, end)
    return (
        doc_deps(doc)[root] in ("compound", "amod", "poss", "nmod") and lows[heads[root]] in lex.title_nouns
    )


def _span_head(doc: Doc, start: int, end: int) -> int:
    return span_root(doc, start, end)


def in_dateline(doc: Doc, s: int, e: int) -> bool:
    """Do tokens s..e lie in the article's dateline city (``geo.mentions.dateline_range``)? A capital
    there ("Nairobi (AFP) -", "Washington (AP) -") says where a bureau filed the story, so it is
    no metonym for the government that acts."""
    lo, hi = dateline_range(doc)
    return lo >= 0 and lo <= doc[s].idx and doc[e - 1].idx + len(doc[e - 1]) <= hi


#: Dashes that end a dateline ("BEIRUT, May 2 (Reuters) - ", "Goma, 12 March – ").
_DATELINE_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})
#: How far into the text a dateline's dash may stand (as ``geo.mentions`` reads datelines).
_DATELINE_MAX_CHARS = 160


def _lead_start(doc: Doc) -> int:
    """The token after the dateline's dash, which opens the article's first sentence though the
    parser runs the dateline into it ("KANO, Nigeria, May 3 (Reuters) - Gunmen killed ..."): a
    capitalised word there is no part of a proper name. -1 when the text has no such dash (a
    spaced dash near the start, not the hyphen of "Moscow-backed")."""
    for tok in doc:
        if tok.idx >= _DATELINE_MAX_CHARS:
            break
        if tok.text in _DATELINE_DASHES and tok.i > 0 and doc[tok.i - 1].whitespace_ and tok.whitespace_:
            return tok.i + 1
    return -1


def find_actors(doc: Doc, lexicon: ActorLexicon) -> list[ActorMention]:
    """Every actor mention in ``doc``, in text order, without overlaps (the longest wins).

    Sources are aliases (phrase matcher), demonyms modifying force or weapon nouns,
    places and capitals acting as agents, generic force phrases and civilian nouns.
    """
    lower, orth, labels = lexicon._matchers_for(doc)
    has_dep = doc.has_annotation("DEP")
    raw: list[tuple[int, int, _Hit]] = []
    for matcher in (lower, orth):
        for match_id, s, e in matcher(doc):
            raw.append((s, e, labels[match_id]))
    demonym_starts = {s for s, _e, h in raw if h.kind == "demonym"}
    listed_starts = {s for s, _e, h in raw if h.kind == "alias"}

    cands: list[_Cand] = []
    texts, lows = doc_token_texts(doc), doc_lowers(doc)  # per-document arrays: a test per match
    opens = doc_opens_sentence(doc)
    lead = _lead_start(doc)
    if 0 <= lead < len(doc):
        opens = [*opens[:lead], True, *opens[lead + 1 :]]
    for s, e, hit in raw:
        entry = lexicon.entries[hit.index]
        if e - s == 1 and texts[s].isupper() and len(texts[s]) <= 3 and _all_caps_context(doc, s, e):
            continue
        if s >= 2 and texts[s - 1] in ("-", "\u2013") and lows[s - 2] in _NEGATING_PREFIXES:
            continue  # anti-government protests, anti-ISIS coalition (the longer alias wins anyway)
        held = _held_area_end(lows, texts, e, lexicon)
        if held is not None and entry.type != "civilians":
            cands.append(_Cand(s, held, hit, area=True))  # "rebel-held areas", "Russian-controlled territory"
            continue
        if hit.kind == "demonym":
            span = _demonym_span(doc, s, e, lexicon, demonym_starts)
            if span is None:
                continue
            s, e = span
        elif hit.kind in ("place", "metonym"):
            if e < len(doc) and texts[e] in ("-", "\u2013"):
                continue  # Moscow-backed, Syria-based
            if hit.kind == "metonym" and " ".join(lows[s:e]).removeprefix("the ") in lexicon.peoples:
                if not (texts[e - 1][:1].isupper() and has_dep and _people_act(doc[span_root(doc, s, e)])):
                    continue  # "two Ukrainians were killed", "many Syrians fled": people, no forces
            if e < len(doc) and (
                texts[e] == ":" or (texts[e].startswith(")") and s > 0 and texts[s - 1] == "(")
            ):
                continue  # a label: "Nigeria: gunmen kill 12 in Kaduna", a dateline's "Gao (Mali):"
            if texts[s].isupper() and len(texts[s]) > 3:
                continue  # a dateline: "MOSCOW, Oct. 18"
            if in_dateline(doc, s, e):
                continue  # where the story was filed, "Nairobi (AFP) -": no government acting
            units_end = _owned_units(doc, e, lexicon)
            if units_end is not None:
                e = units_end  # "Syria troops", "Russia's jets", "Assad's air force"
            elif e < len(doc) and lows[e + (lows[e] in _POSSESSIVE_TOKENS)] in lexicon.weapon_heads:
                pass  # "Russia's strikes": the place names who strikes
            elif has_dep and not _acts_as_agent(doc[span_root(doc, s, e)]):
                continue
        elif (
            hit.kind == "generic"
            and not getattr(lexicon.generic(hit.role), "proper", False)
            and any(texts[k].istitle() and not opens[k] for k in range(s, e))
        ):
            continue  # part of a proper name: "the Military Academy"
        elif (
            hit.kind == "generic"
            and lows[s] in lexicon.member_nouns
            and _members_of_particle_name(doc, s, listed_starts)
        ):
            continue  # the members of a group named before them: see unlisted.find_unlisted
        elif hit.kind == "generic" and getattr(lexicon.generic(hit.role), "resolve", None) == "state":
            if s > 0 and doc[s - 1].ent_type_ == "NORP" and doc[s - 1].pos_ in ("ADJ", "PROPN"):
                continue  # "Kurdish police": a people's own force, not the state's (a listed demonym is longer)
            e = _owned_units(doc, e, lexicon) or e  # "the regime's warplanes", "the army's air force"
        elif entry.type == "civilians":
            while (
                s > 0
                and doc[s - 1].head.i in range(s, e)
                and doc[s - 1].dep_ in ("amod", "compound")
                and doc[s - 1].pos_ in ("ADJ", "PROPN", "NOUN")
                and doc[s - 1].lower_ not in _QUANTIFIERS
            ):
                s -= 1
        else:
            e = _extend_right(doc, e, lexicon.member_nouns)
        if _describes_person(doc, s, e, lexicon, has_dep):
            continue  # "IS spokesman", "Syrian army source", "Russia's Defence Ministry"
        cands.append(_Cand(s, e, hit))

    cands.extend(_described_parties(doc, lexicon, lows, texts))
    # first, so that at a tie with the noun's generic reading (a group read by country) it is kept
    cands[:0] = _member_parties(lexicon, lows, raw) + _affiliated_parties(lexicon, lows, texts, raw)
    cands.extend(_splinters(lexicon, lows, raw))
    # Longest first; at equal length the surer kind; then leftmost.
    cands.sort(key=lambda c: (-(c.end - c.start), KIND_RANK[c.hit.kind], c.start))
    taken = [False] * len(doc)
    chosen: list[_Cand] = []
    for c in cands:
        if any(taken[c.start : c.end]):
            continue
        for i in range(c.start, c.end):
            taken[i] = True
        chosen.append(c)

    chosen = [c for c in chosen if not _inside_other_name(doc, c, lexicon, taken)]
    chosen.sort(key=lambda c: c.start)
    chosen = [c for c in chosen if not _owned_post(doc, c, chosen)]
    chosen = [c for c in chosen if not _name_tail(lows, c, chosen, lexicon)]
    out = []
    offsets = doc_token_offsets(doc)
    for c in chosen:
        end_char = offsets[c.end - 1] + len(texts[c.end - 1])
        out.append(
            ActorMention(
                entry=lexicon.entries[c.hit.index],
                start_char=offsets[c.start],
                end_char=end_char,
                text=span_text(doc, c.start, c.end),
                token_start=c.start,
                token_end=c.end,
                head_i=_span_head(doc, c.start, c.end) if has_dep else c.end - 1,
                kind=c.hit.kind,
                role=c.hit.role,
                area=c.area,
            )
        )
    return out


def _held_area_end(lows: list[str], texts: list[str], end: int, lex: ActorLexicon) -> int | None:
    """End of "-held <area>" after an actor's word ("rebel-held areas", "Russian-controlled
    territory"), or None: the ground the actor holds, named by a noun of ``held_nouns`` with at
    most one word between ("IS-held northern districts")."""
    if end + 2 >= len(lows) or texts[end] not in ("-", "\u2013") or lows[end + 1] not in lex.held_words:
        return None
    for k in (end + 2, end + 3):
        if k < len(lows) and lows[k] in lex.held_nouns:
            return k + 1
    return None


#: Most words the "*" of an identity qualifier stands for ("identified by * as").
_QUALIFIER_GAP = 4
#: Marks that set a description off after its party noun: "soldiers, identified as", "soldiers -
#: identified as" (hyphen, en and em dashes), "soldiers (identified as".
_APPOSITION_MARKS = frozenset({",", "-", "\u2013", "\u2014", "--", "("})


def _qualifier_end(lows: list[str], k: int, pattern: tuple[str, ...]) -> int | None:
    """Index after ``pattern`` read at ``k`` ("*" is one to four words, never a sentence mark)."""
    if not pattern:
        return k
    if pattern[0] != "*":
        if k < len(lows) and lows[k] == pattern[0]:
            return _qualifier_end(lows, k + 1, pattern[1:])
        return None
    for n in range(1, _QUALIFIER_GAP + 1):
        if k + n > len(lows) or lows[k + n - 1] in (".", ";", "!", "?"):
            return None
        found = _qualifier_end(lows, k + n, pattern[1:])
        if found is not None:
            return found
    return None


def _described_parties(doc: Doc, lex: ActorLexicon, lows: list[str], texts: list[str]) -> list[_Cand]:
    """Parties described rather than named, as the actor their nationality names: "the soldiers,
    identified by witnesses as Russians", "troops who residents said were Ugandan", "fighters said to
    be Afghan". The party noun alone is the mention, so it outranks the generic reading of the noun."""
    out = []
    for j, afters in _qualified(lows, lex.described_parties, lex.identity_qualifiers, ("a", "an", "ethnic")):
        for after in afters:
            found = lex.demonym_named(texts[after : after + 3])
            if found is not None and not _names_other_noun(doc, lex, after + found[1]):
                out.append(_Cand(j, j + 1, _Hit(found[0], "demonym")))
                break
    return out


def _qualified(
    lows: list[str], nouns: Collection[str], patterns: Iterable[tuple[str, ...]], skip: Collection[str]
) -> Iterator[tuple[int, Iterator[int]]]:
    """(noun, name starts) for each party noun followed by one of its qualifying phrases ("gunmen
    believed to belong to", "troops who residents said were"), a comma allowed before it and one
    ``skip`` word (an article) after it: the name starts after each pattern that matches, in order."""
    for j, low in enumerate(lows):
        if low not in nouns:
            continue
        k = j + 1 + (j + 1 < len(lows) and lows[j + 1] in _APPOSITION_MARKS)
        yield j, _names_after(lows, k, patterns, skip)


def _names_after(
    lows: list[str], k: int, patterns: Iterable[tuple[str, ...]], skip: Collection[str]
) -> Iterator[int]:
    for pattern in patterns:
        after = _qualifier_end(lows, k, pattern)
        if after is None:
            continue
        if after < len(lows) and lows[after] in skip:
            after += 1
        yield after


#: Kinds of mention that name a group after a membership phrase (not a place: "men from Chad" are
#: where they come from; not a description: "fighters loyal to the government"). A proper generic
#: is a group's name read by country ("al-Shabaab").
_MEMBERSHIP_KINDS = frozenset({"alias", "metonym", "generic"})


def _member_parties(lex: ActorLexicon, lows: list[str], raw: list[tuple[int, int, _Hit]]) -> list[_Cand]:
    """Parties named by the group their men belong to: "gunmen believed to belong to al-Shabaab",
    "fighters loyal to Haftar", "militants linked to IS". The party noun alone is the mention, as
    that group, so it outranks the generic reading of the noun; the group's own name keeps its
    mention (and the role its syntax gives it, usually none)."""
    if not lex.member_parties:
        return []
    named_at = {s: hit for s, _e, hit in _membership_names(lex, raw)}
    if not named_at:
        return []
    out = []
    for j, afters in _qualified(lows, lex.member_parties, lex.membership_qualifiers, _ARTICLES):
        for after in afters:
            hit = named_at.get(after)
            if hit is not None:
                out.append(_Cand(j, j + 1, hit))
                break
    return out


def members_of_unlisted(
    doc: Doc, lex: ActorLexicon, mentions: list[ActorMention], names: list[ActorMention]
) -> list[ActorMention]:
    """``mentions`` with each party noun that belongs to a group named outside the actor table
    ("fighters of the Arakan Liberation Army", "gunmen from the Lakurawa group", "forces loyal to
    <a person>", "UFSR gunmen", the "militia" of "the Aitarak militia") read as that group, as
    :func:`_member_parties` reads the listed groups' men: the noun is no unidentified armed group
    beside the name. A party noun the actor finder passed over becomes a mention of the group;
    a force noun or a people's name inside the group's name becomes the group's.
    ``names``: the unlisted names (``kind`` "entity")."""
    own = [n for n in names if n.kind == "entity" and n.entry.type != "civilians"]
    starts = {n.token_start: n for n in own}
    if not starts or not lex.member_parties:
        return mentions
    lows = doc_lowers(doc)
    owner: dict[int, ActorMention] = {}
    for j, afters in _qualified(lows, lex.member_parties, lex.membership_qualifiers, _ARTICLES):
        found = next((starts[a] for a in afters if a in starts), None)
        if found is not None:
            owner[j] = found
    for n in own:
        for k in range(n.token_start, n.token_end):
            owner[k] = n  # "the Aitarak militia": the force noun is the name's own
        if n.entry.type == "unknown":
            continue  # a name of no known kind ("KIA fighters") owns no noun beside it
        if n.token_end < len(lows) and lows[n.token_end] in lex.member_nouns:
            owner[n.token_end] = n  # "UFSR gunmen"
        if n.token_start > 0 and lows[n.token_start - 1] in lex.member_nouns:
            owner[n.token_start - 1] = n  # "the armed group Kuki-Chin National Front"
    if not owner:
        return mentions
    # one step of a chain: "gunmen from a self-defence group known as X" are X's, the group being X
    chained: dict[int, ActorMention] = {}
    for j, n in owner.items():
        first = doc[j].left_edge.i  # the noun's phrase, after its article ("a self-defence group")
        while first < j and lows[first] in _ARTICLES:
            first += 1
        for k in (first, j):
            if k not in starts:
                chained[k] = n
    if chained:
        for j, afters in _qualified(lows, lex.member_parties, lex.membership_qualifiers, _ARTICLES):
            found = next((chained[a] for a in afters if a in chained), None)
            if found is not None and j not in owner:
                owner[j] = found
    out = [
        dataclasses.replace(m, entry=owner[m.token_end - 1].entry, kind="entity", role=None)
        if (m.kind == "generic" and m.token_end - 1 in owner) or _inside_name(m, own)
        else m
        for m in mentions
    ]
    told = {k for m in mentions for k in range(m.token_start, m.token_end)}
    told |= {k for n in own for k in range(n.token_start, n.token_end)}
    # a party noun the actor finder passed over ("Forces loyal to Abdul Rashid Dostum" opening a sentence)
    out += [
        _owned_noun(doc, j, n) for j, n in owner.items() if j not in told and lows[j] in lex.member_parties
    ]
    return sorted(out, key=lambda m: m.start_char)


def _inside_name(m: ActorMention, names: list[ActorMention]) -> bool:
    """A bare force noun or a people's name read inside an unlisted group's name ("the Zimbabwe
    African People's Liberation Army"): a word of the name, not a party of its own."""
    if m.kind != "generic" and m.entry.type != "civilians":
        return False
    return any(n.token_start <= m.token_start and m.token_end <= n.token_end for n in names)


def _owned_noun(doc: Doc, j: int, name: ActorMention) -> ActorMention:
    """The party noun at token ``j`` as a mention of the unlisted group ``name`` it belongs to."""
    tok = doc[j]
    return ActorMention(
        entry=name.entry,
        start_char=tok.idx,
        end_char=tok.idx + len(tok.text),
        text=tok.text,
        token_start=j,
        token_end=j + 1,
        head_i=j,
        kind="entity",
        role=None,
    )


def _membership_names(lex: ActorLexicon, raw: list[tuple[int, int, _Hit]]) -> list[tuple[int, int, _Hit]]:
    """(start, end, hit) of the names a party may be said to belong to, the longest at each start:
    a listed armed group's alias, a leader's name (as the group), or a proper generic (a group's
    name read by country, "ADF"); never civilians, an unknown party or a description."""
    named: dict[int, tuple[int, int, _Hit]] = {}
    for s, e, hit in sorted(raw, key=lambda r: r[0] - r[1]):
        if hit.kind not in _MEMBERSHIP_KINDS or lex.entries[hit.index].type == "civilians":
            continue
        if hit.kind == "generic":
            if not getattr(lex.generic(hit.role), "proper", False):
                continue
        elif lex.entries[hit.index].type == "unknown":
            continue
        else:
            hit = _Hit(hit.index, "alias")  # a leader's name: the group as it stands
        named.setdefault(s, (s, e, hit))
    return list(named.values())


def _affiliated_parties(
    lex: ActorLexicon, lows: list[str], texts: list[str], raw: list[tuple[int, int, _Hit]]
) -> list[_Cand]:
    """Parties named by the group a hyphened word ties them to: "ADF-allied militants", "IS-linked
    fighters", "al-Qaeda-affiliated jihadists". The party noun is the mention, as that group (as
    for "militants linked to IS"), one describing word allowed between ("Hezbollah-aligned Shiite
    gunmen"). "Backed" and "inspired" are not among ``affiliation_words``: an "Iran-backed militia"
    is not Iran, whose name stays a sponsor."""
    if not lex.affiliation_words:
        return []
    out = []
    for _s, e, hit in _membership_names(lex, raw):
        if e + 2 >= len(lows) or texts[e] not in _HYPHENS or lows[e + 1] not in lex.affiliation_words:
            continue
        k = e + 2
        if lows[k] in _DESCRIBING_WORDS and k + 1 < len(lows):
            k += 1
        if lows[k] in lex.member_parties and not texts[k][:1].isupper():
            out.append(_Cand(k, k + 1, hit))  # not "the al-Qaeda-linked Group to Support ...", a name
    return out


#: Words between "dissidents of" and the group's name ("of the extinct", "of the former").
_SPLINTER_GAP = 3


def _splinters(lex: ActorLexicon, lows: list[str], raw: list[tuple[int, int, _Hit]]) -> list[_Cand]:
    """ "dissidents of the former FARC": the listed splinter ("FARC dissidents"), the whole phrase
    its mention, so it outranks the group's own name inside it."""
    if not lex.splinter_nouns:
        return []
    out = []
    for j, low in enumerate(lows):
        if low not in lex.splinter_nouns or j + 2 >= len(lows) or lows[j + 1] != "of":
            continue
        for s, e, hit in raw:
            if not j + 2 <= s <= j + 2 + _SPLINTER_GAP or hit.kind not in ("alias", "generic"):
                continue
            name = lex.entries[hit.index].name
            found = lex._lookup(fold_words(f"{name} {lex.splinter_nouns[0]}"))
            if found is not None and found.index != hit.index:
                out.append(_Cand(j, e, _Hit(found.index, "alias")))
                break
    return out


def _names_other_noun(doc: Doc, lex: ActorLexicon, i: int) -> bool:
    """The nationality qualifies a noun that is no party ("who were Eritrean citizens")."""
    if i >= len(doc) or doc[i].pos_ not in ("NOUN", "PROPN"):
        return False
    low = doc[i].lower_
    return low not in lex.unit_heads and low not in lex.member_nouns and low not in lex.described_parties


#: The generic role of the state's posts ("police station", "army base"): see actors.yaml.
SECURITY_POST_ROLE = "security_post"


def _owned_post(doc: Doc, cand: _Cand, chosen: list[_Cand]) -> bool:
    """A post that another actor's name qualifies belongs to that actor, not to the state:
    "a Hezbollah military base", "the rebels' checkpoint", "an IS army camp"."""
    if cand.hit.kind != "generic" or cand.hit.role != SECURITY_POST_ROLE:
        return False
    start = cand.start
    while start > 0 and doc[start - 1].lower_ in _POSSESSIVE_TOKENS:
        start -= 1
    return any(o is not cand and o.end == start for o in chosen) or (
        start > 0 and doc[start - 1].ent_type_ in ("NORP", "ORG") and doc[start - 1].pos_ != "DET"
    )


def _name_tail(lows: list[str], cand: _Cand, chosen: list[_Cand], lexicon: ActorLexicon) -> bool:
    """A mention made only of group nouns ("coalition", "army", "alliance", "front") that continues
    the name of an armed group named right before it, perhaps over more such nouns: "the G9 gang
    coalition" is the G9's coalition, not the US-led one; "the Brotherhood alliance forces" one
    group. A state's name before it is no such group ("Saudi coalition" keeps its own reading)."""
    if cand.hit.kind not in ("alias", "generic"):
        return False
    words = [w for w in lows[cand.start : cand.end] if w not in _ARTICLES]
    if not words or not all(w in _GROUP_HEAD_WORDS for w in words):
        return False
    start = cand.start
    while start > 0 and lows[start - 1] in _GROUP_HEAD_WORDS:
        start -= 1
    return any(
        o is not cand and o.end == start and lexicon.entries[o.hit.index].type in _NAMED_GROUP_TYPES
        for o in chosen
    )


def _inside_other_name(doc: Doc, cand: _Cand, lexicon: ActorLexicon, taken: list[bool]) -> bool:
    """A mention inside a longer named entity that is not itself an actor
    ("Syrian Observatory for Human Rights", "Russian Defence Ministry")."""
    for ent in _ents_over(doc, cand.start, cand.end):
        if ent.label_ not in _NAME_ENTS or (ent.start == cand.start and ent.end == cand.end):
            continue
        if ent.start > cand.start:
            continue
        if ent.end < cand.end and ent.start == cand.start:
            continue  # the mention only adds member nouns to the name: "Hamas fighters"
        uncovered = [t for t in ent if not taken[t.i] and t.lower_ not in _CONNECTORS]
        if all(t.i < cand.start and t.lower_ in _DESCRIBING_WORDS for t in uncovered):
            continue  # only described before its name: "the Marxist Revolutionary Armed Forces ..."
        if not uncovered or lexicon.canonical(ent.text) is not None:
            continue
        if all(t.i >= cand.end and _weapon_word(t.text, lexicon) for t in uncovered):
            continue  # the recogniser ran the demonym into a weapon's model: "Cambodian BM-21" rockets
        if lexicon.variant(ent.text) in (None, lexicon.entries[cand.hit.index]) and ent.end < cand.end:
            continue
        return True  # the mention is the tail of another name: "Fateh" in "Jaysh al-Fateh fighters"
    return False


def _weapon_word(text: str, lexicon: ActorLexicon) -> bool:
    """A word of a weapon's name, kind or model ("BM-21", "Grad", "multiple", "rockets"), which
    makes no other name of the entity a demonym opens."""
    low = text.lower()
    return bool(
        _MODEL_RE.match(text)
        or low in lexicon.model_prefixes
        or low in lexicon.weapon_adjectives
        or low in lexicon.weapon_heads
        or low in lexicon.weapon_mods
    )


def _ents_over(doc: Doc, start: int, end: int) -> list[Span]:
    """Entities that cover the first token of the token range ``start:end`` (entities never
    overlap, so at most one: found by bisection instead of asking every entity)."""
    starts, ends = _ent_bounds(doc)
    k = bisect.bisect_right(starts, start) - 1
    return [doc_ents(doc)[k]] if k >= 0 and start < ends[k] else []


@per_doc
def _ent_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """(start, end) token indices of the document's entities, in text order."""
    ents = doc_ents(doc)
    return [e.start for e in ents], [e.end for e in ents]


def members_phrase(doc: Doc, mention: ActorMention, mentions: list[ActorMention], name: str) -> str | None:
    """The words "Fighters of the Tigray People's Liberation Front" when ``mention`` ("Fighters")
    is read as the group ``name`` that an "of" right after it names: the text of an actor should
    hold the group's own spelling, which readers and other tables match, not only the member
    noun. None when no mention of that group follows "of" (or "of the")."""
    k = mention.token_end
    lows = doc_lowers(doc)
    if k >= len(lows) or lows[k] != "of":
        return None  # the word test first: asked of every mention, and most are not before "of"
    if not 0 <= mention.token_start < len(doc) or doc[mention.token_start].idx != mention.start_char:
        return None  # a headline's mention: its tokens are not this document's
    k += 1 + (k + 1 < len(lows) and lows[k + 1] in _ARTICLES)
    group = next((m for m in mentions if m.token_start == k and m.entry.name == name), None)
    if group is None:
        return None
    return doc.text[mention.start_char : group.end_char]


__all__ = ["ActorEntry", "ActorLexicon", "ActorMention", "find_actors", "fold_words", "members_phrase"]
