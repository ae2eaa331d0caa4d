"""One incident per town: a sentence that lists strikes on several towns.

The event schema follows ACLED: an incident has one location, and "strikes on
two towns are two incidents". A sentence such as "Coalition jets carried out
seven strikes, three near Mosul, two in Sinjar and one in Kasik" holds one
trigger but three incidents. The places are split off only when the syntax
lists them side by side (conjuncts, or the objects of conjoined "in ..."
phrases) and they are towns at least ``MIN_APART_KM`` apart, so that "the
neighbourhoods of Oleksiyivka and Saltivka" of one city, or "Douma, near
Damascus", stay one incident.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import math
from typing import Any

from spacy.tokens import Token

from wardesk.extract.dates import narrative_offset, resolve_time
from wardesk.extract.draft import CASUALTY_WHATS, ORIGIN_PREPS, Draft, location_of
from wardesk.extract.frames import Frame, decide_type
from wardesk.resources import load_words

#: Towns closer than this are parts of one place (a city and its quarters, a town and its suburb).
MIN_APART_KM = 15.0
#: Place kinds that can each be an incident's own location.
TOWN_KINDS = frozenset({"city", "base"})


def km_apart(a: Any, b: Any) -> float | None:
    """Great-circle distance of two places with coordinates, None when either has none."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def _conj_top(tok: Token) -> Token:
    """The first conjunct of the list a token is in ("Tartus" in "Jableh and Tartus" -> "Jableh")."""
    for _ in range(20):
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def _coordinated(tok: Token) -> bool:
    """The word is one of a coordination ("a post ... and a camp ...")."""
    return tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children)


def _list_key(tok: Token, depth: int = 0) -> tuple[str, int]:
    """What a place name is listed under: its first conjunct, or, for the object of a
    preposition, the first conjunct of what the preposition hangs on ("two in Sinjar,
    one in Kasik" -> the counts' list). A name that only qualifies the noun of the place ("in
    the X district", "in the Y area") is listed where that noun is, so "a post in X and a camp in
    the Y area" lists X and Y under one head as "a post in X and a camp in Y" does."""
    top = _conj_top(tok)
    if top.dep_ == "compound" and top.head.i != top.i and top.head.dep_ == "pobj" and top.head.pos_ == "NOUN":
        noun = _conj_top(top.head)
        if any(c.dep_ == "conj" for c in top.head.children):
            # the next site is conjoined to the name's own noun ("in X's Y district and the port
            # of Z"): the sites are listed under that noun
            return ("under", noun.i)
        prep = _conj_top(noun.head)
        # only where the sites are listed ("a post in X and a camp in the Y area"); "the areas of
        # X and Z in the Y city" places the list in Y, it lists no Y beside them
        if prep.dep_ == "prep" and prep.head.i != prep.i and _coordinated(prep.head):
            top = noun
    if top.dep_ == "pobj":
        prep = _conj_top(top.head)  # "in or near Mosul"
        if prep.dep_ == "prep" and prep.head.i != prep.i:
            head = _conj_top(prep.head)
            if (
                depth < 3
                and head.i != top.i
                and head.dep_ == "pobj"
                and head.pos_ == "PROPN"
                and prep.head.dep_ == "conj"
            ):
                # "a post in X and a camp in Y" parsed with the camp conjoined to X: the camp's
                # place is listed where X is
                return _list_key(head, depth + 1)
            return ("under", _site_of(head).i)
    return ("name", top.i)


#: Links from a site's modifier up to the site ("a camp for displaced people in Y": people -> for -> camp).
SITE_REACH = 2


def _site_of(head: Token) -> Token:
    """The listed site a place's preposition hangs on: the noun itself, or, when the place
    qualifies a modifier of a site in a list ("a hospital in X and a camp for displaced people in
    Y", "a post in X and the house of a chief in Y"), the list's first site, so that the place is
    listed beside X rather than under the modifier's noun alone."""
    cur = head
    for _ in range(SITE_REACH):
        if _coordinated(cur) or cur.dep_ != "pobj" or cur.head.dep_ != "prep":
            break
        noun = cur.head.head
        if noun.i == cur.head.i or noun.pos_ not in ("NOUN", "PROPN"):
            break
        if _coordinated(noun):
            return _conj_top(noun)
        cur = noun
    return head


