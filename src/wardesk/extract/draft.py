"""Drafts: a frame with its mentions resolved to record values, ready to merge.

A draft holds plain values (names, spans, dates) plus the offsets they came
from, so merging frames of one event and writing the record never reach back
into spaCy objects.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from wardesk.extract.frames import Frame
from wardesk.geo.mentions import locator_end
from wardesk.geo.place import bare_name, news_name
from wardesk.nlp.cache import (
    doc_children,
    doc_deps,
    doc_heads,
    doc_lemmas,
    doc_lowers,
    doc_pos,
    doc_sents,
    doc_token_texts,
)
from wardesk.record import FAMILY, Actor, Claim, DateSpan, Location, Source
from wardesk.resources import load_words

#: Place mentions governed by these prepositions name where a weapon came from,
#: not where the event happened ("the drones were launched from an airfield near Lake Chad").
ORIGIN_PREPS = load_words("lexicons", "roles.yaml", "origin_preps")
SCENE_PATH_LEMMAS = load_words("lexicons", "roles.yaml", "scene_path_lemmas")
MOTION_LEMMAS = load_words("lexicons", "roles.yaml", "motion_lemmas")
GROUND_LEFT_LEMMAS = load_words("lexicons", "roles.yaml", "ground_left_lemmas")
TAKEN_FROM_LEMMAS = load_words("lexicons", "roles.yaml", "taken_from_lemmas")
#: Dependencies of the people a verb of carrying off takes ("abducted [nine farmers] from X",
#: "[farmers] were abducted from X"), on whom the parser may hang the "from" phrase.
TAKEN_OBJECT_DEPS = frozenset(("dobj", "nsubjpass"))
FROM_PHRASE_HOSTS = load_words("lexicons", "roles.yaml", "from_phrase_hosts")
#: How many words a "from" phrase may hang through (``from_phrase_hosts``) before its verb: "abducted
#: nine people, including four children, from X" goes from, children, including, people.
FROM_PHRASE_REACH = 4
SCENE_OVER_PREPS = load_words("lexicons", "roles.yaml", "scene_over_preps")
#: Dependencies of the thing an act is done to: "hit [the ministry] in X", "[the headquarters] in X
#: was shelled", "exploded outside [the parliament] in X" (the object of the act's preposition).
STRUCK_DEPS = frozenset(("dobj", "nsubjpass", "pobj"))
#: Dependencies of the words a phrase opening a sentence may follow ("Separately, in X, police said").
FRONT_DEPS = frozenset(("advmod", "punct", "cc"))
#: How far up the parse a trigger may sit below the verb of saying a fronted place hangs on.
SAID_REACH = 8
DESTINATION_PREPS = load_words("lexicons", "roles.yaml", "destination_preps")
STANDING_LEMMAS = load_words("lexicons", "roles.yaml", "standing_lemmas")
PRESENT_TAGS = load_words("lexicons", "roles.yaml", "present_tags")
EXCHANGE_FIRST_WORDS = load_words("lexicons", "roles.yaml", "exchange_first_words")
SPEAKER_PLACE_LEMMAS = load_words("lexicons", "roles.yaml", "speaker_place_lemmas")
REFUGE_NOUNS = load_words("lexicons", "roles.yaml", "refuge_nouns")
CARE_NOUNS = load_words("lexicons", "roles.yaml", "care_nouns")
SPEAKER_VERBS = load_words("lexicons", "reporting_verbs.yaml", "speaker_subject_verbs")
EXCHANGE_REPLY_LEMMAS = load_words("lexicons", "roles.yaml", "exchange_reply_lemmas")
EXCHANGE_RETURN_LEMMAS = load_words("lexicons", "roles.yaml", "exchange_return_lemmas")
EXCHANGE_FIRE_WORDS = load_words("lexicons", "roles.yaml", "exchange_fire_words")
EXCHANGE_ACCOUNT_NOUNS = load_words("lexicons", "roles.yaml", "exchange_account_nouns")
EXCHANGE_CONTRARY_ADJECTIVES = load_words("lexicons", "roles.yaml", "exchange_contrary_adjectives")
#: Entity types of a noun that is itself a place: a clause about it says where it lies ("the market,
#: which is in the old town"), which is the event's place.
PLACE_ENT_TYPES = frozenset({"GPE", "LOC", "FAC"})
COUNTRY_PLACE_PREPS = load_words("lexicons", "place_words.yaml", "country_place_preps")
VESSEL_NOUNS = load_words("lexicons", "place_words.yaml", "vessel_nouns")
NAMED_FACILITY_NOUNS = load_words("lexicons", "place_words.yaml", "named_facility_nouns")
#: "the road from X to Y": a "from" that names where a road runs from, not an origin.
INTERCITY_NOUNS = load_words("lexicons", "place_words.yaml", "intercity_nouns")
#: Words between a town's name and its facility noun: "Kabul International Airport", "Kabul's main airport".
FACILITY_QUALIFIERS = 3
PRECISION_RANK = {"exact": 0, "near": 1, "admin1": 2, "country": 3}
#: Claims with these meanings are counts of one event's consequences.
CASUALTY_WHATS = ("killed", "injured")


@dataclass
class Draft:
    event_type: str | None
    sent_i: int
    strength: float
    from_title: bool = False
    kind: str = "incident"
    date: DateSpan = field(default_factory=DateSpan)
    locations: list[Location] = field(default_factory=list)
    initiators: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    weapons: list[str] = field(default_factory=list)
    claims: list[tuple[Claim, Any]] = field(default_factory=list)  # (claim, Quantity)
    sources: list[Source] = field(default_factory=list)
    evidence: list[tuple[int, int]] = field(default_factory=list)
    tally: bool = False
    hedged: bool = False
    members: int = 1
    weapon_classes: set[str] = field(default_factory=set)
    present_tense: bool = False
    own_place: bool = False
    lead: bool = False
    date_carried: bool = False  # the date was carried over from another sentence's event
    distinct: bool = False  # "another attack", "a separate strike": never one of the events before it
    later: bool = False  # "a later strike", "a subsequent raid": after the event told before it
    #: its verb is told as coming after, or besides, what was told before ("hours later, gunmen
    #: attacked ...", "bandits also raided ..."): a further act, never another reading of one
    sequel: bool = False
    #: "three more died in hospital on Tuesday, bringing the toll to 15": its tolls only add to or
    #: update the toll of the event told before it; it tells no new event
    follow_up: bool = False
    filled_type: bool = False  # the type came from the article (_fill_types), not its own words
    trigger_keys: set[str] = field(default_factory=set)  # the lexicon entries its triggers matched
    plural: bool = False  # its event nouns are plural ("those strikes")
    anaphoric: bool = False  # "the attack", "those strikes": tells more of an event already told
    claimed_back: bool = False  # "claimed the killing": what a side claims or disowns, told already
    spread: bool = False  # told over several places ("in villages around X"): maybe a summary
    aside: bool = False  # an untyped event told in passing ("two days after a raid on X")
    told_apart: bool = False  # told in passing, measured apart in time from its sentence's own event
    weak: bool = False  # only a weak, untyped word ("hit"): kept only to place an event it joins
    last_sent: int | None = None  # the last sentence of the text that reports it (set as drafts merge)
    narrated_offset: int | None = None  # "the next day": days from the day the text told last
    fallback_date: DateSpan | None = (
        None  # a publication stamp in its sentence: used if nothing else dates it
    )
    said_date: bool = False  # its day is the day a source said it ("..., officials said Friday")
    # a lead told with no day of its own: the days up to its stamp or publication it falls in
    news_days: DateSpan | None = None
    # the last of those days, kept by a headline that takes in such a lead: a period told further
    # down that is over before it is back-story to the news, not its date (merge.news_and_older_period)
    news_until: dt.date | None = None
    continues: bool = False  # only goes on counting the figure before ("another 40 have been killed")
    continued_from: int | None = None  # the sentence of the tally it goes on counting
    #: told only as the reason for another act ("arrested three men over an ambush last month",
    #: "sentenced five men for a bombing in 2019"): an earlier event, background unless given a day
    recalled: bool = False
    #: of those, the reason clause names the event's own place ("over an ambush near X last week")
    placed_in_reason: bool = False
    #: of those, told as the deed a court judges ("sentenced them for attacking a police station"):
    #: before the trial, background unless its own phrase gives a day
    judged: bool = False
    #: told only as the setting of another event in its sentence ("as clashes raged, ...")
    setting: bool = False
    #: the sentence tells a side fighting an attack off or answering fire ("police returned fire"):
    #: left untyped through the merge, it is a battle (``article._fill_types``)
    fought_back: bool = False
    #: the kinds of whom its deeds fall on ("armed", "civilian": ``precedence.patient_kind``), one
    #: per sentence that tells it: one kind alone types an attack its words leave untyped
    patients: frozenset[str] = frozenset()
    accused: bool = False  # told only as the act someone is accused of ("accused X of executing ...")
    denied: bool = False  # told only as the act of a report a side denies ("denied reports that jets ...")
    answers: bool = False  # its words say who fired first or that fire was returned ("fired first")
    speaker_placed: bool = (
        False  # its only places are where its source went or is ("survivors who reached X")
    )
    #: (sentence, trigger) of the list of towns it was split from (split.split_by_town): the
    #: parts of one list are separate incidents, none a coarser mention of another
    town_list: tuple[int, int] | None = None
    #: the words of its sentence just before its date's text, with that text ("went on until the
    #: early hours of Monday"): what ties the day to a fight begun the day before (merge._night_ran_on)
    date_context: str | None = None

    @property
    def last(self) -> int:
        """The last sentence of the text that reports the event (-1: the headline alone)."""
        if self.last_sent is not None:
            return self.last_sent
        return -1 if self.from_title and not self.evidence else self.sent_i

    @property
    def family(self) -> str | None:
        return FAMILY.get(self.event_type) if self.event_type else None

    def place_keys(self) -> set[str]:
        return {_key(loc.name) for loc in self.locations if loc.precision != "country"}

    def admin1_keys(self) -> set[str]:
        return {_key(loc.admin1) for loc in self.locations if loc.admin1}

    def countries(self) -> set[str]:
        return {loc.country for loc in self.locations if loc.country}


def fully_told(d: Draft) -> bool:
    """An event told in passing that still says where, when and to whom it happened ("in revenge
    for a raid near X last week that killed three herders"): a report of an incident of its own.

    Why: an untyped word told aside ("two days after a raid on X") is dropped unless a later
    sentence types it, as a mere mention; but one with its own place, its own day and its own
    toll is what a reader is told happened, and its type comes from its words of killing
    (``article._fill_types``). Its own words only: nothing inherited from other sentences. Told
    as the reason for another act ("arrested 30 men over an ambush near X last week that killed
    eight"), such an event is recent news, not background (``rank.finish``)."""
    return (
        d.own_place
        and (d.placed_in_reason or not d.recalled)  # a reason's place is in its own clause
        and d.date.start is not None
        and not d.said_date
        and any(c.what in CASUALTY_WHATS for c, _ in d.claims)
    )


@functools.lru_cache(maxsize=4096)
def _key(s: str | None) -> str:
    """A place name's comparison key (memoised: drafts compare their places pairwise)."""
    return "".join(c for c in (s or "").lower() if c.isalnum())


def place_key(name: str | None) -> str:
    """A place name's comparison key, as :meth:`Draft.place_keys` compares places."""
    return _key(name)


def location_of(mention: Any) -> Location | None:
    """A PlaceMention as a record Location with its precision."""
    place = getattr(mention, "place", None)
    hint = getattr(mention, "precision_hint", None) or "exact"
    text = getattr(mention, "text", None)
    if place is not None:
        kind = getattr(place, "kind", "city")
        if kind == "country":
            precision = "country"
        elif kind == "admin1" or (kind == "region" and not place.admin1):
            # a region over several provinces ('Mindanao', 'the Sahel') places no better than one
            precision = "admin1"
        else:
            precision = hint if hint in ("exact", "near") else "exact"
        admin1 = place.name if kind == "admin1" else place.admin1
        lat = place.lat if place.lat is not None and -90 <= place.lat <= 90 else None
        lon = place.lon if place.lon is not None and -180 <= place.lon <= 180 else None
        return Location(
            name=place.name if getattr(mention, "loose", False) else news_name(place, text),
            admin1=admin1,
            country=place.country,
            lat=lat,
            lon=lon,
            precision=precision,
            text=text,
            coords_from=_own_coords(place) if lat is not None and lon is not None else None,
        )
    if not text:
        return None
    # A place no gazetteer has keeps the text's name and borrows the coordinates of the place it
    # is tied to (geo's ``anchor``: a town, its admin1, else its country), saying so.
    anchor = getattr(mention, "anchor", None)
    lat = getattr(anchor, "lat", None)
    lon = getattr(anchor, "lon", None)
    has_coords = lat is not None and lon is not None
    return Location(
        name=bare_name(text),
        admin1=getattr(mention, "admin1_context", None),
        country=getattr(mention, "country_context", None),
        lat=lat if has_coords else None,
        lon=lon if has_coords else None,
        precision="near",
        text=text,
        coords_from=_borrowed_coords(anchor) if has_coords else None,
    )


#: ``coords_from`` prefix of a place's coordinates borrowed from a containing place, by its kind.
BORROWED_FROM = {"admin1": "admin1", "country": "country"}


def _own_coords(place: Any) -> str:
    return "user_gazetteer" if getattr(place, "source", "gazetteer") == "user" else "gazetteer"


def _borrowed_coords(anchor: Any) -> str:
    kind = BORROWED_FROM.get(getattr(anchor, "kind", ""), "town")
    name = anchor.country if kind == "country" else anchor.name
    return f"{kind}:{name}"


def event_locations(frame: Frame) -> list[Location]:
    """Where the frame's event happened: not launch sites, not datelines, not where something was
    said or negotiated, not a country named as an actor or an attribute ('US officials')."""
    doc = frame.sent.doc
    acts = _act_tokens(frame)
    keep = [
        p
        for p in frame.places
        if not getattr(p, "dateline", False)
        and (getattr(p, "role", "place") == "place" or _struck_site(doc, p.token_start, acts))
        and not _country_not_place(p)
    ]
    parties = {i for m in (*frame.initiators, *frame.targets) for i in range(m.token_start, m.token_end)}
    here = [
        p
        for p in keep
        if (
            (getattr(p, "preposition", None) or "") not in ORIGIN_PREPS
            or _ground_left(doc, p.token_start)
            or _over_scene(doc, p.token_start)
        )
        and not _from_origin(doc, p.token_start)
        and not _to_destination(doc, p.token_start)
        # a headline tells its events in the present tense: only a body's present describes
        and (frame.from_title or frame.headline or not _in_standing_clause(doc, p.token_start, parties))
    ]
    # 'taken to a clinic in X, the main town of Y province', 'in X, the main town of Y district':
    # Y only says where X is, whether X is the scene or not
    here = [
        p
        for p in here
        if not any(
            _describes(doc, q.token_end, p.token_start) or _measured_from(doc, q.token_end, p.token_start)
            for q in keep
            if q is not p
        )
    ]
    here = _without_speaker_places(doc, here, acts)
    locs: list[Location] = []
    # a ship struck ("hit a tanker", "a ship was struck"), not a ship that fires ("warships fired")
    lemmas, deps = doc_lemmas(doc), doc_deps(doc)  # per-document arrays: no Token per word
    sent = frame.sent
    at_sea = any(lemmas[i] in VESSEL_NOUNS and deps[i] != "nsubj" for i in range(sent.start, sent.end))
    for p in here:
        if getattr(getattr(p, "place", None), "kind", None) == "water" and not at_sea:
            continue  # ships fire from seas; events happen on land (a naval clash names its coast)
        loc = location_of(p)
        if loc is None:
            continue
        if any(_key(o.name) == _key(loc.name) for o in locs):
            continue
        locs.append(loc)
        site = facility_location(doc, p, loc)
        if site is not None and not any(_key(o.name) == _key(site.name) for o in locs):
            locs.append(site)
    for p in frame.places:
        if getattr(p, "role", "place") != "venue" or getattr(p, "dateline", False):
            continue
        if not _fronted_before_speaker(doc, p.token_start, acts):
            continue
        loc = location_of(p)
        if loc is None or any(_key(o.name) == _key(loc.name) for o in locs):
            continue
        if not locs or any(_same_area(loc, o) for o in locs):
            locs.append(loc)  # after the clause's own places: it is the wider setting they lie in
    return order_locations(locs)


def _act_tokens(frame: Frame) -> frozenset[int]:
    """The token indices of the frame's trigger words (their heads and spans)."""
    return frozenset(i for t in frame.triggers for i in (t.head_i, *range(t.token_start, t.token_end)))


def _phrase_host(doc: Doc, i: int) -> tuple[int, int] | None:
    """(preposition, the word it hangs on) of the "in"/"at" phrase a place name doc[i] stands in, read
    through its compounds and a town noun ("in the city of X"); None when it stands in no such phrase."""
    deps, heads, lows = doc_deps(doc), doc_heads(doc), doc_lowers(doc)
    cur = i
    for _ in range(4):
        if deps[cur] not in ("compound", "flat") or heads[cur] == cur:
            break
        cur = heads[cur]
    q = heads[cur]
    if deps[cur] == "pobj" and lows[q] == "of" and heads[q] != q and lows[heads[q]] in TOWN_NOUNS:
        cur = heads[q]  # 'the municipality headquarters in the city of X'
        q = heads[cur]
    if deps[cur] != "pobj" or lows[q] not in WHERE_PREPS or heads[q] == q:
        return None
    return q, heads[q]


def _struck_site(doc: Doc, i: int, acts: frozenset[int]) -> bool:
    """A place doc[i] the place finder read as a venue ("the ministry in X", "the embassy in X") that
    stands after the very thing the event's act was done to ("shells hit the ministry in X", "the
    headquarters in X was shelled", "a bomb exploded outside the parliament in X"): the building
    struck is in X, whatever else such a building does there (speak, sit, meet). The ministry that
    *says* something ("the ministry in X said") is no object of the act, and stays a venue."""
    host = _phrase_host(doc, i)
    if host is None:
        return False
    deps, heads = doc_deps(doc), doc_heads(doc)
    h = host[1]
    if deps[h] not in STRUCK_DEPS or heads[h] == h:
        return False
    up = heads[h]
    if deps[h] == "pobj":
        up = heads[up]  # 'outside the parliament': the act the preposition hangs on
    return up in acts


def _fronted_before_speaker(doc: Doc, i: int, acts: frozenset[int]) -> bool:
    """A place doc[i] in an "in"/"at" phrase that opens the sentence before a verb of saying whose
    report holds the event ("In X, police said gunmen killed four", "Separately, in X, residents
    told AFP that a drone hit a car"): the place finder reads it as where the words were said, but
    the sentence opens with it to set the scene of what they tell."""
    host = _phrase_host(doc, i)
    if host is None:
        return False
    q, verb = host
    deps, heads, pos = doc_deps(doc), doc_heads(doc), doc_pos(doc)
    sent = doc[i].sent
    if pos[verb] not in ("VERB", "AUX") or not (q < verb):
        return False
    if any(deps[k] not in FRONT_DEPS for k in range(sent.start, q)):
        return False
    for a in acts:
        cur = a
        for _ in range(SAID_REACH):
            if heads[cur] == cur:
                break
            cur = heads[cur]
            if cur == verb:
                return a != verb
    return False


def _same_area(loc: Location, other: Location) -> bool:
    """Two places of one country and, when both say it, one province: a fronted setting ("In X, ...")
    kept beside the places its report names, which lie in it."""
    if not loc.country or loc.country != other.country:
        return False
    return not loc.admin1 or not other.admin1 or _key(loc.admin1) == _key(other.admin1)


def _over_scene(doc: Doc, i: int) -> bool:
    """A place doc[i] "over" which an act was done ("shot down a drone over X", "a missile exploded
    over X"): the "over" hangs on a verb (or its object) that is no verb of moving ("flew over
    X"). Under a noun ("fighting over X", "the bridge over the river") it names no scene."""
    deps, heads, lows, pos, lemmas = (
        doc_deps(doc),
        doc_heads(doc),
        doc_lowers(doc),
        doc_pos(doc),
        doc_lemmas(doc),
    )
    cur = i
    for _ in range(4):
        if deps[cur] == "prep" or heads[cur] == cur:
            break
        cur = heads[cur]
    if deps[cur] != "prep" or lows[cur] not in SCENE_OVER_PREPS:
        return False
    h = heads[cur]
    if pos[h] != "VERB" and deps[h] in TAKEN_OBJECT_DEPS:
        h = heads[h]  # 'shot down an army helicopter over X': the parser hangs it on the object
    return pos[h] == "VERB" and lemmas[h] not in MOTION_LEMMAS


def facility_location(doc: Doc, mention: Any, town: Location) -> Location | None:
    """The facility a town's name is part of ("Aden airport", "Mosul General Hospital", "Tripoli's
    port"), as a place of its own: reports and references name the airport or hospital struck, not
    only its town, so both are kept. It lies in the town (precision "near", the town's admin1 and
    coordinates). Where the article names the same facility more fully elsewhere ("the X airport"
    and later "X International Airport"), the fullest name is its name."""
    place = getattr(mention, "place", None)
    if place is None or getattr(place, "kind", None) != "city" or town.precision == "country":
        return None
    lows, pos = doc_lowers(doc), doc_pos(doc)
    k = mention.token_end
    if k < len(doc) and lows[k] in ("'s", "\u2019s"):
        k += 1
    end = None
    for n in range(k, min(len(doc), k + FACILITY_QUALIFIERS + 1)):
        if lows[n] in NAMED_FACILITY_NOUNS and pos[n] in ("NOUN", "PROPN"):
            end = n
            break
        if pos[n] not in ("PROPN", "ADJ"):
            return None
    if end is None:
        return None
    name = _fullest_facility_name(doc, mention.text, lows[end])
    return Location(
        name=name,
        admin1=town.admin1,
        country=town.country,
        lat=town.lat,
        lon=town.lon,
        precision="near",
        text=doc[mention.token_start : end + 1].text,
        coords_from=f"town:{place.name}" if town.lat is not None and town.lon is not None else None,
    )


def _fullest_facility_name(doc: Doc, town_text: str, noun: str) -> str:
    """The longest name the article gives a town's facility: the town, the capitalised words after
    it and the facility noun ("X International Airport" over "X airport" and "X's airport")."""
    lows, texts = doc_lowers(doc), doc_token_texts(doc)
    town_words = town_text.split()
    width = len(town_words)
    best: list[str] = []
    for i in range(len(doc) - width):
        if texts[i : i + width] != town_words:
            continue
        k = i + width
        if k < len(doc) and lows[k] in ("'s", "\u2019s"):
            k += 1
        words: list[str] = []
        for n in range(k, min(len(doc), k + FACILITY_QUALIFIERS + 1)):
            if lows[n] == noun:
                if len(words) + 1 > len(best) or not best:
                    best = [*words, texts[n]]
                break
            if not texts[n][:1].isupper():
                words = []
                break
            words.append(texts[n])
    return " ".join([*town_words, *best]) if best else f"{town_text} {noun}"


#: Prepositions that say where a destination lies ("taken to the clinic in X").
WHERE_PREPS = frozenset({"in", "at"})
#: Nouns of "X, the main town of Y": a description of X that names what contains it.
TOWN_NOUNS = load_words("lexicons", "place_words.yaml", "town_nouns")
PART_NOUNS = load_words("lexicons", "place_words.yaml", "part_nouns")
#: Punctuation between a place and its description (a closing quote when the speaker's words end there).
_DESCRIPTION_PUNCT = frozenset({",", '"', "\u201c", "\u201d", "'", "\u2019", "(", "-", "\u2013", "\u2014"})
#: Most words of "the main market town in", between the place and the one its description names.
DESCRIPTION_MAX_WORDS = 6


def _describes(doc: Doc, end: int, start: int) -> bool:
    """doc[end:start] is a description opening after a place and naming another ('X, the main town in Y',
    'X" - the largest village of Y'): the second place only says where the first lies."""
    lows, pos = doc_lowers(doc), doc_pos(doc)
    k = end
    while k < start and lows[k] in _DESCRIPTION_PUNCT:
        k += 1
    if k == end or start - k > DESCRIPTION_MAX_WORDS or k >= start or lows[k] != "the":
        return False
    words = range(k + 1, start - 1)
    return (
        lows[start - 1] in ("in", "of")
        and any(lows[w] in TOWN_NOUNS for w in words)
        and all(pos[w] in ("ADJ", "NOUN") for w in words)
    )


#: Lower-case words a distance phrase may put before its reference town ('200 km east of the capital
#: Tripoli', 'north of the regional capital, Y').
REFERENCE_REACH = 4


def _measured_from(doc: Doc, end: int, start: int) -> bool:
    """doc[start] opens the town a distance after a place measures from ('X, about 200 km east of Y',
    'X, 30 km from the capital Y'): Y, that far away, only says where X lies, it is no scene. A bare
    direction ('X, north of Y') is not enough: Y's own outskirts may be the scene too."""
    k = locator_end(doc, end, measured=True)
    if k is None or start < k or start - k > REFERENCE_REACH:
        return False
    return all(t.is_lower or t.text == "," for t in doc[k:start])


def _country_not_place(p: Any) -> bool:
    """A country's name says where an event happened only as the object of a locative preposition
    ('in Syria', 'across Iraq'); 'Russia bombed', 'US destroyers' and 'the US-Russia deal' name actors."""
    place = getattr(p, "place", None)
    if place is None or place.kind != "country":
        return False
    return (getattr(p, "preposition", None) or "") not in COUNTRY_PLACE_PREPS


def _from_origin(doc: Doc, i: int) -> bool:
    """A place doc[i] inside a "from ..." phrase ("launched from an airfield near Lake Chad"), not of
    a verb of leaving ground ("drove the rebels from X": X changed hands there), nor a "through"
    phrase of a verb of destruction ("tore through a market in X")."""
    deps, lows, pos, heads = doc_deps(doc), doc_lowers(doc), doc_pos(doc), doc_heads(doc)
    cur = i
    for _ in range(5):
        if deps[cur] == "prep" and lows[cur] in ORIGIN_PREPS:
            if lows[cur] in SCENE_OVER_PREPS and _over_scene(doc, i):
                return False  # 'shot down a drone over X': it happened there
            if lows[cur] in ("through", "across") and doc_lemmas(doc)[heads[cur]] in SCENE_PATH_LEMMAS:
                return False  # 'a bomb tore through a market in X': it happened there
            return not _ground_left(doc, i) and lows[heads[cur]] not in INTERCITY_NOUNS
        if heads[cur] == cur or pos[cur] in ("VERB", "AUX"):
            return False
        cur = heads[cur]
    return False


def _ground_left(doc: Doc, i: int) -> bool:
    """A place doc[i] in the "from" phrase of a verb of leaving or driving off ground ("pushed the
    rebels from X", "withdrew from X"): the place that changed hands; or of a verb of carrying
    people off ("abducted nine farmers from X"): where they were seized. The parser often hangs
    the phrase on the verb's object ("farmers from X"), so the object's verb is read too."""
    deps, lows, heads = doc_deps(doc), doc_lowers(doc), doc_heads(doc)
    cur = i
    for _ in range(5):
        if deps[cur] == "prep" and lows[cur] == "from":
            return _from_left_or_taken(doc, heads[cur])
        if heads[cur] == cur:
            return False
        cur = heads[cur]
    return False


def _from_left_or_taken(doc: Doc, head: int) -> bool:
    """The word a "from" phrase hangs on, doc[head], is a verb of leaving or taking ground or of
    carrying people off, or leads to one through the words the parser hangs such a phrase on: the
    people carried off ("farmers from X"), what is said of them ("17 people, most of them women,
    from X"; "nine people, including four children, from X") or the verb's particle ("pushed the
    militants back from X")."""
    deps, heads, lemmas, pos = doc_deps(doc), doc_heads(doc), doc_lemmas(doc), doc_pos(doc)
    h = head
    for _ in range(FROM_PHRASE_REACH):
        if lemmas[h] in GROUND_LEFT_LEMMAS | TAKEN_FROM_LEMMAS:
            return True
        if heads[h] == h:
            return False
        if deps[h] in TAKEN_OBJECT_DEPS:
            return lemmas[heads[h]] in TAKEN_FROM_LEMMAS
        if pos[h] in ("VERB", "AUX") and deps[h] != "prep" or deps[h] not in FROM_PHRASE_HOSTS:
            return False
        h = heads[h]
    return False


def _to_destination(doc: Doc, i: int) -> bool:
    """A place inside a "to"/"towards" phrase of a verb of moving ("rushed to a clinic
    in Kaya", "moving towards the village of Tessit"): where someone went, not where it happened.
    A missile "fired towards" a city hits there: only verbs of moving people count; nor is a place
    where a "where" clause tells what happened there ("the gunmen went on to X, where three herders died")."""
    deps, lows, pos, heads, lemmas = (
        doc_deps(doc),
        doc_lowers(doc),
        doc_pos(doc),
        doc_heads(doc),
        doc_lemmas(doc),
    )
    kids = doc_children(doc)
    cur = i
    for _ in range(8):
        if any(
            deps[c] == "relcl" and lemmas[c] not in MOTION_LEMMAS and any(lows[g] == "where" for g in kids[c])
            for c in kids[cur]
        ):
            return False  # "..., where three herders died": it happened there (not "where the hurt were brought")
        if deps[cur] == "prep" and lows[cur] in DESTINATION_PREPS:
            h = heads[cur]
            if lemmas[h] in MOTION_LEMMAS:
                return True
            if deps[h] == "dobj" and lemmas[heads[h]] in MOTION_LEMMAS:
                return True  # 'pursuing the attackers towards X': the parser hangs 'towards' on the object
        if deps[cur] == "prep" and lows[cur] in WHERE_PREPS and lemmas[heads[cur]] in MOTION_LEMMAS:
            # "taken to the clinic in X", the parser hanging "in X" on the verb: X is where the clinic is
            if any(deps[c] == "prep" and lows[c] in DESTINATION_PREPS and c < cur for c in kids[heads[cur]]):
                return True
        if heads[cur] == cur or (pos[cur] in ("VERB", "AUX") and deps[cur] not in ("relcl", "acl")):
            return False
        cur = heads[cur]
    return False


def _in_standing_clause(doc: Doc, i: int, parties: set[int]) -> bool:
    """A place doc[i] inside a clause that describes a person or a group as they are ("a doctor who
    works at the hospital in X", "a survivor now living in a camp near X", "JNIM, which is also
    active in X and Y"): where they live, work or operate, told in the present tense or with a verb
    of standing (``standing_lemmas``), is not where the event happened. A clause about a place
    ("the market, which is in the old town") still places it; a party's name ("the Islamic State
    Sahel Province") is no place, whatever its word (``parties``: the frame's actors' tokens)."""
    deps, heads, lemmas, lows = doc_deps(doc), doc_heads(doc), doc_lemmas(doc), doc_lowers(doc)
    cur = i
    for _ in range(8):
        if deps[cur] in ("relcl", "acl") and heads[cur] != cur:
            standing = doc[cur].tag_ in PRESENT_TAGS or lemmas[cur] in STANDING_LEMMAS
            return standing and (heads[cur] in parties or not _place_noun(doc, heads[cur], lows))
        if heads[cur] == cur:
            return False
        cur = heads[cur]
    return False


def _place_noun(doc: Doc, i: int, lows: list[str]) -> bool:
    """doc[i] names a place or a site (a town, a market, a hospital): a clause on it says where it lies.
    A proper name is a place by its entity type alone ("Islamic State Sahel Province" is a group)."""
    if doc[i].ent_type_ in PLACE_ENT_TYPES:
        return True
    return doc_pos(doc)[i] != "PROPN" and (
        lows[i] in TOWN_NOUNS or lows[i] in NAMED_FACILITY_NOUNS or lows[i] in PART_NOUNS
    )


def in_speaker_phrase(doc: Doc, i: int) -> bool:
    """A place doc[i] in the description of the one who speaks ("Survivors who reached X said",
    "Refugees arriving in Y said", "A doctor at the hospital in Z said"): a clause telling where the
    speaker went or is, or a hospital or camp they are at. Where the source is, not the event; the
    speaker's home ("residents of X said", "villagers in X said") may be the scene and is not this."""
    deps, heads, lemmas, lows = doc_deps(doc), doc_heads(doc), doc_lemmas(doc), doc_lowers(doc)
    described = False
    cur = i
    for _ in range(12):
        if (
            deps[cur] in ("relcl", "acl")
            and lemmas[cur] in SPEAKER_PLACE_LEMMAS | MOTION_LEMMAS | STANDING_LEMMAS
        ):
            described = True
        elif lows[cur] in REFUGE_NOUNS:
            described = True
        elif deps[cur] in ("relcl", "acl", "ccomp", "conj", "advcl"):
            return False  # a clause of another kind on the way: the place is told as something else
        if deps[cur] == "nsubj" and lemmas[heads[cur]] in SPEAKER_VERBS:
            return described
        if heads[cur] == cur:
            return False
        cur = heads[cur]
    return False


def _without_speaker_places(doc: Doc, places: list[Any], acts: frozenset[int]) -> list[Any]:
    """The places of a clause less those told only in the description of the one who speaks ("...
    killed six children near X, a doctor at the hospital in Y said") or as where the hurt are cared
    for (``_cared_at``): Y is where the source or the wounded are, and a more exact name than X's
    must not put the event there. When such places are all the clause has they stay, so that
    ``placed_by_speaker`` sees them and the merge hands the event the scene of the report it tells
    more of."""
    scene = [p for p in places if not _off_scene(doc, p.token_start, acts)]
    return scene or places


def _off_scene(doc: Doc, i: int, acts: frozenset[int]) -> bool:
    """doc[i] names where the speaker is or where the hurt are cared for, not where the act was."""
    return in_speaker_phrase(doc, i) or _cared_at(doc, i, acts)


def _cared_at(doc: Doc, i: int, acts: frozenset[int]) -> bool:
    """A place doc[i] in an "in"/"at" phrase on a hospital or a morgue ("nine wounded were admitted
    in hospitals in X", "the bodies lie at the morgue in Y") that is not what the act struck or
    where it was done ("shelled a hospital in X", "killed in a clinic in Y" stay the scene): the
    town the wounded were brought to. Read from the parse: the phrase's host noun and its head."""
    host = _phrase_host(doc, i)
    if host is None:
        return False
    noun = host[1]
    if doc_lemmas(doc)[noun] not in CARE_NOUNS or _struck_site(doc, i, acts):
        return False
    deps, heads = doc_deps(doc), doc_heads(doc)
    up = heads[noun]
    if deps[noun] == "pobj" and heads[up] != up:
        up = heads[up]  # 'killed in a clinic in Y': the verb the clinic's preposition hangs on
    return up not in acts and noun not in acts


def placed_by_speaker(frame: Frame, locs: list[Location]) -> bool:
    """Every place of the frame's event is one its sentence gives only in the description of the
    one who speaks (``in_speaker_phrase``) or as where the hurt are cared for (``_cared_at``): the
    sentence says where its source or its wounded are, not the event."""
    if not locs or frame.from_title:
        return False
    doc = frame.sent.doc
    acts = _act_tokens(frame)
    said = {
        _key(loc.name)
        for p in frame.places
        if _off_scene(doc, p.token_start, acts) and (loc := location_of(p)) is not None
    }
    return bool(said) and all(_key(loc.name) in said or _key(loc.text or "") in said for loc in locs)


ANAPHORIC_DETERMINERS = load_words("lexicons", "place_words.yaml", "anaphoric_determiners")
#: How many sentences back a bare "the village" reaches for the settlement it points to: a report
#: names the place in its lead or the sentence before and goes on with "the village" (set by the
#: own place sweep tests/data/geo/anaphor24_sweep.tsv; farther back, another town intervenes).
ANAPHOR_REACH_SENTENCES = 3
#: How many heads up from the town noun the event's act may be ("stormed [the village]", "fire on
#: [the town]", "blew himself up at a checkpoint at the entrance to [the town]"), within its clause.
ANAPHOR_ACT_REACH = 8
#: Dependencies that open another clause: a town noun below one is told of in that clause, not in
#: the act's ("the bomber, who had lived in the town").
CLAUSE_DEPS = frozenset(("relcl", "acl", "ccomp", "advcl", "csubj", "parataxis"))
#: Dependencies of an act word below the verb a town noun hangs on: an argument ("[a car bomb]
#: ripped through the town", "fired [mortars] into the town") or the act it goes on to ("raked the
#: village, [killing] 11", "stormed the town and [shot] dead six").
ACT_ARGUMENT_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "advcl", "conj"))
#: Dependencies of a bare town noun's own words that leave it pointing back: its determiner alone
#: ("the village"); an adjective, a name or an "of" phrase makes it another place ("a nearby village",
#: "the village of X", "the Kurdish town").
ANAPHOR_OWN_DEPS = frozenset(("det", "punct", "case"))
SITE_NOUNS = load_words("lexicons", "place_words.yaml", "site_nouns")
NEAR_NOUNS = load_words("lexicons", "place_words.yaml", "near_nouns")


