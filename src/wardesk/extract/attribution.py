"""Attribution: who the article says reported each thing, through whom, and which text it covers.

The schema's ``sources`` (and each claim's ``source``) need the person or
organisation a statement is attributed to, in the form the scorer and readers
recognise: people as the text names them without their titles, organisations
under one canonical name (``resources/lexicons/sources.yaml``), anonymous
sources in the article's own wording. Each attribution also carries the
character ``scope`` it covers, so the frame builder can hand it to the events
and claims read from that span without this module knowing about events.
"""

from __future__ import annotations

import bisect
import csv
import functools
import io
import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from wardesk.names import fold
from wardesk.nlp.cache import (
    doc_children,
    doc_deps,
    doc_ents,
    doc_heads,
    doc_is_punct,
    doc_lemmas,
    doc_lowers,
    doc_opens_sentence,
    doc_pos,
    doc_sentence_starts,
    doc_sents,
    doc_tags,
    doc_text,
    doc_token_texts,
    ents_within,
    per_doc,
    span_root,
    span_text,
    subtree,
)
from wardesk.record import Source, SourceVerb
from wardesk.resources import load_text, load_words, load_yaml

#: Source types that carry other people's statements and so may be a ``via``.
CARRIER_TYPES = frozenset({"agency", "outlet", "state_media", "platform"})
#: Head nouns of a phrase naming a news carrier that the lexicon does not know.
CARRIER_NOUNS = load_words("lexicons", "institutions.yaml", "carrier_nouns")
#: Head nouns of "the <noun>" that refer back to an organisation named earlier.
ORG_HEADS = load_words("lexicons", "institutions.yaml", "source_org_heads")
#: Lemmas that make an unknown phrase a broadcaster's name.
BROADCAST_NOUNS = load_words("lexicons", "institutions.yaml", "broadcast_nouns")
#: Narrower lists of verbs of saying and the prepositions around them (``reporting_verbs.yaml``).
OBJECT_REPORTING_VERBS = load_words("lexicons", "reporting_verbs.yaml", "object_reporting_verbs")
OBJECT_TAKING_VERBS = load_words("lexicons", "reporting_verbs.yaml", "object_taking_verbs")
CITING_VERBS = load_words("lexicons", "reporting_verbs.yaml", "citing_verbs")
CHANNEL_PREPS = load_words("lexicons", "reporting_verbs.yaml", "channel_preps")
VIA_PREPS = load_words("lexicons", "reporting_verbs.yaml", "via_preps")
ORGANISATION_PREPS = load_words("lexicons", "reporting_verbs.yaml", "organisation_preps")
#: State organs a country's possessive may own ("Nigeria's defence ministry" -> "Nigerian ...").
COUNTRY_ORGAN_HEADS = load_words("lexicons", "institutions.yaml", "country_organ_heads")
#: Words that make a name tagged as a place a speaking unit ("Southern Military District said").
UNIT_NAME_WORDS = load_words("lexicons", "institutions.yaml", "unit_name_words")
#: "a report in the Daily Monitor", "a post on its channel": where a statement appeared.
PUBLISHED_IN_PREPS = load_words("lexicons", "reporting_verbs.yaml", "published_in_preps")
#: Determiners that make a subject nobody ("no group claimed", "neither side said").
NOBODY = frozenset({"no", "neither"})
#: "This was reported by X", "X confirmed this": the pronoun is the sentence before.
BACK_REFERENCES = load_words("lexicons", "reporting_verbs.yaml", "back_references")
#: Prepositions that say where or when a source is, not who it is ("officials in Gao").
LOCATIVE_PREPS = load_words("lexicons", "reporting_verbs.yaml", "locative_preps")
#: Verbs whose object is told, not telling ("..., told Reuters").
ADDRESSEE_VERBS = load_words("lexicons", "reporting_verbs.yaml", "addressee_verbs")
#: Common nouns that describe a named source after its name ("the X civil defence group").
DESCRIBING_NOUNS = load_words("lexicons", "institutions.yaml", "describing_nouns")
#: "the weekly Savana": nouns that make the name beside them an outlet's.
OUTLET_NOUNS = load_words("lexicons", "institutions.yaml", "outlet_nouns")
#: "the army", "the military": refer back to a listed source only, never to a rebel group's name.
STATE_FORCE_HEADS = load_words("lexicons", "institutions.yaml", "state_force_heads")
#: Words that never open a speaker's name: month and weekday names (a date glued before
#: it) and page furniture ("Tags", "Share") the text extractor left before a sentence.
_DATE_WORDS = load_words("lexicons", "time_expressions.yaml", "months") | load_words(
    "lexicons", "time_expressions.yaml", "weekdays"
)
PAGE_FURNITURE = load_words("lexicons", "reporting_verbs.yaml", "page_furniture")
#: "at least", "more than": a number so qualified counts a tally, not speakers.
COUNT_APPROXIMATORS = load_words("lexicons", "reporting_verbs.yaml", "count_approximators")
#: "Source: Jane Doe, head of the regional administration, on Telegram": the labels of a line
#: that credits the report, and the prepositions that open its channel after the speaker.
SOURCE_LABELS = load_words("lexicons", "reporting_verbs.yaml", "source_labels")
SOURCE_LABEL_CHANNEL_PREPS = load_words("lexicons", "reporting_verbs.yaml", "source_label_channel_preps")
#: A line that opens with a one-word label and a colon ("Source: ...", "Details: ...").
#: Words of a photo or page credit ("Source: Getty Images"): such a line credits no reporter.
CREDIT_WORDS = load_words("lexicons", "actor_words.yaml", "credit_words")
_LABEL_LINE = re.compile(r"(?m)^[ \t]*(?P<label>[A-Za-z]+)[ \t]*:[ \t]*(?P<who>[^\n]{2,300}?)[ \t.]*$")
#: Entity labels of a date, time or figure: none of them is part of a speaker's name.
_FIGURE_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "PERCENT", "MONEY"})
#: Longest title between a name and its verb in "..., Name, title of the X, said".
MAX_APPOSITION_TOKENS = 16
#: Longest subject/prepositional phrase (tokens) kept in an attributing phrase's text.
MAX_MODIFIER_TOKENS = 8
_APOSTROPHES = "'\u2019\u2018`\u00b4"
#: "DUBAI/SANAA - The X television said": a dateline run into the subject.
DATELINE_DASHES = frozenset({"-", "\u2013", "\u2014"})
_OPEN_QUOTES = "\u201c"
_CLOSE_QUOTES = "\u201d"
#: The characters ``quote_spans`` acts on: line breaks and quotation marks.
_QUOTE_MARKS = re.compile('[\n"' + _OPEN_QUOTES + _CLOSE_QUOTES + "]")


def _exact_case(alias: str) -> bool:
    """Short all-caps aliases (IS, UN, WHO, X) only match in capitals: they are also words."""
    bare = alias.replace(".", "")
    return bare.isalpha() and bare.isupper() and len(bare) <= 4


# ---------------------------------------------------------------------------
# Lexicons
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Words:
    """The attribution vocabulary of ``reporting_verbs.yaml``."""

    verbs: dict[str, str]
    clause_only: frozenset[str]
    non_reporting_objects: dict[str, frozenset[str]]
    titles: frozenset[str]
    source_nouns: frozenset[str]
    statement_nouns: frozenset[str]
    finding_nouns: frozenset[str]
    person_pronouns: frozenset[str]
    org_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    pronoun_window: int
    only_with_objects: dict[str, frozenset[str]]
    with_of: frozenset[str]

    @classmethod
    @functools.lru_cache(maxsize=1)
    def default(cls) -> _Words:
        data = load_yaml("lexicons", "reporting_verbs.yaml")
        return cls(
            verbs={str(k): str(v) for k, v in data["verbs"].items()},
            clause_only=frozenset(data.get("clause_only", [])),
            non_reporting_objects={
                k: frozenset(v) for k, v in (data.get("non_reporting_objects") or {}).items()
            },
            titles=frozenset(str(t).lower().rstrip(".") for t in data.get("titles", [])),
            source_nouns=frozenset(data.get("source_nouns", [])),
            statement_nouns=frozenset(data.get("statement_nouns", [])),
            finding_nouns=frozenset(data.get("finding_nouns", [])),
            person_pronouns=frozenset(data.get("person_pronouns", [])),
            org_pronouns=frozenset(data.get("org_pronouns", [])),
            group_pronouns=frozenset(data.get("group_pronouns", [])),
            pronoun_window=int(data.get("pronoun_window_sentences", 3)),
            only_with_objects={
                k: frozenset(v) for k, v in (data.get("reporting_only_with_objects") or {}).items()
            },
            with_of=frozenset(data.get("reporting_with_of") or []),
        )


def reporting_lemmas() -> frozenset[str]:
    """The verbs of saying in ``reporting_verbs.yaml``: their subject speaks, it does not act.

    Verbs that report only with a given object or an "of" ("gave a toll", "speak of
    40 dead") are left out: most of the time they are no verbs of saying.
    """
    words = _Words.default()
    return frozenset(words.verbs) - set(words.only_with_objects) - words.with_of


#: Phrases whose canonical source is remembered per lexicon before the memo starts over.
CANONICAL_MEMO_SIZE = 100_000
#: A folded acronym written with dots ("u n r w a"), and a place-of-office prefix ("beirut based ").
_DOTTED_ACRONYM = re.compile(r"(\w )+\w")
_BASED_PREFIX = re.compile(r"^\w+ based ")


class SourceLexicon:
    """Canonical source organisations, their aliases, job titles and known people.

    Built from ``sources.yaml``; lookups fold case, accents and punctuation the
    way the scorer does.
    """

    def __init__(self, entries: list[dict[str, Any]]) -> None:
        self._alias: dict[str, str] = {}
        self._exact: dict[str, str] = {}  # folded key -> the capitals it must be written in
        self._type: dict[str, str] = {}
        self._title: dict[str, str] = {}
        self._person: dict[str, str] = {}
        self._max_words = 1
        self._canonical: dict[str, str | None] = {}
        self._countries: dict[str, frozenset[str]] = {}  # name -> the countries its aliases name
        self._branched: set[str] = set()  # names whose "<country> <alias>" is a national body
        for entry in entries:
            name = str(entry["name"])
            if entry.get("national_branches"):
                self._branched.add(name)
            self._type[name] = str(entry.get("type", "outlet"))
            aliases = [name, *(str(a) for a in entry.get("aliases") or [])]
            for alias in aliases:
                self._add(str(alias), name)
            self._countries[name] = frozenset(c for a in aliases for c in countries_named(fold(a).split()))
            for title in entry.get("titles") or []:
                self._title[fold(str(title))] = name
            for person in entry.get("people") or []:
                for alias in [person["name"], *(person.get("aliases") or [])]:
                    self._person[fold(str(alias))] = name

    def _add(self, alias: str, name: str) -> None:
        key = fold(alias)
        if not key:
            return
        if _exact_case(alias):
            self._exact[key] = alias.replace(".", "")
        self._alias.setdefault(key, name)
        self._max_words = max(self._max_words, len(key.split()))

    @classmethod
    @functools.lru_cache(maxsize=1)
    def default(cls) -> SourceLexicon:
        """The bundled lexicon, read once per process."""
        return cls(load_yaml("lexicons", "sources.yaml")["sources"])

    def canonical(self, text: str | None) -> str | None:
        """The canonical name ``text`` refers to as a whole, or None (memoised:
        attribution asks about the same phrases many times per article)."""
        key = text or ""
        if key not in self._canonical:
            if len(self._canonical) > CANONICAL_MEMO_SIZE:
                self._canonical.clear()  # a long run sees unbounded text: keep memory flat
            self._canonical[key] = self._canonical_of(key)
        return self._canonical[key]

    def _canonical_of(self, text: str | None) -> str | None:
        key = fold(text)
        if not key:
            return None
        name = self._lookup(key, text or "")
        if name is None and _DOTTED_ACRONYM.fullmatch(key):
            # dotted acronyms: "U.N.R.W.A." is UNRWA
            name = self._lookup(key.replace(" ", ""), (text or "").replace(".", ""))
        if name is None:
            # "Britain-based X", "Beirut-based X": the place of the office is not part of the name
            bare = _BASED_PREFIX.sub("", key)
            if bare != key:
                name = self._lookup(bare, text or "")
        return name

    def _lookup(self, key: str, original: str) -> str | None:
        name = self._alias.get(key)
        if name is None:
            return None
        need = self._exact.get(key)
        if need is not None and need not in original.replace(".", "").split():
            # a handle is written in lower case: "@hrw" is HRW, "hrw" alone is no name
            if "@" + need.lower() not in original.lower().split():
                return None
        return name

    def find_in(self, text: str | None) -> str | None:
        """The canonical name of the longest alias inside ``text`` ("SOHR director" -> SOHR)."""
        words = fold(text).split()
        raw = (text or "").replace(".", "")
        for n in range(min(len(words), self._max_words), 0, -1):
            for i in range(len(words) - n + 1):
                key = " ".join(words[i : i + n])
                if key in self._alias:
                    name = self._lookup(key, raw)
                    if (
                        name is not None
                        and not self._foreign(words, name)
                        and not self._branch(words, i, name)
                    ):
                        return name
        return None

    def _branch(self, words: list[str], i: int, name: str) -> bool:
        """A country right before the alias at ``words[i]`` of an international body with national
        branches names the branch: "the Kenya Red Cross", "Kenya's Red Cross" are not the ICRC."""
        if name not in self._branched or i == 0:
            return False
        for n in (1, 2):
            before = words[max(0, i - n) : i]
            if countries_named(before):
                return True
            last = before[-1]
            if last.endswith("s") and countries_named([*before[:-1], last[:-1]]):
                return True  # "kenyas": the possessive, folded
        return False

    def named_abroad(self, text: str, name: str) -> bool:
        """``text``, a phrase read as the source ``name``, names another country or territory than
        the source's own ("Gaza's civil defence agency" read as the Syrian White Helmets)."""
        return self._foreign(fold(text).split(), name)

    def _foreign(self, words: list[str], name: str) -> bool:
        """The text names another country than the source's own: "the Jordanian civil defence" is
        not the Syrian one, though "civil defence" alone is one of its aliases."""
        own = self._countries.get(name)
        if not own:
            return False
        said = countries_named(words) | territories_named(words)
        return bool(said) and not said & own

    def has_branches(self, name: str | None) -> bool:
        """Whether "<country> <name>" is a national body of its own ("the Kenya Red Cross")."""
        return name in self._branched

    def type_of(self, name: str | None) -> str | None:
        """The type of a canonical source (monitor, agency, ...), or None."""
        return self._type.get(name or "")

    def is_carrier(self, name: str | None) -> bool:
        """True for news agencies, outlets, state media and platforms: the possible ``via``."""
        return self._type.get(name or "") in CARRIER_TYPES

    def title_org(self, title: str | None) -> str | None:
        """The organisation a job title identifies ("Russian defence minister"), or None."""
        key = fold(title)
        return self._title.get(key) if key else None

    def person_org(self, person: str | None) -> str | None:
        """The organisation a known spokesperson speaks for, or None."""
        key = fold(person)
        return self._person.get(key) if key else None