def _list_root(doc: Any, place: Any, towns: list[Any]) -> Token:
    """The token a town is listed by: its span's root, or, when the parser glued the conjoined
    names into one noun phrase of the last ("the towns of X and Y da Z", X a modifier of Z), the
    root of the name it hangs on, so that both are listed under one head."""
    root = doc[place.token_start : place.token_end].root
    if root.dep_ not in ("nmod", "compound") or not _coordinated(root):
        return root
    for o in towns:
        if o is not place and o.token_start <= root.head.i < o.token_end:
            return doc[o.token_start : o.token_end].root
    return root


def _inside_another(doc: Any, place: Any, others: list[Any]) -> bool:
    """The name is placed by another one of the sentence ("the town of Kafr Zita in northern
    Hama", "Bentiu, near the border"): it hangs, through a preposition or an apposition, on the
    other name or on the noun that introduces it ("the city of X"), which it locates rather than
    lists beside."""
    spans = [(o.token_start, o.token_end) for o in others if o is not place]

    def names_other(tok: Token) -> bool:
        if any(s <= tok.i < e for s, e in spans):
            return True
        # "the city of X": the noun whose "of" object is the other name
        return any(
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(any(s <= g.i < e for s, e in spans) for g in c.children)
            for c in tok.children
        )

    if _locates_the_one_before(doc, place, others):
        return True
    cur = doc[place.token_start : place.token_end].root
    for _ in range(6):
        if cur.dep_ not in ("pobj", "prep", "appos") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.dep_ != "prep" and names_other(cur):
            return True
    return False


#: Compass words of "X, south of Y" (place_words.yaml).
DIRECTIONS = load_words("lexicons", "place_words.yaml", "directions")
#: Tokens between a town and the "30 km (18 miles) south of" that locates it by another.
LOCATOR_REACH = 9


def _locates_the_one_before(doc: Any, place: Any, others: list[Any]) -> bool:
    """The name is what a town named just before is measured from ("the town of X, south of Y",
    "X, 30 km north of Y"): the parser hangs the direction on whatever noun it likes, but the
    text order says Y locates X, and is no incident's town of its own."""
    words = (place.preposition or "").split()
    if len(words) != 2 or words[1] != "of" or words[0] not in DIRECTIONS:
        return False
    for o in others:
        if o is place or o.token_end > place.token_start:
            continue
        gap = doc[o.token_end : place.token_start]
        if (
            0 < len(gap) <= LOCATOR_REACH
            and gap[0].text in (",", "(")
            and not any(t.pos_ in ("VERB", "AUX") for t in gap)
        ):
            return True
    return False


#: "Daraa and Quneitra provinces": names before these nouns are provinces, whatever a town
#: of the same name says.
ADMIN1_WORDS = load_words("lexicons", "place_words.yaml", "admin1_words")


def _named_as_province(doc: Any, place: Any) -> bool:
    """The name stands before a province noun, alone or in a list ("Idlib province", "Rif Dimashq,
    Daraa and Quneitra provinces"), or after one ("the governorates of Daraa and Quneitra")."""
    cur = doc[place.token_start : place.token_end].root
    top = _conj_top(cur)
    if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.lemma_.lower() in ADMIN1_WORDS:
        return True  # "the governorates of Rif Dimashq, Daraa and Quneitra"
    for _ in range(4):
        if cur.lemma_.lower() in ADMIN1_WORDS and cur.i >= place.token_end:
            return True
        if cur.dep_ not in ("compound", "conj", "nmod", "amod") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return cur.lemma_.lower() in ADMIN1_WORDS and cur.i >= place.token_end


def _name(p: Any) -> str:
    """What tells two place mentions apart: the gazetteer's name, else the text's own."""
    return p.place.name if p.place is not None else (p.text or "")