def _bare_town_noun(doc: Doc, i: int) -> bool:
    """doc[i] is a singular town noun with only a pointing determiner ("the village", "this town"):
    a settlement the article named before, not a new one ("a village", "the nearby village",
    "the village of X", "villages")."""
    lows, deps = doc_lowers(doc), doc_deps(doc)
    if lows[i] not in TOWN_NOUNS or doc[i].tag_ != "NN" or deps[i] == "compound":
        return False
    kids = doc_children(doc)[i]
    if any(deps[c] not in ANAPHOR_OWN_DEPS for c in kids):
        return False
    return any(deps[c] == "det" and lows[c] in ANAPHORIC_DETERMINERS for c in kids)


def _on_act(doc: Doc, i: int, acts: frozenset[int]) -> bool:
    """doc[i] stands in the clause of the event's act: the act is among its heads, reached before
    the opening of another clause, or is the subject or object of the first verb above it ("a car
    bomb ripped through the town's market", "fighters fired mortars into the town")."""
    heads, deps, pos, lows = doc_heads(doc), doc_deps(doc), doc_pos(doc), doc_lowers(doc)
    cur = i
    for _ in range(ANAPHOR_ACT_REACH):
        if heads[cur] == cur or deps[cur] in CLAUSE_DEPS:
            return False
        if _owned_by_thing(doc, cur, lows):
            return False
        cur = heads[cur]
        if cur in acts:
            return True
        if pos[cur] in ("VERB", "AUX"):
            return any(heads[a] == cur and deps[a] in ACT_ARGUMENT_DEPS for a in acts)
    return False


