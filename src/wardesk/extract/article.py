"""Stage extract: the spaCy Doc of one article -> its event records, main event first.

The steps, each in its own module: mentions (triggers, weapons, actors,
places, times, numbers, attributions) -> frames per sentence (frames.py) ->
drafts with resolved values (draft.py) -> merge of drafts of one event
(merge.py) -> kind, background, order and confidence (rank.py).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from typing import Any

from spacy.tokens import Doc, Span

from wardesk.extract import rank
from wardesk.extract.actors import ActorLexicon, find_actors
from wardesk.extract.attribution import SourceLexicon, find_attributions
from wardesk.extract.dates import find_time_expressions, resolve_time
from wardesk.extract.draft import Draft, date_is_period, event_locations, order_locations
from wardesk.extract.frames import Frame, build_frames
from wardesk.extract.merge import merge_drafts
from wardesk.extract.numbers import find_quantities
from wardesk.extract.triggers import TriggerLexicon, find_triggers
from wardesk.extract.weapons import WeaponLexicon, find_weapons
from wardesk.geo import Gazetteer, find_places, focus_countries
from wardesk.record import Actor, Claim, DateSpan, Event, Location, Source

#: Generic platform words are evidence for the event type, not weapons worth listing.
UNLISTED_WEAPONS = frozenset({"warplane", "bomb", "missile", "artillery", "rifle"})
#: Tally claims at or above this count make an aggregate ("53 targets", "522 sorties").
TALLY_MIN_COUNT = 10
TALLY_WHATS = frozenset({"sorties", "strikes", "targets_hit", "munitions", "vehicles_destroyed", "facilities_destroyed"})
#: Claim kinds worth keeping; "other" numbers are mostly noise (ages, distances slip through).
CLAIM_WHATS = frozenset(
    {"killed", "injured", "displaced", "abducted", "sorties", "strikes", "targets_hit", "munitions",
     "vehicles_destroyed", "facilities_destroyed", "money"}
)
HEDGES = frozenset({"allegedly", "reportedly", "unconfirmed", "rumours", "rumors", "purportedly"})


class _ByChar:
    """Mentions indexed by character offset, for cheap per-sentence slices."""

    def __init__(self, items: list[Any], key: str = "start_char") -> None:
        self.items = sorted(items, key=lambda m: getattr(m, key))
        self.keys = [getattr(m, key) for m in self.items]

    def within(self, start: int, end: int) -> list[Any]:
        lo = bisect.bisect_left(self.keys, start)
        hi = bisect.bisect_left(self.keys, end)
        return self.items[lo:hi]


class EventExtractor:
    """Holds the lexicons and the gazetteer; extracts the events of one Doc."""

    def __init__(self) -> None:
        self.triggers = TriggerLexicon.default()
        self.weapons = WeaponLexicon.default()
        self.actors = ActorLexicon.default()
        self.sources = SourceLexicon.default()
        self.gazetteer = Gazetteer.default()
        self._focus: list[str] = []

    # -- mentions -> frames -------------------------------------------------
    def frames_of(self, doc: Doc, focus: list[str], *, title: bool = False) -> list[Frame]:
        actors = _ByChar(find_actors(doc, self.actors))
        places = _ByChar(find_places(doc, self.gazetteer, focus))
        frames: list[Frame] = []
        for sent_i, sent in enumerate(doc.sents):
            trig = find_triggers(doc, sent, self.triggers)
            if not trig:
                continue
            fs = build_frames(
                sent_i,
                sent,
                trig,
                find_weapons(doc, sent, self.weapons),
                actors.within(sent.start_char, sent.end_char),
                places.within(sent.start_char, sent.end_char),
                find_time_expressions(sent),
                [] if title else find_quantities(sent),
                self.triggers.irrealis_heads,
            )
            for f in fs:
                f.from_title = title
            frames.extend(fs)
        return frames

    # -- frame -> draft -----------------------------------------------------
    def draft_of(self, frame: Frame, published: dt.date | None, attributions: list[Any]) -> Draft | None:
        sent: Span = frame.sent
        d = Draft(frame.event_type, frame.sent_i, frame.strength, from_title=frame.from_title)
        d.date = _frame_date(frame, published)
        d.locations = event_locations(frame)
        d.initiators = self._actors(frame.initiators)
        d.targets = self._actors(frame.targets)
        for w in frame.weapons:
            if w.name not in UNLISTED_WEAPONS and w.name not in d.weapons:
                d.weapons.append(w.name)
        anchor_char = sent.doc[frame.triggers[0].head_i].idx
        covering = [a for a in attributions if _covers(a, anchor_char, frame.sent_i)] if not frame.from_title else []
        d.sources = _sources(covering)
        for q in frame.quantities:
            if q.what not in CLAIM_WHATS:
                continue
            src = next((a for a in attributions if _covers(a, q.start_char, frame.sent_i)), None)
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
        d.tally = any(c.what in TALLY_WHATS and c.value >= TALLY_MIN_COUNT for c, _ in d.claims)
        d.hedged = any(t.lower_ in HEDGES for t in sent)
        time_text = " ".join((t.text or "").lower() for t in frame.times)
        if date_is_period(d.date) or d.tally or "since" in time_text:
            d.kind = "aggregate"
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
            if any(a.name == entry.name for a in out):
                continue
            out.append(Actor(name=entry.name, type=entry.type, text=m.text))
        return out

    # -- the whole article ----------------------------------------------------
    def extract(self, doc: Doc, published: dt.date | None, title_doc: Doc | None = None) -> list[Event]:
        focus = focus_countries(doc, self.gazetteer)
        self._focus = focus
        attributions = find_attributions(doc, self.sources)
        frames: list[Frame] = []
        if title_doc is not None and len(title_doc):
            frames.extend(self.frames_of(title_doc, focus, title=True))
        frames.extend(self.frames_of(doc, focus))
        drafts = [d for f in frames if (d := self.draft_of(f, published, attributions)) is not None]
        drafts = merge_drafts(drafts)
        _fill_types(drafts)
        _fill_places(drafts, focus, self.gazetteer)
        _fill_actors(drafts)
        events = [rank.finish(d, published) for d in drafts]
        return rank.order(events, drafts)


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


def _frame_date(frame: Frame, published: dt.date | None) -> DateSpan:
    """The time expression nearest the trigger in the tree, resolved; else unknown."""
    if not frame.times:
        return DateSpan()
    from wardesk.extract.syntax import tree_distance

    doc = frame.sent.doc
    anchor = doc[frame.triggers[0].head_i]
    best: DateSpan | None = None
    best_dist = 10**6
    for t in frame.times:
        span = resolve_time(t.text, published)
        if span.precision == "unknown":
            continue
        dist = tree_distance(anchor, doc[t.head_i]) if getattr(t, "head_i", None) is not None else 50
        if dist < best_dist:
            best, best_dist = span, dist
    return best or DateSpan()


def _fill_types(drafts: list[Draft]) -> None:
    """An untyped draft (only "killed", "attack") takes the article's dominant type."""
    typed = Counter(d.event_type for d in drafts if d.event_type)
    title_types = [d.event_type for d in drafts if d.from_title and d.event_type]
    fallback = title_types[0] if title_types else (typed.most_common(1)[0][0] if typed else None)
    for d in drafts:
        if d.event_type is None:
            d.event_type = fallback or "other"


def _fill_places(drafts: list[Draft], focus: list[str], gazetteer: Gazetteer) -> None:
    """A draft naming no place takes the place of the draft before it, else the headline's,
    else the article's focus country."""
    title_locs = next((d.locations for d in drafts if d.from_title and d.locations), None)
    prev: list[Location] | None = None
    for d in sorted(drafts, key=lambda x: (not x.from_title, x.sent_i)):
        if not d.locations:
            inherited = prev or title_locs
            if inherited:
                d.locations = [loc.model_copy() for loc in inherited]
            elif focus:
                c = gazetteer.country(focus[0])
                if c is not None:
                    d.locations = [Location(name=c.name, country=c.country, lat=c.lat, lon=c.lon, precision="country")]
        else:
            d.locations = order_locations(d.locations)
        if d.locations and any(loc.precision != "country" for loc in d.locations):
            prev = d.locations


def _fill_actors(drafts: list[Draft]) -> None:
    """A draft without an initiator takes the headline's, when the family agrees."""
    head = next((d for d in drafts if d.from_title and d.initiators), None)
    if head is None:
        return
    for d in drafts:
        if not d.initiators and d.family == head.family:
            d.initiators = [a.model_copy() for a in head.initiators]