def _nearest(mentions: list[Any], at: int) -> Any:
    return min(mentions, key=lambda m: abs(m.start_char - at))


#: Counts that, given town by town, make each town an incident of its own: its dead and
#: wounded ("killing seven in X, four in Y"), and the strikes or shells that hit it ("three
#: airstrikes hit X, one struck near Y and two hit Z").
PER_TOWN_WHATS = frozenset(CASUALTY_WHATS) | {"strikes", "munitions"}


def _toll_per_town(frame: Frame, places: list[Any]) -> bool:
    """Each listed town has a count of its own: the count's nearest place mention, among every
    mention of the listed towns, names it ("killing seven in X, four in Y")."""
    names = {_name(p) for p in places}
    mentions = [p for p in frame.places if _name(p) in names]
    covered = {
        _name(_nearest(mentions, q.start_char))
        for q in frame.quantities
        if getattr(q, "what", None) in PER_TOWN_WHATS and getattr(q, "start_char", None) is not None
    }
    return covered == names


def _counted_towns(frame: Frame, towns: list[Any]) -> list[Any]:
    """The first town told after each count of the sentence (with the towns listed beside it),
    when the counts (two or more) each reach a different town: a roundup that tells its strikes town by town ("three airstrikes hit
    X, one struck near Y, and two hit the area of Z in the district of W" is three incidents, at
    X, Y and Z); counts in one town make one incident there. [] when a count reaches no town."""
    starts = sorted(
        q.start_char
        for q in frame.quantities
        if getattr(q, "what", None) in PER_TOWN_WHATS and getattr(q, "start_char", None) is not None
    )
    if len(starts) < 2:
        return []
    ordered = sorted(towns, key=lambda p: p.start_char)
    out: list[Any] = []
    for i, at in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else frame.sent.end_char
        told = [p for p in ordered if at <= p.start_char < end]
        if not told:
            return []
        for p in _listed_with_first(frame.sent.doc, told):
            if all(_name(p) != _name(o) for o in out):
                out.append(p)  # two counts in one town ("three hit X, one struck near X airport"): one
    return out


def _clause_verb(tok: Token) -> Token | None:
    """The verb whose clause holds the token (itself if it is a verb)."""
    cur = tok
    for _ in range(10):
        if cur.pos_ == "VERB":
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


#: How an event noun stands as the doer of its clause's verb ("a second device went off in Y").
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _event_verbs(tok: Token) -> list[int]:
    """The verbs of the clauses a trigger tells its event in: the trigger itself when it is a verb,
    and the verb it is a participle of result of ("a device went off in Y, injuring two": the
    injuring is that clause's event); the verb an event noun is the subject of ("a bomb wrecked a
    bank in X"); none for a noun in another role ("killed in an ambush near X"), which tells no
    clause of its own.

    Why: two incidents told as coordinated clauses, each with its own town, were one record
    when their event words were nouns or participles; only clauses with a trigger verb split."""
    if tok.pos_ == "VERB":
        result = tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ == "VERB"
        return [tok.i, tok.head.i] if result else [tok.i]
    if tok.dep_ in SUBJECT_DEPS and tok.head.pos_ == "VERB":
        return [tok.head.i]
    return []


def _town_clauses(frame: Frame, towns: list[Any]) -> dict[int, list[Any]]:
    """The towns of each of two or more conjoined clauses whose verbs tell the frame's events
    (``_event_verbs``), by the clause's verb; {} when the towns are not spread over such clauses."""
    doc = frame.sent.doc
    trigger_verbs = {v for t in frame.triggers for v in _event_verbs(doc[t.head_i])}
    # a weapon as the doer of its clause tells that clause's event too ("a grenade damaged a bar in X")
    trigger_verbs |= {
        v
        for w in frame.weapons
        for v in _event_verbs(doc[w.token_start : w.token_end].root)
        if doc[v].pos_ == "VERB"
    }
    by_verb: dict[int, list[Any]] = {}
    tops: set[int] = set()
    for p in sorted(towns, key=lambda p: p.start_char):
        verb = _clause_verb(doc[p.token_start : p.token_end].root)
        if verb is None or verb.i not in trigger_verbs:
            continue
        by_verb.setdefault(verb.i, []).append(p)
        tops.add(_conj_top(verb).i)
    if len(by_verb) < 2 or len(tops) != 1:
        return {}
    return by_verb


