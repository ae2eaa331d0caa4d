"""Claims of responsibility: who says a party did it, who claims the act, who denies it.

In a war the sides blame each other for the same strike, so blame is a claim
with a source, like a figure (docs/event-schema.md, "claims of responsibility").
This module reads the constructions of English news that state it, from the
dependency tree and the words of ``triggers.yaml`` (``responsibility``):

* accusation: "Kyiv accused Moscow of the strike", "the army blamed the attack on
  the rebels", "activists attributed the deaths to government shelling",
  "accusations against the militia", "the group, which officials hold
  responsible", "the rebels were behind the attack, the minister said";
* claim: "IS claimed responsibility", "the bombing was claimed by al-Shabaab";
* denial: "the ministry denied any involvement", "Hamas denied that its fighters
  fired the rocket", "the separatists denied shooting down the plane", "the
  group said it had no connection to the incident".

What a source reports as an event ("the army said rebel mortars hit the market")
is an accusation too; the article reads that from its event frames and the
attributions that cover them (``article.py``). A statement names its party as
an actor mention, or leaves it to the side the speaker speaks for ("the ministry
denied any involvement": the ministry's side). Canonical names are given by the
caller, which knows the article's country.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Span, Token

from wardesk.extract.actors import UNIDENTIFIED
from wardesk.extract.attribution import (
    Attribution,
    SourceLexicon,
    describe_speaker,
    innermost,
    reporting_lemmas,
)
from wardesk.extract.triggers import Responsibility, TriggerLexicon
from wardesk.names import fold
from wardesk.nlp.cache import doc_lemmas, doc_lowers, doc_text
from wardesk.record import FAMILY, Actor
from wardesk.resources import load_words

#: Source types that report for others and speak for no side of a war (sources.yaml).
THIRD_PARTY_TYPES = frozenset({"monitor", "ngo", "un", "agency", "outlet", "platform"})
#: Pronouns by which a speaker names its own side ("we deny", "it had no role", "its forces").
SELF_PRONOUNS = load_words("lexicons", "reporting_verbs.yaml", "self_pronouns")
#: "the organisation had no role", said by its spokesman: the speaker's own side.
SELF_NOUNS = load_words("lexicons", "reporting_verbs.yaml", "self_nouns")
#: Heads by which the text refers back to an armed group ("the group", "the movement").
GROUP_HEADS = load_words("lexicons", "institutions.yaml", "group_heads")
#: Source types that may be called "the group" (institutions.yaml: monitors, NGOs, armed groups).
GROUP_SOURCE_TYPES = load_words("lexicons", "institutions.yaml", "group_source_types")
#: Words of a state's military organs ("the army", "the military"): see institutions.yaml.
MILITARY_ORGAN_HEADS = load_words("lexicons", "institutions.yaml", "military_organ_heads")
#: A leading definite article, dropped from an organisation's name taken as a speaker.
_DEFINITE_ARTICLE = re.compile(r"^the\s+", re.I)
#: Determiners that negate the noun they open ("no group has claimed", "no involvement").
NEGATING_DETERMINERS = frozenset({"no"})
#: Words that stand for the noun before them in a relative clause ("Y, which X holds responsible").
RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "that"})
#: Dependency labels that leave a noun phrase (what follows them is no part of the party's name).
_OUTSIDE_NP = frozenset(
    {"relcl", "acl", "advcl", "prep", "punct", "cc", "conj", "appos", "ccomp", "parataxis"}
)
#: Verbs of saying: their subject speaks (a denial joined to what it reports is its own).
REPORTING_LEMMAS = reporting_lemmas()
#: Longest text kept for a statement.
MAX_TEXT_CHARS = 300


@dataclass(frozen=True)
class Statement:
    """One claim of responsibility read in a sentence, before its party is named canonically.

    ``party`` is the actor mention of the party said to have done it (or to
    claim it, or denied to have); None means the party the speaker speaks for
    ("the ministry denied any involvement"). ``speaker`` is the claimant's
    name, None when the party speaks for itself (a claim of responsibility:
    its source is the party); ``speaker_org`` helps to read the speaker's side.
    """

    stance: str  # accuses | claims | denies
    party: Any | None  # ActorMention, or a canonical name already
    speaker: str | None
    speaker_org: str | None
    sent_i: int
    char: int
    text: str


@dataclass
class _Context:
    """What the constructions of one sentence need to know of the article."""

    sent: Span
    sent_i: int
    mentions: list[Any]
    attributions: list[Attribution]
    sources: SourceLexicon
    words: Responsibility
    event_lemmas: frozenset[str]
    nation: Callable[[str], str | None] | None = None
    #: event lemmas of fighting ("battle", "clashes"): taking part in one is no blame
    battle_lemmas: frozenset[str] = frozenset()
    #: (char, sentence, name) of the armed groups the article names (what "it" may refer to)
    groups: Sequence[tuple[int, int, str]] = ()
    #: the actor mentions of the sentence before (who "each side" may be)
    before: Sequence[Any] = ()


#: id of a trigger lexicon -> (the lexicon, its event lemmas, every lemma a reader of
#: ``find_statements`` starts from, its lemmas of fighting); the lexicon is held, so its id is
#: not reused.
_LEMMA_SETS: dict[int, tuple[TriggerLexicon, frozenset[str], frozenset[str], frozenset[str]]] = {}


def _opening_words(w: Responsibility) -> tuple[frozenset[str], ...]:
    """The word tables whose words open a statement of blame, claim or denial: one list for
    ``find_statements``' starting words and the sentence filter of ``responsibility_lemmas``."""
    return (
        w.blame_verbs,
        w.blame_on_verbs,
        w.condemn_verbs,
        w.attribute_verbs,
        w.claim_verbs,
        w.denial_verbs,
        w.involvement_nouns,
        w.culprit_predicates,
        w.accusation_nouns,
        w.culprit_verbs,
        w.deed_verbs,
        w.nothing_pronouns,
        w.distancing_verbs,
        w.involvement_verbs,
        w.blame_nouns,
        w.exchange_verbs,
        w.culprit_nouns,
        w.hands_nouns,
        w.absence_nouns,
    )


