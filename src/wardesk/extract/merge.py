"""Merge the drafts of one article that describe one event, then fill gaps from context.

Two drafts are one event when their families agree (or one is untyped), their
places and dates are compatible and they are close in the text or the later
one only restates the event (no new place or date of its own). A headline's
frame joins the lead frame it summarises.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from wardesk.extract.actors import UNIDENTIFIED, ActorLexicon
from wardesk.extract.draft import CASUALTY_WHATS, Draft, _key, date_is_period, fully_told, order_locations
from wardesk.extract.frames import CROWD_CRUSH, KILL_LEMMAS
from wardesk.extract.split import km_apart
from wardesk.extract.triggers import FIRED_AT_KEY, TriggerLexicon
from wardesk.record import DateSpan, Location
from wardesk.resources import load_words

#: How many sentences apart two frames may be and still be merged without a
#: shared place; set by reading dev-set errors (follow-up sentences of a lead
#: rarely sit more than three sentences away).
MERGE_WINDOW_SENTENCES = 3
AIR_CLASSES = frozenset({"aircraft", "air_munition"})
#: Weapon classes that imply no event type (weapons.CLASS_TYPE): guns are used in every kind.
NO_TYPE_CLASSES = frozenset({"firearm"})
#: A tally over more days than this is a war's or a campaign's, never one incident's (a month).
CAMPAIGN_MIN_DAYS = 31
#: Triggers of harm to property alone (``triggers.yaml`` property_harm).
PROPERTY_HARM = load_words("lexicons", "triggers.yaml", "property_harm")


def _dates_compatible(a: DateSpan, b: DateSpan) -> bool:
    if a.start is None or b.start is None:
        return True
    ae, be = a.end or a.start, b.end or b.start
    return a.start <= be and b.start <= ae


def _date_or_stamp(d: Draft) -> DateSpan:
    """The draft's date; for a lead told with no day ("08.04.2017 Jets struck a market in the
    town, residents said"), the days before its stamp or publication (``Draft.news_days``)."""
    if d.date.start is not None or d.news_days is None:
        return d.date
    return d.news_days


def _drafts_dated_alike(a: Draft, b: Draft) -> bool:
    """Their dates may be one: a day told further down may date a lead told with no day when it
    falls in the days before publication; an older day ("on March 22" under an April stamp) is
    another, earlier event told as background."""
    if news_and_older_period(a, b) or news_and_older_period(b, a):
        return False
    return _dates_compatible(_date_or_stamp(a), _date_or_stamp(b))


def news_and_older_period(news: Draft, dated: Draft) -> bool:
    """A lead told with no day (the news of the days up to publication) and a draft dated only by a
    period its own words name that is over before publication ("last week, shelling hit the same
    market"): the period tells back-story, even where it overlaps the lead's week; a day told
    further down ("the raid on Tuesday") still dates the lead, and so do a restatement and the
    headline's own period ("22 killed in a fortnight")."""
    return (
        news.date.start is None
        and news.news_until is not None
        and not dated.anaphoric
        and not dated.from_title  # the headline's own period is the news, never back-story
        and dated.date.precision in PERIOD_PRECISIONS
        and dated.date.end is not None
        and dated.date.end < news.news_until
    )


#: Words of a date's text that put an event late in its day, words of a later date's text that carry
#: it on into the next day, and words for that day's first hours (``time_expressions.yaml``).
NIGHT_MARKS = load_words("lexicons", "time_expressions.yaml", "night_marks")
CONTINUATION_MARKS = load_words("lexicons", "time_expressions.yaml", "continuation_marks")
SMALL_HOURS_MARKS = load_words("lexicons", "time_expressions.yaml", "small_hours_marks")


def _marked(text: str | None, marks: frozenset[str]) -> bool:
    """The date's own words hold one of the marks, as whole words."""
    if not text:
        return False
    low = text.lower()
    return any(re.search(rf"\b{re.escape(m)}\b", low) for m in marks)


def _night_ran_on(a: Draft, b: Draft) -> bool:
    """b, told after a, dates the first hours of the day after a's day and says the fight ran on
    into them ("clashes broke out on Sunday night" ... "the fighting went on until the early hours of
    Monday"; "lasted till Monday morning"): one night's event, told by its start and by its end, not
    a new one on the next day. A bare next day ("on Monday morning, gunmen struck again") is no
    sequel: b's words must carry the fight on ("until", "into"), or a's must put it at night and
    b's in the small hours."""
    da, db = a.date, b.date
    if da.start is None or db.start is None or da.precision != "day" or db.precision != "day":
        return False
    if db.start != (da.end or da.start) + dt.timedelta(days=1):
        return False
    if _marked(b.date_context, CONTINUATION_MARKS):
        return True
    return _marked(b.date_context, SMALL_HOURS_MARKS) and _marked(a.date_context, NIGHT_MARKS)


def _same_day(a: DateSpan, b: DateSpan) -> bool:
    """Both name one and the same day."""
    return (
        a.start is not None
        and a.precision == b.precision == "day"
        and a.start == b.start
        and (a.end or a.start) == (b.end or b.start)
    )


def _places_compatible(a: Draft, b: Draft) -> bool:
    pa, pb = a.place_keys(), b.place_keys()
    if not pa or not pb:
        ca, cb = a.countries(), b.countries()
        return not ca or not cb or bool(ca & cb)
    if pa & pb:
        return True
    # a city and its province: "Douma" and "Rif Dimashq"
    if (pa & b.admin1_keys()) or (pb & a.admin1_keys()):
        if not _fine(a) or not _fine(b):
            return True
        # a headline's "in Latakia" names the province as often as its capital
        if (a.from_title and pa <= _capitals(a)) or (b.from_title and pb <= _capitals(b)):
            return True
        # a part of a city named like its province ("the Old Market quarter" of a city)
        return bool((_parts(b) and pa <= _capitals(a)) or (_parts(a) and pb <= _capitals(b)))
    return False


def _capitals(d: Draft) -> set[str]:
    """Place keys of towns named like their province (Latakia, Aleppo, Deir ez-Zor)."""
    return {_key(loc.name) for loc in d.locations if loc.admin1 and _key(loc.name) == _key(loc.admin1)}


def _parts(d: Draft) -> bool:
    """Every fine place of the draft is a part of a town or a place near one (precision near)."""
    fine = [loc for loc in d.locations if loc.precision in ("exact", "near")]
    return bool(fine) and all(loc.precision == "near" for loc in fine)


def _fine(d: Draft) -> bool:
    return any(loc.precision in ("exact", "near") for loc in d.locations)


def _readings(d: Draft) -> tuple[set[str], set[str | None]]:
    """Who did it, and on whose word: the initiators, and the sources that name them (None for
    the article's own voice)."""
    names = {x.name for x in d.initiators if x.type != "unknown"}
    by = {
        c.source
        for c, _ in d.claims
        if c.what == "responsibility" and c.stance in ("accuses", "claims") and c.actor in names
    }
    named = {c.actor for c, _ in d.claims if c.what == "responsibility" and c.source is not None}
    if names - named:
        by.add(None)  # a party the article names in its own voice
    return names, by


def _actors_compatible(a: Draft, b: Draft) -> bool:
    """No initiators that exclude each other: the same party, or one side's silence. Two sources
    blaming different parties ("officials said Russian forces fired the missile" ... "the ministry
    said a Ukrainian missile hit the market") are a contested event, not two: different parties
    exclude each other only in one voice (the article's own, or one source's)."""
    (ia, sa), (ib, sb) = _readings(a), _readings(b)
    if not ia or not ib or ia & ib:
        return True
    if _described_group(a, b) or _described_group(b, a):
        return True
    return None not in sa and None not in sb and not (sa & sb)


#: Actor types an undescribed "gunmen", "the fighters", "militants" may stand for: an armed group
#: that is no state's (soldiers and jets are read as their state).
NON_STATE_TYPES = frozenset({"rebel_group", "militia"})


def _described_group(vague: Draft, named: Draft) -> bool:
    """One draft's attackers are only described ("the fighters opened fire", read as an unidentified
    armed group, or kept in the text's own word: "the militants") and the other's are a non-state
    group, named or described in other words ("separatist fighters killed four officers";
    "separatists killed six soldiers ... The militants detonated a bomb"): the description may be
    that group told again, so it excludes nothing. A state's forces ("government jets") are no
    such group."""
    return (
        bool(vague.initiators)
        and all(_only_described(x.name) for x in vague.initiators)
        and bool(named.initiators)
        and all(x.type in NON_STATE_TYPES and x.name != UNIDENTIFIED for x in named.initiators)
    )


@functools.cache
def _table_names() -> frozenset[str]:
    """The canonical names of the actor table: parties an article names, not describes."""
    return frozenset(e.name for e in ActorLexicon.default().entries)


def _only_described(name: str) -> bool:
    """An initiator known only by a description: the unidentified armed group, or a word of the
    text no table entry names ("militants", "separatists" in a war the table does not know)."""
    return name == UNIDENTIFIED or (name.islower() and name not in _table_names())


#: A death toll this large, equal in two reports at one place, identifies one event.
SAME_TOLL_MIN = 3


