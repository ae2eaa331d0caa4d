"""Stage extract: the spaCy Doc of one article -> its event records, main event first.

The steps, each in its own module: mentions (triggers, weapons, actors,
places, times, numbers, attributions) -> frames per sentence (frames.py) ->
drafts with resolved values (draft.py) -> merge of drafts of one event
(merge.py) -> kind, background, order and confidence (rank.py).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re
from collections import Counter
from typing import Any, get_args

from spacy.tokens import Doc, Span

from wardesk.extract import rank
from wardesk.extract.actors import ActorEntry, ActorLexicon, ActorMention, find_actors
from wardesk.extract.attribution import SourceLexicon, find_attributions
from wardesk.extract.dates import find_time_expressions, narrative_offset, resolve_time, shift_span
from wardesk.extract.draft import (
    CASUALTY_WHATS,
    Draft,
    date_is_period,
    date_runs_to,
    event_locations,
    order_locations,
)
from wardesk.extract.frames import Frame, build_frames, claims_responsibility
from wardesk.extract.merge import fold_restatements, merge_drafts
from wardesk.extract.numbers import find_quantities
from wardesk.extract.split import split_by_town
from wardesk.extract.triggers import TriggerLexicon, find_triggers
from wardesk.extract.weapons import WeaponLexicon, find_weapons
from wardesk.geo import Gazetteer, find_places, focus_countries, main_country
from wardesk.nlp.cache import doc_ents, doc_lowers, doc_text
from wardesk.record import Actor, Claim, ClaimWhat, DateSpan, Event, Location, Source
from wardesk.resources import load_list, load_words, load_yaml

#: Generic platform words are evidence for the event type, not weapons worth listing.
UNLISTED_WEAPONS = load_words("lexicons", "weapons.yaml", "unlisted")
#: Tally claims at or above this count make an aggregate ("53 targets", "522 sorties").
TALLY_MIN_COUNT = 10
#: A death or displacement count this large is a war's or a campaign's toll, never one
#: incident's ("more than 250,000 people have been killed"); the largest single attacks
#: in ACLED's Syria and Iraq data stay well below it.
WAR_TOTAL_MIN = rank.WAR_TOTAL_MIN
TALLY_WHATS = frozenset(
    {"sorties", "strikes", "targets_hit", "munitions", "vehicles_destroyed", "facilities_destroyed"}
)
#: Claim kinds worth keeping; "other" numbers are mostly noise (ages, distances slip through).
CLAIM_WHATS = frozenset(get_args(ClaimWhat)) - {"other"}
#: A bare "the coalition" means the coalition fighting in the article's country.
COALITION_BY_COUNTRY: dict[str, str] = dict(load_yaml("lexicons", "actor_words.yaml")["coalition_by_country"])
_AMERICAN = re.compile(r"\bU\.?S\.?\b|\bAmerican|\bUnited States", re.I)
#: "Moscow's Defense Ministry": the place names who speaks, not where it happened.
INSTITUTION_NOUNS = load_words("lexicons", "institutions.yaml", "institution_nouns")
HEDGES = load_words("lexicons", "reporting_verbs.yaml", "hedges")


class _ByChar:
    """Mentions indexed by character offset, for cheap per-sentence slices."""

    def __init__(self, items: list[Any], key: str = "start_char") -> None:
        self.items = sorted(items, key=lambda m: getattr(m, key))
        self.keys = [getattr(m, key) for m in self.items]

    def within(self, start: int, end: int) -> list[Any]:
        lo = bisect.bisect_left(self.keys, start)
        hi = bisect.bisect_left(self.keys, end)
        return self.items[lo:hi]


@dataclasses.dataclass(frozen=True)
class Lexicons:
    """The resources extraction reads (trigger, weapon, actor and source lexicons, the gazetteer):
    loaded once per process and shared, never changed by reading an article."""

    triggers: TriggerLexicon
    weapons: WeaponLexicon
    actors: ActorLexicon
    sources: SourceLexicon
    gazetteer: Gazetteer

    @classmethod
    @functools.cache
    def default(cls) -> Lexicons:
        """The bundled resources (and the user's gazetteer additions), loaded on first use."""
        return cls(
            triggers=TriggerLexicon.default(),
            weapons=WeaponLexicon.default(),
            actors=ActorLexicon.default(),
            sources=SourceLexicon.default(),
            gazetteer=Gazetteer.default(),
        )


def extract_events(
    doc: Doc,
    published: dt.date | None,
    title_doc: Doc | None = None,
    headline_end: int = 0,
    *,
    lexicons: Lexicons | None = None,
) -> list[Event]:
    """The events of one article, main event first: the entry point of the extract stage.

    doc: the article's text, parsed by ``wardesk.nlp``; published: the date
    relative dates resolve against; title_doc: the parsed headline when the
    text does not repeat it; headline_end: where the headline ends when the
    text opens with it; lexicons: the resources (default: the bundled ones).
    Nothing is kept from one call to the next.
    """
    reading = _ArticleReading(lexicons if lexicons is not None else Lexicons.default())
    return reading.extract(doc, published, title_doc, headline_end)


class _ArticleReading:
    """The reading of one article: the lexicons, and what is learnt of the article on the way
    (its focus countries, claims of responsibility made outside an attack's sentence). Made
    per article by ``extract_events`` and dropped after it."""

    def __init__(self, lexicons: Lexicons) -> None:
        self.triggers = lexicons.triggers
        self.weapons = lexicons.weapons
        self.actors = lexicons.actors
        self.sources = lexicons.sources
        self.gazetteer = lexicons.gazetteer
        self._focus: list[str] = []
        self._claimants: list[tuple[int, Any]] = []

    # -- mentions -> frames -------------------------------------------------
    def frames_of(self, doc: Doc, focus: list[str], *, title: bool = False) -> list[Frame]:
        actor_list = [a for a in find_actors(doc, self.actors) if not _supplier(doc, a)]
        places = _ByChar(_event_place_candidates(doc, find_places(doc, self.gazetteer, focus), actor_list))
        extra = [] if title else _entity_actors(doc, actor_list + places.items, self.triggers)
        actors = _ByChar(actor_list + extra)
        frames: list[Frame] = []
        for sent_i, sent in enumerate(doc.sents):
            trig = find_triggers(doc, sent, self.triggers)
            if not trig:
                if not title:
                    self._claimants += [
                        (sent_i, m)
                        for m in actors.within(sent.start_char, sent.end_char)
                        if claims_responsibility(doc, m)
                    ]
                continue
            fs = build_frames(
                sent_i,
                sent,
                trig,
                find_weapons(doc, sent, self.weapons),
                actors.within(sent.start_char, sent.end_char),
                places.within(sent.start_char, sent.end_char),
                find_time_expressions(sent),
                find_quantities(sent),
                self.triggers.irrealis_heads,
            )
            for f in fs:
                f.from_title = title
            frames.extend(fs)
        return frames

    # -- frame -> draft -----------------------------------------------------
    def draft_of(self, frame: Frame, published: dt.date | None, attributions: list[Any]) -> Draft | None:
        sent: Span = frame.sent
        d = Draft(
            frame.event_type, frame.sent_i, frame.strength, from_title=frame.from_title or frame.headline
        )
        date, d.narrated_offset, weak = _frame_date(frame, published)
        if weak:
            d.fallback_date = date  # a stamp: the event takes it only if nothing else dates it
        else:
            d.date = date
        d.locations = event_locations(frame)
        d.own_place = bool(d.locations)
        d.weapon_classes = {w.cls for w in frame.weapons}
        d.present_tense = any(_present(sent.doc[t.head_i]) for t in frame.triggers)
        d.initiators = self._actors(frame.initiators)
        d.targets = self._actors(frame.targets)
        for w in frame.weapons:
            if w.name not in UNLISTED_WEAPONS and w.name not in d.weapons:
                d.weapons.append(w.name)
        anchor_char = sent.doc[frame.triggers[0].head_i].idx
        covering = (
            [a for a in attributions if _covers(a, anchor_char, frame.sent_i)] if not frame.from_title else []
        )
        d.sources = _sources(covering)
        for q in frame.quantities:
            if q.what not in CLAIM_WHATS or (frame.from_title and q.what not in ("killed", "injured")):
                continue  # a headline's tallies are restated in the text; its toll may not be
            src = _innermost([a for a in attributions if _covers(a, q.start_char, frame.sent_i)])
            src = src or _carried_source(attributions, q.start_char, frame.sent_i)
            claim = Claim(
                what=q.what,
                value=q.value,
                low=q.low,
                high=q.high,
                qualifier=q.qualifier,
                source=src.name if src else None,
                text=q.text,
            )
            d.claims.append((claim, q))
            if getattr(q, "victims", None) == "civilians" and q.what in ("killed", "injured", "abducted"):
                if all(t.name != "Civilians" for t in d.targets):
                    d.targets.append(Actor(name="Civilians", type="civilians", text=q.text))
        if not frame.from_title:
            d.evidence = [(sent.start_char, sent.end_char)]
            d.lead = sent.start_char < LEAD_CHARS
        d.tally = any(c.what in TALLY_WHATS and c.value >= TALLY_MIN_COUNT for c, _ in d.claims) or any(
            c.what in ("killed", "displaced") and c.value >= WAR_TOTAL_MIN for c, _ in d.claims
        )
        d.hedged = any(w in HEDGES for w in doc_lowers(sent.doc)[sent.start : sent.end])
        over_time = date_runs_to(d.date, published) or _over_a_period(d, frame, published)
        if d.tally or over_time:
            d.kind = "aggregate"
        if over_time:
            # a toll counted over a period stays the period's wherever its sentence is merged
            d.claims = [(c, dataclasses.replace(q, aggregate=True)) for c, q in d.claims]
        if d.event_type is None and not d.claims and frame.strength < 0.7:
            return None
        return d

    def _actors(self, mentions: list[Any]) -> list[Actor]:
        """Record actors; generic mentions ("government forces") resolve by the article's country."""
        out: list[Actor] = []
        for m in mentions:
            entry = m.entry
            if getattr(m, "kind", None) == "generic" and self._focus:
                entry = self.actors.resolve(m, self._focus[0])
            local = COALITION_BY_COUNTRY.get(self._focus[0]) if self._focus else None
            if local and entry.name == "US-led coalition" and not _AMERICAN.search(m.text):
                entry = self.actors.entry(local)
            if any(a.name == entry.name for a in out):
                continue
            out.append(Actor(name=entry.name, type=entry.type, text=m.text))
        return sorted(out, key=lambda a: a.type == "unknown")  # listed actors before names read off the text

    def _credit_claims(self, drafts: list[Draft]) -> None:
        """A claim of responsibility in a sentence of its own goes to the attack reported last
        before it, when that attack has no named attacker yet."""
        for sent_i, mention in self._claimants:
            before = [
                d
                for d in drafts
                if not d.from_title
                and d.sent_i < sent_i
                and d.family in ATTACK_FAMILIES
                and d.kind == "incident"
            ]
            if not before:
                continue
            last = max(before, key=lambda d: d.sent_i)
            if all(a.type == "unknown" for a in last.initiators):
                (actor,) = self._actors([mention])
                last.initiators = [actor] + [a for a in last.initiators if a.name != actor.name]

    # -- the whole article ----------------------------------------------------
    def extract(
        self, doc: Doc, published: dt.date | None, title_doc: Doc | None = None, headline_end: int = 0
    ) -> list[Event]:
        """Events of one article, main event first.

        title_doc: the parsed headline when the text does not repeat it;
        headline_end: where the headline ends when the text opens with it.
        """
        focus = focus_countries(doc, self.gazetteer)
        self._focus = focus
        self._claimants = []  # (sentence, actor) of claims made outside any attack's sentence
        attributions = resolve_anaphora(find_attributions(doc, self.sources))
        frames: list[Frame] = []
        if title_doc is not None and len(title_doc):
            frames.extend(self.frames_of(title_doc, focus, title=True))
        body = self.frames_of(doc, focus)
        for f in body:
            f.headline = f.sent.start_char < headline_end
        frames.extend(body)
        drafts = [
            part
            for f in frames
            if (d := self.draft_of(f, published, attributions)) is not None
            for part in split_by_town(d, f)
        ]
        self._credit_claims(drafts)
        _resolve_narrated_dates(drafts, published)
        drafts = merge_drafts(drafts)
        _fill_types(drafts)
        _fill_dates(drafts, published)
        drafts = fold_restatements(sorted(drafts, key=lambda d: (not d.from_title, d.sent_i)))
        _date_the_undated(drafts, published)
        _fill_places(drafts, main_country(doc), self.gazetteer)
        _fill_actors(drafts)
        _fill_claim_sources(drafts, attributions)
        events = [rank.finish(d, published) for d in drafts]
        return rank.order(events, drafts)


#: Event families an attacker claims or is blamed for.
ATTACK_FAMILIES = frozenset({"explosions_remote_violence", "battles", "violence_against_civilians"})


#: Entity labels that can name an attacker the actor list does not know
#: ("Ahmad Khan Rahimi planted the bombs", "ETA claimed the attack").
ENTITY_ACTOR_LABELS = frozenset({"PERSON", "ORG"})


#: "United States-supplied bombs", "Iran-backed militias": the country named is not the one
#: acting ("-led" is: "Saudi-led coalition" is the coalition, found as one alias).
SUPPLIER_SUFFIXES = load_list("lexicons", "compounds.yaml", "supplier_suffixes")
#: "UK-based", "Syria-born", "rebel-held": the place describes someone.
DESCRIBING_SUFFIXES = load_list("lexicons", "compounds.yaml", "describing_suffixes")


def _supplier(doc: Doc, mention: Any) -> bool:
    return doc_text(doc)[mention.end_char : mention.end_char + 12].lower().startswith(SUPPLIER_SUFFIXES)


def _entity_actors(doc: Doc, known: list[Any], triggers: TriggerLexicon) -> list[Any]:
    """Named people and groups outside the actor list, as actors of unknown type.

    They only take a role where the syntax gives them one (the subject of an
    attack verb, the "by" agent), like any other actor mention.
    """
    taken = [(a.start_char, a.end_char) for a in known]
    out = []
    for ent in doc_ents(doc):
        if ent.label_ not in ENTITY_ACTOR_LABELS or len(ent.text) < 3:
            continue
        if any(s < ent.end_char and ent.start_char < e for s, e in taken):
            continue
        if any(t.lemma_.lower() in triggers.lemmas or t.lower_.rstrip("s") in triggers.lemmas for t in ent):
            continue  # a capitalised headline run ("Islamic State Airstrikes") is no name
        entry = ActorEntry(name=ent.text.strip(), type="unknown", country=None)
        out.append(
            ActorMention(
                entry=entry,
                start_char=ent.start_char,
                end_char=ent.end_char,
                text=ent.text,
                token_start=ent.start,
                token_end=ent.end,
                head_i=ent.root.i,
                kind="entity",
            )
        )
    return out


def _event_place_candidates(doc: Doc, places: list[Any], actors: list[Any]) -> list[Any]:
    """Place mentions that can be where an event happened.

    Not a country named as an actor ("Russia bombed"), nor a place inside an
    adjective compound ("UK-based", "Syria-born").
    """
    spans = [(a.start_char, a.end_char) for a in actors]
    out = []
    for p in places:
        if any(s < p.end_char and p.start_char < e for s, e in spans):
            continue
        root = doc[p.token_end - 1] if p.token_end > p.token_start else doc[p.token_start]
        if root.dep_ == "poss" and (root.head.ent_type_ == "ORG" or root.head.lower_ in INSTITUTION_NOUNS):
            continue  # "Moscow's Defense Ministry" names who speaks, not where it happened
        after = doc_text(doc)[p.end_char : p.end_char + 8].lower()
        if after.startswith(DESCRIBING_SUFFIXES):
            continue
        out.append(p)
    return out


#: A source named once goes on covering the numbers of the next sentences
#: ("..., the Observatory said. Thirteen more people died in ..."); set from dev errors.
SOURCE_CARRY_SENTENCES = 2
_ANAPHORIC = re.compile(
    r"^(?:the|a|an|that|this) (?:"
    + "|".join(map(re.escape, load_list("lexicons", "institutions.yaml", "anaphoric_heads")))
    + ")$",
    re.I,
)


def resolve_anaphora(attributions: list[Any]) -> list[Any]:
    """ "the group", "the source", "the report" name the source introduced before them."""
    out: list[Any] = []
    for a in attributions:
        if _ANAPHORIC.match(a.name or ""):
            prev = next((p for p in reversed(out) if not _ANAPHORIC.match(p.name or "")), None)
            if prev is not None:
                a = dataclasses.replace(a, name=prev.name, organization=prev.organization)
        out.append(a)
    return out


def _carried_source(attributions: list[Any], char: int, sent_i: int) -> Any | None:
    """The source named last before this point, within a couple of sentences."""
    best = None
    for a in attributions:
        si = getattr(a, "sent_i", None)
        if si is None or a.start_char > char or not 0 <= sent_i - si <= SOURCE_CARRY_SENTENCES:
            continue
        best = a
    return best


def _innermost(attributions: list[Any]) -> Any | None:
    """Of the attributions covering a point, the one with the narrowest scope (the nearest speaker)."""
    if not attributions:
        return None
    return min(attributions, key=lambda a: (a.scope[1] - a.scope[0]) if getattr(a, "scope", None) else 10**9)


def _covers(attribution: Any, char: int, sent_i: int) -> bool:
    scope = getattr(attribution, "scope", None)
    if scope and scope[0] <= char < scope[1]:
        return True
    return getattr(attribution, "sent_i", None) == sent_i and not scope


def _sources(attributions: list[Any]) -> list[Source]:
    out: list[Source] = []
    for a in attributions:
        if any(s.name == a.name and s.verb == a.verb for s in out):
            continue
        out.append(Source(name=a.name, organization=a.organization, verb=a.verb, via=a.via, text=a.text))
    return out


#: Verbs of saying: a date attached to them dates the report. The penalty (in tree
#: edges) lets a date attached to the event win even when it sits deeper in the tree.
REPORTING_LEMMAS = load_words("lexicons", "reporting_verbs.yaml", "date_reporting_lemmas")
REPORT_DATE_PENALTY = 3
#: An event may end this many days after publication (time zones; docs/codebook.md).
PUBLISHED_SLACK_DAYS = rank.PUBLISHED_SLACK_DAYS
#: A publication stamp or dateline in the frame's sentence dates the event only when the
#: sentence names no other day (larger than any tree distance in a sentence).
STAMP_DATE_PENALTY = 1000


def _over_a_period(d: Draft, frame: Frame, published: dt.date | None) -> bool:
    """A past period with many events in it ("strikes began nearly two weeks ago") or a toll
    counted over a month or more ("in September alone, 216 people were killed"); one recent
    event dated only to a week or a month ("last week, gunmen attacked ...") stays an incident.
    History ("in late 2014") stays a period: told in passing, it must not take in the news
    sentences around it."""
    doc = frame.sent.doc
    plural = all(doc[t.head_i].tag_ in ("NNS", "NNPS") for t in frame.triggers)
    if plural and _toll_over_a_look_back(d, published):
        return True  # "attacks on villages have claimed about 60 lives in 24 hours"
    if not date_is_period(d.date):
        return False
    if _is_background(d, published):
        return True
    if plural:
        return True  # "strikes", "raids", "clashes" over weeks: a campaign, not one event
    return d.date.precision in ("month", "year") and any(c.what in CASUALTY_WHATS for c, _ in d.claims)


def _toll_over_a_look_back(d: Draft, published: dt.date | None) -> bool:
    """A casualty toll counted over a span that runs up to publication ("in 24 hours", "in the
    past two days"): what many events added up to, not one event's toll."""
    date = d.date
    return bool(
        published
        and date.start is not None
        and date.end == published
        and date.start < published
        and date.precision == "range"
        and any(c.what in CASUALTY_WHATS for c, _ in d.claims)
    )


def _frame_date(frame: Frame, published: dt.date | None) -> tuple[DateSpan, int | None, bool]:
    """The time expression nearest the trigger in the tree, resolved (else unknown); its
    offset from the narrated day when it counts from it ("the next day": 1; else None); and
    whether it is only a publication stamp (a date to fall back on, not the event's own)."""
    if not frame.times:
        return DateSpan(), None, False
    from wardesk.extract.syntax import tree_distance

    doc = frame.sent.doc
    anchor = doc[frame.triggers[0].head_i]
    best: DateSpan | None = None
    best_offset: int | None = None
    best_stamp = False
    best_dist = 10**6
    for t in frame.times:
        span = resolve_time(t.text, published)
        offset = narrative_offset(t.text)
        if span.precision == "unknown" and offset is None:
            continue
        if _future(span, published):
            continue  # "talks resume next Wednesday", "by 2018": planned, not what happened
        head = doc[t.head_i] if getattr(t, "head_i", None) is not None else None
        dist = tree_distance(anchor, head) if head is not None else 50
        if head is not None and head.lemma_ in REPORTING_LEMMAS and head.i != anchor.i:
            dist += REPORT_DATE_PENALTY  # "..., HRW said today": when it was said, not when it happened
        if getattr(t, "stamp", False):
            dist += STAMP_DATE_PENALTY  # "Published 14:18, May 31": when it was printed, a last resort
        if dist < best_dist:
            best, best_offset, best_dist = span, offset, dist
            best_stamp = bool(getattr(t, "stamp", False))
    return best or DateSpan(), best_offset, best_stamp and best is not None


def _future(span: DateSpan, published: dt.date | None) -> bool:
    """The span starts after publication (and its day of slack): it dates no event."""
    return bool(published and span.start and span.start > published + dt.timedelta(days=PUBLISHED_SLACK_DAYS))


def _resolve_narrated_dates(drafts: list[Draft], published: dt.date | None) -> None:
    """ "the next day", "later that day", "two days earlier": counted from the day the text
    told last (the nearest earlier sentence's own day), not from publication; without one
    the backward ones keep their reading against publication and the others stay unknown."""
    told: list[Draft] = []
    for d in sorted(drafts, key=lambda x: x.sent_i):
        if d.from_title:
            continue
        if d.narrated_offset is not None:
            anchors = [x for x in told if x.sent_i < d.sent_i]
            if anchors:
                d.date = shift_span(anchors[-1].date, d.narrated_offset, d.date.text or "", published)
        if d.date.start is not None and d.date.precision in ("day", "range"):
            told.append(d)


def _fill_types(drafts: list[Draft]) -> None:
    """An untyped draft (only "killed", "attack") takes the article's dominant type."""
    typed = Counter(d.event_type for d in drafts if d.event_type)
    title_types = [d.event_type for d in drafts if d.from_title and d.event_type]
    fallback = title_types[0] if title_types else (typed.most_common(1)[0][0] if typed else None)
    for d in drafts:
        if d.event_type is None:
            d.event_type = fallback or "other"


#: An undated draft takes the date of a dated one at most this many sentences
#: before it: a follow-up sentence rarely repeats the day ("On Monday, jets hit
#: X. The strikes killed 12."). Set from dev-set errors.
DATE_CARRY_SENTENCES = 3


#: Characters at the top of an article that make its headline, dateline and lead paragraph.
LEAD_CHARS = 400


def _fill_dates(drafts: list[Draft], published: dt.date | None) -> None:
    """The date expression that governs an event may sit in the sentence before it.

    An undated incident takes the date of the nearest earlier dated draft of the
    same paragraph window; a headline draft takes the date of the lead.
    """
    for d in drafts:
        if d.date.start is None and d.fallback_date is not None:
            d.date = d.fallback_date  # its sentence's stamp: no merged sentence named the day
    dated = sorted((d for d in drafts if d.date.start is not None and d.evidence), key=lambda d: d.sent_i)
    for d in drafts:
        if d.date.start is not None or d.kind != "incident":
            continue
        if d.from_title:
            lead = next((x for x in dated if x.sent_i <= DATE_CARRY_SENTENCES), None)
            if lead is not None:
                d.date, d.date_carried = lead.date, True
                continue
        prev = [x for x in dated if 0 < d.sent_i - x.sent_i <= DATE_CARRY_SENTENCES and x.kind == "incident"]
        earlier = [
            x
            for x in dated
            if x.sent_i < d.sent_i and not _is_background(x, published) and (x.kind == "incident" or x.lead)
        ]
        # a day carries over before a week or a month: "the BLA, which hijacked a train last
        # week" dates the hijack, not the next sentence's shooting, and a campaign's start
        # ("began two weeks ago") frames nothing
        close = [x for x in prev if x.date.precision in ("day", "range")]
        precise = [x for x in earlier if x.date.precision in ("day", "range")]
        # the report's time frame goes on until a new one is named
        source = (close or precise or prev or earlier or [None])[-1]
        if source is not None:
            d.date, d.date_carried = _carried(source, d, published), True
        elif published and d.present_tense and (d.from_title or d.lead):
            # a headline or lead in the present tense ("missile strike kills 20") reports
            # the news of the day: its tense is the time expression that governs it
            d.date = DateSpan(
                start=published, end=published, precision="day", text="(present-tense headline)"
            )


def _carried(src: Draft, d: Draft, published: dt.date | None) -> DateSpan:
    """The date an undated draft takes from the dated one before it. Another place's event
    told next ("Meanwhile, a shell hit a house in X") happened on that day or since, up
    to publication; more of the same place's event happened on its day."""
    date = src.date
    if (
        published is None
        or date.start is None
        or date.precision != "day"
        or not d.place_keys()
        or d.place_keys() & src.place_keys()
        or date.start < published - dt.timedelta(days=1)
    ):
        return date
    return DateSpan(start=date.start, end=published, precision="range", text=date.text)


def _date_the_undated(drafts: list[Draft], published: dt.date | None) -> None:
    """News reports what happened since the last edition: an incident the text gives no day
    for, and no earlier sentence dates, happened on the day before publication or on it."""
    if published is None:
        return
    for d in drafts:
        if d.date.start is None and d.kind == "incident":
            d.date = DateSpan(
                start=published - dt.timedelta(days=1),
                end=published,
                precision="range",
                text="(no day given)",
            )


def _present(tok: Any) -> bool:
    """A verb in the present ("kills", "are being killed", "have been killed")."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ in ("VBZ", "VBP") for c in auxes):
        return True
    # headline passive without its auxiliary: "Dozens killed in air strikes" = "are killed"
    return verb.tag_ == "VBN" and not auxes and verb.dep_ in ("ROOT", "conj")


def _is_background(d: Draft, published: dt.date | None) -> bool:
    return bool(published and d.date.end and (published - d.date.end).days > rank.BACKGROUND_DAYS)


def _fill_claim_sources(drafts: list[Draft], attributions: list[Any]) -> None:
    """Numbers no speaker covers (often the headline's) belong to the article's main source,
    when one source dominates the article (named at least twice and more than any other)."""
    counts = Counter(a.name for a in attributions if a.name).most_common(2)
    if not counts or counts[0][1] < 2 or (len(counts) > 1 and counts[1][1] == counts[0][1]):
        return
    main = counts[0][0]
    for d in drafts:
        if d.sources and all(s.name != main for s in d.sources):
            continue
        d.claims = [(c if c.source else c.model_copy(update={"source": main}), q) for c, q in d.claims]


def _fill_places(drafts: list[Draft], country: str | None, gazetteer: Gazetteer) -> None:
    """A draft naming no place takes the place of the draft before it, else the headline's,
    else the article's country when one clearly leads; else it keeps no location (an empty
    list is the record that none was resolved)."""
    title_locs = next((d.locations for d in drafts if d.from_title and d.locations), None)
    lead_locs = next(
        (
            d.locations
            for d in sorted(drafts, key=lambda x: x.sent_i)
            if not d.from_title and _fine_locations(d)
        ),
        None,
    )
    prev: list[Location] | None = None
    for d in sorted(drafts, key=lambda x: (not x.from_title, x.sent_i)):
        if d.from_title and not d.locations and lead_locs:
            d.locations = [loc.model_copy() for loc in lead_locs]  # a headline names the lead's place
        if not d.locations:
            inherited = prev or title_locs
            if inherited:
                d.locations = [loc.model_copy() for loc in inherited]
            elif country:
                c = gazetteer.country(country) or gazetteer.country(_country_name(country))
                if c is not None:
                    d.locations = [
                        Location(name=c.name, country=c.country, lat=c.lat, lon=c.lon, precision="country")
                    ]
        else:
            d.locations = order_locations(d.locations)
        if d.locations and any(loc.precision != "country" for loc in d.locations):
            prev = d.locations
    _refine_country_only(drafts)


#: A country-only draft takes the places of a draft of its country at most this many
#: sentences after it ("strikes kill 23 in a Syrian town ... The raids hit al-Bab").
REFINE_AFTER_SENTENCES = 6


def _refine_country_only(drafts: list[Draft]) -> None:
    """A draft placed only by its country takes the finer places of that country that the
    article gives next: headlines and leads say "in Syria" or "a town in northern Syria" and
    name the town a sentence or two later. The nearest later draft of the same family wins,
    then any later draft, then the nearest earlier one; other countries' places never.
    A sentence naming several countries keeps them: no one town stands for them."""
    ordered = sorted(drafts, key=lambda x: (not x.from_title, x.sent_i))
    for k, d in enumerate(ordered):
        if not d.locations or _fine_locations(d):
            continue
        countries = {loc.country for loc in d.locations if loc.country}
        if len(countries) != 1:
            continue  # "from Iraq to Israel and Afghanistan": no one town stands for them
        start = -1 if d.from_title else d.sent_i
        after = [
            o
            for o in ordered[k + 1 :]
            if not o.from_title
            and 0 <= o.sent_i - start <= REFINE_AFTER_SENTENCES
            and _fine_within(o, countries)
        ]
        before = [o for o in ordered[:k] if _fine_within(o, countries)]
        same = [o for o in after if o.family == d.family]
        src = (same or after or before[-1:] or [None])[0]
        if src is not None:
            d.locations = [loc.model_copy() for loc in src.locations if loc.precision != "country"]


def _fine_within(d: Draft, countries: set[str]) -> bool:
    """The draft has places finer than a country, all of them in ``countries``."""
    fine = [loc for loc in d.locations if loc.precision != "country"]
    return bool(fine) and all(loc.country in countries for loc in fine)


def _fine_locations(d: Draft) -> bool:
    return any(loc.precision != "country" for loc in d.locations)


def _country_name(code: str) -> str:
    import pycountry

    c = pycountry.countries.get(alpha_2=code.upper())
    return getattr(c, "common_name", None) or getattr(c, "name", code) if c else code


def _fill_actors(drafts: list[Draft]) -> None:
    """A draft without an initiator takes the headline's, when the family agrees."""
    head = next((d for d in drafts if d.from_title and d.initiators), None) or next(
        (d for d in sorted(drafts, key=lambda x: x.sent_i) if d.lead and d.initiators), None
    )
    if head is None:
        return
    for d in drafts:
        if not d.initiators and d.family == head.family:
            d.initiators = [a.model_copy() for a in head.initiators]
