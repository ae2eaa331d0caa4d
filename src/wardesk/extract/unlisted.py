"""Named actors outside the actor table: which names in a text can be a party to a war at all.

spaCy's PERSON and ORG entities name attackers no table can list ("Ahmad Khan Rahimi",
"the Balcombe Street Gang", a new brigade), but mostly they name the people and bodies around
a war: the ministers, spokesmen and witnesses who speak, the monitors, UN agencies and NGOs who
count, the outlets and wire agencies that carry the news, and the credit lines, bylines and
tags of the page. Those are never actors, and this module tells them apart by the kind of name
(its head noun, a title before it, credit-line words in it, the source and outlet tables), not
by a list of names. What remains keeps the text's own spelling, with a type read off its head
noun ("... Brigade", "... Front", "... Liberation Army" are armed groups).

An entity that turns out to name a listed actor after all (a transliteration variant such as
"Jaysh al-Fateh", a possessive such as "Assad's", a capitalised generic such as "Army") is
returned as a mention of that actor.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from wardesk.extract.actors import (
    ActorEntry,
    ActorLexicon,
    ActorMention,
    fold_words,
    in_dateline,
    particle_name_runs,
)
from wardesk.extract.attribution import SourceLexicon, defined_acronyms
from wardesk.extract.triggers import TriggerLexicon
from wardesk.extract.weapons import WeaponLexicon
from wardesk.names import fold
from wardesk.nlp.cache import (
    doc_ents,
    doc_is_alpha,
    doc_is_punct,
    doc_lemmas,
    doc_lowers,
    doc_text,
    doc_token_texts,
    span_root,
    span_text,
)
from wardesk.resources import load_lines, load_words, load_yaml

#: Entity labels that can name an attacker the actor table does not know
#: ("Ahmad Khan Rahimi planted the bombs", "ETA claimed the attack").
ENTITY_ACTOR_LABELS = frozenset({"PERSON", "ORG"})
#: Labels spaCy also gives group names ("the Ambazonia Defence Forces" as GPE): taken only
#: when the name ends in a group noun.
GROUP_NAME_LABELS = frozenset({"NORP", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
#: Source-table types that can be a party to a war; every other type (monitor, ngo, un,
#: agency, outlet, state_media, platform, ministry, government) names a body around it.
ARMED_SOURCE_TYPES = frozenset({"military", "armed_group"})
#: How far back a title may stand before a person's name ("Interior Minister Mohsin Naqvi").
TITLE_LOOKBACK_TOKENS = 4
#: Longest generic or civilian mention looked back for ("unidentified armed men of the ..."): a
#: bound on the search, not a tuned figure.
SOFT_MENTION_MAX_CHARS = 200
_TRAILING = re.compile(r"[\s\-\u2013\u2014,;:/(]+$")
_POSSESSIVE_END = ("'s", "\u2019s", "'", "\u2019")


@dataclass(frozen=True)
class UnlistedWords:
    """The word lists of ``actor_words.yaml`` that judge a name the actor table does not know."""

    group_type: dict[str, str]
    institution_heads: frozenset[str]
    credit_words: frozenset[str]
    person_titles: frozenset[str]
    outlets: frozenset[str]
    umbrella_heads: frozenset[str] = frozenset()
    name_joiners: frozenset[str] = frozenset()
    name_tails: frozenset[str] = frozenset()
    unit_words: frozenset[str] = frozenset()
    dropped_tails: frozenset[str] = frozenset()
    type_markers: tuple[tuple[str, str], ...] = ()
    function_words: frozenset[str] = frozenset()
    describing: frozenset[str] = frozenset()
    armed_body_type: dict[str, str] = dataclasses.field(default_factory=dict)
    acting_name_type: str = "unknown"
    armed_men: frozenset[str] = frozenset()
    self_pronouns: frozenset[str] = frozenset()

    @classmethod
    @functools.lru_cache(maxsize=1)
    def default(cls) -> UnlistedWords:
        data = load_yaml("lexicons", "actor_words.yaml")
        group_type = {w.lower(): typ for typ, words in data["group_heads"].items() for w in words}
        return cls(
            group_type=group_type,
            institution_heads=frozenset(w.lower() for w in data["institution_heads"]),
            credit_words=frozenset(data["credit_words"]) | _agency_words(),
            person_titles=frozenset(w.lower() for w in data["person_titles"]),
            outlets=frozenset(_outlet_keys(load_yaml("outlets", "outlets.yaml")["outlets"])),
            umbrella_heads=frozenset(w.lower() for w in data["umbrella_heads"]),
            name_joiners=frozenset(w.lower() for w in data["name_joiners"]),
            name_tails=frozenset(w.lower() for ws in data["name_tails"].values() for w in ws),
            dropped_tails=frozenset(w.lower() for w in data["name_tails"]["dropped"]),
            unit_words=frozenset(w.lower() for w in data["unit_words"]),
            type_markers=tuple(
                (w.lower(), typ) for typ, marks in data["type_markers"].items() for w in marks
            ),
            function_words=frozenset(w.lower() for w in load_lines("lexicons", "english_function_words.txt")),
            describing=frozenset(w.lower() for w in data["describing_words"]),
            armed_body_type={w.lower(): typ for typ, ws in data["armed_body_heads"].items() for w in ws},
            acting_name_type=str(data["acting_name_type"]),
            armed_men=frozenset(w.lower() for w in data["armed_men"]),
            self_pronouns=load_words("lexicons", "reporting_verbs.yaml", "self_pronouns"),
        )


def _agency_words() -> frozenset[str]:
    """The one-word names of the wire agencies (``wire_agencies.yaml``: "PTI", "IANS", "Xinhua"):
    credits, as the credit words are, so "RAIPUR, India (PTI) - Security forces killed ..." names
    no group called PTI. "AA" (Anadolu) stays out: it is also the Arakan Army's short name."""
    agencies = load_yaml("lexicons", "wire_agencies.yaml")["agencies"]
    words = {a for agency in agencies for a in agency.get("aliases", ()) if " " not in a}
    return frozenset(words - {"AA"})