# ---------------------------------------------------------------------------
# The result
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Attribution:
    """One attribution found in the text.

    ``scope`` is the character span of the content it covers (the reported
    clause, the sentence for "according to X", or a whole direct quote), and
    ``sent_i`` the index of its sentence in ``doc.sents``.
    """

    name: str
    organization: str | None
    verb: SourceVerb
    via: str | None
    text: str
    start_char: int
    end_char: int
    scope: tuple[int, int]
    sent_i: int
    kind: str = "org"  # person | org | anonymous: what ``name`` names
    carrier: bool = False  # ``name`` is a news outlet or agency, which carries others' reports

    def to_source(self) -> Source:
        """The schema's ``Source`` record."""
        return Source(
            name=self.name, organization=self.organization, verb=self.verb, via=self.via, text=self.text
        )


@dataclass
class _Found:
    """An attribution under construction (mutable while a sentence is merged)."""

    name: str
    organization: str | None
    verb: str
    via: str | None
    tokens: tuple[int, int]  # token range of the attributing phrase, end exclusive
    scope: tuple[int, int]
    sent_i: int
    kind: str
    anchor: int  # the reporting verb (or "according") token, for de-duplication
    subject: Token | None = None
    carrier: bool = False
    from_according: bool = False


# ---------------------------------------------------------------------------
# Extraction
# ---------------------------------------------------------------------------


def find_attributions(doc: Doc, lexicon: SourceLexicon | None = None) -> list[Attribution]:
    """Every attribution in ``doc``, in text order.

    Args:
        doc (Doc): a parsed article (sentences, entities, dependencies).
        lexicon (SourceLexicon | None): canonical sources; the bundled one by default.
    RETURNS (list[Attribution]): one per attributed statement; a statement
        carried by an outlet ("X said, SANA reported") is one attribution with ``via``.
    """
    lex = lexicon or SourceLexicon.default()
    words = _Words.default()
    quotes = quote_spans(doc_text(doc))
    lowers, lemmas, pos = doc_lowers(doc), doc_lemmas(doc), doc_pos(doc)
    found: list[_Found] = []
    for si, sent in enumerate(doc_sents(doc)):
        here: list[_Found] = []
        for i in range(sent.start, sent.end):  # cached arrays: a Token only for candidates
            if lowers[i] == "according" and i + 1 < len(doc) and lowers[i + 1] == "to":
                here.extend(_according(doc[i], sent, si, lex))
            elif lemmas[i] in words.verbs and pos[i] in ("VERB", "AUX"):
                here.extend(_from_verb(doc[i], sent, si, lex, words))
        here = _merge_carriers(here, lex)
        for f in here:
            _resolve_reference(f, found, doc, lex, words)
        found.extend(f for f in here if f.name)
    found.extend(_sign_offs(doc, lex, words))
    found.extend(_source_lines(doc, lex, words))
    out: list[Attribution] = []
    for f in found:
        span = doc[f.tokens[0] : f.tokens[1]]
        if f.kind == "person" or (f.kind == "org" and _bare_surname(f.name, lex)):
            full = _full_name(f.name, span.start_char, doc, words)
            if full != f.name:
                f.name, f.organization = full, f.organization or lex.person_org(full)
                f.kind = "person"  # "Kiprono said" after "Amos Kiprono, a local chief"
        scope = _quote_scope(f.scope, span.start_char, span.end_char, quotes, doc_text(doc))
        out.append(
            Attribution(
                name=f.name,
                organization=f.organization if f.organization != f.name else None,
                verb=f.verb,  # type: ignore[arg-type]
                via=f.via if f.via != f.name else None,
                text=span.text,
                start_char=span.start_char,
                end_char=span.end_char,
                scope=scope,
                sent_i=f.sent_i,
                kind=f.kind,
                carrier=f.carrier,
            )
        )
    out.sort(key=lambda a: a.start_char)
    return out


#: "... — Jane Doe (@janedoe) May 3, 2024" closing an embedded post, "... - spokesman John Doe"
#: closing a statement: a dash, title words, a capitalised name, a handle in brackets and a
#: date, at the end of a paragraph.
_SIGN_OFF = re.compile(
    r"[\u2014\u2013-][ \t]*(?P<who>(?:[\w.'\u2019-]+[ \t]+){0,6}[A-Z][\w'\u2019.-]*)"
    r"[ \t]*(?:\((?P<handle>@\w{1,30})\))?[ \t]*(?:[A-Z][a-z]+\.?[ \t]+\d{1,2},[ \t]+\d{4})?[ \t]*(?=\n|$)"
)
#: The longest post a social network shows: a signed post reaches back this far at most.
POST_MAX_CHARS = 280


def _sign_offs(doc: Doc, lex: SourceLexicon, words: _Words) -> list[_Found]:
    """Who signs a post or a statement the article reproduces: "... — Jane Doe (@janedoe) May 3,
    2024" after an embedded post, "... - spokesman John Doe" after a statement. The signer said
    the text before the dash: its paragraph, and for a post the paragraphs before it that fit in
    one post (:data:`POST_MAX_CHARS`). A name without a handle signs only after a title word, so
    a dash inside a sentence ("the town - Kupiansk - was shelled") signs nothing."""
    text = doc_text(doc)
    out: list[_Found] = []
    for m in _SIGN_OFF.finditer(text):
        who = m.group("who").split()
        if any(w.lower() in words.verbs for w in who):
            continue  # "- said X": the verb's own attribution
        titled = any(w.lower().rstrip(".") in words.titles for w in who)
        if not all(w[:1].isupper() or w.lower().rstrip(".") in words.titles for w in who):
            continue  # a sentence's words, not a signature
        if m.group("handle") is None and not titled:
            continue
        span = doc.char_span(m.start("who"), m.end("who"), alignment_mode="expand")
        if span is None or not len(span):
            continue
        desc = _describe(span[-1], lex, words)
        if desc is None:
            # the name after the last title word ("Army spokesman Col. Jan Kos" -> "Jan Kos")
            k = max((i + 1 for i, w in enumerate(who) if w.lower().rstrip(".") in words.titles), default=0)
            name_words = who[k:]
            if len(name_words) < 2:
                continue
            desc = (" ".join(name_words), _org_from_title(list(span[: len(span) - 1]), doc, lex), "person")
        start = text.rfind("\n", 0, m.start()) + 1
        if not text[start : m.start()].strip() and start > 0:
            start = text.rfind("\n", 0, len(text[: start - 1].rstrip())) + 1  # signed on a line of its own
        if m.group("handle") is not None:
            while start > 0:
                before = text.rfind("\n", 0, text[:start].rstrip().__len__()) + 1
                if m.start() - before > POST_MAX_CHARS or not text[before:start].strip():
                    break
                start = before
        out.append(_credited(doc, span, desc, "said", (start, m.start())))
    return out


def _credited(
    doc: Doc, span: Span, desc: tuple[str, str | None, str], verb: str, scope: tuple[int, int]
) -> _Found:
    """The source a signature or a labelled line names (``desc``: name, organization, kind), over
    the characters ``scope`` it credits: no verb of saying stands in the text for either."""
    name, org, kind = desc
    return _Found(
        name=name,
        organization=org,
        verb=verb,
        via=None,
        tokens=(span.start, span.end),
        scope=scope,
        sent_i=next((i for i, st in enumerate(doc_sents(doc)) if st.start <= span.start < st.end), 0),
        kind=kind,
        anchor=span.start,
        subject=span[-1],
    )


def _source_lines(doc: Doc, lex: SourceLexicon, words: _Words) -> list[_Found]:
    """Who a labelled line credits the report to ("Source: Jane Doe, head of the regional
    administration, on Telegram"; several sources split by ";"). No verb of saying names them,
    so the verb-led finders miss them. Such a line credits the report it follows and the details
    under it: its scope runs from the paragraph before it to the next such line (or the end).
    A line that credits only a news carrier ("Source: Reuters") or a picture ("Source: Getty
    Images") names where the text or photo came from, not who reported the event: left out."""
    text = doc_text(doc)
    lines = [
        m
        for m in _LABEL_LINE.finditer(text)
        if m["label"].lower() in SOURCE_LABELS and CREDIT_WORDS.isdisjoint(re.findall(r"[\w']+", m["who"]))
    ]
    out: list[_Found] = []
    for k, m in enumerate(lines):
        above = text[: m.start()].rstrip()
        start = text.rfind("\n", 0, len(above)) + 1 if above else 0
        end = lines[k + 1].start() if k + 1 < len(lines) else len(text)
        at = m.start("who")
        for part in m["who"].split(";"):
            span = doc.char_span(at, at + len(part), alignment_mode="contract")
            at += len(part) + 1
            desc = _labelled_speaker(span, lex, words) if span is not None and len(span) else None
            if desc is None or span is None:
                continue
            out.append(_credited(doc, span, desc, "according_to", (start, end)))
    return out


def _labelled_speaker(span: Span, lex: SourceLexicon, words: _Words) -> tuple[str, str | None, str] | None:
    """(name, organization, kind) of the speaker a source line names: the person it names, with
    the body their title names as organisation ("Jane Doe, head of the X administration"), else
    the body; the channel after it ("on Telegram") is no part of either."""
    cut = next(
        (t.i for t in span if t.i > span.start and t.lower_ in SOURCE_LABEL_CHANNEL_PREPS),
        span.end,
    )
    named = [d for t in span.doc[span.start : cut] if (d := _describe(t, lex, words)) is not None]
    people = [d for d in named if d[2] == "person"]
    bodies = [d for d in named if d[2] == "org" and not lex.is_carrier(d[0])]
    person = max(people, key=lambda d: len(d[0]), default=None)
    if person is not None:
        # "Head of the X Administration Jane Doe": the body's name without the person run into it
        own = [_without_name(d[0], person[0]) for d in bodies]
        org = max((o for o in own if o and fold(o) != fold(person[0])), key=len, default=None)
        return person[0], org or lex.person_org(person[0]), "person"
    body = max(bodies, key=lambda d: len(d[0]), default=None)
    return body


