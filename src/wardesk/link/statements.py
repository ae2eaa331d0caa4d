"""Who says what in a story: each report's figures and claims of responsibility, with claimant, outlet and sentence.

A story page shows these first, one row per source; contradictions are
built from them. Every statement names the report, the claim (by index, where
one exists) and the sentence it was read from.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from wardesk.extract.actors import ActorLexicon
from wardesk.extract.descriptions import is_description
from wardesk.extract.numbers import parse_number
from wardesk.link.quotes import Quote
from wardesk.link.report import Report
from wardesk.link.scope import names_one_place
from wardesk.link.sites import struck_sites
from wardesk.link.wire import agency_of
from wardesk.names import fold
from wardesk.resources import load_yaml

#: Actor types of the actor table (``resources/actors/actors.yaml``) whose entries
#: name nobody in particular: "Unidentified armed group", "Civilians". Saying
#: gunmen did it blames no party.
UNSPECIFIC_ACTOR_TYPES = frozenset({"unknown", "civilians"})
#: Source types (``resources/lexicons/sources.yaml``) that are organs of a state: a government, its
#: ministries and its armed forces speak with the state's one voice. State media are left out: they
#: report what others say as well as the state's word.
STATE_ORGAN_TYPES = frozenset({"government", "ministry", "military"})


@cache
def unspecific_actors() -> frozenset[str]:
    """Folded canonical names of the actor table's generic entries (no party in particular)."""
    data = load_yaml("actors", "actors.yaml")
    return frozenset(
        fold(a["name"]) for a in data.get("actors") or [] if a.get("type") in UNSPECIFIC_ACTOR_TYPES
    )


@cache
def _actor_kinds() -> dict[str, tuple[str, str | None]]:
    data = load_yaml("actors", "actors.yaml")
    return {
        fold(a["name"]): (str(a.get("type")), a.get("country"))
        for a in data.get("actors") or []
        if a.get("name")
    }


def opposed(a: str, b: str) -> bool:
    """Are two parties (canonical names) a state's forces and an armed group that fights that state in
    its own country (or anywhere, for a group of no one country), by the actor table? Such parties never
    act as one: named together as the culprits of one act, one is its target or defender. A foreign
    state and the rebels it backs are not opposed; unlisted names are opposed to nobody."""
    kinds = _actor_kinds()
    ka, kb = kinds.get(fold(a)), kinds.get(fold(b))
    if ka is None or kb is None:
        return False
    for (ts, cs), (tr, cr) in ((ka, kb), (kb, ka)):
        if ts == "state_forces" and tr == "rebel_group" and (cr is None or cr == cs):
            return True
    return False


def source_key(r: Report) -> str:
    """The independent source a report stands for: the agency it credits, else its outlet (or the agency
    the outlet is), else its article when the outlet is unknown.

    Kept on the report (it never changes, ``Report``): every reconciliation asks it of every report."""
    d = r.__dict__
    if "_source_key" not in d:
        d["_source_key"] = _source_key(r)
    return d["_source_key"]  # type: ignore[no-any-return]


def _source_key(r: Report) -> str:
    if r.wire:
        return "wire:" + fold(r.wire)
    if r.outlet and fold(r.outlet):
        agency = agency_of(r.outlet)
        return "wire:" + fold(agency) if agency else "outlet:" + fold(r.outlet)
    return "article:" + r.article_id


def source_label(r: Report) -> str:
    """The name shown for a report's source: 'AP' for an AP copy in any outlet, else the outlet."""
    return r.wire or agency_of(r.outlet) or r.outlet or r.article_id


def independent(r: Report) -> bool:
    """Not a republished copy found by its shingles (a wire credit is handled by ``source_key``)."""
    return not r.near_dup_of


@cache
def _tally_pattern() -> re.Pattern[str]:
    raw = load_yaml("lexicons", "tally_phrases.yaml")
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in raw["patterns"]) + r")\b", re.IGNORECASE)


@cache
def _comparison_since() -> re.Pattern[str]:
    raw = load_yaml("lexicons", "tally_phrases.yaml")
    return re.compile(
        r"\b(?:" + "|".join(f"(?:{p})" for p in raw["comparison_since"]) + r")\b", re.IGNORECASE
    )


def tally_text(text: str | None) -> bool:
    """Does a sentence give its toll a scope wider than one incident: a tally over a period ('since
    Tuesday', 'in 24 hours'), a total over an area ('across the province') or several incidents?

    A "since" that dates a comparison ("in the latest attack since the offensive began", "the
    deadliest strike since March") widens nothing: wire copy adds it to one incident's toll, so
    those spans are taken out first."""
    if not text:
        return False
    return _tally_pattern().search(_comparison_since().sub(" ", text)) is not None