def _owned_by_thing(doc: Doc, k: int, lows: list[str]) -> bool:
    """doc[k] is the object of an "of" on a noun that is no place ("the history of the town", "the
    mayor of the village"): the town describes that thing, it is not where the act was. Under a
    place ("the centre of the town", "the outskirts of the village") it still is."""
    heads, deps = doc_heads(doc), doc_deps(doc)
    q = heads[k]
    if deps[k] != "pobj" or lows[q] != "of" or heads[q] == q:
        return False
    owner = heads[q]
    return not (_place_noun(doc, owner, lows) or lows[owner] in SITE_NOUNS or lows[owner] in NEAR_NOUNS)


def _antecedent_site(doc: Doc, m: Any, acts: frozenset[int], own_sentence: bool) -> Location | None:
    """A place mention that can be the settlement a later bare town noun points back to: a town
    or a name no gazetteer has (no country, province, river or base), not a dateline, a venue,
    where a speaker is, where the hurt were taken or where someone went to. In the noun's own
    sentence not where someone came from either ("troops from X stormed the town"); a sentence
    before may tell where the victims came from ("the dead came from X"): that is the settlement
    the text goes on about."""
    if getattr(m, "dateline", False) or getattr(m, "role", "place") != "place":
        return None
    place = getattr(m, "place", None)
    if place is not None and place.kind in NOT_SETTLEMENT_KINDS:
        return None
    if place is None and (m.text or "").split()[-1:] and m.text.split()[-1].lower() in FEATURE_NOUNS:
        return None  # 'the Grabez plateau', 'the Agago river': a named feature is no town
    prep = getattr(m, "preposition", None) or ""
    if prep.endswith(" of"):
        return None  # 'X, a port south of Y': Y only says where X lies
    i = m.token_start
    if _off_scene(doc, i, acts) or _to_destination(doc, i):
        return None
    if own_sentence and (prep in ORIGIN_PREPS or _from_origin(doc, i)) and _verb_phrase(doc, i):
        return None  # 'advanced from X and shelled the town'; not 'elders from X' (their home)
    loc = location_of(m)
    if loc is None or loc.precision not in ("exact", "near"):
        return None
    return loc