def _same_toll(a: Draft, b: Draft) -> bool:
    """Both report the same death toll at a shared place ("10 civilians killed in Kharkiv" in a
    headline that calls it a massacre, and in a lead that calls it shelling)."""
    tolls = {c.value for c, _ in a.claims if c.what == "killed" and c.value >= SAME_TOLL_MIN}
    return (
        bool(tolls & {c.value for c, _ in b.claims if c.what == "killed"})
        and bool(a.place_keys() & b.place_keys())
        and a.kind == b.kind
        and a.tally == b.tally
    )


def _one_toll(a: Draft, b: Draft) -> bool:
    """Both give one exact death toll, the same and not small."""
    ta = {c.value for c, q in a.claims if c.what == "killed" and not getattr(q, "vague", False)}
    tb = {c.value for c, q in b.claims if c.what == "killed" and not getattr(q, "vague", False)}
    return len(ta) == 1 and ta == tb and min(ta) >= SAME_TOLL_MIN


def _same_figures(a: Draft, b: Draft) -> bool:
    """Both give the same exact numbers of dead and of wounded ('three police officers killed,
    five hurt' ... 'a report later listed three dead policemen and five injured'): two figures
    agreeing at once are one event told again."""

    def figures(d: Draft, what: str) -> set[float]:
        return {c.value for c, q in d.claims if c.what == what and not getattr(q, "vague", False)}

    killed, injured = figures(b, "killed"), figures(b, "injured")
    return bool(killed and injured) and killed == figures(a, "killed") and injured == figures(a, "injured")


#: Types of one family that are still two events: the fighting for a town and its taking.
FIGHT_AND_CAPTURE = frozenset({"armed_clash", "territory_change"})
#: ... and the killing of villagers and the carrying off of others in one raid ("gunmen killed eight
#: villagers ... the attackers also abducted 15 women"), as the visible gold codes them.
KILLING_AND_ABDUCTION = frozenset({"attack_on_civilians", "abduction"})
#: Pairs of types told each in its own words that ACLED and our annotators code as two events.
TWO_ACT_PAIRS = (FIGHT_AND_CAPTURE, KILLING_AND_ABDUCTION)


def _fight_and_capture(a: Draft, b: Draft) -> bool:
    """One draft tells one act of a pair ``TWO_ACT_PAIRS`` names, the other the other act, each in
    its own words ("troops battled the rebels in the town" ... "the town was retaken"; "killed
    eight villagers" ... "also abducted 15 women"): ACLED's two events. An abduction counts as
    its own act only with people carried off, counted or named ("snatch supplies" takes none)."""
    if a.event_type == b.event_type or {a.event_type, b.event_type} not in TWO_ACT_PAIRS:
        return False
    taking = a if a.event_type == "abduction" else b if b.event_type == "abduction" else None
    return taking is None or _carries_off_people(taking)


def _carries_off_people(d: Draft) -> bool:
    """The abduction counts the people taken or names them as its victims."""
    return any(c.what == "abducted" for c, _ in d.claims) or bool(d.targets)


#: Actor types that fight: victims of these types are no civilians of a one-sided attack.
ARMED_TYPES = frozenset({"state_forces", "rebel_group", "militia", "external_forces"})


def _armed_reply(massacre: Draft, other: Draft) -> bool:
    """One draft tells violence against civilians, the other an armed party named nowhere in it
    killing or fighting armed men ("gunmen killed 12 villagers ... troops later killed five of the
    attackers"): a one-sided attack has no armed victims, so the other is a fight of its own."""
    return (
        massacre.family == "violence_against_civilians"
        # a killing told with no hands of its own in the sentence right after the fight is how its
        # attackers went on ("militants attacked a checkpoint ... They then opened fire on the patrol")
        and (bool(massacre.initiators) or other.from_title or not _next_sentence(other, massacre))
        and other.family != "violence_against_civilians"
        and bool(other.targets)
        and all(t.type in ARMED_TYPES or t.type == "unknown" for t in other.targets)
        and bool(other.initiators)
        and all(a.type in ARMED_TYPES for a in other.initiators)
        and not {a.name for a in other.initiators} & {a.name for a in massacre.initiators}
        and not _described_group(massacre, other)  # "the fighters" may be the group named before
    )


def _told_apart(a: Draft, b: Draft) -> bool:
    """One sentence tells one of them as its own event and the other in passing, measured apart in
    time ("15 were killed on Monday, hours after a gas attack left dozens dead in X"): two events,
    however alike."""
    return a.sent_i == b.sent_i and a.told_apart != b.told_apart


def _listed_together(a: Draft, b: Draft) -> bool:
    """Both were split from one sentence's list of towns ("strikes on X and the villages of Y and
    Z"): separate incidents, even where the gazetteer knows a village only by its country and
    its part looks like a coarse mention of another."""
    return a.town_list is not None and a.town_list == b.town_list


#: Date precisions of a period a sentence names as its own time ("last week", "in March").
PERIOD_PRECISIONS = frozenset({"week", "month"})


def _present_and_past(undated: Draft, dated: Draft) -> bool:
    """One draft is told at a place of its own with no time at all, below the lead (the article's
    present: "the governor also reported attacks on posts in X and Y"); the other, in another
    sentence, at a place of its own in a period its own words name ("last week, gunmen raided
    posts in Y and Z"): the period sets it apart as back-story, so a shared town (Y) does not
    make them one event. An anaphoric mention ("the attack on Y last week") is left to restates."""
    return (
        undated.date.start is None
        and undated.news_days is None
        and not undated.lead
        and not undated.from_title
        and undated.own_place
        and bool(undated.place_keys())
        and not undated.anaphoric
        and dated.own_place
        and bool(dated.place_keys())
        and not dated.anaphoric
        and not dated.from_title
        and dated.date.precision in PERIOD_PRECISIONS
        and dated.sent_i != undated.sent_i
    )


def _only_property(d: Draft) -> bool:
    """The draft is typed "other" by words of harm to property (burnt, looted, razed) and by no
    other typed word (a crowd's looting in a stampede that sparked clashes is more than that)."""
    if d.event_type != "other" or not d.trigger_keys & PROPERTY_HARM:
        return False
    return not {k for k in d.trigger_keys - PROPERTY_HARM if _typed_trigger(k)}


def _typed_trigger(key: str) -> bool:
    """The trigger lexicon gives the word a type of its own, or makes a crowd crush of it."""
    lex = TriggerLexicon.default()
    hit = lex.lemmas.get(key) or lex.phrases.get(key)
    return (hit is not None and hit[0] is not None) or key in CROWD_CRUSH


def _same_raid(a: Draft, b: Draft) -> bool:
    """b, told after a, is a part of a's raid: neither is a tally or announced as another, their
    days agree, b is at a's place (or at none of its own, within a few sentences), and the raiders
    are the same. What ``_property_harm_of`` and its mirror ``_harm_after_property`` share."""
    if b.distinct or a.tally or b.tally or not _dates_compatible(a.date, b.date):
        return False
    if b.own_place:
        placed = bool(a.place_keys() & b.place_keys())
    else:
        placed = b.sent_i - a.last <= MERGE_WINDOW_SENTENCES
    return placed and _actors_compatible(a, b)


def _property_harm_of(a: Draft, b: Draft) -> bool:
    """b tells only of property burnt, looted or razed, at a's place (or at none of its own, just
    after a) on a's day by a's attackers, where a is an attack on people or a fight: what a's
    raiders did there besides, not a second event ("gunmen killed ten villagers ...; twenty houses
    were also burnt down")."""
    if a.kind != "incident" or b.kind != "incident" or a.family in (None, "other"):
        return False
    if not _only_property(b):
        return False
    return _same_raid(a, b)


def _harm_after_property(a: Draft, b: Draft) -> bool:
    """a tells only of property burnt or looted, and b, told after it at a's place (or at none of
    its own, within a few sentences) on a's day, of people killed or shot by the same raiders: one
    raid, typed by what it did to people ("stormed the village, looting shops and burning homes.
    Three men who tried to stop them were shot dead"). The mirror of ``_property_harm_of``."""
    if a.kind != "incident" or b.kind != "incident" or not _only_property(a):
        return False
    if b.family in (None, "other"):
        if not (b.event_type is None and b.trigger_keys & KILL_LEMMAS):
            return False
    elif b.family not in ("violence_against_civilians", "battles"):
        return False
    return _same_raid(a, b)