@cache
def _link_list_pattern() -> re.Pattern[str]:
    raw = load_yaml("lexicons", "tally_phrases.yaml")
    return re.compile("|".join(f"(?:{p})" for p in raw["link_lists"]))


def in_link_list(text: str | None, value: int | None) -> bool:
    """Is a figure first met in its sentence after a 'Related' or 'Read also' marker: another
    article's headline in the page's list of links, not this report's toll?"""
    if not text or value is None:
        return False
    marker = _link_list_pattern().search(text)
    number = re.search(rf"(?<![\d.,]){value}(?!\d|[.,]\d)", text)
    return marker is not None and number is not None and marker.start() < number.start()


#: Days of slack before a report's event within which a date its figure's sentence names is still
#: that event's (the eve of a strike told "overnight"; the linker's own slack).
EARLIER_SLACK_DAYS = 1


@cache
def _calendar_date() -> re.Pattern[str]:
    """A day of a month, "December 11" or "11 December" (an optional year after), by the months' full
    names written with a capital (``time_expressions.yaml``; "may" alone is a verb)."""
    raw = load_yaml("lexicons", "time_expressions.yaml")
    names = "|".join(
        sorted(
            (str(k).capitalize() for k in raw["months"] if len(str(k)) > 3 or k == "may"),
            key=len,
            reverse=True,
        )
    )
    day = r"(?P<d{i}>[0-3]?\d)(?:st|nd|rd|th)?"
    return re.compile(
        rf"\b(?:(?P<m1>{names}) {day.format(i=1)}|{day.format(i=2)} (?P<m2>{names}))\b(?:,? (?P<y>(?:19|20)\d\d)\b)?"
    )


@cache
def _month_numbers() -> dict[str, int]:
    raw = load_yaml("lexicons", "time_expressions.yaml")
    return {str(k).capitalize(): int(v) for k, v in raw["months"].items()}


def calendar_dates(text: str | None, published: dt.date) -> list[dt.date]:
    """The days of a month a sentence names, each in the last year that puts it on or before the
    publication day (or in the year it gives)."""
    out = []
    for m in _calendar_date().finditer(text or ""):
        month = _month_numbers()[m["m1"] or m["m2"]]
        day = int(m["d1"] or m["d2"])
        year = int(m["y"]) if m["y"] else published.year
        try:
            d = dt.date(year, month, day)
            if not m["y"] and d > published:
                d = dt.date(year - 1, month, day)
        except ValueError:
            continue
        out.append(d)
    return out


def told_of_earlier_days(text: str | None, r: Report) -> bool:
    """Does a figure's sentence date what it counts only to days before its report's event ("30 died
    ... on March 3 and March 4" in a report of a May raid)? Then it is another, earlier
    incident's toll told in passing, not this report's. A day a source spoke or the article appeared
    is never before the event, so only earlier days count against it."""
    start = r.event.date.start
    if start is None or not isinstance(r.published, dt.date):
        return False
    _, told_rx = _day_patterns()  # a dateline's day is the publication's
    days = calendar_dates(told_rx.sub(" ", text or ""), r.published)
    limit = start - dt.timedelta(days=EARLIER_SLACK_DAYS)
    return bool(days) and all(d < limit for d in days)


@cache
def _held_lexicon() -> tuple[list[re.Pattern[str]], dict[str, str]]:
    raw = load_yaml("lexicons", "held_areas.yaml")
    patterns = [re.compile(p, re.IGNORECASE) for p in raw["patterns"]]
    sides = {str(w).lower(): side for side, words in raw["sides"].items() for w in words}
    return patterns, sides


@lru_cache(maxsize=4096)
def _holder(words: str) -> str | None:
    """The side a holder's word(s) name: 'state' or 'opposition' by the lexicon, else an actor."""
    _, sides = _held_lexicon()
    for word in re.findall(r"[a-z]+", words.lower()):
        if word in sides:
            return sides[word]
    entry = ActorLexicon.default().speaker_side(words)
    return entry.name if entry is not None and entry.type not in UNSPECIFIC_ACTOR_TYPES else None


@lru_cache(maxsize=4096)
def held_side(text: str | None) -> str | None:
    """The one side its sentence says holds the place a toll was counted in ("the government-held
    west": 'state'), or None when it names none, or both ("rebels shelled government-held areas
    from rebel-held districts").

    Kept per sentence: a figure's sentence is read again at every reconciliation of its story."""
    if not text:
        return None
    patterns, _ = _held_lexicon()
    found = {h for rx in patterns for m in rx.finditer(text) if (h := _holder(m.group(1)))}
    return next(iter(found)) if len(found) == 1 else None