def _lemma_sets(lex: TriggerLexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(event lemmas, all starting lemmas, lemmas of fighting) of a lexicon, built once instead of
    per sentence: most words of a sentence start no construction and are then asked nothing more."""
    found = _LEMMA_SETS.get(id(lex))
    if found is None or found[0] is not lex:
        w = lex.responsibility
        events = frozenset(lex.lemmas)
        starters = events.union(*_opening_words(w))
        battles = frozenset(k for k, (typ, _s) in lex.lemmas.items() if FAMILY.get(typ or "") == "battles")
        if len(_LEMMA_SETS) > 16:
            _LEMMA_SETS.clear()  # lexicons made on the fly (tests, custom tables): keep it small
        found = _LEMMA_SETS[id(lex)] = (lex, events, starters, battles)
    return found[1], found[2], found[3]


def find_statements(
    sent: Span,
    sent_i: int,
    mentions: list[Any],
    attributions: list[Attribution],
    sources: SourceLexicon | None = None,
    triggers: TriggerLexicon | None = None,
    nation: Callable[[str], str | None] | None = None,
    groups: Sequence[tuple[int, int, str]] = (),
    before: Sequence[Any] = (),
) -> list[Statement]:
    """Every accusation, claim of responsibility and denial a sentence states in words.

    Args:
        sent (Span): one parsed sentence.
        sent_i (int): its index in ``doc.sents``.
        mentions (list): the actor mentions of the sentence (``actors.find_actors``).
        attributions (list[Attribution]): the article's attributions (for who speaks).
        nation (callable): the state forces a nationality or country names ("Israeli" -> Israel),
            for parties named only by a nation ("a Turkish drone caused the deaths").
        groups (sequence): (char, sentence, name) of the armed groups the article names, in text
            order: a pronoun that denies may name the one named last ("It denied the charge").
    RETURNS (list[Statement]): in text order; one per party named.
    """
    lex = triggers or TriggerLexicon.default()
    event_lemmas, starters, battles = _lemma_sets(lex)
    ctx = _Context(
        sent,
        sent_i,
        mentions,
        attributions,
        sources or SourceLexicon.default(),
        lex.responsibility,
        event_lemmas,
        nation,
        battles,
        groups,
        before,
    )
    w = ctx.words
    readers: list[tuple[frozenset[str], Callable[[Token, _Context], list[Statement]]]] = [
        (w.blame_verbs | w.blame_on_verbs | w.condemn_verbs | w.attribute_verbs, _accusing_verb),
        (w.claim_verbs, _claiming_verb),
        (w.denial_verbs, _denying_verb),
        (w.involvement_nouns, _no_involvement),
        (w.culprit_predicates, _culprit),
        (w.accusation_nouns, _accusation_noun),
        (w.culprit_verbs, _causing_verb),
        (w.deed_verbs, _deed_denied),
        (w.nothing_pronouns, _nothing_to_do_with),
        (w.distancing_verbs, _distancing_verb),
        (w.involvement_verbs, _involved),
        (w.blame_nouns, _blame_noun),
        (w.blame_verbs | w.exchange_verbs, _reciprocal),
        (w.culprit_nouns, _culprit_noun),
        (w.hands_nouns, _at_the_hands_of),
        (w.absence_nouns, _absent_forces),
        (ctx.event_lemmas, _act_denied),
        (ctx.event_lemmas, _act_named_as),
        (ctx.event_lemmas, _turned_on_itself),
    ]
    out: list[Statement] = []
    doc = sent.doc
    # The words are read from the per-document arrays: a Token is made only for a word some
    # construction starts from (this loop visits every word of the sentences it is given).
    lemmas, lowers = doc_lemmas(doc), doc_lowers(doc)
    for i in range(sent.start, sent.end):
        lemma = lemmas[i]
        tok: Token | None = None
        for words, read in readers if lemma in starters else ():
            if lemma in words:
                tok = doc[i] if tok is None else tok
                out.extend(read(tok, ctx))
        if _dismissal_at(lemmas, lowers, i, sent.start, w):
            out.extend(_dismissal(doc[i] if tok is None else tok, ctx))
    seen: set[tuple[str, Any, str | None]] = set()
    uniq = []
    for s in out:
        party = s.party if isinstance(s.party, str) or s.party is None else s.party.head_i
        key = (s.stance, party, s.speaker)
        if key not in seen:
            seen.add(key)
            uniq.append(s)
    return uniq


# ---------------------------------------------------------------------------
# The constructions
# ---------------------------------------------------------------------------


def _accusing_verb(verb: Token, ctx: _Context) -> list[Statement]:
    """ "X blamed Y for", "X blamed the attack on Y", "X accused Y of", "X held Y responsible",
    "X attributed the deaths to Y", "Y was accused of", "Y, which X holds responsible"."""
    if verb.pos_ != "VERB":
        return []
    w = ctx.words
    lemma = verb.lemma_.lower()
    copula = verb.head
    if verb.dep_ == "xcomp" and copula.lemma_.lower() == "be" and any(c.dep_ == "aux" for c in verb.children):
        # "the rebels were to blame for the attack", said by someone; "were not to blame" denies,
        # whoever says it (the parser hangs the "not" on the copula or on "blame")
        subj = next((c for c in copula.children if c.dep_ == "nsubj"), None)
        stance = "denies" if _negated(copula) or _negated(verb) else "accuses"
        return _said_of(subj, stance, verb, ctx) if subj is not None else []
    if _negated(verb):
        return []
    kids = list(verb.children)
    accused: list[Token] = []
    if lemma in w.attribute_verbs:
        accused = _pobjs(verb, ("to",))
        if not accused:
            # "attributed the raid that killed five guards on Monday to the rebels": the parser
            # hangs "to" from the act's relative clause (or from the act), not from the verb
            acts = [c for c in kids if c.dep_ == "dobj" and _is_act(c, ctx)]
            clauses = [h for act in acts for h in (act, *(r for r in act.children if r.dep_ == "relcl"))]
            accused = [g for h in clauses for g in _pobjs(h, ("to",))]
    else:
        blames_on = lemma in w.blame_verbs or lemma in w.blame_on_verbs
        accused = _pobjs(verb, ("on",)) if blames_on else []
        if not accused and blames_on:
            # "blamed the killings on troops identified as ...": the parser may hang "on" from the act
            acts = [c for c in kids if c.dep_ == "dobj" and _is_act(c, ctx)]
            accused = [g for act in acts for g in _pobjs(act, ("on",))]
        if not accused and lemma in w.blame_on_verbs:
            return []
        if not accused:
            accused = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
        if lemma == "hold" and not any(
            c.lemma_.lower() in w.blame_complements for c in verb.subtree if c.i > verb.i
        ):
            return []
        if not accused and lemma == "hold":
            accused = _small_clause_subjects(verb, w.blame_complements)
    accused = [verb.head if t.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else t for t in accused]
    parties = _mentions_of(accused, ctx, leaders=True)
    if lemma in w.condemn_verbs:
        # "condemned the regime" accuses; "condemned the killing of civilians" names no culprit
        heads = {t.i for tok in accused for t in (tok, *tok.conjuncts)}
        parties = [m for m in parties if not isinstance(m, str) and m.head_i in heads]
    if not parties:
        return []
    if any(c.dep_ == "nsubjpass" for c in kids):
        agent = _agent(verb)
        speaker = _speaker_of_phrase(agent, ctx) if agent is not None else (None, None)
    else:
        speaker = _speaker_of_verb(verb, ctx)
    if speaker[0] is None:
        return []
    return [_statement("accuses", p, speaker, verb, ctx) for p in parties]


def _small_clause_subjects(verb: Token, complements: frozenset[str]) -> list[Token]:
    """ "The government held Fano fighters responsible": the parser may read "fighters responsible"
    as a clause of its own (the party its subject, the complement its head) instead of an object
    and a complement; the subject of that clause is the party held responsible."""
    return [
        g
        for c in verb.children
        if c.dep_ in ("ccomp", "xcomp", "oprd") and c.lemma_.lower() in complements
        for g in c.children
        if g.dep_ == "nsubj"
    ]


def _reciprocal(verb: Token, ctx: _Context) -> list[Statement]:
    """ "Armenia and Azerbaijan blamed each other for the shelling", "Kyiv and Moscow traded blame
    for the strike", "the army and the rebels accused one another of the attack": each party the
    subject names accuses every other one, in its own name."""
    if verb.pos_ != "VERB" or _negated(verb):
        return []
    w = ctx.words
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    lemma = verb.lemma_.lower()
    if obj is None and lemma in w.exchange_verbs:
        return _reciprocal_misparsed(verb, ctx)
    if obj is None:
        return []
    if lemma in w.exchange_verbs:
        if obj.lemma_.lower() not in w.accusation_nouns | w.blame_nouns:
            return []  # "traded fire", "exchanged prisoners"
    elif not (lemma in w.blame_verbs and any(t.lower_ in w.reciprocal_words for t in (obj, *obj.children))):
        return []  # "each other" (the object "other"), "one another" (the object "one", "another" its det)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    sides = [(t, _own_mentions(t, ctx)) for t in (subj, *subj.conjuncts)]
    sides = [(t, ms) for t, ms in sides if ms]
    if len(sides) < 2:
        named = _nation_sides(subj, ctx) or _unnamed_sides(subj, ctx)
        return [
            _statement("accuses", other, (speaker, None), verb, ctx)
            for speaker, party in named
            for _s, other in named
            if other != party
        ]
    out = []
    for t, _own in sides:
        speaker = _speaker_of_phrase(t, ctx)
        if speaker[0] is None:
            continue
        for other, theirs in sides:
            if other is not t:
                out += [_statement("accuses", m, speaker, verb, ctx) for m in theirs]
    return out


def _nation_sides(subj: Token, ctx: _Context) -> list[tuple[str, str]]:
    """ "Indian and Pakistani officials blamed each other": the sides are the nations that modify
    the subject, each speaking as "<nationality> <subject>" ("Indian officials"); (speaker,
    party) pairs, or [] for fewer than two nations."""
    if ctx.nation is None:
        return []
    mods = [c for c in subj.children if c.dep_ in ("amod", "compound") and c.ent_type_ in NATION_LABELS]
    out: list[tuple[str, str]] = []
    for m in [t for c in mods for t in (c, *c.conjuncts)]:
        party = ctx.nation(m.text)
        if party and all(party != p for _s, p in out):
            out.append((f"{m.text} {subj.text}", party))
    return out if len(out) >= 2 else []


#: How many sentences before a sentence of "each side blamed the other" may name its sides.
SIDES_WINDOW_SENTENCES = 1


def _unnamed_sides(subj: Token, ctx: _Context) -> list[tuple[str, Any]]:
    """ "Each side blamed the other", "both sides accused each other": the subject names the sides
    only as sides, so they are the parties named in this sentence and the one before (actor
    mentions, nations named by a country or nationality word), when exactly two are; each speaks
    in its own words. [] otherwise: with one party or three, who the sides are is not said."""
    w = ctx.words
    lemma = subj.lemma_.lower()
    if lemma in w.side_nouns:
        if not any(c.lower_ in w.side_determiners for c in subj.children if c.dep_ in ("det", "predet")):
            return []
    elif subj.lower_ not in w.side_determiners:
        return []
    doc = subj.doc
    start = doc[ctx.sent.start - 1].sent.start if ctx.sent.start > 0 else ctx.sent.start
    named: dict[str, tuple[str, Any]] = {}
    generic: dict[str, tuple[str, Any]] = {}
    for m in (*ctx.before, *ctx.mentions):
        if isinstance(m, str) or m.start_char >= subj.idx:
            continue
        if getattr(m.entry, "type", None) == "civilians" or m.entry.name == UNIDENTIFIED:
            continue
        (generic if m.kind == "generic" else named).setdefault(m.entry.name, (m.text, m))
    if ctx.nation is not None:
        for t in doc[start : subj.i]:
            party = ctx.nation(t.text) if t.text[:1].isupper() and t.pos_ in ("PROPN", "ADJ") else None
            if party and party not in named:
                named[party] = (party, party)
    # named parties first: "two soldiers were killed" (a generic of no stated side) is no side
    # when two sides are named; "clashes between the army and the RSF" needs the generic
    for sides in (named, {**generic, **named}):
        if len(sides) == 2:
            return list(sides.values())
    return []


def _reciprocal_misparsed(verb: Token, ctx: _Context) -> list[Statement]:
    """ "The army and the RSF traded accusations over the attack" parsed with "traded" as a
    modifier of "accusations" and the parties left as a fragment before it: each party named
    before the verb accuses every other one, as when the subject is parsed."""
    w = ctx.words
    noun = verb.head
    if (
        verb.dep_ != "amod"
        or noun.i < verb.i
        or noun.lemma_.lower() not in w.accusation_nouns | w.blame_nouns
    ):
        return []
    before = [
        m
        for m in ctx.mentions
        if not isinstance(m, str) and ctx.sent.start_char <= m.start_char and m.end_char <= verb.idx
    ]
    if len(before) < 2:
        return []
    doc = verb.doc
    out = []
    for m in before:
        speaker = _speaker_of_phrase(doc[m.head_i], ctx)
        if speaker[0] is None:
            continue
        out += [_statement("accuses", o, speaker, verb, ctx) for o in before if o is not m]
    return out


def _own_mentions(tok: Token, ctx: _Context) -> list[Any]:
    """The actor mentions of the noun phrase ``tok`` heads alone, without its conjuncts."""
    span = _np_tokens(tok)
    return [
        m
        for m in _mentions_of([tok], ctx)
        if not isinstance(m, str)
        and (m.head_i in span or any(i in span for i in range(m.token_start, m.token_end)))
    ]


def _claiming_verb(verb: Token, ctx: _Context) -> list[Statement]:
    """ "IS claimed responsibility for the attack", "ETA claimed the bombing", "the attack was
    claimed by the group", "a bombing claimed by IS"."""
    if verb.pos_ != "VERB" or _negated(verb):
        return []
    w = ctx.words
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    obj = next((c for c in kids if c.dep_ in ("dobj", "nsubjpass")), None)
    if verb.dep_ == "acl" and obj is None and verb.tag_ == "VBN":
        obj = verb.head  # "a bombing claimed by IS"
    if obj is None:
        return []
    what = obj.lemma_.lower()
    referred = (
        lemma == "claim"
        and obj.lower_ in CLAIMED_PRONOUNS
        and not _pobjs(verb, ("as",))  # "claimed it as their capital"
        and _act_before(verb, ctx)
    )
    if not (what in w.nouns or (lemma == "claim" and what in ctx.event_lemmas) or referred):
        return []
    passive = any(c.dep_ == "nsubjpass" for c in kids) or verb.dep_ == "acl"
    who = _agent(verb) if passive else next((c for c in kids if c.dep_ in ("nsubj", "csubj")), None)
    if who is not None and who.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        if what not in w.nouns and not _definite(obj):
            return []  # "X, which has claimed similar attacks": what the group does, not this act
        who = verb.head  # "the Pakistani Taliban, which claimed the bombing"
    if who is None or _negated_noun(who):
        return []  # "no group has claimed responsibility"
    parties = _mentions_of([who], ctx)
    return [_statement("claims", p, (None, None), verb, ctx) for p in parties]


#: Pronouns that, as the object of "claim", stand for the act told before ("IS later claimed it").
CLAIMED_PRONOUNS = frozenset({"it", "this"})


def _act_before(verb: Token, ctx: _Context) -> bool:
    """An act is named before ``verb`` in its sentence or the one before ("the bombing ... X claimed
    it"): what a pronoun object of "claim" stands for."""
    doc = verb.doc
    start = doc[ctx.sent.start - 1].sent.start if ctx.sent.start > 0 else ctx.sent.start
    return any(_is_act(t, ctx) for t in doc[start : verb.i] if t.pos_ in ("NOUN", "VERB"))


#: Determiners that point at one known act ("the attack", "this bombing"), and modifiers that make
#: it a kind of act ("similar attacks"): see roles.yaml.
DEFINITE_DETERMINERS = load_words("lexicons", "roles.yaml", "definite_determiners")
KIND_OF_ACT_MODIFIERS = load_words("lexicons", "roles.yaml", "kind_of_act_modifiers")


def _definite(noun: Token) -> bool:
    """The noun names an act the reader knows ("the attack", "Sunday's bombing"), not a kind of
    act ("similar attacks", "several bombings")."""
    kids = list(noun.children)
    return any(
        (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) or c.dep_ == "poss" for c in kids
    ) and not any(c.dep_ in ("amod", "nummod") and c.lower_ in KIND_OF_ACT_MODIFIERS for c in kids)


def _denying_verb(verb: Token, ctx: _Context) -> list[Statement]:
    """ "X denied any involvement" (X's side), "X denied that Y carried out the attack" (Y),
    "X denied shooting down the plane", "X dismissed allegations that its men had staged the ambush"."""
    if verb.pos_ != "VERB" or _negated(verb):
        return []
    w = ctx.words
    kids = list(verb.children)
    # what is denied: the object, or the subject of a passive ("the accusation was denied by X")
    obj = next((c for c in kids if c.dep_ in ("dobj", "nsubjpass")), None)
    clause = next(
        (c for c in kids if c.dep_ in ("ccomp", "xcomp", "pcomp") and c.pos_ in ("VERB", "AUX")), None
    )
    if obj is not None and obj.tag_ == "VBG":
        clause, obj = obj, None  # "denied shooting down the plane"
    named = _account_named(verb, obj, ctx)
    if named is not None:
        obj, clause = named, None  # "rejected what he called lies": the clause of naming is no act
    elif (antecedent := _rejected_antecedent(verb, obj, ctx)) is not None:
        obj = antecedent
    what = obj.lemma_.lower() if obj is not None else ""
    blamed = _blame_attempted(obj, ctx) if obj is not None else None
    accusation = what in w.accusation_nouns or what in w.involvement_nouns or blamed is not None
    if verb.lemma_.lower() in w.objection_verbs and not accusation:
        return []  # "rejected the offer" denies nothing; "rejected responsibility" does
    if clause is not None and _denies_intent_only(clause, w):
        return []  # "denied targeting civilians": it says whom it aimed at, not that it did not strike
    accused = _accused_pronoun(verb, ctx)
    if accused:
        # "officials blamed the militia, but it denied the charge": the accused denies
        return [_statement("denies", p, (p.text, None), verb, ctx) for p in accused]
    group = _group_pronoun(verb, ctx)
    if group is not None:
        return [_statement("denies", group, (group, None), verb, ctx)]
    by = _agent(verb) if obj is not None and obj.dep_ == "nsubjpass" else None
    # "the army's claim that the rebels fired was rejected by the rebels": the "by" agent denies
    speaker = _speaker_of_phrase(by, ctx) if by is not None else _speaker_of_verb(verb, ctx)
    if speaker[0] is None:
        return []
    parties: list[Any] = []
    if accusation and obj is not None and clause is None:
        # "rejected the claim that the rebels fired the rocket": the party the claim names
        parties = _said_in_clause(obj, ctx)
    if clause is not None and clause.tag_ != "VBG":
        # who did it: the subject, or the "by" agent of a passive (whose subject was hit)
        agent = _agent(clause)
        subj = [agent] if agent is not None else [c for c in clause.children if c.dep_ == "nsubj"]
        if not any(_self_reference(t) for t in subj):
            parties = _mentions_of(subj, ctx)
    elif obj is not None and obj.lemma_.lower() in w.involvement_nouns and not parties:
        parties = _mentions_of(_pobjs(obj, ("of",)), ctx)  # "the responsibility of government forces"
    elif blamed is not None and not parties:
        parties = _mentions_of(blamed, ctx)  # "dismissed efforts to blame its soldiers": them
    counter = [_statement("accuses", p, speaker, verb, ctx) for p in _counter_accused(verb, ctx)]
    if not parties:
        return [_statement("denies", None, speaker, verb, ctx), *counter]
    return [*(_statement("denies", p, speaker, verb, ctx) for p in parties), *counter]


def _account_named(verb: Token, obj: Token | None, ctx: _Context) -> Token | None:
    """The noun a free relative of naming gives what is rejected ("dismissed what the ministry called baseless
    accusations of X", "dismissed what it described as fabrications"): the parser makes "what" the
    object of the clause of naming, so the rejected thing is that clause's predicate noun. None when
    the verb's object is of its own or no such clause hangs from it."""
    if obj is not None and obj.tag_ not in ("WP", "WDT"):
        return None
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "xcomp") or clause.lemma_.lower() not in ctx.words.dismissal_verbs:
            continue
        if not any(c.tag_ in ("WP", "WDT") for c in clause.children):
            continue
        named = [c for c in clause.children if c.dep_ in ("oprd", "attr", "dobj") and c.pos_ == "NOUN"]
        named += [g for c in clause.children if c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
        if named:
            return named[0]
    return None


def _rejected_antecedent(verb: Token, obj: Token | None, ctx: _Context) -> Token | None:
    """What a relative clause of rejection rejects: the noun it describes ("an account the army
    rejected", "claims, which the ministry dismissed", "a version of events the group rejected"), when
    the clause has no object of its own or only the relative pronoun. Only an account or an act
    counts ("the offer the rebels rejected" is neither)."""
    w = ctx.words
    head = verb.head
    if obj is None and verb.dep_ == "ccomp" and head.i < verb.i and head.lemma_.lower() in w.accusation_nouns:
        return head  # "..., claims the council dismissed": the parser took the noun for a verb of saying
    if verb.dep_ != "relcl" or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if obj is not None and obj.lower_ not in RELATIVE_PRONOUNS:
        return None
    if (
        head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.lemma_.lower() in w.accusation_nouns
    ):
        head = head.head.head  # "a version of events the group rejected": the version is rejected
    if head.lemma_.lower() in w.accusation_nouns or _is_act(head, ctx):
        return head
    return None


def _blame_attempted(noun: Token, ctx: _Context) -> list[Token] | None:
    """The parties an infinitive of blame after the rejected noun names ("dismissed efforts to blame
    its soldiers", "rejects any effort to attribute the act to our soldiers"): whatever the noun, what is
    rejected is blaming them, so the speaker denies for them. None when no such infinitive hangs
    from the noun; an empty list when it names no one."""
    w = ctx.words
    for clause in noun.children:
        if clause.dep_ != "acl" or clause.pos_ != "VERB":
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue
        lemma = clause.lemma_.lower()
        if lemma in w.blame_verbs:
            return [c for c in clause.children if c.dep_ == "dobj"] or _pobjs(clause, ("on",))
        if lemma in w.attribute_verbs | w.blame_on_verbs:
            return _pobjs(clause, ("to", "on"))
    return None


def _counter_accused(verb: Token, ctx: _Context) -> list[Any]:
    """The party a denial turns the blame on in a clause of saying adjoined to it ("X denied
    shelling the hospital, saying the army had fired the shells"): the named subject, never the
    denier itself ("saying it had fired only at fighters", "saying its fighters target only
    military sites"), of an act that clause reports; a creed in the present tells no act."""
    out: list[Any] = []
    for adv in verb.children:
        if adv.dep_ != "advcl" or adv.lemma_.lower() not in ctx.words.counter_claim_verbs:
            continue
        for clause in adv.children:
            if clause.dep_ != "ccomp" or not _is_act(clause, ctx) or _negated(clause):
                continue
            if _simple_present(clause):
                continue  # "saying the army hits only military targets": what a side does, no act
            agent = _agent(clause)
            subj = [agent] if agent is not None else [c for c in clause.children if c.dep_ == "nsubj"]
            own = [t for t in subj if _self_reference(t) or any(_is_self_owner(c) for c in t.children)]
            if subj and not own:
                out += _mentions_of(subj, ctx)
    return out


#: Pronouns by which a denial coordinated with an accusation refers to the party accused.
ACCUSED_PRONOUNS = frozenset({"it", "they"})


def _accused_pronoun(verb: Token, ctx: _Context) -> list[Any]:
    """The parties accused by the verb a denial is coordinated with, when the denial's subject is a
    pronoun ("X blamed the militia, but it denied the charge"): the accuser does not deny its own
    accusation, the accused does."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    head = verb.head
    if subj is None or subj.lower_ not in ACCUSED_PRONOUNS or verb.dep_ != "conj":
        return []
    w = ctx.words
    if head.lemma_.lower() not in w.blame_verbs | w.attribute_verbs or head.pos_ != "VERB":
        return []
    accused = [c for c in head.children if c.dep_ == "dobj"] + _pobjs(head, ("on", "to"))
    return [m for m in _mentions_of(accused, ctx) if not isinstance(m, str)]


#: How many sentences back a pronoun that denies may look for the armed group it names.
GROUP_WINDOW_SENTENCES = 2


def _group_pronoun(verb: Token, ctx: _Context) -> str | None:
    """The armed group a pronoun subject of a denial names, when no attribution holds the verb and
    the group was named after the last speaker before it ("Police blamed the front. It denied the
    charge."): the accuser does not deny its own accusation."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in ACCUSED_PRONOUNS:
        return None
    if any(a.start_char <= verb.idx < a.end_char for a in ctx.attributions):
        return None  # the attribution read it (resolve_anaphora)
    before = [
        (char, name)
        for char, sent_i, name in ctx.groups
        if char < subj.idx and 0 <= ctx.sent_i - sent_i <= GROUP_WINDOW_SENTENCES
    ]
    if not before:
        return None
    spoke = [a.start_char for a in ctx.attributions if a.end_char <= subj.idx]
    char, name = before[-1]
    if not spoke or char > max(spoke):
        return name
    # "Police blamed the front. Police said it denied any role.": in the accuser's words "it" is
    # the party it accused before, when no one else spoke between; a speaker that says it denied,
    # having accused no one, denies for itself.
    holder = innermost([a for a in ctx.attributions if a.scope[0] <= subj.idx < a.scope[1]])
    if holder is None or holder.start_char != max(spoke):
        return None
    others = [a.start_char for a in ctx.attributions if a.end_char <= subj.idx and a is not holder]
    if others and char <= max(others):
        return None
    return name if _accused_at(char, ctx) else None


def _accused_at(char: int, ctx: _Context) -> bool:
    """The armed group named at ``char`` is the object of a verb of blame ("blamed the front for",
    "accused the militia of")."""
    doc = ctx.sent.doc
    tok = next((t for t in doc if t.idx == char), None)
    if tok is None:
        return False
    w = ctx.words
    for t in (tok, *tok.ancestors):
        if t.pos_ == "VERB":
            return t.lemma_.lower() in w.blame_verbs | w.attribute_verbs
    return False


def _no_involvement(noun: Token, ctx: _Context) -> list[Statement]:
    """ "the movement played no part in the bombing", "it bears no responsibility", said by someone."""
    if noun.pos_ != "NOUN" or not (_negated_noun(noun) or _negated(noun.head)):
        return []
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() in ctx.words.denial_verbs | ctx.words.claim_verbs:
        return []  # a denial verb's object is read with the verb
    about = [g for c in noun.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    # "had no hand in the attack" as the parser may hang it: the "in" on the verb
    about += _pobjs(verb, ("in", "with", "to"))
    if not any(_is_act(g, ctx) for g in about):
        return []  # "no involvement in the attack", not "no diplomatic relations with Syria"
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    return _said_of(subj, "denies", noun, ctx)


def _nothing_to_do_with(pron: Token, ctx: _Context) -> list[Statement]:
    """ "the movement said it had nothing to do with the bombing", "Kyiv has nothing to do with the
    strike", "... had nothing to do with it" after an act told: the subject of "have" denies the
    act; "it", "we" name the speaker's own side."""
    verb = pron.head
    if pron.dep_ != "dobj" or verb.lemma_.lower() != "have" or _negated(verb):
        return []
    do = next(
        (c for c in pron.children if c.lemma_.lower() == "do" and c.dep_ in ("relcl", "acl", "xcomp")), None
    )
    about = _pobjs(do, ("with",)) if do is not None else []
    if not any(
        _is_act(a, ctx)
        or a.lemma_.lower() in ctx.words.accusation_nouns
        or (a.lower_ in CLAIMED_PRONOUNS and _act_before(a, ctx))  # "had nothing to do with it"
        for a in about
    ):
        return []  # "had nothing to do with politics"
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _denied_by_subject(subj, verb, pron, ctx) if subj is not None else []


def _distancing_verb(verb: Token, ctx: _Context) -> list[Statement]:
    """ "the militia distanced itself from the killings": the subject denies the act."""
    if verb.pos_ != "VERB" or _negated(verb):
        return []
    if not any(c.dep_ == "dobj" and c.lower_ in ctx.words.reflexive_objects for c in verb.children):
        return []
    about = _pobjs(verb, ("from",))
    if not any(_is_act(a, ctx) or a.lemma_.lower() in ctx.words.accusation_nouns for a in about):
        return []  # "distanced itself from the talks"
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _denied_by_subject(subj, verb, verb, ctx) if subj is not None else []


def _denied_by_subject(subj: Token, verb: Token, at: Token, ctx: _Context) -> list[Statement]:
    """A denial whose subject names who denies: in reported words ("X said it had nothing to do
    with it") the speaker denies for its side; else the subject speaks for itself, and the party
    it names ("Hamas distanced itself") is the party denied."""
    if _self_reference(subj) or innermost([a for a in ctx.attributions if a.scope[0] <= at.idx < a.scope[1]]):
        said = _said_of(subj, "denies", at, ctx)
        if said:
            return said
    speaker = _speaker_of_verb(verb, ctx)
    if speaker[0] is None:
        return []
    parties = _mentions_of([subj], ctx)
    if not parties:
        return [_statement("denies", None, speaker, at, ctx)]
    return [_statement("denies", p, speaker, at, ctx) for p in parties]


def _involved(verb: Token, ctx: _Context) -> list[Statement]:
    """ "the militia was involved in the massacre" (accuses), "it was not involved in the attack"
    (denies), said by someone: the passive of taking part, with "in" an act."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    if not any(_is_act(a, ctx) and a.lemma_.lower() not in ctx.battle_lemmas for a in _pobjs(verb, ("in",))):
        return []  # "involved in the talks"; "involved in the fighting" is taking part, not blame
    if _under(verb, ctx.words.denial_verbs | ctx.words.blame_verbs):
        return []  # "denied that X was involved": read with that verb
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return []
    return _said_of(subj, "denies" if _negated(verb) else "accuses", verb, ctx)


def _blame_noun(noun: Token, ctx: _Context) -> list[Statement]:
    """ "police pointed the finger at the militia", "the ministry laid the blame on the rebels": a
    noun of blame as a verb's object, the party after "on"/"at" (of the noun or of the verb).
    As the subject ("blame for the attack fell on the rebels, officials said"), the party after
    ``blame_subject_preps`` of the verb, said by whoever the sentence quotes."""
    verb = noun.head
    if noun.pos_ != "NOUN" or verb.pos_ != "VERB" or _negated(verb):
        return []
    if noun.dep_ == "nsubj":
        on = _pobjs(verb, tuple(ctx.words.blame_subject_preps))
        return [s for p in on for s in _said_of(p, "accuses", noun, ctx)]
    if noun.dep_ != "dobj":
        return []
    preps = tuple(ctx.words.blame_noun_preps)
    parties = _mentions_of(_pobjs(noun, preps) + _pobjs(verb, preps), ctx)
    if not parties:
        return []
    speaker = _speaker_of_verb(verb, ctx)
    if speaker[0] is None:
        return []
    return [_statement("accuses", p, speaker, noun, ctx) for p in parties]


def _culprit(tok: Token, ctx: _Context) -> list[Statement]:
    """ "the rebels were behind the attack", "Hezbollah is responsible for it", said by someone;
    negated, a denial ("the organisation is not responsible")."""
    copula = tok.head
    if tok.dep_ not in ("acomp", "prep") or copula.lemma_.lower() != "be":
        return []
    if _under(copula, ctx.words.denial_verbs | ctx.words.blame_verbs):
        return []  # "denied that X was behind it", "held X responsible": read with that verb
    subj = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    return _said_of(subj, "denies" if _negated(copula) else "accuses", tok, ctx)


def _culprit_noun(noun: Token, ctx: _Context) -> list[Statement]:
    """ "the deaths were the work of the militia", "the villagers were victims of the jihadists",
    said by someone: the noun, the predicate of "be", names the party after its "of" as the doer
    (a side shifting the blame for deaths told of its strike). Negated ("was not the work of our
    men"), the speaker denies it."""
    copula = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "attr" or copula.lemma_.lower() != "be":
        return []
    if not any(c.dep_ in ("nsubj", "expl") for c in copula.children):
        return []
    stance = "denies" if _negated(copula) else "accuses"
    return [st for p in _pobjs(noun, ("of",)) for st in _said_of(_owned_by_speaker(p), stance, noun, ctx)]


def _at_the_hands_of(noun: Token, ctx: _Context) -> list[Statement]:
    """ "the farmers died at the hands of the rebels", "civilians killed at the hands of the army",
    said by someone: the party after "of" did the harm the verb tells."""
    at = noun.head
    if noun.dep_ != "pobj" or at.lower_ != "at" or noun.tag_ != "NNS":
        return []
    verb = at.head
    if verb.lemma_.lower() not in ctx.words.hands_verbs | ctx.event_lemmas or _negated(verb):
        return []
    return [st for p in _pobjs(noun, ("of",)) for st in _said_of(p, "accuses", noun, ctx)]


def _owned_by_speaker(tok: Token) -> Token:
    """The owner of "its soldiers", "our men" when a self pronoun (the speaker's own side, as
    ``_said_of`` reads it), else the noun itself."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    return owner if owner is not None and owner.lower_ in SELF_PRONOUNS else tok


def _absent_forces(noun: Token, ctx: _Context) -> list[Statement]:
    """ "the group said it had no fighters in the area", "none of their fighters had been in the
    quarter", said by a side: its own forces were not where the act was, so the side denies it.
    Only the speaker's own forces ("its", "their", "it had"): "there were no rebels in the
    village", said by the army, is an account of the victims, not a denial."""
    w = ctx.words
    if noun.pos_ != "NOUN":
        return []
    holder = noun
    if not _negated_noun(noun):
        of = noun.head
        if not (noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in w.none_words):
            return []
        holder = of.head  # "none of their fighters"
    verb = holder.head
    if (
        verb.lemma_.lower() not in w.absence_verbs
        or _negated(verb)
        or holder.dep_ not in ("nsubj", "dobj", "attr")
    ):
        return []
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    own = (owner is not None and owner.lower_ in SELF_PRONOUNS) or (
        holder.dep_ == "dobj" and subj is not None and _self_reference(subj)
    )
    if not own:
        return []
    # where: on the noun, its verb, or a participle on the noun ("no aircraft operating near it")
    tied = [noun, holder, verb, *(c for c in noun.children if c.dep_ == "acl")]
    placed = [c for t in tied for c in t.children if c.lower_ in w.presence_words]
    if not any(c.dep_ in ("prep", "advmod") for c in placed):
        return []  # "it had no forces to spare": no place, no alibi
    said = innermost([a for a in ctx.attributions if a.scope[0] <= noun.idx < a.scope[1]])
    speaker = (said.name, said.organization) if said is not None else _reporting_speaker(verb, ctx)
    return [_statement("denies", None, speaker, noun, ctx)] if speaker[0] else []


def _reporting_speaker(clause: Token, ctx: _Context) -> tuple[str | None, str | None]:
    """The subject of the verb of saying whose reported clause ``clause`` is ("the militia said
    none of its members were there"), for speakers the attributions do not list (an armed group
    named as such); (None, None) when no such verb governs it."""
    cur = clause
    for _ in range(SUBJECT_CLIMB_STEPS):
        if cur.dep_ != "ccomp" or cur.head.i == cur.i:
            return None, None
        cur = cur.head
        if cur.lemma_.lower() in ctx.words.counter_claim_verbs:
            return _speaker_of_verb(cur, ctx)
    return None, None


def _accusation_noun(noun: Token, ctx: _Context) -> list[Statement]:
    """ "accusations against the army", "X levelled accusations on Y for the attack"."""
    if noun.pos_ != "NOUN":
        return []
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        by = _pobjs(noun, ("by", "from"))
        owner = by[0] if by else None
    said = _said_in_clause(noun, ctx)
    if said and owner is not None:
        # "rejected Moscow's claims that Ukrainian forces shelled the market": whoever rejects
        # them, the owner of the claims accuses
        speaker = _speaker_of_phrase(owner, ctx)
        return [_statement("accuses", p, speaker, noun, ctx) for p in said] if speaker[0] else []
    parties = _mentions_of(_pobjs(noun, tuple(ctx.words.accusation_preps)), ctx)
    if not parties or _under(noun, ctx.words.denial_verbs):
        return []
    if owner is None and noun.dep_ == "dobj":
        owner = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    speaker = _speaker_of_phrase(owner, ctx) if owner is not None else (None, None)
    if speaker[0] is None:
        return []
    return [_statement("accuses", p, speaker, noun, ctx) for p in parties]


def _said_in_clause(noun: Token, ctx: _Context) -> list[Any]:
    """The parties an accusation's "that" clause says did an act ("claims that Ukrainian forces
    shelled the market", "the allegation that the army was behind the attack"). A party named by
    a possessive pronoun ("that its troops fired") is left out: whose troops is not said here."""
    clause = next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "relcl", "ccomp")
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        ),
        None,
    )
    if clause is None:
        return []
    acts = [c for c in clause.children if c.dep_ in ("dobj", "nsubjpass", "attr") and _is_act(c, ctx)]
    if clause.lemma_.lower() not in ctx.event_lemmas and not acts:
        return []
    agent = _agent(clause)
    subj = [agent] if agent is not None else [c for c in clause.children if c.dep_ == "nsubj"]
    subj = [t for t in subj if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children)]
    # a generic description ("the army": whose?) names no party here; a generic read from a proper
    # name ("al-Shabaab", whose entry depends on the country) does
    doc = noun.doc
    return [
        m
        for m in _mentions_of(subj, ctx)
        if getattr(m, "kind", None) != "generic" or isinstance(m, str) or doc[m.head_i].pos_ == "PROPN"
    ]