def _towns_by_clause(frame: Frame, towns: list[Any]) -> list[Any]:
    """The first town of each of two or more conjoined clauses whose verbs tell the frame's
    events (``_event_verbs``: "jets struck X and bombed a stronghold near Y", "a bomb hit X and a
    second device exploded in Y"): each clause tells its own incident. A clause that lists towns
    apart side by side ("raids on X and Y killed 100, while ... near Z") gives each of them. []
    when the towns are not spread over such clauses."""
    doc = frame.sent.doc
    distinct: dict[str, Any] = {}
    for members in _town_clauses(frame, towns).values():
        for p in _listed_with_first(doc, members):
            distinct.setdefault(_name(p), p)
    return list(distinct.values())


def _listed_with_first(doc: Any, members: list[Any]) -> list[Any]:
    """The clause's first town and the towns conjoined with it that lie apart from it."""
    first = members[0]
    top = _conj_top(doc[first.token_start : first.token_end].root).i
    return [first] + [
        p
        for p in members[1:]
        if _conj_top(doc[p.token_start : p.token_end].root).i == top and _apart(first, p)
    ]


def _candidate_towns(frame: Frame) -> list[Any]:
    """The frame's place mentions that may each be an incident's town, in text order: towns or
    unlisted villages where the event happens (not a dateline, an origin or a road's end), none
    named as a province or inside another of them."""
    doc = frame.sent.doc
    towns = [
        p
        for p in frame.places
        if (_town(p) or _unlisted_village(p))
        and _name(p)
        and not getattr(p, "dateline", False)
        and getattr(p, "role", "place") == "place"  # not 'Y' of 'the road from X to Y'
        and (p.preposition or "") not in ORIGIN_PREPS
    ]
    towns = [p for p in towns if not _named_as_province(doc, p)]
    return sorted((p for p in towns if not _inside_another(doc, p, towns)), key=lambda p: p.start_char)


def _own_spans(doc: Any, verbs: list[int]) -> dict[int, set[int]]:
    """The tokens of each clause verb's own clause: its subtree without the subtrees of the other
    clause verbs below it ("A bomb hit X, and a second device exploded in Y": the first verb's
    clause ends where the second's begins)."""
    out: dict[int, set[int]] = {}
    for v in verbs:
        own = {t.i for t in doc[v].subtree}
        for w in verbs:
            if w != v and w in own:
                own -= {t.i for t in doc[w].subtree}
        out[v] = own
    return out


def _within(span: set[int], items: list[Any], at: Any) -> list[Any]:
    """The items whose token (``at(item)``) lies in the span."""
    return [x for x in items if at(x) in span]