#: Gazetteer kinds that are no settlement a bare town noun can point back to.
NOT_SETTLEMENT_KINDS = frozenset(("water", "base", "country", "admin1"))
FEATURE_NOUNS = load_words("lexicons", "place_words.yaml", "feature_nouns")


def _verb_phrase(doc: Doc, i: int) -> bool:
    """The prepositional phrase a name doc[i] stands in hangs on a verb ("came from X"), not on a
    noun ("elders from X", "artillery from positions in X" is read through the noun's verb)."""
    deps, heads, pos = doc_deps(doc), doc_heads(doc), doc_pos(doc)
    cur = i
    for _ in range(6):
        if deps[cur] == "prep":
            return pos[heads[cur]] in ("VERB", "AUX")
        if heads[cur] == cur:
            return False
        cur = heads[cur]
    return False


#: Dependencies by which a town noun gives a name its kind: "X village" (compound), "X, a farming
#: village" (appos), "the village of X" (X the object of its "of").
NAMED_NOUN_DEPS = frozenset(("compound", "appos", "nmod"))


def _named_with(doc: Doc, m: Any, lemma: str) -> bool:
    """The place mention was introduced with the same town noun a later bare one repeats ("the city
    of Kuito ... the city", "Kurfa village ... the village", "X, a farming village"), read from the
    parse: the noun says which of the places named before it points back to."""
    deps, heads, lemmas, lows = doc_deps(doc), doc_heads(doc), doc_lemmas(doc), doc_lowers(doc)
    r = m.token_start
    for _ in range(MAX_NAME_CLIMB):
        if deps[r] not in ("compound", "flat") or not m.token_start <= heads[r] < m.token_end:
            break
        r = heads[r]
    h = heads[r]
    if h != r and lemmas[h] == lemma and deps[r] in NAMED_NOUN_DEPS:
        return True  # 'X village'
    if any(lemmas[k] == lemma and deps[k] == "appos" for k in doc_children(doc)[r]):
        return True  # 'X, a farming village'
    if deps[r] == "pobj" and lows[h] == "of" and heads[h] != h:
        return lemmas[heads[h]] == lemma  # 'the village of X'
    return False