def _without_name(body: str, person: str) -> str:
    """An organisation's name with a person's name that the tagger ran into its end removed."""
    return body[: -len(person)].strip() if body.endswith(person) else body


def _according(tok: Token, sent: Span, si: int, lex: SourceLexicon) -> list[_Found]:
    """``according to X``: X reported the whole sentence."""
    to = tok.doc[tok.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"]
    if not objs:
        return []
    obj = objs[0]
    lo, hi = _np_range(obj)
    lo = min(lo, tok.i)
    hi = _extend_alias(tok.doc, obj.left_edge.i, hi, lex)
    sources = [obj, *[c for c in obj.conjuncts if c.i > obj.i]]
    out = []
    for s in sources:
        desc = _describe(s, lex, _Words.default())
        if desc is None:
            continue
        name, org, kind = desc
        if s is obj:
            name, org, kind = _maybe_alias_span(tok.doc, s.left_edge.i, hi, name, org, kind, lex)
        out.append(
            _Found(
                name=name,
                organization=org,
                verb="according_to",
                via=None,
                tokens=(lo, hi),
                scope=(sent.start_char, sent.end_char),
                sent_i=si,
                kind=kind,
                anchor=tok.i,
                subject=s,
                carrier=_is_carrier_phrase(s, name, lex),
                from_according=True,
            )
        )
    return out


def _from_verb(verb: Token, sent: Span, si: int, lex: SourceLexicon, words: _Words) -> list[_Found]:
    """A reporting verb with a source subject ("X said", "said X", "was confirmed by X")."""
    lemma = verb.lemma_.lower()
    label = words.verbs[lemma]
    if verb.dep_ in ("amod", "compound", "acl", "nmod") or verb.tag_ == "JJ":
        return []
    kids = list(verb.children)
    # cheap refusals first: most "gave", "put", "found", "spoke" report nothing
    wanted = words.only_with_objects.get(lemma)
    if wanted is not None and not any(c.dep_ == "dobj" and c.lemma_.lower() in wanted for c in kids):
        return []
    if lemma in words.with_of and not any(c.dep_ in ("prep", "ccomp") for c in kids):
        return []
    # the subject nearest the verb: a dateline the parser made a subject comes first
    # ("BAMAKO (Reuters) - Local officials accused ...")
    subj = next((c for c in reversed(kids) if c.dep_ in ("nsubj", "csubj") and c.i < verb.i), None)
    subj = subj or next((c for c in kids if c.dep_ in ("nsubj", "csubj")), None)
    passive = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    agent = _agent(verb)
    via: str | None = None
    via_tokens: list[Token] = []
    loose = False
    if subj is None and passive is None:
        subj = _participle_subject(verb)
    if subj is None and passive is None:
        subj = _loose_subject(verb) or _final_speaker(verb, lex, words)
        loose = subj is not None
    if subj is None and passive is None:
        subj = _shared_subject(verb)
    if lemma == "quote":
        # "TASS quoted X as saying" -> X, via TASS; "X was quoted by TASS as saying" -> X, via TASS
        if subj is None and passive is None:
            return []  # "..., quoting X": the governing verb's source
        if passive is not None:
            carrier, subj = agent, passive
        else:
            carrier, subj = subj, next((c for c in kids if c.dep_ == "dobj"), None)
        if carrier is not None:
            via = _carrier_name(carrier, lex)
            via_tokens.append(carrier)
        label = "said"
    elif passive is not None or subj is None:
        if agent is None:
            return []  # "X was reported killed", "it was reported that": nobody named
        subj = agent
    if subj is None or subj.pos_ in ("SCONJ", "ADP"):
        return []
    if _counted(subj) and passive is None:
        # "... wounded 60 people said the agency": an unpunctuated inversion whose parsed
        # subject is the tally; the speaker is the object after the verb
        obj = next((c for c in kids if c.dep_ in ("nsubj", "dobj", "attr") and c.i > verb.i), None)
        if obj is None or _counted(obj):
            return []
        subj = obj
    if any(c.dep_ == "det" and c.lower_ in NOBODY for c in subj.children):
        return []  # "no group has claimed it": nobody speaks
    objects = {c.lemma_.lower() for c in kids if c.dep_ in ("dobj", "attr")}
    if objects & words.non_reporting_objects.get(lemma, frozenset()):
        return []
    clause = _clause(verb)
    if lemma in words.only_with_objects:
        # "doctors gave a toll of 17 dead": the object is what is reported
        obj = next(
            (c for c in kids if c.dep_ == "dobj" and c.lemma_.lower() in words.only_with_objects[lemma]), None
        )
        if obj is None:
            return []
        if obj.lemma_.lower() in words.statement_nouns and any(
            c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and c.lemma_.lower() in words.verbs
            for c in kids
        ):
            return []  # "issued a statement, saying ...": the participle tells what it said
        clause = obj
    elif lemma in words.with_of and clause is None:
        # "residents speak of 40 dead"
        of = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None:
            return []
        clause = of
    if lemma in words.clause_only and clause is None and not _next_to_quote(verb):
        return []
    cited = _cited(verb)
    if cited is not None:
        # "Reuters reported, citing a security source, ..." -> the cited source, via Reuters
        via = _carrier_name(subj, lex)
        via_tokens.append(subj)
        subj = cited
    via = via or _via(verb, lex, words)
    noun_scope = False
    if lemma in OBJECT_REPORTING_VERBS and clause is None and not loose:
        # "the ministry denied the attack", "the attack was claimed by the group": what is
        # reported is the noun phrase, not the relative clause that tells more of it
        obj = next((c for c in kids if c.dep_ in ("dobj", "attr")), None) if passive is None else passive
        clause, noun_scope = obj, obj is not None
    sents = (sent.start_char, sent.end_char)
    scope = (clause.left_edge.idx, _end_char(clause.right_edge)) if clause is not None else sents
    if noun_scope and clause is not None:
        a, b = _np_range(clause)
        scope = (verb.doc[a].idx, _end_char(verb.doc[b - 1]))
    lo, hi = _phrase(verb, subj, via_tokens)
    if loose and clause is None:
        scope = (sent.start_char, verb.doc[lo].idx)
    reported = passive if passive is not None else next((c for c in kids if c.dep_ == "dobj"), None)
    if reported is not None and reported.lower_ in BACK_REFERENCES and sent.start > 0:
        # "This was reported by the governor": what the paragraph told before it is what he
        # reported (opening a paragraph, the sentence before it)
        para = doc_text(verb.doc).rfind("\n", 0, sent.start_char) + 1
        scope = (min(verb.doc[sent.start - 1].sent.start_char, para), sent.end_char)
    out = []
    for s in [subj, *[c for c in subj.conjuncts if c.i > subj.i]]:
        desc = _describe(s, lex, words)
        if desc is None:
            continue
        name, org, kind = desc
        if s is subj:
            end = _extend_alias(verb.doc, s.left_edge.i, _np_range(s)[1], lex)
            name, org, kind = _maybe_alias_span(verb.doc, s.left_edge.i, end, name, org, kind, lex)
            if end > hi and end - hi <= 3:
                hi = end
                if lo <= verb.i < end:
                    scope = (max(scope[0], verb.doc[end - 1].idx + len(verb.doc[end - 1].text)), scope[1])
        out.append(
            _Found(
                name=name,
                organization=org,
                verb=label,
                via=via,
                tokens=(lo, hi),
                scope=scope,
                sent_i=si,
                kind=kind,
                anchor=verb.i,
                subject=s,
                carrier=_is_carrier_phrase(s, name, lex),
            )
        )
    return out


def _participle_subject(verb: Token) -> Token | None:
    """The speaker of a participle: the subject of the verb it hangs from.

    "The army issued a statement, saying 14 fighters were killed", "..., adding
    that", "a statement saying that": the army says it.
    """
    if verb.tag_ != "VBG":
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.pos_ == "NOUN":
        head = head.head  # "issued a statement saying ...": the issuer
    elif verb.dep_ not in ("advcl", "xcomp", "conj"):
        return None
    if head is verb or head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in head.children if c.dep_ in ("nsubj", "csubj")), None)


def _shared_subject(verb: Token) -> Token | None:
    """The subject a verb of saying shares with the verb it is joined to: "the families
    rejected the toll and said 60 died": the families say it."""
    head = verb.head
    if verb.dep_ != "conj" or head is verb or head.pos_ not in ("VERB", "AUX") or head.i > verb.i:
        return None
    if not any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return None  # "..., claimed the ministry": an inversion, not two acts of one subject
    return next((c for c in head.children if c.dep_ in ("nsubj", "csubj")), None)


def _loose_subject(verb: Token) -> Token | None:
    """The source of an inverted attribution the parser left without a subject.

    ", claimed the ministry." (parsed as an object) and ", Name, said." (parsed
    as a modifier of the reported clause).
    """
    doc = verb.doc
    addressee = verb.lemma_.lower() in ADDRESSEE_VERBS  # "..., told Reuters": Reuters is told
    if verb.i > 0 and doc[verb.i - 1].text == "," and not addressee:
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr") and c.i > verb.i), None)
        if obj is not None and not any(c.dep_ == "ccomp" for c in verb.children):
            return obj
    end = verb.i - 1
    if end >= 0 and doc[end].text in (",", "]"):
        end -= 1  # "..., Name, said"; "the doctor [Name] told": an editor's bracketed name
    if end < 0:
        return None
    names = {e.end - 1: e for e in doc_ents(doc) if e.label_ in ("PERSON", "ORG")}
    if end not in names and doc[end].dep_ == "appos" and doc[end].head.i in names:
        end = doc[end].head.i  # "Name, a district commissioner, told": the name
    if end not in names and doc[verb.i - 1].text == ",":
        # "..., Name, chair of the X movement, said": the parser lost the apposition
        start = doc_sentence_starts(doc)[verb.i]
        for k in range(verb.i - 2, max(start, verb.i - MAX_APPOSITION_TOKENS) - 1, -1):
            if doc[k].text != ",":
                continue
            if k - 1 in names and names[k - 1].label_ == "PERSON":
                end = k - 1
                break
            lo = k - 1
            while lo > start and doc[lo - 1].pos_ == "PROPN":
                lo -= 1
            if (
                k - lo >= 2
                and doc[lo - 1].text == ","
                and all(t.pos_ == "PROPN" and t.is_title for t in doc[lo:k])
            ):
                return doc[k - 1]  # a name the tagger missed
    ent = names.get(end)
    if ent is not None and (
        ent.start == 0 or doc[ent.start - 1].text in (",", "[") or doc[ent.start - 1].is_sent_start
    ):
        return ent.root
    return None


def _final_speaker(verb: Token, lex: SourceLexicon, words: _Words) -> Token | None:
    """The speaker of a sentence that ends "... the X monitor said." without a comma, which
    the parser read as part of the reported clause ("... wounded five others the X group
    said"): the largest phrase ending right before the verb that holds no figure and names
    a speaker."""
    doc = verb.doc
    if verb.dep_ != "ROOT":
        return None
    sent_start = doc_sentence_starts(doc)[verb.i]
    sent_end = doc_sents(doc)[bisect.bisect_right(_sent_starts(doc), verb.i) - 1].end
    punct = doc_is_punct(doc)
    if verb.i == sent_start or any(not punct[k] for k in range(verb.i + 1, sent_end)):
        return None
    last = doc[verb.i - 1]
    if last.pos_ not in ("NOUN", "PROPN"):
        return None
    chain = [last, *(a for a in last.ancestors if a.i < verb.i)]
    found: list[tuple[Token, str]] = []
    for cand in chain:
        if cand.right_edge.i != last.i or cand.pos_ not in ("NOUN", "PROPN"):
            continue
        if any(t.like_num or t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in cand.subtree):
            break
        desc = _describe(cand, lex, words)
        if desc is not None:
            found.append((cand, desc[2]))
    # a name wins over the description around it ("the rights group Amnesty International")
    named = next((c for c, kind in found if kind in ("org", "person")), None)
    return named if named is not None else (found[-1][0] if found else None)