def split_clauses(frame: Frame) -> list[Frame]:
    """The frame (of the body or the headline) as one frame per conjoined clause when its sentence
    tells an incident in each clause at a town of its own (``listed_places`` by clause: "jets
    struck a base near X on Sunday, and on Monday a roadside bomb hit a truck in Y, killing two";
    "Bomb hits bank in X, second device explodes in Y": a headline that would otherwise join the
    two incidents of the text into one). Each clause keeps its
    own triggers, weapons, towns, times, counts and actors, and takes its own type; what a clause
    lacks (a time, a count, a doer) it shares from the part of the sentence outside every clause,
    and a clause naming no actor keeps the sentence's. The frame comes back alone when its towns
    are not split by clause, or when some clause holds no trigger (it cannot stand as a frame).

    Why: split after drafting, each town's incident was a copy of the whole sentence's, with the
    first clause's type and day: a bombing told after an air strike became a second air strike."""
    if frame.aside:
        return [frame]
    doc = frame.sent.doc
    clauses = _town_clauses(frame, _candidate_towns(frame))
    listed = {_name(p) for p in listed_places(frame)}
    if not clauses or {_name(ps[0]) for ps in clauses.values()} != listed:
        return [frame]
    spans = _own_spans(doc, list(clauses))
    inside = set().union(*spans.values())
    shared = set(range(frame.sent.start, frame.sent.end)) - inside

    def tok_of(x: Any) -> int:
        return x.token_start

    out: list[Frame] = []
    for span in spans.values():
        triggers = [t for t in frame.triggers if t.head_i in span]
        if not triggers:
            return [frame]
        times = (
            _dating(_within(span, frame.times, tok_of))
            or _dating(_within(shared, frame.times, tok_of))
            or _dating(frame.times)  # "... on Wednesday, and struck Y the same day": that Wednesday
            or list(frame.times)
        )
        counts = _within(span, frame.quantities, _count_token(doc)) or _within(
            shared, frame.quantities, _count_token(doc)
        )
        part = dataclasses.replace(
            frame,
            triggers=triggers,
            weapons=_within(span, frame.weapons, tok_of),
            places=[p for p in frame.places if p.token_start in span or p.token_start in shared],
            times=times,
            quantities=counts,
            initiators=_within(span, frame.initiators, tok_of) or list(frame.initiators),
            targets=_within(span, frame.targets, tok_of) or list(frame.targets),
            sides=_within(span, frame.sides, tok_of) or list(frame.sides),
        )
        part.event_type = decide_type(part) or frame.event_type
        out.append(part)
    return out


#: A publication day to resolve a time against only to learn whether it names a day at all.
_ANY_DAY = dt.date(2000, 1, 5)


def _dating(times: list[Any]) -> list[Any]:
    """The times that name a day on their own or count from one told before ("on Monday", "the
    next day"); [] when none does. "The same day" names none: a clause told with it keeps the
    sentence's times, which say which day that is."""
    return [
        t
        for t in times
        if (offset := narrative_offset(t.text)) is None
        and resolve_time(t.text, _ANY_DAY).precision != "unknown"
        or (offset is not None and offset != 0)
    ]


def _count_token(doc: Any) -> Any:
    """The token a count starts at (counts carry characters, not tokens)."""

    def at(q: Any) -> int:
        span = doc.char_span(q.start_char, q.end_char, alignment_mode="expand")
        return span.start if span is not None else -1

    return at


def listed_places(frame: Frame) -> list[Any]:
    """The frame's place mentions that its sentence lists as separate towns, or [].

    Listed towns are separate incidents when they lie apart (the gazetteer says so) or when
    each has a toll of its own: a raid on three villages with a toll per village is three
    incidents, whether or not the gazetteer knows the villages."""
    doc = frame.sent.doc
    towns = _candidate_towns(frame)
    every: dict[str, Any] = {}
    for p in towns:
        every.setdefault(_name(p), p)
    if len(every) >= 2 and _toll_per_town(frame, list(every.values())):
        return list(every.values())  # "killing seven in X, four in Y and two in Z"
    counted = _counted_towns(frame, towns)
    if len(counted) >= 2:
        return counted  # "three strikes hit X, one struck near Y and two hit Z in the district of W"
    clauses = _towns_by_clause(frame, towns)
    if len(clauses) >= 2 and all(_apart(a, b) for i, a in enumerate(clauses) for b in clauses[i + 1 :]):
        return clauses  # "jets struck targets in X and pounded a stronghold in Y"
    groups: dict[tuple[str, int], list[Any]] = {}
    for p in towns:
        groups.setdefault(_list_key(_list_root(doc, p, towns)), []).append(p)
    for members in groups.values():
        distinct: dict[str, Any] = {}
        for m in members:
            distinct.setdefault(_name(m), m)
        if len(distinct) < 2:
            continue
        places = list(distinct.values())
        apart = [_apart(a, b) for i, a in enumerate(places) for b in places[i + 1 :]]
        if all(apart) or _named_as_settlements(doc, places):
            return places + _towns_of_contrasted_clauses(frame, towns, places)
    return []