@cache
def _day_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    raw = load_yaml("lexicons", "held_areas.yaml")
    return re.compile(raw["days"]), re.compile(f"(?:{raw['told_on']})|(?:{raw['dateline']})")


@lru_cache(maxsize=4096)
def said_day(text: str | None) -> str | None:
    """The one weekday a toll's sentence gives its incident ("killed 12 on Tuesday"), not counting
    the day it was told ("the monitor said on Wednesday") or published (a dateline's "Friday 17
    Nov"); None for none, or for two. Kept per sentence, as ``held_side``."""
    if not text:
        return None
    days_rx, told_rx = _day_patterns()
    found = set(days_rx.findall(told_rx.sub(" ", text)))
    return next(iter(found)) if len(found) == 1 else None


@cache
def _claimant_names() -> dict[str, str]:
    """Folded names, aliases and spokespeople of the known sources -> the organisation's name."""
    out: dict[str, str] = {}
    for entry in load_yaml("lexicons", "sources.yaml").get("sources") or []:
        org = entry["name"]
        names = [org, *(entry.get("aliases") or [])]
        for person in entry.get("people") or []:
            names += [person["name"], *(person.get("aliases") or [])]
        for n in names:
            out.setdefault(fold(n), org)
    return out


def claimant_key(name: str | None) -> str:
    """One key per claimant: 'SOHR', 'the UK-based monitor' and 'Rami Abdel Rahman' are one organisation."""
    if not name:
        return ""
    key = fold(name)
    return fold(_claimant_names().get(key, key))


@cache
def _claimant_types() -> dict[str, str]:
    """Folded canonical source name -> its type in the source table (monitor, ministry, ...)."""
    return {
        fold(e["name"]): str(e.get("type") or "")
        for e in load_yaml("lexicons", "sources.yaml").get("sources") or []
    }


@cache
def _descriptors() -> list[tuple[re.Pattern[str], str]]:
    raw = load_yaml("lexicons", "claimant_descriptors.yaml")["descriptors"]
    return [(re.compile(p, re.IGNORECASE), kind) for kind, ps in raw.items() for p in ps]


def descriptor_type(name: str | None) -> str | None:
    """The source type a claimant description stands for ("a monitor" -> monitor), None for a name."""
    text = " ".join((name or "").split())
    return next((kind for rx, kind in _descriptors() if rx.fullmatch(text)), None)


def claimant_resolver(names: list[str | None]) -> Callable[[str | None], str]:
    """One story's claimant keys: a description ("a monitor", "the rights group") is the one source of
    its type that the story's claimants name (the Observatory), else nobody in particular ('').

    Canonical names and their people fold through ``claimant_key``; any other name is its own key.
    A state and its organs are one claimant (``claimant_state``): "Russia said 12" and its defence
    ministry's later 49 are one voice updating its count, not two sources.
    """
    types = _claimant_types()
    by_type: dict[str, set[str]] = {}
    for n in names:
        key = claimant_key(n)
        if key in types:
            by_type.setdefault(types[key], set()).add(key)

    def organisation(name: str | None) -> str:
        key = claimant_key(name)
        if not key or key in types:
            return key
        kind = descriptor_type(name)
        if kind is None:
            return key
        found = by_type.get(kind, set())
        return next(iter(found)) if len(found) == 1 else ""

    def resolve(name: str | None) -> str:
        # a name of the state itself ("the Russian army") before a description ("the army")
        key = claimant_key(name)
        state = claimant_state(name or "") if key and key not in types else None
        if state is None:
            key = organisation(name)
            state = claimant_state(key) if key in types else None
        return "state:" + fold(state) if state else key

    return resolve


@lru_cache(maxsize=4096)
def claimant_state(name: str) -> str | None:
    """The state a claimant is, or is an organ of ("Russia", "the Kremlin", the Russian defence
    ministry and its spokesman are all Russia), by the source and actor tables; None for anyone else.

    A source-table organisation folds into its state when its type is a state organ's
    (``STATE_ORGAN_TYPES``) and the actor table reads it as that state's side; any other
    name only when it names the state's forces as a whole ("Moscow", "the Russian army").
    """
    org = _claimant_names().get(fold(name))
    lexicon = ActorLexicon.default()
    if org is not None:
        if _claimant_types().get(fold(org)) not in STATE_ORGAN_TYPES:
            return None
        entry = lexicon.speaker_side(org)
    else:
        entry = lexicon.named(name)
    return entry.name if entry is not None and entry.type == "state_forces" else None


