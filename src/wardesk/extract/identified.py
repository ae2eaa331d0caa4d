"""Attackers a report names only after it told the attack: "A gunman killed four shoppers.
Police identified the gunman as Darren Whitcombe"; "The driver, X, was arrested"; "the
attacker, a 30-year-old man named X"; "A man stabbed three people. Police named him as X".

Reports of shootings, stabbings and lone bombers tell the deed with a described attacker ("a
gunman", "a man") and give the name in a later sentence, linked to the description by an
apposition, an identifying verb ("identified ... as", "named ... as") or a naming participle
("a man named X"). The frame of the deed then has no initiator, or only the unidentified armed
group; the person the article identifies is its initiator (docs/codebook.md: a person named
as the attacker keeps the name, typed ``unknown``).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from wardesk.extract.actors import UNIDENTIFIED
from wardesk.nlp.cache import doc_deps, doc_ents, doc_is_alpha, doc_pos, doc_sents, doc_token_texts
from wardesk.record import Actor
from wardesk.resources import load_yaml

#: Event families whose attacker a report identifies this way.
ATTACK_FAMILIES = frozenset({"explosions_remote_violence", "battles", "violence_against_civilians"})
#: An identification names the attacker of the attacks told at most this many sentences before
#: it (or one after: a headline-like lead may name him first). Short reports name the attacker
#: within a paragraph of the deed.
IDENTIFY_WINDOW_SENTENCES = 4
#: How many steps up the parse a name may climb to its description ("the attacker, a
#: Tunisian migrant named X": X -> named -> migrant -> attacker).
CLIMB_STEPS = 4
#: Dependencies that link a name to the noun phrase it names.
_LINKS = frozenset({"appos", "oprd", "dobj", "attr", "acl", "conj", "npadvmod", "nsubj", "compound"})


@dataclass(frozen=True)
class IdentifyWords:
    """The word lists of ``identified_attackers.yaml``."""

    attacker_nouns: frozenset[str]
    person_nouns: frozenset[str]
    identify_verbs: frozenset[str]
    naming_participles: frozenset[str]
    pronouns: frozenset[str]

    @classmethod
    @functools.cache
    def default(cls) -> IdentifyWords:
        data = load_yaml("lexicons", "identified_attackers.yaml")
        return cls(**{k: frozenset(str(w).lower() for w in data[k]) for k in data})


def identified_attackers(doc: Doc, words: IdentifyWords | None = None) -> list[tuple[int, str]]:
    """(sentence index, name) of each person the text identifies as an attacker it described."""
    words = words or IdentifyWords.default()
    sents = doc_sents(doc)
    sent_of = {}
    for i, s in enumerate(sents):
        for t in range(s.start, s.end):
            sent_of[t] = i
    out: list[tuple[int, str]] = []
    for start, end in _name_runs(doc):
        si = sent_of.get(start, 0)
        root = doc[end - 1]
        if _after_attacker_noun(doc, start, words) or _names_attacker(root, words, doc, sents, si):
            out.append((si, doc[start:end].text))
    return out


#: Entity labels a person's name never carries (spaCy reads unknown names as PERSON or ORG, or not
#: at all).
_NOT_PERSON = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "CARDINAL", "EVENT", "PRODUCT"})


def _name_runs(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each run of two or more capitalised proper nouns headed by its last word:
    a full name ("Darren Whitcombe"). A lone name is too often a surname of someone else."""
    labels = {t: e.label_ for e in doc_ents(doc) for t in range(e.start, e.end)}
    pos, deps, texts, alpha = doc_pos(doc), doc_deps(doc), doc_token_texts(doc), doc_is_alpha(doc)
    runs = []
    for i in range(len(doc)):  # the per-document arrays: a Token per word was this pass's cost
        if pos[i] != "PROPN" or deps[i] == "compound" or labels.get(i) in _NOT_PERSON:
            continue
        start = i
        while start > 0 and pos[start - 1] == "PROPN" and deps[start - 1] == "compound":
            start -= 1
        if i + 1 - start >= 2 and all(texts[k][:1].isupper() and alpha[k] for k in range(start, i + 1)):
            if not any(labels.get(k) in _NOT_PERSON for k in range(start, i + 1)):
                runs.append((start, i + 1))
    return runs