#: Conjunctions that open a clause telling another incident beside the sentence's own ("blasts in X
#: and Y killed four, while a car bomb in Z wounded nine").
CONTRAST_MARKS = frozenset({"while", "whereas"})


def _towns_of_contrasted_clauses(frame: Frame, towns: list[Any], listed: list[Any]) -> list[Any]:
    """The first town of each clause joined to the listed towns' clause by "while" / "whereas" or
    "and" that tells an event of the frame (a trigger is its verb or in it): an incident of its own
    beside those of the list, which the list would otherwise swallow. [] when the list spans
    several clauses."""
    doc = frame.sent.doc
    # clauses that tell an event: a trigger verb's, or the verb of a trigger noun ('a car bomb hurt')
    trigger_verbs = {v.i for t in frame.triggers if (v := _clause_verb(doc[t.head_i])) is not None}
    verbs = {v.i for p in listed if (v := _clause_verb(doc[p.token_start : p.token_end].root)) is not None}
    if len(verbs) != 1:
        return []
    main = verbs.pop()
    names = {_name(p) for p in listed}
    out: list[Any] = []
    seen: set[int] = set()
    for p in sorted(towns, key=lambda p: p.start_char):
        verb = _clause_verb(doc[p.token_start : p.token_end].root)
        if verb is None or verb.i == main or verb.i in seen or verb.i not in trigger_verbs:
            continue
        # on the listed towns' verb, or on a verb conjoined to it ('killed four and left 24
        # wounded, while a car bomb in Z hurt nine')
        joined = main in (verb.head.i, _conj_top(verb.head).i) and (
            verb.dep_ == "conj"
            or (
                verb.dep_ == "advcl"
                and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in verb.children)
            )
        )
        if joined and _name(p) not in names and all(_apart(p, q) for q in listed):
            out.append(p)
            names.add(_name(p))
            seen.add(verb.i)
    return out


#: Plural nouns that name each place of the list after them a settlement of its own ("the
#: villages of X, Y and Z", "the municipalities of X and Y"), unlike "the neighbourhoods of X and Y".
SETTLEMENT_NOUNS = frozenset(
    {"villages", "towns", "cities", "municipalities", "localities", "communes", "settlements", "hamlets"}
)


def _named_as_settlements(doc: Any, places: list[Any]) -> bool:
    """The list is the "of" object of a plural settlement noun: each name is its own town, however
    close to the next ("raids on outposts in the municipalities of X, Y and Z")."""
    top = _conj_top(doc[places[0].token_start : places[0].token_end].root)
    return top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.lower_ in SETTLEMENT_NOUNS


#: Prepositions that put one spot among the places listed after them ("between X and Y",
#: "towards the villages of X and Y"), not an event in each.
BETWEEN_PREPS = load_words("lexicons", "place_words.yaml", "between_preps")


def _between(doc: Any, place: Any) -> bool:
    """The listed name is (in) the object of a preposition that puts one spot among the places
    ("between X and Y", "towards the villages of X and Y")."""
    cur = _conj_top(doc[place.token_start : place.token_end].root)
    for _ in range(4):
        if cur.dep_ in ("prep", "agent") and cur.lower_ in BETWEEN_PREPS:  # the parser's 'agent' at times
            return True
        if cur.dep_ not in ("pobj", "prep", "compound") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _town(p: Any) -> bool:
    return p.place is not None and p.place.kind in TOWN_KINDS


def _unlisted_village(p: Any) -> bool:
    """A settlement the gazetteer lacks, which the text names as one (not a part of a town,
    not a bare name the entity recogniser guessed)."""
    return p.place is None and p.precision_hint == "exact" and p.source != "ner"


def _apart(a: Any, b: Any) -> bool:
    """Two listed settlements are separate places: towns MIN_APART_KM apart, or differently
    named villages of which the gazetteer lacks one (their distance is unknown)."""
    if a.place is None or b.place is None:
        return True
    d = km_apart(a.place, b.place)
    return d is not None and d >= MIN_APART_KM


