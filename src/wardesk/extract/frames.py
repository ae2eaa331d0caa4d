"""Event frames: a trigger with its arguments, found through the dependency tree.

One sentence gives one frame per event family it reports ("clashes" and "air
strikes" in one sentence are two events). Each argument (actor, place, date,
number, source) goes to the frame whose trigger is nearest in the tree, and an
actor's role comes from its syntactic function: the subject of an active
trigger verb, the "by" agent of a passive one or a modifier of a trigger noun
("Russian air strikes", "Houthi rockets") initiates; the object, the passive
subject or the object of "on"/"against" is the target.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from wardesk.extract.actors import ActorLexicon
from wardesk.extract.attribution import reporting_lemmas
from wardesk.extract.precedence import (
    GROUND_FIRED_TYPES,
    SUPPORT_CLASSES,
    assault_classes,
    assault_with_small_arms,
    backing_only,
    battle_takes_in_fire,
    fight_whole,
    main_act_takes_in_fire,
    type_downed_warcraft,
    untype_supporting_fire,
    weapon_names_means,
    whole_of_parts,
)
from wardesk.extract.syntax import governing_verb, is_passive, np_head, tree_distance_at
from wardesk.extract.triggers import Trigger, TriggerLexicon, antecedent, finds_remains
from wardesk.extract.weapons import CLASS_TYPE, WeaponMention
from wardesk.nlp.cache import (
    doc_children,
    doc_deps,
    doc_lemmas,
    doc_raw_lemmas,
    doc_sentence_starts,
    doc_tags,
    doc_tree,
    span_root,
)
from wardesk.record import FAMILY
from wardesk.resources import load_words, load_yaml

#: The order in which typed evidence decides between event types of one family.
TYPE_PRIORITY = [
    "suicide_bomb",
    "chemical_weapon",
    "air_strike",
    "remote_explosive",
    "missile_artillery",
    "abduction",
    "attack_on_civilians",
    "territory_change",
    "armed_clash",
    "other",
]

#: Verbs through which an actor carries out an event named by their object
#: ("Russia conducted strikes", "the coalition launched raids").
LIGHT_VERBS = load_words("lexicons", "roles.yaml", "light_verbs")
#: Verbs that hold someone to account for the event under them ("X was charged with the bombing").
CULPABILITY_VERBS = load_words("lexicons", "roles.yaml", "culpability_verbs")
#: Verbs of a formal charge: their culpable party reaches the event anywhere in their clause.
CHARGE_VERBS = load_words("lexicons", "roles.yaml", "charge_verbs")
#: "X was responsible for / behind the attack", "the attack was the work of X".
RESPONSIBLE_WORDS = load_words("lexicons", "roles.yaml", "responsible_words")
BEHIND_PREPS = load_words("lexicons", "roles.yaml", "behind_preps")
WORK_NOUNS = load_words("lexicons", "roles.yaml", "work_nouns")
#: Verbs whose subject fights off the event named by their object ("the army repelled the attack").
DEFENCE_VERBS = load_words("lexicons", "roles.yaml", "defence_verbs")
#: "a group of 20 militants", "dozens of soldiers": the party in the "of" phrase has the whole phrase's role.
COLLECTIVE_NOUNS = load_words("lexicons", "roles.yaml", "collective_nouns")
#: Verbs of fighting an attack off: their subject was attacked ("troops repelled the assault"),
#: their object attacked ("police repulsed the gunmen"); some only with a particle ("fought off").
REPELLING_VERBS = load_words("lexicons", "roles.yaml", "repelling_verbs")
#: Subject pronouns by which a speaker tells its own side fought an attack off ("it repulsed").
DEFENDING_PRONOUNS = frozenset({"it", "they", "we"})
REPELLING_PARTICLE_VERBS = load_words("lexicons", "roles.yaml", "repelling_particle_verbs")
REPELLING_PARTICLES = load_words("lexicons", "roles.yaml", "repelling_particles")
#: What air defences stop: the weapon classes and names of projectiles, and the verbs that down them.
PROJECTILE_CLASSES = load_words("lexicons", "roles.yaml", "projectile_classes")
PROJECTILE_WEAPONS = load_words("lexicons", "roles.yaml", "projectile_weapons")
DOWN_VERBS = load_words("lexicons", "roles.yaml", "down_verbs")
TARGET_PREPS = load_words("lexicons", "roles.yaml", "target_preps")
#: "a car bomb exploded outside a police station": a blast's words and the prepositions beside a site.
BLAST_LEMMAS = load_words("lexicons", "roles.yaml", "blast_lemmas")
BLAST_SITE_PREPS = load_words("lexicons", "roles.yaml", "blast_site_preps")
#: "at an Israeli checkpoint" is where, "fired at an Israeli checkpoint" what was aimed at.
AIMING_LEMMAS = load_words("lexicons", "roles.yaml", "aiming_lemmas")
SITE_NOUNS = load_words("actors", "actors.yaml", "site_nouns")
AIMING_WITHOUT_OBJECT = load_words("lexicons", "roles.yaml", "aiming_without_object")
#: Words whose "from" phrase names who fired or attacked ("fire from Azerbaijani positions").
ORIGIN_HEADS = load_words("lexicons", "roles.yaml", "origin_heads")
ORIGIN_COME_PREPS = load_words("lexicons", "roles.yaml", "origin_come_preps")
ORIGIN_DIRECTION_NOUNS = load_words("lexicons", "roles.yaml", "origin_direction_nouns")
PATIENT_NOUNS = TriggerLexicon.default().patient_nouns
RESPONSIBILITY = TriggerLexicon.default().responsibility
EVENT_LEMMAS = frozenset(TriggerLexicon.default().lemmas)
#: Trigger lemmas of taking ground ("capture", "retake"): the "from" phrase under them names who
#: lost it ("troops took the town from the rebels").
GROUND_TAKING_LEMMAS = frozenset(
    lemma for lemma, (kind, _) in TriggerLexicon.default().lemmas.items() if kind == "territory_change"
)
#: "clashed with the rebels": words of fighting whose "with" phrase is the other side.
OPPOSING_WITH_HEADS = load_words("lexicons", "roles.yaml", "opposing_with_heads")
#: "fighting between X and Y": words of fighting whose "between" phrase names both sides, and the
#: words that join the sides (roles.yaml).
BETWEEN_SIDES_HEADS = load_words("lexicons", "roles.yaml", "between_sides_heads")
BETWEEN_SIDE_JOINERS = load_words("lexicons", "roles.yaml", "between_side_joiners")
#: How far up the tree a party is followed to the "between" of its fight ("forces of the
#: Government of X", "the armed formations of the self-proclaimed republic").
_MAX_BETWEEN_CLIMB = 6
#: Words before the verb a fight's "between" hangs on ("clashes broke out between") among which the
#: word of fighting is looked for when the parser gave the verb no subject.
_MAX_OUTBREAK_GAP = 3
#: "a gunman identified as X": the name has the role of the one it names.
IDENTIFYING_VERBS = load_words("lexicons", "roles.yaml", "identifying_verbs")
#: Verbs of giving ground up: in a capture their subject lost it ("the militia withdrew as troops moved in").
GROUND_LEAVING_VERBS = load_words("lexicons", "roles.yaml", "ground_leaving_verbs")
#: Verbs whose "under" phrase names who now holds the place ("came under rebel control").
UNDER_VERBS = load_words("lexicons", "triggers.yaml", "under_verbs")
#: "-held", "-controlled": a party word they follow names who holds the ground (``actors.yaml``).
HELD_WORDS = ActorLexicon.default().held_words
#: Nouns of ground a party holds ("positions held by X"): actors.yaml ``held_nouns``.
HELD_NOUNS = ActorLexicon.default().held_nouns
RESTATING_HEADS = TriggerLexicon.default().restating_heads
#: Those of them that judge the event: what a "saying" clause on them tells happened (triggers.yaml).
JUDGING_HEADS = load_words("lexicons", "triggers.yaml", "judging_heads")
#: The subject of a verb of saying speaks ("the spokesman noted that jets struck ..."); these
#: are never attack verbs, whatever else the reporting lexicon lists.
SPEAKING_LEMMAS = reporting_lemmas() - EVENT_LEMMAS
KILL_LEMMAS = load_words("lexicons", "roles.yaml", "kill_lemmas")
#: Words of harm done to people in a raid (killing, shooting: ``triggers.yaml`` harm_to_people).
HARM_TO_PEOPLE = KILL_LEMMAS | load_words("lexicons", "triggers.yaml", "harm_to_people")
#: Words that put an act before or after another in one sentence (``triggers.yaml`` sequel_words).
SEQUEL_WORDS = load_words("lexicons", "triggers.yaml", "sequel_words")
#: Words that open a clause of what went on meanwhile (``triggers.yaml`` simultaneity_words).
SIMULTANEITY_WORDS = load_words("lexicons", "triggers.yaml", "simultaneity_words")
#: The verbs whose object "fire" is fire opened on people ("opened fire"), not a blaze.
OPENED_FIRE = load_words("lexicons", "triggers.yaml", "opened_fire")
#: "the killing of X": the "of" object is the target.
VICTIM_OF_NOUNS = load_words("lexicons", "roles.yaml", "victim_of_nouns")
#: "an attack of X against Y": the prepositions by which an event noun names its target apart.
AGENT_OF_TARGET_PREPS = load_words("lexicons", "roles.yaml", "agent_of_target_preps")
AGENT_OF_PARTY_PREPS = load_words("lexicons", "roles.yaml", "agent_of_party_preps")
#: Entity labels of a time: "the shelling of the town on Monday" names no target apart.
_TIME_ENTS = frozenset({"DATE", "TIME"})
#: The commonest verbs of saying, whose subject takes no role (``reporting_verbs.yaml``).
SPEAKER_SUBJECT_VERBS = load_words("lexicons", "reporting_verbs.yaml", "speaker_subject_verbs")
#: Trigger lemmas that decide_type reads next to weapon classes (``triggers.yaml``).
AIR_STRIKE_LEMMAS = load_words("lexicons", "triggers.yaml", "air_strike_lemmas")
BOMBARDMENT_LEMMAS = load_words("lexicons", "triggers.yaml", "bombardment_lemmas")
BOMBING_LEMMAS = load_words("lexicons", "triggers.yaml", "bombing_lemmas")
STATE_AIR_LEMMAS = load_words("lexicons", "triggers.yaml", "state_air_lemmas")
CROWD_CRUSH = load_words("lexicons", "triggers.yaml", "crowd_crush")
DISCOVERY_VERBS = load_words("lexicons", "triggers.yaml", "discovery_verbs")
REMAINS_NOUNS = load_words("lexicons", "triggers.yaml", "remains_nouns")
#: Triggers of harm to property alone (burning, looting, razing): the damage of a raid that hurt
#: people, never its type (``triggers.yaml`` property_harm).
PROPERTY_HARM = load_words("lexicons", "triggers.yaml", "property_harm")
#: Untyped words of bombing and bombardment: remote violence whatever else the sentence tells.
SHELLING_WORDS = BOMBARDMENT_LEMMAS | BOMBING_LEMMAS


@dataclass
class Frame:
    """What one trigger cluster of one sentence says, before merging."""

    sent_i: int
    sent: Span
    triggers: list[Trigger]
    event_type: str | None = None
    weapons: list[WeaponMention] = field(default_factory=list)
    initiators: list[Any] = field(default_factory=list)  # ActorMention
    targets: list[Any] = field(default_factory=list)
    places: list[Any] = field(default_factory=list)  # PlaceMention
    times: list[Any] = field(default_factory=list)  # TimeExpression
    quantities: list[Any] = field(default_factory=list)  # Quantity
    sources: list[Any] = field(default_factory=list)  # Attribution
    from_title: bool = False  # read from a separate headline (no offsets into the text)
    aside: bool = False  # told in passing, after "after" / "since": another event than the sentence's
    apart: bool = False  # told aside and measured apart in time ("hours after a gas attack in X")
    another_act: bool = False  # "took the town and attacked a base": the raid's second act, not the capture
    headline: bool = False  # the text's own first line repeats the headline
    #: told in a clause of the same time as another event's ("as clashes raged, strikes killed
    #: 15"): the setting of the sentence's main event, never before it
    setting: bool = False
    #: the initiators placed only as the side told first in a "fighting between X and Y" phrase:
    #: the fight's side 1, whom nobody blames for it (no claim of responsibility is read from them)
    sides: list[Any] = field(default_factory=list)

    @property
    def family(self) -> str | None:
        return FAMILY.get(self.event_type) if self.event_type else None

    @property
    def strength(self) -> float:
        return max((t.strength for t in self.triggers), default=0.0)

    @property
    def anchor(self) -> Token:
        return self.sent.doc[self.triggers[0].head_i]


def _triggers_family(trig: Trigger) -> str | None:
    return FAMILY.get(trig.event_type) if trig.event_type else None


#: "every drone strike", "any attack": event nouns that speak of such events in general.
GENERIC_DETS = load_words("lexicons", "triggers.yaml", "generic_dets")
#: "every day", "each night": a time phrase with these tells how often, not when.
FREQUENCY_DETS = frozenset({"every", "each"})
#: "fought the rebels, killing 12": the participle after these verbs' past tense is their result.
RESULT_HEADS = load_words("lexicons", "triggers.yaml", "result_heads")


#: Modals of what something is able to do ("can hit", "could reach"), not of what it did.
CAPABILITY_MODALS = load_words("lexicons", "triggers.yaml", "capability_modals")
#: "may have died": a modal of doubt with the perfect tells a past event, hedged.
DOUBT_MODALS = load_words("lexicons", "triggers.yaml", "doubt_modals")
#: "are feared to have been killed": a passive of fearing reports what befell its subject.
HEDGING_PASSIVES = load_words("lexicons", "triggers.yaml", "hedging_passives")


def _doubted_past(doc: Doc, verb: int, modal: int) -> bool:
    """The modal doc[modal] of doc[verb] is one of doubt and the verb, one of killing or dying, is in
    the perfect ("may have died", "might have been killed"): a toll the report hedges, not an unreal
    one. Other verbs stay unreal ("a strike may have resulted in casualties" is an assessment of
    a strike told elsewhere, not a report of one)."""
    lemmas = doc_raw_lemmas(doc)
    return (
        lemmas[modal] in DOUBT_MODALS
        and doc_lemmas(doc)[verb] in KILL_LEMMAS
        and any(doc_deps(doc)[a] == "aux" and lemmas[a] == "have" for a in doc_children(doc)[verb])
    )


def _hedging_passive(doc: Doc, clause: int, head: int) -> bool:
    """doc[head] is a passive verb of fearing and doc[clause] the clause of killing or dying it says
    of its subject ("are feared to have been killed", "are feared killed"): a hedged toll."""
    deps = doc_deps(doc)
    return (
        deps[clause] == "xcomp"
        and doc_lemmas(doc)[clause] in KILL_LEMMAS
        and doc_raw_lemmas(doc)[head] in HEDGING_PASSIVES
        and any(deps[a] == "auxpass" for a in doc_children(doc)[head])
    )


def _capability(doc: Doc, verb: int) -> bool:
    """The clause of doc[verb] says what its subject is able to do: "that can hit", "which could
    reach" (not "that may have killed", "could have hit": a past event told with doubt)."""
    deps, lemmas = doc_deps(doc), doc_raw_lemmas(doc)
    auxes = [lemmas[a] for a in doc_children(doc)[verb] if deps[a] == "aux"]
    return any(a in CAPABILITY_MODALS for a in auxes) and not any(a == "have" for a in auxes)


#: Verbs of flight: what people fled or escaped is why they left, not an event told ("families who
#: fled the fighting", "escaping the violence"); "displaced by" the same.
FLIGHT_VERBS = load_words("lexicons", "triggers.yaml", "flight_verbs")
DISPLACING_VERBS = load_words("lexicons", "triggers.yaml", "displacing_verbs")
#: Nouns of a class of people marked by a kind of event ("survivors of sexual violence", "victims of
#: torture"): with no determiner, the event noun names the kind, not an event.
VICTIM_CLASS_NOUNS = load_words("lexicons", "triggers.yaml", "victim_class_nouns")