def _outlet_keys(outlets: Iterable[dict]) -> Iterable[str]:
    """Folded names and name-like aliases of the news outlets table (not its web domains)."""
    for o in outlets:
        for name in [o["name"], *(o.get("aliases") or [])]:
            name = str(name)
            if "." in name and " " not in name:
                continue  # a domain such as aljazeera.com
            key = fold(name)
            if len(key) > 3:
                yield key


def _trim(doc: Doc, ent: Span) -> tuple[int, int]:
    """Token range of an entity without a leading article, a parenthesis it opens and does
    not close ("The Allied Democratic Forces (ADF" -> "Allied Democratic Forces"), trailing
    punctuation or a possessive ending."""
    start, end = ent.start, ent.end
    lows, texts, punct = doc_lowers(doc), doc_token_texts(doc), doc_is_punct(doc)  # per-document arrays
    while start < end and lows[start] in ("the", "a", "an"):
        start += 1
    for i in range(start, end):
        if texts[i] == "(" and ")" not in texts[i:end]:
            end = i
            break
    while end > start and (punct[end - 1] or lows[end - 1] in _POSSESSIVE_END):
        end -= 1
    return start, end


def _words(span: Span) -> list[str]:
    return _words_at(span.doc, span.start, span.end)


def _words_at(doc: Doc, start: int, end: int) -> list[str]:
    """The lower-cased alphabetic words of doc[start:end], read from the per-document arrays."""
    return [
        low
        for low, alpha in zip(doc_lowers(doc)[start:end], doc_is_alpha(doc)[start:end], strict=True)
        if alpha
    ]


def _is_credit(doc: Doc, start: int, end: int, words: UnlistedWords) -> bool:
    """A photo credit, byline, tag line or dateline caught as a name."""
    return any(t in words.credit_words for t in doc_token_texts(doc)[start:end])


def _is_body_around_war(
    span: Span, sources: SourceLexicon, words: UnlistedWords, text: str | None = None, armed: bool = False
) -> bool:
    """A monitor, NGO, UN body, ministry, outlet or wire agency: it speaks, counts or reports.
    ``text``: the span's text when the caller has it. ``armed``: the sentence has the name do an
    act of violence (:func:`does_violence`); then a name headed by a word that armed groups' names
    end in too ("the X Revolutionary Council") is no body, unless a table lists it as one."""
    text = span.text if text is None else text
    name = sources.canonical(text) or sources.find_in(text)
    if name is not None and sources.type_of(name) not in ARMED_SOURCE_TYPES:
        return True
    if sources.person_org(text) is not None:
        return True  # a known spokesperson
    key = fold(text)
    low = _words(span)
    if key in words.outlets or (_opens_with(key, words.outlets) and group_type(low, words) is None):
        return True  # "Al Jazeera English"; not "the National Front for Liberation" (an outlet's first word)
    if armed and armed_body_type(low, words) is not None:
        return False  # "the Tibesti Council for Democracy attacked the garrison"
    if bool(low) and low[-1] in words.institution_heads:
        return True
    head = _first_part_head(low)  # "the Media Office of the National Army"
    return head is not None and head in words.institution_heads and head not in words.umbrella_heads


def armed_body_type(name_words: list[str], words: UnlistedWords) -> str | None:
    """The type a name ending in a word that bodies' and armed groups' names share gives the group
    (``armed_body_heads``: "the X Council", "the Patriotic Union of X"), judged by its last word or
    the head of its first part; None for a name of no such head."""
    if not name_words:
        return None
    found = words.armed_body_type.get(name_words[-1])
    head = _first_part_head(name_words)
    return found if found is not None or head is None else words.armed_body_type.get(head)


