"""Event triggers: the words in a sentence that report a violent event."""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field
from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from wardesk.extract.numbers import person_nouns
from wardesk.nlp.cache import doc_ents, doc_lemmas, doc_lowers, doc_pos, per_doc, span_root, span_text
from wardesk.record import FAMILY
from wardesk.resources import load_words, load_yaml


@dataclass(frozen=True)
class Trigger:
    """A trigger word or phrase found in a document."""

    token_start: int
    token_end: int
    head_i: int
    text: str
    event_type: str | None
    strength: float
    key: str = ""  # the lexicon entry it matched (a lemma or a phrase)


@dataclass(frozen=True)
class CraftVerb:
    """A verb that tells of a crewed aircraft brought down, and only then (``triggers.yaml`` craft_verbs)."""

    role: str  # "subject" or "object": where the aircraft stands
    particle: str | None  # the particle the verb needs ("bring down"), or None
    event_type: str | None
    strength: float
    untold: bool = False  # the verb leaves the cause open: an accident told with it is no event


@dataclass(frozen=True)
class Responsibility:
    """The verbs and nouns by which an attack is claimed, blamed or denied (``triggers.yaml``)."""

    claim_verbs: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    blame_verbs: frozenset[str] = frozenset()
    blame_on_verbs: frozenset[str] = frozenset()
    side_nouns: frozenset[str] = frozenset()
    side_determiners: frozenset[str] = frozenset()
    blame_complements: frozenset[str] = frozenset()
    denial_verbs: frozenset[str] = frozenset()
    attribute_verbs: frozenset[str] = frozenset()
    condemn_verbs: frozenset[str] = frozenset()
    accusation_nouns: frozenset[str] = frozenset()
    accusation_preps: frozenset[str] = frozenset()
    culprit_predicates: frozenset[str] = frozenset()
    involvement_nouns: frozenset[str] = frozenset()
    objection_verbs: frozenset[str] = frozenset()
    culprit_verbs: frozenset[str] = frozenset()
    harm_nouns: frozenset[str] = frozenset()
    dismissal_words: frozenset[str] = frozenset()
    dismissal_pairs: frozenset[str] = frozenset()
    dismissal_verbs: frozenset[str] = frozenset()
    dismissed_nouns: frozenset[str] = frozenset()
    reflexive_objects: frozenset[str] = frozenset()
    intent_verbs: frozenset[str] = frozenset()
    intent_objects: frozenset[str] = frozenset()
    nothing_pronouns: frozenset[str] = frozenset()
    distancing_verbs: frozenset[str] = frozenset()
    involvement_verbs: frozenset[str] = frozenset()
    blame_nouns: frozenset[str] = frozenset()
    blame_noun_preps: frozenset[str] = frozenset()
    blame_subject_preps: frozenset[str] = frozenset()
    accused_act_nouns: frozenset[str] = frozenset()
    deed_verbs: frozenset[str] = frozenset()
    counter_claim_verbs: frozenset[str] = frozenset()
    deed_objects: frozenset[str] = frozenset()
    exchange_verbs: frozenset[str] = frozenset()
    reciprocal_words: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    culprit_nouns: frozenset[str] = frozenset()
    hands_nouns: frozenset[str] = frozenset()
    hands_verbs: frozenset[str] = frozenset()
    absence_nouns: frozenset[str] = frozenset()
    absence_verbs: frozenset[str] = frozenset()
    none_words: frozenset[str] = frozenset()
    presence_words: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ArgumentVerbs:
    """Verbs that tell an incident only by what they take (``triggers.yaml`` argument_verbs): fire
    exchanged ("shots were exchanged", "traded heavy gunfire"), ground given up ("pulled out of the
    town"), people taken by armed men ("was led away by gunmen") or gone missing at their hands."""

    exchange_verbs: frozenset[str] = frozenset()
    fire_nouns: frozenset[str] = frozenset()
    withdrawal_verbs: dict[str, tuple[str, ...]] = field(default_factory=dict)
    taking_verbs: frozenset[str] = frozenset()
    captor_nouns: frozenset[str] = frozenset()
    captor_modifiers: frozenset[str] = frozenset()
    taken_nouns: frozenset[str] = frozenset()
    missing_words: frozenset[str] = frozenset()
    rescue_verbs: frozenset[str] = frozenset()
    fire_at_verbs: frozenset[str] = frozenset()
    fire_at_preps: frozenset[str] = frozenset()
    armed_targets: frozenset[str] = frozenset()
    held_verbs: frozenset[str] = frozenset()
    holding_verbs: frozenset[str] = frozenset()
    sheltered_words: frozenset[str] = frozenset()
    ground_nouns: frozenset[str] = frozenset()

    @classmethod
    def from_yaml(cls, data: dict[str, Any]) -> ArgumentVerbs:
        """The tables as ``triggers.yaml`` writes them (lists of lower-case words)."""
        return cls(
            frozenset(data.get("exchange_verbs", [])),
            frozenset(data.get("fire_nouns", [])),
            {k: tuple(v) for k, v in (data.get("withdrawal_verbs") or {}).items()},
            frozenset(data.get("taking_verbs", [])),
            frozenset(data.get("captor_nouns", [])),
            frozenset(data.get("captor_modifiers", [])),
            frozenset(data.get("taken_nouns", [])),
            frozenset(data.get("missing_words", [])),
            frozenset(data.get("rescue_verbs", [])),
            frozenset(data.get("fire_at_verbs", [])),
            frozenset(data.get("fire_at_preps", [])),
            frozenset(data.get("armed_targets", [])),
            frozenset(data.get("held_verbs", [])),
            frozenset(data.get("holding_verbs", [])),
            frozenset(data.get("sheltered_words", [])),
            frozenset(data.get("ground_nouns", [])),
        )

    def words(self) -> frozenset[str]:
        """Every lemma that can head such a trigger."""
        return (
            self.exchange_verbs
            | frozenset(self.withdrawal_verbs)
            | self.taking_verbs
            | self.missing_words
            | self.held_verbs
            | self.holding_verbs
            | self.ground_nouns
        )