def _named_as_cause_or_class(doc: Doc, i: int) -> bool:
    """The event noun doc[i] is what people fled ("having fled the fighting between the army and
    the rebels", "fled from the clashes", "displaced by the violence") or the kind of harm a class
    of people suffered ("care for survivors of sexual violence"): a reason or a category, not an
    event the article reports."""
    tree = doc_tree(doc)
    deps, lows, lemmas, heads, kids = tree.deps, tree.lowers, tree.raw_lemmas, tree.heads, tree.children
    head = heads[i]
    if deps[i] == "dobj" and lemmas[head] in FLIGHT_VERBS:
        return True
    if deps[i] != "pobj" or head == i:
        return False
    verb = heads[head]
    if lows[head] == "from" and lemmas[verb] in FLIGHT_VERBS:
        return True
    if lows[head] == "by" and lemmas[verb] in DISPLACING_VERBS:
        return True
    return (
        lows[head] == "of"
        and lemmas[verb] in VICTIM_CLASS_NOUNS
        and not any(deps[c] in ("det", "poss", "nummod") for c in kids[i])
    )


def _reports_on_restated(deps: Any, lemmas: Any, cur: int, head: int) -> bool:
    """``cur`` is a verb of saying hung as an adverbial clause on a verb that judges an event
    already told ("condemned the attack on Thursday, saying 15 people had died"): the clause under
    it is what the speaker says happened, a figure of that event as the speaker gives it, not a
    thing condemned."""
    return deps[cur] == "advcl" and lemmas[cur] in SPEAKING_LEMMAS and lemmas[head] in JUDGING_HEADS


def _irrealis(doc: Doc, i: int, irrealis: frozenset[str]) -> bool:
    """A trigger doc[i] under "plan to", "vowed to", "will", "can", a negation or a question, or an
    event noun spoken of in general ("every drone strike proves ..."), is not an event. Walks the
    per-document arrays: a Token per child and head was most of this test's time."""
    tree = doc_tree(doc)
    deps, lows, lemmas, pos = tree.deps, tree.lowers, tree.raw_lemmas, tree.pos
    heads, kids = tree.heads, tree.children
    if any(deps[c] == "det" and lows[c] in GENERIC_DETS for c in kids[i]):
        return True
    if pos[i] == "NOUN" and any(deps[c] == "relcl" and _capability(doc, c) for c in kids[i]):
        return True  # what a weapon can do: "missiles that can hit targets 12 km away"
    cur = i
    for _ in range(4):
        if any(deps[c] == "neg" for c in kids[cur]):
            return True
        if any(
            deps[c] == "aux" and lemmas[c] in irrealis and not _doubted_past(doc, cur, c) for c in kids[cur]
        ):
            return True
        head = heads[cur]
        if head == cur:
            break
        if (
            deps[cur] == "acl"
            and pos[head] == "NOUN"
            and any(deps[c] == "aux" and tree.tags[c] == "TO" for c in kids[cur])
        ):
            return True  # what an operation, attempt or bid is for: "an operation to seize the area"
        if _reports_on_restated(deps, lemmas, cur, head):
            return False  # "condemned the attack, saying 15 people had died": what the speaker says
        if (
            deps[cur] in ("xcomp", "acl", "advcl", "ccomp", "pcomp", "pobj", "prep", "relcl")
            and lemmas[head] in irrealis
            and not _result_of_fighting(doc, cur, head)
            and not _hedging_passive(doc, cur, head)
            and not _charge_of_passive(deps, kids, cur, head)
        ):
            return True
        if cur == i and pos[i] == "NOUN" and _named_as_cause_or_class(doc, i):
            return True
        if cur == i and deps[cur] in ("dobj", "nsubjpass") and lemmas[head] in RESTATING_HEADS:
            return True  # "condemned the attack", "the bombing was denied" (the word itself)
        if deps[cur] == "relcl" and pos[cur] in ("VERB", "AUX"):
            # a relative clause tells a fact of its noun, whatever the clause above it plans or
            # denies: "aid could not reach X, which the rebels have held since Sunday"
            return False
        cur = head
    return False


def _charge_of_passive(deps: Any, kids: Any, cur: int, head: int) -> bool:
    """The event hangs in a phrase on the passive of a verb of wish or blame, naming what someone is
    sought or blamed for: "the two were wanted in the killing of a constable", "he was condemned
    for the bombing of the market". The passive is no wish or plan of its subject; the event of
    the phrase happened (its place and day make it one of its own)."""
    return deps[cur] == "prep" and any(deps[c] == "auxpass" for c in kids[head])


#: Typed triggers weaker than this ("assault", "gunman", "shoot") name their family loosely: beside a
#: surer trigger of another family in the same sentence they join its event ("missile strikes kill
#: three sailors, the first fatal assault by the group").
GENERIC_TYPED_STRENGTH = 0.7
#: Types that are events of their own beside another of their family in one sentence: ACLED codes
#: the taking of a town apart from the fighting for it ("fierce clashes ... before the rebels seized
#: the town": an armed clash and a territory change).
SEPARATE_TYPES = frozenset({"territory_change"})


def _result_of_fighting(doc: Doc, clause: int, head: int) -> bool:
    """A participle clause with no marker of its own after the past tense of a verb of fighting:
    what the fight did ("troops fought the militants near the town, killing 12")."""
    tags = doc_tags(doc)
    return (
        doc_deps(doc)[clause] == "advcl"
        and tags[clause] == "VBG"
        and tags[head] == "VBD"
        and doc_raw_lemmas(doc)[head] in RESULT_HEADS
        and not any(doc_deps(doc)[c] in ("mark", "aux") for c in doc_children(doc)[clause])
    )


def _describing(tok: Token) -> bool:
    """A participle that describes who someone is rather than what happened: "a coalition battling
    in Yemen", "5,000 troops fighting militants", "Burkina Faso is battling an insurgency"; a verb
    in the simple present, with no time of its own, below the text's first line (where headlines
    tell the news in the present): what someone does as a rule ("our forces strike only military
    targets", "they shell us every night")."""
    if tok.tag_ in ("VBZ", "VBP") and tok.pos_ == "VERB" and doc_sentence_starts(tok.doc)[tok.i] > 0:
        return not _timed(tok)
    head = tok.head
    if tok.dep_ == "conj" and head.tag_ in ("VBZ", "VBP") and head.pos_ == "VERB" and head.i < tok.i:
        # "Russia kills civilians, murders children and fires missiles": the conjuncts share the
        # first verb's tense, whatever the tagger made of them
        return _describing(head)
    if tok.tag_ != "VBG":
        return False
    if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
        return not _misparsed_adverbial(tok)
    # a present progressive with no time of its own: an ongoing state, not an event of the day
    auxes = [c for c in tok.children if c.dep_ == "aux"]
    if not any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return False
    return not _timed(tok)


def _misparsed_adverbial(tok: Token) -> bool:
    """The participle hangs after a comma on a noun the parser made the sentence's root, having
    missed its verb ("Gunmen on motorbikes swept into X on Monday, shooting farmers ...": "swept"
    read as a clause on "motorbikes"): it tells what the subject did, as after a verb, not who
    the noun is."""
    head = tok.head
    return head.dep_ == "ROOT" and tok.i > head.i + 1 and tok.doc[tok.i - 1].lower_ == ","


def _timed(tok: Token) -> bool:
    """The verb has a time expression of its own ("on Monday", "today"); a frequency ("every day",
    "each night") tells a habit, not a time."""
    timed = [
        c
        for c in tok.children
        if c.ent_type_ in ("DATE", "TIME")
        and c.dep_ in ("npadvmod", "advmod", "tmod")
        and not any(g.dep_ == "det" and g.lower_ in FREQUENCY_DETS for g in c.children)
    ]
    timed += [
        g for c in tok.children if c.dep_ == "prep" for g in c.children if g.ent_type_ in ("DATE", "TIME")
    ]
    return bool(timed)


def cluster_triggers(sent: Span, triggers: list[Trigger], irrealis: frozenset[str]) -> list[list[Trigger]]:
    """Group the triggers of one sentence: one group per event family.

    Untyped triggers (killed, attack, strike) join the typed group nearest to
    them in the tree; a sentence with only untyped triggers gives one group.
    """
    doc = sent.doc
    live = [t for t in triggers if not _irrealis(doc, t.head_i, irrealis) and not _describing(doc[t.head_i])]
    strongest = _strongest_typed(doc, live)
    typed: dict[str, list[Trigger]] = {}
    untyped: list[Trigger] = []
    for t in live:
        fam = _triggers_family(t)
        if fam and (t.strength >= GENERIC_TYPED_STRENGTH or t.strength >= strongest):
            # the fight and the taking of ground are two events ("battled for the town and took it")
            key = f"{fam}:{t.event_type}" if t.event_type in SEPARATE_TYPES else fam
            typed.setdefault(key, []).append(t)
        else:
            # untyped, or a loosely typed word ("assault") beside a surer one: it restates that event
            untyped.append(t if not fam else dataclasses.replace(t, event_type=None))
    if not typed:
        return [untyped] if untyped else []
    groups = list(typed.values())
    if {k.split(":")[0] for k in typed} == {"battles"}:
        # "captured the town under heavy bombardment": the bombardment is an event of its own,
        # not a word of the capture or the battle (beside "massacre" it is how the massacre was done)
        shelling = [
            t
            for t in untyped
            if (t.key or doc[t.head_i].lemma_.lower()) in SHELLING_WORDS
            and doc[t.head_i].pos_ == "NOUN"
            and doc[t.head_i].dep_ == "pobj"  # "under bombardment", "amid heavy bombing"
        ]
        if shelling:
            groups.append(shelling)
            untyped = [t for t in untyped if t not in shelling]
    captures = [t for g in groups for t in g if t.event_type in SEPARATE_TYPES]
    attacks = [t for t in untyped if _another_act(doc, t, captures)]
    if attacks:
        # "took the silo and attacked a nearby base, killing six soldiers": a second act of its own
        groups.append(attacks)
        untyped = [t for t in untyped if t not in attacks]
    for t in untyped:
        best = min(groups, key=lambda g: min(tree_distance_at(doc, t.head_i, x.head_i) for x in g))
        best.append(t)
    return groups


def _strongest_typed(doc: Doc, triggers: list[Trigger]) -> float:
    """The strength of the surest typed trigger, a word of harm to property left out when words of
    harm to people stand beside it: "shooting residents ... and setting granaries on fire" is an
    attack on the residents, the burning its damage, so the arson word may not make "shooting" a
    loose word of its event (``cluster_triggers``)."""
    typed = [t for t in triggers if t.event_type]
    if any(_harms_people(doc, t) for t in triggers):
        typed = [t for t in typed if t.key not in PROPERTY_HARM] or typed
    return max((t.strength for t in typed), default=0.0)


def _another_act(doc: Doc, t: Trigger, captures: list[Trigger]) -> bool:
    """An untyped verb ("attacked") conjoined to a verb of taking ground, with an object of its own:
    another act of the same raid, not a word of the capture."""
    tok = doc[t.head_i]
    return (
        tok.pos_ == "VERB"
        and tok.dep_ == "conj"
        and any(tok.head.i == c.head_i for c in captures)
        and any(c.dep_ in ("dobj", "obj") for c in tok.children)
    )


SEQUENCE_WORDS = load_words("lexicons", "roles.yaml", "sequence_words")
REASON_WORDS = load_words("lexicons", "roles.yaml", "reason_words")
REASON_PREPS = load_words("lexicons", "roles.yaml", "reason_preps")
#: Acts of police and courts, whose reason comes only after one of LEGAL_REASON_PREPS ("arrested
#: X over a bombing", "in connection with the attack").
LEGAL_REASON_WORDS = load_words("lexicons", "roles.yaml", "legal_reason_words")
LEGAL_REASON_PREPS = load_words("lexicons", "roles.yaml", "legal_reason_preps")
#: Prepositions that give a legal act's reason only after some words ("linked to").
LEGAL_REASON_PAIRS: dict[str, frozenset[str]] = {
    prep: frozenset(words)
    for prep, words in load_yaml("lexicons", "roles.yaml")["legal_reason_pairs"].items()
}
#: Nouns of an event (time_expressions.yaml): "linked to" gives a reason only with one of them.
EVENT_NOUNS = load_words("lexicons", "time_expressions.yaml", "occurrence_nouns")
#: How the person held hangs on the legal word ("indicted a leader over X": dobj).
LEGAL_HELD_DEPS = load_words("lexicons", "roles.yaml", "legal_held_deps")
#: Words of a court whose bare object names a charge or a penalty ("sentenced to death").
CHARGE_WORDS = load_words("lexicons", "roles.yaml", "charge_words")
CHARGE_PREPS = load_words("lexicons", "roles.yaml", "charge_preps")
#: A state's execution after a judgement (roles.yaml): the words of execution and of a court.
EXECUTION_LEMMAS = load_words("lexicons", "roles.yaml", "execution_lemmas")
JUDICIAL_WORDS = load_words("lexicons", "roles.yaml", "judicial_words")
#: Actor types whose executions are violence whatever "court" judged first.
_ARMED_GROUP_TYPES = frozenset({"rebel_group", "militia"})
#: Nouns of a doer that a court's or police's word may hold ("charged four gunmen").
HELD_DOER_NOUNS = load_words("lexicons", "roles.yaml", "held_doer_nouns")
#: How the one a court or police holds hangs on its word ("charged four gunmen").
_HELD_DEPS = frozenset({"dobj", "obj", "nsubjpass"})
#: Dependants that make a noun name one deed rather than a charge ("the murder of X", "a killing").
_DEED_DEPS = frozenset({"det", "poss", "nummod", "predet"})


def _reason_prep(tok: Token) -> bool:
    """The preposition that takes a reason word's object: hung on the word ("a response to X")
    or right after it where the parser hangs it on the verb ("was in revenge for X")."""
    return _reason_prep_at(tok.doc, tok.i)


def _reason_prep_at(doc: Doc, i: int) -> bool:
    """:func:`_reason_prep` of token ``i``, read from the per-document arrays: the tree walks
    below ask it of every token they pass, and a ``Token`` (with its head's) per ask was most of
    their cost."""
    return bool(_reason_words_at(doc, i))


def _reason_words_at(doc: Doc, i: int) -> frozenset[str]:
    """The words whose reason the preposition at token ``i`` gives ("arrested ... over": arrest;
    "in retaliation for": retaliation), empty when it gives none."""
    tree = doc_tree(doc)
    if tree.deps[i] != "prep":
        return frozenset()
    lemmas = tree.lemmas
    words = {lemmas[tree.heads[i]], lemmas[i - 1 if i > 0 else i]}
    low = tree.lowers[i]
    legal = words | _held_by(tree, tree.heads[i])
    host = tree.heads[tree.heads[i]]  # what the linked word hangs on ("detained ... linked to X")
    if low in LEGAL_REASON_PREPS and not legal.isdisjoint(LEGAL_REASON_WORDS):
        return frozenset(legal & LEGAL_REASON_WORDS)  # "arrested three men over a bombing"
    if (
        not legal.isdisjoint(LEGAL_REASON_PAIRS.get(low, ()))
        and any(lemmas[c] in EVENT_NOUNS for c in tree.children[i] if tree.deps[c] == "pobj")
        and not ({lemmas[host]} | _held_by(tree, host)).isdisjoint(LEGAL_REASON_WORDS)
    ):
        # "detained five men linked to a bombing": the men held are linked to it (not "militants
        # linked to al-Qaeda in X", nor "casualties linked to air strikes in March")
        return frozenset(legal & LEGAL_REASON_PAIRS[low])
    if low in REASON_PREPS and not words.isdisjoint(REASON_WORDS):
        return frozenset(words & REASON_WORDS)
    return frozenset()