def does_violence(doc: Doc, start: int, end: int, violent: frozenset[str], words: UnlistedWords) -> bool:
    """The sentence makes the name ``doc[start:end]`` the doer of an act of violence (a lemma of
    ``violent``): the subject of the act ("the X Council shelled the town"), the agent of a passive
    or of an event noun ("ambushed by the X Council", "an attack by the X Council"), the modifier of
    an event noun ("an X Council raid"), the owner of armed men (``armed_men``: "the X Council's
    fighters", "fighters of the X Council", "X gunmen"; other men only when they do the act:
    "members of the X Coalition torched homes"), or a speaker telling the act as its own ("the X
    Council said it had attacked", "... its fighters had captured"). Read off the parse, so a
    body that only speaks, counts or condemns ("the X Council condemned the attack") is none."""
    tok = doc[span_root(doc, start, end)]
    while tok.dep_ in ("conj", "appos") and tok.head is not tok:
        tok = tok.head  # "the army and the X Council shelled", "X, a rebel council, attacked"
    head = tok.head

    def is_violent(t: Token) -> bool:
        return t.lemma_.lower() in violent or t.lower_ in violent

    def armed_men(noun: Token) -> bool:
        # other men do the act on someone: a violent verb with an object ("torched homes"), not
        # one they suffer ("a constable of the X also died")
        return noun.lower_ in words.armed_men or (
            noun.dep_ == "nsubj"
            and is_violent(noun.head)
            and any(c.dep_ == "dobj" for c in noun.head.children)
        )

    if tok.dep_ == "nsubj":
        return is_violent(head) or any(
            _own_act(c, violent, words) for c in head.children if c.dep_ == "ccomp"
        )
    if tok.dep_ == "pobj" and head.lower_ == "by":
        return is_violent(head.head)
    if tok.dep_ in ("compound", "nmod", "amod") and head.i >= end:
        return is_violent(head) or head.lower_ in words.armed_men  # "an X Council raid", "SPU gunmen"
    if tok.dep_ == "poss":
        return armed_men(head)
    if tok.dep_ == "pobj" and head.lower_ in ("of", "from"):
        return armed_men(head.head)
    return False


def _acting_name(
    doc: Doc,
    start: int,
    end: int,
    label: str,
    low: list[str],
    words: UnlistedWords,
    violent: frozenset[str],
) -> bool:
    """An organisation's name of no known kind that its own clause has do violence or own armed men
    ("Renamo gunmen torched the post", "fighters of Renamo"): an armed group's. Not a name in the
    dateline (the parser may run "BUJANOVAC, Feb 4 -" into the lead's subject), a unit's name ("...
    Regiment": a state's), a short form the text does not define ("KIA fighters": a group the table
    names in full, or "killed in action"), a body's ("Radio X"), a speaker that tells an act as its own ("Radio X
    said its fighters ..." speaks for its owner), nor the modifier of an event noun ("Chemical
    Attack Kills Five": a headline's capitals), only of armed men ("Renamo gunmen")."""
    if label != "ORG" or in_dateline(doc, start, end):
        return False
    text = span_text(doc, start, end)
    if text.isupper() and f"({text})" not in doc_text(doc):
        return False  # a short form the text never gives in brackets ("KIA fighters"): maybe no name
    if any(w in words.unit_words or w in words.institution_heads for w in low):
        return False
    tok = doc[span_root(doc, start, end)]
    if tok.dep_ == "nsubj" and (tok.head.lemma_.lower() not in violent or tok.head.tag_ == "VBG"):
        return False  # (a subject of "killing ..." is the parser's: "shells fell in X killing three")
    if tok.dep_ in ("compound", "nmod", "amod") and tok.head.lower_ not in words.armed_men:
        return False  # "Chemical Attack Kills Five", "UPDATED Regime air raids": a headline's capitals
    return does_violence(doc, start, end, violent, words)


def _own_act(verb: Token, violent: frozenset[str], words: UnlistedWords) -> bool:
    """A reported clause whose act the speaker tells as its own: a violent verb whose subject is a
    self pronoun or owned by one ("it had attacked", "its fighters had captured")."""
    if verb.lemma_.lower() not in violent:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (
        subj.lower_ in words.self_pronouns
        or any(c.dep_ == "poss" and c.lower_ in words.self_pronouns for c in subj.children)
    )


def _opens_with(key: str, names: frozenset[str] | set[str]) -> bool:
    """Whether ``key`` opens with one of ``names`` followed by a space ("al jazeera english" opens
    with "al jazeera"): each word boundary of the key looked up, not every name tried in turn."""
    p = key.find(" ")
    while p != -1:
        if key[:p] in names:
            return True
        p = key.find(" ", p + 1)
    return False