def _agent(verb: Token) -> Token | None:
    """The object of a passive ``by`` ("was confirmed by the ministry")."""
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and verb.tag_ == "VBN"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _clause(verb: Token) -> Token | None:
    """The clause a reporting verb reports (its ccomp, or one under "as saying"/"citing"). Walks
    the per-document arrays: it runs for every reporting verb, twice (memoised per document)."""
    doc = verb.doc
    memo = _memo(doc)
    key = ("clause", verb.i, False)
    found = memo.get(key, -2)
    if found == -2:
        found = memo[key] = _clause_of(doc, verb.i)
    return None if found == -1 else doc[found]


@per_doc
def _above_clauses(doc: Doc) -> tuple[set[int], set[int]]:
    """(tokens with a verb ``ccomp`` at or below them, tokens with a ``relcl`` at or below them):
    ``_clause_of`` walks a dependent's subtree for one only when there is one to find."""
    deps, pos, heads = doc_deps(doc), doc_pos(doc), doc_heads(doc)
    ccomp: set[int] = set()
    relcl: set[int] = set()
    for g, dep in enumerate(deps):
        into = ccomp if dep == "ccomp" and pos[g] in ("VERB", "AUX") else relcl if dep == "relcl" else None
        k = g
        for _ in range(len(heads)) if into is not None else ():  # bounded: a malformed tree must not loop
            if k in into:
                break  # the rest of the path is in already
            into.add(k)
            if heads[k] == k:
                break
            k = heads[k]
    return ccomp, relcl


def _clause_of(doc: Doc, v: int) -> int:
    """``_clause`` as a token index, -1 for none."""
    deps, pos, kids, heads = doc_deps(doc), doc_pos(doc), doc_children(doc)[v], doc_heads(doc)
    above_ccomp, above_relcl = _above_clauses(doc)
    for c in kids:
        if deps[c] in ("ccomp", "parataxis") and pos[c] in ("VERB", "AUX"):
            return c
    for c in kids:
        if deps[c] in ("advcl", "xcomp", "prep") and c in above_ccomp:
            for g in subtree(doc, c):
                if deps[g] == "ccomp" and pos[g] in ("VERB", "AUX") and g != v:
                    return g
    for c in kids:
        # "said at a briefing that bombers destroyed ...", parsed as a relative clause of "briefing"
        if deps[c] in ("prep", "dobj", "dative") and c in above_relcl:
            for g in subtree(doc, c):
                if deps[g] == "relcl":
                    edge = doc[g].left_edge
                    if edge.lower_ == "that" and edge.i == heads[g] + 1:
                        return g
    return -1


def _cited(verb: Token) -> Token | None:
    """The source of "..., citing X" / "..., quoting X" attached to a reporting verb."""
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp", "prep", "conj") and c.lemma_.lower() in CITING_VERBS:
            obj = next((g for g in c.children if g.dep_ in ("dobj", "pobj")), None)
            if obj is not None:
                return obj
    return None


def _via(verb: Token, lex: SourceLexicon, words: _Words) -> str | None:
    """The outlet that carried a statement.

    "told Reuters", "said on Telegram", "said in a post on Telegram", "in a
    statement carried by Amaq", "in an interview with Al Jazeera".
    """
    for c in verb.children:
        if c.dep_ in ("dobj", "dative") and verb.lemma_.lower() == "tell":
            name = _carrier_name(c, lex, strict=True)
            if name:
                return name
        if c.dep_ == "prep" and c.lower_ in CHANNEL_PREPS:
            for obj in (g for g in c.children if g.dep_ == "pobj"):
                name = _carrier_name(obj, lex, strict=True)
                if name:
                    return name
    clause = _clause(verb)
    doc, deps = verb.doc, doc_deps(verb.doc)
    skip = set(subtree(doc, clause.i)) if clause is not None else set()
    own = [
        t
        for c in doc_children(doc)[verb.i]
        if deps[c] in ("prep", "npadvmod", "dobj", "agent")
        for t in subtree(doc, c)
        if t not in skip
    ]
    lows, lemmas, heads, kids = doc_lowers(doc), doc_lemmas(doc), doc_heads(doc), doc_children(doc)
    for t in own:
        if deps[t] == "prep" and lows[t] in VIA_PREPS and heads[t] not in skip:
            obj = next((g for g in kids[t] if deps[g] == "pobj"), None)
            name = _carrier_name(doc[obj], lex, strict=True) if obj is not None else None
            if name:
                return name
        if lemmas[t] not in words.statement_nouns:
            continue
        for g in subtree(doc, t):
            if deps[g] == "pobj" and g != t and g not in skip:
                name = _carrier_name(doc[g], lex, strict=True)
                if name:
                    return name
    return None


def _carrier_name(tok: Token, lex: SourceLexicon, strict: bool = False) -> str | None:
    """The canonical (or written) name of an outlet phrase; with ``strict`` only for known carriers."""
    lo, hi = _np_range(tok)
    hi = _extend_alias(tok.doc, lo, hi, lex)
    text = _strip_det_range(tok.doc, lo, hi) if lo < hi else ""
    name = lex.canonical(text) or lex.canonical(tok.text) or lex.find_in(text)
    if name and lex.is_carrier(name):
        return name
    if strict:
        if tok.lemma_.lower() in BROADCAST_NOUNS and tok.i > lo:
            return text
        return None
    return name or text


def _is_carrier_phrase(tok: Token, name: str, lex: SourceLexicon) -> bool:
    if lex.is_carrier(name):
        return True
    if lex.type_of(name) is not None:
        return False
    # "the weekly X", "X, the daily": a name the text calls an outlet's
    return tok.lemma_.lower() in CARRIER_NOUNS or any(_outlet_named(t) for t in tok.subtree)


def _next_to_quote(verb: Token) -> bool:
    """True when a quotation mark sits within two tokens of the verb's phrase."""
    doc = verb.doc
    lo, hi = max(0, verb.left_edge.i - 3), min(len(doc), verb.i + 4)
    return any(t.text in ('"', _OPEN_QUOTES, _CLOSE_QUOTES, "``", "''") for t in doc[lo:hi])


def _phrase(verb: Token, subj: Token, extra: list[Token]) -> tuple[int, int]:
    """Token range of the attributing phrase: subject, verb and its short modifiers."""
    lo, hi = _np_range(subj, appos=True)
    lo, hi = min(lo, verb.i), max(hi, verb.i + 1)
    for t in extra:
        a, b = _np_range(t, appos=True)
        lo, hi = min(lo, a), max(hi, b)
    if hi - lo > 30:  # a subject with a long relative clause: keep its head
        lo, hi = min(subj.i, verb.i), max(subj.i, verb.i) + 1
    mods = [
        c
        for c in verb.children
        if c.dep_ in ("aux", "auxpass", "neg", "prt", "prep", "agent", "npadvmod", "dative", "dobj", "advmod")
        and c.lemma_.lower() not in CITING_VERBS
    ]
    changed = True
    while changed:
        changed = False
        for c in mods:
            a, b = _modifier_range(c)
            if a >= lo and b <= hi:
                continue
            if b - a > MAX_MODIFIER_TOKENS or any(
                t.pos_ == "VERB" and t.lower_ != "according" for t in verb.doc[a:b]
            ):
                continue
            if c.dep_ == "dobj" and verb.lemma_.lower() not in OBJECT_TAKING_VERBS:
                continue
            gap = verb.doc[b:lo] if b <= lo else verb.doc[hi:a]
            if all(t.is_punct for t in gap):
                lo, hi = min(lo, a), max(hi, b)
                changed = True
    doc = verb.doc
    while hi > lo + 1 and doc[hi - 1].is_punct:
        hi -= 1
    while lo < hi - 1 and doc[lo].is_punct:
        lo += 1
    return lo, hi


def _modifier_range(c: Token) -> tuple[int, int]:
    """Token range of a verb modifier, cut before a relative clause ("at a briefing that ...")."""
    if c.dep_ in ("prep", "agent"):
        obj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if obj is not None:
            return min(c.i, c.left_edge.i), max(c.i + 1, _np_range(obj)[1])
    return c.left_edge.i, c.right_edge.i + 1


# ---------------------------------------------------------------------------
# Naming a source
# ---------------------------------------------------------------------------

_SKIP_DEPS = frozenset({"relcl", "acl", "conj", "cc", "appos", "punct", "advcl", "parataxis"})


@per_doc
def _sent_starts(doc: Doc) -> list[int]:
    """The first token of every sentence, in order (to find a token's sentence by bisection)."""
    return [sent.start for sent in doc_sents(doc)]


@per_doc
def _memo(doc: Doc) -> dict[tuple[str, int, bool], Any]:
    """Results of pure functions of a token's place in the parse (``_np_range``, ``_clause``),
    kept per document: a subject's phrase is asked for by the verb, its description and
    its alias, and a verb's clause by the verb and its outlet."""
    return {}


def _np_range(tok: Token, appos: bool = False) -> tuple[int, int]:
    """Token range of a noun phrase without its relative clauses, conjuncts and (unless asked) appositions."""
    memo = _memo(tok.doc)
    key = ("np", tok.i, appos)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _np_range_of(tok, appos)
    return found


def _np_range_of(tok: Token, appos: bool) -> tuple[int, int]:
    skip = _SKIP_DEPS - {"appos"} if appos else _SKIP_DEPS
    doc, root = tok.doc, tok.i
    deps, kids = doc_deps(doc), doc_children(doc)  # per-document arrays, not a Token per child
    edges: tuple[int, int] | None = None  # the phrase's outer tokens, read when a mark asks
    keep = [root]
    stack = [root]
    while stack:
        t = stack.pop()
        for c in kids[t]:
            dep = deps[c]
            if dep in skip:
                if dep == "punct" and edges is None:
                    edges = (tok.left_edge.i, tok.right_edge.i)
                if not (dep == "punct" and c not in edges):
                    if dep == "punct" and t != root:
                        keep.append(c)
                    continue
            keep.append(c)
            stack.append(c)
    lo, hi = min(keep), max(keep) + 1
    punct, tags = doc_is_punct(doc), doc_tags(doc)
    while hi > lo + 1 and (punct[hi - 1] or tags[hi - 1] == "POS"):
        hi -= 1
    return lo, hi


def _extend_alias(doc: Doc, lo: int, hi: int, lex: SourceLexicon) -> int:
    """Grow a phrase end over the next tokens when that completes a known name ("agency SANA")."""
    best = hi
    punct, opens, pos = doc_is_punct(doc), doc_opens_sentence(doc), doc_pos(doc)  # per-document arrays
    for n in (1, 2, 3):
        if hi + n > len(doc) or any(punct[k] or opens[k] for k in range(hi, hi + n)):
            break
        if (
            lex.canonical(span_text(doc, lo, hi + n) if lo < hi + n else doc[lo : hi + n].text)
            or lex.canonical(span_text(doc, hi, hi + n))
            and pos[hi] == "PROPN"
        ):
            best = hi + n
    return best


def _maybe_alias_span(
    doc: Doc, lo: int, hi: int, name: str, org: str | None, kind: str, lex: SourceLexicon
) -> tuple[str, str | None, str]:
    """Prefer a lexicon name for the whole written phrase (parsers split "agency SANA")."""
    if kind == "person":
        return name, org, kind
    if lo >= hi:
        return name, org, kind  # an empty phrase names nothing
    # read from the per-document arrays: no Span per speaker phrase
    text = span_text(doc, lo, hi)
    canon = lex.canonical(text)
    if canon is None and kind != "org":
        tail = lex.find_in(text)
        if tail and lex.is_carrier(tail) and fold(text).endswith(fold(tail)):
            canon = tail
    if canon is None and kind == "anonymous" and doc_lemmas(doc)[span_root(doc, lo, hi)] in CARRIER_NOUNS:
        # "state news agency SANA": the parser made the name a separate token
        pos, texts = doc_pos(doc), doc_token_texts(doc)
        proper = [k for k in range(lo, hi) if pos[k] == "PROPN"]
        if proper and pos[hi - 1] == "PROPN":
            canon = lex.canonical(" ".join(texts[k] for k in proper))
    if canon:
        return canon, org if org != canon else None, "org"
    return name, org, kind


def _strip_det(span: Span) -> str:
    """The span's text without a leading determiner or possessive pronoun and without edge
    punctuation or a final possessive mark. Reads the per-document arrays: it runs for every
    described speaker."""
    doc, start, end = span.doc, span.start, span.end
    return _strip_det_range(doc, start, end) if start < end else ""


