"""ACLED's precedence between a battle and the heavy weapons fired in it, read from the parse.

ACLED codes an event in which two armed sides engage as a battle even when one of them fires
from the air or from afar ("troops backed by helicopters fought the rebels", "soldiers used
mortars during the fighting"); remote violence only when one side fires and no engagement is
told. Which words tell a side's means rather than an act of its own: ``fire_support.yaml``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from wardesk.extract.triggers import DOWNING_TYPE, Trigger
from wardesk.resources import load_words, load_yaml

if TYPE_CHECKING:  # draft.py imports frames.py, which imports this module
    from wardesk.extract.draft import Draft
    from wardesk.extract.weapons import WeaponMention

_FILE = "fire_support.yaml"
SUPPORT_VERBS = load_words("lexicons", _FILE, "support_verbs")
SUPPORT_NOUNS = load_words("lexicons", _FILE, "support_nouns")
INSTRUMENT_PREPS = load_words("lexicons", _FILE, "instrument_preps")
GROUND_MOVE_VERBS = load_words("lexicons", _FILE, "ground_move_verbs")
SETTING_PREPS = load_words("lexicons", _FILE, "setting_preps")
APART_MARKS = load_words("lexicons", _FILE, "apart_marks")
USE_VERBS = load_words("lexicons", _FILE, "use_verbs")
ANSWER_VERBS = load_words("lexicons", _FILE, "answer_verbs")
ANSWER_OBJECTS = load_words("lexicons", _FILE, "answer_objects")
ANSWER_PARTICLES = load_words("lexicons", _FILE, "answer_particles")
ENGAGE_VERBS = load_words("lexicons", _FILE, "engage_verbs")
ENGAGEMENT_NOUNS = load_words("lexicons", _FILE, "engagement_nouns")
UNARMED_SIDES = (
    load_words("lexicons", _FILE, "unarmed_sides")
    | load_words("lexicons", "triggers.yaml", "crowd_nouns")
    | frozenset(load_yaml("lexicons", "counted_nouns.yaml")["victims"]["civilians"])
)
SUPPORT_TYPES = load_words("lexicons", _FILE, "support_types")
SUPPORT_CLASSES = load_words("lexicons", _FILE, "support_classes")
MEANS_UNTOLD_WORDS = load_words("lexicons", _FILE, "means_untold_words")
REMOTE_CLASSES = load_words("lexicons", _FILE, "remote_classes")
TRANSPORT_VERBS = load_words("lexicons", _FILE, "transport_verbs")
DIRECT_CLASSES = load_words("lexicons", _FILE, "direct_classes")
RELATIVE_ADVERBS = load_words("lexicons", _FILE, "relative_adverbs")
DOWNED_CLASSES = load_words("lexicons", _FILE, "downed_classes")
DOWNED_WARCRAFT_TYPE: str = load_yaml("lexicons", _FILE)["downed_warcraft_type"]
#: How far up the parse a word climbs to the verb of its clause.
_CLAUSE_STEPS = 6
REPELLING_VERBS = load_words("lexicons", "roles.yaml", "repelling_verbs")
REPELLING_PARTICLE_VERBS = load_words("lexicons", "roles.yaml", "repelling_particle_verbs")
REPELLING_PARTICLES = load_words("lexicons", "roles.yaml", "repelling_particles")


def _battle_keys() -> frozenset[str]:
    """The trigger lexicon's words of battle (lemmas and phrases typed ``armed_clash``) but those
    of one side's move (``one_sided_words``): a weakly typed one ("fight") that clustering left
    untyped still tells a fight."""
    data = load_yaml("lexicons", "triggers.yaml")
    entries = {**data["lemmas"], **data["phrases"]}
    one_sided = load_words("lexicons", _FILE, "one_sided_words")
    return frozenset(
        k
        for k, v in entries.items()
        if isinstance(v, dict) and v.get("type") == "armed_clash" and k not in one_sided
    )


BATTLE_KEYS = _battle_keys()


def _typed_keys(etype: str) -> frozenset[str]:
    """The trigger lexicon's lemmas and phrases of one type."""
    data = load_yaml("lexicons", "triggers.yaml")
    entries = {**data["lemmas"], **data["phrases"]}
    return frozenset(k for k, v in entries.items() if isinstance(v, dict) and v.get("type") == etype)