def _is_titled_person(doc: Doc, span: Span, words: UnlistedWords) -> bool:
    """A person named with an office, rank or role: an official, speaker or witness."""
    k = span.start - 1
    seen = 0
    while k >= 0 and seen < TITLE_LOOKBACK_TOKENS and not doc[k].is_sent_end:
        tok = doc[k]
        if tok.lower_.rstrip(".") in words.person_titles:
            return True
        if tok.is_punct and tok.text not in (".", "-"):
            break
        k -= 1
        seen += 1
    root = span.root
    related = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        related.append(root.head)
    return any(r.lemma_.lower() in words.person_titles or r.lower_ in words.person_titles for r in related)


def _is_weapon(span: Span, weapons: WeaponLexicon, text: str | None = None) -> bool:
    """An aircraft, missile or gun named like a product ("Su-24M", "Tupolev", "F-16").
    ``text``: the span's text when the caller has it (a Span rebuilds it on every read)."""
    text = span.text if text is None else text
    if (
        any(w in weapons.forms for w in doc_lowers(span.doc)[span.start : span.end])
        or text.lower() in weapons.forms
    ):
        return True
    return any(p.search(text) for p, _cls in weapons.models)


def _only_force_words(span: Span, actors: ActorLexicon) -> bool:
    """ "Special Forces", "Air Force", "Warplanes": force nouns with no name in them."""
    generic = actors.force_words
    low = _words(span)
    return bool(low) and all(w in generic for w in low)


#: Words that end the first part of a name, whose head is the name's head ("the Guerrilla Army
#: of the Poor": "Army").
_PART_BREAKS = frozenset({"of", "for", "in"})


def group_type(name_words: list[str], words: UnlistedWords) -> str | None:
    """The actor type a group's name gives, or None when it names no group.

    A marker anywhere fixes the type ("the Peasant Self-Defence Forces" are a militia); else the
    last word gives it ("... Liberation Front"); else the head of the name's first part ("the
    Guerrilla Army of the Poor"), or, for a head that opens bodies and groups alike ("the Union
    of Forces for Democracy"), the first group noun inside the name."""
    if not name_words:
        return None
    joined = {f"{a}-{b}" for a, b in itertools.pairwise(name_words)} | set(name_words)
    marked = next((typ for mark, typ in words.type_markers if mark in joined), None)
    last = words.group_type.get(name_words[-1])
    if marked is not None and last is not None:
        return marked
    if last is not None:
        return last
    head = _first_part_head(name_words)
    if head is None:
        return None
    if head in words.group_type:
        return words.group_type[head]
    if head in words.umbrella_heads:
        return next((words.group_type[w] for w in name_words if w in words.group_type), None)
    return None


def _first_part_head(name_words: list[str]) -> str | None:
    """The last word before the name's first "of"/"for"/"in", when it has one after its first word."""
    k = next((i for i, w in enumerate(name_words) if w in _PART_BREAKS), None)
    return name_words[k - 1] if k else None


class _Taken:
    """The characters the mentions found before cover, as two byte masks (any mention, an actor
    mention): each entity asks which of them it overlaps, and testing every mention per entity
    grew with the square of the article's length. A bare force noun or a people's name ("militia",
    "People") is kept apart (``soft``): it hides no longer group name it lies inside ("the Aitarak
    militia", "the Zimbabwe African People's Liberation Army")."""

    def __init__(self, known: list) -> None:
        size = max([a.end_char for a in known], default=0)
        self.any, self.actor = bytearray(size), bytearray(size)
        self.odd: list[tuple[int, int, bool]] = []  # zero-width (or malformed) mentions: no character to mark
        self.soft: list[tuple[int, int]] = []  # (start, end) of generic and civilian mentions, sorted
        for a in known:
            start, end, is_actor = a.start_char, a.end_char, isinstance(a, ActorMention)
            if start < 0 or start >= end:
                self.odd.append((start, end, is_actor))
                continue
            self.any[start:end] = b"\x01" * (end - start)
            if is_actor and (a.kind == "generic" or a.entry.type == "civilians"):
                self.soft.append((start, end))
            elif is_actor:
                self.actor[start:end] = b"\x01" * (end - start)
        self.soft.sort()

    def overlap(self, start: int, end: int) -> tuple[bool, bool]:
        """(whether any mention overlaps ``start:end``, whether an actor mention does that is no
        soft mention lying inside a longer ``start:end``)."""
        by_any = self.any.find(1, start, end) >= 0
        by_actor = by_any and self.actor.find(1, start, end) >= 0
        for s, e, is_actor in self.odd:
            if s < end and start < e:
                by_any = True
                by_actor = by_actor or is_actor
        if by_any and not by_actor:
            k = bisect.bisect_left(self.soft, (start - SOFT_MENTION_MAX_CHARS, 0))
            while k < len(self.soft) and self.soft[k][0] < end:
                s, e = self.soft[k]
                if e > start and not (start <= s and e <= end and e - s < end - start):
                    by_actor = True
                    break
                k += 1
        return by_any, by_actor