def can_merge(a: Draft, b: Draft) -> bool:
    """Whether draft b (later in the text) reports the same event as a."""
    if _armed_reply(a, b) or _armed_reply(b, a):
        return False
    if _accusation_of_account(a, b) or _accusation_of_account(b, a):
        return False  # fold_accusations joins them without the accusation's type and parties
    if _told_apart(a, b):
        return False
    if _present_and_past(a, b) or _present_and_past(b, a):
        return False
    if _property_harm_of(a, b) or _harm_after_property(a, b):
        return True
    if a.family and b.family and a.family != b.family:
        if _harm_of_strike(a, b) or _phase_of(a, b):
            return True
        # a headline may call "massacre" what its lead calls shelling; the toll and town tell
        return (
            a.from_title
            and a.family == "violence_against_civilians"
            and b.family == "explosions_remote_violence"
            and _dates_compatible(a.date, b.date)
            and _same_toll(a, b)
            and _actors_compatible(a, b)
        )
    # a source's account of an earlier event, dated only by the day it spoke and placed nowhere of
    # its own ("a statement on Sunday said 20 troops died in an ambush" after Friday's battle), or
    # only at the event's own place ("the military said on Thursday it had struck a commander in
    # Rafah" after Tuesday's strike on Rafah): the day of saying makes no second event there
    said_after = _placed_within(b, a) and _said_after(b, a) and (b.family is None or b.family == a.family)
    # and the other way round: a lead dated only by the day a side spoke ("said Thursday it had
    # captured a headquarters near X") is the deed a later sentence dates ("had seized the base on
    # Wednesday"), the same kind of event at no other place
    said_after = said_after or (
        _placed_within(b, a) and _said_after(a, b) and a.family is not None and b.family == a.family
    )
    # the night's fight told again by the hours it ran on into ("until the early hours of Monday")
    ran_on = _night_ran_on(a, b) and (None in (a.family, b.family) or a.family == b.family)
    if not (_drafts_dated_alike(a, b) or said_after or ran_on):
        return False
    if b.distinct and not (a.from_title and a.members == 1 and b.lead):
        # "another attack", "a separate strike"; but the first sentence under a headline tells the
        # headline's event, whatever it calls it ("Another car bomb exploded in Baghdad ...")
        return False
    if a.from_title and b.lead and _places_compatible(a, b):
        # a headline restates its lead, tally or incident alike; not another kind of strike by
        # other hands ("Houthi rockets kill 14" ... "the coalition also launched air raids")
        if _actors_compatible(a, b) or not (a.event_type and b.event_type and a.event_type != b.event_type):
            return True
    if a.kind != b.kind and a.event_type and b.event_type:
        return False
    if a.kind != b.kind and _day_and_period(a, b):
        return False  # "the raid on Saturday" is not the years-long insurgency told after it
    if a.kind != b.kind and _summary_and_part(a, b):
        return False  # "attacks killed 40 this week" sums up, not restates, "a bomb killed 12 on Monday"
    if _fight_and_capture(a, b):
        return False
    if a.tally != b.tally:
        return False  # a war's toll or a campaign's tally never joins one incident
    if not _places_compatible(a, b):
        return False
    if not (_actors_compatible(a, b) or _other_side_of_fight(a, b)):
        return False
    if (a.from_title and (b.lead or b.from_title)) or (b.from_title and a.lead):
        return True  # a headline restates its lead
    if a.family and a.family == b.family and a.kind == b.kind == "incident" and _one_toll(a, b):
        return True  # "shells kill 11 in Kassala" ... "three shells hit the Old Market quarter, killing 11"
    gap = abs(b.sent_i - a.sent_i)
    if not b.own_place and b.event_type is None and _same_figures(a, b):
        return True  # an untyped sentence with no place repeating both the dead and the wounded
    if not b.own_place and b.date.start is None and b.family == a.family and b.event_type:
        return True  # a later sentence that names neither place nor day restates the event
    if not b.own_place and b.event_type and b.event_type == a.event_type and _same_day(a.date, b.date):
        # nor one that names no place and the same day for the same kind of attack, however far
        # below ("a missile fired by the rebels on Monday, with debris wounding three")
        return True
    if said_after:
        return True  # the account joins the event told before it
    shared_place = bool(a.place_keys() & b.place_keys())
    if shared_place:
        # one type of event at one town, never told apart by a date, is one event
        # (nor an untyped mention there, undated or of the same day: "a terrorist attack on a police
        # station in X is reported", quoted further down)
        return (
            gap <= MERGE_WINDOW_SENTENCES * 2
            or (a.family == b.family and a.family is not None)
            or _same_toll(a, b)  # the lead's undated toll, given again further down with its day
            or (
                a.family is not None
                and b.family is None
                and (b.date.start is None or _same_day(a.date, b.date))
            )
        )
    return gap <= MERGE_WINDOW_SENTENCES and (not b.place_keys() or not a.place_keys())


#: Family of a strike (air strike, shelling, bomb) whose harm to civilians a later sentence may tell
#: again as violence against them; and the family that later sentence reads.
STRIKE_FAMILY = "explosions_remote_violence"
HARM_FAMILY = "violence_against_civilians"
#: Words of armed men going into a place (``triggers.yaml`` raid_entry_lemmas): a raid on foot.
RAID_ENTRY = load_words("lexicons", "triggers.yaml", "raid_entry_lemmas")


def _harm_of_strike(a: Draft, b: Draft) -> bool:
    """b, told after strike a, reads a's harm to civilians as an attack on them ("helicopters fired
    on a school, killing 11" ... "there were no fighters in the school during the attack"; "the
    massacre"): one event when b names no other day, no place outside a's, no weapon a lacks and
    no party a excludes, a did not strike only armed men, and nothing marks it another event ("a
    separate attack"). Armed men going into a place ("gunmen entered the hotel") tell a raid on
    foot of their own, never the harm a strike or a bomb did."""
    return (
        a.family == STRIKE_FAMILY
        and b.family == HARM_FAMILY
        and not b.trigger_keys & RAID_ENTRY
        and a.kind == b.kind == "incident"
        and not (a.tally or b.tally or b.distinct or b.from_title or b.accused or a.weak)
        and (b.date.start is None or _same_day(a.date, b.date))
        and _contained(b, a)
        and not (b.weapon_classes - NO_TYPE_CLASSES) - a.weapon_classes
        and _actors_compatible(a, b)
        and not _struck_the_armed(a)
    )


#: Families of an attack a next sentence may tell phase by phase in other words (a bomb then gunfire,
#: rockets then an assault): each phase reads a type of its own.
PHASED_FAMILIES = frozenset({"battles", "violence_against_civilians", "explosions_remote_violence"})


def _phase_of(a: Draft, b: Draft) -> bool:
    """b, the very next sentence after attack a, tells how a's attackers went about it ("the
    attackers first fired rockets at the lead vehicles"; "they planted a bomb by the road and then
    opened fire"): a phase of a, not an event, when it names no place or day of its own, no toll
    other than a's, no party but a's attackers and nothing marks it another event. A sentence that
    names other hands (the other side's reply, an air raid) is no phase."""
    return (
        a.family in PHASED_FAMILIES
        and b.family in PHASED_FAMILIES
        and a.kind == b.kind == "incident"
        and not (a.tally or b.tally or b.distinct or b.from_title or a.from_title or b.accused or a.weak)
        and not b.own_place
        and (b.date.start is None or _same_day(a.date, b.date))
        and _next_sentence(a, b)
        and not _tolls(b) - _tolls(a)
        and (_by_parties_of(a, b) or _described_group(b, a))
    )


#: Families of a fight whose toll either side's doing may tell (None: a killing not yet typed).
FIGHT_FAMILIES = frozenset({"battles", None})


def _other_side_of_fight(a: Draft, b: Draft) -> bool:
    """b tells fight a by what its other side did ("militants attacked a base, killing five
    soldiers" ... "troops killed 20 of the attackers, the army said"): b's doers are a's targets and
    b's targets (if named) a's doers. The defenders' toll of the attackers is the same fight when b
    names no other place or day and nothing marks it another or a later event.

    Why: read by its doers alone, the defenders' toll excluded the attackers and made a second
    fight of one day at one place."""
    doers = {x.name for x in b.initiators}
    victims = {x.name for x in b.targets}
    return (
        a.family in FIGHT_FAMILIES
        and b.family in FIGHT_FAMILIES
        and a.kind == b.kind == "incident"
        and not (a.tally or b.tally or b.distinct or b.later or a.weak)
        and bool(doers)
        and doers <= {x.name for x in a.targets}
        and victims <= {x.name for x in a.initiators}
        and (not b.own_place or b.place_keys() <= a.place_keys())
        and (b.date.start is None or _same_day(a.date, b.date))
    )


def _by_parties_of(a: Draft, b: Draft) -> bool:
    """b's doers may be a's: a's attackers; in a fight, either side ("a shootout with Azerbaijani
    forces" ... "Azerbaijani units had opened fire with mortars"), or anyone when a names no doer
    (a clash told by its losses: "four soldiers were killed in a clash" ... "the rebels fired
    rockets at the outpost")."""
    doers = {x.name for x in b.initiators}
    sides = {x.name for x in a.initiators}
    if a.family == "battles":
        if not sides:
            return True
        sides |= {x.name for x in a.targets}
    return doers <= sides


#: How far the other side may place its own ground from the place the first side gave and still
#: tell the same exchange of fire: posts facing each other across a border or a front line (the
#: round-18 sweep's pairs lie 10-25 km apart); two sectors of one front 90 km apart are two events.
ACCOUNT_NEAR_KM = 40.0
#: Families a side's account of a fight may read (its own words type it as shelling or an attack).
ANSWER_FAMILIES = frozenset({*PHASED_FAMILIES, None})