#: The words of a court's judgement (roles.yaml): the deed judged came before the trial.
COURT_REASON_WORDS = load_words("lexicons", "roles.yaml", "court_reason_words")


def judged_deed(doc: Doc, i: int) -> bool:
    """Token ``i`` lies in the deed a court's judgement names as its reason ("sentenced them for
    attacking a police station", "jailed for a bombing"): an event before the trial, whose day
    is never the judgement's."""
    tree = doc_tree(doc)
    heads, deps = tree.heads, tree.deps
    prev, cur = i, i
    for _ in range(12):
        if cur != prev and deps[prev] in ("pobj", "pcomp"):
            words = _reason_words_at(doc, cur)
            if words:
                return not words.isdisjoint(COURT_REASON_WORDS)
        if heads[cur] == cur:
            return False
        prev, cur = cur, heads[cur]
    return False


def _held_by(tree: Any, i: int) -> set[str]:
    """Lemmas of the words that hold token ``i`` as the person they act on, up two levels: a
    preposition the parser hangs on the person held ("indicted a cartel leader over the killing",
    "sentenced four men to death for the bombing") gives the legal act's reason as well."""
    out: set[str] = set()
    cur = i
    for _ in range(3):
        if tree.deps[cur] not in LEGAL_HELD_DEPS and tree.deps[cur] != "prep":
            break
        cur = tree.heads[cur]
        out.add(tree.lemmas[cur])
    return out


def drop_judicial_executions(sent: Span, triggers: list[Trigger], actors: list[Any]) -> list[Trigger]:
    """Words of execution in a sentence that tells a court's judgement ("Iraq hanged 11 men
    convicted of terrorism", "executed a man after a trial") and names no armed group: a state's
    judicial execution, which ACLED leaves out, no attack on civilians.

    Why: read as triggers, a death penalty carried out became a massacre of the day; an armed
    group's "court" ("militants executed two men after a sharia court convicted them") is not a
    judgement, so a named armed group keeps the words."""
    doc = sent.doc
    lemmas = doc_lemmas(doc)[sent.start : sent.end]
    if JUDICIAL_WORDS.isdisjoint(lemmas) or any(
        getattr(m.entry, "type", None) in _ARMED_GROUP_TYPES for m in actors
    ):
        return triggers
    return [t for t in triggers if doc[t.head_i].lemma_.lower() not in EXECUTION_LEMMAS]


def drop_charges(doc: Any, triggers: list[Trigger]) -> list[Trigger]:
    """A trigger noun that is the bare object of a court's or police's word names a charge or a
    penalty, not an event: "sentenced to death", "charged with murder", "convicted of terrorism";
    one the word holds names the person held ("charged four gunmen", "arrested two bombers").

    Why: read as triggers, a death sentence became a killing on the day of the sentence; the deed
    judged, when the sentence names it ("for the bombing of X"), is told by its own words."""

    def charge(t: Trigger) -> bool:
        tok = doc[t.head_i]
        if t.token_end - t.token_start != 1 or tok.pos_ not in ("NOUN", "PROPN"):
            return False
        if (
            tok.dep_ in _HELD_DEPS
            and tok.head.lemma_.lower() in CHARGE_WORDS
            and tok.lemma_.lower() in HELD_DOER_NOUNS
        ):
            return True  # the one held: "charged four gunmen with murder", "arrested two bombers"
        if tok.dep_ != "pobj":
            return False
        prep = tok.head
        if prep.lower_ not in CHARGE_PREPS:
            return False
        # the word of the court, or the person it holds ("convicted a commander of murder")
        words = {prep.head.lemma_.lower()} | _held_by(doc_tree(doc), prep.head.i)
        if words.isdisjoint(CHARGE_WORDS):
            return False
        return not any(c.dep_ in _DEED_DEPS or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children)

    return [t for t in triggers if not charge(t)]


def _edges(doc: Doc, i: int) -> tuple[int, int]:
    """Token range of token ``i``'s subtree (its left edge to one past its right edge)."""
    tok = doc[i]
    return tok.left_edge.i, tok.right_edge.i + 1


def reason_region(doc: Doc, mention: Any) -> tuple[int, int] | None:
    """Token range of the earlier event a time expression dates when it sits in a reason
    clause: inside the object of a reason word ("in retaliation for the arrest of a commander
    on Monday", "to avenge the death of a chief on Monday") or hung on the reason noun after
    that object ("the raid was a response to the shelling of the town on Tuesday", the
    parser's usual reading). The day is that event's, not the day of the act the sentence
    reports. None otherwise. Also read for a weapon's words ("a response to the poison gas
    used on the town"): the earlier event's."""
    start, end = mention.token_start, mention.token_end
    cur = span_root(doc, start, end) if end > start else doc[start:end].root.i
    tree = doc_tree(doc)
    heads, deps, lows, lemmas, pos = tree.heads, tree.deps, tree.lowers, tree.lemmas, tree.pos
    prev: int | None = None
    for _ in range(12):
        if prev is not None and deps[prev] in ("pobj", "pcomp") and _reason_prep_at(doc, cur):
            return _edges(doc, prev)
        head = heads[cur]
        if head == cur:
            return None
        if lemmas[head] in REASON_WORDS:
            if pos[head] == "VERB" and deps[cur] in ("dobj", "obj"):
                return _edges(doc, cur)  # "to avenge the killing of X on Monday"
            children = tree.children
            obj = next(
                (
                    o
                    for c in children[head]
                    if _reason_prep_at(doc, c)
                    for o in children[c]
                    if deps[o] in ("pobj", "pcomp")
                ),
                None,
            )
            hung_after = pos[head] == "NOUN" and deps[cur] == "prep" and lows[cur] not in REASON_PREPS
            if obj is not None and hung_after and obj < start:
                return _edges(doc, obj)  # "a response to X on Tuesday"
            return None
        prev, cur = cur, head
    return None


#: Verbs that only link an act to its reason ("the strike came in retaliation for ...", "was in
#: revenge for ..."): a day at the end of the reason phrase is the reason event's.
REASON_LINK_VERBS = frozenset({"come", "be"})


def time_reason_region(doc: Doc, t: Any, times: list[Any]) -> tuple[int, int] | None:
    """:func:`reason_region` for a time, and also where the parser hangs the day at the end of a
    reason phrase on the act's verb: "raided X on Friday in retaliation for an ambush near Y on
    Tuesday", "the strike came in retaliation for a raid on Tuesday". A day that directly follows
    the object of a reason word is the reason event's when the verb already has a day of its own
    before it or only links the act to its reason ("came", "was")."""
    region = reason_region(doc, t)
    if region is not None:
        return region
    verb = doc[t.token_start : t.token_end].root.head
    own = [
        o
        for o in times
        if o is not t
        and o.token_end <= t.token_start
        and doc[o.token_start : o.token_end].root.head.i == verb.i
    ]
    if not own and verb.lemma_.lower() not in REASON_LINK_VERBS:
        return None
    for c in verb.subtree:
        if c.i >= t.token_start or not _reason_prep(c):
            continue
        for o in c.children:
            if o.dep_ in ("pobj", "pcomp") and o.right_edge.i + 1 == t.token_start:
                return o.left_edge.i, o.right_edge.i + 1
    return None


@dataclass(frozen=True)
class _At:
    """One token as a mention, for ``reason_region``."""

    token_start: int
    token_end: int


def recalled_region(doc: Doc, i: int) -> tuple[int, int] | None:
    """Token range of the earlier event a reason clause recalls, when token ``i`` lies in it ("in
    revenge for the killing of two soldiers", "in retaliation for an attack that killed 12"):
    its words, parties and tolls are that event's, never the act the sentence reports."""
    return reason_region(doc, _At(i, i + 1))


#: Words that open a part of the sentence's own set of events rather than another event
#: ("fired 64 shells over three nights, including 9 launched on Sunday").
PART_WORDS = frozenset({"including"})


def _own_clause(doc: Doc, i: int) -> tuple[int, int] | None:
    """Token range of the part of the sentence that tells of another event and holds the token:
    the object of "after" / "since" / "following", of "followed" / "preceded", or a clause they
    open ("since the Taliban claimed the attacks in Kabul"), or of "including" (one of the sentence's own
    events, told apart); None when the token doc[i] is in the main clause. Walks the per-document
    arrays: it runs for every trigger and place."""
    tree = doc_tree(doc)
    heads, deps, lows, lemmas = tree.heads, tree.deps, tree.lowers, tree.raw_lemmas
    cur = i
    for _ in range(12):
        head = heads[cur]
        if head == cur:
            return None
        opened = deps[cur] in ("pobj", "pcomp", "dobj") and (
            lows[head] in SEQUENCE_WORDS
            or lemmas[head] in SEQUENCE_WORDS
            or (deps[head] == "prep" and tree.lemmas[heads[head]] in SEQUENCE_WORDS)
            # "came in retaliation for a raid": the parser hangs "for" on the verb
            or (deps[cur] != "dobj" and _reason_prep_at(doc, head))
        )
        opened = opened or (
            deps[cur] in ("advcl", "ccomp")
            and any(deps[c] == "mark" and lows[c] in SEQUENCE_WORDS for c in tree.children[cur])
        )
        if opened:
            tok = doc[cur]
            return tok.left_edge.i, tok.right_edge.i + 1
        cur = head
    return None


#: How far up the tree a word is looked for in a reporting participle's clause.
_MAX_REPORT_CLIMB = 8
#: How a participle hangs on the verb of saying it continues ("said, reporting 20 raids").
_PARTICIPLE_DEPS = frozenset({"xcomp", "advcl"})


def _reported_clause(doc: Any, i: int) -> tuple[int, int] | None:
    """Token range of a participle of saying that continues a verb of saying and holds token ``i``
    ("..., the monitor said, reporting 20 air raids on the province so far this year", "the
    ministry said, adding that 30 people had died in raids since January"): a statement of its own,
    whose counts and times are its own, never the main event's; None outside one.
    Climbs the per-document arrays (it is asked for every trigger and count)."""
    tree = doc_tree(doc)
    heads, deps, tags, lemmas = tree.heads, tree.deps, tree.tags, tree.lemmas
    cur = range(len(heads))[i]  # as doc[i]: a negative index counts from the end, one outside raises
    for _ in range(_MAX_REPORT_CLIMB):
        head = heads[cur]
        if head == cur:
            return None
        if (
            tags[cur] == "VBG"
            and deps[cur] in _PARTICIPLE_DEPS
            and lemmas[cur] in SPEAKING_LEMMAS
            and lemmas[head] in SPEAKING_LEMMAS
        ):
            return _edges(doc, cur)
        cur = head
    return None


def _clause_frames(frames: list[Frame], doc: Any, i: int) -> list[Frame]:
    """The frames a count or time at token ``i`` may belong to: inside a reporting participle's
    clause, those told wholly in it; outside, those that are not (each clause keeps its own);
    all frames when the sentence has no such clause or the clause holds no frame."""
    region = _reported_clause(doc, i)
    if region is not None:
        inside = [f for f in frames if all(region[0] <= t.head_i < region[1] for t in f.triggers)]
        return inside or frames
    outside = [f for f in frames if any(_reported_clause(doc, t.head_i) is None for t in f.triggers)]
    return outside or frames


def _time_apart(doc: Any, region: tuple[int, int]) -> bool:
    """The sequence word opening the region is measured ("a day after", "two weeks before"),
    also where the parser hangs the measure beside it, on the verb ("Two weeks after X,
    a bomb killed ...")."""
    first = doc[region[0] : region[1]].root
    word = first.head if first.dep_ in ("pobj", "pcomp") else first
    for tok in (word, *[c for c in word.children if c.dep_ == "mark"]):
        if any(c.dep_ == "npadvmod" for c in tok.children):
            return True
        before = doc[tok.i - 1] if tok.i > 0 else tok
        if before.dep_ == "npadvmod" and before.head.i == tok.head.i and before.i != tok.head.i:
            return True
    return False


def split_own_clauses(
    groups: list[list[Trigger]],
    sent: Span,
    places: list[Any],
    times: list[Any],
    quantities: Sequence[Any] = (),
) -> list[tuple[list[Trigger], str]]:
    """An event word in a clause of its own, with its own place or day, is another event.

    "France has carried out airstrikes in Mali since the Taliban claimed the attacks
    in Kabul last Monday": "attacks" has no type and would join the air strikes, taking
    Kabul and Monday with it. A trigger (not a word of killing, which tells the
    toll of the sentence's event) after "after", "since", "following" or
    "followed", in a part of the sentence that holds a place or a time
    expression, makes a group of its own, marked as told aside, with the other
    triggers of that part (its words of killing too), when some trigger is left
    for the sentence's event.
    After "including" the part is one of the sentence's own events ("part"),
    of its kind unless its own words say otherwise.
    A part measured apart from the sentence's time ("days after a gas attack", "two weeks
    after a car bombing") names an earlier event in passing even with no place or day of its
    own: its words are dropped (not its words of killing, which the parser may hang there),
    so that they neither type nor join the sentence's event.
    A participle of saying after a verb of saying (", the monitor said, reporting 20 air raids so
    far this year") is a statement of its own: with a count and a time of its own, its event
    words make a group told aside, which keeps them (with a count alone, ", adding that four
    lorries were destroyed in the raid", it goes on telling the sentence's event).
    """
    doc = sent.doc
    counts = [doc.char_span(q.start_char, q.end_char, alignment_mode="expand") for q in quantities]
    out: list[tuple[list[Trigger], str]] = []
    for g in groups:
        regions: set[tuple[int, int]] = set()
        passing: set[tuple[int, int]] = set()
        for t in g:
            said = _reported_clause(doc, t.head_i)
            if (
                said is not None
                and any(said[0] <= m.token_start < said[1] for m in times)
                and any(n is not None and said[0] <= n.start < said[1] for n in counts)
            ):
                regions.add(said)
                continue
            killing = doc[t.head_i].lemma_.lower() in KILL_LEMMAS
            if killing and not _killing_of_someone(doc[t.head_i]):
                continue  # a verb of killing tells the toll ("caused five deaths" too); "the killing of two" an event
            span = _own_clause(doc, t.head_i)
            if span is None or (killing and not any(span[0] <= m.token_start < span[1] for m in times)):
                continue  # ... of its own only with its own day ("the killing of two last week")
            if any(span[0] <= m.token_start < span[1] for m in (*places, *times)) or any(
                time_reason_region(doc, m, times) == span for m in times
            ):
                regions.add(span)
            elif _time_apart(doc, span) and not _part(doc, span):
                passing.add(span)
        moved = {r: [t for t in g if r[0] <= t.head_i < r[1]] for r in regions}
        gone = [
            t
            for r in passing - regions
            for t in g
            if r[0] <= t.head_i < r[1] and doc[t.head_i].lemma_.lower() not in KILL_LEMMAS
        ]
        rest = [t for t in g if all(t not in ts for ts in moved.values()) and t not in gone]
        recalled = [t for t in rest if recalled_region(doc, t.head_i) is not None]
        if recalled and len(recalled) < len(rest):
            # "shelled the town in retaliation for an air strike": the strike is an earlier event,
            # recalled; its words neither type nor join the act
            gone += recalled
            rest = [t for t in rest if t not in recalled]
        if not rest:
            out.append((g, "main"))  # nothing is left to be the sentence's own event
            continue
        if all(doc[t.head_i].lemma_.lower() in KILL_LEMMAS for t in rest) and not any(
            _time_apart(doc, r) for r in regions
        ):
            # "five were killed after a convoy was attacked": the deaths are that attack's
            out.append(([t for t in g if t not in gone], "main"))
            continue
        out.append((rest, "main"))
        out.extend(
            (ts, "part" if _part(doc, r) else "apart" if _time_apart(doc, r) else "aside")
            for r, ts in moved.items()
        )
    return _set_apart_groups(doc, out, places, times)