def find_unlisted(
    doc: Doc,
    known: list,  # actor mentions and place mentions found before
    actors: ActorLexicon,
    sources: SourceLexicon,
    weapons: WeaponLexicon,
    triggers: TriggerLexicon,
    words: UnlistedWords | None = None,
    acronyms: dict[str, str] | None = None,
) -> list[ActorMention]:
    """Actor mentions from named entities outside ``known`` (the mentions already found).

    Besides spaCy's entities, runs of capitalised words ending in a group noun
    (:func:`group_name_runs`) and the short forms the text defines (``acronyms``, by default read
    off the text: "(UFSR)") are names: spaCy misses or cuts many groups' names ("the Hombori
    Self-Defence Group", "the Oromo Peasants' Liberation Front").

    A name that folds to a listed actor comes back as that actor; the names of bodies around a
    war, titled people, credit lines, weapons and bare force nouns are dropped; every other
    person or group keeps its name, typed by its head noun (``unknown`` for a person). The frame
    builder gives such names a role only where the syntax makes them the attacker.
    """
    words = words or UnlistedWords.default()
    violent = frozenset(triggers.lemmas)
    armed_seen: set[str] = set()  # folded names of the bodies the text has do violence

    def _acts(start: int, end: int) -> bool:
        return does_violence(doc, start, end, violent, words)

    acronyms = defined_acronyms(doc_text(doc)) if acronyms is None else acronyms
    out: list[ActorMention] = _particle_names(doc, _Taken(known), actors, words)
    taken = _Taken(known + out)
    for ent, given in _candidates(doc, actors, words, acronyms, violent):
        by_any, by_actor = taken.overlap(ent.start_char, ent.end_char)
        if by_actor:
            continue
        start, end = _trim(doc, ent)
        if end <= start:
            continue
        low = _words_at(doc, start, end)
        armed = ent.label_ != "PERSON" and armed_body_type(low, words) is not None and _acts(start, end)
        if armed:
            armed_seen.add(fold(span_text(doc, start, end)))
        if by_any and group_type(_words_at(doc, ent.start, ent.end), words) is None and not armed:
            continue  # a place inside a group's name does not hide it: "the Balcombe Street Gang"
        if len(span_text(doc, start, end)) < 3 or not low:
            continue
        if ent.label_ not in ENTITY_ACTOR_LABELS and (
            ent.label_ not in GROUP_NAME_LABELS or group_type(low, words) is None
        ):
            continue
        if group_type(low, words) is None and any(
            lemma in triggers.lemmas or low_word.rstrip("s") in triggers.lemmas
            for lemma, low_word in zip(doc_lemmas(doc)[start:end], doc_lowers(doc)[start:end], strict=True)
        ):
            # a capitalised headline run ("Islamic State Airstrikes") is no name; one ending in a
            # group's head noun is, whatever deed a word of it names ("Arakan Liberation Army")
            continue
        if _is_credit(doc, ent.start, ent.end, words):
            continue
        span = doc[start:end]
        text = span_text(doc, start, end)  # once: a Span rebuilds its text from a Token per word
        full = acronyms.get(text)
        full_words = [w.lower() for w in fold_words(full)] if full is not None else []
        if full is not None and (
            group_type(full_words, words) is not None
            or (
                armed_body_type(full_words, words) is not None
                and (fold(full) in armed_seen or _acts(start, end))
            )
        ):
            # "UFSR gunmen" after "the Union of Forces for Sahel Renewal (UFSR)": the group defined;
            # "SPU gunmen" after "the Sulaimani Patriotic Union (SPU)", a union the text has fight
            out.append(
                _defined_mention(doc, start, end, full, actors, words, armed_body_type(full_words, words))
            )
            continue
        found = actors.phrase_hit(text)
        if found is None and (variant := actors.variant(text)) is not None:
            found = (variant, "alias", None)
        if found is not None:
            entry, kind, role = found
            if entry.type != "civilians":
                out.append(_mention(doc, start, end, entry, kind, role))
            continue
        if _only_force_words(span, actors) or _is_weapon(span, weapons, text):
            continue
        state = actors.state_army(fold_words(text))
        if state is not None:
            out.append(_mention(doc, start, end, state, "alias", None))  # "the Royal Moroccan Air Force"
            continue
        if group_type(low, words) is not None and _state_unit(doc, start, end, words):
            continue  # "the 12th Infantry Battalion": the state's, not a group's name
        if _is_body_around_war(span, sources, words, text, armed):
            continue
        if ent.label_ == "PERSON" and _is_titled_person(doc, span, words):
            continue
        typed = [w.lower() for w in fold_words(given)] if given else low  # "Sikin clan": typed by its tail
        typ = (group_type(typed, words) if ent.label_ != "PERSON" else None) or "unknown"
        if typ == "unknown" and (armed or _acting_name(doc, start, end, ent.label_, low, words, violent)):
            # "the X Coalition" that attacked, "Renamo gunmen": an armed group
            typ = armed_body_type(low, words) or words.acting_name_type
        name = given or after_glue(_without_dropped_tail(doc, start, end, words).strip())
        entry = ActorEntry(name=name, type=typ, country=None)
        m = _mention(doc, start, end, entry, "entity", None)
        out.append(m if name == m.text else dataclasses.replace(m, text=name))
    return _short_forms_as_named(out)