def _other_sides_account(a: Draft, b: Draft) -> bool:
    """b, the next sentence, in another voice than a's, says who began a's fight or that fire was
    returned ("Baku said its units had returned fire after Armenian troops shelled its positions near
    X"): the other side's account of a, not an event, when it gives no day but a's, no toll a lacks
    and no ground far from a's. It joins a as words: its place and blame stay its claims."""
    return (
        b.answers
        and a.kind == b.kind == "incident"
        and not (a.tally or b.tally or b.distinct or b.from_title or a.from_title or a.weak or b.weak)
        and a.family in ANSWER_FAMILIES
        and b.family in ANSWER_FAMILIES
        and (b.date.start is None or _dates_compatible(a.date, b.date))
        and _next_sentence(a, b)
        and not _tolls(b) - _tolls(a)
        and _other_voice(a, b)
        and not _same_hands(a, b)
        and _near_ground(a, b)
    )


def _same_hands(a: Draft, b: Draft) -> bool:
    """b names as the doers only a's own attackers (by name or described): it tells how they went
    about it ("the suicide bomber first rammed the convoy"), a phase, not the other side's account."""
    mine = {x.name for x in b.initiators}
    return bool(mine) and (mine <= {x.name for x in a.initiators} or _described_group(b, a))


#: How far a town may lie from the point of the district told before it and still be in that
#: district (districts and townships span some 20-60 km; our sweep's district/town pairs lie 20-25
#: km apart); a wider span would take in the next district's towns.
DIVISION_KM = 30.0
#: ``Location.coords_from`` of a place the gazetteer itself has (not borrowed from its province).
OWN_COORDS = frozenset({"gazetteer", "user_gazetteer"})
#: Precisions of a place that may be a division holding a town: a province, or a district or
#: township named without "near" ('Kurram district', 'Kalay township' read as "near" places).
DIVISION_PRECISIONS = frozenset({"admin1", "near"})


def _division_and_town(a: Draft, b: Draft) -> bool:
    """b, the next sentence, tells a's event again at a town in a's division ("militants killed five
    soldiers in the Kurram district on Sunday. The soldiers were killed when militants attacked a
    checkpoint in Parachinar"; "an air strike killed nine in Kalay township ... the jets bombed the
    village of X, in the township, killing nine"): one event at the finer place, when b gives no
    other day, no other toll, no party a excludes and nothing marks it another event. Types of
    another family (an abduction beside the killing) stay apart, as the gold keeps them."""
    return (
        a.kind == b.kind == "incident"
        and not (a.tally or b.tally or b.distinct or b.from_title or a.from_title or a.weak or b.weak)
        and (a.family is None or b.family is None or a.family == b.family)
        and (b.date.start is None or _same_day(a.date, b.date))
        and _next_sentence(a, b)
        and a.own_place
        and b.own_place
        and not a.place_keys() & b.place_keys()
        and (not _tolls(b) or _tolls(b) == _tolls(a))
        and _actors_compatible(a, b)
        and not any(loc.precision == "exact" for loc in a.locations)  # a told at a town is placed
        and any(_holds(area, town, same_toll=bool(_tolls(b))) for area in a.locations for town in b.locations)
    )


def _holds(area: Location, town: Location, same_toll: bool) -> bool:
    """``area`` may be the division ``town`` lies in, when both give the same toll (a district and a
    town near each other are as often two places hit that day): a district's point near the town
    (``DIVISION_KM``), or a village no gazetteer has, in no province or in the area's. (A province
    told alone and a town in it: ``fold_coarse``.)"""
    if area.precision not in DIVISION_PRECISIONS or town.precision not in ("exact", "near"):
        return False
    if not same_toll:
        return False
    km = km_apart(area, town)
    if km is not None and town.coords_from in OWN_COORDS:
        return km <= DIVISION_KM
    # a village no gazetteer has, in no province or in the area's own
    return not town.admin1 or _key(town.admin1) == _key(area.admin1)


def _unplaced_village(town: Location, area: Location) -> bool:
    """``town`` is a settlement no gazetteer has (its point is borrowed from its province), in the
    province of ``area``: where it lies in that province is unknown, so it says nothing against
    ``area``'s event being the one told there."""
    return (
        town.precision in ("exact", "near")
        and town.coords_from not in OWN_COORDS
        and bool(town.admin1)
        and _key(town.admin1 or "") == _key(area.admin1 or "")
        and area.precision != "country"
        # a city named like its province (Aleppo, Idlib): an unknown place there is as often one
        # of the city's quarters, each hit apart, as the city's event told again
        and _key(area.name) != _key(area.admin1 or "")
    )


def _no_new_time(a: Draft, b: Draft) -> bool:
    """b names no time of its own against a's: no day, only the day a source spoke, or a day (or
    days) inside a's own span. A span reaching past a's ("fighting on Saturday and Sunday" after
    Sunday's shelling) is a time of its own."""
    if b.date.start is None or b.said_date:
        return True
    if a.date.start is None:
        return False
    return a.date.start <= b.date.start and (b.date.end or b.date.start) <= (a.date.end or a.date.start)


def _families_agree(a: Draft, b: Draft) -> bool:
    """a typed, and b of its type or not typed (a later mention that only tells more of it: "the
    gunmen arrived on motorbikes"); an untyped mention is never the taking of a town. An untyped a
    would take a later sentence's type, which may be another event's."""
    if a.family is None:
        return False
    if b.family is None:
        return a.event_type != "territory_change"
    # typed alike: another weapon ("the rocket struck X" after a drone strike) is another act,
    # or a disputed one, and stays a record of its own
    return a.event_type == b.event_type


def _village_of(a: Draft, b: Draft) -> bool:
    """b, told a few sentences below incident a and of its family, names only villages no gazetteer
    has in a province of a's places, with no time of its own, no toll above a's, no party a
    excludes and nothing that marks it another event ("gunmen raided a market in Zamfara's Maru
    area on Sunday, killing 14. The attackers came on motorbikes to Dangulbi village, shooting
    traders"): a's event told at its village, not a second one. The village's point is only its
    province's, so no distance can set the two apart; ``village_host`` asks that a be the one
    such incident of that province told so far."""
    mine, theirs = _tolls(b), _tolls(a)
    return (
        a.kind == b.kind == "incident"
        and not (a.tally or b.tally or a.weak or b.weak or b.from_title)
        and not (b.distinct or b.later or b.spread or (b.plural and not a.plural))
        and _families_agree(a, b)
        and not _fight_and_capture(a, b)
        and b.own_place
        and not a.place_keys() & b.place_keys()
        and b.sent_i > a.sent_i  # a clause of a's own sentence, or a list of towns, tells another site
        and b.town_list is None
        and b.sent_i - a.last <= MERGE_WINDOW_SENTENCES
        # an untyped mention says less of what happened: only near where a was first told, not
        # at the far end of a long raid's story of village after village
        and (b.family is not None or b.sent_i - a.sent_i <= MERGE_WINDOW_SENTENCES)
        and _no_new_time(a, b)
        and (not mine or bool(theirs) and max(mine) <= max(theirs))
        and _actors_compatible(a, b)
        and all(
            loc.precision == "country" or any(_unplaced_village(loc, area) for area in a.locations)
            for loc in b.locations
        )
        and any(loc.precision != "country" for loc in b.locations)
    )


def village_host(d: Draft, told: list[Draft]) -> Draft | None:
    """The incident a mention at an unplaced village (``_village_of``) tells again, when it is the
    only incident of its family told so far in that province.

    Why: a lead placed at a district or town and a later sentence at a village the gazetteer does
    not know became two records of one event; with two incidents of the family in the province the
    village may be either's, or a third, so it stays apart."""
    found = [m for m in told if _village_of(m, d)]
    if len(found) != 1:
        return None
    (host,) = found
    provinces = {_key(loc.admin1 or "") for loc in d.locations if loc.admin1}
    rivals = [
        m
        for m in told
        if m is not host
        and m.kind == "incident"
        and not m.weak
        and _families_agree(m, d)
        and provinces & {_key(loc.admin1 or "") for loc in m.locations if loc.admin1}
    ]
    return None if rivals else host


def _other_voice(a: Draft, b: Draft) -> bool:
    """b is told by a source, and by none of a's."""
    return bool(b.sources) and not {s.name for s in b.sources} & {s.name for s in a.sources}


def _near_ground(a: Draft, b: Draft) -> bool:
    """b names no place, one a's places allow, one near a place of a's (``ACCOUNT_NEAR_KM``), or a
    village no gazetteer has in the province of a place of a's (its distance is unknown)."""
    if not b.place_keys() or _places_compatible(a, b):
        return True
    return any(
        _near(la, lb)
        for la in a.locations
        if la.precision != "country"
        for lb in b.locations
        if lb.precision != "country"
    )


def _near(here: Location, there: Location) -> bool:
    """``there`` lies within ``ACCOUNT_NEAR_KM`` of ``here``; or, placed by no gazetteer, in its
    province, or in its country when neither is known by province (two border villages)."""
    if there.coords_from not in OWN_COORDS:
        if there.admin1 or here.admin1:
            return _key(there.admin1) == _key(here.admin1)
        return bool(there.country) and there.country == here.country
    km = km_apart(here, there)
    return km is not None and km <= ACCOUNT_NEAR_KM