def _strip_det_range(doc: Doc, lo: int, hi: int) -> str:
    deps, pos, punct, tags = doc_deps(doc), doc_pos(doc), doc_is_punct(doc), doc_tags(doc)
    a, b = lo, hi
    while a < b and (deps[a] in ("det", "predet", "poss") and pos[a] in ("DET", "PRON") or punct[a]):
        a += 1
    while a < b and (punct[b - 1] or tags[b - 1] == "POS"):
        b -= 1
    return span_text(doc, a, b) if a < b else span_text(doc, lo, hi)


def describe_speaker(tok: Token, lexicon: SourceLexicon | None = None) -> tuple[str, str | None, str] | None:
    """(name, organization, kind) of the speaker a noun phrase names, or None if it names none.

    For a speaker met outside a verb of saying ("officials held the group
    responsible"). kind is ``person``, ``org`` or ``anonymous``, or, for a
    reference the caller must resolve, ``he``, ``it``, ``they`` or ``the``.
    """
    lex = lexicon or SourceLexicon.default()
    desc = _describe(tok, lex, _Words.default())
    if desc is None:
        return None
    name, org, kind = desc
    if kind == "person":
        name = _full_name(name, tok.idx, tok.doc, _Words.default())
        org = org or lex.person_org(name)
    return name, org, kind


@functools.lru_cache(maxsize=1)
def _country_rows() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """(code, names and aliases, demonyms) of every row of ``resources/gazetteer/countries_extra.csv``."""
    lines = [
        ln
        for ln in load_text("gazetteer", "countries_extra.csv").splitlines()
        if ln and not ln.startswith("#")
    ]
    return tuple(
        (
            row["country"],
            tuple(n for n in [row.get("name") or "", *(row.get("aliases") or "").split("|")] if n),
            tuple(d for d in (row.get("demonyms") or "").split("|") if d),
        )
        for row in csv.DictReader(io.StringIO("\n".join(lines)))
    )


@functools.lru_cache(maxsize=1)
def _country_keys() -> dict[str, str]:
    """Folded country name, alias or demonym -> the country's code ("lebanese" -> "LB")."""
    out: dict[str, str] = {}
    for code, names, demonyms in _country_rows():
        for n in (*names, *demonyms):
            if fold(n):
                out.setdefault(fold(n), code)
    return out


def countries_named(words: list[str]) -> frozenset[str]:
    """The codes of the countries that folded ``words`` name or qualify ("lebanese civil defence")."""
    keys = _country_keys()
    found = set()
    for n in (1, 2, 3):
        for i in range(len(words) - n + 1):
            code = keys.get(" ".join(words[i : i + n]))
            if code:
                found.add(code)
    return frozenset(found)


#: A leading article, dropped from a phrase kept as the source's name.
_DET_START = re.compile(r"^(?:the|a|an)\s+", re.I)
#: Territory (folded) -> the country it belongs to, for naming a body's country ("Gaza's").
TERRITORY_COUNTRIES: dict[str, str] = {
    fold(k): v for k, v in load_yaml("lexicons", "institutions.yaml")["territory_countries"].items()
}


def territories_named(words: list[str]) -> frozenset[str]:
    """The codes of the countries whose territories folded ``words`` name, also as a possessive
    ("gazas civil defence": Gaza's, so PS)."""
    found = set()
    for n in (1, 2):
        for i in range(len(words) - n + 1):
            key = " ".join(words[i : i + n])
            for k in (key, key[:-1] if key.endswith("s") else key):
                if k in TERRITORY_COUNTRIES:
                    found.add(TERRITORY_COUNTRIES[k])
    return frozenset(found)


def demonym_of(code: str | None) -> str | None:
    """The first singular demonym of a country by its code ("ML" -> "Malian"), or None."""
    for c, _names, demonyms in _country_rows():
        if c == code:
            return next((d for d in demonyms if not d.endswith("s")), None)
    return None


def bare_organ(name: str) -> bool:
    """A state organ named without its state: "the military", "the defence ministry"."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return (
        0 < len(words) <= 3
        and all(w.islower() for w in words)
        and words[-1] in COUNTRY_ORGAN_HEADS
        and not countries_named([fold(w) for w in words])
    )


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Folded country name or alias -> the country's name ("us" -> "United States")."""
    out: dict[str, str] = {}
    for _code, names, _demonyms in _country_rows():
        for n in names:
            out.setdefault(fold(n), names[0])
    return out


@functools.lru_cache(maxsize=1)
def _demonyms_by_country() -> dict[str, str]:
    """Folded country name or alias -> its first singular demonym ("nigeria" -> "Nigerian")."""
    out: dict[str, str] = {}
    for _code, names, demonyms in _country_rows():
        demonym = next((d for d in demonyms if not d.endswith("s")), None)
        if demonym is None:
            continue
        for name in names:
            out.setdefault(fold(name), demonym)
    return out


def _country_owned(tok: Token, name: str) -> str:
    """A state organ owned by a country's possessive, named "<demonym> <organ>": "Nigeria's
    defence ministry" -> "Nigerian defence ministry". The parser often leaves the possessor out of
    the organ's entity ("defence ministry"), which loses the country the speaker speaks for; the
    demonym form keeps it in one spelling, whichever the report used. Other names are kept."""
    if tok.lemma_.lower() not in COUNTRY_ORGAN_HEADS:
        return name
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.i < tok.i), None)
    if poss is None or poss.pos_ != "PROPN":
        return name
    owner = [t for t in poss.subtree if t.dep_ != "case" and t.text not in _APOSTROPHES]
    demonym = _demonyms_by_country().get(fold(" ".join(t.text for t in owner)))
    if demonym is None:
        return name
    doc = tok.doc
    start = max(poss.right_edge.i + 1, doc[poss.i].i + 1)
    while start < tok.i and (doc[start].dep_ == "case" or doc[start].text in _APOSTROPHES):
        start += 1
    organ = doc[start : _of_name_end(tok)].text
    return f"{demonym} {organ}"


def _of_name_end(tok: Token) -> int:
    """Where an organ's name that goes on with "of" and a capitalised name ends: "Ministry of
    Defence", "Ministry of Foreign Affairs", "Ministry of the Interior" are one name, and dropping
    the tail would leave "Armenian Ministry", which says neither which ministry nor matches the
    same organ's other spellings. Otherwise the head's own end ("defence ministry")."""
    doc = tok.doc
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
    if of is None:
        return tok.i + 1
    obj = next((c for c in of.children if c.dep_ == "pobj"), None)
    if obj is None or not obj.text[:1].isupper():
        return tok.i + 1
    tail = [t for t in obj.subtree if t.dep_ not in ("prep", "relcl", "acl", "appos", "punct")]
    end = max(t.i for t in tail) + 1
    if any(not (t.text[:1].isupper() or t.lower_ in ("the", "and", "of")) for t in doc[of.i + 1 : end]):
        return tok.i + 1
    return end


def _national_branch(tok: Token, canon: str, lex: SourceLexicon) -> tuple[str, None, str] | None:
    """The national body a country's possessive makes of an international one: "Kenya's Red
    Cross" is the Kenya Red Cross, not the ICRC; None when no country owns the name."""
    if not lex.has_branches(canon):
        return None
    for child in tok.children:
        if child.dep_ == "poss" and child.i < tok.i and countries_named(fold(child.text).split()):
            own = [t.text for t in tok.doc[child.i + 1 : tok.i + 1] if t.dep_ not in ("case", "det")]
            return " ".join([child.text, *own]), None, "org"
    return None


def _describe(tok: Token, lex: SourceLexicon, words: _Words) -> tuple[str, str | None, str] | None:
    """(name, organization, kind) of the source a subject token names, or None if it names none;
    a country's organ in its demonym form (:func:`_country_owned`)."""
    desc = _describe_phrase(tok, lex, words)
    if desc is None or desc[2] not in ("org", "anonymous"):
        return desc
    name, org, kind = desc
    phrase = tok.doc[tok.left_edge.i : tok.i + 1].text
    if lex.canonical(name) is not None and lex.named_abroad(phrase, name):
        # "Gaza's civil defence agency": a body of another country than the listed one's, by its words
        return _DET_START.sub("", phrase), org, kind
    if lex.canonical(name) is not None:
        # the lexicon's name ("Russian Ministry of Defence") is the name, unless a country owns
        # an international body's name ("Kenya's Red Cross": its national society)
        return _national_branch(tok, name, lex) or desc
    country = _country_names().get(fold(name)) if kind == "org" else None
    if country is not None:
        return country, org, kind  # "the US said": a state speaks under its name
    owned = _country_owned(tok, name)
    if owned == name and org is None and kind == "org":
        owner = _owner_org(tok, lex, words)  # "Russia's Southern Military District": Russia's unit
        if owner is not None:
            return _without_owner(tok, name), owner, kind
    return owned, org, kind


def _describe_phrase(tok: Token, lex: SourceLexicon, words: _Words) -> tuple[str, str | None, str] | None:
    """(name, organization, kind) of the source a subject token names, or None if it names none.

    kind is ``person``, ``org``, ``anonymous``, ``he`` / ``it`` (pronouns, resolved later) or
    ``the`` (a definite "the ministry", resolved later against earlier mentions).
    """
    doc = tok.doc
    low = tok.lower_
    if tok.pos_ == "PRON" or tok.tag_ == "PRP":
        if low in words.person_pronouns:
            return low, None, "he"
        if low in words.org_pronouns:
            return low, None, "it"
        if low in words.group_pronouns:
            return low, None, "they"
        return None
    finding = tok.lemma_.lower() in words.finding_nouns
    if tok.lemma_.lower() in words.statement_nouns or finding:
        # "a statement from the ministry said", "the ministry's statement said"
        for c in tok.children:
            if c.dep_ == "poss":
                return _describe(c, lex, words)
            if c.dep_ == "prep" and c.lower_ in ORGANISATION_PREPS | PUBLISHED_IN_PREPS:
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return _statement_author(obj, lex, words)
            # "an initial IDF probe found": a known source named before the noun owns it
            if (
                (c.dep_ in ("compound", "nmod") or c.text.startswith("@"))
                and c.i < tok.i
                and (canon := lex.canonical(c.text))
            ):
                return canon, None, "org"
        if finding:
            return None  # an inquiry of no named owner speaks for nobody
    one_of = _one_of(tok, words)
    if one_of is not None:
        return one_of, None, "anonymous"
    partitive = tok.like_num and any(c.dep_ == "appos" or c.lower_ == "of" for c in tok.children)
    if _counted(tok) or _glued(tok) and not partitive:
        return None  # "60 people", "Apr" in "Fri 07 Apr 2017": no speaker; "one of the X, Name," is
    if any(_furniture(t) for t in doc[tok.left_edge.i : tok.i]):
        # "Tags Kano Nigeria Local officials say": the tag words became the subject and
        # the speaker its apposition
        appos = next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i), None)
        if appos is not None:
            return _describe(appos, lex, words)
    lo, hi = _name_range(tok)
    span = doc[lo:hi]
    full_lo, full_hi = _np_range(tok, appos=True)
    full = doc[max(full_lo, lo) : full_hi]
    # a person named in the phrase or its apposition: "Maj. Gen. Igor Konashenkov",
    # "Rami Abdel Rahman, head of SOHR", "a spokesman for the Pentagon, Jeff Davis"
    person = _person_in(full, lex, words)
    if person is not None:
        name = _person_name(person, words)
        rest = [t for t in full if not (person.start <= t.i < person.end)]
        org = _org_from_title(rest, doc, lex) or lex.person_org(name)
        return name, org, "person"
    text = _strip_det(span)
    canon = lex.canonical(span_text(doc, lo, hi) if lo < hi else "") or lex.canonical(text)
    if canon is None:
        # descriptors before a known name: "pan-Arab X TV", "Russian news site Sputnik"
        inner = lex.find_in(text)
        if (
            inner is not None
            and (tok.pos_ == "PROPN" or tok.ent_type_ == "ORG")
            and _ends_with_alias(text, inner, lex)
        ):
            canon = inner
    if canon is None:
        canon = _leading_alias(span, lex) or _name_before_describers(span)
    if canon is not None:
        return canon, None, "org"
    head_ent = tok.ent_type_ in ("ORG", "GPE", "NORP", "FAC") and tok.ent_iob_ != ""
    if head_ent and tok.pos_ == "PROPN":
        ent = next((e for e in doc_ents(doc) if e.start <= tok.i < e.end), None)
        etext = _strip_det(ent) if ent is not None else text
        return lex.canonical(etext) or etext, None, "org"
    head = tok.lemma_.lower()
    if head in words.source_nouns or low in words.source_nouns:
        body = _speaking_body(tok, lex, words)
        if body is not None:
            return body
        org = _org_from_title([t for t in full if t.i != tok.i], doc, lex)
        first = doc[lo]
        named = any(t.pos_ == "PROPN" for t in span)
        if first.lower_ == "the" and head in ORG_HEADS and not named:
            return span.text, org, "the"
        if named and first.lower_ == "the" and first.i == span.start and head in CARRIER_NOUNS:
            return span[1:].text, org, "anonymous"  # "the Harbour Telegram channel" is a name
        # "officials in northern Mali" are officials; "the British embassy in Yemen" is its name
        end = hi if head in ORG_HEADS else _bare_end(tok, hi)
        known = lex.canonical(doc[lo:end].text)
        if known is not None:
            return known, None, "org"  # "Hamas-run health authorities in Gaza": a listed body's name
        return doc[lo:end].text, org, "anonymous"
    if tok.pos_ == "PROPN" and (tok.ent_type_ not in ("DATE", "TIME", "CARDINAL", "LOC") or _unit_name(span)):
        return text, None, "org"
    if (
        tok.pos_ == "PROPN"
        and hi - lo == 1
        and (person := _full_name(tok.text, tok.idx, doc, words)) != tok.text
    ):
        return person, None, "person"  # "according to Kos", the tagger taking him for a place
    # "the opposition X Observatory said": the parser made the describing word the head
    # and the name its apposition
    appos = next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i), None)
    return _describe(appos, lex, words) if appos is not None else None