#: Words that type a record an attack on civilians: those of them outside ``MEANS_UNTOLD_WORDS``
#: tell a direct act ("shot", "executed") and keep the type.
CIVILIAN_KEYS = _typed_keys("attack_on_civilians")
#: The types of remote violence a killing named by its outrage takes from its strike.
REMOTE_TYPES = frozenset(
    {"air_strike", "missile_artillery", "remote_explosive", "suicide_bomb", "chemical_weapon"}
)

#: Links a means climbs from a modifier or a second conjunct to the word whose role it shares
#: ("helicopter" in "helicopter gunships", "tanks" in "mortars and tanks").
_CLIMB_DEPS = frozenset({"compound", "amod", "conj", "nmod"})
#: How far up a noun phrase a weapon word climbs to its head.
_CLIMB_STEPS = 4


def _phrase_head(tok: Token) -> Token:
    """The head of the noun phrase the word sits in, through modifiers and conjuncts."""
    cur = tok
    for _ in range(_CLIMB_STEPS):
        if cur.dep_ in _CLIMB_DEPS and cur.head.i != cur.i and cur.head.pos_ in ("NOUN", "PROPN"):
            cur = cur.head
        else:
            break
    return cur


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def fights(tok: Token) -> bool:
    """The word tells a fight: a battle word of the trigger lexicon ("clashed", "fighting")."""
    return _lemma(tok) in BATTLE_KEYS or tok.lower_ in BATTLE_KEYS


def repels(verb: Token) -> bool:
    """The verb fights an attack off ("repelled", "fought off", "pushed back"): who was attacked
    fought back, so two sides engaged."""
    if _lemma(verb) in REPELLING_VERBS:
        return True
    return _lemma(verb) in REPELLING_PARTICLE_VERBS and _has_particle(verb, REPELLING_PARTICLES)


def _has_particle(verb: Token, particles: frozenset[str]) -> bool:
    """The verb has one of ``particles``: as its child, or as the next word, which the small model
    at times hangs on the object ("pushed back jihadists": "back" an adjective of "jihadists")."""
    if any(c.dep_ in ("prt", "advmod") and c.lower_ in particles for c in verb.children):
        return True
    nxt = verb.i + 1
    return nxt < len(verb.doc) and verb.doc[nxt].lower_ in particles


def answers_fire(verb: Token) -> bool:
    """The verb tells a side shooting back ("returned fire", "fired back"): an exchange of fire."""
    if _lemma(verb) not in ANSWER_VERBS:
        return False
    return any(
        (c.dep_ in ("dobj", "obj") and _lemma(c) in ANSWER_OBJECTS) for c in verb.children
    ) or _has_particle(verb, ANSWER_PARTICLES)


def fought_back(sent: Span) -> bool:
    """The sentence tells a side fighting an attack off, answering fire or striking back ("troops
    repelled the raid", "police returned fire", "the garrison's counterattack"): whatever else
    its words leave open, two sides engaged."""
    return any(
        (tok.pos_ == "VERB" and (repels(tok) or answers_fire(tok) or engages(tok)) and not _unarmed_side(tok))
        or (tok.pos_ == "NOUN" and (_lemma(tok) in ENGAGEMENT_NOUNS or tok.lower_ in ENGAGEMENT_NOUNS))
        for tok in sent
    )


def _unarmed_side(verb: Token) -> bool:
    """The verb's subject or object is a crowd or civilians ("police held back protesters",
    "villagers fought off the bandits"): no two armed sides."""
    return any(
        c.dep_ in ("nsubj", "dobj", "obj") and (_lemma(c) in UNARMED_SIDES or c.lower_ in UNARMED_SIDES)
        for c in verb.children
    )


def engages(verb: Token) -> bool:
    """A verb of engaging an armed foe with its object ("troops engaged the militants")."""
    return _lemma(verb) in ENGAGE_VERBS and any(c.dep_ in ("dobj", "obj") for c in verb.children)


def engagement_told(sent: Span, triggers: Iterable[Trigger]) -> bool:
    """The sentence tells two armed sides engaging: a battle word among its triggers, or a verb
    of fighting an attack off or of answering fire."""
    doc = sent.doc
    if any(t.key in BATTLE_KEYS or fights(doc[t.head_i]) for t in triggers):
        return True
    return fought_back(sent)