def _short_forms_as_named(mentions: list[ActorMention]) -> list[ActorMention]:
    """Later mentions of a name by its last words ("Nkunda" after "Laurent Nkunda", "the Front"
    never: a lone group noun is no name here) as the actor the text named in full: one party,
    not two that split one event's records."""
    named: list[ActorEntry] = []
    out = []
    for m in mentions:
        key = fold(m.entry.name)
        full = next(
            (e for e in named if m.kind == "entity" and fold(e.name).endswith(" " + key)),
            None,
        )
        if full is not None:
            m = dataclasses.replace(m, entry=full)
        elif m.kind == "entity":
            named.append(m.entry)
        out.append(m)
    return out


def without_redefined(mentions: list, acronyms: dict[str, str], actors: ActorLexicon) -> list:
    """``mentions`` without a listed actor's short form that the text defines as another name:
    after "the Sahrawi People's Liberation Army (SPLA)", "SPLA" is no longer South Sudan's army,
    and :func:`find_unlisted` reads it as the name the text gave it."""
    if not acronyms:
        return mentions
    kept = []
    for m in mentions:
        short = (
            next((w for w in m.text.split() if w in acronyms), None) if isinstance(m, ActorMention) else None
        )
        full = acronyms.get(short) if short is not None and m.kind != "generic" else None  # "SPLA units" too
        if full is not None:
            found = actors.phrase_hit(full) or (
                (v, "alias", None) if (v := actors.variant(full)) is not None else None
            )
            if found is None or found[0].name != m.entry.name:
                continue
        kept.append(m)
    return kept


def _candidates(
    doc: Doc, actors: ActorLexicon, words: UnlistedWords, acronyms: dict[str, str], violent: frozenset[str]
) -> list[tuple[Span, str | None]]:
    """The spans that may name a party, each with the name it gives when that is not its text:
    group-name runs, the defined short forms, and spaCy's entities that overlap neither (a run
    outranks an entity that cuts the same name short)."""
    runs = [
        (Span(doc, s, e, label="ORG"), name) for s, e, name in group_name_runs(doc, actors, words, violent)
    ]
    if acronyms:
        texts = doc_token_texts(doc)
        runs += [(Span(doc, i, i + 1, label="ORG"), None) for i, t in enumerate(texts) if t in acronyms]
    if not runs:
        return [(e, None) for e in doc_ents(doc)]
    covered = bytearray(len(doc))
    for r, _name in runs:
        covered[r.start : r.end] = b"\x01" * (r.end - r.start)
    ents = [(e, None) for e in doc_ents(doc) if not any(covered[e.start : e.end])]
    return sorted(runs + ents, key=lambda c: c[0].start)


def _without_dropped_tail(doc: Doc, start: int, end: int, words: UnlistedWords) -> str:
    """The text of a group's name without the lower-case word that only describes it ("the Aitarak
    militia" -> "Aitarak"), when a name stays before it."""
    lows, texts = doc_lowers(doc), doc_token_texts(doc)
    k = end
    while k - 1 > start and lows[k - 1] in words.dropped_tails and texts[k - 1].islower():
        k -= 1
    return span_text(doc, start, k)


def _is_cap_word(text: str) -> bool:
    """A word written with a capital and lower-case letters ("Hombori", "Self"), not an all-caps
    acronym or headline word."""
    return text[:1].isupper() and any(c.islower() for c in text) and text.replace("'", "").isalpha()


_APOSTROPHE_TOKENS = frozenset({"'s", "\u2019s", "'", "\u2019"})
_RUN_HYPHENS = frozenset({"-", "\u2013"})


