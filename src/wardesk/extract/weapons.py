"""Weapons and delivery platforms named in a sentence, and the event type they imply."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from wardesk.nlp.cache import doc_lowers, doc_text, doc_token_offsets, doc_token_texts, per_doc
from wardesk.resources import load_yaml

#: The event type a weapon class implies when the trigger itself is neutral.
CLASS_TYPE = {
    "aircraft": "air_strike",
    "air_munition": "air_strike",
    "missile": "missile_artillery",
    "artillery": "missile_artillery",
    "explosive": "remote_explosive",
    "suicide": "suicide_bomb",
    "chemical": "chemical_weapon",
    "firearm": None,
    "crowd_control": None,
}


@dataclass(frozen=True)
class WeaponMention:
    name: str
    cls: str
    start_char: int
    end_char: int
    token_start: int
    token_end: int


@dataclass
class WeaponLexicon:
    forms: dict[str, tuple[str, str]]
    models: list[tuple[re.Pattern[str], str]]
    _matchers: dict[int, PhraseMatcher]
    #: Words before an aircraft word that make it a civil craft ("a passenger jet"): the
    #: thing hit or downed, never the weapon that struck (weapons.yaml civil_craft_modifiers).
    civil_modifiers: frozenset[str] = frozenset()
    #: Verbs of travel and the prepositions by which an aircraft carried people on them
    #: ("landed by helicopter"): a means of transport, not a weapon (weapons.yaml).
    transport_verbs: frozenset[str] = frozenset()
    transport_preps: frozenset[str] = frozenset()
    #: Aircraft words that also name a person ("a bomber drove a van"), and the verbs whose
    #: subject they are then (weapons.yaml person_forms, person_verbs).
    person_forms: frozenset[str] = frozenset()
    person_verbs: frozenset[str] = frozenset()
    #: Verbs of driving: an explosive driven into its target by the bomber is a suicide bomb.
    driving_verbs: frozenset[str] = frozenset()

    @classmethod
    @functools.lru_cache(maxsize=1)
    def default(cls) -> WeaponLexicon:
        data = load_yaml("lexicons", "weapons.yaml")
        forms: dict[str, tuple[str, str]] = {}
        for name, spec in data["weapons"].items():
            for form in spec["forms"]:
                forms[form.lower()] = (name, spec["class"])
        models = [(re.compile(r"\b" + m["pattern"] + r"(?![\w-])"), m["class"]) for m in data["models"]]
        return cls(
            forms,
            models,
            {},
            frozenset(data.get("civil_craft_modifiers", [])),
            frozenset(data.get("transport_verbs", [])),
            frozenset(data.get("transport_preps", [])),
            frozenset(data.get("person_forms", [])),
            frozenset(data.get("person_verbs", [])),
            frozenset(data.get("driving_verbs", [])),
        )

    @functools.cached_property
    def any_model(self) -> re.Pattern[str]:
        """Every model pattern in one: a sentence it finds nothing in is not scanned once per
        pattern (most sentences name no weapon model). Where one pattern matches, this does too;
        patterns that cannot be joined (flags of their own) give one that matches everywhere."""
        everywhere = re.compile("")
        if any(p.flags != everywhere.flags for p, _cls in self.models):
            return everywhere
        try:
            return re.compile("|".join(f"(?:{p.pattern})" for p, _cls in self.models))
        except re.error:
            return everywhere

    def matcher(self, doc: Doc) -> PhraseMatcher:
        key = id(doc.vocab)
        if key not in self._matchers:
            from spacy.lang.en import English

            make = English(vocab=doc.vocab).make_doc
            m = PhraseMatcher(doc.vocab, attr="LOWER")
            for form in self.forms:
                m.add(form, [make(form)])
            self._matchers[key] = m
        return self._matchers[key]


def find_weapons(doc: Doc, sent: Span, lexicon: WeaponLexicon) -> list[WeaponMention]:
    """Weapon mentions in a sentence, longest first, without overlaps."""
    found: list[WeaponMention] = []
    base = sent.start_char
    text = doc_text(doc)[base : sent.end_char]
    for pattern, cls in lexicon.models if lexicon.any_model.search(text) else ():
        for m in pattern.finditer(text):
            span = doc.char_span(base + m.start(), base + m.end(), alignment_mode="expand")
            if span is None:
                continue
            found.append(
                WeaponMention(m.group(0), cls, base + m.start(), base + m.end(), span.start, span.end)
            )
    offsets, texts = doc_token_offsets(doc), doc_token_texts(doc)
    for match_id, start, end in _matches_within(doc, lexicon, sent.start, sent.end):
        name, cls = lexicon.forms[doc.vocab.strings[match_id]]
        if cls == "aircraft" and (
            _civil_craft(doc, start, lexicon.civil_modifiers) or _carried_by(doc[end - 1], lexicon)
        ):
            continue
        if cls == "aircraft" and _a_person(doc[end - 1], lexicon):
            continue
        if cls == "explosive" and _driven_in(doc[end - 1], lexicon):
            cls = "suicide"  # "drove an explosives-laden truck into the gate": the driver died with it
        end_char = offsets[end - 1] + len(texts[end - 1])
        found.append(WeaponMention(name, cls, offsets[start], end_char, start, end))
    found.sort(key=lambda w: (-(w.end_char - w.start_char), w.start_char))
    out: list[WeaponMention] = []
    for w in found:
        if any(w.start_char < o.end_char and o.start_char < w.end_char for o in out):
            continue
        out.append(w)
    out.sort(key=lambda w: w.start_char)
    return out


@per_doc
def _doc_matches(doc: Doc) -> dict[int, tuple[WeaponLexicon, list[tuple[int, int, int]], list[int]]]:
    """id of a lexicon -> (the lexicon, its phrase matches over the whole document, their starts):
    one matcher pass per document instead of one per sentence."""
    return {}


def _matches_within(doc: Doc, lexicon: WeaponLexicon, start: int, end: int) -> list[tuple[int, int, int]]:
    """The lexicon's phrase matches inside tokens ``[start, end)``, as a matcher run on that span
    gives them (a match that crosses its edge is none)."""
    cache = _doc_matches(doc)
    found = cache.get(id(lexicon))
    if found is None or found[0] is not lexicon:
        matches = lexicon.matcher(doc)(doc)
        found = cache[id(lexicon)] = (lexicon, matches, [m[1] for m in matches])
    _lexicon, matches, starts = found
    lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    return [m for m in matches[lo:hi] if m[2] <= end]


def _civil_craft(doc: Doc, start: int, modifiers: frozenset[str]) -> bool:
    """Whether one of the two words before an aircraft word makes it a civil craft.

    Why: an airliner is what a missile downs, not the warplane that struck; reading "jet" in
    "a passenger jet" as a warplane types the downing of an airliner as an air strike.
    Two words, so that "a civilian cargo plane" and "the airline's jet" are found too.
    """
    if not modifiers:
        return False
    lowers = doc_lowers(doc)
    for i in range(start - 1, max(-1, start - 3), -1):
        word = lowers[i]
        if word in modifiers:
            return True
        if word not in ("'s", "\u2019s") and not word.isalpha():
            return False  # a stop, a comma: the word before belongs to another phrase
    return False


def _carried_by(tok: Any, lexicon: WeaponLexicon) -> bool:
    """The aircraft carried people: the object of "by" / "aboard" on a verb of travel ("commandos
    landed by helicopter", "evacuated aboard a helicopter").
    Why: the raid such troops make is on the ground; reading their helicopter as the weapon
    types it as an air strike."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in lexicon.transport_preps:
        return False
    verb = tok.head.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon.transport_verbs


#: How far above an explosive word the driven vehicle is looked for ("a truck packed with
#: explosives": explosives, with, packed, truck).
DRIVEN_DEPTH = 4


def _a_person(tok: Any, lexicon: WeaponLexicon) -> bool:
    """An aircraft word that names a person here: the subject of a verb only people do ("a bomber
    drove a van into the gate", "the bomber detonated his vest").
    Why: read as a warplane, the bomber makes a planted or suicide bomb an air strike."""
    if tok.lower_ not in lexicon.person_forms or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return tok.head.lemma_.lower() in lexicon.person_verbs


def _driven_in(tok: Any, lexicon: WeaponLexicon) -> bool:
    """An explosive that is, or is packed in, the object of a verb of driving ("drove a car bomb into
    the base", "rammed a truck laden with explosives into a checkpoint").
    Why: ACLED codes a vehicle bomb driven by its bomber into its target as a suicide bomb."""
    for w in [tok, *list(tok.ancestors)[:DRIVEN_DEPTH]]:
        if w.dep_ in ("dobj", "obj") and w.head.lemma_.lower() in lexicon.driving_verbs:
            return True
    return False