def supporting_fire(tok: Token, acts: frozenset[int] = frozenset()) -> bool:
    """The weapon or strike word is a side's means in a fight, not an attack of its own: the agent
    of a verb of backing ("backed by gunships"), a modifier of a noun of backing ("air support"),
    the "of" of one ("with the help of helicopters"), the means of a fight ("fought them with
    mortars"), the object of a verb of using ("used artillery"), or the subject of a verb that
    gives backing ("the air force provided cover"), or what went on in or around the ground act that
    governs it (``below_main_act``; ``acts``: the tokens of the sentence's triggers of territory
    change)."""
    head = _phrase_head(tok)
    if _lemma(head) in SUPPORT_NOUNS:
        return True
    parent = head.head
    if head.dep_ == "pobj":
        prep, governor = parent.lower_, parent.head
        if prep == "by" and _lemma(governor) in SUPPORT_VERBS:
            return True
        if prep == "of" and _lemma(governor) in SUPPORT_NOUNS:
            return True
        if prep in INSTRUMENT_PREPS and (fights(governor) or repels(governor) or answers_fire(governor)):
            return True
    if head.dep_ in ("dobj", "obj") and _lemma(parent) in USE_VERBS:
        return True
    if head.dep_ == "nsubj" and any(
        c.dep_ in ("dobj", "obj") and _lemma(c) in SUPPORT_NOUNS for c in parent.children
    ):
        return True
    return _backs_as_subject(head) or below_main_act(tok, acts)


def ground_act(verb: Token, acts: frozenset[int] = frozenset()) -> bool:
    """The verb tells an act on the ground between armed sides: a fight ("fought", "clashed", or a
    verb whose subject is a battle word, "fighting raged"), an attack fought off, fire answered, a
    foe engaged, ground taken (one of ``acts``, the sentence's triggers of territory change) or a
    move onto a place ("entered", "stormed")."""
    if fights(verb) or repels(verb) or answers_fire(verb) or engages(verb) or verb.i in acts:
        return True
    if _lemma(verb) in GROUND_MOVE_VERBS:
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and fights(c) for c in verb.children)


def _clause_verb(tok: Token) -> tuple[Token, Token] | None:
    """The verb of the clause the word sits in, with the word on the way up that hangs on it (the
    word itself when it is the verb); None when no verb is near."""
    below, cur = tok, tok
    for _ in range(_CLAUSE_STEPS):
        if cur.pos_ in ("VERB", "AUX"):
            return cur, below
        if cur.head.i == cur.i:
            return None
        below, cur = cur, cur.head
    return None


def below_main_act(tok: Token, acts: frozenset[int] = frozenset()) -> bool:
    """The weapon or strike word tells what went on in or around a ground act that governs it, not
    an act of its own: the means of that act's verb ("entered the town with rocket launchers",
    "captured the post using drones"), its setting ("fought amid heavy shelling", "withdrew under
    artillery fire", "took the town after days of shelling"), or a clause hung on it ("fought off
    the raid, firing mortars at the attackers", "fighting raged as jets pounded the ridge").

    Why: the strike or weapon word of such a part outranked the fight, capture or move the clause
    is about, and typed a battle or a capture as the remote violence of its instruments."""
    found = _clause_verb(_phrase_head(tok))
    if found is None:
        return False
    verb, below = found
    if below.i != verb.i and below.dep_ == "prep":
        if below.lower_ in INSTRUMENT_PREPS | SETTING_PREPS:
            return ground_act(verb, acts)
        return False
    if verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX"):
        if any(c.dep_ == "mark" and c.lower_ in APART_MARKS for c in verb.children):
            return False  # "clashes went on in the north while jets bombed the south": another event
        return ground_act(verb.head, acts) and not ground_act(verb, acts)
    return False


def untype_supporting_fire(doc: Doc, sent: Span, triggers: list[Trigger]) -> list[Trigger]:
    """In a sentence that tells a fight, a strike or shelling word that is one side's means
    ("troops backed by air strikes battled the insurgents") is no event of its own: untyped, it
    joins the battle (ACLED codes the whole as a battle), and its strength no longer outranks
    the loosely typed "fought"."""
    acts = capture_heads(triggers)
    if not engagement_told(sent, triggers):
        return [
            dataclasses.replace(t, event_type=None)
            if t.event_type in SUPPORT_TYPES
            and (below_main_act(doc[t.head_i], acts) or _backs_as_subject(_phrase_head(doc[t.head_i])))
            else t
            for t in triggers
        ]
    return [
        dataclasses.replace(t, event_type=None)
        if t.event_type in SUPPORT_TYPES and supporting_fire(doc[t.head_i], acts)
        else t
        for t in triggers
    ]