#: Words after a party that name the party only as what another group is tied to (``actors.yaml``
#: affiliation_words: "the al-Qaeda-linked group X").
_AFFILIATION_WORDS = ActorLexicon.default().affiliation_words
#: How many words after "X-linked" may come before the group's name ("the X-linked armed group Y").
_AFFILIATE_GAP = 3


def affiliation_only(actor: str, sentence: str | None) -> bool:
    """Does ``sentence`` name ``actor`` only as another named party's affiliation ("the X-linked group
    Y said it killed 30 soldiers", "gunmen of the X-affiliated Y")?

    Why: the doer is Y, which the sentence names; X is what Y is tied to. Read as a second culprit,
    one claim reads as two parties blamed, and a source naming Y alone looks like it disagrees."""
    text, name = sentence or "", fold(actor)
    if not name or name not in fold(text):
        return False
    lexicon = ActorLexicon.default()
    tied = 0
    for m in _affiliation_pattern().finditer(text):
        if fold(text[: m.start()]).endswith(name) and _names_another(lexicon, text[m.end() :].split(), actor):
            tied += 1
    return tied > 0 and fold(text).count(name) == tied


@cache
def _affiliation_pattern() -> re.Pattern[str]:
    """A hyphened affiliation word ("-linked", "-affiliated") after a party's name."""
    words = "|".join(sorted(_AFFILIATION_WORDS))
    return re.compile(rf"-(?:{words})\b", re.IGNORECASE)


def _names_another(lexicon: ActorLexicon, words: list[str], actor: str) -> bool:
    """Do the first words of ``words`` (after up to ``_AFFILIATE_GAP`` describing words) name a listed
    party other than ``actor``?"""
    words = [w.strip(".,;:\"'()") for w in words[: _AFFILIATE_GAP + 3]]
    for k in range(min(_AFFILIATE_GAP, len(words)) + 1):
        for n in (3, 2, 1):
            if k + n <= len(words) and (e := lexicon.canonical(" ".join(words[k : k + n]))) is not None:
                # a description ("fighters", "rebels": an unidentified group) names no other party
                return fold(e.name) != fold(actor) and not is_description(e.name, e.type)
    return False


@cache
def _revision_lexicon() -> dict[str, Any]:
    """``resources/lexicons/toll_revisions.yaml``, compiled: revision and early-toll patterns, victim kinds."""
    raw = load_yaml("lexicons", "toll_revisions.yaml")

    def rx(key: str) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in raw[key]), re.IGNORECASE)

    kinds = {str(w).lower(): k for k, ws in raw["kinds"].items() for w in ws}
    kinds.update({str(w).lower(): "all" for w in raw["everyone"]})
    parts = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in raw["part_markers"]) + r")\b", re.IGNORECASE)
    as_all = frozenset(str(k) for k in raw.get("counted_as_all") or [])
    covers = {str(k): frozenset(str(x) for x in v) for k, v in (raw.get("covers") or {}).items()}
    phrases = [
        (re.compile(p, re.IGNORECASE), str(k))
        for k, ps in (raw.get("kind_phrases") or {}).items()
        for p in ps
    ]
    forms: dict[str, set[str]] = {}
    for one, manys in (raw.get("number_forms") or {}).items():
        for many in manys:
            forms.setdefault(str(one).lower(), set()).add(str(many).lower())
            forms.setdefault(str(many).lower(), set()).add(str(one).lower())
    return {
        "number_forms": forms,
        "phrases": phrases,
        "revised": rx("revised"),
        "early": rx("early"),
        "addition": rx("addition"),
        "kinds": kinds,
        "parts": parts,
        "as_all": as_all,
        "covers": covers,
        "identity": {
            str(k): frozenset(str(x) for x in v) for k, v in (raw.get("identity_disputes") or {}).items()
        },
    }


def identity_sides() -> dict[str, frozenset[str]]:
    """What makes figures for one incident rival accounts of who died (``identity_disputes`` in
    toll_revisions.yaml): the fighters' kinds of count ("34 terrorists"), the victims' ("21
    villagers", "21 people"), the actor types of a state's forces (``states``) and the event types
    only states carry out (``state_acts``)."""
    return _revision_lexicon()["identity"]  # type: ignore[no-any-return]


def covered_kinds(kind: str) -> frozenset[str]:
    """The narrower kinds a kind's figures are also compared with ('combatants' covers both sides')."""
    return _revision_lexicon()["covers"].get(kind, frozenset())


def _marked(key: str, *texts: str | None) -> bool:
    pattern = _revision_lexicon()[key]
    return any(t and pattern.search(" ".join(t.split())) for t in texts)