def _killing_of_someone(tok: Any) -> bool:
    """A noun of killing naming its victims after "of" ("the killing of four herders", "the murder
    of two teachers"): an act told by its name, not the toll of the sentence's event."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _apart_span(doc: Any, group: list[Trigger]) -> tuple[int, int] | None:
    """The one clause measured apart in time ("a day after", "hours before") that holds every
    trigger of the group, if any; None when some trigger stands outside such a clause."""
    spans = {_own_clause(doc, t.head_i) for t in group}
    if len(spans) != 1:
        return None
    span = spans.pop()
    if span is None or _part(doc, span) or not _time_apart(doc, span):
        return None
    return span


def _set_apart_groups(
    doc: Any, out: list[tuple[list[Trigger], str]], places: list[Any], times: list[Any]
) -> list[tuple[list[Trigger], str]]:
    """A trigger group lying wholly in a clause measured apart in time, in a sentence whose own
    event stands outside it ("the ambush came a month after a drone strike on the valley"), is
    another, earlier or later event named in passing, never the sentence's own.

    Why: ``split_own_clauses`` sets such words apart inside one group, but the parser often
    clusters them into a group of their own, which then stood as a second event of the
    sentence's time (and took its words and actors). With a place or day of its own the group
    is told apart ("apart"); bare, its words are dropped as within a group."""
    mains = [(g, _apart_span(doc, g)) for g, role in out if role == "main"]
    if all(span is not None for _, span in mains):
        return out  # no event of the sentence's own stands outside: keep what was found
    kept: list[tuple[list[Trigger], str]] = []
    for g, role in out:
        span = _apart_span(doc, g) if role == "main" else None
        if span is None:
            kept.append((g, role))
        elif any(span[0] <= m.token_start < span[1] for m in (*places, *times)):
            kept.append((g, "apart"))
    return kept


def _passing_parts(doc: Any, dropped: list[Trigger], told: set[int]) -> list[tuple[int, int]]:
    """The parts of the sentence whose event words ``split_own_clauses`` dropped as an earlier
    event named in passing ("just days after an army gas attack"): measured apart, holding no
    trigger of a frame. Their actors are that event's."""
    out = []
    for t in dropped:
        span = _own_clause(doc, t.head_i)
        if span is not None and _time_apart(doc, span) and not any(span[0] <= i < span[1] for i in told):
            out.append(span)
        recalled = recalled_region(doc, t.head_i)
        if recalled is not None and not any(recalled[0] <= i < recalled[1] for i in told):
            out.append(recalled)  # "in revenge for a raid by the army": the raid's party
    return out


def _part(doc: Any, region: tuple[int, int]) -> bool:
    """The region is opened by "including": one of the sentence's own events."""
    root = doc[region[0] : region[1]].root
    return root.head.lower_ in PART_WORDS


#: Entity labels of a named place.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
TERRITORY_OBJECTS = TriggerLexicon.default().territory_objects
#: Verbs whose object is the side driven off and whose "from" phrase is the ground (triggers.py
#: types them only with such a phrase).
EXPULSION_VERBS = TriggerLexicon.default().expulsion_verbs


def untype_captures(doc: Any, triggers: list[Trigger]) -> list[Trigger]:
    """A territory verb whose object is no place ("captured armoured vehicles", "seized weapons",
    "captured soldiers") changes no territory: it keeps only that something happened."""
    out = []
    for t in triggers:
        tok = doc[t.head_i]
        if t.event_type == "territory_change" and tok.pos_ == "VERB" and t.key not in EXPULSION_VERBS:
            # "the town, which the rebels took": the place the relative pronoun stands for
            objs = [antecedent(c) for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
            if objs and not any(
                o.ent_type_ in PLACE_LABELS
                or o.lemma_.lower() in TERRITORY_OBJECTS
                or o.lower_ in TERRITORY_OBJECTS
                or (o.pos_ == "PROPN" and o.text[:1].isupper())
                for o in objs
            ):
                t = dataclasses.replace(t, event_type=None)
        out.append(t)
    return out


#: Sites of a fight (triggers.yaml ``site_nouns``): a side's claim to have taken "the base" told
#: before is its account of that fight.
SITE_NOUNS = load_words("lexicons", "triggers.yaml", "site_nouns")
#: Steps up from a claimed verb to the verb of saying that reports it ("said it had overrun").
REPORTED_DEPTH = 3


def untype_claimed_sites(doc: Any, triggers: list[Trigger]) -> list[Trigger]:
    """A territory verb in what a side says it did, whose object is a definite site of a fight and
    no place of its own ("Al Shabaab said it had overrun the base, a claim the army denied", "the
    rebels said they had seized the outpost"), tells that side's outcome of the fight told before
    at that site: a claim on that fight, not a change of territory. It keeps only that something
    happened (a town taken, "said they had captured the town of X", stays a territory change, and so
    does a site taken on a day the clause names)."""
    out = []
    for t in triggers:
        tok = doc[t.head_i]
        if t.event_type == "territory_change" and tok.pos_ == "VERB" and _reported(tok) and not _dated(tok):
            objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
            if objs and all(_definite_site(o) for o in objs):
                t = dataclasses.replace(t, event_type=None)
        out.append(t)
    return out


def _dated(verb: Token) -> bool:
    """The verb's clause names a day or time of its own ("had seized the base on Wednesday"): what
    the side says then is an event dated apart, not only its outcome of the fight told."""
    return any(w.ent_type_ in ("DATE", "TIME") for w in verb.subtree)


def _definite_site(noun: Token) -> bool:
    """ "the base", "the army post": a site of a fight named as one already told, with no name."""
    return (
        noun.lemma_.lower() in SITE_NOUNS
        and any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in noun.children)
        and not any(c.pos_ == "PROPN" or c.ent_type_ in PLACE_LABELS for c in noun.subtree if c.i != noun.i)
    )


def _reported(tok: Token) -> bool:
    """The verb is what someone says or claims happened ("said it had overrun", "claimed to have
    seized"): a verb of saying governs its clause within a few steps."""
    cur = tok
    for _ in range(REPORTED_DEPTH):
        if cur.dep_ not in ("ccomp", "xcomp", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in SPEAKING_LEMMAS:
            return True
    return False


#: Verbs that stop a weapon from doing harm ("defused a bomb", "intercepted two rockets", "found
#: and destroyed an IED"): ACLED's disrupted weapons use, no explosion or strike (``triggers.yaml``).
DISARMING_VERBS = load_words("lexicons", "triggers.yaml", "disarming_verbs")
#: Weapon classes (and names) such verbs stop; a warplane "destroyed" is an attack on it.
DISARMED_CLASSES = load_words("lexicons", "triggers.yaml", "disarmed_classes")
DISARMED_NAMES = load_words("lexicons", "triggers.yaml", "disarmed_names")
#: Guns and launchers: destroyed, they were struck ("two howitzers were destroyed"), not stopped.
LAUNCHER_WORDS = load_words("lexicons", "triggers.yaml", "launcher_words")
#: Verbs of taking or finding weapons (``triggers.yaml`` seizing_verbs): what they act on was not used.
SEIZING_VERBS = load_words("lexicons", "triggers.yaml", "seizing_verbs")
#: Prepositions that open a list of what a noun holds ("weapons, including rifles").
LIST_PREPS = frozenset({"including", "among"})
#: Nouns of a raid: the raid in which weapons were seized is the seizure, not a fight.
GROUND_RAID_LEMMAS = load_words("lexicons", "triggers.yaml", "ground_raid_lemmas")
#: Nouns a trigger word can modify without reporting an event ("a kidnapping gang", "bomb disposal
#: experts"): the trigger names what the group does, not a deed.
GROUP_HEADS = load_words("lexicons", "triggers.yaml", "group_heads")
#: Nouns of the one who does the deed ("kidnappers seized a priest"): as the one acted on
#: ("villagers beat two suspected kidnappers") they report no such deed.
AGENT_NOUNS = load_words("lexicons", "triggers.yaml", "agent_nouns")
#: Triggers of an abduction when a territory verb takes civilians ("gunmen seized a journalist").
CAPTIVE_NOUNS = load_words("lexicons", "triggers.yaml", "captive_nouns")
#: Unarmed crowds: a clash of theirs with police is a riot, not a battle of armed sides (ACLED).
CROWD_NOUNS = load_words("lexicons", "triggers.yaml", "crowd_nouns")


#: How far above a weapon word its disarming verb is looked for: the verb, its object's "of"
#: phrase and a conjunct ("seized a cache of rifles and explosives": four steps up).
DISARMED_DEPTH = 4


def _object_words(verb: Token) -> list[Token]:
    """The things a verb acts on: its objects (or passive subjects), their conjuncts and the nouns
    of their "of" phrases ("seized a cache of rifles and explosives")."""
    out: list[Token] = []
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")):
        out += [obj, *obj.conjuncts]
        for p in obj.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                for g in p.children:
                    if g.dep_ == "pobj":
                        out += [g, *g.conjuncts]
    return out


def _disarmed_tokens(doc: Any, weapons: Sequence[WeaponMention]) -> set[int]:
    """Tokens of the weapons stopped before they did harm: the object of a disarming verb ("defused
    an IED", "intercepted two rockets") with its words but a clause telling its launch, and the verb
    itself and its "in a raid" phrase."""
    stoppable = [
        w
        for w in weapons
        if (w.cls in DISARMED_CLASSES or w.name.lower() in DISARMED_NAMES)
        and doc[w.token_end - 1].lower_ not in LAUNCHER_WORDS
    ]
    if not stoppable:
        return set()
    held = {i for w in stoppable for i in range(w.token_start, w.token_end)}
    out: set[int] = set()
    # the verb over the weapon, up through "a cache of" and conjuncts ("seized rifles and explosives")
    verbs = {a.i for i in held for a in list(doc[i].ancestors)[:DISARMED_DEPTH]}
    for vi in sorted(verbs):
        tok = doc[vi]
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in DISARMING_VERBS:
            continue
        objs = [o for o in _object_words(tok) if o.i in held]
        if not objs:
            continue
        for v in (tok, *(c for c in (*tok.conjuncts,) if c.lemma_.lower() in DISARMING_VERBS)):
            out.add(v.i)
            for p in v.children:  # "seized explosives in a raid on a hideout"
                if p.dep_ == "prep" and p.lower_ in ("in", "during"):
                    out.update(g.i for g in p.children if g.lemma_.lower() in GROUND_RAID_LEMMAS)
        for o in objs:
            # the weapon's words, not a clause telling its launch ("rockets fired by the militia at
            # the town"): the launch at a target stays the attack, its interception aside
            launch = {t.i for c in o.children if c.dep_ in ("acl", "relcl") for t in c.subtree}
            out.update(t.i for t in o.subtree if t.i not in launch)
    return out


def drop_disarmed(doc: Any, triggers: list[Trigger], weapons: Sequence[WeaponMention]) -> list[Trigger]:
    """Triggers of a weapon stopped before it did harm are no event ("police defused a bomb",
    "air defences downed a cruise missile", "deminers cleared 300 landmines").

    Why: read as triggers, the bomb defused is a bombing and the missile downed a missile attack;
    ACLED codes them as disrupted weapons use, a strategic development."""
    gone = _disarmed_tokens(doc, weapons)
    return [t for t in triggers if t.head_i not in gone] if gone else triggers


def _held_things(verb: Token) -> list[Token]:
    """What a verb acts on (``_object_words``) and the nouns of their "including" lists ("weapons,
    including three rifles and a grenade launcher, were seized")."""
    out = _object_words(verb)
    for obj in list(out):
        for p in obj.children:
            if p.dep_ == "prep" and p.lower_ in LIST_PREPS:
                for g in p.children:
                    if g.dep_ == "pobj":
                        out += [g, *g.conjuncts]
    return out


def _seized_tokens(sent: Span) -> set[int]:
    """The tokens of what the sentence's verbs of seizing or finding act on."""
    held: set[int] = set()
    for tok in sent:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in SEIZING_VERBS:
            for o in _held_things(tok):
                held.update(t.i for t in o.subtree)
    return held


def drop_seized_weapons(
    sent: Span, triggers: list[Trigger], weapons: list[WeaponMention]
) -> tuple[list[Trigger], list[WeaponMention]]:
    """Weapons seized or found ("seized rifles and a grenade launcher", "weapons including a mortar
    were recovered") were no means of any event, and a weapon noun among them ("a mortar") is no
    trigger: the sentence tells of the weapons, not of their use.

    Why: kept, the grenade launcher seized after a fight made a remote explosion of its sentence."""
    held = _seized_tokens(sent)
    if not held:
        return triggers, weapons
    doc = sent.doc
    named = {i for w in weapons for i in range(w.token_start, w.token_end)}
    kept_triggers = [
        t for t in triggers if not (t.head_i in held and t.head_i in named and doc[t.head_i].pos_ == "NOUN")
    ]
    kept_weapons = [w for w in weapons if not any(i in held for i in range(w.token_start, w.token_end))]
    return kept_triggers, kept_weapons


def drop_gun_name_parts(triggers: list[Trigger], weapons: Sequence[WeaponMention]) -> list[Trigger]:
    """A trigger word that is part of the name of a gun ("rocket" in "rocket-propelled grenades",
    a firearm) names no weapon of its own: the gun is a ground fighter's, no rocket was fired.

    Why: read as a trigger, "attacked the post with rifles and rocket-propelled grenades" became a
    rocket attack, where ACLED codes an assault on a post with small arms as a battle."""
    guns = [w for w in weapons if CLASS_TYPE.get(w.cls, "") is None]
    return [
        t
        for t in triggers
        if not any(
            w.token_start <= t.head_i < w.token_end
            and (t.token_start, t.token_end) != (w.token_start, w.token_end)
            for w in guns
        )
    ]


def drop_group_words(doc: Any, triggers: list[Trigger]) -> list[Trigger]:
    """A trigger noun that names what a group does ("a kidnapping gang", "bomb disposal experts"),
    or the doer of a deed as the one acted on ("villagers beat two suspected kidnappers"), reports
    no such deed."""

    def group_word(t: Trigger) -> bool:
        tok = doc[t.head_i]
        if t.token_end - t.token_start != 1 or tok.pos_ not in ("NOUN", "PROPN"):
            return False
        head = tok
        while head.dep_ == "compound" and head.head is not head:
            head = head.head
            if head.lemma_.lower() in GROUP_HEADS or head.lower_ in GROUP_HEADS:
                return True
        return t.key in AGENT_NOUNS and tok.dep_ in ("dobj", "obj", "nsubjpass")

    return [t for t in triggers if not group_word(t)]


def type_captives(doc: Any, triggers: list[Trigger]) -> list[Trigger]:
    """A territory verb whose objects are all civilians ("gunmen seized a journalist", "captured 30
    villagers") tells an abduction: people taken, no ground. A participle of such a verb on the
    noun it describes takes that noun ("eleven passengers seized from a bus are still held",
    "aid workers captured near X"): the people it describes were taken; so does such a verb with
    no object, whose subject the parser made of the people it describes."""
    out = []
    for t in triggers:
        tok = doc[t.head_i]
        if t.event_type == "territory_change" and tok.pos_ == "VERB" and t.key not in EXPULSION_VERBS:
            objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
            if tok.dep_ == "acl" and tok.tag_ == "VBN":
                objs.append(tok.head)
            elif not objs:
                # a verb of taking with no object cannot be active: "seven traders seized on the road
                # are still held" is a reduced passive (parsed as the traders' act), they were taken
                objs = [c for c in tok.children if c.dep_ == "nsubj"]
            if objs and all(o.lemma_.lower() in CAPTIVE_NOUNS or o.lower_ in CAPTIVE_NOUNS for o in objs):
                t = dataclasses.replace(t, event_type="abduction")
        out.append(t)
    return out


def drop_light_verbs(doc: Any, triggers: list[Trigger]) -> list[Trigger]:
    """A trigger verb that only carries the event its object names is not a trigger of its own:
    "executed air strikes", "launched a wave of raids" are strikes and raids, not executions or
    launches."""
    tokens = {i for t in triggers for i in range(t.token_start, t.token_end)}

    def names_event(obj: Token) -> bool:
        if obj.i in tokens:
            return True
        # "a number of air strikes", "a wave of raids"
        return any(
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(p.dep_ == "pobj" and p.i in tokens for p in c.children)
            for c in obj.children
        )

    out = []
    for t in triggers:
        tok = doc[t.head_i]
        if (
            t.token_end - t.token_start == 1
            and tok.pos_ == "VERB"
            and tok.lemma_.lower() in LIGHT_VERBS
            and any(c.dep_ in ("dobj", "obj") and names_event(c) for c in tok.children)
        ):
            continue
        out.append(t)
    return out


def drop_victim_nouns(doc: Any, triggers: list[Trigger]) -> list[Trigger]:
    """A trigger noun that another trigger verb acts on names the victims, not an act of its own:
    "soldiers killed three gunmen" is a fight with gunmen, not a shooting by them."""
    heads = {t.head_i for t in triggers}

    def victim(t: Trigger) -> bool:
        tok = doc[t.head_i]
        return (
            tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "obj", "nsubjpass") and tok.head.i in heads - {tok.i}
        )

    return [t for t in triggers if not victim(t)]