@dataclass
class TriggerLexicon:
    lemmas: dict[str, tuple[str | None, float]]
    phrases: dict[str, tuple[str | None, float]]
    aggregate_nouns: frozenset[str]
    irrealis_heads: frozenset[str]
    excluded_particles: dict[str, frozenset[str]]
    patient_nouns: frozenset[str]
    _matchers: dict[int, PhraseMatcher]
    responsibility: Responsibility = field(default_factory=lambda: Responsibility())
    name_heads: frozenset[str] = frozenset()
    distinct_markers: frozenset[str] = frozenset()
    territory_objects: frozenset[str] = frozenset()
    campaign_nouns: frozenset[str] = frozenset()
    restating_heads: frozenset[str] = frozenset()
    noun_only: frozenset[str] = frozenset()
    verb_only: frozenset[str] = frozenset()
    downed_craft: frozenset[str] = frozenset()
    recap_openings: tuple[str, ...] = ()
    expulsion_verbs: frozenset[str] = frozenset()
    distinct_adjectives: frozenset[str] = frozenset()
    later_adjectives: frozenset[str] = frozenset()
    excluded_preps: dict[str, frozenset[str]] = field(default_factory=dict)
    craft_verbs: dict[str, CraftVerb] = field(default_factory=dict)
    accident_words: frozenset[str] = frozenset()
    craft_harm_verbs: frozenset[str] = frozenset()
    discovery_verbs: frozenset[str] = frozenset()
    remains_nouns: frozenset[str] = frozenset()
    under_verbs: frozenset[str] = frozenset()
    under_nouns: frozenset[str] = frozenset()
    object_only: frozenset[str] = frozenset()
    negating_preps: frozenset[str] = frozenset()
    delivery_verbs: frozenset[str] = frozenset()
    complement_verbs: dict[str, tuple[tuple[str, ...], str | None, float]] = field(default_factory=dict)
    past_fights: frozenset[str] = frozenset()
    #: ordinals among ``distinct_markers`` ("a third strike"): the next hit of the incident just told
    #: unless the mention gives a place of its own (``article.Article.draft_of``)
    repeat_markers: frozenset[str] = frozenset()
    #: the ways of telling an incident by a verb's arguments rather than its word (``ArgumentVerbs``)
    argument_verbs: ArgumentVerbs = field(default_factory=lambda: ArgumentVerbs())

    @classmethod
    @functools.lru_cache(maxsize=1)
    def default(cls) -> TriggerLexicon:
        data = load_yaml("lexicons", "triggers.yaml")
        lemmas = {
            k.lower(): (v.get("type"), float(v.get("strength", 0.5))) for k, v in data["lemmas"].items()
        }
        phrases = {
            k.lower(): (v.get("type"), float(v.get("strength", 0.5))) for k, v in data["phrases"].items()
        }
        return cls(
            lemmas,
            phrases,
            frozenset(data.get("aggregate_nouns", [])),
            frozenset(data.get("irrealis_heads", [])),
            {k: frozenset(v) for k, v in (data.get("excluded_particles") or {}).items()},
            frozenset(data.get("patient_nouns", [])),
            {},
            Responsibility(**{k: frozenset(v) for k, v in (data.get("responsibility") or {}).items()}),
            frozenset(data.get("name_heads", [])),
            frozenset(data.get("distinct_markers", [])),
            frozenset(data.get("territory_objects", [])),
            frozenset(data.get("campaign_nouns", [])),
            frozenset(data.get("restating_heads", [])),
            frozenset(data.get("noun_only", [])),
            frozenset(data.get("verb_only", [])),
            frozenset(data.get("downed_craft", [])),
            tuple(data.get("recap_openings", [])),
            frozenset(data.get("expulsion_verbs", [])),
            frozenset(data.get("distinct_adjectives", [])),
            frozenset(data.get("later_adjectives", [])),
            {k: frozenset(v) for k, v in (data.get("excluded_preps") or {}).items()},
            {
                k.lower(): CraftVerb(
                    v["role"],
                    v.get("particle"),
                    v.get("type"),
                    float(v.get("strength", 0.5)),
                    bool(v.get("untold")),
                )
                for k, v in (data.get("craft_verbs") or {}).items()
            },
            frozenset(data.get("accident_words", [])),
            frozenset(data.get("craft_harm_verbs", [])),
            frozenset(data.get("discovery_verbs", [])),
            frozenset(data.get("remains_nouns", [])),
            frozenset(data.get("under_verbs", [])),
            frozenset(data.get("under_nouns", [])),
            frozenset(data.get("object_only", [])),
            frozenset(data.get("negating_preps", [])),
            frozenset(data.get("delivery_verbs", [])),
            {
                k.lower(): (tuple(v["complements"]), v.get("type"), float(v.get("strength", 0.5)))
                for k, v in (data.get("complement_verbs") or {}).items()
            },
            frozenset(data.get("past_fights", [])),
            frozenset(data.get("repeat_markers", [])),
            ArgumentVerbs.from_yaml(data.get("argument_verbs") or {}),
        )

    def matcher(self, doc: Doc) -> PhraseMatcher:
        """A phrase matcher for this vocab, built once per vocab."""
        key = id(doc.vocab)
        if key not in self._matchers:
            m = PhraseMatcher(doc.vocab, attr="LOWER")
            tok = doc.vocab
            from spacy.lang.en import English

            make = English(vocab=tok).make_doc
            for phrase in self.phrases:
                m.add(phrase, [make(form) for form in _inflections(phrase)])
            self._matchers[key] = m
        return self._matchers[key]


def _singulars(word: str) -> list[str]:
    """The singulars a plural (or a verb's -s form) can have: 'clashes' -> 'clash', 'massacres'
    -> 'massacre', 'casualties' -> 'casualty'; most likely first is not implied: callers try each."""
    out = []
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 3:
        out.append(word[:-2])
    if word.endswith("s") and len(word) > 2:
        out.append(word[:-1])
    return out