def comparable_kind(f: Figure, others: list[Figure]) -> str:
    """The kind a figure is compared under: its own, or 'all' for a kind news uses for all the dead
    ("civilians"), unless a larger figure's sentence holds it as a part ("82 people including 58
    civilians")."""
    kind = f.kind
    if kind not in _revision_lexicon()["as_all"]:
        return kind
    number = re.compile(rf"\b{f.best}\b")
    if any(
        g.kind == "all" and (g.best or 0) > (f.best or 0) and number.search(g.sentence or "") for g in others
    ):
        return kind
    word = counted_word(f.phrase)
    if word is not None and any(
        victims_kind(g) == "all" and (g.best or 0) > (f.best or 0) and holds_part(g.sentence, word)
        for g in others
    ):
        # "six children" against "15 civilians, including two children": a count of the part the
        # larger toll names, its rival (if any) that part, never the toll
        return kind
    return "all"


def counted_word(phrase: str | None) -> str | None:
    """The word of the figure's claim phrase that says who it counts ("six children" -> children), as
    ``counted_kind`` finds it; None when the phrase names no one."""
    if not phrase:
        return None
    lex = _revision_lexicon()
    head = lex["parts"].split(phrase, maxsplit=1)[0]
    return next((w for w in re.findall(r"[a-z]+", head.lower()) if w in lex["kinds"]), None)


#: How many words before the word of the part its count may stand ("two young children").
PART_WORD_GAP = 3
#: How many words after a part marker its list of parts may run ("including a woman and two children").
PART_LIST_WORDS = 8


def holds_part(sentence: str | None, word: str) -> bool:
    """Whether the sentence names, after a part marker, a count of a part counted with ``word`` or
    its other number ("including two children" holds a part of children and of a child)."""
    return part_count(sentence, word) is not None


def part_count(sentence: str | None, word: str) -> int | None:
    """The count of the part counted with ``word`` (or its other number) that the sentence names
    after a part marker ("including a woman and two children" -> 2 for children), else None."""
    if not sentence:
        return None
    lex = _revision_lexicon()
    forms = {word, *lex["number_forms"].get(word, ())}
    for m in lex["parts"].finditer(sentence):
        after = re.findall(r"[\w-]+", sentence[m.end() :].lower())[:PART_LIST_WORDS]
        for at in (i for i, w in enumerate(after) if w in forms):
            n = parse_number(" ".join(after[max(0, at - PART_WORD_GAP) : at]))
            if n is not None:
                return round(n.value)  # "including a woman and two children"; not "including children"
    return None


def victims_kind(f: Figure) -> str:
    """Who a figure counts, with the kinds news uses for all the dead ("civilians") taken as all."""
    kind = f.kind
    return "all" if kind in _revision_lexicon()["as_all"] else kind


def counted_kind(phrase: str | None) -> str:
    """Who a toll counts, from the first kind word of its claim phrase: 'executed', 'civilians',
    'combatants', or 'all' ("58 civilians" and "82 people" are counts of different kinds)."""
    if not phrase:
        return "all"
    lex = _revision_lexicon()
    head = lex["parts"].split(phrase, maxsplit=1)[0]
    for rx, kind in lex["phrases"]:
        if rx.search(head):
            return kind
    for word in re.findall(r"[a-z]+", head.lower()):
        if word in lex["kinds"]:
            return lex["kinds"][word]
    return "all"


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: A phrase that shows one person with the indefinite article ("an injured child"), not a number.
_INDEFINITE = re.compile(r"\s*an?\s", re.IGNORECASE)

#: Figures below this are told in too many ways to look for ("a child", "a man and his wife").
SHOWN_MIN_VALUE = 3


@cache
def _spellings() -> dict[int, tuple[str, ...]]:
    """Number words for the figures up to 99 ("fifteen", "twenty-two", "twenty two", "a dozen")."""
    raw = load_yaml("lexicons", "number_words.yaml")
    units = [(int(v), str(k)) for k, v in raw["units"].items()]
    tens = [(int(v), str(k)) for k, v in raw["tens"].items()]
    out: dict[int, list[str]] = {}
    for v, w in [*units, *tens]:
        out.setdefault(v, []).append(w)
    for t, tw in tens:
        for u, uw in units:
            if 0 < u < 10:
                out.setdefault(t + u, []).extend([f"{tw}-{uw}", f"{tw} {uw}"])
    for phrase, v in raw.get("fixed", {}).items():
        out.setdefault(int(v), []).append(str(phrase))
    return {v: tuple(ws) for v, ws in out.items()}