def capture_heads(triggers: Iterable[Trigger]) -> frozenset[int]:
    """The tokens of the triggers that tell ground taken or given up ("captured", "fell to",
    "withdrew from"): a ground act whose instruments and setting are no strike of their own."""
    return frozenset(t.head_i for t in triggers if t.event_type == "territory_change")


def main_act_takes_in_fire(
    sent: Span, triggers: Iterable[Trigger], weapons: Iterable[tuple[int, str]]
) -> bool:
    """Every aircraft or artillery the frame names is the means or setting of a ground act that
    governs it ("entered the town with rocket launchers", "retook the port as jets bombed the
    hills"), and no trigger of the frame is a strike of its own: the weapons type nothing, and the
    act decides. ``weapons``: (first token, class) pairs."""
    told = list(triggers)
    if any(t.event_type in SUPPORT_TYPES for t in told):
        return False
    doc = sent.doc
    acts = capture_heads(told)
    heavy = [i for i, cls in weapons if cls in SUPPORT_CLASSES]
    return bool(heavy) and all(below_main_act(doc[i], acts) for i in heavy)


def battle_takes_in_fire(sent: Span, triggers: list[Trigger], weapons: Iterable[tuple[int, str]]) -> bool:
    """The frame tells two sides engaging, none of its triggers is a strike or shelling of its
    own, and every aircraft or artillery it names is a side's means in the fight: ACLED's battle,
    not the remote violence its weapons would make it. ``weapons``: (first token, class) pairs."""
    if any(t.event_type in SUPPORT_TYPES for t in triggers) or not engagement_told(sent, triggers):
        return False
    doc = sent.doc
    acts = capture_heads(triggers)
    heavy = [i for i, cls in weapons if cls in SUPPORT_CLASSES]
    return bool(heavy) and all(supporting_fire(doc[i], acts) for i in heavy)


def _backs_as_subject(head: Token) -> bool:
    """The weapon phrase is the subject of a verb of backing with an object ("artillery and
    helicopters supported the assault", "jets covered the advance"): it backed the act it names."""
    verb = head.head
    return (
        head.dep_ == "nsubj"
        and _lemma(verb) in SUPPORT_VERBS
        and any(c.dep_ in ("dobj", "obj") for c in verb.children)
    )


def backs(tok: Token) -> bool:
    """The weapon word is the backing of a side that acts on the ground: the agent of a verb of
    backing ("an operation backed by helicopters", "units supported by two aircraft"), a modifier
    of a noun of backing ("with air support") or the "of" of one ("with the cover of gunships")."""
    head = _phrase_head(tok)
    if _lemma(head) in SUPPORT_NOUNS or _backs_as_subject(head):
        return True
    if head.dep_ != "pobj":
        return False
    prep, governor = head.head.lower_, head.head.head
    return (prep == "by" and _lemma(governor) in SUPPORT_VERBS) or (
        prep == "of" and _lemma(governor) in SUPPORT_NOUNS
    )


def backing_only(sent: Span, triggers: Iterable[Trigger], weapons: Iterable[tuple[int, str]]) -> bool:
    """No trigger of the frame is a strike or a shelling of its own, and every aircraft or artillery
    it names only backs a side on the ground ("a large operation backed by helicopters was launched"):
    the weapons type nothing, whether or not a fight is told, and the frame is what its other words
    make it. ``weapons``: (first token, class) pairs.

    Why: with no word of battle in the sentence, the helicopters that backed an operation made an air
    strike of it."""
    if any(t.event_type in SUPPORT_TYPES for t in triggers):
        return False
    doc = sent.doc
    heavy = [i for i, cls in weapons if cls in SUPPORT_CLASSES]
    return bool(heavy) and all(backs(doc[i]) for i in heavy)


def carries(tok: Token) -> bool:
    """The weapon word is a vehicle the doers came in ("soldiers arrived in helicopters"): the
    object of a preposition under a verb of coming or carrying, not a means of harm."""
    head = _phrase_head(tok)
    return head.dep_ == "pobj" and _lemma(head.head.head) in TRANSPORT_VERBS