def decide_type(frame: Frame) -> str | None:
    """Event type from typed triggers and weapons; None when nothing says which."""
    votes: set[str] = {t.event_type for t in frame.triggers if t.event_type}
    classes = {w.cls for w in frame.weapons}
    lemmas = {t.key or frame.sent.doc[t.head_i].lemma_.lower() for t in frame.triggers}
    if _property_beside_harm(frame):
        votes.discard("other")  # the raid's burning is its damage; the killing types it
        if frame.targets and all(_civilian(m) for m in frame.targets):
            # by its victims, here and now: left untyped, it would join a fight told next
            votes.add("attack_on_civilians")
    if "armed_clash" in votes and _fight_told_in_sequence(frame):
        # "attacked residents, killing nine, before they fought a rival group": an attack on them
        votes.discard("armed_clash")
        votes.add("attack_on_civilians")
    if assault_with_small_arms(
        frame.sent.doc, frame.triggers, assault_classes(frame.weapons), frame.quantities
    ):
        # "attacked a checkpoint with rocket launchers and rifles", "with rifles and grenades": the
        # launchers and grenades are the assault's means, the assault on armed men a battle
        votes = (votes - set(GROUND_FIRED_TYPES)) | {"armed_clash"}
    if lemmas & CROWD_CRUSH:
        votes.discard("armed_clash")  # the crowd's scuffles around a crush are no armed clash
    if battle_takes_in_fire(frame.sent, frame.triggers, [(w.token_start, w.cls) for w in frame.weapons]):
        # "troops backed by helicopters fought the rebels": ACLED's battle, the aircraft a side's means
        votes.add("armed_clash")
        classes -= SUPPORT_CLASSES
    elif backing_only(frame.sent, frame.triggers, [(w.token_start, w.cls) for w in frame.weapons]):
        # "an operation backed by helicopters": the aircraft back a side on the ground, no strike
        classes -= SUPPORT_CLASSES
    elif main_act_takes_in_fire(frame.sent, frame.triggers, [(w.token_start, w.cls) for w in frame.weapons]):
        # "entered the town with rocket launchers", "retook the port as jets bombed the hills": the
        # means and setting of the ground act the clause is about
        classes -= SUPPORT_CLASSES
    heavy = [(w.token_start, w.cls) for w in frame.weapons if w.cls in classes]
    if "attack_on_civilians" in votes and weapon_names_means(frame.triggers, frame.sent.doc, heavy):
        # "jets bombed the market in a massacre": the weapon, not the outrage, decides the family
        votes.discard("attack_on_civilians")
    if "suicide" in classes:
        votes.add("suicide_bomb")
    if "chemical" in classes:
        votes.add("chemical_weapon")
    air = bool(classes & {"aircraft", "air_munition"})
    if air and (
        votes & {"missile_artillery", "remote_explosive", "air_strike"} or lemmas & AIR_STRIKE_LEMMAS
    ):
        votes.discard("missile_artillery")
        votes.discard("remote_explosive")
        votes.add("air_strike")
    if (
        "remote_explosive" in votes
        and classes & {"missile", "artillery"}
        and not classes & {"explosive", "suicide"}
    ):
        # "a rocket blasts a hole": the blast is the rocket's, not a planted bomb's
        votes.discard("remote_explosive")
        votes.add("missile_artillery")
    if not votes:
        for cls in ("missile", "artillery", "explosive", "air_munition", "aircraft"):
            if cls in classes and CLASS_TYPE[cls]:
                votes.add(CLASS_TYPE[cls])
                break
    if not votes and lemmas & BOMBARDMENT_LEMMAS:
        votes.add("air_strike")
    states = {"state_forces", "external_forces"}
    by_state = any(getattr(m.entry, "type", None) in states for m in frame.initiators) or any(
        "coalition" in m.entry.name.lower() for m in frame.initiators
    )
    if not votes and lemmas & BOMBING_LEMMAS:
        # "Russian bombing" is from the air; "a bombing in Baghdad" by a group is a planted bomb
        votes.add("air_strike" if by_state else "remote_explosive")
    if not votes and lemmas & STATE_AIR_LEMMAS and by_state:
        # "US-led strikes", "Russian raids": states strike from the air in these wars
        votes.add("air_strike")
    air_coalition = any(
        getattr(m.entry, "type", None) == "external_forces" and "coalition" in m.entry.name.lower()
        for m in frame.initiators
    )
    if not votes and air_coalition and lemmas & AIR_STRIKE_LEMMAS and not classes:
        # the foreign coalitions of these wars fight from the air: "the coalition carried out
        # a deadly attack", "coalition raids hit the town"
        votes.add("air_strike")
    if not votes and "firearm" in classes:
        votes.add("attack_on_civilians")
    if not votes and lemmas & CROWD_CRUSH and not frame.initiators:
        votes.add("other")  # a crowd crush nobody is said to have caused
    if "armed_clash" in votes and _crowd_side(frame):
        # "protesters clashed with police": a riot (ACLED's protests and riots), not a battle
        votes.discard("armed_clash")
        votes.add("other")
    if not votes - BATTLE_TYPES and _crowd_doer(frame):
        # "a crowd seized the airport", "rioters stormed the parliament": a riot, no battle
        votes = {"other"}
    for t in TYPE_PRIORITY:
        if t in votes:
            return t
    return None


def _property_beside_harm(frame: Frame) -> bool:
    """The frame's "other" comes only from words of harm to property, beside a word of killing or
    wounding people ("raided the village, killing four civilians and burning houses", "looting
    a health centre and killing a teacher"): ACLED codes such a raid by what it did to people,
    the burning is its damage. The untyped killing is then typed by its victims (an attack on
    civilians, or a fight when they were armed: ``article._fill_types``)."""
    others = [t for t in frame.triggers if t.event_type == "other"]
    if not others or any(t.key not in PROPERTY_HARM for t in others):
        return False
    return any(_harms_people(frame.sent.doc, t) for t in frame.triggers)


def _fight_told_in_sequence(frame: Frame) -> bool:
    """The frame's fight words all stand in a clause told before or after its harm to civilians
    ("attacked residents of X, killing nine, before they fought a rival group"; "killed 14
    villagers and then clashed with a militia"): the sentence's event is the attack on the
    civilians, the fight what the attackers did besides, with no toll of its own told here."""
    doc = frame.sent.doc
    fights = [t for t in frame.triggers if t.event_type == "armed_clash"]
    harms = [t for t in frame.triggers if t.event_type != "armed_clash" and _harms_people(doc, t)]
    if not fights or not harms or not any(_civilian(m) for m in frame.targets):
        return False
    return all(_in_sequel(doc[t.head_i]) for t in fights)


def _civilian(mention: Any) -> bool:
    """The actor mention names unarmed people ("residents", "villagers")."""
    return getattr(mention.entry, "type", None) == "civilians"


def _in_sequel(tok: Token) -> bool:
    """The verb tells an act after or before the clause it hangs from: an adverbial clause opened
    by "before" or "after", or a verb joined by "and then" ("and later")."""
    kids = list(tok.children)
    if tok.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in SEQUEL_WORDS for c in kids) or _done_by_others_meanwhile(
            tok
        )
    if tok.dep_ == "conj":
        return any(c.dep_ == "advmod" and c.lower_ in SEQUEL_WORDS for c in kids)
    return False


def _done_by_others_meanwhile(tok: Token) -> bool:
    """The verb opens a clause of what others did meanwhile ("killed 40 displaced people, as
    government troops clashed with another militia"): a clause opened by "as" or "while" with a
    subject of its own, hung on a verb whose own subject did the deed. Victims killed with no doer
    told ("five civilians were killed as troops clashed with rebels") died in the fight.

    Why: the fight that others fought beside a one-sided killing typed the killing a battle."""
    if not any(c.dep_ == "mark" and c.lower_ in SIMULTANEITY_WORDS for c in tok.children):
        return False
    own = [c for c in tok.children if c.dep_ == "nsubj"]
    deed = [c for c in tok.head.children if c.dep_ == "nsubj"]
    return bool(own and deed) and not {w.i for w in own} & {w.i for w in deed}


def _harms_people(doc: Doc, t: Trigger) -> bool:
    """The trigger tells people killed, shot or wounded: a word of ``HARM_TO_PEOPLE``, or "fire"
    opened ("opening fire on villagers"; the fire of "set on fire" burns property)."""
    key = t.key or doc[t.head_i].lemma_.lower()
    if key == "fire":
        return doc[t.head_i].head.lemma_.lower() in OPENED_FIRE
    return key in HARM_TO_PEOPLE


def _crowd_side(frame: Frame) -> bool:
    """One side of the frame's clash is an unarmed crowd: a crowd word is the subject of a clash
    trigger or in its "with" / "between" phrase ("protesters clashed with police", "clashes
    between demonstrators and security forces")."""
    for t in frame.triggers:
        if t.event_type != "armed_clash":
            continue
        tok = frame.sent.doc[t.head_i]
        sides = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        for p in tok.children:
            if p.dep_ == "prep" and p.lower_ in ("with", "between"):
                for g in p.children:
                    if g.dep_ == "pobj":
                        sides += [g, *g.conjuncts]
        if any(w.lemma_.lower() in CROWD_NOUNS or w.lower_ in CROWD_NOUNS for w in sides):
            return True
    return False


#: The types of a battle, which a crowd taking or storming a place does not fight.
BATTLE_TYPES = frozenset({"armed_clash", "territory_change"})
#: Words of taking or storming a place (``triggers.yaml`` assault_lemmas and raid_entry_lemmas).
STORMING_LEMMAS = load_words("lexicons", "triggers.yaml", "assault_lemmas") | load_words(
    "lexicons", "triggers.yaml", "raid_entry_lemmas"
)


def _doers(tok: Token) -> list[Token]:
    """Who does the deed the word tells: the subject of an active verb, the "by" agent of a passive
    one ("the airport was seized by a crowd") or of a noun ("the storming of the hall by rioters"),
    with their conjuncts."""
    found: list[Token] = []
    for c in tok.children:
        if c.dep_ == "nsubj" and tok.pos_ in ("VERB", "AUX"):
            found.append(c)
        elif c.dep_ in ("agent", "prep") and c.lower_ == "by":
            found += [g for g in c.children if g.dep_ == "pobj"]
    return [w for d in found for w in (d, *d.conjuncts)]


def _crowd_doer(frame: Frame) -> bool:
    """A crowd took or stormed a place, and no battle word of its own or weapon types the frame
    ("a crowd seized the airport", "rioters stormed the parliament building", "protesters took over
    the governor's office"): ACLED codes such a seizure by an unarmed crowd as a riot (wardesk's
    `other`), not the territory change or the fight its verb would make it.

    Why: a building seized by a crowd was read as ground changing hands, and a storming by
    rioters as a battle."""
    if {w.cls for w in frame.weapons} & SUPPORT_CLASSES:
        return False
    doc = frame.sent.doc
    for t in frame.triggers:
        tok = doc[t.head_i]
        storming = t.event_type == "territory_change" or (
            t.event_type is None and (t.key or tok.lemma_.lower()) in STORMING_LEMMAS
        )
        if storming and any(w.lemma_.lower() in CROWD_NOUNS or w.lower_ in CROWD_NOUNS for w in _doers(tok)):
            return True
    return False


#: Verbs whose "by" agent holds a place rather than acting in the event ("a village held by
#: IS", "areas controlled by the regime").
HOLDING_LEMMAS = load_words("lexicons", "roles.yaml", "holding_lemmas")


def _responsibility_role(head: Token, trigger_tokens: set[int]) -> str | None:
    """ "initiator" for who claims an attack or is blamed for it, "none" for who blames or denies it,
    None when the noun phrase is in no such construction."""
    dep, parent = head.dep_, head.head
    lemma = parent.lemma_.lower()
    r = RESPONSIBILITY
    if dep in ("nsubj", "csubj"):
        if lemma in r.claim_verbs and any(
            c.dep_ in ("dobj", "obj") and (c.lemma_.lower() in r.nouns or c.i in trigger_tokens)
            for c in parent.children
        ):
            return "initiator"
        if lemma in r.blame_verbs or lemma in r.denial_verbs:
            return "none"
        return None
    if dep in ("dobj", "obj") and lemma in r.blame_verbs:
        if lemma != "hold" or any(c.lower_ in r.blame_complements for c in parent.children):
            return "initiator"
        return None
    if dep == "pobj" and parent.lower_ == "on" and parent.head.lemma_.lower() in r.blame_verbs:
        return "initiator"  # "the attack was blamed on the Taliban"
    return None


#: Prepositions that hang the accused act on a verb of blame: "accused X of executing", "blamed X for".
ACCUSED_ACT_PREPS = frozenset({"of", "for"})


def accused_act(tok: Token) -> bool:
    """The event word is the act someone is accused of ("residents accused soldiers of executing
    villagers", "blamed the rebels for the massacre", "the government faces allegations of a
    massacre by its troops"): one side's account of what was done, not the article's report of
    it. Its type is what the accuser says happened; the article's own reading of the event (the
    army's "operation" told beside it) is to come from elsewhere (``merge.fold_accusations``)."""
    through_prep = False
    for _ in range(5):
        if tok.dep_ == "prep" and tok.lower_ in ACCUSED_ACT_PREPS:
            through_prep = True
            if tok.lower_ == "of" and tok.head.lemma_.lower() in RESPONSIBILITY.accused_act_nouns:
                return tok.head.pos_ == "NOUN"
        elif not (
            tok.dep_ in ("pcomp", "pobj", "conj", "compound", "amod")
            or (through_prep and tok.dep_ in ("dobj", "obj"))
        ):
            break  # (the parser may hang "of executing" on the accused: "accused [the soldiers of ...]")
        tok = tok.head
    return through_prep and tok.pos_ == "VERB" and tok.lemma_.lower() in RESPONSIBILITY.blame_verbs


#: Clause links by which a denied report holds the act it tells ("denied reports that aircraft had
#: attacked a school", "rejected claims of a drone strike", "denied that its jets bombed the market").
_DENIED_REPORT_LINKS = frozenset(
    {"acl", "ccomp", "pobj", "prep", "compound", "amod", "conj", "nsubj", "nsubjpass"}
)