def _plural(word: str) -> str:
    if word.endswith(("s", "sh", "ch", "x")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _inflections(phrase: str) -> list[str]:
    """A phrase and its plural ("air strike", "air strikes"): the lexicon lists base forms."""
    words = phrase.split()
    if len(words) < 2 or not words[-1].isalpha():
        return [phrase]
    return [phrase, " ".join(words[:-1] + [_plural(words[-1])])]


#: Parts of speech a trigger word can have. AUX too: no trigger is an auxiliary, but the small
#: parser makes one of a noun before the verb ("Government shelling killed 12": shelling/aux).
TRIGGER_POS = frozenset({"NOUN", "VERB", "ADJ", "PROPN", "AUX"})


def find_triggers(doc: Doc, sent: Span, lexicon: TriggerLexicon) -> list[Trigger]:
    """Triggers in one sentence: phrases first, then single lemmas outside them."""
    out: list[Trigger] = []
    taken: set[int] = set()
    reading = _reading(doc, lexicon)
    for match_id, start, end in reading.matches_within(sent.start, sent.end):
        key = doc.vocab.strings[match_id]
        etype, strength = lexicon.phrases[key]
        if any(k in taken for k in range(start, end)):  # matchers return document offsets, even on a Span
            continue
        taken.update(range(start, end))
        out.append(
            Trigger(start, end, span_root(doc, start, end), span_text(doc, start, end), etype, strength, key)
        )
    lemmas, lowers, pos = doc_lemmas(doc), doc_lowers(doc), doc_pos(doc)
    for i in reading.words_within(sent.start, sent.end):  # a table asked below is in _Reading.words
        if i in taken:
            continue
        lemma, lower = lemmas[i], lowers[i]
        hit = lexicon.lemmas.get(lemma) or lexicon.lemmas.get(lower)
        if hit is None and lemma in lexicon.expulsion_verbs and _drives_from_a_place(doc[i], lexicon):
            hit = EXPULSION_HIT  # "cleared the militants from the town": the town changed hands
        if hit is None and lemma in lexicon.under_verbs and _comes_under_control(doc[i], lexicon):
            hit = UNDER_CONTROL_HIT  # "the town came under rebel control": it changed hands
        if hit is None and lemma in lexicon.discovery_verbs and finds_remains(doc[i], lexicon.remains_nouns):
            hit = DISCOVERY_HIT  # "nine bodies were found near the river": people were killed there
        if hit is None and lemma in lexicon.delivery_verbs and delivers_a_weapon(doc[i]):
            hit = DELIVERY_HIT  # "a drone dropped a canister of chloropicrin on the trenches"
        if hit is None and lemma in lexicon.complement_verbs:
            complements, ctype, cstrength = lexicon.complement_verbs[lemma]
            if takes_complement(doc[i], complements) and not blamed_on_told(doc[i]):
                hit = (ctype, cstrength)  # "set the houses on fire", "set a car ablaze"
        aimed = fired_at_hit(doc[i], lemma, lexicon)
        if aimed is not None and (hit is None or hit[1] < aimed[1]):
            # "a patrol was fired upon near the bridge": an attack, with or without a toll
            hit, lemma = aimed, FIRED_AT_KEY
        if hit is None:
            hit = argument_hit(doc[i], lemma, lexicon)
        if hit is None and lemma == lower:
            # capitalised headline words ("Airstrikes Kill", "Heavy Clashes Rock") are tagged as
            # names and left unlemmatised: their singular is looked up; the lemma itself is kept
            # for every other use unless the singular is a trigger
            for singular in _singulars(lower):
                hit = lexicon.lemmas.get(singular)
                if hit is not None:
                    lemma = singular
                    break
        if hit is None:
            craft = lexicon.craft_verbs.get(lemmas[i]) or lexicon.craft_verbs.get(lower)
            if (
                craft is not None
                and _brings_down_a_craft(doc[i], craft, lexicon.downed_craft, lexicon.craft_harm_verbs)
                and not (
                    craft.untold and not lexicon.accident_words.isdisjoint(lowers[sent.start : sent.end])
                )
            ):
                tok = doc[i]
                out.append(
                    Trigger(tok.i, tok.i + 1, tok.i, tok.text, craft.event_type, craft.strength, lemmas[i])
                )
            continue
        tag = pos[i]  # the array, not a Token: most lexicon words are asked nothing more
        if tag not in TRIGGER_POS:
            continue
        if (
            lemma in lexicon.noun_only
            and tag != "NOUN"
            and not (lemma in lexicon.past_fights and fought_someone(doc[i]))
            and not _gerund_as_noun(doc[i])
        ):
            continue
        if lemma in lexicon.verb_only and tag != "VERB":
            continue
        tok = doc[i]
        if lemma in lexicon.object_only and not _has_object(tok):
            continue  # "fires burned for hours" tells no deed; "gunmen burned the houses" does
        if tag == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in lexicon.negating_preps:
            continue  # "withdrew without a fight": the fight did not happen
        preps = lexicon.excluded_preps.get(lemma)
        if preps and tag == "NOUN" and any(c.dep_ == "prep" and c.lower_ in preps for c in tok.children):
            continue  # "the long fight against insurgent bands": a campaign, not an event
        particles = lexicon.excluded_particles.get(lemma)
        etype, strength = hit
        if tok.dep_ == "attr" and any(c.dep_ == "neg" for c in tok.head.children):
            continue  # "this was not an encounter": a denial of the word, no event
        if etype == "armed_clash" and any(
            c.dep_ == "amod" and c.lower_ in _DISPUTING_WORDS for c in tok.children
        ):
            etype = "attack_on_civilians"  # "a fake encounter", "a staged gunfight": a killing of captives
        if etype == "abduction" and _rescued(tok, lexicon.argument_verbs.rescue_verbs):
            continue  # "troops freed two kidnapped engineers": the rescue, not a new abduction
        if particles and any(c.dep_ == "prt" and c.lower_ in particles for c in tok.children):
            if not _downs_a_crewed_craft(tok, lexicon.downed_craft):
                continue
            etype, strength = DOWNING_TYPE, DOWNING_STRENGTH
        out.append(Trigger(tok.i, tok.i + 1, tok.i, tok.text, etype, strength, lemma))
    out.sort(key=lambda t: t.token_start)
    return _without_defences(doc, _without_told_withdrawals(doc, out, lexicon))


#: Verbs of fighting that, with a particle ("fought off", "beat back", "held off"), tell the
#: defence against an attack their object names (roles.yaml, as extract.frames reads them).
_ROLES = load_yaml("lexicons", "roles.yaml")
_REPELLING_PARTICLE_VERBS = frozenset(_ROLES["repelling_particle_verbs"])
_REPELLING_PARTICLES = frozenset(_ROLES["repelling_particles"])
#: Nouns for attackers on foot (triggers.yaml ground_attackers): as the "by" doer of another
#: trigger they name who did it, not a deed of their own (a weapon's noun there still types it).
_ATTACKER_NOUNS = frozenset(
    w for w in load_yaml("lexicons", "triggers.yaml")["ground_attackers"] if " " not in w
)

#: Words that say a fight was no fight ("a fake encounter", "a so-called shootout", "a staged
#: gunfight": people killed in custody and told as a clash): the killing is an attack on civilians.
_DISPUTING_WORDS = load_words("lexicons", "triggers.yaml", "disputing_words")


def _without_told_withdrawals(doc: Doc, triggers: list[Trigger], lexicon: TriggerLexicon) -> list[Trigger]:
    """The triggers without a withdrawal when the sentence tells the ground taken in words of its own
    ("the militia withdrew as troops recaptured the town"): one change of hands, told by the taker's
    verb, not two. A taker's verb with no ground of its own ("recaptured it") leaves the withdrawal
    to tell the change."""
    leaving = lexicon.argument_verbs.withdrawal_verbs

    def takes_ground(t: Trigger) -> bool:
        if t.token_end - t.token_start > 1:
            return True  # a phrase: "took control of", "fell to"
        return any(c.dep_ in OBJECT_DEPS and _is_ground(c, lexicon) for c in doc[t.head_i].children)

    taken = [
        t for t in triggers if t.event_type == "territory_change" and t.key not in leaving and takes_ground(t)
    ]
    if not taken:
        return triggers
    return [t for t in triggers if not (t.key in leaving and t.event_type == "territory_change")]


def _without_defences(doc: Doc, triggers: list[Trigger]) -> list[Trigger]:
    """The triggers without a verb of fighting that fights off another trigger ("soldiers fought
    off an assault by the rebels" is the rebels' assault on the soldiers, its subject the target:
    ``frames._repelled_attack``, not a second fight the soldiers started), and without a noun of
    attackers that is another trigger's doer ("an assault by Ansaru gunmen" is one act)."""
    heads = {t.head_i for t in triggers}
    lemmas = doc_lemmas(doc)

    def defends(t: Trigger) -> bool:
        if t.token_end - t.token_start != 1 or lemmas[t.head_i] not in _REPELLING_PARTICLE_VERBS:
            return False
        tok = doc[t.head_i]
        kids = list(tok.children)
        return any(c.dep_ in ("prt", "advmod") and c.lower_ in _REPELLING_PARTICLES for c in kids) and any(
            c.dep_ in ("dobj", "obj") and c.i in heads for c in kids
        )

    def doer(t: Trigger) -> bool:
        # "an assault by Ansaru gunmen": who did the other trigger's act, no act of their own
        tok = doc[t.head_i]
        return (
            tok.lower_ in _ATTACKER_NOUNS
            and tok.pos_ == "NOUN"
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "by"
            and tok.head.head.i in heads
            and tok.head.head.i != tok.i
        )

    return [t for t in triggers if not defends(t) and not doer(t)]


class _Reading:
    """What ``find_triggers`` reads of a whole document once, for one lexicon: the phrase matches
    (one matcher pass over the document instead of one per sentence; a match never crosses a
    sentence it is asked within) and the words any lexicon table knows (the rest of the words
    can be no trigger, and most words are none)."""

    def __init__(self, doc: Doc, lexicon: TriggerLexicon) -> None:
        self.matches = lexicon.matcher(doc)(doc)
        self.match_starts = [start for _id, start, _end in self.matches]
        table, expulsion, craft = lexicon.lemmas, lexicon.expulsion_verbs, lexicon.craft_verbs
        discovery, under = lexicon.discovery_verbs, lexicon.under_verbs
        argument_words = lexicon.argument_verbs.words()
        # every table ``find_triggers`` asks a word about: a word in none of them is no trigger
        self.words = [
            i
            for i, (lemma, lower) in enumerate(zip(doc_lemmas(doc), doc_lowers(doc), strict=True))
            if lemma in table
            or lower in table
            or lemma in expulsion
            or lemma in discovery
            or lemma in under
            or lemma in lexicon.delivery_verbs
            or lemma in lexicon.complement_verbs
            or lemma in argument_words
            or lemma in craft
            or lower in craft
            or (lower.endswith("s") and any(s in table for s in _singulars(lower)))
        ]

    def matches_within(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """The phrase matches inside tokens ``[start, end)``, as a matcher run on that span gives them."""
        lo = bisect.bisect_left(self.match_starts, start)
        hi = bisect.bisect_left(self.match_starts, end)
        return [m for m in self.matches[lo:hi] if m[2] <= end]

    def words_within(self, start: int, end: int) -> list[int]:
        """The known words among tokens ``[start, end)``."""
        return self.words[bisect.bisect_left(self.words, start) : bisect.bisect_left(self.words, end)]


@per_doc
def _readings(doc: Doc) -> dict[int, tuple[TriggerLexicon, _Reading]]:
    """id of a lexicon -> (the lexicon, its reading of the document); the lexicon is held, so
    its id is not reused while the document lives."""
    return {}


def _reading(doc: Doc, lexicon: TriggerLexicon) -> _Reading:
    """The document's ``_Reading`` for this lexicon, made on the first sentence asked."""
    readings = _readings(doc)
    found = readings.get(id(lexicon))
    if found is None or found[0] is not lexicon:
        found = readings[id(lexicon)] = (lexicon, _Reading(doc, lexicon))
    return found[1]


#: "drove the rebels out of the town", "cleared the fighters from three villages": ground taken.
EXPULSION_HIT = ("territory_change", 0.8)
#: "the district came under the militia's control", "most of the town came under rebel forces".
UNDER_CONTROL_HIT = ("territory_change", 0.8)


def _comes_under_control(tok: Any, lexicon: TriggerLexicon) -> bool:
    """The verb ("come", "fall") has an "under" phrase whose noun is control or a force ("came
    under militia control", "fell under rebel forces"), not fire or attack ("came under fire")."""
    if tok.pos_ != "VERB":
        return False
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "under":
            if any(o.dep_ == "pobj" and o.lemma_.lower() in lexicon.under_nouns for o in prep.children):
                return True
    return False


#: "the bodies of nine herders were recovered": a killing, its means untold.
DISCOVERY_HIT = (None, 0.7)


def finds_remains(tok: Any, remains: frozenset[str]) -> bool:
    """The verb finds the dead: its object (or passive subject) is a body, corpse, remains or grave."""
    if tok.pos_ != "VERB":
        return False
    return any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in remains for c in tok.children)


#: A verb of delivery with a weapon as its object: remote violence, its kind from the weapon.
DELIVERY_HIT = (None, 0.7)
#: Dependency labels of a verb's object (or its passive subject).
OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})