def _after_attacker_noun(doc: Doc, start: int, words: IdentifyWords) -> bool:
    """ "the gunman, X, ...": the name set off right after an attacker noun, as the parser may
    not see the apposition."""
    return start >= 2 and doc[start - 1].text == "," and doc[start - 2].lower_ in words.attacker_nouns


def _names_attacker(tok: Token, words: IdentifyWords, doc: Doc, sents: Sequence, si: int) -> bool:
    """The name climbs, through appositions, naming participles and ``as``, to an attacker noun
    (or to a pronoun standing for a person who did the attack just told)."""
    for _ in range(CLIMB_STEPS):
        head = tok.head
        if head.i == tok.i:
            return False
        if tok.dep_ == "pobj" and head.lower_ == "as":
            verb = head.head
            if verb.pos_ in ("NOUN", "PRON"):  # "named the suspects as X": "as" hung on the noun
                return _attacker_word(verb, words, doc, sents, si)
            if (
                verb.lemma_.lower() not in words.identify_verbs
                and verb.lower_ not in words.naming_participles
            ):
                return False
            objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            if not objs and verb.dep_ == "acl":
                objs = [verb.head]
            return any(_attacker_word(o, words, doc, sents, si) for o in objs)
        if tok.dep_ not in _LINKS:
            return False
        if head.pos_ in ("NOUN", "PROPN", "PRON") and _attacker_word(head, words, doc, sents, si):
            return True
        if head.pos_ == "VERB" and head.lower_ not in words.naming_participles:
            return False  # "X shot ...", "said X": the name is a clause's own party, not a label
        tok = head
    return False


def _attacker_word(tok: Token, words: IdentifyWords, doc: Doc, sents: Sequence, si: int) -> bool:
    """An attacker noun, or a pronoun after a described person did the attack in the sentence
    before ("A man stabbed three people. Police named him as X")."""
    low = tok.lower_
    if low in words.attacker_nouns:
        return True
    if low not in words.pronouns or si == 0:
        return False
    before = sents[si - 1]
    return any(t.lower_ in words.person_nouns | words.attacker_nouns and t.dep_ == "nsubj" for t in before)


def name_identified_attackers(drafts: list, doc: Doc, words: IdentifyWords | None = None) -> None:
    """Give the attacks without a named initiator the persons the text identifies as attackers.

    An attack whose initiators are none, or only the unidentified armed group, told within
    ``IDENTIFY_WINDOW_SENTENCES`` before the identification (or one after), takes every person
    identified there; an attack with a named party keeps it.
    """
    if not any(
        d.family in ATTACK_FAMILIES and not d.from_title and all(a.name == UNIDENTIFIED for a in d.initiators)
        for d in drafts
    ):
        return  # no attack waits for a name (most articles): the text is not read for one
    found = identified_attackers(doc, words)
    if not found:
        return
    for d in drafts:
        if d.family not in ATTACK_FAMILIES or any(a.name != UNIDENTIFIED for a in d.initiators):
            continue
        names = [n for si, n in found if -1 <= si - d.sent_i <= IDENTIFY_WINDOW_SENTENCES]
        if names and not d.from_title:
            d.initiators = [Actor(name=n, type="unknown", text=n) for n in dict.fromkeys(names)]


def give_named_texts(drafts: list, mentions: Sequence) -> None:
    """Give an initiator that came without words of its own (a party a claim of responsibility
    or a source's blame made the initiator) the words of the article's first mention of it.

    The party was read off a claim ("the group was responsible", after "the IRA's commander"),
    so the record has its canonical name only; the article's own spelling ("IRA") is what a
    reader, and a table keyed on the article's words, looks for.
    """
    first: dict[str, str] = {}
    for m in mentions:
        if getattr(m, "kind", None) not in ("generic", "entity"):
            first.setdefault(m.entry.name, m.text)
    for d in drafts:
        if any(a.text is None and a.name in first for a in d.initiators):
            d.initiators = [
                a.model_copy(update={"text": first[a.name]}) if a.text is None and a.name in first else a
                for a in d.initiators
            ]


__all__ = ["IdentifyWords", "give_named_texts", "identified_attackers", "name_identified_attackers"]