def denied_act(tok: Token) -> bool:
    """The event word tells the act of a report some side denies ("the army denied reports that
    aircraft had attacked a school", "rejected claims of a drone strike on the market", "denied that
    its jets had bombed the village"): the accusers' version of an event, not the article's telling of
    a new one. Like an accused act (``accused_act``) it is the same event the article tells in its own
    words nearby, whatever type the denied version gives it (``merge.fold_denials``)."""
    r = RESPONSIBILITY
    for _ in range(6):
        head = tok.head
        if head is tok:
            return False
        lemma = head.lemma_.lower()
        if tok.dep_ == "ccomp" and head.pos_ == "VERB" and lemma in r.denial_verbs:
            return True  # "denied that its jets had bombed the village"
        # (a report that heads a clause is a noun, even where the tagger took it for a verb:
        # "reports that its jets bombed the market were false")
        nominal = head.pos_ == "NOUN" or head.dep_ in ("nsubj", "nsubjpass")
        if nominal and lemma in r.accusation_nouns and tok.dep_ in ("acl", "prep", "ccomp"):
            # "reports that aircraft attacked", "claims of a strike": the report must be what is denied
            denied = head.dep_ in ("dobj", "obj", "nsubjpass") and head.head.lemma_.lower() in r.denial_verbs
            return denied or _dismissed_subject(head)
        if _untrue_content(tok, head):
            return True  # "spreading the lie that our soldiers killed villagers"
        if tok.dep_ not in _DENIED_REPORT_LINKS:
            return False
        tok = head
    return False


def _untrue_content(clause: Token, noun: Token) -> bool:
    """The clause is what a noun of dismissal calls untrue ("the lie that its soldiers killed
    villagers", "propaganda that its jets bombed the camp"): a "that" clause of content (its
    "that" a marker, not the subject of a relative clause) on a noun of ``dismissal_words``."""
    words = RESPONSIBILITY.dismissal_words
    if noun.pos_ != "NOUN" or not (noun.lemma_.lower() in words or noun.lower_ in words):
        return False
    if clause.dep_ not in ("acl", "relcl", "ccomp"):
        return False
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _dismissed_subject(noun: Token) -> bool:
    """The report is the subject of a predicate that calls it untrue ("claims that its units
    shelled the village were untrue", "reports that its jets bombed the market are lies"): the
    speaker denies what the report tells, as when it rejects the report."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ == "neg" for c in noun.head.children):
        return False
    words = RESPONSIBILITY.dismissal_words
    return any(
        c.dep_ in ("acomp", "attr", "oprd") and (c.lemma_.lower() in words or c.lower_ in words)
        for c in noun.head.children
    )


def claims_responsibility(doc: Any, mention: Any) -> bool:
    """The mention claims an attack or is blamed for one in a sentence that names no attack
    ("The group claimed responsibility.", "Officials held the Taliban responsible.")."""
    return _responsibility_role(np_head(doc[mention.head_i]), set()) == "initiator"


def _verb_in(verb: Token, lemmas: frozenset[str]) -> bool:
    """The verb is one of ``lemmas``, also where the small model's lemma is wrong ("staged" -> "stag")."""
    low = verb.lower_
    if verb.lemma_.lower() in lemmas or low in lemmas:
        return True
    return any(low.endswith(suf) and low[: -len(suf)] in lemmas for suf in ("d", "ed", "s", "es", "ing"))


def _reacts_to(verb: Token, trigger_tokens: set[int], weapon_tokens: frozenset[int] = frozenset()) -> bool:
    """The verb takes the event as its object without carrying it out: its subject condemns,
    investigates or reports the attack ("the minister condemned the attack", "the monitor put the
    death toll at 12"). A light verb ("launched an attack", "carried out strikes"), a verb of
    fighting it off ("the army repelled the assault") and a trigger verb itself take part in it,
    and so does whoever handles the weapon the object names ("he left a bomb in the market").
    An event noun the verb restates is no trigger of its own ("denounced the bombing that killed
    12"): the object still names the event when a trigger sits inside its phrase."""
    if verb.i in trigger_tokens or _verb_in(verb, LIGHT_VERBS) or _verb_in(verb, DEFENCE_VERBS):
        return False
    doc = verb.doc
    restating = _verb_in(verb, RESTATING_HEADS)
    for child in verb.children:
        if restating and child.dep_ in ("dobj", "obj") and child.lemma_.lower() in EVENT_LEMMAS:
            return True  # "denounced the bombing": the parser may hang the event's clause on the verb
        if (
            child.dep_ in ("dobj", "obj")
            and any(
                child.left_edge.i <= t <= child.right_edge.i
                and (np_head(doc[t]).i == child.i or child.lemma_.lower() in EVENT_LEMMAS)
                for t in trigger_tokens
            )
            and child.i not in weapon_tokens
        ):
            return True
    return False


def repelled_by_pronoun(doc: Doc, heads: Sequence[int]) -> Token | None:
    """The pronoun ("it", "they", "we") that is the subject of a verb fighting off the act a
    trigger names ("the army said it repulsed an attack"): who speaks was the one attacked."""
    for i in heads:
        tok = doc[i]
        verb = tok.head if tok.dep_ in ("dobj", "obj") else None
        if verb is None or not _repels(verb):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in DEFENDING_PRONOUNS:
            return subj
    return None


def _repels(verb: Token) -> bool:
    """The verb fights an attack off ("repelled", "repulsed", "fought off", "beat back")."""
    if _verb_in(verb, REPELLING_VERBS):
        return True
    return _verb_in(verb, REPELLING_PARTICLE_VERBS) and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in REPELLING_PARTICLES for c in verb.children
    )


def _repelled_attack(verb: Token, trigger_tokens: set[int], weapon_tokens: frozenset[int]) -> bool:
    """The verb fights off the event its object names ("the army repelled the assault", "troops
    fought off an attack by the rebels"): its subject was the one attacked. A projectile is no
    attack fought off but one stopped (``_stops_projectiles``)."""
    if verb.i in trigger_tokens or not _repels(verb):
        return False
    doc = verb.doc
    return any(
        c.dep_ in ("dobj", "obj")
        and c.i not in weapon_tokens
        and any(c.left_edge.i <= t <= c.right_edge.i and np_head(doc[t]).i == c.i for t in trigger_tokens)
        for c in verb.children
    )


def _struck_while(verb: Token, trigger_tokens: set[int], subj: Token | None = None) -> bool:
    """The subject was hit while doing something else: the trigger is a passive clause adjoined
    to its verb ("the convoy was travelling when it was ambushed", "troops were moving when they
    were attacked"), or an active one whose object points back to the subject ("soldiers were
    driving home when gunmen hit their truck"), so the subject is the target the pronoun stands for."""
    doc = verb.doc
    return any(
        doc[t].dep_ == "advcl"
        and doc[t].head.i == verb.i
        and (is_passive(doc[t]) or (subj is not None and _hits_own(doc[t], subj)))
        for t in trigger_tokens
    )