def _unit_name(span: Span) -> bool:
    """A capitalised name the recogniser took for a place names a military unit or command when
    one of its words is a unit's (``unit_name_words``): "Southern Military District", "Eastern
    Command" speak; "Southern District" is a place."""
    return any(t.pos_ == "PROPN" and fold(t.text) in UNIT_NAME_WORDS for t in span)


def _owner_org(tok: Token, lex: SourceLexicon, words: _Words) -> str | None:
    """The organisation or state that owns a speaking body by a possessive before it: "Russia's
    Southern Military District" speaks for Russia, "the Indian Army's Northern Command" for the
    Indian Army. The unit's own name says nothing of its side; its owner does."""
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.i < tok.i), None)
    if poss is None or poss.pos_ != "PROPN":
        return None
    desc = _describe_phrase(poss, lex, words)
    if desc is None or desc[2] != "org":
        return None
    country = _country_names().get(fold(desc[0]))
    return country or desc[0]


def _without_owner(tok: Token, name: str) -> str:
    """A body's name without its owner's possessive ("Russia's Southern Military District" ->
    "Southern Military District"), the owner being kept as its organisation."""
    poss = next(c for c in tok.children if c.dep_ == "poss" and c.i < tok.i)
    doc = tok.doc
    start = poss.right_edge.i + 1
    while start < tok.i and (doc[start].dep_ == "case" or doc[start].text in _APOSTROPHES):
        start += 1
    rest = doc[start : tok.i + 1].text
    return rest if rest and rest in name else name


#: "the Media Office of the National Army (MONA)": a capitalised name (its small
#: joining words allowed) and the short form the text gives it in brackets right after.
_DEFINED_ACRONYM = re.compile(
    r"((?:[A-Z][\w'\u2019-]*|of|the|and|for|on|de|du|des|la|el|al)"
    r"(?:\s+(?:[A-Z][\w'\u2019-]*|of|the|and|for|on|de|du|des|la|el|al)){1,14})\s*\(([A-Z][A-Za-z]{1,9})\)"
)


def defined_acronyms(text: str) -> dict[str, str]:
    """Short forms the text defines in brackets after a name ("the Media Office of the National Army (MONA)"),
    mapped to the name: a speaker later named by the short form alone ("according to MONA")
    speaks for whom the full name says. A short form must take its letters, in order, from the
    name's words, the first from the first ("AFP" after a person's name is no short form of it);
    the shortest such name is taken ("Rebels of the Revolutionary United Front (RUF)": the
    "Revolutionary United Front")."""
    out: dict[str, str] = {}
    for m in _DEFINED_ACRONYM.finditer(text):
        words = m.group(1).split()
        short = m.group(2)
        for start in reversed(range(len(words))):
            if words[start][:1].isupper() and _abbreviates(short.lower(), [w.lower() for w in words[start:]]):
                out.setdefault(short, " ".join(words[start:]))
                break
    return out


def _abbreviates(short: str, words: list[str]) -> bool:
    """``short`` opens with the first word's initial and takes its other letters, in order, from
    the initials or the letters of the words ("mona" from "media office of the national army", "dircom" from "directorate of communication")."""
    if not words or not short or short[0] != words[0][:1]:
        return False
    letters = "".join(words)
    i = 0
    for ch in short:
        i = letters.find(ch, i)
        if i < 0:
            return False
        i += 1
    initials = [w[0] for w in words if w]
    return len(short) >= 2 and sum(c in initials for c in short) >= min(len(short), 2)


def _one_of(tok: Token, words: _Words) -> str | None:
    """ "One of the residents said": one resident speaks, named as the article would name one
    ("a resident", "a local official"); numbers and determiners of the group leave."""
    if tok.lower_ != "one" or any(c.dep_ == "appos" for c in tok.children):
        return None  # "one of the officers, Colonel X,": the name speaks
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if group is None or group.tag_ != "NNS" or group.lemma_.lower() not in words.source_nouns:
        return None
    kept = [
        t.text if t.i != group.i else group.lemma_.lower()
        for t in group.doc[group.left_edge.i : group.i + 1]
        if t.pos_ not in ("DET", "NUM", "PRON") and t.tag_ != "POS"
    ]
    article = "an" if kept[0][:1].lower() in "aeiou" else "a"
    return f"{article} {' '.join(kept)}"


def _speaking_body(tok: Token, lex: SourceLexicon, words: _Words) -> tuple[str, str | None, str] | None:
    """The organisation that speaks through "officials from X", "sources from X": people of a
    body, unnamed and many, say what the body says, so the source is the body ("officials from
    the Red Crescent said" -> Red Crescent). One named or singular person keeps the phrase
    ("an official of the interior ministry"); a place after "from" is no body ("residents from
    the village")."""
    if tok.tag_ != "NNS":
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None:
        return None
    desc = _describe(obj, lex, words)
    if desc is not None and desc[2] in ("org", "the"):
        return desc
    # "officials from the Jordanian civil defence": a nation's organ the tagger left unnamed
    if obj.lemma_.lower() in COUNTRY_ORGAN_HEADS and any(
        countries_named(fold(t.text).split()) for t in obj.subtree if t.i < obj.i
    ):
        return _strip_det(obj.doc[obj.left_edge.i : obj.i + 1]), None, "org"
    return None


def _name_range(tok: Token) -> tuple[int, int]:
    """The token range that names a source: its noun phrase without what follows a comma
    ("the X channel, with links to the police") or a dateline before it ("DUBAI - The X")."""
    doc = tok.doc
    lo, hi = _np_range(tok)
    cut = next((k for k in range(tok.i + 1, hi) if doc[k].text == ","), None)
    if cut is not None:
        hi = cut
    for k in range(lo, tok.i):
        if doc[k].text in DATELINE_DASHES and _dateline(doc[lo:k]):
            lo = k + 1
    lo = _after_glued(doc, lo, tok.i)
    # a line break or a figure after the head ends the name ("QRCS\n Between 5 and 9 May")
    cut = next((k for k in range(tok.i + 1, hi) if doc[k].is_space or _glued(doc[k])), None)
    return lo, hi if cut is None else cut


def _glued(t: Token) -> bool:
    """A token that cannot be part of a speaker's name: a number, a date, a month or weekday
    name, or page furniture. A number inside a named entity ("Brigade 313") is part of it."""
    if _furniture(t) or _date_word(t):
        return True
    if t.ent_type_ in ("ORG", "PERSON", "NORP", "FAC") and not t.like_num:
        return False
    if t.like_num or t.ent_type_ in _FIGURE_ENTS:
        return not (t.ent_type_ in ("ORG", "PERSON", "FAC") and t.ent_iob_ == "I" or _name_number(t))
    return False


def _date_word(t: Token) -> bool:
    """A month or weekday name in a written date: next to a number or another date word
    ("Aug 18", "Thu Aug", "May 2014"). "Theresa May said" keeps its name."""
    if t.is_lower or t.lower_.rstrip(".") not in _DATE_WORDS:
        return False
    doc = t.doc
    near = [doc[k] for k in (t.i - 1, t.i + 1) if 0 <= k < len(doc)]
    return any(n.like_num or n.lower_.rstrip(".") in _DATE_WORDS and not n.is_lower for n in near)


def _furniture(t: Token) -> bool:
    """A page-furniture word opening a line ("Tags", "Share"), not a word inside a phrase."""
    if t.is_lower or t.lower_ not in PAGE_FURNITURE:
        return False
    return t.i == 0 or t.is_sent_start or t.doc[t.i - 1].is_punct or t.doc[t.i - 1].is_space


def _name_number(t: Token) -> bool:
    """A number that is part of a name: after a capitalised word that is no date ("Brigade 313")."""
    if not t.like_num or t.i == 0:
        return False
    prev = t.doc[t.i - 1]
    return (
        prev.pos_ == "PROPN"
        and prev.is_title
        and prev.lower_.rstrip(".") not in _DATE_WORDS
        and prev.ent_type_ not in _FIGURE_ENTS
    )


def _after_glued(doc: Doc, lo: int, head: int) -> int:
    """Where a speaker's name starts once what the parser glued before it is cut off: a date
    ("27 May 2019 State media said"), page furniture ("Tags Kivu"), or a tally of people
    ("killed at least 18 people including 4 children state media said"): the name is what
    follows the last such token, and after a tally also the last preposition or participle
    ("... in the city of Kano police said")."""
    last = next((k for k in range(head - 1, lo - 1, -1) if _glued(doc[k])), None)
    if last is None:
        return lo
    start = last + 1
    if _furniture(doc[last]):
        # a tag line lists names before the sentence starts ("Tags Kano Nigeria Police
        # said"): keep the head and the describing words joined to it
        start = head
        while start > last + 1 and (
            doc[start - 1].pos_ == "ADJ" or doc[start - 1].text == "-" or doc[start].text == "-"
        ):
            start -= 1
        return start
    counted = doc[last].head
    if doc[last].dep_ == "nummod" and last < counted.i < head:
        start = counted.i + 1  # "4 children state media": the counted noun goes too
        joint = [k for k in range(start, head) if doc[k].pos_ in ("ADP", "VERB", "SCONJ", "CCONJ")]
        start = joint[-1] + 1 if joint else start
    while start < head and (doc[start].is_space or doc[start].is_punct):
        start += 1
    return start


def _counted(tok: Token) -> bool:
    """The phrase is a tally of people, not a speaker: counted in figures ("60 people") or
    roughly ("at least forty people"). "Two officials said" is two speakers."""
    doc = tok.doc
    for c in tok.children:
        if c.dep_ != "nummod" or c.i > tok.i or c.ent_type_ == "DATE" or _name_number(c):
            continue
        between = doc[c.i + 1 : tok.i]
        if any(t.pos_ == "DET" or t.ent_type_ in _FIGURE_ENTS or t.is_punct for t in between):
            continue  # "... 30 a local group said": the number counts something else
        if any(ch.isdigit() for ch in c.text):
            return True
        if any(g.lower_ in COUNT_APPROXIMATORS for g in c.subtree if g.i < c.i):
            return True
    return False


def _bare_end(tok: Token, hi: int) -> int:
    """Where an unnamed source's name ends: before the place or time said of it ("local
    officials in northern Mali", "bloggers on Sunday", "sources in the field")."""
    after = [c.i for c in tok.children if c.dep_ == "prep" and c.i > tok.i and c.lower_ in LOCATIVE_PREPS]
    return min([hi, *after])


def _dateline(span: Span) -> bool:
    """Capitals, numbers and a credit in brackets: "DUBAI/SANAA", "GAO (Reuters)", "KYIV, May 3"."""
    depth = 0
    for t in span:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
        elif not (depth > 0 or t.is_upper or t.is_punct or t.like_num or t.ent_type_ == "DATE"):
            return False
    return True