def group_name_runs(
    doc: Doc, actors: ActorLexicon, words: UnlistedWords, violent: frozenset[str] = frozenset()
) -> list[tuple[int, int, str | None]]:
    """Token ranges of group names written in capitals and ending in a group noun ("the Hombori
    Self-Defence Group", "the Guerrilla Army of the Poor", "the Oromo Peasants' Liberation Front"),
    or in capitals then a lower-case tail word ("the Aitarak militia", "fighters of the Abgaal
    clan"). spaCy's small model misses such names or cuts them at a hyphen or an apostrophe.
    Each comes as (start, end, name): the name the group takes when it is not the text of the
    range ("the Sikin and Kaekin clans": "Sikin clan", "Kaekin clan"), else None."""
    texts, lows = doc_token_texts(doc), doc_lowers(doc)
    n = len(texts)
    runs: list[tuple[int, int, str | None]] = []
    i = 0
    while i < n:
        if not _is_cap_word(texts[i]):
            i += 1
            continue
        j, last = i, i
        while j < n:
            if _is_cap_word(texts[j]):
                last = j
                j += 1
            elif texts[j] in _APOSTROPHE_TOKENS and j > i:
                j += 1
            elif (texts[j] in _RUN_HYPHENS or lows[j] in words.name_joiners) and j + 1 < n:
                k = j + 1 + ((lows[j + 1] == "the" and lows[j] != "the") or texts[j + 1] in _RUN_HYPHENS)
                if lows[j] == "the" or k >= n or not _is_cap_word(texts[k]):
                    break
                j = k
            else:
                break
        span = _run_name(doc, i, last + 1, actors, words, violent)
        if span is not None:
            runs += _conjuncts(doc, *span, words) or [(*span, None)]
        i = max(j, i + 1)
    return runs


def _conjuncts(doc: Doc, start: int, end: int, words: UnlistedWords) -> list[tuple[int, int, str]]:
    """The groups of "the Sikin and Kaekin clans" (a plural tail word after names joined by "and"
    or commas), each with its own name and the tail word in the singular ("Sikin clan")."""
    lows, texts = doc_lowers(doc), doc_token_texts(doc)
    tail = end
    while tail > start and lows[tail - 1] in words.name_tails:
        tail -= 1
    if tail == end or "and" not in lows[start:tail] or doc[end - 1].tag_ != "NNS":
        return []
    noun = doc[end - 1].lemma_.lower()
    out, first = [], start
    for k in range(start, tail + 1):
        if k == tail or lows[k] in ("and", ","):
            if k > first:
                name = f"{span_text(doc, first, k)} {noun}"
                out.append((first, k, name))
            first = k + 1
    return out if len(out) >= 2 and all(texts[s][:1].isupper() for s, _e, _n in out) else []


def _run_name(
    doc: Doc,
    start: int,
    end: int,
    actors: ActorLexicon,
    words: UnlistedWords,
    violent: frozenset[str] = frozenset(),
) -> tuple[int, int] | None:
    """The group name in the capitalised run ``doc[start:end]``: without a leading function word
    or a leading party noun and its "of" ("Fighters of the ..."; not "the Sons of the Delta
    Brigade", a name), with a lower-case tail word after it; None when it names no group. A run
    ending in a word bodies' names end in too ("... Party") is a group's name only where its
    sentence has it do violence (:func:`does_violence`, with the act lemmas ``violent``)."""
    lows = doc_lowers(doc)
    while start < end and lows[start] in words.function_words:
        start += 1
    if end - start >= 3 and lows[start] in actors.member_parties and lows[start + 1] in ("of", "from"):
        start += 2 + (lows[start + 2] == "the")  # "Gunmen of the Tigers Militia"
    if end <= start:
        return None
    tail = end
    while tail < len(lows) and tail - end < 2 and lows[tail] in words.name_tails:
        tail += 1
    if tail > end:
        if end - start == 1 and not _proper_single(doc, start, actors, words):
            return None
        return start, tail
    if (
        end - start >= 2
        and words.group_type.get(lows[end - 1]) is not None
        and not _state_unit(doc, start, end, words)
    ):
        return start, end
    if (
        end - start >= 2
        and lows[end - 1] in words.armed_body_type
        and does_violence(doc, start, end, violent, words)
    ):
        return start, end  # "the Eastern Hills People's Party said its fighters had attacked ..."
    return None


_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)?$", re.IGNORECASE)


def _state_unit(doc: Doc, start: int, end: int, words: UnlistedWords) -> bool:
    """A regular army's unit ("the 12th Infantry Battalion", "the Mechanised Brigade"): numbered,
    or named by unit words and group nouns only."""
    texts, lows = doc_token_texts(doc), doc_lowers(doc)
    if _ORDINAL.match(texts[start]) or (start > 0 and _ORDINAL.match(texts[start - 1])):
        return True
    named = [w for w in lows[start:end] if w.isalpha()]
    return any(w in words.unit_words for w in named) and all(
        w in words.unit_words or w in words.group_type for w in named
    )


def _proper_single(doc: Doc, i: int, actors: ActorLexicon, words: UnlistedWords) -> bool:
    """One capitalised word before a tail word ("the Aitarak militia") that is a name of its own:
    not a describing word, a force noun or a name the actor table reads ("Shiite militia",
    "Government militias", "Fulani militia" are no new group's name)."""
    low = doc_lowers(doc)[i]
    if low in words.function_words or low in actors.force_words or low in words.group_type:
        return False
    if low in words.describing:
        return False
    return actors.phrase_hit(doc[i].text) is None and actors.named(doc[i].text) is None