def _has_object(tok: Any) -> bool:
    """The verb acts on something: it has an object or a passive subject ("burned the houses",
    "houses were burned"), not only a subject ("the fire burned all night")."""
    return tok.pos_ == "VERB" and any(c.dep_ in OBJECT_DEPS for c in tok.children)


def delivers_a_weapon(tok: Any) -> bool:
    """The verb ("drop", "hurl", "lob") delivers a weapon: its object, a word before that, or the
    noun of its "of" phrase is a weapon word ("dropped grenades", "lobbed a hand grenade",
    "dropped a canister of chloropicrin"); "dropped leaflets" and "threw stones" deliver none.

    Why: armies and insurgents tell of bombs dropped from drones and grenades thrown in words
    that hold no word of attack; the weapon names the event's kind (``frames.decide_type``)."""
    if tok.pos_ != "VERB":
        return False
    from wardesk.extract.weapons import WeaponLexicon

    forms = WeaponLexicon.default().forms
    for obj in (c for c in tok.children if c.dep_ in OBJECT_DEPS):
        words = [obj, *(w for w in obj.lefts if w.dep_ in ("compound", "amod"))]
        words += [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        if any(w.lower_ in forms or w.lemma_.lower() in forms for w in words):
            return True
    return False


#: Verbs of blame whose "for" gerund is the act blamed ("blamed the militia for blowing up the house").
_BLAME_VERBS = frozenset(load_yaml("lexicons", "triggers.yaml")["responsibility"]["blame_verbs"])
_DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})


def blamed_on_told(tok: Any) -> bool:
    """The verb is the act a side is blamed for, done to a thing told before: "on Sunday its
    spokesman blamed the militants for blowing up the house" (the house a strike hit). That is one
    side's account of the event told, not a new one; "blamed them for blowing up a bridge in X"
    tells its own."""
    prep = tok.head
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or prep.lower_ != "for":
        return False
    if prep.head.lemma_.lower() not in _BLAME_VERBS:
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    return bool(objs) and all(
        any(d.dep_ == "det" and d.lower_ in _DEFINITE_DETS for d in o.children) for o in objs
    )


def takes_complement(tok: Any, complements: tuple[str, ...]) -> bool:
    """The verb, or its object, has one of the complements: a word ("ablaze") or a preposition and
    its noun ("on fire"): "set the houses on fire", "set a car ablaze", "set fire" is a phrase."""
    if tok.pos_ != "VERB":
        return False
    holders = [tok, *(c for c in tok.children if c.dep_ in OBJECT_DEPS)]
    for words in (c.split() for c in complements):
        for child in (c for h in holders for c in h.children):
            if child.lower_ != words[0]:
                continue
            if len(words) == 1 or any(g.lower_ == words[1] for g in child.children):
                return True
    return False