def weapon_names_means(
    triggers: Iterable[Trigger], doc: Doc, weapons: Iterable[tuple[int, str]]
) -> str | None:
    """The remote weapon class that tells how a killing named only by its outrage was done ("jets
    bombed the market in a massacre", "a massacre by firing a missile"): every trigger typing the
    frame an attack on civilians is a word of ``means_untold_words``, and the frame names a weapon
    that fires from afar or explodes, not one that carried the doers. ACLED codes such a killing
    by its weapon (remote violence), whoever its victims; None when the words tell the means
    themselves ("shot", "executed", "hacked") or no such weapon is named."""
    civ = [t for t in triggers if t.event_type == "attack_on_civilians"]
    if not civ or any((t.key or _lemma(doc[t.head_i])) not in MEANS_UNTOLD_WORDS for t in civ):
        return None
    if any(recalled_at_place(doc[t.head_i]) for t in civ):
        return None
    told = list(weapons)
    if any(cls in DIRECT_CLASSES for _i, cls in told):
        return None  # "used machine guns and mortars": the guns may have done the killing
    return next((cls for i, cls in told if cls in REMOTE_CLASSES and not carries(doc[i])), None)


def recalled_at_place(tok: Token) -> bool:
    """The word sits in a relative clause of place or time ("shelled the village, where a massacre was
    committed in May"): it recalls what happened there, not the means of the act its sentence tells."""
    cur = tok
    for _ in range(_CLAUSE_STEPS):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            break
        cur = cur.head
    return cur.dep_ == "relcl" and any(c.lower_ in RELATIVE_ADVERBS for c in cur.children)


def _named_by_outrage(d: Draft) -> bool:
    """The record is an attack on civilians only by a word of outrage ("a massacre in Kramatorsk",
    "Massacre at the market"): no weapon of its own, no word of a direct act."""
    if d.event_type != "attack_on_civilians" or d.weapon_classes or d.filled_type:
        return False
    civ = d.trigger_keys & CIVILIAN_KEYS
    return bool(civ) and civ <= MEANS_UNTOLD_WORDS


def _strike_telling(d: Draft, drafts: list[Draft]) -> Draft | None:
    """The remote strike that tells how the outrage was done: a record of remote violence of the
    record's own sentence ("committed a massacre by firing a missile at the station"), or, for a
    headline ("Massacre at the market"), the first such record of the lead; of the same day."""
    strikes = sorted(
        (x for x in drafts if x is not d and x.event_type in REMOTE_TYPES and _same_day(x, d)),
        key=lambda x: x.sent_i,
    )
    if d.from_title:
        return next((x for x in strikes if x.lead and not x.from_title), None)
    return next((x for x in strikes if x.sent_i == d.sent_i and x.from_title == d.from_title), None)


def _same_day(x: Draft, d: Draft) -> bool:
    """The two may tell one day's event: neither's day is told, or both tell the same ("shelled the
    town at dawn, the village where a massacre was committed in May" tells two)."""
    return d.date.start is None or x.date.start in (None, d.date.start)


def type_outrage_by_strike(drafts: list[Draft]) -> None:
    """A killing named only by its outrage takes the type of the strike told as its means, so the
    two merge into one record of remote violence (ACLED codes the event by its weapon, whoever
    its victims): one side's "massacre" of a shelling is the shelling."""
    for d in drafts:
        if _named_by_outrage(d) and (strike := _strike_telling(d, drafts)) is not None:
            d.event_type = strike.event_type


def _downing_keys() -> frozenset[str]:
    """The trigger keys of bringing an aircraft down by what they act on (triggers.yaml): the craft
    verbs whose role is the object ("downed", "brought down") and the verbs that tell it with the
    particle "down" ("shot down")."""
    data = load_yaml("lexicons", "triggers.yaml")
    verbs = {k for k, v in data["craft_verbs"].items() if v.get("role") == "object"}
    return frozenset(verbs | {k for k, parts in data["excluded_particles"].items() if "down" in parts})


DOWNING_KEYS = _downing_keys()
#: How what a verb acts on hangs on it ("shot down a jet", "a jet was shot down").
_ACTED_ON_DEPS = frozenset({"dobj", "obj", "nsubjpass"})


def _acted_on(verb: Token) -> set[int]:
    """The tokens of what the verb acts on: its objects and passive subjects with their words."""
    return {t.i for c in verb.children if c.dep_ in _ACTED_ON_DEPS for t in c.subtree}