def _next_sentence(a: Draft, b: Draft) -> bool:
    """b is told in the sentence right after a's last; or a, told in one sentence, already took in
    another clause of b's, the next one ("They planted a bomb [a took this] and then opened fire")."""
    return b.sent_i - a.last == 1 or (b.sent_i == a.last == a.sent_i + 1)


def _struck_the_armed(d: Draft) -> bool:
    """Every target the strike names is armed ("jets struck militant positions"): it harmed no
    civilians to be told again, so a killing of civilians told after it is an act of its own."""
    return bool(d.targets) and all(t.type in ARMED_TYPES for t in d.targets)


def _contained(inner: Draft, outer: Draft) -> bool:
    """Every place of ``inner`` is one of ``outer``'s or an area holding them (the village's
    district or province): the event told again at a coarser scale, never a town beside it."""
    fine, areas = outer.place_keys(), outer.admin1_keys()
    return all(
        _key(loc.name) in fine or (loc.precision not in ("exact", "near") and _key(loc.name) in areas)
        for loc in inner.locations
        if loc.precision != "country"
    )


def _day_and_period(a: Draft, b: Draft) -> bool:
    """One draft is an incident dated to a day, the other a tally over months or years: one act and
    the war or campaign it belongs to, never one event. (A week's tally may still be the incident
    told loosely: "the bombings last week".)"""
    inc, agg = (a, b) if a.kind == "incident" else (b, a)
    return (
        inc.kind == "incident"
        and agg.kind == "aggregate"
        and inc.date.start is not None
        and not date_is_period(inc.date)
        and agg.date.start is not None
        and ((agg.date.end or agg.date.start) - agg.date.start).days > CAMPAIGN_MIN_DAYS
    )


def _summary_and_part(a: Draft, b: Draft) -> bool:
    """One draft sums up several incidents over a period, in the plural ("attacks across the north
    killed 40 people this week"); the other is an incident with its own day (or, listed in the
    summary's sentence, none: "including a bombing in X"), at a place the summary does not name,
    and a smaller toll (or none): one of the incidents summed up, never the summary."""
    agg, inc = (a, b) if a.kind == "aggregate" else (b, a)
    if agg.kind != "aggregate" or inc.kind != "incident" or agg.tally or not (agg.plural or agg.spread):
        return False
    if agg.anaphoric:
        return False  # "since the bombings last week": events told before, not a summary
    if not date_is_period(agg.date) or inc.said_date or not inc.own_place:
        return False
    # its own day, or none in the summary's own sentence ("..., including a bombing in X")
    if inc.date.precision != "day" and not (inc.date.start is None and inc.sent_i == agg.sent_i):
        return False
    if inc.place_keys() & agg.place_keys():
        return False
    whole, part = _tolls(agg), _tolls(inc)
    return bool(whole) and (not part or max(part) < min(whole))


def absorb(a: Draft, b: Draft) -> None:
    """Fold draft b into a: a keeps its values, b fills the gaps."""
    if a.event_type is None and _only_property(b) and a.trigger_keys & KILL_LEMMAS:
        pass  # the houses burnt in a raid that killed people do not make the killing "other"
    elif _only_property(a) and b.event_type is None and b.trigger_keys & KILL_LEMMAS:
        a.event_type = None  # ... nor when told first: the killing's type is filled later
    elif _only_property(a) and b.family in ("violence_against_civilians", "battles"):
        a.event_type = b.event_type  # ... nor typed: the raid is what it did to people
    elif a.event_type is None or (
        b.event_type
        and b.strength > a.strength
        and a.family == b.family
        and (_more_specific(b, a) or _armed_with(b, a))
    ):
        a.event_type = b.event_type or a.event_type
    elif a.family == "violence_against_civilians" and b.family == "explosions_remote_violence":
        # one toll told two ways ("massacre" in a headline, "shelling" in the lead): as ACLED
        # codes it, civilians killed by shelling or bombs are remote violence
        a.event_type = b.event_type
    if a.from_title and not a.evidence and b.kind == "aggregate":
        a.kind = "aggregate"  # a headline takes the kind of the lead it summarises
    if a.date.start is None and a.news_until is None:
        # a headline that takes in its undated lead tells the same news of the days up to
        # publication: an older period told further down is back-story to it too
        a.news_until = b.news_until
    if (a.date.start is None or (a.said_date and not b.said_date)) and b.date.start is not None:
        # an event's own day beats the day a source spoke of it
        a.date, a.said_date = b.date, b.said_date
    elif (
        b.date.start is not None
        and not b.said_date
        and a.date.precision in ("week", "month", "year", "range")
        and b.date.precision == "day"
    ):
        a.date, a.said_date = b.date, b.said_date
    seen = {_key(loc.name) for loc in a.locations}
    for loc in b.locations:
        if _key(loc.name) not in seen:
            a.locations.append(loc)
            seen.add(_key(loc.name))
    a.locations = order_locations(a.locations)
    absorb_claims(a, b)
    a.strength = max(a.strength, b.strength)
    a.tally = a.tally or b.tally
    a.from_title = a.from_title or b.from_title
    a.last_sent = max(a.last, b.last)
    a.weak = a.weak and b.weak
    a.aside = a.aside and b.event_type is None
    a.recalled = a.recalled and b.recalled
    a.judged = a.judged and b.judged
    a.setting = a.setting and b.setting
    a.fought_back = a.fought_back or b.fought_back
    a.patients |= b.patients
    a.sent_i = min(a.sent_i, b.sent_i) if not a.from_title else a.sent_i
    a.weapon_classes |= b.weapon_classes
    a.trigger_keys |= b.trigger_keys
    a.present_tense = a.present_tense or b.present_tense
    a.own_place = a.own_place or b.own_place
    a.lead = a.lead or b.lead
    a.spread = a.spread or b.spread
    if a.weapon_classes & AIR_CLASSES and a.event_type == "remote_explosive":
        a.event_type = "air_strike"  # the bombs that exploded were dropped by aircraft


def _armed_with(b: Draft, a: Draft) -> bool:
    """b names the weapon that types it and a names none: b's type is read, a's guessed ("Baghdad
    bombing" in a headline, "died in a car bombing" in its lead)."""
    return bool(b.weapon_classes - NO_TYPE_CLASSES) and not a.weapon_classes - NO_TYPE_CLASSES


def _followed_up(host: Draft, d: Draft) -> bool:
    """Whether ``d``, whose tolls only add to one told before (``Draft.follow_up``), goes on with
    ``host``: an incident of its kind at a place it does not contradict, nor done by others. A
    sentence with an event word of its own ("another six died when a drone hit a school") or a
    place of its own that the host lacks tells another event, counted on from the first. In a
    fight either side's doing counts ("14 attackers were killed" by the troops attacked): the
    defenders' toll of the attackers goes on with the fight, not with a new one."""
    return (
        d.event_type is None
        and (not d.own_place or bool(d.place_keys() & host.place_keys()))
        and not host.weak
        and not host.tally
        and host.kind == d.kind == "incident"
        and (d.family is None or host.family is None or d.family == host.family)
        and _places_compatible(host, d)
        and (_actors_compatible(host, d) or _other_side_of_fight(host, d))
    )


def _more_specific(b: Draft, a: Draft) -> bool:
    """b's type says more than a's, and a's was not read off a weapon that b's sentence lacks: "a
    car bomb" typed a, a later "blamed for the bombing" guesses b's type from who is blamed."""
    generic = {"other", "armed_clash", "missile_artillery", "remote_explosive"}
    if a.weapon_classes - NO_TYPE_CLASSES and not b.weapon_classes - NO_TYPE_CLASSES:
        return False
    return a.event_type in generic and b.event_type not in generic


def _placed_elsewhere(d: Draft, told: list[Draft]) -> bool:
    """An incident told before d is placed, and at none of d's places: d's places (where its source
    is) are not that event's, so they must not set d apart from it. A source at the scene's own town
    ("a doctor at the hospital in X", X the event's town) keeps its place and merges as usual."""
    placed = [m for m in told if m.kind == "incident" and m.own_place and not m.weak]
    return bool(placed) and not any(m.place_keys() & d.place_keys() for m in placed)


def _may_be_referred_to(m: Draft, d: Draft) -> bool:
    """Told incident ``m`` may be what ``d``'s definite noun refers back to, place aside: of its
    family (or ``d`` untyped, and no taking of a town), dated alike, by no other hands."""
    return (
        not m.weak
        and not m.tally
        and m.kind == "incident"
        and (d.family is None or m.family == d.family)
        and not (d.event_type is None and m.event_type == "territory_change")
        and (_drafts_dated_alike(m, d) or _said_after(m, d) or _said_after(d, m))
        and _actors_compatible(m, d)
    )


def _day_within_days(d: Draft, m: Draft) -> bool:
    """``d`` names one day inside the several days ``m`` spans ("the heaviest fighting took place on
    Saturday" after "clashes over the weekend"): a part of a series, not all of it."""
    if d.date.start is None or m.date.start is None or d.date.precision != "day":
        return False
    return (m.date.end or m.date.start) > m.date.start