#: Words after a verb of fighting that make it figurative, whatever the parser calls them ("fought
#: back with a news conference").
FIGURATIVE_PARTICLES = frozenset({"back", "off", "on"})
#: Prepositions of the other side or the prize of a fight: "fought with the rebels", "fought for
#: control of the road".
FOUGHT_PREPS = frozenset({"with", "for", "against"})


def fought_someone(tok: Any) -> bool:
    """A verb of fighting told in the simple past against someone: "soldiers fought the militants
    for hours", "two gangs fought for control of the road"; never "vowed to fight terrorism" (no
    past) nor "fought back" (a particle: mostly figurative)."""
    if (
        tok.pos_ != "VERB"
        or tok.tag_ != "VBD"
        or any(
            c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in FIGURATIVE_PARTICLES) for c in tok.children
        )
    ):
        return False
    return any(
        c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ in FOUGHT_PREPS) for c in tok.children
    )


#: Where a gerund stands as a noun does: "killed in fighting", "fighting ... killed 14".
NOUN_SLOT_DEPS = frozenset({"pobj", "nsubj", "nsubjpass", "csubj", "csubjpass"})
#: Units of time ("hour", "day", "week"), singular and plural: the only objects a gerund told as a
#: noun may have ("fighting over six days", parsed with "days" as its object).
DURATION_UNITS = frozenset(
    form for unit in load_yaml("lexicons", "time_expressions.yaml")["units"] for form in (unit, unit + "s")
)


#: Prepositions of time whose gerund is the event they date: "were positioned on the hill after
#: fighting with the rebels on 14 January" (parsed "pcomp" of "after"), as "after the fighting" is.
GERUND_TIME_PREPS = load_words("lexicons", "triggers.yaml", "gerund_time_preps")


def _dated_fight_with(tok: Any) -> bool:
    """The gerund of a preposition of time, with the other side after "with" and a day of its own:
    "after fighting with the rebels on 14 January". Not "after fighting for years against the
    insurgency" (a campaign: no side fought with), nor "before fighting with the army, they were
    farmers" (a way of life: no day)."""
    return (
        tok.dep_ == "pcomp"
        and tok.head.lower_ in GERUND_TIME_PREPS
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
        and any(w.ent_type_ in _TIME_ENTS for w in tok.subtree)
    )


def _gerund_as_noun(tok: Any) -> bool:
    """A noun-only word's gerund where a noun stands ("were killed in fighting over six days",
    "fighting over three days in the town killed 14"): the fight itself, as the noun would be.

    Why: the parser tags such gerunds VERB, and "fighting over N days" (its count of days read as
    an object) lost the armed clash; a gerund with an object of its own ("committed to fighting
    terrorism") is still a verb, a campaign's word."""
    if tok.tag_ != "VBG":
        return False
    if tok.dep_ not in NOUN_SLOT_DEPS and not _dated_fight_with(tok):
        return False
    return all(c.dep_ not in ("dobj", "obj") or c.lower_ in DURATION_UNITS for c in tok.children)


#: Prepositions through which an expulsion verb names the ground its object leaves.
EXPULSION_PREPS = frozenset({"from", "out"})


def _drives_from_a_place(tok: Any, lexicon: TriggerLexicon) -> bool:
    """The verb drives its object out of a place: a "from" / "out of" phrase of the verb whose noun
    is ground (a place name, or a word like town, village, area)."""
    if tok.pos_ != "VERB":
        return False
    # the phrase hangs on the verb, or on its object ("dislodged the fighters from the town")
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    for prep in [*tok.children, *(p for o in objects for p in o.children)]:
        if prep.dep_ not in ("prep", "prt") or prep.lower_ not in EXPULSION_PREPS:
            continue
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        objs += [
            g for c in prep.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
        ]  # out of
        for o in objs:
            if o.ent_type_ in ("GPE", "LOC", "FAC") or o.lemma_.lower() in lexicon.territory_objects:
                return True
    return False


EXCHANGE_HIT = ("armed_clash", 0.85)
#: Tags of a verb told as done ("pulled out", "have withdrawn"), not as going on or to come.
TOLD_DONE_TAGS = frozenset({"VBD", "VBN"})
WITHDRAWAL_HIT = ("territory_change", 0.75)
TAKING_HIT = ("abduction", 0.8)
MISSING_HIT = ("abduction", 0.7)


def argument_hit(tok: Any, lemma: str, lexicon: TriggerLexicon) -> tuple[str | None, float] | None:
    """The type and strength a verb of ``ArgumentVerbs`` reports with the arguments it has here, or
    None: the word alone tells nothing ("traded goods", "withdrew from the talks", "took a photo")."""
    av = lexicon.argument_verbs
    if lemma in av.exchange_verbs and _takes_fire(tok, av.fire_nouns):
        return EXCHANGE_HIT
    if (
        lemma in av.withdrawal_verbs
        and _leaves_a_place(tok, av.withdrawal_verbs[lemma], lexicon)
        and not _without_a_fight(tok, lexicon)
    ):
        return WITHDRAWAL_HIT
    if lemma in av.taking_verbs and _taken_by_captors(tok, av, lexicon):
        return TAKING_HIT
    if lemma in av.missing_words and _captors_in_sentence(tok, av.captor_nouns, av.captor_modifiers):
        return MISSING_HIT
    if (lemma in av.held_verbs or lemma in av.holding_verbs) and _held_since(tok, lexicon):
        return HELD_SINCE_HIT
    if lemma in av.ground_nouns and _names_ground_taken(tok, lexicon):
        return GROUND_NOUN_HIT
    return None