def split_by_town(draft: Draft, frame: Frame) -> list[Draft]:
    """The draft as one incident per listed town; each number goes with the town of the place
    mention nearest to it. Aggregates and single-place drafts come back unchanged."""
    if draft.kind != "incident" or frame.from_title:
        return [draft]
    places = listed_places(frame)
    if len(places) < 2:
        return [draft]
    if _between(frame.sent.doc, places[0]):
        return [draft]  # "bodies found between the villages of X and Y": one spot, told by both
    locations = [location_of(p) for p in places]
    if any(loc is None for loc in locations):
        return [draft]
    names = [_name(p) for p in places]
    mentions = [p for p in frame.places if _name(p) in names]
    claims, draft.claims = draft.claims, []
    out: list[Draft] = []
    for loc in locations:
        part = copy.deepcopy(draft)  # later stages extend actor and source lists in place
        part.locations = [loc]
        part.own_place = True
        part.town_list = (frame.sent_i, frame.triggers[0].head_i)
        out.append(part)
    draft.claims = claims
    owners = [names.index(_name(_nearest(mentions, q.start_char))) if _placed(q) else 0 for _, q in claims]
    shared = _shared_tolls(frame, places, claims, owners)
    told = _towns_told_after(frame, places, names)
    if told is not None:
        # "100 were killed in raids on X and Y, while five died near Z": each count goes with the
        # towns told after it, and one told for several of them is theirs together
        for n, (claim, q) in enumerate(claims):
            if claim.what in CASUALTY_WHATS and _placed(q) and q.start_char in told:
                owners[n], shared[n] = told[q.start_char][0], len(told[q.start_char]) > 1
    for (claim, q), k, whole in zip(claims, owners, shared, strict=True):
        if whole:
            # "shelling of X and Y killed 17": one toll over both towns is the area's, not the
            # incident's at X or Y; it stays a claim but sets neither town's toll (numbers.Quantity)
            q = dataclasses.replace(q, aggregate=True)
        out[k].claims.append((claim, q))
    return out


def _towns_told_after(frame: Frame, places: list[Any], names: list[str]) -> dict[int, list[int]] | None:
    """For each casualty count of the sentence, the listed towns told after it and before the
    next count, when the sentence tells its counts before their towns (every count has one or
    more listed towns after it, and no listed town comes before the first count); else None."""
    starts = sorted(
        q.start_char
        for q in frame.quantities
        if getattr(q, "what", None) in CASUALTY_WHATS and getattr(q, "start_char", None) is not None
    )
    if len(starts) < 2 or any(p.start_char < starts[0] for p in places):
        return None
    out: dict[int, list[int]] = {}
    for i, at in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else frame.sent.end_char
        ks = sorted({names.index(_name(p)) for p in places if at <= p.start_char < end})
        if not ks:
            return None
        out[at] = ks
    return out


def _placed(q: Any) -> bool:
    return getattr(q, "start_char", None) is not None


def _shared_tolls(frame: Frame, places: list[Any], claims: list[Any], owners: list[int]) -> list[bool]:
    """For each claim: is it a casualty count told once for towns listed together ("raids on X
    and Y killed 40")? Such a count is split off with the town told nearest to it, yet its dead
    are those of every town of its list; a count of its own per town ("nine in X and eight in Y"),
    or a town of another clause ("..., while a bomb in Z wounded nine"), keeps its count."""
    doc = frame.sent.doc
    groups = [_list_key(_list_root(doc, p, places)) for p in places]
    counted = {
        (claim.what, k)
        for (claim, q), k in zip(claims, owners, strict=True)
        if claim.what in CASUALTY_WHATS and _placed(q)
    }
    return [
        claim.what in CASUALTY_WHATS
        and _placed(q)
        and any(
            j != k and groups[j] == groups[k] and (claim.what, j) not in counted for j in range(len(places))
        )
        for (claim, q), k in zip(claims, owners, strict=True)
    ]