#: How many words of a name the parse may chain before its root ('Nga Sar Kyu').
MAX_NAME_CLIMB = 4


def anaphoric_place(frame: Frame, mentions: list[Any], countries: set[str]) -> Location | None:
    """The place of an event its own clause names only by a bare town noun ("gunmen stormed the
    village", "rebels shelled the town", "jets bombed the city"): a settlement named before it,
    within a few sentences. The last one introduced with the same noun ("the city of X", "X
    village") wins; else the first place of the last sentence that names one ("Residents of X, a
    farming village in Y, buried ..." -> X; Y only says where X lies). Without it such an event
    took the article's country or the place of whatever event was told before it. Only places of
    the article's countries and their neighbours (``countries``, empty: any) count."""
    if frame.from_title:
        return None
    doc = frame.sent.doc
    acts = _act_tokens(frame)
    sent = frame.sent
    noun = next(
        (i for i in range(sent.start, sent.end) if _bare_town_noun(doc, i) and _on_act(doc, i, acts)), None
    )
    if noun is None:
        return None
    at = doc[noun].idx
    sents = doc_sents(doc)
    first = max(0, frame.sent_i - ANAPHOR_REACH_SENTENCES)
    floor = sents[first].start_char if first < len(sents) else sent.start_char
    lemma = doc_lemmas(doc)[noun]
    by_sentence: dict[int, list[Location]] = {}
    named: Location | None = None
    for m in sorted(mentions, key=lambda x: x.start_char):
        if not floor <= m.start_char < at:
            continue
        loc = _antecedent_site(doc, m, acts, m.start_char >= sent.start_char)
        if loc is None or (countries and loc.country not in countries):
            continue
        by_sentence.setdefault(doc[m.token_start].sent.start, []).append(loc)
        if _named_with(doc, m, lemma):
            named = loc
    if named is not None:
        return named
    if not by_sentence:
        return None
    return by_sentence[max(by_sentence)][0]