def sole_antecedent(d: Draft, told: list[Draft]) -> Draft | None:
    """The one incident a singular definite mention ("the attack occurred near the hamlet of X",
    "the bombing, the provincial police said") can refer back to when ``restates`` finds none
    because the mention names a place the event was not given (a finer site, the province, the
    town a speaker is in).

    Why: a definite noun says the event was told already; told again at a new place it became a
    second record of one event. Only when the text has told exactly one such event: with two, the
    place is what tells them apart, and an "another"/"separate"/"later" mention is never joined."""
    if d.plural or d.distinct or d.later or d.tally or d.kind != "incident":
        return None
    found = [m for m in told if _may_be_referred_to(m, d)]
    if len(found) != 1:
        return None
    (m,) = found
    if m.plural or m.spread or _day_within_days(d, m):
        return None  # "the heaviest fighting" on Saturday is one of the weekend's "clashes", not all
    return m


def merge_drafts(drafts: list[Draft]) -> list[Draft]:
    """Greedy merge in text order: each draft joins the first earlier one it fits; a weak draft
    (an untyped word such as "hit" with a place) joins the event it places or is dropped."""
    out: list[Draft] = []
    told: set[int] = set()  # drafts that took in a sentence of the text (not a headline's only)

    def join(host: Draft, d: Draft) -> None:
        absorb(host, d)
        if not d.from_title or id(d) in told:
            told.add(id(host))

    answered: dict[int, Draft] = {}  # sentence -> the event its other side's account joined

    for d in drafts:
        if d.speaker_placed and _placed_elsewhere(d, out):
            # "Survivors who reached X said ...": where the source is, below an event placed elsewhere
            d.locations, d.own_place = [], False
        town = next((m for m in reversed(out) if _division_and_town(m, d)), None)
        if town is not None:
            join(town, d)
            # the finer place first: the town the next sentence names inside the division
            mine = {_key(loc.name) for loc in d.locations}
            town.locations = order_locations(
                sorted(town.locations, key=lambda loc: _key(loc.name) not in mine)
            )
            continue
        village = village_host(d, out)
        if village is not None:
            join(village, d)
            continue
        account = answered.get(d.sent_i) if d.answers else None
        account = account or next((m for m in reversed(out) if _other_sides_account(m, d)), None)
        if account is not None:
            _join_words(account, d)  # the other side's telling: its words only, not its place or type
            answered[d.sent_i] = account
            continue
        if d.weak:
            host = next((m for m in reversed(out) if can_place(m, d)), None)
            if host is not None:
                join(host, d)
                continue
        if d.anaphoric:
            # "the attack" claimed days later is the event dated shortly before the claim, not a
            # nearer undated phase of it (whose day would become the claim's); else the nearest
            # event of its own family (or one told in passing, waiting for its type) first ("the
            # explosions": the bombing), then any. An untyped noun a side claims ("claimed the
            # killing") has no family to look for: the nearest event told is what it claims.
            host = next((m for m in reversed(out) if _said_after(d, m) and restates(m, d)), None)
            same = not (d.claimed_back and d.family is None)
            host = host or next(
                (m for m in reversed(out) if (m.family == d.family and same or m.aside) and restates(m, d)),
                None,
            )
            if host is not None and host.family is None and d.family is None:
                # an untyped mention ("killed in the raid") restates the event told with its word
                # ("commandos raided a flat"), not a nearer untyped one told without it
                words = d.trigger_keys - KILL_LEMMAS
                if not host.trigger_keys & words:
                    host = next((m for m in reversed(out) if m.trigger_keys & words and restates(m, d)), host)
            host = host or next((m for m in reversed(out) if restates(m, d)), None)
            host = host or sole_antecedent(d, out)
            if host is not None:
                join(host, d)
                continue
        if d.follow_up:
            # "three more died in hospital on Tuesday": the toll of the event just told, grown, on
            # whatever day the later deaths came
            host = next((m for m in reversed(out) if _followed_up(m, d)), None)
            if host is not None:
                join(host, d)
                continue
        for m in out:
            if not m.weak and can_merge(m, d):
                join(m, d)
                break
        else:
            out.append(d)
    out = [d for d in out if not d.weak and not (d.aside and d.event_type is None and not fully_told(d))]
    for h in [d for d in out if d.from_title and id(d) not in told]:
        body = _first_told(h, out)
        if body is not None:
            absorb(h, body)
            out.remove(body)
    return out


#: The family of the one-sided violence an accusation names ("accused soldiers of executing villagers").
ACCUSED_FAMILY = "violence_against_civilians"
#: Families of the article's own account an accusation of it may contradict: a battle, or an untyped
#: killing of armed men ("the army said it killed 30 militants").
ACCOUNT_FAMILIES = frozenset({"battles", None})


def _accusation_of_account(accused: Draft, account: Draft) -> bool:
    """One draft is only an accusation of violence against civilians, the other an account of a
    fight or a killing in the article's or a side's own words."""
    return (
        accused.accused
        and accused.family == ACCUSED_FAMILY
        and not account.accused
        and account.family in ACCOUNT_FAMILIES
        and (account.family is not None or _fights_the_armed(account))
    )


def _fights_the_armed(d: Draft) -> bool:
    """An untyped killing whose victims are all armed men ("the army said it killed 30 militants"):
    a fight as its teller tells it, not the killing of the accused act told again."""
    return bool(d.targets) and all(t.type in ARMED_TYPES or t.type == "unknown" for t in d.targets)


def _join_words(host: Draft, d: Draft) -> None:
    """Another side's telling of the host's incident joins it as words only (claims, sources,
    evidence, its last sentence), not as a change of the incident's type or parties."""
    host.claims.extend(d.claims)
    for s in d.sources:
        if all((x.name, x.verb) != (s.name, s.verb) for x in host.sources):
            host.sources.append(s)
    host.evidence.extend(e for e in d.evidence if e not in host.evidence)
    host.last_sent = max(host.last, d.last)


def _fire_only(d: Draft) -> bool:
    """An incident told only by fire aimed at a target, with no one killed or hurt in it ("the convoy
    came under fire", ``triggers.fired_at_hit``)."""
    return (
        d.kind == "incident"
        and bool(d.trigger_keys)
        and d.trigger_keys <= {FIRED_AT_KEY}
        and not any(c.what in CASUALTY_WHATS for c, _ in d.claims)
    )


def fold_fire_only(drafts: list[Draft]) -> list[Draft]:
    """A toll-less attack told only by the fire aimed at someone, on the day and at the place of
    another incident of the article, is that incident told from the side fired on ("the convoy came
    under fire from sect members" in the army's account of the clash in which it says its men killed
    seven): its words join the nearest such incident (at a place it names, or any when it names
    none), not its type or parties. Alone in its article, at another place or day, or told as
    another ("separately, ..."), it stays an attack of its own ("a patrol was fired upon near X").

    Why: read as an event of its own, the army's telling of one clash became two records, and the
    other side's reports linked to one or the other (``bench/miss_census.py``: false links from
    unpaired records)."""
    out = list(drafts)
    for d in drafts:
        if not _fire_only(d) or d.distinct or d.date.start is None:
            continue  # "separately, a patrol came under fire": another incident, told as one
        mine = d.place_keys()
        hosts = [
            h
            for h in out
            if h is not d
            and h.kind == "incident"
            and not h.tally
            and not _fire_only(h)
            and _dates_compatible(h.date, d.date)
            and (not mine or bool(mine & (h.place_keys() | h.admin1_keys())))
        ]
        if hosts:
            _join_words(min(hosts, key=lambda h: abs(h.sent_i - d.sent_i)), d)
            out.remove(d)
    return out


def fold_accusations(drafts: list[Draft]) -> list[Draft]:
    """An act one side is only accused of ("residents accused the soldiers of executing villagers"),
    beside a fight the article reports in its own voice or a side's account at that place and time
    ("the army said it killed 30 militants in a clash"), is the other side's version of that fight:
    its words join the fight as claims (of blame, of figures) without changing its type or its
    parties. An accusation with no such account nearby stays an event of its own."""
    out = list(drafts)
    for d in drafts:
        hosts = [
            h
            for h in out
            if _accusation_of_account(d, h)
            and h.kind == "incident"
            and not h.tally
            and abs(h.sent_i - d.sent_i) <= MERGE_WINDOW_SENTENCES
            and _dates_compatible(h.date, d.date)
            and _places_compatible(h, d)
        ]
        if not hosts:
            continue
        host = min(hosts, key=lambda h: abs(h.sent_i - d.sent_i))
        _join_words(host, d)
        out.remove(d)
    return out


def _sentences_apart(host: Draft, d: Draft) -> int:
    """How many sentences d is told from the nearest sentence of host (0 within the host's passage)."""
    if host.sent_i <= d.sent_i <= host.last:
        return 0
    return min(abs(host.sent_i - d.sent_i), abs(host.last - d.sent_i))