def holds_figure(text: str | None, value: int | None) -> bool:
    """Does a sentence give the figure, in digits ("1,400", "15") or words ("fifteen")? A side
    whose sentence does not is no side a reader can check (the figure came from elsewhere). A
    report read without its article's text has no sentence to hold against it."""
    if value is None or value < SHOWN_MIN_VALUE or not text:
        return True
    plain = re.sub(r"(?<=\d)[,.](?=\d{3}\b)", "", text)
    if re.search(rf"(?<!\d){value}(?!\d)", plain):
        return True
    low = " ".join(plain.lower().split())
    return any(re.search(rf"\b{re.escape(w)}\b", low) for w in _spellings().get(value, ()))


@cache
def _vague_words() -> frozenset[str]:
    raw = load_yaml("lexicons", "number_words.yaml")
    return frozenset(str(k).lower() for k in raw.get("vague", {}))


def vague_text(text: str | None) -> bool:
    """Is a claim's phrase a vague count ('dozens', 'scores of') rather than a figure?"""
    if not text:
        return False
    low = " " + " ".join(text.lower().split()) + " "
    if any(ch.isdigit() for ch in low):
        return False
    return any(f" {w} " in low for w in _vague_words())


def over_provinces(r: Report) -> bool:
    """Does the report place its event in two provinces, each as a whole ("X and Y provinces")?
    Its figure then counts the dead of an area, as a merged account of raids on two provinces
    does, not those of the one incident the story is about."""
    return (
        len(
            {
                fold(x.admin1, place=True)
                for x in r.event.locations[:3]
                if x.precision == "admin1" and x.admin1
            }
        )
        >= 2
    )


@dataclass(frozen=True)
class Figure:
    """A report's figure for a count of this event (its incident toll), with where it comes from."""

    report: Report
    low: int | None
    best: int | None
    high: int | None
    vague: bool
    claim: int | None  # index of the claim that gives the best figure, if any
    #: its sentence gives it a wider scope (tally_text), is another article's (in_link_list) or an
    #: earlier incident's (told_of_earlier_days)
    tally: bool = False

    @property
    def clean(self) -> bool:
        """A figure of this incident: neither a vague count nor an aggregate's or another article's,
        nor that of a report placed in two provinces (``over_provinces``)."""
        return not self.vague and not self.tally and not over_provinces(self.report)

    @property
    def claimant(self) -> str | None:
        """Who gives the figure. The injured told in the sentence that gives the dead come from the
        same count: that sentence's claimant of the dead is theirs ("40 killed and 110 wounded" is one
        monitor's toll, whoever the next sentence quotes)."""
        if self.claim is None:
            return None
        claims = self.report.event.claims
        own = claims[self.claim]
        if own.what == "injured" and (q := self.report.quote(self.claim)) is not None:
            for i, c in enumerate(claims):
                d = self.report.quote(i) if c.what == "killed" and c.source else None
                if d is not None and (d.start, d.end) == (q.start, q.end):
                    return c.source
        return own.source

    @property
    def phrase(self) -> str | None:
        """The claim's own phrase ("has risen to 61 people"), None when the figure has no claim."""
        return self.report.event.claims[self.claim].text if self.claim is not None else None

    @property
    def sentence(self) -> str | None:
        q = self.report.quote(self.claim)
        return q.text if q else None

    @property
    def revised(self) -> bool:
        """Its phrase or sentence says the toll was updated ("has risen to", "climbed to", "reached")."""
        return _marked("revised", self.phrase, self.sentence)

    @property
    def early(self) -> bool:
        """Its phrase or sentence gives it as an early toll ("initial reports", "preliminary")."""
        return _marked("early", self.phrase, self.sentence)

    @property
    def kind(self) -> str:
        """Who it counts: 'executed', 'civilians', 'soldiers', 'militants', 'combatants' or 'all'."""
        return counted_kind(self.phrase)

    @property
    def held(self) -> str | None:
        """The side its sentence says holds the place it was counted in (``held_side``), if one."""
        return held_side(self.sentence)

    @property
    def sites(self) -> frozenset[str]:
        """The kinds of site its sentence says were struck (``sites.struck_sites``: a clinic, an aid
        convoy); empty when it names none."""
        return struck_sites(self.sentence)

    @property
    def shown(self) -> bool:
        """Its sentence gives the figure (``holds_figure``): a reader can check it there. A figure of
        one read from a person the sentence shows with the indefinite article ("an injured boy lies
        in a clinic", "a wounded man is carried") is that person, not a count of the incident."""
        if self.best == 1 and _INDEFINITE.match(self.phrase or ""):
            return False
        return holds_figure(self.sentence, self.best)

    @property
    def one_place(self) -> bool:
        """A sentence of its report that gives this figure counts it in one village or town
        (``scope.names_one_place``: "at X, a village south of the town"), and it is no sum."""
        if self.best is None or self.summed:
            return False
        what = self.report.event.claims[self.claim].what if self.claim is not None else None
        texts = [self.sentence] + [
            q.text
            for i, c in enumerate(self.report.event.claims)
            if c.what == what
            and c.value is not None
            and round(c.value) == self.best
            and (q := self.report.quote(i)) is not None
        ]
        return any(names_one_place(t) for t in texts)

    @property
    def summed(self) -> bool:
        """Its article counts this figure over several places (``Report.summed``: "attacks on two
        villages left 40 dead"): the toll of two villages, not of one."""
        return self.best is not None and self.best in self.report.summed

    @property
    def day(self) -> dt.date | None:
        """The date of the weekday its sentence gives the incident (``said_day``): the last such day
        on or before its report's publication; None when it gives none."""
        name = said_day(self.sentence)
        published = self.report.published
        if name is None or not isinstance(published, dt.date):
            return None
        back = (published.weekday() - WEEKDAYS.index(name)) % 7
        return published - dt.timedelta(days=back)