def answers_fire(doc: Doc, start: int, end: int) -> bool:
    """The sentence doc[start:end] says who began an exchange of fire or that fire was answered
    ("Armenian units opened fire first", "its troops returned fire", "its forces only responded"), or
    that it tells the fight another way ("gave a different account"): how a side tells a fight the
    other side reported, not a new event (``merge``)."""
    deps, heads, lemmas, lows, pos = (
        doc_deps(doc),
        doc_heads(doc),
        doc_lemmas(doc),
        doc_lowers(doc),
        doc_pos(doc),
    )
    kids = doc_children(doc)
    for i in range(start, end):
        if lows[i] in EXCHANGE_FIRST_WORDS and deps[i] == "advmod" and pos[heads[i]] == "VERB":
            return True
        if pos[i] == "VERB" and lemmas[i] in EXCHANGE_REPLY_LEMMAS:
            return True
        if lemmas[i] in EXCHANGE_RETURN_LEMMAS and any(lows[c] in EXCHANGE_FIRE_WORDS for c in kids[i]):
            return True
        if lemmas[i] in EXCHANGE_ACCOUNT_NOUNS and any(
            lows[c] in EXCHANGE_CONTRARY_ADJECTIVES for c in kids[i]
        ):
            return True  # "gave a different account"
    return False