def _is_act(tok: Token, ctx: _Context) -> bool:
    """The noun names an attack or its harm ("the attack", "the incident", "the deaths")."""
    lemma = tok.lemma_.lower()
    return lemma in ctx.event_lemmas or lemma in ctx.words.harm_nouns


def _causing_verb(verb: Token, ctx: _Context) -> list[Statement]:
    """ "a Turkish drone caused the deaths of the farmers", "the killings were caused by terrorists",
    said by someone."""
    if verb.pos_ != "VERB" or _negated(verb):
        return []
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is not None and _is_act(passive, ctx):
        agent = _agent(verb)
        return _said_of(agent, "accuses", verb, ctx) if agent is not None else []
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not _is_act(obj, ctx):
        return []
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _said_of(subj, "accuses", verb, ctx) if subj is not None else []


def _is_deed(tok: Token, ctx: _Context) -> bool:
    """The object of a deed verb names the act: an attack's own noun, or a noun of a military action
    (``deed_objects``: "had not carried out any air operations there"), which only a denied deed
    makes the act."""
    return _is_act(tok, ctx) or tok.lemma_.lower() in ctx.words.deed_objects


def _deed_denied(verb: Token, ctx: _Context) -> list[Statement]:
    """ "the group said it did not carry out the attack", "the army said its units had not
    conducted any strike there", "the raid was not carried out by our forces, he said": a negated
    verb of doing (``deed_verbs``) whose object is the act denies it for its doer, said by
    someone. The doer may be the speaker's own side ("it", "we", "its fighters"). The act
    negated by its determiner denies it as the negated verb does ("it had carried out no air
    operations in the area", "our forces fired no shells there")."""
    if verb.pos_ != "VERB":
        return []
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if not (_negated(verb) or passive is None and obj is not None and _negated_noun(obj)):
        return []
    if passive is not None:
        doer = _agent(verb) if _is_deed(passive, ctx) else None
    else:
        doer = (
            next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if obj is not None and _is_deed(obj, ctx)
            else None
        )
    if doer is None:
        return []
    owner = next((c for c in doer.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ in SELF_PRONOUNS and not _mentions_of([doer], ctx):
        doer = owner  # "its fighters did not ...": the speaker's own side
    return _said_of(doer, "denies", verb, ctx)


def _act_denied(noun: Token, ctx: _Context) -> list[Statement]:
    """ "No IDF strike was conducted", "there was no Russian attack", said by someone: the party
    that modifies a negated act denies it."""
    if noun.pos_ != "NOUN" or not _negated_noun(noun):
        return []
    owners = [c for c in noun.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    if not _mentions_of(owners, ctx):
        return []
    return _said_of(owners[0], "denies", noun, ctx)


def _act_named_as(noun: Token, ctx: _Context) -> list[Statement]:
    """ "this was not an M23 attack", "the bombing was a Boko Haram operation", "it was an attack by
    the militia", said by someone: the act, the predicate of "be", names its doer on itself (a
    modifier, a possessive or "by"); the speaker accuses that party, or, with the copula negated,
    denies it did it. Unsaid (the article's own voice), no one's claim."""
    copula = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "attr" or copula.lemma_.lower() != "be":
        return []
    if not any(c.dep_ in ("nsubj", "expl") for c in copula.children):
        return []
    if _under(copula, ctx.words.denial_verbs | ctx.words.blame_verbs):
        return []  # "denied that it was an X attack": read with that verb
    owners = [c for c in noun.children if c.dep_ in ("compound", "poss", "nmod")] + _pobjs(noun, ("by",))
    if not _mentions_of(owners, ctx):
        return []
    stance = "denies" if _negated(copula) else "accuses"
    return [st for o in owners for st in _said_of(o, stance, noun, ctx)]


def _denies_intent_only(clause: Token, w: Responsibility) -> bool:
    """The denied clause is of whom the act aimed at ("targeting civilians", "that residential
    buildings were targeted"), not of the act: a side saying so admits it struck, elsewhere."""
    if clause.lemma_.lower() not in w.intent_verbs:
        return False
    aimed = [c for c in clause.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(t.lemma_.lower() in w.intent_objects for a in aimed for t in (a, *a.conjuncts))


def _dismissal_at(lemmas: list[str], lowers: list[str], i: int, sent_start: int, w: Responsibility) -> bool:
    """Word ``i`` (of a sentence starting at ``sent_start``) dismisses an account as untrue ("a
    provocation", "staged", "a false flag"); read from the document's lemma and lower-case arrays."""
    if lemmas[i] in w.dismissal_words or lowers[i] in w.dismissal_words:
        return True
    return i > sent_start and f"{lowers[i - 1]} {lowers[i]}" in w.dismissal_pairs


def _dismissal(tok: Token, ctx: _Context) -> list[Statement]:
    """ "Moscow called the strike a provocation", "the ministry said the massacre was staged", "he
    dismissed the reports as fabricated", "the attack was a false flag operation, X said": the
    speaker denies that its side did it (the party it names instead, if any, is read elsewhere)."""
    w = ctx.words
    if _untrue_act_told(tok, ctx):
        # "some are spreading the lie that our soldiers killed villagers", the spokesman said
        said = innermost([a for a in ctx.attributions if a.scope[0] <= tok.idx < a.scope[1]])
        return [_statement("denies", None, (said.name, said.organization), tok, ctx)] if said else []
    word = tok
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if tok.pos_ == "ADJ" and before is not None and before.lower_ == "as" and before.dep_ == "prep":
        word = before  # "described the charges as false", wherever the parser hung the adjective
    while word.dep_ in ("amod", "compound") and word.head.i != word.i:
        word = word.head  # "a false flag operation" -> operation
    if _negated(word) or _negated(word.head):
        return []  # "the attack was not staged"
    about_words: list[Token] = []
    if word.dep_ in ("oprd", "attr", "acomp"):
        pred = word.head
    elif word.dep_ in ("ccomp", "xcomp", "dobj") and word.head.lemma_.lower() in w.dismissal_verbs:
        # "called the reports lies" as the parser may hang it (the word a clause of "call"), or
        # "called the reports propaganda" read as one noun phrase: what is dismissed is its compound
        pred = word.head
        if word.dep_ == "dobj":
            about_words = [c for c in word.children if c.dep_ in ("compound", "nmod") and c.i < word.i]
            if not about_words:
                return []
    elif word.dep_ == "pobj" and word.head.lower_ == "as":
        pred = word.head.head  # "described the strike as a provocation"
    elif word.dep_ == "prep" and word.lower_ == "as":
        pred = word.head  # "described the charges as false", the adjective hung from "as"
    elif word.pos_ == "VERB" and any(c.dep_ == "nsubjpass" for c in word.children):
        pred = word  # "the massacre was staged"
    elif (
        word.pos_ in ("VERB", "ADJ") and word.dep_ == "advcl" and any(c.lower_ == "as" for c in word.children)
    ):
        pred = word.head  # "dismissed the reports as fabricated"
    else:
        return []
    about = [c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i != word.i]
    if pred.lemma_.lower() in w.dismissal_verbs:
        about = about_words or [c for c in about if c.dep_ == "dobj"]
    if not any(_is_act(a, ctx) or a.lemma_.lower() in w.accusation_nouns | w.dismissed_nouns for a in about):
        return []  # "the film was staged in Paris", "he called the minister a liar"
    if pred.lemma_.lower() in w.dismissal_verbs:
        speaker = _speaker_of_verb(pred, ctx)
    else:
        said = innermost([a for a in ctx.attributions if a.scope[0] <= tok.idx < a.scope[1]])
        speaker = (said.name, said.organization) if said is not None else (None, None)
    if speaker[0] is None:
        return []
    return [_statement("denies", None, speaker, tok, ctx)]


def _untrue_act_told(noun: Token, ctx: _Context) -> bool:
    """A noun of dismissal whose "that" clause of content tells an act ("the lie that our soldiers
    killed villagers"): the act is called untrue, so its teller's side denies it."""
    if noun.pos_ != "NOUN":
        return False
    return any(
        c.dep_ in ("acl", "relcl", "ccomp")
        and _is_act(c, ctx)
        and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        for c in noun.children
    )


def _turned_on_itself(verb: Token, ctx: _Context) -> list[Statement]:
    """ "the rebels shelled themselves", said by someone: the victims did it to themselves, so
    the speaker's side did not (the speaker denies it)."""
    if verb.pos_ != "VERB" or _negated(verb):
        return []
    if not any(c.dep_ == "dobj" and c.lower_ in ctx.words.reflexive_objects for c in verb.children):
        return []
    said = innermost([a for a in ctx.attributions if a.scope[0] <= verb.idx < a.scope[1]])
    if said is None:
        return []
    return [_statement("denies", None, (said.name, said.organization), verb, ctx)]


# ---------------------------------------------------------------------------
# Parties and speakers
# ---------------------------------------------------------------------------


def _said_of(subj: Token, stance: str, at: Token, ctx: _Context) -> list[Statement]:
    """A statement about ``subj`` in reported words: the covering speaker says it."""
    said = innermost([a for a in ctx.attributions if a.scope[0] <= at.idx < a.scope[1]])
    owned = _account_owner(at, ctx)
    if said is None and owned is None:
        return []  # the article's own voice reports it: not a claim of anyone's
    speaker = owned or (said.name, said.organization)  # type: ignore[union-attr]
    parties: list[Any] = _mentions_of([subj], ctx)
    if not parties and _self_reference(subj):
        return [_statement(stance, None, speaker, at, ctx)]
    if not parties and ctx.nation is not None:
        # "a Turkish drone caused the deaths": the nation named on the weapon
        parties = modifier_parties(subj.doc, [subj.i], ctx.nation)
    return [_statement(stance, p, speaker, at, ctx) for p in parties]


def _self_reference(tok: Token) -> bool:
    """ "it", "we", "the organisation": words by which a speaker names its own side."""
    if tok.lower_ in SELF_PRONOUNS:
        return True
    return tok.lemma_.lower() in SELF_NOUNS and any(c.lower_ == "the" for c in tok.children)


def _mentions_of(tokens: list[Token], ctx: _Context, *, leaders: bool = False) -> list[Any]:
    """The actor mentions that the noun phrases headed by ``tokens`` (and their conjuncts) name.

    A person is no party, but with ``leaders`` (the object of a verb of blame: "blamed Assad for
    the massacre") a leader the actor table lists stands for the forces they command."""
    heads: set[int] = set()
    direct: set[int] = set()  # the heads themselves: a leader must be the party named, not its owner
    for tok in tokens:
        for t in (tok, *tok.conjuncts):
            heads |= _np_tokens(t)
            direct.add(t.i)
            for named in _named_as(t, ctx.words.naming_verbs):
                heads |= _np_tokens(named)  # "militiamen known as the Janjaweed": the same party
    doc = ctx.sent.doc
    found: list[Any] = [
        m
        for m in ctx.mentions
        if (m.head_i in heads or any(i in heads for i in range(m.token_start, m.token_end)))
        # a leader named is no armed party; a listed group's name the recogniser took for a
        # person's ("Police blamed Boko Haram", "officials said al-Shabaab was to blame") still is
        and (
            doc[m.head_i].ent_type_ != "PERSON"
            or getattr(m, "kind", None) in ("alias", "generic")
            or (
                leaders
                and getattr(m, "kind", None) == "metonym"
                and any(i in direct for i in range(m.token_start, m.token_end))
            )
        )
    ]
    if ctx.nation is not None and found and all(getattr(m, "kind", None) == "generic" for m in found):
        # "the government of Ukraine": Ukraine's, not the government of the article's country
        owners = [ctx.nation(p.text) for tok in tokens for p in _pobjs(tok, ("of",))]
        if any(owners):
            return [o for o in owners if o]
    return found


def _named_as(tok: Token, verbs: frozenset[str]) -> list[Token]:
    """The name a participle of naming gives the noun ("fighters known as shabiha", "a militia
    called the Hawks"): the head of what follows "as", or the participle's own complement."""
    out = []
    for c in tok.children:
        if c.dep_ != "acl" or c.lemma_.lower() not in verbs:
            continue
        out += _pobjs(c, ("as",))
        out += [g for g in c.children if g.dep_ in ("oprd", "attr", "dobj")]
    return out


def _np_tokens(tok: Token) -> set[int]:
    """Token indices of the noun phrase ``tok`` heads, without clauses and prepositions after it."""
    out = {tok.i}
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ not in _OUTSIDE_NP:
                out.add(c.i)
                stack.append(c)
    return out


#: How many conjoined or adjoined verbs up a verb of blame may look for its subject.
SUBJECT_CLIMB_STEPS = 2


def _account_owner(tok: Token, ctx: _Context) -> tuple[str | None, str | None] | None:
    """The owner of the account whose "that" clause holds ``tok`` ("rejecting the government's
    account that jihadists were to blame": the government blames them, not who rejects it), or
    None when ``tok`` is in no such clause or the account has no owner named."""
    cur = tok
    for _ in range(ACCOUNT_CLIMB_STEPS):
        head = cur.head
        if head.i == cur.i:
            return None
        noun = _account_of_clause(cur, ctx) if cur.dep_ in ("acl", "ccomp", "relcl") else None
        if noun is not None:
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            speaker = _speaker_of_phrase(owner, ctx) if owner is not None else (None, None)
            return speaker if speaker[0] else None
        cur = head
    return None


def _account_of_clause(clause: Token, ctx: _Context) -> Token | None:
    """The noun of an account (``accusation_nouns``) a "that" clause tells, hung on the noun or, as
    the parser may hang it, on the verb whose object the noun is, right before the clause
    ("rejected the army's account that ...")."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None:
        return None
    head = clause.head
    words = ctx.words.accusation_nouns
    if head.pos_ == "NOUN" and head.lemma_.lower() in words:
        return head
    return next(
        (
            c
            for c in head.children
            if c.dep_ == "dobj" and c.lemma_.lower() in words and c.right_edge.i + 1 == mark.i
        ),
        None,
    )


#: How far up from a word of blame an account's "that" clause is looked for (the verb of the
#: clause, an infinitive or participle under it).
ACCOUNT_CLIMB_STEPS = 3


def _speaker_of_verb(verb: Token, ctx: _Context) -> tuple[str | None, str | None]:
    """The speaker of a verb of blame or denial: the owner of the account it is told in, the
    attribution found for it, else its subject."""
    owned = _account_owner(verb, ctx)
    if owned is not None:
        return owned
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    denial = verb.lemma_.lower() in ctx.words.denial_verbs
    reporter = _reporter_of_act(verb.head) if subj is None and verb.dep_ == "conj" and denial else None
    if reporter is not None:
        # before the attribution, which may have read the reported clause's subject as the speaker
        # (only for denials: an accusation joined so is as often of another act, "accused X of
        # looting", which would ride on the event the speaker reported)
        return _speaker_of_phrase(reporter, ctx)
    own = next((a for a in ctx.attributions if a.start_char <= verb.idx < a.end_char), None)
    if own is not None:
        return own.name, own.organization
    head = verb
    for step in range(SUBJECT_CLIMB_STEPS):
        # "X denied carrying out the strike and blamed Y": the parser may join "blamed" to
        # "carrying", whose own subject is the one of "denied" a step further up (only for blame
        # of the act itself: "denies blocking aid and blames the rebels for the shortages" is not)
        if subj is not None or head.dep_ not in ("conj", "advcl", "xcomp"):
            break
        if step and any(not _is_act(t, ctx) for t in _pobjs(verb, ("for",))):
            break
        head = head.head
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        subj = _denier_of_clause(head, ctx) or subj
    if subj is None and verb.dep_ == "xcomp" and verb.head.dep_ in ("acomp", "xcomp"):
        # "X was quick to blame Y", "X has been eager to accuse Y": the subject of the copula
        subj = next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subj = verb.head  # "the front, which denied any role": the front speaks
    return _speaker_of_phrase(subj, ctx) if subj is not None else (None, None)


def _reporter_of_act(clause: Token) -> Token | None:
    """The subject of the verb of saying whose reported clause a verb of denial was joined
    to ("X said its jets killed 30 bandits and rejected attempts to blame its pilots"; "X told
    reporters the forces did not target the shelter, and rejected the accusations"): the parser
    joins the speaker's second statement to what it reported, whose subject (jets, forces) makes no
    statement there. None when the clause is no content of a verb of saying."""
    if clause.dep_ != "ccomp":
        return None
    if clause.head.lemma_.lower() not in REPORTING_LEMMAS:
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)


def _denier_of_clause(clause: Token, ctx: _Context) -> Token | None:
    """The subject of the denial a clause is the content of ("Azerbaijan denied that its troops
    had opened fire and blamed Armenian units"): the parser joins "blamed" to the denied clause,
    whose own subject ("its troops") is what the denier speaks of, not who blames; nobody blames
    inside what they deny, so the denier does. None when the clause is no denial's content."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in ctx.words.denial_verbs:
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)


def _speaker_of_phrase(tok: Token, ctx: _Context) -> tuple[str | None, str | None]:
    """The speaker a noun phrase names; "we" is the speaker of the quote it is in; "he", "it",
    "they" and "the ministry" are the speaker named last before."""
    desc = describe_speaker(tok, ctx.sources)
    if tok.lower_ in SELF_PRONOUNS and (desc is None or tok.lower_ in ("we", "i")):
        said = innermost([a for a in ctx.attributions if a.scope[0] <= tok.idx < a.scope[1]])
        return (said.name, said.organization) if said is not None else (None, None)
    if desc is None:
        return _party_speaking(tok, ctx), None
    name, org, kind = desc
    if kind in ("person", "org", "anonymous"):
        return name, org
    want = ("person",) if kind == "he" else ("org", "anonymous")
    before = [
        a for a in ctx.attributions if a.end_char <= tok.idx and a.kind in want and ctx.sent_i - a.sent_i <= 3
    ]
    if kind == "the":
        head = tok.lemma_.lower()
        before = [
            a for a in before if head in (a.name or "").lower() or head in (a.organization or "").lower()
        ]
        if not before:
            return _definite_speaker(tok, name, ctx)
    return (before[-1].name, before[-1].organization) if before else (None, None)


def _party_speaking(tok: Token, ctx: _Context) -> str | None:
    """A listed armed group the source lexicon does not know as a speaker, named by its alias as
    the subject ("FARC dissidents denied any involvement", "Wazalendo fighters rejected the
    claim"): the group speaks for itself, under the words the text gives it; else None."""
    span = _np_tokens(tok)
    for m in ctx.mentions:
        if isinstance(m, str) or getattr(m, "kind", None) != "alias" or m.head_i not in span:
            continue
        return _DEFINITE_ARTICLE.sub("", m.text)
    return None


def _definite_speaker(tok: Token, said: str, ctx: _Context) -> tuple[str, str | None]:
    """Who a definite speaker no source before refers back to ("the ministry laid the blame on
    ...", "the group rejected that version") is: "the group" the armed group or the source that
    can be called a group (a monitor, an NGO: ``group_source_types``) named last, within
    ``GROUP_WINDOW_SENTENCES``; else the nearest organisation named before whose name holds the
    head word ("Somalia's interior ministry ... the ministry"); else the words themselves (an
    unresolved "the ministry" is still a source, as the attributions keep it: resolve_anaphora)."""
    head = tok.lemma_.lower()
    if head in GROUP_HEADS:
        near = [
            (char, name, None)
            for char, sent_i, name in ctx.groups
            if char < tok.idx and 0 <= ctx.sent_i - sent_i <= GROUP_WINDOW_SENTENCES
        ] + [
            (a.start_char, a.name, a.organization)
            for a in ctx.attributions
            if a.end_char <= tok.idx
            and 0 <= ctx.sent_i - a.sent_i <= GROUP_WINDOW_SENTENCES
            and group_source(a, ctx.sources)
        ]
        if near:
            _char, name, org = max(near, key=lambda x: x[0])
            return name, org
    if head in MILITARY_ORGAN_HEADS:
        # "the army" after "the Arakan Army" is most often the state's: a bare organ is read by
        # the article's states (article._bare_organ_side), not by a name that holds its word
        return said, None
    named = [
        e
        for e in tok.doc.ents
        if e.label_ == "ORG" and e.end <= tok.i and head in (t.lemma_.lower() for t in e)
    ]
    if named:
        return _DEFINITE_ARTICLE.sub("", named[-1].text), None
    return said, None


def group_source(a: Attribution, sources: SourceLexicon, *, untyped: bool = False) -> bool:
    """Can "the group" name the source ``a``? A named organisation of a group's type (a monitor, an
    NGO, an armed group), not people, officials or an army. ``untyped``: what an organisation the
    source list does not type may be. Speaker resolution (``article.resolve_anaphora``) lets it be
    a group, since a text's "the group" most often names the last organisation it quoted; a blame
    speaker does not, since a party named there needs a type to stand for the accused."""
    if a.kind != "org":
        return False
    for text in (a.organization, a.name):
        kind = sources.type_of(sources.canonical(text)) if text else None
        if kind is not None:
            return kind in GROUP_SOURCE_TYPES
    return untyped


def _statement(
    stance: str, party: Any | None, speaker: tuple[str | None, str | None], at: Token, ctx: _Context
) -> Statement:
    sent = ctx.sent
    text = doc_text(sent.doc)[sent.start_char : sent.end_char].strip()
    return Statement(
        stance=stance,
        party=party,
        speaker=speaker[0],
        speaker_org=speaker[1],
        sent_i=ctx.sent_i,
        char=at.idx,
        text=text[:MAX_TEXT_CHARS],
    )


def side_of(
    name: str | None, organization: str | None, sources: SourceLexicon, side: Callable[[str], Any | None]
) -> Any | None:
    """The armed party a speaker speaks for (``side`` reads it from a name), or None for third
    parties (monitors, NGOs, the UN, news agencies and outlets) and for speakers of no known side."""
    for text in (organization, name):
        if not text:
            continue
        canon = sources.canonical(text)
        if sources.type_of(canon) in THIRD_PARTY_TYPES:
            return None
        found = side(text)
        if found is not None:
            return found
    return None


# ---------------------------------------------------------------------------
# Small tree helpers
# ---------------------------------------------------------------------------


def _pobjs(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    return [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _agent(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _negated_noun(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in NEGATING_DETERMINERS for c in tok.children)


def _under(tok: Token, lemmas: frozenset[str]) -> bool:
    """A verb of ``lemmas`` governs ``tok`` (a few heads up, within the sentence)."""
    cur = tok
    for _ in range(5):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in lemmas and cur.pos_ == "VERB":
            return True
    return False


# ---------------------------------------------------------------------------
# For the article: which sentences to read, reported acts, the initiators
# ---------------------------------------------------------------------------


def act_lemmas(triggers: TriggerLexicon) -> frozenset[str]:
    """Every lemma naming an act of violence a claim may be about ("attack", "raid", "bombing")."""
    return _lemma_sets(triggers)[0]


def responsibility_lemmas(triggers: TriggerLexicon) -> frozenset[str]:
    """Every lemma that can open a statement of blame, claim or denial (a cheap sentence filter)."""
    w = triggers.responsibility
    return frozenset().union(
        *_opening_words(w),
        w.dismissal_words,
        {p.split()[-1] for p in w.dismissal_pairs},
        w.reflexive_objects,
        NEGATING_DETERMINERS,
    )


#: Entity labels of a nationality or a country modifying an act ("an Israeli strike").
NATION_LABELS = frozenset({"NORP", "GPE"})


def modifier_parties(doc: Any, heads: list[int], nation: Callable[[str], str | None]) -> list[str]:
    """Parties named by a nationality or country on the act itself ("an Israeli strike", "Russia's
    shelling"); ``nation`` gives the state forces a word names, or None."""
    out: list[str] = []
    for i in heads:
        for c in doc[i].children:
            if c.dep_ in ("amod", "compound", "poss", "nmod") and c.ent_type_ in NATION_LABELS:
                name = nation(c.text)
                if name and name not in out:
                    out.append(name)
    return out


def habitual(doc: Any, heads: list[int]) -> bool:
    """Every act of the frame is told in the simple present ("our army hits only military
    targets", "Russian forces strike exclusively at ..."): what a side does, not an attack."""
    verbs = []
    for i in heads:
        tok = doc[i]
        verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        verbs.append(verb)
    return bool(verbs) and all(_simple_present(v) for v in verbs)


def _is_self_owner(tok: Token) -> bool:
    """A possessive by which a speaker names its own side's people ("its fighters", "our men")."""
    return tok.dep_ == "poss" and tok.lower_ in SELF_PRONOUNS


def _simple_present(verb: Token) -> bool:
    """A verb in the simple present: tagged so, or a base form with its own subject and no
    auxiliary, which the tagger gives a plural subject's present ("its forces strike only
    military targets": "strike" read as VB); "to strike", "will strike" have their auxiliaries."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in verb.children)


def self_agent(doc: Any, heads: list[int]) -> bool:
    """The act is the speaker's own: "its missile strike", "it had killed 203", "we struck"."""
    for i in heads:
        tok = doc[i]
        if any(c.dep_ == "poss" and c.lower_ in SELF_PRONOUNS for c in tok.children):
            return True
        verb = (
            tok if tok.pos_ in ("VERB", "AUX") else (tok.head if tok.dep_ in ("dobj", "nsubjpass") else None)
        )
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if verb is not None and _turned_back(verb):
            continue  # "they shelled themselves": a dismissal, no claim
        if subj is not None and (
            _self_reference(subj)  # "it had killed 203", "the group had targeted the ship"
            or any(
                c.dep_ == "poss" and c.lower_ in SELF_PRONOUNS for c in subj.children
            )  # "its forces struck"
        ):
            return True
    return False


def _turned_back(verb: Token) -> bool:
    """The verb's object is, or belongs to, the doers themselves ("they shelled themselves", "the
    'they shelled themselves' script" as the parser may read it)."""
    reflexive = TriggerLexicon.default().responsibility.reflexive_objects
    for c in verb.children:
        if c.dep_ == "dobj" and (c.lower_ in reflexive or any(g.lower_ in reflexive for g in c.children)):
            return True
    return False


def settle_initiators(
    draft: Any,
    carriers: Callable[[str], bool] = lambda _: False,
    actor_type: Callable[[str], str | None] | None = None,
) -> None:
    """The initiators are the article's own reading; claims of responsibility are the sources'.

    When two sources blame parties that do not overlap ("the army says the
    rebels", "activists say the army") and the article names nobody in its own
    voice, it leaves the question open: no initiator. Parties one source names
    together ("Russian and Syrian jets"), the two sides of a battle and what
    news outlets (``carriers``) relay are no disagreement. The article's own
    accusations were kept only for this; they leave the claims here, and each
    claim of responsibility is kept once.

    When the article names no attacker of its own but its sources name one party and nobody
    denies it ("police blamed the group for the bombing"; "X, which claimed the attack"), that
    party is the one no source disputes: the initiator (docs/event-schema.md). ``actor_type``
    gives a canonical name's actor type; without it such a party is not added.
    """
    resp = [c for c, _ in draft.claims if c.what == "responsibility"]
    if not resp:
        return
    own = any(c.source is None and c.stance == "accuses" for c in resp)
    by_source: dict[str, set[str]] = {}
    for c in resp:
        if c.source is not None and c.stance in ("accuses", "claims") and c.actor and not carriers(c.source):
            by_source.setdefault(c.source, set()).add(c.actor)
    parties = list(by_source.values())
    everyone = set().union(*parties) if parties else set()
    joint = any(p == everyone for p in parties)  # one source names them all: they acted together
    # two groups that each claim the act for themselves do not dispute who did it as accusers do
    claimants = {c.source for c in resp if c.stance == "claims" and c.source == c.actor}
    named = list(by_source.items())
    disputed = not joint and any(
        not (x & y) and not (a in claimants and b in claimants)
        for i, (a, x) in enumerate(named)
        for b, y in named[i + 1 :]
    )
    if disputed and not own and draft.family != "battles":
        draft.initiators = []
    elif actor_type is not None and len(everyone) == 1:
        _undisputed_party(draft, next(iter(everyone)), resp, actor_type)
    seen: set[tuple[str | None, str | None, str]] = set()
    kept = []
    # claims of responsibility in the order the article gives them (their place is kept in q)
    numbers = [(c, q) for c, q in draft.claims if c.what != "responsibility"]
    blames = sorted(
        ((c, q) for c, q in draft.claims if c.what == "responsibility"),
        key=lambda p: p[1] if isinstance(p[1], int) else -1,
    )
    for c, q in numbers + blames:
        if c.what == "responsibility":
            key = (c.actor, c.stance, fold(c.source or ""))
            if c.source is None or key in seen:
                continue
            seen.add(key)
        kept.append((c, q))
    draft.claims = kept


def _undisputed_party(
    draft: Any, party: str, resp: list[Any], actor_type: Callable[[str], str | None]
) -> None:
    """Make ``party``, which the article's sources alone name, the initiator of a draft with no
    named attacker of its own (none, or only an unidentified one), unless someone denies it. A
    denial by a source that claims the act for that party ("its jets killed 30 bandits ... rejected
    attempts to blame its pilots for the villagers' deaths") disputes what was hit, not who struck."""
    claiming = {c.source for c in resp if c.stance == "claims" and c.actor == party}
    if any(c.stance == "denies" and c.actor in (party, None) and c.source not in claiming for c in resp):
        return
    if any(a.type != "unknown" and a.name != party for a in draft.initiators):
        return  # the article's own reading names a party
    typ = actor_type(party)
    if typ is None or any(a.name == party for a in draft.initiators):
        return
    draft.initiators = [Actor(name=party, type=typ)] + [a for a in draft.initiators if a.name != UNIDENTIFIED]