def fold_denials(drafts: list[Draft]) -> list[Draft]:
    """An act told only as what a denied report says ("the army denied reports that aircraft had
    attacked a school"), beside an incident the article tells in its own or a side's words at a
    compatible place and time (the army's clash in that village that day), is that incident as the
    other side tells it: a denial names the event it answers, it does not report a second one. Its
    words join the incident (claims, sources, evidence) without changing its type or its parties, of
    whatever family, so the incident links with the other side's reports of the act and shows the
    dispute, and no second record of the article repeats the story. A denied act with no such
    incident nearby stays an event of its own (an article that tells the act only by its denial)."""
    out = list(drafts)
    for d in drafts:
        if not d.denied or d.kind != "incident":
            continue
        hosts = [
            h
            for h in out
            if h is not d
            and not h.denied
            and h.kind == "incident"
            and not h.tally
            and _sentences_apart(h, d) <= MERGE_WINDOW_SENTENCES
            and _dates_compatible(h.date, d.date)
            and _places_compatible(h, d)
        ]
        if not hosts:
            continue
        host = min(hosts, key=lambda h: (_sentences_apart(h, d), h.sent_i))
        _join_words(host, d)
        out.remove(d)
    return out


#: Precisions of a place that name an area (a province, a country), not the spot of an act.
AREA_PRECISIONS = frozenset({"country", "admin1"})


def _sites(d: Draft) -> set[str]:
    """The keys of the spots the draft names, without the provinces and countries around them."""
    return {_key(loc.name) for loc in d.locations if loc.precision not in AREA_PRECISIONS} - d.admin1_keys()


def _one_ground(host: Draft, d: Draft) -> bool:
    """d names no place of its own, or the one spot host names: a reading of an act tells where it
    was as the article did; a spot host lacks is another act's ground, and a host over two spots
    (a clash in a city and a bombing at a plant outside it, told together) holds more than one
    act."""
    if not d.own_place:
        return _places_compatible(host, d)
    return len(_sites(host)) == 1 and _sites(d) == _sites(host)


#: The longest span an act's date may cover and still name its time ("on Saturday", "at the weekend");
#: a week or a month dates a campaign's news, not one act.
ONE_ACT_DAYS = 2


def _short(span: DateSpan) -> bool:
    """The date names a day or two ("at the weekend"), not a week or more."""
    return span.start is not None and ((span.end or span.start) - span.start).days < ONE_ACT_DAYS


def _one_time(host: Draft, d: Draft) -> bool:
    """host is dated to a day or two, and d either names no day or days overlapping host's."""
    if not _short(host.date):
        return False
    return d.date.start is None or (_short(d.date) and _dates_compatible(host.date, d.date))


def _reading_cue(host: Draft, d: Draft) -> bool:
    """What says d is another reading of host's act, not a second act: another voice tells it at
    the spot it names itself (sources on both, none shared: "the army said it struck a depot in X"
    then "residents said the bombs hit a street in X"), it gives host's own death toll, or it names
    the act by a definite back-reference ("the attack", "claimed the killing"). Another voice alone,
    with no place of its own, may tell anything of the war ("officials also accused the rebels of
    looting warehouses")."""
    other_voice = d.own_place and bool(host.sources) and _other_voice(host, d)
    return other_voice or _tells_the_toll(host, d) or d.anaphoric or d.claimed_back


#: How many different death tolls one act's passage may hold: its dead, and perhaps one count more
#: (the attackers' dead, each side's); three or more counts tell several acts (a lead over a clash
#: and a bombing with four counts, dev set), of which a later toll may be any one.
ONE_ACT_TOLLS = 2


def _tells_the_toll(host: Draft, d: Draft) -> bool:
    """d gives a death toll host gives, and host holds no more than one act's counts."""
    th = _tolls(host)
    return len(th) <= ONE_ACT_TOLLS and bool(th & _tolls(d))


def _other_toll(host: Draft, d: Draft) -> bool:
    """d counts dead and none of its counts is host's: the dead of an act of its own (the bodies
    brought to a hospital since the day before, the fight that followed), as far as the text shows.
    A side's reading that disputes the toll stays a record of its own too: read alone, a count
    that differs cannot tell the two apart."""
    td = _tolls(d)
    return bool(td) and not td & _tolls(host)


def _another_reading(host: Draft, d: Draft) -> bool:
    """d, told after host, reads host's act in other words: an incident of the same day (or told
    with no day), at host's ground or with none of its own, of another type, that some cue ties to
    host (``_reading_cue``), and nothing marks as a second act ("another", "a later strike", "hours
    later", "also", a fight and the taking that followed it, a killing and the carrying off of
    others)."""
    return (
        host.kind == d.kind == "incident"
        and host.event_type is not None
        and d.event_type != host.event_type
        and not (host.tally or d.tally or d.distinct or d.later or d.sequel or d.follow_up or d.from_title)
        and not (host.weak or d.weak or host.aside or d.aside or d.recalled or host.recalled)
        and _one_time(host, d)
        and _one_ground(host, d)
        and not _fight_and_capture(host, d)
        and not _other_toll(host, d)
        and _reading_cue(host, d)
    )


#: Types that tell no harm done to people by themselves (a taking of ground, a crowd's act): when
#: one reading of an act is of these and another tells violence, the violence types the act.
HARMLESS_READINGS = frozenset({"territory_change", "other"})


def _types_the_act(host: Draft, d: Draft) -> bool:
    """d's reading, not host's, should type the one record: host tells only a taking or a crowd's
    act ("the rebels retook the town"), d the violence done there ("26 bodies were found")."""
    return host.event_type in HARMLESS_READINGS and d.event_type not in HARMLESS_READINGS


def fold_readings(drafts: list[Draft]) -> list[Draft]:
    """One act told through several sources' readings ("the army said it struck a rebel base";
    "residents said the planes hit a market, killing 30"; "the rebels said they repelled an
    assault") is one record: a later draft that is only another reading of an earlier incident
    (``_another_reading``) joins it as words (claims, sources, evidence), without changing the
    incident's type or parties. When outlets type the act differently, the story shows it as a
    contradiction of kind ``type`` (``link.contradictions.event_type``).

    Why: read as its own record, each reading became its own story across outlets, beside the
    story of the act (round 26: 45 of the false links of contested sets 1-9)."""
    out: list[Draft] = []
    for d in drafts:
        host = next((h for h in out if _another_reading(h, d)), None)
        if host is None:
            out.append(d)
        elif _types_the_act(host, d):
            _join_words(d, host)  # the violence's record, in the place of the first reading
            out[next(i for i, h in enumerate(out) if h is host)] = d
        else:
            _join_words(host, d)
    return out


def _first_told(h: Draft, drafts: list[Draft]) -> Draft | None:
    """The event a headline that took in no sentence of its text reports: the text's first event
    of its family, when nothing in it says otherwise (its lead told the background, the
    event comes in a quote further down: "our fighters now hold the whole city")."""
    if h.kind != "incident" or h.family is None:
        return None
    first = next((d for d in drafts if not d.from_title and d.family == h.family and d.kind == h.kind), None)
    if (
        first is None
        or first.distinct
        or first.aside
        or first.tally != h.tally
        or not _dates_compatible(h.date, first.date)
        or not _places_compatible(h, first)
        or not _actors_compatible(h, first)
    ):
        return None
    return first


def restates(a: Draft, b: Draft) -> bool:
    """Whether b ("the attack", "those strikes") tells more of event a: the same family (or no
    type), a date and place that do not say otherwise (b's places among a's or inside its area).
    An event told in passing may be the one restated ("The earlier raid, too, was blamed on ...")."""
    if a.weak or (b.family and a.family and a.family != b.family):
        return False
    if b.event_type is None and a.event_type == "territory_change":
        return False  # "the attack" is not the taking of a town
    if a.kind == "aggregate" and b.kind != "aggregate" and not b.plural:
        return False  # "the bombing" is one event, not the campaign told before it
    if not (_drafts_dated_alike(a, b) or _said_after(a, b) or _said_after(b, a)):
        # an event dated only by the day a source spoke of it ("..., police said Thursday") is
        # dated by a later sentence that tells its own day ("The attack, which occurred on Monday");
        # and "the attack" claimed or condemned days after it keeps its own day
        return False
    if b.kind == "aggregate" and a.kind == "incident":
        return False  # a period's tally does not restate one incident
    if not b.place_keys() or b.place_keys() & a.place_keys():
        return _places_compatible(a, b)  # no place, or one of a's ("in Boston, ... Boylston Street")
    if _fine(a):
        return False
    return _places_compatible(a, b)


def can_place(a: Draft, b: Draft) -> bool:
    """Whether weak draft b (a later sentence naming where "strongholds were hit") tells where
    event a happened: a reports no town yet, or the same one, within a few sentences of its
    last mention, with no date or family that says otherwise."""
    if a.weak or (b.family and a.family and a.family != b.family):
        return False
    if not _dates_compatible(a.date, b.date) or b.distinct:
        return False
    if not 0 <= b.sent_i - a.last <= MERGE_WINDOW_SENTENCES:
        return False
    if _fine(a) and not (a.place_keys() & b.place_keys()):
        return False
    return _places_compatible(a, b)