#: Fire aimed at someone or something: an attack, whether or not it killed anyone. Strong enough
#: to stand as an event without a toll (``article.WEAK_STRENGTH``).
FIRED_AT_STRENGTH = 0.75
#: The key of such a trigger (``Trigger.key``): the merge folds a toll-less one into the incident
#: its article tells at that place and day (``merge.fold_fire_only``).
FIRED_AT_KEY = "fired at"
#: A place held by a side since a day ("has been in rebel hands since Thursday"): it changed hands then.
HELD_SINCE_HIT = ("territory_change", 0.75)
#: A change of hands told by its noun ("the fall of X", "the seizure of the base at Y").
GROUND_NOUN_HIT = ("territory_change", 0.75)
#: Entity labels of a name that is no ground ("the fall of Smith"); an ORG may be a place the
#: tagger does not know, which the place mentions decide (``unplaced_ground_name``).
_NOT_GROUND_ENTS = frozenset({"PERSON", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"})
#: Entity labels of a time, never the target of fire ("fired on Monday").
_TIME_ENTS = frozenset({"DATE", "TIME"})


def _aimed_at(tok: Any, preps: frozenset[str]) -> Any | None:
    """What a verb of firing is aimed at: the noun of its "at"/"on"/"upon" phrase ("fired on a
    checkpoint", "shots were fired at a post"), or, passive with a bare preposition ("a patrol was
    fired upon"), its subject. Never a time ("fired on Monday")."""
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    for prep in tok.children:
        if prep.dep_ not in ("prep", "prt") or prep.lower_ not in preps:
            continue
        objs = [o for o in prep.children if o.dep_ == "pobj"]
        if not objs and passive:
            objs = [c for c in tok.children if c.dep_ == "nsubjpass"]
        for o in objs:
            if o.ent_type_ not in _TIME_ENTS and not o.like_num:
                return o
    return None


def _typed_by_target(target: Any, av: ArgumentVerbs) -> str | None:
    """Fire on a force or its post is a battle (ACLED codes an attack on armed men as one, whoever
    fires back); on anything else the type is left to the weapons and the rest of the sentence.
    A post that shelters unarmed people ("a camp for displaced people", "a refugee camp") is none."""
    words = {target.lemma_.lower(), *(c.lemma_.lower() for c in target.children if c.dep_ == "compound")}
    if words.isdisjoint(av.armed_targets) or _shelters_unarmed(target, av):
        return None
    return "armed_clash"


def _shelters_unarmed(target: Any, av: ArgumentVerbs) -> bool:
    """The target's own modifiers say who is in it, and they are unarmed: a modifier of the noun
    ("refugee camp", "displacement camp") or the noun of its "for"/"of" ("a camp for displaced
    families")."""
    mods = [c for c in target.children if c.dep_ in ("compound", "amod")]
    mods += [
        o
        for p in target.children
        if p.dep_ == "prep" and p.lower_ in ("for", "of")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(m.lemma_.lower() in av.sheltered_words or m.lower_ in av.sheltered_words for m in mods)


def _rounds_of_remote_weapon(obj: Any, lexicon: TriggerLexicon) -> bool:
    """The fired object is rounds of a weapon that fires from afar ("mortar rounds", "artillery
    shells"): that weapon tells the event, not the firing."""
    return any(
        c.dep_ in ("compound", "amod")
        and FAMILY.get(lexicon.lemmas.get(c.lemma_.lower(), (None, 0.0))[0] or "")
        == "explosions_remote_violence"
        for c in obj.children
    )


def fired_at_hit(tok: Any, lemma: str, lexicon: TriggerLexicon) -> tuple[str | None, float] | None:
    """An attack told by fire aimed at a target, with no word of killing or of a weapon: "gunmen fired
    on a police checkpoint", "a UN patrol was fired upon", "shots were fired at an army post", "a
    convoy came under fire". The word "fire" alone is too weak to stand as an event (it is also
    figurative, and a weapon's verb: "fired rockets at the base" is the rockets' event).

    Why: attacks with no toll were never read; in our own event sets they are a share of the gold
    events nothing was read for (``bench/miss_census.py``)."""
    av = lexicon.argument_verbs
    if lemma not in av.fire_at_verbs:
        return None
    if tok.pos_ == "VERB":
        if any(
            c.dep_ in ("dobj", "obj")
            and (c.lower_ not in av.fire_nouns or _rounds_of_remote_weapon(c, lexicon))
            for c in tok.children
        ):
            return None  # "fired rockets (mortar rounds) at the base": the weapon tells the event
        if tok.dep_ == "relcl" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBG" for c in tok.children):
            return None  # "the points from which our positions were being fired upon": a description
        target = _aimed_at(tok, av.fire_at_preps)
        return None if target is None else (_typed_by_target(target, av), FIRED_AT_STRENGTH)
    # "came under (heavy) fire": the noun under a verb of coming; the one who came is the target
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "under" or prep.head.lemma_.lower() not in lexicon.under_verbs:
        return None
    subjects = [c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not (_typed_by_target(subjects[0], av) or _is_ground(subjects[0], lexicon)):
        return None  # "the plan came under fire from lawmakers": words, no shots
    return _typed_by_target(subjects[0], av), FIRED_AT_STRENGTH


def antecedent(word: Any) -> Any:
    """The noun a relative pronoun stands for: "In X, which has been in rebel hands since Sunday"
    -> X (the noun the relative clause hangs on); any other word is itself.

    Why: a place told in a relative clause on its own name ("In X, which ...") is the clause's
    subject only through the pronoun; read as "which", the place was no ground."""
    if word.lower_ not in _RELATIVES:
        return word
    verb = word.head
    for _ in range(_MAX_AGENT_CLIMB):  # "X, which the rebels say they have held": up the saying
        if verb.dep_ not in ("ccomp", "xcomp") or verb.head is verb:
            break
        verb = verb.head
    if verb.dep_ == "relcl" and verb.head is not verb:
        return verb.head
    return word


def _held_since(tok: Any, lexicon: TriggerLexicon) -> bool:
    """A place held by a side since a time: a verb of being ("has been", "remained") in a holder's
    hands or control (``under_nouns``) with a "since" phrase, the place its subject or the noun of
    "of" ("the town has been in the hands of the junta since Thursday", "troops were in full
    control of the area since Friday"), or a verb of holding (``holding_verbs``) with the place its
    object ("Y, which the rebels say they have held since March 7"). Without "since" it is a state,
    no event; without a place it is no ground ("the party has been in control of parliament since
    2010", "police have held the suspect since Monday")."""
    if tok.pos_ not in ("AUX", "VERB"):
        return False
    since = False
    holding = tok.lemma_.lower() in lexicon.argument_verbs.holding_verbs
    # a verb of holding holds its object ("have held the town since March"); a verb of being, its
    # subject in a holder's hands
    roles = ("dobj", "obj") if holding else ("nsubj", "nsubjpass")
    held = holding and any(c.dep_ in ("dobj", "obj") for c in tok.children)
    subjects = [c for c in tok.children if c.dep_ in roles]
    places = [antecedent(c) for c in subjects]
    # "In X, which has been ...": a name the tagger does not know as a place is still the ground
    # the clause is about (a person's or a people's name is none)
    named = [p for p, c in zip(places, subjects, strict=True) if p is not c and _unknown_name(p)]
    for prep in tok.children:
        if prep.dep_ != "prep":
            continue
        objs = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ in ("in", "under") and any(o.lemma_.lower() in lexicon.under_nouns for o in objs):
            held = True
            places += [
                g
                for o in objs
                for p in o.children
                if p.lower_ == "of"
                for g in p.children
                if g.dep_ == "pobj"
            ]
        elif prep.lower_ == "since" and objs:
            since = True
    return held and since and (bool(named) or any(_is_ground(p, lexicon) for p in places))


def _unknown_name(tok: Any) -> bool:
    """A proper name the tagger gives no kind that rules out a place (not a person, a people, a
    date or a number)."""
    return tok.pos_ == "PROPN" and tok.ent_type_ not in _NOT_GROUND_ENTS


def _takes_fire(tok: Any, fire_nouns: frozenset[str]) -> bool:
    """The verb's object (or passive subject) is gunfire: "exchanged heavy gunfire", "shots were
    exchanged near the bridge"; never "traded goods" or "exchanged prisoners"."""
    return tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ in OBJECT_DEPS and c.lower_ in fire_nouns for c in tok.children
    )


def _without_a_fight(tok: Any, lexicon: TriggerLexicon) -> bool:
    """The leaving verb has a phrase of ``negating_preps`` ("withdrew from the town without a fight"):
    ground handed over by agreement or unopposed, which types nothing (docs/codebook.md)."""
    return any(c.dep_ == "prep" and c.lower_ in lexicon.negating_preps for c in tok.children)


def _ground_named(tok: Any, lexicon: TriggerLexicon) -> tuple[bool, list[Any]]:
    """What the "of" of a noun of a change of hands names as ground: (True, []) for a word of
    ground with no name ("the fall of the town"), else (False, names) with the proper names the
    ground may be ("the fall of Kalemie", "the seizure of the post at X"): only the document's place
    mentions can tell those (the tagger calls an unknown town an organisation, and a name it calls
    a place may be none the gazetteer knows: then the event would be put at another place)."""
    names: list[Any] = []
    known = False
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            located = [
                g for p in obj.children if p.dep_ == "prep" and p.lower_ in ("at", "in") for g in p.children
            ]
            found = [o for o in (obj, *located) if o.pos_ == "PROPN" and o.ent_type_ not in _NOT_GROUND_ENTS]
            names += found
            known = known or (not found and obj.pos_ == "NOUN" and _is_ground(obj, lexicon))
    return known, names


def _names_ground_taken(tok: Any, lexicon: TriggerLexicon) -> bool:
    """A noun of a change of hands whose "of" names ground: a place name or a word of ground, or
    a site with a place of its own ("the fall of Kalemie", "the seizure of the border post at
    X", "the fall of their headquarters at Y"); "the fall of the government", "the seizure of
    weapons", "the loss of life" name no ground. A bare proper name counts here and is checked
    against the document's places by ``unplaced_ground_name``.

    Why: a capture told only by its noun, as the reason or time of what followed ("fled after the
    fall of X"), was no event at all; the verbs of taking were read, their nouns were not."""
    if tok.pos_ != "NOUN":
        return False
    known, names = _ground_named(tok, lexicon)
    return known or bool(names)


def unplaced_ground_name(doc: Doc, trigger: Trigger, lexicon: TriggerLexicon, places: list[Any]) -> bool:
    """The trigger is a noun of a change of hands ("the fall of X") whose ground is only a proper
    name that none of the sentence's place mentions covers ("the fall of Acme", "the takeover of
    Halliburton"): no ground was taken, so no event."""
    tok = doc[trigger.head_i]
    if trigger.key not in lexicon.argument_verbs.ground_nouns or tok.pos_ != "NOUN":
        return False
    known, names = _ground_named(tok, lexicon)
    if known:
        return False
    spans = [(p.start_char, p.end_char) for p in places]
    return not any(a <= n.idx < b for n in names for a, b in spans)


def _is_ground(tok: Any, lexicon: TriggerLexicon) -> bool:
    """A place name or a word of ground ("the town", "their positions"), or a name a word of ground
    introduces ("the provincial capital X", "the town X": the tagger may take an unknown town's
    name for a people's)."""
    ground = lexicon.territory_objects
    return (
        tok.ent_type_ in ("GPE", "LOC", "FAC")
        or tok.lemma_.lower() in ground
        or (
            tok.pos_ == "PROPN"
            and any(c.dep_ == "compound" and c.lemma_.lower() in ground for c in tok.children)
        )
    )


def _leaves_a_place(tok: Any, phrases: tuple[str, ...], lexicon: TriggerLexicon) -> bool:
    """The verb gives up or moves onto ground by one of its phrases: a preposition ("from"), a
    particle and one ("out of", "back from") whose noun is ground, or ``object`` for ground as its
    object ("abandoned the village"). A side leaving a place hands it over: a territory change."""
    if tok.pos_ != "VERB" or tok.tag_ not in TOLD_DONE_TAGS:
        return False  # "troops are still pulling out of the city": a process, not one day's event
    doc = tok.doc
    for c in tok.children:
        if "object" in phrases and c.dep_ in OBJECT_DEPS and _is_ground(c, lexicon):
            return True
        preps = (
            [c, *(g for g in c.children if g.dep_ == "prep")] if c.dep_ in ("prep", "prt", "advmod") else []
        )
        for prep in preps:
            before = doc[prep.i - 1].lower_ if prep.i > 0 else ""
            said = {prep.lower_, f"{before} {prep.lower_}"}
            if said.isdisjoint(phrases):
                continue
            if any(g.dep_ == "pobj" and _is_ground(g, lexicon) for g in prep.children):
                return True
    return False


def _captors_in(tokens: Any, captors: frozenset[str], modifiers: frozenset[str] = frozenset()) -> bool:
    """One of the tokens (or the two words ending at it: "armed men") names armed captors, or is a
    noun of people with one of ``modifiers`` on it ("armed tribesmen", "masked villagers").

    Why: the captor table lists the usual nouns, but any people told as armed or masked ("armed
    herders", "uniformed men") take captives as gunmen do; the modifier says so, not the noun."""
    people = person_nouns()
    for t in tokens:
        pair = f"{t.doc[t.i - 1].lower_} {t.lower_}" if t.i > 0 else t.lower_
        if t.lower_ in captors or pair in captors:
            return True
        if (t.lemma_.lower() in people or t.lower_ in people) and any(
            c.dep_ == "amod" and c.lower_ in modifiers for c in t.children
        ):
            return True
    return False


#: How far up a chain of conjoined verbs a verb without a subject looks for its doer.
_MAX_CONJ_CLIMB = 4


def _doers(tok: Any) -> list[Any]:
    """Who does what the verb tells: its subject or "by" agent, with the noun of its "of" ("a band
    of gunmen"); for a conjoined verb with neither, those of the verb it is conjoined to ("armed men
    entered the camp and took away four men": the men who entered took them).

    Why: the second act of a raid told as a conjoined verb shares the first one's subject in
    the parse only through the conjunction; read alone, it had no doer and told nothing."""
    cur = tok
    for _ in range(_MAX_CONJ_CLIMB):
        kids = list(cur.children)
        found = [c for c in kids if c.dep_ == "nsubj"]
        found += [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        found = found or _stray_agents(cur)
        if found:
            return found + [g for f in found for p in f.children if p.lower_ == "of" for g in p.children]
        if cur.dep_ != "conj" or cur.head.pos_ not in ("VERB", "AUX"):
            return []
        cur = cur.head
    return []


#: How far up from a passive verb a "by" phrase the parser hung too high is looked for.
_MAX_AGENT_CLIMB = 3


def _stray_agents(verb: Any) -> list[Any]:
    """The "by" doers of a passive verb that the parser hung on a word above it, after the verb:
    "trying to trace 11 men who were taken from their homes in X, on Sunday, by armed men"
    (the "by" phrase parsed under "trace").

    Why: a long passive relative clause, its place and day set off by commas, often loses its "by"
    phrase to the main verb; the doer of the taking was then unread, and the abduction with it."""
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    cur = verb
    for _ in range(_MAX_AGENT_CLIMB):
        if cur.head is cur:
            return []
        cur = cur.head
        stray = [
            g
            for c in cur.children
            if c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i > verb.i
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if stray:
            return stray
    return []


def _taken_by_captors(tok: Any, av: ArgumentVerbs, lexicon: TriggerLexicon) -> bool:
    """People taken away by armed men: the verb's doer (subject, or "by" agent) is a captor noun and
    what it takes (object or passive subject) is a person ("a chief was taken from his home by armed
    men", "gunmen led away twelve passengers", "masked men forced him into a van"); "gunmen took
    the town" changes ground, "took the cattle" is theft."""
    if tok.pos_ != "VERB":
        return False
    kids = list(tok.children)
    if not _captors_in(_doers(tok), av.captor_nouns, av.captor_modifiers):
        return False
    taken = av.taken_nouns | person_nouns()
    for c in kids:
        if c.dep_ not in OBJECT_DEPS:
            continue
        if c.pos_ == "PRON" or c.ent_type_ == "PERSON":
            return True
        words = [c, *(g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)]
        if any(w.lemma_.lower() in taken or w.lower_ in taken for w in words):
            return True
    return False


def _rescued(tok: Any, rescue_verbs: frozenset[str]) -> bool:
    """The abduction word is (or describes) who a rescue verb frees: "freed two kidnapped
    engineers", "rescued 14 hostages", "the hostages were released": the captivity was told
    before; the rescue is a fight or no event, never a new abduction."""
    person = tok.head if tok.dep_ in ("amod", "compound") else tok
    return person.dep_ in OBJECT_DEPS and person.head.lemma_.lower() in rescue_verbs


def _captors_in_sentence(tok: Any, captors: frozenset[str], modifiers: frozenset[str] = frozenset()) -> bool:
    """People gone missing with armed men told in the same sentence ("went missing after gunmen
    stopped their car"): an abduction; "went missing in the flood" is none."""
    return _captors_in(tok.sent, captors, modifiers)


#: "shot down the airliner": an aircraft brought down from the ground, by a missile as a rule (the
#: weapons of the sentence can still make it an air strike in ``frames.decide_type``).
DOWNING_TYPE = "missile_artillery"
DOWNING_STRENGTH = 0.7


def _downs_a_crewed_craft(tok: Any, craft: frozenset[str]) -> bool:
    """The verb's object (its passive subject) is an aircraft with people on board: its head noun, or a
    word before it ("the Malaysia Airlines Boeing 777", "a passenger jet")."""
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass", "obj"):
            words = [c, *(w for w in c.lefts if w.dep_ in ("compound", "amod", "nmod"))]
            if any(w.lemma_.lower() in craft or w.lower_ in craft for w in words):
                return True
    return False


#: Most words of the noun phrase after "the crash of", and the parts of speech it is made of.
_CRAFT_PHRASE_WORDS = 8
_NOUN_PHRASE_POS = frozenset({"DET", "PROPN", "NOUN", "NUM", "ADJ"})
#: Relative pronouns: "the jet, which came down": the aircraft is the noun the clause hangs on.
_RELATIVES = frozenset({"which", "that", "who"})


def _is_craft(w: Any, craft: frozenset[str]) -> bool:
    """Is the noun a crewed aircraft: its head word, or a word before it ("the Coral Airways Boeing")?"""
    if w.lower_ in _RELATIVES and w.head.dep_ == "relcl":
        w = w.head.head
    words = [w, *(x for x in w.lefts if x.dep_ in ("compound", "amod", "nmod"))]
    return any(x.lemma_.lower() in craft or x.lower_ in craft for x in words)


def _brings_down_a_craft(
    tok: Any, verb: CraftVerb, craft: frozenset[str], harm: frozenset[str] = frozenset()
) -> bool:
    """Does the craft verb tell of a crewed aircraft brought down: "the airliner crashed", "they downed
    a helicopter", "brought down the jet", "the crash of the plane"?"""
    if tok.pos_ == "NOUN":  # "the crash of the plane": the noun phrase after "of" (parsed in pieces at times)
        if verb.role != "subject" or verb.particle is not None:
            return False
        nxt = tok.i + 1
        if nxt >= len(tok.doc) or tok.doc[nxt].lower_ != "of":
            return False
        for w in tok.doc[nxt + 1 : nxt + 1 + _CRAFT_PHRASE_WORDS]:
            if w.pos_ not in _NOUN_PHRASE_POS:
                break
            if w.lemma_.lower() in craft or w.lower_ in craft:
                return True
        return False
    if tok.pos_ != "VERB":
        return False
    if verb.particle and not any(c.dep_ == "prt" and c.lower_ == verb.particle for c in tok.children):
        return False
    deps = ("nsubj",) if verb.role == "subject" else ("dobj", "obj", "nsubjpass")
    return any(
        c.dep_ in deps and _is_craft(c, craft) and not (verb.untold and _told_as_outcome(c, harm))
        for c in tok.children
    )


def _told_as_outcome(subject: Any, harm: frozenset[str]) -> bool:
    """The crash is told in a relative clause on an aircraft just hit, damaged or shot at ("they
    hit a cargo plane, which then came down far off"): how that attack ended, not an event of its
    own, and where the aircraft fell is not where it was hit. (An aircraft merely followed or seen,
    "a jet trailing an airliner that crashed", is no attack's object: its crash stays an event.)"""
    if subject.lower_ not in _RELATIVES or subject.head.dep_ != "relcl":
        return False
    noun = subject.head.head
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head  # "shot at a plane": the verb of "at"
    return noun.dep_ in ("dobj", "obj", "pobj") and verb.lemma_.lower() in harm


#: Entity labels of names that can hold a trigger word ("Oromo Liberation Army" is an ORG).
NAME_LABELS = frozenset({"ORG", "NORP", "FAC", "GPE", "LOC"})


def name_spans(doc: Doc, actors: list[Any], lexicon: TriggerLexicon) -> list[tuple[int, int]]:
    """Token spans of names that hold trigger words without reporting an event: actors the
    actor table names with more than one word ("Oromo Liberation Army"), and capitalised
    entities ending in an organisation's head noun ("National Liberation Front")."""
    out = [
        (a.token_start, a.token_end)
        for a in actors
        if getattr(a, "kind", None) != "generic" and a.token_end - a.token_start > 1
    ]
    for ent in doc_ents(doc):
        if ent.label_ in NAME_LABELS and len(ent) > 1 and any(t.lower_ in lexicon.name_heads for t in ent):
            out.append((ent.start, ent.end))
    return out


def in_name(
    trigger: Trigger, doc: Doc, spans: list[tuple[int, int]], heads: frozenset[str] | set[str] = frozenset()
) -> bool:
    """The trigger is a capitalised word inside a name, before the name's last word, or its last
    word after one of the name ``heads`` ("the National Front for Liberation": a group's name)."""
    tok = doc[trigger.head_i]
    if not tok.text[:1].isupper():
        return False
    return any(
        s <= trigger.token_start
        and (
            trigger.token_end < e
            or (trigger.token_end == e and any(doc[k].lower_ in heads for k in range(s, trigger.token_start)))
        )
        for s, e in spans
    )