BACK_PLURAL = load_words("lexicons", "roles.yaml", "back_pronouns_plural")
BACK_SINGULAR = load_words("lexicons", "roles.yaml", "back_pronouns_singular")
#: Tags of a plural noun, whose back pronoun is "their" / "them".
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _hits_own(act: Token, subj: Token) -> bool:
    """The act's object is the subject's own, by a pronoun that agrees with it ("hit their truck",
    "shelled their positions", "fired on them"), where the act's own subject is named (a pronoun
    subject, "they shelled their positions", may be who the possessive means)."""
    own_subj = next((c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own_subj is None or own_subj.pos_ == "PRON" or own_subj.i == subj.i:
        return False
    back = BACK_PLURAL if subj.tag_ in PLURAL_TAGS else BACK_SINGULAR
    objs = [c for c in act.children if c.dep_ in ("dobj", "obj")]
    objs += [
        g
        for c in act.children
        if c.dep_ == "prep" and c.lower_ in TARGET_PREPS
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(
        o.lower_ in back or any(c.dep_ == "poss" and c.lower_ in back for c in o.children) for o in objs
    )


def _told_own_loss(verb: Token, subj: Token, trigger_tokens: set[int]) -> bool:
    """The speaker tells of an act on what is its own ("the rebels said artillery shelled their
    positions"): the act, told in what it says, points back to the speaker, who is then hit."""
    doc = verb.doc
    lemma = verb.lemma_.lower()
    return (lemma in SPEAKING_LEMMAS or lemma in SPEAKER_SUBJECT_VERBS) and any(
        doc[t].dep_ == "ccomp" and doc[t].head.i == verb.i and _hits_own(doc[t], subj) for t in trigger_tokens
    )


def _culpable(head: Token, trigger_tokens: set[int]) -> bool:
    """Held to account for the event: the passive subject or the object of a verb of charging,
    convicting or suspecting whose clause holds the trigger ("X was found guilty of killing three
    people", "X is believed to have planted the bomb", "prosecutors charged X over the bombing")."""
    if head.dep_ not in ("nsubjpass", "dobj", "obj"):
        return False
    verb = head.head
    if not _verb_in(verb, CULPABILITY_VERBS):
        return False
    if _verb_in(verb, frozenset({"find"})) and not any(t.lower_ == "guilty" for t in verb.subtree):
        return False
    if any(c.dep_ == "neg" for c in verb.children) or any(c.dep_ == "preconj" for c in head.children):
        return False  # "X was not charged", "neither X nor Y were tried for the bombing"
    mine = range(head.left_edge.i, head.right_edge.i + 1)
    return any(verb.left_edge.i <= t <= verb.right_edge.i and t not in mine for t in trigger_tokens)


def _function(head: Token) -> tuple[str, Token]:
    """The dependency of a noun phrase head and the word it depends on, where the parser ran a
    sentence's subject into an opening time phrase ("On Sunday militants ambushed a convoy":
    "militants" the object of "On", "Sunday" its compound): the subject of the verb right after
    it, when that verb has none."""
    dep, parent = head.dep_, head.head
    if dep != "pobj" or parent.dep_ != "prep" or head.i + 1 >= len(head.doc):
        return dep, parent
    verb = head.doc[head.i + 1]
    if (
        verb.pos_ != "VERB"
        and not (verb.pos_ == "AUX" and verb.head.pos_ == "VERB" and verb.head.i > verb.i)
        or parent.head.i not in (verb.i, verb.head.i)
        or not any(c.dep_ == "compound" and c.ent_type_ in ("DATE", "TIME") for c in head.children)
    ):
        return dep, parent
    main = verb if verb.pos_ == "VERB" else verb.head
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in main.children):
        return dep, parent
    return ("nsubjpass" if is_passive(main) else "nsubj"), main


def _answerable(head: Token, trigger_tokens: set[int]) -> bool:
    """Said to have done the event with a copula: "X was responsible for the bombing", "X is
    behind the attack", "the blast was the work of X". A negation ("X was not behind it") says
    the opposite."""
    dep, verb = head.dep_, head.head
    if dep == "pobj" and verb.lower_ == "of" and verb.head.lemma_.lower() in WORK_NOUNS:
        work = verb.head
        if work.dep_ != "attr" or work.head.lemma_ != "be":
            return False
        verb = work.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        inside = subj is not None and any(subj.left_edge.i <= t <= subj.right_edge.i for t in trigger_tokens)
        return inside and not any(c.dep_ == "neg" for c in verb.children)
    if dep != "nsubj" or verb.lemma_ != "be" or any(c.dep_ == "neg" for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ == "acomp" and c.lower_ in RESPONSIBLE_WORDS:
            c = next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "for"), None)
        elif not (c.dep_ == "prep" and c.lower_ in BEHIND_PREPS):
            continue
        if c is not None and any(c.left_edge.i <= t <= c.right_edge.i for t in trigger_tokens):
            return True
    return False


#: Verbs of saying whose agent is the one who did the act ("the bombing was claimed by the group").
OWNING_VERBS = RESPONSIBILITY.claim_verbs


def _of_names_agent(of: Token, trigger_tokens: set[int]) -> bool:
    """The "of" hangs on an event noun that names its target apart, with a preposition of its own
    ("an attack of the rebels against the garrison", "the assault of the jihadists on the post"):
    the "of" then names the attacker, as French, Portuguese and Spanish wire copy writes it ("une
    attaque des rebelles contre"). Without a target of its own ("the bombing of rebel positions")
    the "of" names what was hit, and this says nothing.

    Why: such translated copy left the attacker of the fight it tells unread."""
    noun = of.head
    if noun.i not in trigger_tokens or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    party = next((c for c in of.children if c.dep_ == "pobj"), None)
    if party is None or party.lower_ in SITE_NOUNS:
        return False  # "the shelling of army positions on the ridge": the site was hit
    on_noun = any(
        c.dep_ == "prep" and c.i > of.i and c.lower_ in AGENT_OF_TARGET_PREPS and not _names_time(c)
        for c in noun.children
    )
    # the parser often hangs the target on the "of" object ("of Boko Haram elements against the
    # post"); there only "against" is taken ("the bombing of civilians on the road" is no attack of
    # civilians)
    return on_noun or any(c.dep_ == "prep" and c.lower_ in AGENT_OF_PARTY_PREPS for c in party.children)


def _names_time(prep: Token) -> bool:
    """The preposition's object is a time ("on Monday", "on the night of 4 May")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.ent_type_ in _TIME_ENTS


def _tells_of(verb: Token) -> bool:
    """A verb of saying, identifying or naming: its subject or agent tells of the act or of who did
    it ("police said", "the army named the bomber as X", "identified by police"), and takes no part
    in it; a claim of the act excepted ("claimed by the group")."""
    lemma = verb.lemma_.lower()
    return lemma in IDENTIFYING_VERBS or (lemma in SPEAKING_LEMMAS and lemma not in OWNING_VERBS)


def _np_role(
    head: Token, trigger_tokens: set[int], weapon_tokens: frozenset[int] = frozenset()
) -> str | None:
    """initiator / target / None for a noun phrase head, from its function."""
    claimed = _responsibility_role(head, trigger_tokens)
    if claimed is not None:
        return None if claimed == "none" else claimed
    if _culpable(head, trigger_tokens) or _answerable(head, trigger_tokens):
        return "initiator"
    dep, parent = _function(head)
    if dep in ("amod", "compound", "poss", "nmod") and parent.i in trigger_tokens:
        return "initiator"
    if dep == "pobj" and (parent.dep_ == "agent" or parent.lower_ == "by"):
        if parent.head.lemma_.lower() in HOLDING_LEMMAS and parent.head.i not in trigger_tokens:
            return None  # "the village of Tal Bakr, held by the YPG": who holds the place
        if _tells_of(parent.head) and parent.head.i not in trigger_tokens:
            return None  # "the gunman, identified by police as X": who names the attacker did nothing
        if parent.head.i not in trigger_tokens and _repels(parent.head):
            return "target"  # "the assault was repelled by the army"
        return "initiator"
    if dep in ("dobj", "obj", "nsubjpass") and parent.i not in trigger_tokens and _repels(parent):
        return "initiator"  # "police repulsed the gunmen", "the attackers were beaten back"
    if dep == "pobj" and parent.lower_ == "from" and _fired_from(parent):
        return "initiator"
    if dep == "pobj" and parent.lower_ == "of" and _fired_from_direction(parent):
        return "initiator"
    if dep == "pobj" and parent.lower_ == "with" and _fought_with(parent, trigger_tokens):
        if _fight_of_the_fallen(parent):
            return None  # "20 militants died in clashes with the army": the army is no victim
        return "target"  # "troops clashed with the rebels": the side fought
    if dep == "pobj" and parent.lower_ == "from" and _taken_from(parent, trigger_tokens):
        return "target"  # "troops took the town from the rebels": who lost the ground
    if dep == "pobj" and parent.lower_ == "at" and head.lower_ in SITE_NOUNS and not _aimed(parent):
        return None  # "killed at an Israeli checkpoint": where it happened, not who was hit
    if dep == "pobj" and parent.lower_ in TARGET_PREPS:
        return "target"
    if dep == "pobj" and _blast_beside(parent, trigger_tokens):
        return "target"
    if dep == "pobj" and parent.lower_ == "of" and parent.head.lemma_ in VICTIM_OF_NOUNS:
        return "target"
    if dep == "pobj" and parent.lower_ == "of" and _of_names_agent(parent, trigger_tokens):
        return "initiator"  # "an attack of UNITA forces on the town": the "of" names who attacked
    if dep in ("nsubj", "csubj"):
        verb = parent
        if _told_own_loss(verb, head, trigger_tokens):
            return "target"
        if verb.lemma_ in ("die", "be") or verb.lemma_ in SPEAKER_SUBJECT_VERBS:
            return "target" if verb.lemma_ == "die" else None
        if _tells_of(verb) or _reacts_to(verb, trigger_tokens, weapon_tokens):
            return None  # "the bomber, who police identified as X": who names him did nothing
        if any(
            _repelled_attack(v, trigger_tokens, weapon_tokens)
            for v in (verb, *(c for c in verb.children if c.dep_ == "xcomp"))
        ):
            # "the army repelled the assault", "troops moved in to fight off the attack": who was
            # attacked or defends, never who attacked
            return "target"
        if verb.lemma_.lower() in DISCOVERY_VERBS and finds_remains(verb, REMAINS_NOUNS):
            return None  # "police found the bodies": who finds the dead took no part in killing them
        if _struck_while(verb, trigger_tokens, head):
            return "target"
        if _earlier_deed(verb, trigger_tokens) or _later_deed(verb, trigger_tokens):
            return None
        return "initiator"
    if dep == "nsubjpass":
        return "target"
    if dep in ("dobj", "obj", "attr"):
        return "target"
    return None


def _aimed(prep: Token) -> bool:
    """The "at" phrase says what fire was aimed at ("fired at a checkpoint", "shots at a base"),
    not where the event happened."""
    verb = prep.head
    if verb.lemma_.lower() in AIMING_WITHOUT_OBJECT and any(c.dep_ == "dobj" for c in verb.children):
        return False  # "shot a man at a checkpoint": the man was shot, at the checkpoint
    return verb.lemma_.lower() in AIMING_LEMMAS or verb.lower_ in AIMING_LEMMAS


def _blast_beside(prep: Token, trigger_tokens: set[int]) -> bool:
    """The preposition puts a blast of the event beside its object ("a bomb exploded outside a
    police station", "explosives went off near an army base"): a party's site there is what the
    blast was aimed at. Other events beside a site ("fighting near an army base") are not."""
    blast = prep.head
    if prep.lower_ not in BLAST_SITE_PREPS or blast.lemma_.lower() not in BLAST_LEMMAS:
        return False
    # the blast word is the trigger, or its verb sets the trigger off ("detonated a car bomb")
    return blast.i in trigger_tokens or any(
        c.i in trigger_tokens for c in blast.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")
    )


def _earlier_deed(verb: Token, trigger_tokens: set[int]) -> bool:
    """The verb tells, in a clause of sequence, another deed than the event: "the bombings came after
    British police disrupted a funeral", "the rebels struck after troops arrested their commander".
    Its subject did that deed, not the event (a trigger verb there is an event of its own, read
    as such)."""
    if verb.i in trigger_tokens or any(
        i in trigger_tokens for c in verb.children for i in (c.i, *_of_objects(c))
    ):
        return False  # the event itself told in the clause: "since IS launched (a wave of) attacks"
    if verb.dep_ == "pcomp" and verb.head.lower_ in SEQUENCE_WORDS:
        return True  # "after arresting their commander"
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in SEQUENCE_WORDS for c in verb.children
    )


def _later_deed(verb: Token, trigger_tokens: set[int]) -> bool:
    """The event hangs from the verb only through a clause of sequence: what the verb's subject did
    after it ("Colombia asked Cuba to hand over the rebels after a bombing killed 20"), not the
    event. A verb of the event itself, a light verb ("opened fire after storming the mosque")
    or one whose object is the event keeps its subject."""
    if (
        verb.i in trigger_tokens
        or verb.lemma_.lower() in EVENT_LEMMAS
        or _verb_in(verb, LIGHT_VERBS)
        or any(
            i in trigger_tokens
            for c in verb.children
            if c.dep_ in ("dobj", "obj", "attr", "oprd")
            for i in (c.i, *_of_objects(c))
        )
    ):
        return False
    sequenced = False
    stack = list(verb.children)
    while stack:
        c = stack.pop()
        if _sequence_clause(c):
            sequenced = sequenced or any(t.i in trigger_tokens for t in c.subtree)
            continue
        if c.i in trigger_tokens:
            return False  # the event reached without a word of sequence
        stack.extend(c.children)
    return sequenced


def _sequence_clause(tok: Token) -> bool:
    """ "after a bomb killed nine": a clause of sequence with a subject of its own, so it tells its
    event whole. A bare phrase ("troops withdrew after fierce clashes") is not one: the subject
    outside it often fought in it."""
    kids = tok.children
    return (
        tok.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in SEQUENCE_WORDS for m in kids)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


def _of_objects(tok: Token) -> list[int]:
    """Indices of the "of" objects of a word ("a wave of raids" -> raids)."""
    return [
        g.i
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _fired_from(prep: Token) -> bool:
    """A "from" phrase that says where fire came from, so who stood there fired: "shelling from the
    Ukrainian side", "rockets launched from rebel-held areas", "came under fire from government
    positions" (``origin_heads``); not "recaptured the town from the rebels"."""
    head = prep.head
    if head.lemma_.lower() in ORIGIN_HEADS or head.lower_ in ORIGIN_HEADS:
        return True
    return head.lemma_ == "come" and any(
        (c.dep_ == "prep" and c.lower_ in ORIGIN_COME_PREPS)
        or (c.dep_ == "nsubj" and c.lemma_.lower() in ORIGIN_HEADS)  # "the shelling came from X"
        for c in head.children
    )


def _fired_from_direction(of: Token) -> bool:
    """An "of" after a noun of direction in a "from" phrase of fire: "the shells came from the
    direction of a Turkish base" says who stood there fired, as "from a Turkish base" does."""
    direction = of.head
    if direction.lemma_.lower() not in ORIGIN_DIRECTION_NOUNS or direction.dep_ != "pobj":
        return False
    prep = direction.head
    return prep.lower_ == "from" and _fired_from(prep)


def _held_ground(head: Token) -> Token | None:
    """The ground a party is said to hold when the party is the agent of a participle of holding
    after a noun of ground ("positions held by the rebels", "areas controlled by the RSF"): that
    noun, whose function in the frame is the party's ("fired from areas controlled by X" fired
    from X's ground, as "from X-held areas" does); else None."""
    if head.dep_ != "pobj":
        return None  # before ``head.head``: asked of every party, and most are no object of "by"
    by = head.head
    if by.lower_ != "by" or by.dep_ not in ("agent", "prep"):
        return None
    held = by.head
    ground = held.head
    if held.dep_ != "acl" or held.lower_ not in HELD_WORDS or ground.lower_ not in HELD_NOUNS:
        return None
    return ground


def _between_prep(tok: Token) -> Token | None:
    """The "between" a party hangs under, climbing through its own noun phrase, conjuncts and "of"
    phrases ("between forces of the Government of X and ..."); None once a clause or another
    preposition intervenes."""
    cur = tok
    for _ in range(_MAX_BETWEEN_CLIMB):
        head = cur.head
        if head.i == cur.i or head.pos_ in ("VERB", "AUX"):
            return None
        if head.dep_ == "prep" and cur.dep_ == "pobj":
            if head.lower_ == "between":
                return head
            if head.lower_ != "of":
                return None
        cur = head
    return None


def _fights_between(prep: Token, trigger_tokens: set[int]) -> bool:
    """The "between" phrase names the sides of a fight of the event: it hangs on a word of fighting
    that is a trigger ("clashes between"), on the word a fight's "of" phrase hangs on ("exchanges
    of fire between"), or on a verb whose subject is such a word ("fighting broke out between")."""
    head = prep.head
    cands = [head, *(c for c in head.children if c.dep_ in ("nsubj", "nsubjpass"))]
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        cands.append(head.head.head)
    if head.pos_ in ("VERB", "AUX") and head.i < prep.i:
        # the verb's subject misparsed ("- Clashes broke out between" read into the dateline)
        cands.extend(prep.doc[max(prep.sent.start, head.i - _MAX_OUTBREAK_GAP) : head.i])
    return any(c.i in trigger_tokens and c.lemma_.lower() in BETWEEN_SIDES_HEADS for c in cands)


def between_side(doc: Doc, mention: Any, trigger_tokens: set[int]) -> str | None:
    """initiator / target for a party named in the "between X and Y" phrase of a fight: the side
    told first opens the fight's record, the side after the joining "and" is the one it fought
    (ACLED's side 1 and side 2). Read by word order around the joiner, since the parser often
    builds "the army and M23 rebels" as one noun with a modifier; an "and" inside a name
    ("Justice and Equality Movement") joins no sides. None outside such a phrase."""
    prep = _between_prep(doc[mention.head_i])
    if prep is None or not _fights_between(prep, trigger_tokens):
        return None
    sub = list(prep.subtree)
    joiners = [
        t
        for t in sub
        if t.lower_ in BETWEEN_SIDE_JOINERS
        and t.ent_iob_ != "I"
        and not mention.token_start <= t.i < mention.token_end
    ]
    if not joiners:
        return None
    return "initiator" if mention.token_end <= joiners[0].i else "target"


def assign_actor(frame: Frame, mention: Any) -> None:
    """Give an actor mention its role in a frame by its syntactic function."""
    doc = frame.sent.doc
    trig = {i for t in frame.triggers for i in range(t.token_start, t.token_end)}
    side = between_side(doc, mention, trig)
    if side is not None:
        bucket = frame.initiators if side == "initiator" else frame.targets
        if all(m.entry.name != mention.entry.name for m in bucket):
            bucket.append(mention)
            if side == "initiator":
                frame.sides.append(mention)
        return
    own_head = np_head(doc[mention.head_i])
    ground = _held_ground(own_head)
    head = ground if ground is not None else _gathering_head(_named_one(own_head))
    identified = head.i != own_head.i and own_head.dep_ == "pobj" and own_head.head.lower_ == "as"
    weapon_tokens = frozenset(i for w in frame.weapons for i in range(w.token_start, w.token_end))
    role = _np_role(head, trig, weapon_tokens)
    if role is None and head.i in trig:
        # the mention is the trigger's own noun phrase ("Houthi rockets", "coalition air strikes"),
        # unless the trigger names what was hit ("ISIS targets")
        patient = head.lemma_.lower() in PATIENT_NOUNS or head.lower_.rstrip("s") in PATIENT_NOUNS
        role = "target" if patient else "initiator"
    if role is None and _names_the_event_after(doc, mention, trig):
        role = "initiator"
    if _came_under(head, trig):
        role = "initiator"  # "the town came under M23 forces": M23 took it
    if _gave_ground_up(head, frame):
        role = "target"  # (a clause of sequence, "after the militia withdrew", gives it no role above)
    lost_ground = (
        role != "initiator" and (ground is not None or _holds_ground(doc, mention)) and _takes_ground(frame)
    )
    if lost_ground:
        role = "target"  # "captured the rebel-held town": who held it lost it
    if role is None:
        return
    # the role is only meaningful relative to a verb or noun of this frame
    verb = governing_verb(head)
    anchors = [t.head_i for t in frame.triggers]
    near = min(tree_distance_at(doc, head.i, a) for a in anchors)
    charged = role == "initiator" and _culpable(head, trig) and _verb_in(head.head, CHARGE_VERBS)
    if (
        near > 4
        and not charged
        and not (verb is not None and any(tree_distance_at(doc, verb.i, a) <= 2 for a in anchors))
    ):
        return
    if role == "initiator" and head.dep_ == "nsubj" and verb is not None and is_passive(verb):
        role = "target"
    if role == "initiator" and _stops_projectiles(head, frame.weapons):
        return  # "air defences intercepted 12 rockets": the defender, not the attacker
    if (
        role == "initiator"
        and head.i in trig
        and head.i != mention.head_i
        and _national_modifier_before(doc, mention, head)
    ):
        # "Russian ISIS airstrikes": the nation strikes, the group is struck; but "Palestinian
        # gunmen" (the mention is the event noun itself) are the gunmen of that nation
        role = "target"
    if getattr(mention.entry, "type", None) == "civilians" and role == "initiator":
        return
    if (getattr(mention, "area", False) or ground is not None) and role != "initiator" and not lost_ground:
        return  # ground a party holds is no party hit: "strikes on rebel-held areas"
    if getattr(mention, "kind", None) == "entity" and role == "target":
        return  # a name outside the actor list is taken only as the attacker ("WHO said" is no victim)
    if getattr(mention, "kind", None) == "entity" and not _agent_of(head, trig, weapon_tokens):
        return  # ... and only where the syntax makes it the one who acts ("X planted the bomb")
    if (
        getattr(mention, "kind", None) == "entity"
        and head.i != mention.head_i
        and not identified
        and (head.i in trig or head.lemma_.lower() in EVENT_LEMMAS)
        and getattr(mention.entry, "type", None) not in _ARMED_GROUP_TYPES
    ):
        # an unlisted name inside an event noun's phrase names the event: "the Manchester Arena
        # bombing"; one typed as an armed group by its head noun names who did it ("an X Front raid")
        return
    bucket = frame.initiators if role == "initiator" else frame.targets
    if all(m.entry.name != mention.entry.name for m in bucket):
        bucket.append(mention)


def _fought_with(prep: Token, trigger_tokens: set[int]) -> bool:
    """A "with" phrase under a word of fighting of the event, or under its object ("exchanged
    fire with gunmen", where the parser hangs it on "fire")."""
    heads = [prep.head] + ([prep.head.head] if prep.head.dep_ == "dobj" else [])
    return prep.head.i in trigger_tokens and any(h.lemma_.lower() in OPPOSING_WITH_HEADS for h in heads)


def _fight_of_the_fallen(prep: Token) -> bool:
    """The fighting word with the "with" phrase is where the clause's subject fell: "N fighters died
    (were killed) in clashes with X". The subject are the losses, so X is the side they fought,
    the one that killed them, never the one attacked."""
    fight = prep.head
    outer = fight.head
    if fight.dep_ != "pobj" or outer.lower_ not in ("in", "during", "amid"):
        return False
    verb = outer.head
    return verb.lemma_.lower() == "die" or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _taken_from(prep: Token, trigger_tokens: set[int]) -> bool:
    """A "from" phrase under a verb of taking ground, or under the ground it took (the parser hangs
    it there as often: "recaptured the district of X from the rebels")."""
    taker = prep.head
    if taker.i not in trigger_tokens and taker.dep_ in ("dobj", "nsubjpass"):
        taker = taker.head
    return taker.i in trigger_tokens and taker.lemma_.lower() in GROUND_TAKING_LEMMAS


def _takes_ground(frame: Frame) -> bool:
    """The frame tells a capture: a trigger of taking ground."""
    return any(t.event_type == "territory_change" for t in frame.triggers)


def _holds_ground(doc: Doc, mention: Any) -> bool:
    """The mention names who holds some ground: "rebel-held areas" (marked by the actor finder),
    "the IS-controlled village" (a "-held" word right after it)."""
    if getattr(mention, "area", False):
        return True
    end = mention.token_end
    return end + 1 < len(doc) and doc[end].text in ("-", "\u2013") and doc[end + 1].lower_ in HELD_WORDS


def _came_under(head: Token, trigger_tokens: set[int]) -> bool:
    """The party names who a place came or fell under ("came under M23 forces", "fell under the
    rebels' control"): the "under" phrase of a trigger verb of ``under_verbs``, or a word on its
    noun. The taker of the place, though no subject of the verb."""
    noun = head.head if head.dep_ in ("compound", "amod", "poss", "nmod") else head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under":
        return False
    verb = prep.head
    return verb.i in trigger_tokens and verb.lemma_.lower() in UNDER_VERBS


def _gave_ground_up(head: Token, frame: Frame) -> bool:
    """In a capture, the subject of a verb of leaving lost the ground ("the militia withdrew from
    the town as troops retook it"): the side taken from, not a second taker. Outside a capture the
    verb tells nothing of the event ("gunmen attacked the post and fled")."""
    if head.dep_ != "nsubj" or head.head.lemma_.lower() not in GROUND_LEAVING_VERBS:
        return False
    return _takes_ground(frame)


def _named_one(head: Token) -> Token:
    """The noun a name is put on ("a gunman identified as X", "the attacker, whom police named as
    X"), whose function is the name's; else the name itself."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "as" or prep.dep_ != "prep":
        return head
    verb = prep.head
    if (
        verb.lemma_.lower() not in IDENTIFYING_VERBS
        or verb.dep_ not in ("acl", "relcl")
        or verb.head.pos_ != "NOUN"
    ):
        return head
    return np_head(verb.head)


def _gathering_head(head: Token) -> Token:
    """The head of the phrase that counts or gathers the party ("a band of 30 rebels seized the
    bridge", "12 of the gunmen were killed"), or names ground or gear it holds ("jets pounded
    positions of the militia", "fire from positions of the army"), whose function is the party's."""
    for _ in range(2):
        prep = head.head
        if not (head.dep_ == "pobj" and prep.lower_ == "of" and prep.dep_ == "prep"):
            break
        noun = prep.head
        if noun.i == prep.i or not (
            noun.lemma_.lower() in COLLECTIVE_NOUNS
            or noun.lemma_.lower() in PATIENT_NOUNS
            or noun.pos_ == "NUM"
        ):
            break
        head = np_head(noun)
    return head


def _stops_projectiles(head: Token, weapons: list[Any]) -> bool:
    """The noun phrase is the subject of a verb that stops what was fired ("air defences
    intercepted 12 rockets", "troops shot down three drones"): a defender, not a party to the
    strike. Fighting off an assault ("repelled the attack") keeps its role (``_reacts_to``)."""
    dep, verb = _function(head)
    if dep not in ("nsubj", "csubj") or not (_verb_in(verb, DEFENCE_VERBS) or _verb_in(verb, DOWN_VERBS)):
        return False
    fired = {
        i
        for w in weapons
        if w.cls in PROJECTILE_CLASSES or w.name.lower() in PROJECTILE_WEAPONS
        for i in range(w.token_start, w.token_end)
    }
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return any(np_head(o).i in fired for o in objects)


def _names_the_event_after(doc: Any, mention: Any, trigger_tokens: set[int]) -> bool:
    """The mention stands right before an event noun of the frame ("in Syrian government shelling
    of the town", "after regime bombardment"): it modifies it, whatever tree the parser drew
    for a noun it took for a verb."""
    end = mention.token_end
    if end >= len(doc) or end not in trigger_tokens or getattr(mention.entry, "type", None) == "civilians":
        return False
    nxt = doc[end]
    return nxt.tag_ in ("NN", "NNS", "VBG") and not any(
        t.dep_ == "case" for t in doc[mention.token_start : end]
    )


def _agent_of(head: Token, trigger_tokens: set[int], weapon_tokens: frozenset[int] = frozenset()) -> bool:
    """The noun phrase carries out the event itself: the subject of the trigger verb or of a
    light verb ("X carried out the attack"), of a verb handling the weapon ("X left a bomb"),
    the "by" agent of either, or who claims it. A name outside the actor table takes the initiator role only so, never as the
    subject of any verb near an attack ("X said", "X received reports of attacks")."""
    if (
        _responsibility_role(head, trigger_tokens) == "initiator"
        or _culpable(head, trigger_tokens)
        or _answerable(head, trigger_tokens)
    ):
        return True
    dep, parent = _function(head)
    if dep in ("nsubj", "csubj"):
        verb = parent
    elif head.dep_ == "pobj" and (head.head.dep_ == "agent" or head.head.lower_ == "by"):
        verb = head.head.head
    elif head.dep_ == "pobj" and head.head.lower_ == "of":
        return _of_names_agent(head.head, trigger_tokens)  # "an attack of the FRUD on the garrison"
    else:
        return False
    if verb.i in trigger_tokens or _verb_in(verb, LIGHT_VERBS):
        return True
    return any(
        (c.dep_ in ("xcomp", "conj") and c.i in trigger_tokens)
        or (c.dep_ in ("dobj", "obj") and c.i in weapon_tokens)
        for c in verb.children
    )


def _national_modifier_before(doc: Any, mention: Any, head: Token) -> bool:
    """A capitalised nationality adjective before the mention in the trigger's noun phrase."""
    for tok in doc[head.left_edge.i : mention.token_start]:
        if tok.ent_type_ == "NORP" and tok.text[:1].isupper() and tok.pos_ in ("ADJ", "PROPN"):
            return True
    return False


def _measured_from(doc: Any, time: Any, triggers: list[Trigger]) -> Trigger | None:
    """The trigger a time expression counts from: the object of a sequence word that the
    expression measures ("the day before the attack", "two hours after the strike")."""
    span = range(time.token_start, time.token_end)
    preps = [c for i in span for c in (doc[i], *doc[i].children) if c.dep_ == "prep"]
    root = doc[time.token_start : time.token_end].root
    if root.dep_ == "npadvmod" and root.head.dep_ == "prep":
        preps.append(root.head)  # "two hours after the strike": the measure hangs on "after"
    for prep in preps:
        if prep.lower_ not in SEQUENCE_WORDS:
            continue
        for obj in prep.children:
            if obj.dep_ in ("pobj", "pcomp"):
                hit = next((t for t in triggers if t.head_i == obj.i), None)
                if hit is not None:
                    return hit
    return None


def _share_sides(frames: list[Frame]) -> None:
    """The fight and the taking of ground one sentence tells apart have the same two sides
    ("troops retook the district after fierce fighting with the rebels"), and the same place and
    day unless the sentence gives one its own: each frame of the family without an attacker, a
    victim, a place or a time takes the other's. So does a raid's second act beside a capture
    ("seized the village and attacked a nearby post")."""
    battles = [
        f
        for f in frames
        if not f.aside
        and (f.another_act or not {_triggers_family(t) for t in f.triggers} - {"battles", None})
    ]
    if len(battles) < 2 or not any(t.event_type in SEPARATE_TYPES for f in battles for t in f.triggers):
        return
    for f in battles:
        for other in battles:
            if other is f:
                continue
            for part in ("initiators", "targets", "places", "times"):
                if not getattr(f, part):
                    setattr(f, part, list(getattr(other, part)))


def _share_coordinated(sent: Span, frames: list[Frame]) -> None:
    """Two events told as conjuncts of one clause (troops "carried out raids and air strikes on the
    rebels near the town on Sunday") share its attacker, place and time: each frame without one
    takes the other's."""
    if len(frames) < 2:
        return
    doc = sent.doc
    for f in frames:
        for other in frames:
            if other is f or not _conjoined(doc, f, other):
                continue
            for part in ("initiators", "places", "times"):
                if not getattr(f, part):
                    setattr(f, part, list(getattr(other, part)))


#: "as clashes raged ..., strikes killed ...": a clause of the same time (time_expressions.yaml).
SIMULTANEITY_MARKS = load_words("lexicons", "time_expressions.yaml", "simultaneity_marks")
#: How far up from a trigger its clause of the same time is looked for.
_MAX_CLAUSE_CLIMB = 4


def _share_simultaneous(sent: Span, frames: list[Frame]) -> None:
    """An event told in a clause of the same time as another's ("as heavy clashes raged in X on
    Sunday, air strikes killed 15 civilians", "strikes hit the camp on Monday while fighting went
    on nearby") takes that one's time when it names none of its own, and is the main event's
    setting (``Frame.setting``), ordered after it.

    Why: the day sits in one clause only, nearest its own event; the other, often the sentence's
    main event, was left undated and fell back on the publication days."""
    if len(frames) < 2:
        return
    doc = sent.doc
    pairs = [(f, o) for f in frames for o in frames if o is not f and _same_time(doc, f, o)]
    for main, sub in pairs:
        sub.setting = True
        for a, b in ((main, sub), (sub, main)):
            own = [t for t in b.times if not _in_described(doc, t)]
            if not a.times and own:
                a.times = own


#: Dependencies of a clause that describes a noun ("a district which has been held for two years"):
#: a time inside one is the description's, not its clause's event's.
_DESCRIBING_DEPS = frozenset({"relcl", "acl"})


def _in_described(doc: Doc, t: Any) -> bool:
    """The time sits in a clause describing a noun ("captured X, which had been held by the rebels
    over the past two years"): it dates that state, so no other event takes it."""
    tree = doc_tree(doc)
    cur = t.head_i if getattr(t, "head_i", None) is not None else t.token_start
    for _ in range(_MAX_CLAUSE_CLIMB + 2):
        if tree.deps[cur] in _DESCRIBING_DEPS:
            return True
        if tree.heads[cur] == cur:
            return False
        cur = tree.heads[cur]
    return False


def _same_time(doc: Doc, main: Frame, sub: Frame) -> bool:
    """A trigger of ``sub`` lies in a clause of the same time ("as ...", "while ...") hung on the
    clause of a trigger of ``main`` (the trigger itself or the verb it is the subject or object of)."""
    heads = {t.head_i for t in main.triggers} | {doc[t.head_i].head.i for t in main.triggers}
    for t in sub.triggers:
        cur = doc[t.head_i]
        for _ in range(_MAX_CLAUSE_CLIMB):
            if cur.dep_ == "advcl":
                if cur.head.i in heads and any(
                    c.dep_ == "mark" and c.lower_ in SIMULTANEITY_MARKS for c in cur.children
                ):
                    return True
                break
            if cur.head is cur:
                break
            cur = cur.head
    return False


def _conjoined(doc: Doc, a: Frame, b: Frame) -> bool:
    """A trigger of one frame is a conjunct of a trigger of the other ("A and B")."""
    heads_b = {t.head_i for t in b.triggers}
    for t in a.triggers:
        tok = doc[t.head_i]
        if tok.dep_ == "conj" and tok.head.i in heads_b:
            return True
        if any(c.dep_ == "conj" and c.i in heads_b for c in tok.children):
            return True
    return False


def nearest_frame(frames: list[Frame], tok: Token) -> Frame:
    doc, i = tok.doc, tok.i
    return min(frames, key=lambda f: min(tree_distance_at(doc, i, t.head_i) for t in f.triggers))


def build_frames(
    sent_i: int,
    sent: Span,
    triggers: list[Trigger],
    weapons: list[WeaponMention],
    actors: list[Any],
    places: list[Any],
    times: list[Any],
    quantities: list[Any],
    irrealis: frozenset[str],
) -> list[Frame]:
    """The frames of one sentence with their arguments."""
    triggers = drop_gun_name_parts(drop_disarmed(sent.doc, triggers, weapons), weapons)
    triggers, weapons = drop_seized_weapons(sent, triggers, weapons)
    triggers, weapons = type_downed_warcraft(sent.doc, triggers, weapons)
    triggers = drop_charges(sent.doc, drop_group_words(sent.doc, triggers))
    triggers = drop_judicial_executions(sent, triggers, actors)
    triggers = type_captives(sent.doc, triggers)
    triggers = untype_captures(sent.doc, drop_victim_nouns(sent.doc, drop_light_verbs(sent.doc, triggers)))
    triggers = untype_claimed_sites(sent.doc, triggers)
    triggers = untype_supporting_fire(sent.doc, sent, triggers)
    groups = split_own_clauses(cluster_triggers(sent, triggers, irrealis), sent, places, times, quantities)
    groups = [(g, role) for g, role in groups if g]
    if not groups:
        return []
    frames = [
        Frame(
            sent_i,
            sent,
            sorted(g, key=lambda t: t.token_start),
            aside=role in ("aside", "apart"),
            apart=role == "apart",
        )
        for g, role in groups
    ]
    parts = {id(f) for f, (_, role) in zip(frames, groups, strict=True) if role == "part"}
    captures = [t for t in triggers if t.event_type in SEPARATE_TYPES]
    for f in frames:
        f.another_act = bool(captures) and any(_another_act(sent.doc, t, captures) for t in f.triggers)
    doc = sent.doc
    told = {t.head_i for f in frames for t in f.triggers}
    passing = _passing_parts(doc, [t for t in triggers if t.head_i not in told], told)
    for w in weapons:
        reason = reason_region(doc, w)
        if reason is not None and not any(reason[0] <= t.head_i < reason[1] for t in triggers):
            continue  # the weapon of the event answered, which the sentence tells no more of
        if any(a <= w.token_start < b for a, b in passing):
            continue  # "a day after an air strike on the camp": that strike's weapon, not this event's
        nearest_frame(frames, doc[w.token_start]).weapons.append(w)
    wholes = [q for q in quantities if whole_of_parts(doc, q, quantities)]
    for m in actors:
        if any(a <= m.head_i < b for a, b in passing):
            continue  # "days after an army raid": the raid's party, not this event's
        target = frames[0] if len(frames) == 1 else nearest_frame(frames, doc[m.head_i])
        if getattr(m.entry, "type", None) == "civilians" and any(
            q.noun_i == m.head_i
            and fight_whole(doc, q, quantities, target.triggers, assault_classes(target.weapons))
            for q in wholes
        ):
            continue  # "20 people, including 13 soldiers" killed at a barracks: not civilians
        assign_actor(target, m)
    for f in frames:
        f.event_type = decide_type(f)
    main_type = next((f.event_type for f in frames if id(f) not in parts and f.event_type), None)
    for f in frames:
        if id(f) in parts and f.event_type is None:
            f.event_type = main_type  # "64 shells over three nights, including 9 launched on Sunday"
    for p in places:
        region = _own_clause(doc, p.token_start)
        if (
            region is not None
            and doc[region[0] : region[1]].root.pos_ in ("NOUN", "PROPN")
            and not _part(doc, region)
            and not any(region[0] <= t.head_i < region[1] for t in triggers)
        ):
            # "in retaliation for the death of a commander in X": where another event was (a noun
            # phrase; a clause after "after" may hold the sentence's own event in words we lack)
            continue
        inside = (
            [f for f in frames if any(region[0] <= t.head_i < region[1] for t in f.triggers)]
            if region is not None
            else []
        )
        if len(inside) == 1 and inside[0].aside:
            # "killed on Monday, hours after a gas attack left dozens dead in X": X is where the
            # event told in passing was, the one frame of that clause
            inside[0].places.append(p)
            continue
        nearest_frame(frames, doc[p.token_start]).places.append(p)
    for t in times:
        tok = doc[t.head_i] if getattr(t, "head_i", None) is not None else doc[t.token_start]
        reason = time_reason_region(doc, t, times)
        if reason is not None:
            # "a response to the shelling of X on Tuesday": the day of the event answered, only
            # ever a frame told inside that reason (none: the sentence's act is not dated by it);
            # told inside by its first word, which the parser may join to words hung elsewhere
            # ("arrested men over a bombing last month that wounded nine": "wounded" on "men")
            told = [f for f in frames if reason[0] <= f.triggers[0].head_i < reason[1]]
            if told:
                nearest_frame(told, tok).times.append(t)
            continue
        origin = _measured_from(doc, t, triggers)
        if origin is None:
            nearest_frame(_clause_frames(frames, doc, tok.i), tok).times.append(t)
            continue
        # "the day before the attack": the time counts from the event, it dates what else the
        # sentence tells (if anything), never that event again
        others = [f for f in frames if origin not in f.triggers]
        if others:
            nearest_frame(others, tok).times.append(t)
    _share_sides(frames)
    _share_coordinated(sent, frames)
    _share_simultaneous(sent, frames)
    for q in quantities:
        number = doc.char_span(q.start_char, q.end_char, alignment_mode="expand")
        anchor = doc[q.verb_i] if getattr(q, "verb_i", None) is not None else number.root
        recalled = recalled_region(doc, number.root.i)
        if recalled is not None:
            # "in retaliation for an attack that killed 12": the toll of the event recalled, only
            # ever a frame told inside that clause
            told = [f for f in frames if all(recalled[0] <= x.head_i < recalled[1] for x in f.triggers)]
            if told:
                nearest_frame(told, anchor).quantities.append(q)
            continue
        nearest_frame(_clause_frames(frames, doc, number.root.i), anchor).quantities.append(q)
    return frames