def fold_restatements(drafts: list[Draft]) -> list[Draft]:
    """Fold undated mentions of an event the article already reports into that event.

    A later sentence that names no day (nor place: a day carried over from an
    earlier sentence is then not its own) and either no place or a place
    another event of the same family already has ("the strikes on Raqqa tend to ...",
    "the attack killed ...") restates that event rather than reporting a new
    one; its claims and sources join the event it restates.
    """
    out: list[Draft] = []
    for i, d in enumerate(drafts):
        # a day carried over from an earlier sentence is not the sentence's own, when it names no place
        # of its own (a settlement pointed back to, "the shelling hit houses in the village", is none)
        dated = d.date.start is not None and (not d.date_carried or d.own_place)
        if i == 0 or d.from_title or d.kind != "incident" or dated or d.tally or d.distinct:
            out.append(d)
            continue
        mine = d.place_keys()
        same = [
            m
            for m in out
            if (m.family == d.family or d.family is None or d.filled_type)
            and _actors_compatible(m, d)
            and not _fight_and_capture(m, d)
            and not (_armed_reply(m, d) or _armed_reply(d, m))
            and not _told_apart(m, d)
        ]
        if mine:
            same = [m for m in same if m.place_keys() & mine]
        if same:
            absorb_claims(same[-1], d)
        else:
            out.append(d)
    return out


def absorb_claims(a: Draft, b: Draft) -> None:
    """Keep what a restating sentence adds (numbers, sources, evidence), not its vaguer values."""
    a.claims.extend(b.claims)
    for s in b.sources:
        if all((x.name, x.verb) != (s.name, s.verb) for x in a.sources):
            a.sources.append(s)
    a.evidence.extend(e for e in b.evidence if e not in a.evidence)
    for w in b.weapons:
        if w not in a.weapons:
            a.weapons.append(w)
    for role in ("initiators", "targets"):
        mine = getattr(a, role)
        for actor in getattr(b, role):
            if all(x.name != actor.name for x in mine):
                mine.append(actor)
    a.members += b.members


#: A coarse mention folds into a finer event at most this many sentences away from it (a
#: headline counts as sentence -1): leads name the country or province first and the town a
#: few sentences later; set from dev and world-set errors.
COARSE_WINDOW_SENTENCES = 8
#: Precisions that say only which province or country an event was in.
COARSE_PRECISIONS = frozenset({"country", "admin1"})


def _country_only(loc: Location) -> bool:
    """A place the gazetteer lacks that nothing ties to a province: its coordinates are its
    country's ('a village in X province' with X unknown), so it says no more than the country."""
    return (loc.coords_from or "").startswith("country:") and not loc.admin1


def _coarse(d: Draft) -> bool:
    """The draft places its event only by country or province ("in Donetsk region", "in Syria")."""
    return bool(d.locations) and all(
        loc.precision in COARSE_PRECISIONS or _country_only(loc) for loc in d.locations
    )


def _contains(coarse: Draft, fine: Draft) -> bool:
    """A fine place of ``fine`` lies inside every area ``coarse`` names (its country, its province).
    Under a country, a province is fine enough: "a strike in Yemen" is the strike in Saada province."""

    def country_level(area: Location) -> bool:
        # a region spanning provinces (admin1 precision, no admin1) is known only by its country
        return (
            area.precision == "country"
            or _country_only(area)
            or (area.precision == "admin1" and not area.admin1)
        )

    # a village the gazetteer lacks is placed by its country but names more than the country: it
    # may be a town's event told again, never a province's
    by_country = all(country_level(area) and not _country_only(area) for area in coarse.locations)
    spots = [
        loc
        for loc in fine.locations
        if loc.precision in ("exact", "near") or (by_country and loc.precision == "admin1" and loc.admin1)
    ]
    if not spots:
        return False
    for area in coarse.locations:
        if country_level(area):
            if not any(s.country and s.country == area.country for s in spots):
                return False
        elif not any(_key(s.admin1) == _key(area.admin1 or area.name) for s in spots):
            return False
    return True


#: A source tells of an event at most this many days after it happened ("an official said
#: Wednesday" of Tuesday's attack); set from world-set leads.
SAID_LAG_DAYS = 3


def _placed_within(b: Draft, a: Draft) -> bool:
    """b names no place of its own, or only places a already has (a side's later account of a's
    event names the town the article placed it in)."""
    return not b.own_place or bool(b.place_keys()) and b.place_keys() <= a.place_keys()


def _said_after(said: Draft, d: Draft) -> bool:
    """``said`` is dated only by the day a source spoke, and ``d``'s day lies shortly before it."""
    if not said.said_date or said.date.start is None or d.date.start is None:
        return False
    lag = (said.date.start - (d.date.end or d.date.start)).days
    return 0 < lag <= SAID_LAG_DAYS


def _tolls(d: Draft) -> set[float]:
    return {c.value for c, _ in d.claims if c.what == "killed"}


def _position(d: Draft) -> int:
    return -1 if d.from_title and not d.evidence else d.sent_i


def fold_coarse(drafts: list[Draft]) -> list[Draft]:
    """Fold a mention placed only by country or province into the finer event it reports.

    Reports name one event at several granularities: a headline's "strikes in
    Syria" is the lead's strike on a town, and "the attack in Donetsk region" the
    strike on a village of that region. A coarse incident whose family, date and
    actors agree with an incident at a town inside its area, near it in the text,
    is that incident; its death toll must not contradict the town's. When several
    towns qualify, the nearest one after a headline or lead, else the nearest one
    before, takes it.
    """
    out = list(drafts)
    for c in sorted(drafts, key=_position):
        if c.kind != "incident" or c.tally or c.distinct or not _coarse(c):
            continue
        pos = _position(c)
        cands = [
            f
            for f in out
            if f is not c
            and f.kind == "incident"
            and not f.tally
            and (f.family == c.family or c.filled_type or f.filled_type)
            and not _told_apart(c, f)
            and not _listed_together(c, f)
            and not _fight_and_capture(c, f)  # the taking of a town and the fight for it: two events
            and abs(_position(f) - pos) <= COARSE_WINDOW_SENTENCES
            and _contains(c, f)
            and (_dates_compatible(c.date, f.date) or _said_after(c, f))
            and _actors_compatible(c, f)
            and (not _tolls(c) or not _tolls(f) or bool(_tolls(c) & _tolls(f)))
        ]
        if not cands:
            continue
        after = [f for f in cands if _position(f) > pos]
        before = [f for f in cands if _position(f) < pos]
        if (c.from_title or c.lead) and after:
            target = min(after, key=_position)
        elif before:
            target = max(before, key=_position)
        else:
            target = min(after or cands, key=_position)  # else a town of its own sentence
        _fold_into(target, c)
        out.remove(c)
    return out


def _fold_into(fine: Draft, coarse: Draft) -> None:
    """The finer draft takes the coarse one's numbers, sources and evidence, its date where it
    has none, its type where its own came only from the article, and its standing: a headline's
    or lead's event stays the main one."""
    absorb_claims(fine, coarse)
    if fine.filled_type and not coarse.filled_type:
        fine.event_type, fine.filled_type = coarse.event_type, False
    if fine.date.start is None and coarse.date.start is not None:
        fine.date = coarse.date
    fine.from_title = fine.from_title or coarse.from_title
    fine.lead = fine.lead or coarse.lead
    fine.recalled = fine.recalled and coarse.recalled
    fine.judged = fine.judged and coarse.judged
    fine.setting = fine.setting and coarse.setting
    fine.strength = max(fine.strength, coarse.strength)
    if coarse.from_title or coarse.sent_i < fine.sent_i:
        fine.sent_i = min(fine.sent_i, coarse.sent_i) if not coarse.from_title else fine.sent_i


#: A province-level event takes a settlement named at most this many sentences after it.
SITE_WINDOW_SENTENCES = 6


def place_coarse_at_sites(drafts: list[Draft], sites: list[tuple[int, Location]]) -> None:
    """An event placed only by its province takes the one settlement of that province that the
    text presents as a place in the sentences after it ("... in the remote X region on Monday.
    Elders of the village of Y said ..."): reports give the province first and the village in a
    witness's or an official's words. ``sites`` are (sentence, location) of names the text's own
    words make places ("the village of Y", "20 km north of Y") anywhere in the body. Several such
    settlements, or one another event already holds, say nothing of where this one happened."""
    held = {k for d in drafts for k in d.place_keys()}
    for c in drafts:
        if c.kind != "incident" or c.tally or c.from_title or not _coarse(c):
            continue
        areas = {loc.admin1 for loc in c.locations if loc.precision != "country"}
        if len(areas) != 1 or None in areas:
            continue
        found = {
            _key(loc.name): loc
            for si, loc in sites
            if 0 < si - c.sent_i <= SITE_WINDOW_SENTENCES
            and loc.admin1 in areas
            and loc.precision != "country"
            and _key(loc.name) not in held
        }
        if len(found) != 1:
            continue
        c.locations = order_locations([next(iter(found.values())).model_copy(), *c.locations])