#: Reports whose figures are remembered: a story is reconciled several times per run, a run needs no more.
@lru_cache(maxsize=20_000)
def figure(r: Report, attr: str, what: str) -> Figure | None:
    """The report's figure for ``attr`` ('fatalities', 'injuries'), or None when it gives none."""
    c = getattr(r.event, attr)
    if c.best is None and c.low is None and c.high is None:
        return None
    claims = [(i, cl) for i, cl in enumerate(r.event.claims) if cl.what == what and cl.value is not None]
    target = c.best if c.best is not None else (c.low if c.low is not None else c.high)
    matching = [(i, cl) for i, cl in claims if round(cl.value or 0) == target]
    # a vague word ("dozens") sets a count but makes no claim: a count no claim of its kind gives,
    # with neither bound, is a vague one
    vague = (bool(matching) and all(vague_text(cl.text) for _, cl in matching)) or (
        not claims and c.low is None and c.high is None
    )
    exact = _named_first([i for i, cl in matching if not vague_text(cl.text)], r)
    idx = exact[0] if exact else (matching[0][0] if matching else None)
    best = c.best
    sharper = _sharper(r, claims, idx, target)
    if sharper is not None:
        idx, best = sharper, round(r.event.claims[sharper].value or 0)
    quote = r.quote(idx)
    text = quote.text if quote else None
    wider = (
        tally_text(text)
        or in_link_list(text, best)
        or told_of_earlier_days(text, r)
        or _marked("addition", _from_phrase(text, r.event.claims[idx].text if idx is not None else None))
    )
    return Figure(r, c.low, best, c.high, vague, idx, tally=wider)


def _named_first(idxs: list[int], r: Report) -> list[int]:
    """The report's claims of its figure with those that say who the count is first: "at least 50
    of the group were lost" and "the army killed at least 50 militants" are one count, and the
    second says it counts fighters, so the figure is compared as the fighters' dead, never with a
    toll of the civilians the same offensive killed. A kind news uses for all the dead
    ("civilians") says no more than a bare count, so it does not move its claim ahead (the first
    claim's sentence is the one that names the incident). Order kept otherwise."""
    plain = {"all"} | _revision_lexicon()["as_all"]
    named = [i for i in idxs if counted_kind(r.event.claims[i].text) not in plain]
    return named + [i for i in idxs if i not in named]


def _from_phrase(sentence: str | None, phrase: str | None) -> str | None:
    """The sentence from the figure's own phrase on: what is said of that count ("nine guards who
    worked there were also killed" adds them to others), not of an earlier count in the sentence
    ("six teachers also died, while the monitor said 35 people had died in all")."""
    if not sentence or not phrase:
        return None
    at = sentence.lower().find(phrase.lower())
    return sentence[at:] if at >= 0 else None


#: How far above a bound ("over 100") a report's precise figure may lie and still be that bound made
#: precise ("at least 112"), as a share of the bound.
SHARPER_MAX_RATIO = 1.5
#: Qualifiers by which a figure is only a lower bound.
LOWER_BOUNDS = frozenset({"more_than", "at_least"})