def type_downed_warcraft(
    doc: Doc, triggers: list[Trigger], weapons: list[WeaponMention]
) -> tuple[list[Trigger], list[WeaponMention]]:
    """A military aircraft brought down ("rebels shot down an army helicopter", "a jet was downed
    by guerrillas") was what the fire hit, not the means of an air strike, and its crew an armed
    side: the downing is a battle (ACLED), and the aircraft leaves the sentence's weapons so that
    it types nothing. A civil craft is no weapon at all (weapons.yaml), so a passenger plane
    brought down stays the missile attack its trigger tells.

    Why: read as weapons, the downed aircraft made an air strike of the fight with its crew."""
    struck: set[int] = set()
    out: list[Trigger] = []
    for t in triggers:
        verb = doc[t.head_i]
        if t.event_type == DOWNING_TYPE and t.key in DOWNING_KEYS and verb.pos_ in ("VERB", "AUX"):
            acted_on = _acted_on(verb)
            downed = [w for w in weapons if w.cls in DOWNED_CLASSES and w.token_start in acted_on]
            if downed:
                struck.update(id(w) for w in downed)
                t = dataclasses.replace(t, event_type=DOWNED_WARCRAFT_TYPE)
        out.append(t)
    if not struck:
        return triggers, weapons
    return out, [w for w in weapons if id(w) not in struck]


_PATIENTS = "patients.yaml"
ARMED_OWNERS = load_words("lexicons", _PATIENTS, "armed_owners")
CIVILIAN_OWNERS = load_words("lexicons", _PATIENTS, "civilian_owners")
ARMED_THINGS = load_words("lexicons", _PATIENTS, "armed_things")
CIVILIAN_THINGS = load_words("lexicons", _PATIENTS, "civilian_things")
ONSLAUGHT_WORDS = load_words("lexicons", _PATIENTS, "onslaught_words")
NO_LONGER_ARMED = load_words("lexicons", _PATIENTS, "no_longer_armed")
#: Words of an assault itself, no killing, no shot told (``triggers.yaml`` assault_lemmas).
ASSAULT_WORDS = load_words("lexicons", "triggers.yaml", "assault_lemmas")
#: Words of killing or wounding (``roles.yaml`` kill_lemmas): the toll an assault left.
HARM_WORDS = load_words("lexicons", "roles.yaml", "kill_lemmas")
#: Weapons a ground assault carries along (``patients.yaml``), and the types they give alone.
GROUND_FIRED_CLASSES = load_words("lexicons", _PATIENTS, "ground_fired_classes")
GROUND_FIRED_TYPES = load_words("lexicons", _PATIENTS, "ground_fired_types")
#: Weapons an assaulting party carries by hand (``patients.yaml``), and the class they take as an
#: assault's means.
HAND_CARRIED_WEAPONS = load_words("lexicons", _PATIENTS, "hand_carried_weapons")
HAND_CARRIED_CLASS = "hand_carried"
_VICTIM_KINDS: dict[str, frozenset[str]] = {
    kind: frozenset(words) for kind, words in load_yaml("lexicons", "counted_nouns.yaml")["victims"].items()
}
#: The kinds a patient takes: the side of a deed of violence it falls on.
ARMED, CIVILIAN = "armed", "civilian"
#: How a patient hangs on the deed's word: its object, its passive subject.
_PATIENT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})
#: Prepositions that give what fire or an assault falls on ("fired on a patrol", "the attack on
#: the post", "shot at a car").
_AIM_PREPS = frozenset({"on", "upon", "at", "against"})
#: Links of a noun's modifiers that say whose the thing is ("an army truck", "a police post").
_OWNER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
#: The tolls whose counted people are the deed's patients.
_HARM_WHATS = frozenset({"killed", "injured"})


def _patient_words(tok: Token) -> list[Token]:
    """The nouns the deed's word falls on: its objects and passive subjects, the "on"/"at" of it
    or of the verb that carries it ("opened fire on a patrol": the verb "opened", the word "fire"),
    with their conjuncts."""
    hosts = [tok]
    if tok.dep_ in ("dobj", "obj") and tok.head.pos_ in ("VERB", "AUX"):
        hosts.append(tok.head)
    found: list[Token] = []
    for host in hosts:
        for c in host.children:
            if c.dep_ in _PATIENT_DEPS and c.i != tok.i:
                found.append(c)
            elif c.dep_ == "prep" and c.lower_ in _AIM_PREPS:
                found += [g for g in c.children if g.dep_ == "pobj"]
    return [w for p in found for w in (p, *p.conjuncts)]