def _leading_alias(span: Span, lex: SourceLexicon) -> str | None:
    """A known name followed only by common nouns that describe it ("the White Helmets civil
    defence group", "Houthi's Al-Masirah television") is that name. A plural noun last names
    people of the body, who keep the text's words ("UN monitors", like "UN officials")."""
    toks = [t for t in span if not (t.dep_ == "det" and t.pos_ == "DET")]
    if toks and toks[-1].tag_ == "NNS":
        return None
    pos = next((k for k, t in enumerate(toks) if t.tag_ == "POS"), None)
    if pos is not None:
        toks = toks[pos + 1 :]  # "the Houthis' X": the owner is not part of X's name
    for n in range(len(toks) - 1, 0, -1):
        rest = toks[n:]
        if not all(t.is_lower and t.lemma_.lower() in DESCRIBING_NOUNS for t in rest):
            continue
        name = lex.canonical(" ".join(t.text for t in toks[:n]))
        if name is not None:
            return name
    return None


#: Entity labels of a name that is a place or a people: "the Gaza civil defence agency" is that
#: place's agency, not an organisation called "Gaza".
_PLACE_OR_PEOPLE_ENTS = frozenset({"GPE", "LOC", "NORP"})


def _name_before_describers(span: Span) -> str | None:
    """An organisation's own name that the lexicon does not list, followed only by common nouns
    that describe it ("the Magen David Adom rescue service", "the Sahel Watch monitoring group"): the name
    without them, as a known name is (:func:`_leading_alias`). Only a run of proper nouns that is
    no place or people's name qualifies, and a plural noun last names people of the body."""
    toks = [t for t in span if not (t.dep_ == "det" and t.pos_ == "DET")]
    if len(toks) < 2 or toks[-1].tag_ == "NNS" or toks[-1].lemma_.lower() in CARRIER_NOUNS:
        return None  # (a carrier's noun is part of its name: "the Harbour Telegram channel")
    n = len(toks)
    while n > 0 and toks[n - 1].is_lower and toks[n - 1].lemma_.lower() in DESCRIBING_NOUNS:
        n -= 1
    name = toks[:n]
    if not name or n == len(toks) or name[0].i != toks[0].i:
        return None
    if not all(t.pos_ == "PROPN" or t.text == "-" for t in name) or name[-1].text == "-":
        return None
    if all(t.ent_type_ in _PLACE_OR_PEOPLE_ENTS for t in name):
        return None
    return span.doc[name[0].i : name[-1].i + 1].text


def _outlet_named(tok: Token) -> bool:
    """The name is qualified as an outlet's ("the weekly Savana", "Savana, the weekly"), whatever
    entity type the recogniser gave it."""
    return any(c.lower_ in OUTLET_NOUNS for c in tok.children if c.dep_ in ("amod", "compound", "appos")) or (
        tok.dep_ == "appos" and tok.head.lower_ in OUTLET_NOUNS
    )


#: Quotation marks around a publication's title.
TITLE_QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"


def _outlet_title(name: str) -> str:
    """A publication's name without the outlet noun and quotation marks the text wraps it in
    ("weekly \u201cKuleza\u201d" -> "Kuleza")."""
    parts = name.split()
    while len(parts) > 1 and parts[0].lower().strip(TITLE_QUOTES) in OUTLET_NOUNS:
        parts = parts[1:]
    return " ".join(parts).strip(TITLE_QUOTES) or name


def _statement_author(obj: Token, lex: SourceLexicon, words: _Words) -> tuple[str, str | None, str] | None:
    """Who a statement, report or post comes from: "an article in this week's edition of the
    magazine Kivu Monitor" (the name inside), "reports from Russian military bloggers" (the people named)."""
    desc = _describe(obj, lex, words)
    if desc is not None:
        return desc
    names = [
        t
        for t in obj.subtree
        if t.pos_ == "PROPN"
        and t.lower_.rstrip(".") not in words.titles
        and (t.ent_type_ not in ("DATE", "TIME", "GPE", "LOC") or _outlet_named(t))
    ]
    desc = _describe(names[-1], lex, words) if names else None
    if desc is not None:
        return (_outlet_title(desc[0]), *desc[1:])
    if obj.pos_ == "NOUN" and obj.tag_ == "NNS":
        lo, hi = _name_range(obj)
        return obj.doc[lo : _bare_end(obj, hi)].text, None, "anonymous"  # people named by what they are
    return None


def _ends_with_alias(text: str, name: str, lex: SourceLexicon) -> bool:
    """True when ``text`` ends with the name or one of its aliases (only descriptors before it)."""
    words = fold(text).split()
    return any(lex.canonical(" ".join(words[i:])) == name for i in range(1, len(words)))


def _person_in(full: Span, lex: SourceLexicon, words: _Words) -> Span | None:
    """The PERSON entity (or untagged capitalised name) in a subject phrase."""
    doc = full.doc
    root = full.root
    people = [
        e
        for e in ents_within(doc, full.start, full.end)
        if e.label_ == "PERSON"
        and lex.canonical(e.text) is None
        # "Energodar's administration": a name owning an office is not who speaks
        and not (e.root.dep_ == "poss" and e.root.head.i == root.i and root.lemma_.lower() in ORG_HEADS)
        # "officials in northern Mali": a name in a place or an office said of them neither
        and not (e.root.dep_ == "pobj" and not root.ent_type_)
    ]
    if people:
        # the one holding the phrase's head ("Homs resident Ahmed Hassan"), else the last one
        ent = _whole_person(next((e for e in people if e.start <= full.root.i < e.end), people[-1]), words)
        start = ent.start
        while (
            start - 1 >= full.start
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].text[:1].isupper()
            and doc[start - 1].lower_.rstrip(".") not in words.titles
            and not doc[start - 1].ent_type_
        ):
            start -= 1  # "Mayor Artem Kobzar" tagged as "Kobzar" alone: the first name too
        return doc[start : ent.end]
    # the tagger missed it: a run of capitalised PROPNs after titles that is a known person
    props = [t for t in full if t.pos_ == "PROPN" and t.lower_.rstrip(".") not in words.titles]
    if props:
        run = doc[props[0].i : props[-1].i + 1]
        if lex.person_org(run.text) and lex.canonical(run.text) is None:
            return run
    named = _named_after_title(full, lex, words)
    if named is not None:
        return named
    # ... or a name of two or more capitalised words right after a title ("police chief Jan Kos")
    # ... or after a title's office ("Deputy Head of the Presidential Office Ivan Kos")
    i = root.i
    while (
        i - 1 >= full.start
        and doc[i - 1].pos_ == "PROPN"
        and doc[i - 1].lower_.rstrip(".") not in words.titles
        and doc[i - 1].lower_ not in ORG_HEADS
    ):
        i -= 1
    before = doc[i - 1].lower_.rstrip(".") if i - 1 >= full.start else ""
    office = before in ORG_HEADS and any(
        t.lower_.rstrip(".") in words.titles for t in doc[full.start : i - 1]
    )
    if (
        root.pos_ == "PROPN"
        and root.i - i >= 1
        and (before in words.titles or office)
        and all(t.text[:1].isupper() for t in doc[i : root.i + 1])
        and lex.canonical(doc[i : root.i + 1].text) is None
        and (office or not any(t.ent_type_ in ("ORG", "GPE", "NORP") for t in doc[i : root.i + 1]))
    ):
        return doc[i : root.i + 1]
    return None


def _whole_person(ent: Span, words: _Words) -> Span:
    """A PERSON entity with the capitalised name words the tagger left after it: a hyphenated or
    unfamiliar first name often ends the entity early ("Jo-ann" of "Jo-ann Petinglay"), leaving
    the surname a proper noun that the entity's last word hangs from, untagged or tagged as a
    one-word place or organisation ("Talingdan" of "Mary-ann Talingdan")."""
    doc = ent.doc
    end = ent.end
    while (
        end < len(doc)
        and doc[end].pos_ == "PROPN"
        and doc[end].text[:1].isupper()
        and (
            not doc[end].ent_type_
            or doc[end].ent_iob_ == "B"
            and (end + 1 == len(doc) or doc[end + 1].ent_iob_ != "I")
        )
        and doc[end].lower_.rstrip(".") not in words.titles
        and doc[end].lower_ not in ORG_HEADS
        and doc[end - 1].head.i == end
    ):
        end += 1
    return doc[ent.start : end]


def _named_after_title(full: Span, lex: SourceLexicon, words: _Words) -> Span | None:
    """A name in apposition at the end of a title ("the head of the regional administration
    Petro Hnatenko", "Deputy Director of the National Security Bureau Ivan Kos"), which the
    tagger often reads as part of an organisation or a place."""
    doc = full.doc
    if full.root.lemma_.lower() not in words.titles:
        return None
    for tok in reversed(list(full)):
        if tok.pos_ != "PROPN" or tok.dep_ not in ("appos", "pobj"):
            continue
        lo = tok.i
        while (
            lo - 1 >= full.start
            and doc[lo - 1].pos_ == "PROPN"
            and doc[lo - 1].dep_ == "compound"
            and doc[lo - 1].lower_ not in ORG_HEADS
        ):
            lo -= 1
        run = doc[lo : tok.i + 1]
        office = tok.dep_ == "appos" or (lo - 1 >= full.start and doc[lo - 1].lower_ in ORG_HEADS)
        if (
            office
            and len(run) >= 2
            and all(t.text[:1].isupper() for t in run)
            and lex.canonical(run.text) is None
        ):
            return run  # "... of the Provincial Security Council Petro Hnatenko"
    return None


def _person_name(ent: Span, words: _Words) -> str:
    """A person's name without titles before it and marks after it, read from the per-document
    arrays (no Token per word of every named speaker)."""
    doc, a, b = ent.doc, ent.start, ent.end
    lows, punct, tags = doc_lowers(doc), doc_is_punct(doc), doc_tags(doc)
    while b - a > 1 and (lows[a].rstrip(".") in words.titles or punct[a]):
        a += 1
    while b - a > 1 and (tags[b - 1] == "POS" or punct[b - 1]):
        b -= 1
    return span_text(doc, a, b) if a < b else ""


def _org_from_title(rest: list[Token], doc: Doc, lex: SourceLexicon) -> str | None:
    """The organisation named by the words around a person or anonymous source.

    Tries the job title as a whole ("Russian defence minister"), then any known
    alias inside it ("SOHR director"), then an ORG entity ("head of the X Group").
    """
    words_only = [t for t in rest if not t.is_punct and t.dep_ not in ("det", "predet")]
    if not words_only:
        return None
    # contiguous chunks of the remaining words
    chunks: list[list[Token]] = [[words_only[0]]]
    for t in words_only[1:]:
        if t.i == chunks[-1][-1].i + 1:
            chunks[-1].append(t)
        else:
            chunks.append([t])
    for chunk in chunks:
        text = doc[chunk[0].i : chunk[-1].i + 1].text
        org = lex.title_org(text) or lex.canonical(text)
        if org:
            return org
    for chunk in chunks:
        org = lex.find_in(doc[chunk[0].i : chunk[-1].i + 1].text)
        if org:
            return org
    for t in words_only:
        if t.ent_type_ == "ORG" and t.ent_iob_ == "B":
            ent = next(e for e in doc_ents(doc) if e.start == t.i)
            return lex.canonical(ent.text) or _strip_det(ent)
    for chunk in chunks:
        named = _named_institution(chunk)
        if named is not None:
            return named
    return None


def _named_institution(chunk: list[Token]) -> str | None:
    """An institution the source table lacks, named as news names one: capitalised words
    ending in an organisation's head noun ("the Somali Defence Ministry", "Afghan Interior
    Ministry"). Kept under the text's own words, so unlisted states' bodies still have a name."""
    k = len(chunk) - 1
    if k < 1 or chunk[k].lower_ not in ORG_HEADS or not chunk[k].text[:1].isupper():
        return None
    start = k
    while start > 0 and chunk[start - 1].text[:1].isupper() and chunk[start - 1].is_alpha:
        start -= 1
    if start == k:
        return None
    doc = chunk[0].doc
    return doc[chunk[start].i : chunk[k].i + 1].text


# ---------------------------------------------------------------------------
# Merging and resolving within the article
# ---------------------------------------------------------------------------