def _defined_mention(
    doc: Doc,
    start: int,
    end: int,
    full: str,
    actors: ActorLexicon,
    words: UnlistedWords,
    armed_type: str | None = None,
) -> ActorMention:
    """A short form the text defined, as the group its full name names: a listed actor when the
    full name is one of its names, else the full name, typed by its head noun (or ``armed_type``,
    the type of a body's name the text has do violence, :func:`armed_body_type`)."""
    found = actors.phrase_hit(full)
    if found is None and (variant := actors.variant(full)) is not None:
        found = (variant, "alias", None)
    if found is not None and found[0].type != "civilians":
        return _mention(doc, start, end, found[0], found[1], found[2])
    typed = group_type([w.lower() for w in fold_words(full)], words)
    typ = (armed_type if typed in (None, "unknown") else typed) or typed or "unknown"
    return _mention(doc, start, end, ActorEntry(name=full, type=typ, country=None), "entity", None)


#: Two words run together where a scraped page lost the break between a headline or caption and
#: the next paragraph ("Hunting Bin LadenOsama bin Laden is charged ..."): a word of four or more
#: letters in lower case after its capital, straight on into a capitalised word. Names written in
#: two capitals keep shorter first parts ("McDonald", "MacArthur", "DeSantis", "LaGuardia").
_GLUED = re.compile(r"\b[A-Z][a-z]{3,}(?=[A-Z][a-z])")


def after_glue(name: str) -> str:
    """The name that follows the last place a lost line break ran two words together in
    ``name``: the text before it belongs to the headline or caption that ended there."""
    last = None
    for m in _GLUED.finditer(name):
        last = m
    return name[last.end() :] if last is not None else name


def _particle_names(
    doc: Doc, taken: _Taken, actors: ActorLexicon, words: UnlistedWords
) -> list[ActorMention]:
    """Groups named by a long transliterated name (``actors.particle_name_runs``), which spaCy cuts
    short or reads as a person's: the listed group a spelling variant of the whole name names
    ("Jama'at Nusrat al-Islam wa al-Muslimin"), else, before a group noun ("... fighters",
    "... militants"), a group of that name. Any other such run is left to the entity reading."""
    out: list[ActorMention] = []
    lows = doc_lowers(doc)
    for start, end in particle_name_runs(doc):
        if taken.overlap(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))[1]:
            continue  # a listed name the phrase matcher found
        text = span_text(doc, start, end)
        tail = end
        while tail < len(lows) and tail - end < 2 and lows[tail] in actors.member_nouns:
            tail += 1
        found = actors.phrase_hit(text)
        if found is None and (variant := actors.variant(text)) is not None:
            found = (variant, "alias", None)
        of_members = start >= 2 and lows[start - 1] == "of" and lows[start - 2] in actors.member_nouns
        if found is not None and found[0].type != "civilians":
            first = start - 2 if of_members and tail == end else start  # "fighters of ...", as one
            out.append(_name_mention(doc, first, tail, found[0], found[1], found[2]))
        elif tail > end:  # "... fighters"
            typ = group_type(lows[end:tail], words) or "rebel_group"
            entry = ActorEntry(name=text, type=typ, country=None)
            out.append(_name_mention(doc, start, tail, entry, "entity", None))
        elif of_members:  # "militants of ...": the whole phrase, headed by the member noun
            typ = group_type(lows[start - 2 : start - 1], words) or "rebel_group"
            entry = ActorEntry(name=text, type=typ, country=None)
            out.append(_name_mention(doc, start - 2, end, entry, "entity", None))
    return out


#: Functions of a word that carry a whole noun phrase's role.
_PHRASE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj", "attr", "ROOT"})


def _name_mention(
    doc: Doc, start: int, end: int, entry: ActorEntry, kind: str, role: str | None
) -> ActorMention:
    """A mention of a particle name, headed by its last word that the parser hangs outside it in a
    phrase's function: the parser often cuts such a name in two ("... al-Din" subject, "wa" left
    over), so the span's own root may be a stray particle."""
    m = _mention(doc, start, end, entry, kind, role)
    heads = [t.i for t in doc[start:end] if not start <= t.head.i < end and t.dep_ in _PHRASE_DEPS]
    return dataclasses.replace(m, head_i=heads[-1] if heads else end - 1)


def _mention(doc: Doc, start: int, end: int, entry: ActorEntry, kind: str, role: str | None) -> ActorMention:
    span = doc[start:end]
    return ActorMention(
        entry=entry,
        start_char=span.start_char,
        end_char=span.end_char,
        text=span.text,
        token_start=start,
        token_end=end,
        head_i=span.root.i,
        kind=kind,
        role=role,
    )


__all__ = [
    "UnlistedWords",
    "after_glue",
    "find_unlisted",
    "group_name_runs",
    "group_type",
    "without_redefined",
]