def _sharper(r: Report, claims: list[tuple[int, Any]], idx: int | None, target: float | None) -> int | None:
    """A headline's round lower bound ("Over 100 killed") whose sentence does not give it, made
    precise by a figure of the same count that a sentence of the report does give ("at least 112
    were killed"): the precise one is the report's figure a reader can check. None otherwise."""
    if idx is None or target is None:
        return None
    own = r.event.claims[idx]
    if own.qualifier not in LOWER_BOUNDS:
        return None
    quote = r.quote(idx)
    if holds_figure(quote.text if quote else None, round(target)):
        return None
    fits = [
        (cl.value, i)
        for i, cl in claims
        if i != idx
        and target < (cl.value or 0) <= target * SHARPER_MAX_RATIO
        and not vague_text(cl.text)
        and (q := r.quote(i)) is not None
        and holds_figure(q.text, round(cl.value or 0))
    ]
    return min(fits)[1] if fits else None


@dataclass(frozen=True)
class Blame:
    """One party said (or claimed) to have done it, or denied to have, by one claimant in one report."""

    report: Report
    actor: str
    stance: str  # accuses | claims | denies
    claimant: str | None  # None: the article's own voice
    claim: int | None  # the responsibility claim's index; None for the article's own initiators
    via: str = "claim"  # claim | initiators | denied_source

    @property
    def who(self) -> str:
        """A key for the claimant: the named source, or the outlet speaking for itself."""
        return "src:" + fold(self.claimant) if self.claimant else "voice:" + source_key(self.report)


def blames(r: Report) -> list[Blame]:
    """Every accusation, claim of responsibility and denial in a report.

    Claims of responsibility first (``what: responsibility``). The article's
    own initiators count as its own accusation. A report read before claims
    of responsibility existed may still name a source that ``denied``: that
    source is taken to deny for its own side (the organisation it speaks for,
    else itself).
    """
    out: list[Blame] = []
    has_claims = False
    for i, c in enumerate(r.event.claims):
        if c.what != "responsibility" or not c.actor or not c.stance:
            continue
        if c.stance != "denies" and fold(c.actor) in unspecific_actors():
            continue
        has_claims = True
        out.append(Blame(r, c.actor, c.stance, c.source, i))
    for a in r.event.initiators:
        if a.name and fold(a.name) not in unspecific_actors() and not is_description(a.name, a.type):
            out.append(Blame(r, a.name, "accuses", None, None, via="initiators"))
    if not has_claims:
        for s in r.event.sources:
            if s.verb == "denied":
                out.append(Blame(r, s.organization or s.name, "denies", s.name, None, via="denied_source"))
    return out


def denied_party(b: Blame) -> str:
    """The key of the party a denial is for: the claim's actor, or '' when only a source's verb said 'denied'."""
    return "" if b.via == "denied_source" else fold(b.actor)


def side(r: Report, claim: int | None, **values: Any) -> dict[str, Any]:
    """One side of a contradiction or one source row: the value(s), then who, where and when, and the sentence."""
    q: Quote | None = r.quote(claim)
    return {
        **values,
        "source": source_label(r),
        "outlet": r.outlet,
        "wire": r.wire,
        "independent": independent(r),
        "article_id": r.article_id,
        "report_id": r.report_id,
        "claim": claim,
        "published": r.published.isoformat() if isinstance(r.published, dt.date) else None,
        "sentence": q.text if q else None,
        "sentence_start": q.start if q else None,
        "sentence_end": q.end if q else None,
    }


def source_rows(reports: list[Report]) -> list[dict[str, Any]]:
    """One row per (report, claimant) that says something: figures, whom they blame or deny, and the sentence.

    Ordered by publication date, then outlet, so a reader sees who said what first.
    """
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for r in reports:
        for attr, what, key in (("fatalities", "killed", "killed"), ("injuries", "injured", "injured")):
            f = figure(r, attr, what)
            if f is None or f.best is None:
                continue
            row = rows.setdefault((r.report_id, _who_key(f.claimant)), _row(r, f.claimant, f.claim))
            row[key] = f.best
            if f.vague:
                row[key + "_vague"] = True
        for b in blames(r):
            row = rows.setdefault((r.report_id, _who_key(b.claimant)), _row(r, b.claimant, b.claim))
            verb = {"accuses": "accuses", "claims": "claims", "denies": "denies"}[b.stance]
            if b.actor not in row[verb]:
                row[verb].append(b.actor)
    return sorted(rows.values(), key=lambda x: (x["published"] or "", x["source"] or "", x["report_id"]))


def _who_key(claimant: str | None) -> str:
    return fold(claimant) if claimant else ""


def _row(r: Report, claimant: str | None, claim: int | None) -> dict[str, Any]:
    return side(r, claim, who=claimant, accuses=[], claims=[], denies=[])