def _owner_words(noun: Token) -> set[str]:
    """The lemmas of the noun's modifiers of ownership, through modifiers of modifiers ("navy" in
    "a navy patrol boat", which hangs on "patrol")."""
    found: set[str] = set()
    todo = [c for c in noun.children if c.dep_ in _OWNER_DEPS]
    while todo:
        c = todo.pop()
        found.update((_lemma(c), c.lower_))  # "retired" is the verb "retire" to the lemmatiser
        todo += [g for g in c.children if g.dep_ in _OWNER_DEPS]
    return found


def _noun_kind(noun: Token) -> str | None:
    """The kind of one patient noun. What it is "of" tells first ("a convoy of trucks", "a group
    of soldiers"), then its modifiers of ownership ("an army truck", "a passenger bus"), then the
    noun itself: people of either kind (counted_nouns.yaml ``victims``) or a thing only one side
    has ("a checkpoint", "a minibus")."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            inner = next((g for g in c.children if g.dep_ == "pobj"), None)
            if inner is not None:
                return _noun_kind(inner)
    owners = _owner_words(noun)
    if owners & NO_LONGER_ARMED:
        return CIVILIAN  # "a retired army colonel", "a former policeman"
    armed = owners & (ARMED_OWNERS | ARMED_THINGS | _VICTIM_KINDS["combatants"])
    civilian = owners & (CIVILIAN_OWNERS | CIVILIAN_THINGS | _VICTIM_KINDS["civilians"])
    if armed and not civilian:
        return ARMED
    if civilian and not armed:
        return CIVILIAN
    word = _lemma(noun)
    if word in _VICTIM_KINDS["combatants"] or word in ARMED_THINGS:
        return ARMED
    if word in _VICTIM_KINDS["civilians"] or word in CIVILIAN_THINGS:
        return CIVILIAN
    return None


def _counted_noun(doc: Doc, q: object) -> Token | None:
    """The noun a toll counts ("colonel" in "killing a retired army colonel"): the root of its span,
    or the noun its number or article hangs on."""
    span = doc.char_span(getattr(q, "start_char", 0), getattr(q, "end_char", 0), alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    if root.pos_ not in ("NOUN", "PROPN") and root.dep_ in ("det", "nummod", "quantmod"):
        root = root.head
    return root if root.pos_ in ("NOUN", "PROPN") else None


def _noun_at(doc: Doc, q: object) -> Token | None:
    """The counted noun of a toll, from its recorded index."""
    i = getattr(q, "noun_i", None)
    return doc[i] if i is not None and 0 <= i < len(doc) else None


def whole_of_parts(doc: Doc, q: object, quantities: Iterable[object]) -> bool:
    """The toll counts a whole told with parts of another kind ("20 people, including 13 soldiers";
    "30 dead, among them 12 policemen"): a part's counted noun hangs below the whole's (or both hang on
    one verb after it), its count is marked a part, and its kind differs from the whole's. The whole then says no more about who was
    hit than its parts do.

    Why: "people" reads as civilians, so a toll of people that its own words say included soldiers
    typed an assault on a barracks an attack on civilians and named civilians its targets."""
    whole = _noun_at(doc, q)
    if whole is None:
        return False
    for part in quantities:
        if part is q or not getattr(part, "part_of_larger", False):
            continue
        if getattr(part, "what", None) != getattr(q, "what", None):
            continue
        if getattr(part, "victims", None) in (None, getattr(q, "victims", None)):
            continue
        noun = _noun_at(doc, part)
        if noun is None or noun.i <= whole.i:
            continue
        # the part hangs below the whole, or the parser hung its "including" on their shared verb
        if any(a.i == whole.i for a in noun.ancestors) or getattr(part, "verb_i", None) == getattr(
            q, "verb_i", -1
        ):
            return True
    return False


def fight_whole(
    doc: Doc, q: object, quantities: Iterable[object], triggers: Iterable[Trigger], classes: Iterable[str]
) -> bool:
    """The toll's whole names no civilians: it is told with parts of another kind
    (``whole_of_parts``), the deed was done with no weapon that fires from afar or explodes
    (``fire_support.yaml`` remote_classes: a bomb's victims are whoever stood near), and
    everything else it fell on is armed ("20 people, including 13 soldiers, were killed when
    gunmen attacked a military armory"). A bomb outside a shop "wounding seven people, including
    three police officers" keeps the rest of the whole civilians.

    Why: the generic "people" of such a whole named civilians among the targets of an assault on
    a barracks, which typed it an attack on civilians."""
    if set(classes) & REMOTE_CLASSES:
        return False
    quantities = list(quantities)
    return whole_of_parts(doc, q, quantities) and patient_kind(doc, triggers, quantities) == ARMED


def patient_kind(doc: Doc, triggers: Iterable[Trigger], quantities: Iterable[object]) -> str | None:
    """Whom a deed of violence falls on, read from the parse and the deed's own tolls: ``ARMED``
    when every patient the clause names and every person its tolls count is of an armed side
    ("opened fire on an army vehicle, killing one soldier"), ``CIVILIAN`` when every one is
    unarmed ("ambushed a minibus, killing four passengers"), None when nothing says or the two
    mix.

    Why: ACLED tells a battle from an attack on civilians by who was attacked, and the actor
    reader names no side for "an army truck" or "one soldier", so the type missed it."""
    quantities = list(quantities)
    # "20 people, including 13 soldiers": the parts tell who was hit, not the whole
    wholes = [q for q in quantities if whole_of_parts(doc, q, quantities)]
    whole_nouns = {getattr(q, "noun_i", None) for q in wholes}
    kinds: set[str | None] = set()
    for t in triggers:
        kinds.update(_noun_kind(w) for w in _patient_words(doc[t.head_i]) if w.i not in whole_nouns)
    for q in quantities:
        victims = getattr(q, "victims", None)
        if any(q is w for w in wholes):
            continue
        if getattr(q, "what", None) in _HARM_WHATS and victims is not None:
            counted = _counted_noun(doc, q)
            if counted is not None and _owner_words(counted) & NO_LONGER_ARMED:
                kinds.add(CIVILIAN)  # "the killing of a retired army colonel"
            else:
                kinds.add(ARMED if victims == "combatants" else CIVILIAN)
    told = {k for k in kinds if k is not None}
    return told.pop() if len(told) == 1 else None


def onslaught_only(doc: Doc, triggers: Iterable[Trigger]) -> bool:
    """The frame's battle words all tell one side falling on the other ("ambushed", "the assault"),
    none two sides engaging: whom it fell on decides its type."""
    typed = [t for t in triggers if t.event_type]
    return bool(typed) and all((t.key or _lemma(doc[t.head_i])) in ONSLAUGHT_WORDS for t in typed)


def _assault_means(tok: Token) -> bool:
    """The weapon word is what an assault was carried out with ("attacked the post with rocket
    launchers"): the means of the assault, no strike of its own. The small model hangs the "with"
    on the verb or on its object ("checkpoint with rocket launchers")."""
    head = _phrase_head(tok)
    if head.dep_ != "pobj" or head.head.lower_ not in INSTRUMENT_PREPS:
        return False
    governor = head.head.head
    if governor.dep_ in ("dobj", "obj"):
        governor = governor.head
    return _lemma(governor) in ASSAULT_WORDS


def assault_classes(weapons: Iterable[WeaponMention]) -> set[str]:
    """The classes of a frame's weapons as an assault carries them: a grenade (``patients.yaml``
    hand_carried_weapons) is carried by the assaulting party, not planted or fired from afar.

    Why: "attacked the post with rifles and grenades" was typed a remote explosive by its grenades,
    where ACLED codes the assault on armed men a battle."""
    return {HAND_CARRIED_CLASS if w.name.lower() in HAND_CARRIED_WEAPONS else w.cls for w in weapons}


def assault_with_small_arms(
    doc: Doc, triggers: Iterable[Trigger], classes: set[str], quantities: Iterable[object]
) -> bool:
    """No trigger types the frame but launchers or mortars told as what an assault was carried out
    with, its other words are of assault and its toll ("attacked", "stormed", "killed"), it names
    guns beside them ("attacked a checkpoint with rocket launchers and rifles") and it fell on armed
    men: a ground assault on their post, which ACLED codes a battle, not the shelling its heavy
    weapon alone would make it.

    Why: the remote class of the frame's heaviest weapon typed every untyped frame that named one."""
    told = list(triggers)
    heavy = classes - DIRECT_CLASSES
    if not classes & DIRECT_CLASSES or not heavy or not heavy <= GROUND_FIRED_CLASSES:
        return False
    if any(
        t.event_type and (t.event_type not in GROUND_FIRED_TYPES or not _assault_means(doc[t.head_i]))
        for t in told
    ):
        return False
    keys = {t.key or _lemma(doc[t.head_i]) for t in told if not t.event_type}
    if not keys & ASSAULT_WORDS or not keys <= ASSAULT_WORDS | HARM_WORDS:
        return False
    return patient_kind(doc, told, quantities) == ARMED