def order_locations(locs: list[Location]) -> list[Location]:
    """Most precise first; a country only when nothing finer is known."""
    fine = [loc for loc in locs if loc.precision != "country"]
    if fine:
        locs = fine
    return sorted(locs, key=lambda loc: PRECISION_RANK.get(loc.precision, 9))


#: Words that put one event somewhere inside a period ("earlier this month"), rather than
#: counting over the whole of it ("this month", "in the past week", "since April").
WITHIN_PERIOD_WORDS = load_words("lexicons", "time_expressions.yaml", "within_period_words")


def date_runs_to(d: DateSpan, published: dt.date | None) -> bool:
    """A period that runs up to publication: what a tally counts over ("in the past four days",
    "since April", "this year", "since the war began"). A past period ("last week", "in
    2014", "two months ago", "earlier this month") dates one event less precisely."""
    if not date_is_period(d) or d.end is None or published is None or d.end < published:
        return False
    return not any(w in (d.text or "").lower().split() for w in WITHIN_PERIOD_WORDS)


def date_is_period(d: DateSpan) -> bool:
    if d.precision in ("week", "month", "year"):
        return True
    if d.start and d.end and (d.end - d.start) > dt.timedelta(days=2):
        return True
    return False


#: How many words before a date's text its context keeps: enough for "went on until the early hours
#: of" to reach the date, never the sentence's other clauses.
DATE_CONTEXT_WORDS = 5


def date_context(sentence: str, date_text: str | None) -> str | None:
    """The few words of the sentence before the date's own text, with that text: the date resolver
    keeps "Monday" of "raged into Monday" and "hours of Monday" of "until the small hours of
    Monday"; the words before it say whether the day is one a fight ran on into."""
    if not date_text:
        return None
    at = sentence.find(date_text)
    if at < 0:
        return date_text
    before = sentence[:at].split()[-DATE_CONTEXT_WORDS:]
    return " ".join([*before, date_text])


#: How many words may stand before a date's text at the head of its sentence and still front it
#: ("On the same day, ...", "Later that day, ...", "In the afternoon, ...").
FRONTED_TIME_WORDS = 1


def time_fronted(sentence: str, date_text: str | None) -> bool:
    """The sentence opens with its own date ("On the same day, a bomb struck ..."): narration that
    sets a new scene, a further act, not another side's reading of one told before."""
    if not date_text:
        return False
    at = sentence.find(date_text)
    return at >= 0 and len(sentence[:at].split()) <= FRONTED_TIME_WORDS