def _merge_carriers(here: list[_Found], lex: SourceLexicon) -> list[_Found]:
    """Within one sentence, an outlet that carried another source's statement becomes its ``via``.

    "X said ..., according to Sputnik" and "X said ..., state news agency SANA
    reported" are one attribution (X, via the outlet), not two.
    """
    seen: set[tuple[int, int]] = set()
    uniq = []
    for f in here:
        key = (f.anchor, f.subject.i if f.subject is not None else -1)
        if key not in seen:
            seen.add(key)
            uniq.append(f)
    carriers = [
        f
        for f in uniq
        if f.carrier
        and f.verb in ("reported", "according_to", "said")
        and (lex.is_carrier(f.name) or any(t.isupper() or t.istitle() for t in f.name.split()[1:]))
    ]
    speakers = [f for f in uniq if not f.carrier and f.via is None]
    if not carriers or not speakers:
        return uniq
    drop = set()
    for c in carriers:
        if c.verb == "said" and not c.from_according:
            continue
        for s in speakers:
            s.via = s.via or c.name
            s.tokens = (
                (min(s.tokens[0], c.tokens[0]), max(s.tokens[1], c.tokens[1]))
                if abs(s.tokens[1] - c.tokens[0]) <= 2 or abs(c.tokens[1] - s.tokens[0]) <= 2
                else s.tokens
            )
        drop.add(id(c))
    return [f for f in uniq if id(f) not in drop]


def _resolve_reference(f: _Found, earlier: list[_Found], doc: Doc, lex: SourceLexicon, words: _Words) -> None:
    """Give pronouns and "the ministry" the name of the source they refer back to."""
    if f.kind in ("he", "it", "they"):
        want = {"he": ("person",), "it": ("org",), "they": ("org", "anonymous")}[f.kind]
        prior = next(
            (
                e
                for e in reversed(earlier)
                if e.kind in want and e.sent_i >= f.sent_i - words.pronoun_window and e.subject is not None
            ),
            None,
        )
        # a speaker quoted just before wins; else the last person named ("Singer X ... She said")
        mention = _last_person_mention(f, doc, lex, words) if f.kind == "he" and prior is None else None
        if prior is not None:
            f.name, f.organization, f.kind = prior.name, prior.organization, prior.kind
        elif mention is not None:
            name = _person_name(mention, words)
            f.name, f.organization, f.kind = name, lex.person_org(name), "person"
        else:
            f.name = ""  # unresolved pronoun: no attribution
        return
    if f.kind != "the" or f.subject is None:
        return
    head = f.subject.lemma_.lower()
    for e in reversed(earlier):
        for cand in (e.name, e.organization):
            if cand and head in fold(cand).split():
                f.name, f.organization, f.kind = cand, None, "org"
                return
    before = [e for e in doc_ents(doc) if e.end <= f.subject.i and e.label_ in ("ORG", "NORP", "GPE")]
    for ent in reversed(before):
        if head in STATE_FORCE_HEADS and lex.canonical(ent.text) is None:
            continue  # "the army said" after "the National Liberation Army": the state's, not the rebels'
        if head in fold(ent.text).split() or head in [t.lemma_.lower() for t in ent]:
            f.name = lex.canonical(ent.text) or _strip_det(ent)
            f.organization, f.kind = None, "org"
            return
    f.kind = "anonymous"


def _last_person_mention(f: _Found, doc: Doc, lex: SourceLexicon, words: _Words) -> Span | None:
    """The last PERSON named before a pronoun, within the pronoun window."""
    if f.subject is None:
        return None
    sents = doc_sents(doc)
    first = sents[max(0, f.sent_i - words.pronoun_window)].start
    people = [
        e
        for e in doc_ents(doc)
        if e.label_ == "PERSON"
        and first <= e.start
        and e.end <= f.subject.i
        and lex.canonical(e.text) is None
        and not any(_glued(t) for t in e)  # "Thu Aug 18" tagged as a person is a date
    ]
    return people[-1] if people else None


def _bare_surname(name: str, lex: SourceLexicon) -> bool:
    """One capitalised word that names no known organisation: perhaps a person's surname."""
    return " " not in name and name[:1].isupper() and not name.isupper() and lex.canonical(name) is None


def _full_name(name: str, at: int, doc: Doc, words: _Words) -> str:
    """A surname on its own ("Konashenkov said") as the full name the article gave earlier."""
    if len(name.split()) > 1:
        return name
    key = fold(name)
    best = None
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON":
            continue
        full = _person_name(_whole_person(ent, words), words)
        parts = fold(full).split()
        if len(parts) < 2:
            continue
        if not fold(full).endswith(key) and _respelt(parts[-1], key):
            full = " ".join([*full.split()[:-1], name])  # "Jihad Makdiss ... Makdissi said"
        if fold(full).endswith(key) and (best is None or ent.start_char < at):
            best = full
            if ent.start_char < at:
                continue
            break
    if best is None:
        # a name the tagger missed: "Colonel Jan Kos ... Kos said"
        pattern = r"\b((?:[A-Z][\w'.-]+ ){1,3})" + "(?i:" + re.escape(name) + r")\b"
        for m in re.finditer(pattern, doc_text(doc)[:at]):
            first = [w for w in m.group(1).split() if w.lower().rstrip(".") not in words.titles]
            if first and not any(w.lower() in ("the", "a", "an") for w in first):
                best = " ".join([*first, m.group(0).split()[-1]])
                break
    return best or name


#: Shortest surname whose two spellings in one article may differ by their last letters.
RESPELT_MIN_CHARS = 5
#: Most letters by which two spellings of one surname may differ at their end.
RESPELT_MAX_EXTRA = 2


def _respelt(one: str, other: str) -> bool:
    """Two spellings of one surname that differ only by a letter or two at the end ("Makdiss",
    "Makdissi"): news copy often names a person once in full and once misspelt."""
    short, long_ = sorted((one, other), key=len)
    return (
        len(short) >= RESPELT_MIN_CHARS
        and short != long_
        and long_.startswith(short)
        and len(long_) - len(short) <= RESPELT_MAX_EXTRA
    )


# ---------------------------------------------------------------------------
# Quotes
# ---------------------------------------------------------------------------


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of direct quotes, quotation marks included.

    A quote left open at the end of a paragraph continues when the next
    paragraph opens with a quotation mark (the newspaper convention for a
    quote of several paragraphs); otherwise it ends with its paragraph.
    """
    spans: list[tuple[int, int]] = []
    start: int | None = None
    n = len(text)
    found = _QUOTE_MARKS.search(text)
    while found is not None:  # jumps from mark to mark: every other character changes nothing
        i = found.start()
        ch = text[i]
        if ch == "\n" and start is not None:
            j = i
            while j < n and text[j].isspace():
                j += 1
            if j < n and text[j] in _OPEN_QUOTES + '"':
                found = _QUOTE_MARKS.search(text, j + 1)  # the quote goes on in the next paragraph
                continue
            spans.append((start, i))
            start = None
        elif ch in _OPEN_QUOTES and start is None:
            start = i
        elif ch in _CLOSE_QUOTES and start is not None:
            spans.append((start, i + 1))
            start = None
        elif ch == '"':
            if start is None:
                start = i
            else:
                spans.append((start, i + 1))
                start = None
        found = _QUOTE_MARKS.search(text, i + 1)
    if start is not None:
        spans.append((start, n))
    return spans


def _quote_scope(
    scope: tuple[int, int], a: int, b: int, quotes: list[tuple[int, int]], text: str
) -> tuple[int, int]:
    """Widen a scope to the direct quotes its attributing phrase introduces or closes."""
    lo, hi = scope
    for qs, qe in quotes:
        before = text[qe:a] if qe <= a else None
        after = text[b:qs] if qs >= b else None
        adjacent = (
            before is not None and re.fullmatch(r"[\s,.;:\u201d\"]*", before) and len(before) < 4
        ) or (after is not None and re.fullmatch(r"[\s,:;.\-\u2013\u2014]*(that\s*)?", after))
        if adjacent or qs <= a < qe:
            lo, hi = min(lo, qs), max(hi, qe)
    return lo, hi


def _end_char(tok: Token) -> int:
    return tok.idx + len(tok.text)


# ---------------------------------------------------------------------------
# Whose words a point of the text is
# ---------------------------------------------------------------------------

#: A source named once goes on covering the figures of the next sentences of its paragraph
#: ("..., the Observatory said. Thirteen more people died in ..."); set from dev errors.
SOURCE_CARRY_SENTENCES = 2
#: A trailing attribution ("..., Shoigu said.") that closes its paragraph covers the sentences
#: of the paragraph before it, up to this many: a report gives a speaker's figures and names him
#: at the end.
TRAILING_COVER_SENTENCES = 3


@per_doc
def sentence_paragraphs(doc: Doc) -> list[int]:
    """The paragraph (count of line breaks before it) of every sentence of ``doc``, by index."""
    breaks = [m.start() for m in re.finditer(r"\n", doc_text(doc))]
    return [bisect.bisect_right(breaks, s.start_char) for s in doc_sents(doc)]


def covers(attribution: Attribution, char: int) -> bool:
    """The attribution's scope holds the character ``char``."""
    return attribution.scope[0] <= char < attribution.scope[1]


def innermost(attributions: list[Attribution]) -> Attribution | None:
    """Of attributions covering one point, the one with the narrowest scope (the nearest speaker)."""
    if not attributions:
        return None
    return min(attributions, key=lambda a: a.scope[1] - a.scope[0])


def _trailing_reach(sent_i: int, paragraphs: list[int]) -> int:
    """How many sentences back a trailing attribution in sentence ``sent_i`` covers: the
    paragraph before it when it closes its paragraph, else only the sentence just before."""
    closes = sent_i + 1 >= len(paragraphs) or paragraphs[sent_i + 1] != paragraphs[sent_i]
    return TRAILING_COVER_SENTENCES if closes else 1


def speaker_at(
    attributions: list[Attribution], char: int, sent_i: int, paragraphs: list[int]
) -> Attribution | None:
    """Who the article attributes the words at ``char`` (in sentence ``sent_i``) to, or None.

    The narrowest attribution whose scope holds the point (a reported clause,
    a direct quote, an "according to" sentence); else, in the same paragraph,
    the speaker named in the sentences just before (a spokesman's figures go
    on after "he said"), or a trailing "..., X said." that ends the paragraph
    (which covers the paragraph it closes). An attribution in the middle of a
    paragraph covers only the sentence just before it: the sentences further
    back may be the article's own voice, and in a text whose paragraph breaks
    were lost (one long "paragraph") a speaker named later is mostly someone
    else's voice than the figures far before. A
    paragraph that names nobody is the article's own
    voice: a speaker never carries over a paragraph break (a multi-paragraph
    quote is one scope, see :func:`quote_spans`).
    """
    own = innermost([a for a in attributions if covers(a, char)])
    if own is not None:
        return own
    para = paragraphs[sent_i] if sent_i < len(paragraphs) else None
    before = None
    after = None
    for a in attributions:
        if a.sent_i >= len(paragraphs) or paragraphs[a.sent_i] != para:
            continue
        if a.start_char <= char and 0 <= sent_i - a.sent_i <= SOURCE_CARRY_SENTENCES:
            before = a
        elif (
            after is None
            and a.start_char > char
            and 0 < a.sent_i - sent_i <= _trailing_reach(a.sent_i, paragraphs)
            and a.scope[1] <= a.start_char
        ):
            after = a
    if before or after or para is None:
        return before or after
    return _briefing_between(attributions, para, paragraphs)


def _briefing_between(
    attributions: list[Attribution], para: int, paragraphs: list[int]
) -> Attribution | None:
    """The speaker of a briefing that runs over several paragraphs: a paragraph that names
    nobody, between a paragraph whose last speaker is X and one whose first speaker is X
    again ("X said ... / figures / X added ..."), goes on in X's words. A paragraph of the
    article's own voice has other speakers, or none, around it."""
    if any(a.sent_i < len(paragraphs) and paragraphs[a.sent_i] == para for a in attributions):
        return None
    prev = [a for a in attributions if a.sent_i < len(paragraphs) and paragraphs[a.sent_i] < para]
    nxt = [a for a in attributions if a.sent_i < len(paragraphs) and paragraphs[a.sent_i] > para]
    if not prev or not nxt:
        return None
    last = max(prev, key=lambda a: a.start_char)
    first = min(nxt, key=lambda a: a.start_char)
    ids = sorted(set(paragraphs))
    k = ids.index(para)
    if paragraphs[last.sent_i] != ids[k - 1] or k + 1 >= len(ids) or paragraphs[first.sent_i] != ids[k + 1]:
        return None  # the speakers are not in the paragraphs right around it
    return last if fold(last.name) == fold(first.name) else None
