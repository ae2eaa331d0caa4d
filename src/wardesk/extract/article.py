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
from collections.abc import Mapping, Sequence
from typing import Any, get_args

from spacy.tokens import Doc, Span, Token

from wardesk.extract import rank
from wardesk.extract.actors import (
    STATE_UNKNOWN,
    UNIDENTIFIED,
    ActorEntry,
    ActorLexicon,
    find_actors,
    members_of_unlisted,
    members_phrase,
)
from wardesk.extract.air_power import fill_air_power
from wardesk.extract.attribution import (
    SourceLexicon,
    bare_organ,
    countries_named,
    covers,
    defined_acronyms,
    demonym_of,
    find_attributions,
    innermost,
    sentence_paragraphs,
    speaker_at,
)
from wardesk.extract.blame import (
    MAX_TEXT_CHARS,
    THIRD_PARTY_TYPES,
    Statement,
    act_lemmas,
    find_statements,
    group_source,
    habitual,
    modifier_parties,
    responsibility_lemmas,
    self_agent,
    settle_initiators,
    side_of,
)
from wardesk.extract.captions import caption_spans, in_caption
from wardesk.extract.claim_scope import ClaimScope, claim_scope, inside
from wardesk.extract.claims import (
    LooseFigure,
    attach_loose_figures,
    counts_something,
    credit_relayed_report,
    elided_counts,
    mark_restated_headline_figures,
    name_victims,
    prune_vague_figures,
    relayed_report,
    source_restated_figures,
)
from wardesk.extract.continued import continue_tallies, continues_count, date_continued
from wardesk.extract.dates import (
    TimeExpression,
    bracketed_aside,
    counted_clause,
    find_time_expressions,
    in_occurrence_clause,
    narrative_offset,
    occurrence_lemmas,
    occurrence_times,
    reading_day,
    resolve_time,
    shift_span,
    tells_occurrence,
)
from wardesk.extract.descriptions import name_unidentified
from wardesk.extract.draft import (
    CASUALTY_WHATS,
    Draft,
    anaphoric_place,
    answers_fire,
    date_context,
    date_is_period,
    date_runs_to,
    event_locations,
    location_of,
    order_locations,
    place_key,
    placed_by_speaker,
    time_fronted,
)
from wardesk.extract.frames import (
    BACK_PLURAL,
    BACK_SINGULAR,
    HARM_TO_PEOPLE,
    KILL_LEMMAS,
    PLURAL_TAGS,
    Frame,
    accused_act,
    build_frames,
    claims_responsibility,
    denied_act,
    judged_deed,
    recalled_region,
    repelled_by_pronoun,
    time_reason_region,
)
from wardesk.extract.identified import give_named_texts, name_identified_attackers
from wardesk.extract.merge import (
    PROPERTY_HARM,
    fold_accusations,
    fold_coarse,
    fold_denials,
    fold_fire_only,
    fold_readings,
    fold_restatements,
    merge_drafts,
    news_and_older_period,
    place_coarse_at_sites,
)
from wardesk.extract.numbers import Quantity, find_quantities, has_number, parse_number
from wardesk.extract.precedence import (
    ARMED,
    CIVILIAN,
    assault_classes,
    fight_whole,
    fought_back,
    onslaught_only,
    patient_kind,
    type_outrage_by_strike,
)
from wardesk.extract.split import split_by_town, split_clauses
from wardesk.extract.syntax import governing_verb_at, tree_distance
from wardesk.extract.triggers import (
    FIRED_AT_KEY,
    TriggerLexicon,
    find_triggers,
    in_name,
    name_spans,
    unplaced_ground_name,
)
from wardesk.extract.unlisted import find_unlisted, without_redefined
from wardesk.extract.voices import one_claim_per_voice, speakers_bodies
from wardesk.extract.weapons import CLASS_TYPE, WeaponLexicon, find_weapons
from wardesk.geo import Gazetteer, find_places, focus_countries, headline_readings, main_country
from wardesk.geo.mentions import FOCUS_KEY
from wardesk.names import fold
from wardesk.nlp.cache import (
    doc_children,
    doc_deps,
    doc_ents,
    doc_heads,
    doc_lemmas,
    doc_lowers,
    doc_pos,
    doc_sents,
    doc_tags,
    doc_text,
    doc_tree,
    span_text,
)
from wardesk.record import NO_DAY_GIVEN, Actor, Claim, ClaimWhat, DateSpan, Event, Location, Source
from wardesk.resources import load_list, load_words, load_yaml

#: Generic platform words are evidence for the event type, not weapons worth listing.
UNLISTED_WEAPONS = load_words("lexicons", "weapons.yaml", "unlisted")
#: Tally claims at or above this count make an aggregate ("53 targets", "522 sorties").
TALLY_MIN_COUNT = 10
#: A death or displacement count this large is a war's or a campaign's toll, never one
#: incident's ("over 90,000 people have died in the conflict"); the largest single attacks
#: in ACLED's Syria and Iraq data stay well below it.
WAR_TOTAL_MIN = rank.WAR_TOTAL_MIN
TALLY_WHATS = frozenset(
    {"sorties", "strikes", "targets_hit", "munitions", "vehicles_destroyed", "facilities_destroyed"}
)
#: Tally kinds that count things one attack used or wrecked, not events: at one place, the size
#: of one attack (``_size_of_one_attack``). Vehicles destroyed stay a tally: militaries claim them
#: in summaries of many strikes ("destroyed 32 trucks and 15 tanks").
SIZE_WHATS = frozenset({"munitions", "facilities_destroyed"})
#: A barrage told with its own day spans at most this many days (a night runs over two dates).
BARRAGE_MAX_DAYS = 1
#: Place precisions that put an attack at one spot (a town, a district), not over a region.
FINE_PRECISIONS = frozenset({"exact", "near"})
#: Claim kinds worth keeping: every kind a figure can have ("other" only when it counts
#: something of the event, see claims.counts_something).
CLAIM_WHATS = frozenset(get_args(ClaimWhat)) - {"responsibility"}
#: A bare "the coalition" means the coalition fighting in the article's country.
#: Words before unnamed attackers that make them a state's armed opposition ("anti-government gunmen").
OPPOSITION_QUALIFIERS = frozenset(load_yaml("lexicons", "actor_words.yaml")["opposition_qualifiers"])
COALITION_BY_COUNTRY: dict[str, str] = dict(load_yaml("lexicons", "actor_words.yaml")["coalition_by_country"])
_AMERICAN = re.compile(r"\bU\.?S\.?\b|\bAmerican|\bUnited States", re.I)
#: "Moscow's Defense Ministry": the place names who speaks, not where it happened.
INSTITUTION_NOUNS = load_words("lexicons", "institutions.yaml", "institution_nouns")
MILITARY_ORGAN_HEADS = load_words("lexicons", "institutions.yaml", "military_organ_heads")
#: "security officials", "security sources": a state's security services, speaking as its military.
SECURITY_SPEAKER_WORDS = load_words("lexicons", "institutions.yaml", "security_speaker_words")
#: "a Nigerian rights group": a body of a nation that speaks for no side of its war.
NON_SIDE_BODY_WORDS = load_words("lexicons", "institutions.yaml", "non_side_body_words")
#: Head words of a state's office named in full ("the Directorate of ...", "the Ministry of Defence").
STATE_OFFICE_HEADS = load_words("lexicons", "institutions.yaml", "state_office_heads")
TITLED_ORGAN_WORDS = load_words("lexicons", "institutions.yaml", "titled_organ_words")
HEDGES = load_words("lexicons", "reporting_verbs.yaml", "hedges")


#: Types of unlisted group name that later descriptions of the article may stand for.
UNLISTED_CONTEXT_TYPES = frozenset({"rebel_group", "militia"})


def _typed_group_name(m: Any) -> bool:
    """An unlisted group's name typed by its head noun ("the Dadurus Merah Putih militia", "the
    Kuki-Chin National Front"): what a later "militiamen" or "the rebels" of the article stand
    for, as a listed group's name would be. A person's or a name of no known kind is not."""
    return m.kind == "entity" and m.entry.type in UNLISTED_CONTEXT_TYPES


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


def _other_side(targets: list[Actor], sides: list[Actor]) -> list[Actor]:
    """The targets of a fight told "between X and Y", where a description of the second side
    ("opposition fighters") resolved to the group named as the first: the two sides of one fight
    are never one party, so that side stays an unidentified armed group of its own words."""
    first = {a.name for a in sides}
    return [
        Actor(name=UNIDENTIFIED, type="unknown", text=t.text) if t.name in first and t.text else t
        for t in targets
        if t.name not in first or t.text
    ]


def extract_events(
    doc: Doc,
    published: dt.date | None,
    title_doc: Doc | None = None,
    headline_end: int = 0,
    *,
    lexicons: Lexicons | None = None,
    publisher: str | None = None,
) -> list[Event]:
    """The events of one article, main event first: the entry point of the extract stage.

    doc: the article's text, parsed by ``wardesk.nlp``; published: the date
    relative dates resolve against; title_doc: the parsed headline when the
    text does not repeat it; headline_end: where the headline ends when the
    text opens with it; lexicons: the resources (default: the bundled ones);
    publisher: who published it (a monitor or a ministry speaks in its own voice).
    Nothing is kept from one call to the next.
    """
    reading = _ArticleReading(lexicons if lexicons is not None else Lexicons.default())
    day = reading_day(doc_text(doc), published)  # a dateline a day ahead of the stamp sets it
    return reading.extract(doc, day, title_doc, headline_end, publisher)


class _ArticleReading:
    """The reading of one article: the lexicons, and what is learnt of the article on the way
    (its focus countries, claims of responsibility made outside an attack's sentence). Made
    per article by ``extract_events`` and dropped after it."""

    def __init__(self, lexicons: Lexicons) -> None:
        self.triggers = lexicons.triggers
        self._act_lemmas = act_lemmas(lexicons.triggers)
        self.weapons = lexicons.weapons
        self.actors = lexicons.actors
        self.sources = lexicons.sources
        self.gazetteer = lexicons.gazetteer
        self._focus: list[str] = []
        self._year: int | None = None  # the publication year: no group founded later is meant
        self._claimants: list[tuple[int, Any]] = []
        self._captions: list[tuple[int, int]] = []
        self._named: list[
            tuple[int, ActorEntry]
        ] = []  # (offset, entry) of the listed actors the article names
        self._agents: list[tuple[int, ActorEntry]] = []  # ... of those it shows acting
        self._loose: list[tuple[int, Any]] = []  # (sentence, Quantity) of sentences without an event
        self._sites: list[tuple[int, Location]] = []  # (sentence, location) named outside events
        self._statements: list[tuple[bool, Statement]] = []  # (from the headline, statement)
        self._loose_blame: list[tuple[int, int, Claim]] = []  # (sentence, char, claim) of weak frames
        # Headline and lead figures whose speaker is left open, by id; the claims are kept here
        # so that no claim made later (another object) can take a dropped one's id.
        self._open: dict[int, Claim] = {}
        self._headline: dict[int, Claim] = {}  # the headline's figures, by id (kept alive, as above)
        self._sides: dict[tuple[str | None, str | None], str | None] = {}
        self._speakers: list[Any] = []  # the body's attributions, in text order
        self._paragraphs: list[int] = []  # the paragraph of every body sentence
        self._titles: list[tuple[str, str]] = []  # (surname, title) of the persons it introduced
        self._groups: list[tuple[int, int, str]] = []  # (char, sentence, name) of armed groups named
        self._doc: Doc | None = None  # the article's body
        self._acronyms: dict[str, str] = {}  # short forms the body defines ("(MONA)") -> full names
        self._mentions: list[Any] = []  # the body's actor mentions, in text order
        self._place_mentions: list[Any] = []  # the body's place mentions (what a claim's acts name)
        #: (Doc, focus, its place mentions): the Doc is held, so no later Doc can take its id
        self._places_cache: tuple[Doc | None, tuple[str, ...], list[Any]] = (None, (), [])

    def _places_of(self, doc: Doc, focus: list[str]) -> list[Any]:
        """``find_places`` of a Doc, once: the body's are read for its headline too."""
        held, was, found = self._places_cache
        if held is not doc or was != tuple(focus):
            found = find_places(doc, self.gazetteer, focus)
            self._places_cache = (doc, tuple(focus), found)
        return found

    # -- mentions -> frames -------------------------------------------------
    def frames_of(
        self,
        doc: Doc,
        focus: list[str],
        attributions: list[Any],
        *,
        title: bool = False,
        actor_list: list[Any] | None = None,
    ) -> list[Frame]:
        if actor_list is None:
            actor_list = self.actor_mentions(doc)
        found = self._places_of(doc, focus)
        if title and self._doc is not None:
            found = headline_readings(found, self._places_of(self._doc, focus))
        if not title:
            self._place_mentions = found
        places = _ByChar(_event_place_candidates(doc, found, actor_list))
        extra = (
            []
            if title
            else find_unlisted(
                doc, actor_list + places.items, self.actors, self.sources, self.weapons, self.triggers
            )
        )
        actor_list = members_of_unlisted(doc, self.actors, actor_list, extra)
        actors = _ByChar(actor_list + extra)
        names = name_spans(doc, actor_list, self.triggers)
        self._named += [
            (-1 if title else m.start_char, m.entry)
            for m in actors.items
            if m.kind not in ("generic", "entity") or _typed_group_name(m)
        ]
        self._named += self._named_by_proper_generics(actors.items, title)
        frames: list[Frame] = []
        lemmas = doc_lemmas(doc)
        lowers = doc_lowers(doc)
        for sent_i, sent in enumerate(doc_sents(doc)):
            if not RESPONSIBILITY_LEMMAS.isdisjoint(lemmas[sent.start : sent.end]):
                mentions = actors.within(sent.start_char, sent.end_char)
                # the sentence before names who "each side" may be
                before = (
                    actors.within(doc_sents(doc)[sent_i - 1].start_char, sent.start_char) if sent_i else []
                )
                self._statements += [
                    (title, st)
                    for st in find_statements(
                        sent,
                        sent_i,
                        mentions,
                        attributions,
                        self.sources,
                        self.triggers,
                        self._nation,
                        () if title else self._groups,
                        before,
                    )
                ]
            times: list[TimeExpression] | None = None
            if not title and not OCCURRENCE_LEMMAS.isdisjoint(lemmas[sent.start : sent.end]):
                times = find_time_expressions(sent)
                self._occurred += [(sent_i, t) for t in occurrence_times(sent, times)]
                self._occurred_at += [
                    (sent_i, loc)
                    for m in places.within(sent.start_char, sent.end_char)
                    if _occurrence_site(doc, m) and (loc := location_of(m)) is not None
                ]
            trig = [
                t
                for t in find_triggers(doc, sent, self.triggers)
                if not in_name(t, doc, names, self.triggers.name_heads)
                and (title or not in_caption(doc[t.head_i].idx, self._captions))
                and not unplaced_ground_name(
                    doc, t, self.triggers, places.within(sent.start_char, sent.end_char)
                )
            ]
            if not title:
                self._sites += [
                    (sent_i, loc)
                    for m in places.within(sent.start_char, sent.end_char)
                    if _told_site(m) and (loc := location_of(m)) is not None
                ]
            if not trig:
                if not title and has_number(lowers, sent.start, sent.end):
                    self._loose += [
                        (sent_i, q)
                        for q in find_quantities(sent)
                        if q.what in CLAIM_WHATS and (q.what != "other" or counts_something(q, doc))
                    ]
                    self._claimants += [
                        (sent_i, m)
                        for m in actors.within(sent.start_char, sent.end_char)
                        if claims_responsibility(doc, m)
                    ]
                continue
            if times is None:
                times = find_time_expressions(sent)
            fs = build_frames(
                sent_i,
                sent,
                trig,
                find_weapons(doc, sent, self.weapons),
                actors.within(sent.start_char, sent.end_char),
                places.within(sent.start_char, sent.end_char),
                times,
                find_quantities(sent),
                self.triggers.irrealis_heads,
            )
            if not fs and not title and times:
                self._eventless_times.append((sent_i, times))
            for f in fs:
                f.from_title = title
            frames.extend(fs)
        return frames

    def actor_mentions(self, doc: Doc) -> list[Any]:
        """The actor mentions of ``doc`` (arms suppliers, the parents of a group named right after
        them and former states named after their end, "rockets left over from the Soviet Union",
        left out), found once per document."""
        stored = doc.user_data.get(FOCUS_KEY)  # worked out once per Doc by extract()
        focus = list(stored[0]) if stored is not None else focus_countries(doc, self.gazetteer)
        found = _without_parents(doc, find_actors(doc, self.actors), focus[0] if focus else None)
        found = without_redefined(found, defined_acronyms(doc_text(doc)), self.actors)
        written = _names_as_written(found, self._year)
        return [
            _as_of(a, self._year, self.actors, written)
            for a in found
            if not _supplier(doc, a) and not a.entry.ended_by(self._year)
        ]

    def _armed_groups(self, doc: Doc, mentions: list[Any]) -> list[tuple[int, int, str]]:
        """(char, sentence, canonical name) of the armed groups ``doc`` names: what "the group"
        may refer back to."""
        starts = [sent.start for sent in doc_sents(doc)]
        out = []
        for m in mentions:
            if m.kind == "entity" or m.entry.type not in NON_STATE_ARMED:
                continue
            (actor,) = self._actors([m])  # a name read by country ("al-Shabaab") resolves here
            if actor.type in NON_STATE_ARMED and actor.name not in UNSPECIFIC:
                out.append((m.start_char, bisect.bisect_right(starts, m.token_start) - 1, actor.name))
        return out

    # -- frame -> draft -----------------------------------------------------
    def _distinct_markers(self, d: Draft) -> frozenset[str]:
        """The words that open a new event for this draft: an ordinal ("a third strike") only when the
        mention names its own place; without one it is the next hit of the incident told before it."""
        markers = self.triggers.distinct_markers
        return markers if d.own_place else markers - self.triggers.repeat_markers

    def _pointed_back(self, frame: Frame, coarse: list[Location]) -> list[Location]:
        """The places of a frame whose clause names no town of its own (none, or only a province
        or country) but says "the village", "the town": the settlement named before it
        (``draft.anaphoric_place``) first, then the coarse places that hold it. Such a place is no
        place of the clause's own (``own_place`` stays as it was): the draft may tell more of the
        event told there, and merges as one that names none."""
        home = {n for c in self._focus for n in self.gazetteer.neighbours(c)}
        back = anaphoric_place(frame, self._place_mentions, home)
        if back is None:
            return coarse
        areas = [loc for loc in coarse if loc.precision == "admin1"]
        if back.admin1 and areas and all(place_key(a.name) != place_key(back.admin1) for a in areas):
            return coarse  # "in X province, gunmen stormed the village": not a village of another one
        return [back, *(loc for loc in coarse if loc.country == back.country)]

    def draft_of(self, frame: Frame, published: dt.date | None, attributions: list[Any]) -> Draft | None:
        sent: Span = frame.sent
        paragraphs = sentence_paragraphs(sent.doc)
        d = Draft(
            frame.event_type, frame.sent_i, frame.strength, from_title=frame.from_title or frame.headline
        )
        date, d.narrated_offset, weak, d.said_date = _frame_date(frame, published)
        if weak:
            d.fallback_date = date  # a stamp: the event takes it only if nothing else dates it
        else:
            d.date = date
        d.date_context = date_context(sent.text, d.date.text)
        d.locations = event_locations(frame)
        d.own_place = bool(d.locations)
        if not any(loc.precision in ("exact", "near") for loc in d.locations):
            d.locations = self._pointed_back(frame, d.locations)
        d.speaker_placed = placed_by_speaker(frame, d.locations)
        d.weapon_classes = {w.cls for w in frame.weapons}
        d.present_tense = any(_present(sent.doc, t.head_i) for t in frame.triggers)
        d.accused = not frame.from_title and all(accused_act(sent.doc[t.head_i]) for t in frame.triggers)
        d.denied = not frame.from_title and all(denied_act(sent.doc[t.head_i]) for t in frame.triggers)
        d.setting = frame.setting
        d.judged = not frame.from_title and all(judged_deed(sent.doc, t.head_i) for t in frame.triggers)
        d.recalled = not frame.from_title and all(
            recalled_region(sent.doc, t.head_i) is not None for t in frame.triggers
        )
        d.placed_in_reason = d.recalled and _placed_in_reason(frame)
        # the event's own country: one of the article's focus countries, or, when the article has no
        # focus (a short report naming one town), the country of its place
        where = next((loc.country for loc in d.locations if loc.country in self._focus), None)
        if where is None and not self._focus:
            where = next((loc.country for loc in d.locations if loc.country), None)
        region = next(
            (loc.admin1 for loc in d.locations if loc.admin1 and loc.country == (where or loc.country)), None
        )
        d.initiators = self._actors(frame.initiators, where, region)
        d.targets = _other_side(
            self._actors(frame.targets, where, region), self._actors(frame.sides, where, region)
        )
        for w in frame.weapons:
            if w.name not in UNLISTED_WEAPONS and w.name not in d.weapons:
                d.weapons.append(w.name)
        anchor_char = sent.doc[frame.triggers[0].head_i].idx
        covering = (
            [a for a in attributions if _covers(a, anchor_char, frame.sent_i)] if not frame.from_title else []
        )
        d.sources = _sources(covering)
        if not covering and not frame.from_title:
            # nobody's words hold the event's own clause: the speaker its figures would have (the one
            # just before in the paragraph, one closing it, a briefing's), as for its figures
            carried = speaker_at(attributions, anchor_char, frame.sent_i, paragraphs)
            if carried is not None and (carried.sent_i != frame.sent_i or carried.end_char <= anchor_char):
                # (a speaker whose verb comes after the event in its sentence says something else:
                # "X claimed the attack, saying ...")
                d.sources = _sources([carried])
        for q in elided_counts(frame.quantities):
            if q.what not in CLAIM_WHATS or (frame.from_title and q.what not in ("killed", "injured")):
                continue  # a headline's tallies are restated in the text; its toll may not be
            if q.what == "other" and not counts_something(q, sent.doc):
                continue
            speaker = speaker_at(attributions, q.start_char, frame.sent_i, paragraphs)
            if frame.from_title and isinstance(q, Quantity):
                q = dataclasses.replace(q, in_title=True)
            made = _claims(q, speaker)
            if speaker is None and (frame.from_title or sent.start_char < LEAD_CHARS):
                # a figure of the headline or lead that no attribution reaches: the event's speaker
                # may own it. Further down, a figure no attribution reaches is the article's own
                # voice, even when someone speaks later in its paragraph (in a text whose breaks
                # were lost, the "paragraph" is the whole article)
                self._open.update((id(c), c) for c in made)
            if frame.from_title or frame.headline:
                self._headline.update((id(c), c) for c in made)
            d.claims += [(c, q) for c in made]
            if (
                getattr(q, "victims", None) == "civilians"
                and q.what in ("killed", "injured", "abducted")
                # "20 people, including 13 soldiers" killed at a barracks: no civilians named
                and not fight_whole(
                    sent.doc, q, frame.quantities, frame.triggers, assault_classes(frame.weapons)
                )
            ):
                if all(t.name != "Civilians" for t in d.targets):
                    d.targets.append(Actor(name="Civilians", type="civilians", text=q.text))
        if not frame.from_title:
            d.evidence = [(sent.start_char, sent.end_char)]
            d.lead = sent.start_char < LEAD_CHARS
        d.spread = _spread(sent)
        d.tally = any(
            c.what in TALLY_WHATS
            and c.value >= TALLY_MIN_COUNT
            and not _property_raid(frame, c.what)
            and not _size_of_one_attack(d, c.what)
            and not _one_days_barrage(d, frame, c.what)
            for c, _ in d.claims
        ) or any(c.what in ("killed", "displaced") and c.value >= WAR_TOTAL_MIN for c, _ in d.claims)
        d.continues = continues_count(frame, d.claims)
        d.hedged = not HEDGES.isdisjoint(doc_lowers(sent.doc)[sent.start : sent.end])
        if _shooting_at_fighters(d, frame):
            d.event_type = "armed_clash"  # "gunmen opened fire on the soldiers": ACLED's battle
        elif _onslaught_on_civilians(d, frame):
            d.event_type = "attack_on_civilians"  # "ambushed a minibus, killing four passengers"
        d.distinct = (
            frame.another_act
            or _opens_new_event(frame, self._distinct_markers(d), self.triggers.distinct_adjectives)
            or _under_recap(sent, self.triggers.recap_openings)
            or _at_another_place(frame)
            or _response_fight(frame)
        )
        d.later = _opens_new_event(frame, frozenset(), self.triggers.later_adjectives)
        d.sequel = not frame.from_title and (
            _opens_new_event(frame, FURTHER_ACT_WORDS) or time_fronted(sent.text, d.date.text)
        )
        d.answers = not frame.from_title and answers_fire(sent.doc, sent.start, sent.end)
        d.fought_back = not frame.from_title and fought_back(sent)
        patient = patient_kind(sent.doc, frame.triggers, frame.quantities)
        d.patients = frozenset({patient} if patient else ())
        d.trigger_keys = {t.key or sent.doc[t.head_i].lemma_.lower() for t in frame.triggers}
        d.anaphoric = not d.distinct and not frame.from_title and _restates(frame)
        d.claimed_back = d.anaphoric and any(_claimed_object(sent.doc[t.head_i]) for t in frame.triggers)
        if d.anaphoric and d.date.start is None and (past := _past_time_pointed_back(frame, published)):
            # "UN investigators established that sarin was used in X in 2013. The US accused the
            # government of that attack, which it estimates killed 1,429": the attack of that
            # sentence's time, long past, whose toll is no figure of the news event told before
            d.date = past
        if d.anaphoric and _characterises(frame):
            # "the strike was a massacre": the strike told before, judged; no massacre of its own
            d.event_type = _judged_type(frame)
        if d.own_place or (d.event_type is not None and not d.anaphoric):
            # "another 42 were killed in strikes on the east of the city", "raids on X killed another
            # six": the dead of another attack, counted on from the first; not its toll grown
            d.claims = [
                (c, dataclasses.replace(q, increment=False) if getattr(q, "increment", False) else q)
                for c, q in d.claims
            ]
        d.follow_up = not d.distinct and not frame.from_title and _follows_up(d)
        d.plural = any(sent.doc[t.head_i].tag_ in ("NNS", "NNPS") for t in frame.triggers)
        if _held_since_days(frame, d, self.triggers):
            # "in the junta's hands since Thursday": the place changed hands on Thursday, one day's
            # event; the span up to publication is how long it has been held, not a period's tally
            d.date = d.date.model_copy(update={"end": d.date.start, "precision": "day"})
        over_time = (
            (date_runs_to(d.date, published) and not _one_act_noun(frame))
            or _over_a_period(d, frame, published)
            or _count_over_stated_days(frame, d, published)
        )
        if _tolls_over_a_period(d):
            # "600 officers have been killed since the conflict began": a period's toll, never one
            # incident's (a tally joins no incident, merge.can_merge)
            d.tally = over_time = True
        if d.tally or over_time:
            d.kind = "aggregate"
        elif _over_periods(frame):
            d.kind = "aggregate"  # "months of air strikes", "weeks of fighting"
        elif not frame.times and _running_toll(frame, self.triggers.campaign_nouns):
            d.kind = "aggregate"
            d.anaphoric = False
            d.tally = True  # "the conflict has killed 600": a war's toll, never one incident's
            over_time = True
        elif _over_provinces(d):
            # "jets pounded X and Y provinces, killing 40": a tally over an area, as strikes in two
            # provinces are not one incident and its toll is neither's
            d.kind = "aggregate"
            d.claims = [
                (c, dataclasses.replace(q, aggregate=True) if isinstance(q, Quantity) else q)
                for c, q in d.claims
            ]
        if over_time:
            # a toll counted over a period stays the period's wherever its sentence is merged
            d.claims = [
                (c, dataclasses.replace(q, aggregate=True) if isinstance(q, Quantity) else q)
                for c, q in d.claims
            ]
        d.told_apart = frame.apart and not frame.from_title
        if frame.aside and d.event_type is None:
            # "two days after a raid on Gao": another event, told in passing; it stays only if
            # a later sentence tells what it was ("That raid on Monday left six dead")
            d.aside = d.distinct = True
        saying = [a for a in attributions if covers(a, anchor_char)]
        said = innermost(saying)
        blamed = self._reported_blame(frame, d, said)
        if not d.targets and said is not None and not frame.from_title:
            d.targets = self._defending_speaker(frame, said)
        for co in saying:
            # "the Observatory and the local committees said ...": each of the joint speakers
            if said is not None and co is not said and co.scope == said.scope and co.name != said.name:
                blamed += [c for c in self._reported_blame(frame, d, co) if c not in blamed]
        at = -1 if frame.from_title else anchor_char  # claims of responsibility keep their place
        counted = any(c.what != "other" for c, _ in d.claims)  # a figure of a known kind
        if d.event_type is None and not counted and frame.strength < WEAK_STRENGTH:
            # too weak to be an event of its own, but who it says did it still counts
            self._loose_blame += [(frame.sent_i, at, c) for c in blamed if c.source is not None]
            if not d.own_place or frame.from_title or not _predicated(frame):
                return None
            d.weak = True  # "Strongholds in the regions of X and Y were hit": it may place an event
            return d
        d.claims += [(c, at) for c in blamed]
        return d

    # -- claims of responsibility ------------------------------------------------
    def _side(
        self, name: str | None, organization: str | None, at: tuple[int, int] | None = None
    ) -> str | None:
        """The armed party a speaker speaks for (its canonical actor name), or None. Where an office
        sits ("the UK-based monitor") is no side (``_BASED``), and a monitor's or an agency's people
        speak for none, whatever their title's words ("director of the Syrian Observatory").

        ``at`` is (char, sentence) of the speaker in the body: a bare state organ ("the military")
        in an article about two states' forces speaks for the state its context names
        (:meth:`_bare_organ_side`), not for the article's main country."""
        if at is not None and name and not organization and _bare_military(name) and len(self._states()) > 1:
            return self._bare_organ_side(at)
        key = (name, organization)
        if key not in self._sides:
            name, organization = (_BASED.sub("", t) if t else t for t in key)
            country = self._focus[0] if self._focus else None
            entry = side_of(
                name, organization, self.sources, lambda t: self.actors.speaker_side(t, country, self._named)
            )
            third = any(
                self.sources.type_of(self.sources.canonical(t)) in THIRD_PARTY_TYPES
                for t in (name, organization)
                if t
            )
            if _non_side_body(name, organization):
                entry, third = None, True  # "a Nigerian rights group": its nation is no side it takes
            full = self._acronyms.get(name or "") if entry is None and not third else None
            if full:
                # "according to MONA", defined before as "the Media Office of the National Army"
                entry = side_of(
                    full, None, self.sources, lambda t: self.actors.speaker_side(t, country, self._named)
                )
            title = self._title_of(name) if entry is None and not third else None
            if title:
                # "Mahamat said", "he added": the person the article introduced with a title before
                title = _BASED.sub("", title)
                entry = side_of(
                    title, None, self.sources, lambda t: self.actors.speaker_side(t, country, self._named)
                )
            stateless = (not organization and _stateless_military(name or "")) or any(
                t and _stateless_office(t) for t in (organization, title)
            )
            if entry is None and not third and stateless:
                # "the defence ministry said its jets struck"; a person titled by such an office
                # ("Gen. X, a deputy chief of the General Staff", "X, spokesman for the Defence
                # Headquarters") speaks for it too
                entry = self._lone_state(country)
            if entry is None and not third:
                entry = self._unlisted_speaker(name, organization)
            local = COALITION_BY_COUNTRY.get(country) if country else None
            said = f"{name or ''} {organization or ''}"
            if (
                entry is not None
                and local
                and entry.name == "US-led coalition"
                and not _AMERICAN.search(said)
            ):
                entry = self.actors.entry(local)  # "the coalition" of the article's war
            self._sides[key] = entry.name if entry is not None else None
        return self._sides[key]

    def _actor_type(self, name: str) -> str | None:
        """The type of the actor ``name``: the table's, else that of the armed group of that name
        the article names outside the table; None for a name of neither."""
        entry = self.actors.get(name) or self._unlisted_group(name)
        return None if entry is None else entry.type

    def _unlisted_group(self, name: str) -> ActorEntry | None:
        """The armed group of name ``name`` the article names that the actor table does not list
        (typed by its head noun, ``_typed_group_name``), or None."""
        return next(
            (
                e
                for _at, e in self._named
                if e.name == name and e.type in UNLISTED_CONTEXT_TYPES and e.country is None
            ),
            None,
        )

    def _unlisted_speaker(self, name: str | None, organization: str | None) -> ActorEntry | None:
        """The armed group outside the table that a speaker is or speaks for ("the Afar Democratic
        Front said it had attacked ...", "a spokesman for the Afar Democratic Front said his forces
        ..."): the group the article names whose name the speaker's name or organisation holds
        whole (or the full name of the short form it is: "the PUK said"), so that an act the speaker tells as its own ("it had attacked", "its fighters")
        is that group's, as it is a listed group's. None when the speaker holds no such name."""
        texts = [t for t in (organization, name) if t]
        said = [
            f" {fold(t)} " for t in texts + [self._acronyms.get(_DEFINITE.sub("", t), "") for t in texts] if t
        ]
        groups = [e for _at, e in self._named if e.type in UNLISTED_CONTEXT_TYPES and e.country is None]
        return next((e for e in groups for s in said if f" {fold(e.name)} " in s), None)

    def _lone_state(self, country: str | None) -> Any | None:
        """The state a bare military organ no word of its own places ("the defence ministry") speaks
        for where the article names at most one state's forces: that state, else the state of the
        article's country. (With two states named, ``_bare_organ_side`` reads it from context.)"""
        states = self._states()
        if len(states) == 1:
            return self.actors.get(next(iter(states)))
        return self.actors.state_of(country) if not states else None

    def _states(self) -> set[str]:
        """The states whose forces the article names."""
        return {e.name for _at, e in self._named if e.type == "state_forces"}

    def _bare_organ_side(self, at: tuple[int, int]) -> str | None:
        """The state a bare military organ ("the military", "the army") speaks for where the article
        names two states' forces: the state of the nearest military speaker before it, in its
        paragraph or the sentence before ("Russia's defence ministry said ... The military said ...").
        None when the text does not say: the organ stays unresolved rather than taking the side of
        the article's main country. (The police and civil organs stay the main country's.)"""
        char, sent_i = at
        paragraph = self._paragraphs[sent_i] if sent_i < len(self._paragraphs) else None
        for a in reversed(self._speakers):
            if a.start_char >= char:
                continue
            near = a.sent_i == sent_i - 1 or (
                a.sent_i < len(self._paragraphs) and self._paragraphs[a.sent_i] == paragraph
            )
            if not near:
                break
            if a.kind != "org" and not a.organization:
                continue  # a person without an organ, "witnesses": no organ of a state
            said = fold(f"{a.name} {a.organization or ''}").split()
            if bare_organ(a.name) or MILITARY_ORGAN_HEADS.isdisjoint(said):
                continue
            side = self._side(a.name, a.organization)
            entry = self.actors.get(side) if side is not None else None
            if entry is not None and entry.type == "state_forces":
                return side
        return None

    def _referred_side(self, st: Statement) -> str | None:
        """The armed group a speaker's title refers back to ("the group's spokesman X denied"): the
        non-state armed party the article named last before the statement."""
        title = self._title_of(st.speaker) or st.speaker_org or ""
        if not _GROUP_OWNER.match(title) and not _GROUP_OWNER.match(st.speaker or ""):
            return None
        before = [name for at, _sent, name in self._groups if at < st.char]
        return before[-1] if before else None

    def _title_of(self, name: str | None) -> str | None:
        """The title the article gave a person when it first named them ("Chad's army spokesman
        Idriss Mahamat"), found by surname: later mentions ("Mahamat said", "he added") speak
        for the same side."""
        key = _surname(name)
        if not key:
            return None
        for other, title in self._titles:
            if other == key or (min(len(other), len(key)) >= SURNAME_PREFIX and other.startswith(key)):
                return title
            if min(len(other), len(key)) >= SURNAME_PREFIX and key.startswith(other):
                return title
        return None

    def _name_bare_organs(self, drafts: list[Draft]) -> None:
        """A state organ the article names without its state ("the military said") is named with
        it ("Malian military") when the article names one state's forces only and the organ
        speaks for that state: the record then says whose military it was, as a reader of the
        article knows. With two states' forces in the article the organ keeps its words."""
        states = {e.name for _at, e in self._named if e.type == "state_forces"}
        if len(states) != 1:
            return
        names = {s.name for d in drafts for s in d.sources} | {
            c.source for d in drafts for c, _ in d.claims if c.source
        }
        renamed: dict[str, str] = {}
        for name in names:
            if not bare_organ(name):
                continue
            side = self._side(name, None)
            entry = self.actors.entry(side) if side in states else None
            demonym = demonym_of(entry.country) if entry is not None else None
            if demonym:
                words = name.split()
                renamed[name] = " ".join([demonym, *(words[1:] if words[0].lower() == "the" else words)])
        if not renamed:
            return
        for d in drafts:
            d.sources = [
                s.model_copy(update={"name": renamed[s.name]}) if s.name in renamed else s for s in d.sources
            ]
            d.claims = [
                (c.model_copy(update={"source": renamed[c.source]}) if c.source in renamed else c, q)
                for c, q in d.claims
            ]

    def _speaking_publisher(self, publisher: str | None) -> str | None:
        """The publisher, when it is a party, a monitor or an agency of a state rather than a news
        outlet (a monitor's own bulletin, a ministry's statement page): what its article says in
        its own voice it says itself. A news outlet's own voice is no source."""
        name = self.sources.canonical(publisher) if publisher else None
        if name is None or self.sources.is_carrier(name):
            return None
        return name

    def _armed_speaker(self, a: Any) -> Any:
        """An armed group speaking under a name the source list does not know is named as in the
        actor table ("Jama'at Nusrat al-Islam wal-Muslimin" -> JNIM), like its initiators."""
        if a.kind == "person" and a.organization is None:
            group = self._group_named_as_person(a)
            if group is not None:
                return dataclasses.replace(a, name=group, kind="org")
        if a.kind != "org" or self.sources.canonical(a.name) is not None:
            return a  # people, and unnamed sources ("opposition groups"), keep the article's words
        entry = self.actors.canonical(a.name)
        if entry is None or entry.type not in ("rebel_group", "militia") or entry.name == a.name:
            return a
        return dataclasses.replace(a, name=entry.name)

    def _defending_speaker(self, frame: Frame, said: Any) -> list[Actor]:
        """The speaker's side as the target of an attack it tells it fought off ("the army said it
        repulsed an attack by the rebels on its base"): the pronoun subject is the speaker."""
        pron = repelled_by_pronoun(frame.sent.doc, [t.head_i for t in frame.triggers])
        side = self._side(said.name, said.organization, (said.start_char, said.sent_i)) if pron else None
        entry = self.actors.get(side) if side else None
        if pron is None or entry is None or entry.type == "civilians":
            return []
        return [Actor(name=entry.name, type=entry.type, text=pron.text)]

    def _group_named_as_person(self, a: Any) -> str | None:
        """The listed armed group a "person" speaker's name is part of: the tagger reads "Tuareg"
        in "Tuareg rebels said" or "Clan" in "the Clan del Golfo denied" as a person's name, and
        the group's own name (an alias of the actor table, not a leader's) then speaks."""
        at = (a.text or "").find(a.name or "\0")
        if at < 0:
            return None
        char = a.start_char + at
        for m in self._mentions:
            entry = getattr(m, "entry", None)
            if (
                getattr(m, "kind", None) != "alias"
                or entry is None
                or entry.type not in ("rebel_group", "militia")
            ):
                continue
            if m.start_char <= char < m.end_char:
                return entry.name
        return None

    def _nation_word(self, word: str) -> bool:
        """Does ``word`` name a nation or country ("syrian", "uganda"), not a kind of body ("army")?"""
        name = self._nation(word)
        return name is not None and name != STATE_UNKNOWN

    def _nation(self, text: str) -> str | None:
        """The state forces a nationality or country names ("Israeli", "Russia's"), or None."""
        entry = self.actors.speaker_side(text)
        return entry.name if entry is not None and entry.type == "state_forces" else None

    def _party(
        self, mention: Any, side: str | None, doc: Doc | None = None, region: str | None = None
    ) -> str | None:
        """The canonical name of a party a speaker names. "Troops", "the army" in a speaker's own
        words are its side's, when it speaks for a state ("Israeli officials said troops fired").
        Civilians are nobody's party; an unspecific group the text qualifies keeps the text's
        name ("Palestinian gunmen"), also where the qualifier is left out of the mention (the
        nationality or people before it in ``doc``, the mention's document)."""
        if isinstance(mention, str):
            return mention
        if getattr(mention, "kind", None) == "generic" and mention.role in OWN_SIDE_ROLES and side:
            # "troops" said by a state's organ, "the rebels" said by a rebel group's spokesman
            entry = self.actors.get(side)
            if entry is not None and entry.type in OWN_SIDE_ROLES[mention.role]:
                return side
        (actor,) = self._actors([mention], region=region)
        if actor.type == "civilians":
            return None
        if actor.name in UNSPECIFIC:
            # "Palestinian gunmen" names a party; "armed men", "gunmen" name nobody in particular
            named = _strip_article(_qualified_text(mention, doc) if doc is not None else mention.text)
            return named if named.split()[0][:1].isupper() and len(named.split()) > 1 else None
        return actor.name

    def _tied_enemy(self, side: ActorEntry, parties: Sequence[Any] = ()) -> ActorEntry | None:
        """The enemy a side means by unnamed ``parties`` ("gunmen", "terrorists") it blames
        (``enemy_of``), when the text ties it to the story: an armed group's enemy is its
        country's state, one of a kind; a state's listed armed opposition only when the words
        say the attackers oppose it ("anti-government gunmen") or the article names that group
        itself. A country has more wars than the one the table lists for it (gunmen in Kashmir
        are no Maoists, in Lamu not always al-Shabaab), so an unnamed attacker stays unnamed."""
        enemy = self.actors.enemy_of(side)
        if enemy is None or side.type != "state_forces":
            return enemy
        if any(self._opposition_qualified(p) for p in parties):
            return enemy
        named = any(
            getattr(m, "kind", None) != "generic"
            and getattr(getattr(m, "entry", None), "name", None) == enemy.name
            for m in self._mentions
        )
        return enemy if named else None

    def _opposition_qualified(self, mention: Any) -> bool:
        """The unnamed attackers' own words say they fight the state ("anti-government gunmen",
        "insurgent gunmen"): a qualifier of ``OPPOSITION_QUALIFIERS`` in the mention or right
        before it."""
        doc = self._doc
        if isinstance(mention, str) or doc is None or not 0 <= mention.token_start <= len(doc):
            return False
        start = max(0, mention.token_start - 3)
        words = doc_lowers(doc)[start : mention.token_end]
        joined = " ".join(words).replace(" - ", "-")
        return any(q in joined.split() or q in words for q in OPPOSITION_QUALIFIERS)

    def _unnamed_party(self, mention: Any) -> bool:
        """The mention names an armed party but not which ("terrorists", "gunmen", "armed men")."""
        if isinstance(mention, str):
            return False
        (actor,) = self._actors([mention])
        return actor.name in UNSPECIFIC

    def _reported_blame(self, frame: Frame, d: Draft, said: Any | None) -> list[Claim]:
        """What a frame says of who did it, as claims of responsibility: a source reporting an
        attack by a party accuses it ("activists said government jets bombed the town"), or
        claims it for its own side ("the ministry said its jets struck"). The article's own
        report is kept as an accusation without a source, which only settles the initiators."""
        if said is not None and self.sources.type_of(said.name) in WIRE_TYPES:
            said = None  # "..., Reuters reported": the outlet's own report
        if said is not None and d.denied:
            return []  # "the army said reports that its jets bombed the market were false": denied
        heads = [t.head_i for t in frame.triggers]
        if said is not None and not frame.from_title and habitual(frame.sent.doc, heads):
            return []  # "our army hits only military targets": a creed, not this attack
        if not frame.initiators and said is None:
            return []
        sent = frame.sent
        text = doc_text(sent.doc)[sent.start_char : sent.end_char].strip()[:MAX_TEXT_CHARS]
        out = []
        # the side told first in "fighting between X and Y" is a fight's side 1: nobody blames it
        sides = {a.name for a in self._actors(frame.sides)} if frame.sides else set()
        if said is None:
            return [
                Claim(what="responsibility", actor=a.name, stance="accuses", source=None, text=text)
                for a in d.initiators
                if a.name not in sides
            ]
        side = self._side(
            said.name, said.organization, None if frame.from_title else (said.start_char, said.sent_i)
        )
        listed = [
            m for m in frame.initiators if getattr(m, "kind", None) != "entity" and m not in frame.sides
        ]
        # a name the actor table lacks is a party only when no listed actor did it ("the Russian
        # Tupolev bombers": Russia, not Tupolev), and never a person or a weapon's model ("Su-24M")
        named = [
            m
            for m in frame.initiators
            if m not in listed
            and m not in frame.sides
            and not _person(frame.sent.doc, m)
            and not MODEL_NAME.match(m.text)
        ]
        region = next((loc.admin1 for loc in d.locations if loc.admin1), None)
        parties = [p for m in (listed or named) if (p := self._party(m, side, frame.sent.doc, region))]
        if not parties:
            # "an Israeli strike", "Houthi shelling": the nation named on the act itself
            parties = modifier_parties(frame.sent.doc, heads, self._nation)
        if not parties and side is not None and self_agent(frame.sent.doc, heads):
            parties = [side]  # "the army said it had shot dead 58 insurgents"
        counted = any(c.what == "killed" and c.value for c, _ in d.claims)
        if not parties and not frame.initiators and counted and self._side_against_enemies(side, d.targets):
            parties = [side]  # "the army said 30 militants were killed in the clashes": its own act
        attacked = any(t.name == side for t in d.targets)
        if not parties and attacked and listed and all(self._unnamed_party(m) for m in listed):
            # "gunmen attacked our positions", says a side: its enemy, as when it blames them in words
            listed_side = self.actors.get(side) if side is not None else None
            enemy = self._tied_enemy(listed_side, listed) if listed_side is not None else None
            parties = [enemy.name] if enemy is not None else []
        side = self._own_operation_side(said, side, parties, d.targets or self._others_named(frame))
        # the party named in a claim's own words ("claimed by the X") speaks for itself, whatever
        # name the source list gives the speaker
        speaking = (
            {
                self._party(m, side, frame.sent.doc, region)
                for m in frame.initiators
                if said.verb == "claimed" and said.start_char <= m.start_char < said.end_char
            }
            if self._claim_word_in(frame.sent.doc, said)
            else set()
        )
        for name in dict.fromkeys(p for p in parties if p not in UNSPECIFIC):
            # a party speaking for itself goes by its actor name
            itself = fold(name) == fold(said.name) or name in speaking
            stance = "claims" if name == side or itself else "accuses"
            source = name if itself else said.name
            out.append(Claim(what="responsibility", actor=name, stance=stance, source=source, text=text))
        return out

    def _claim_word_in(self, doc: Doc, said: Any) -> bool:
        """The attribution is said with a verb of claiming ("claimed by the X"), not one of blame
        that the source list counts as a claim too ("was blamed by officials on the X": the X is
        the accused, not a speaker claiming for itself)."""
        words = self.triggers.responsibility.claim_verbs
        return any(
            t.lemma_.lower() in words
            for t in doc
            if said.start_char <= t.idx < said.end_char and t.pos_ == "VERB"
        )

    def _own_operation_side(
        self, said: Any, side: str | None, parties: list[str], targets: list[Actor]
    ) -> str | None:
        """The side of a military speaker named without its state ("military officials", "army
        sources", "the military") that tells one state's strike on that state's enemies: the
        acting state's ("Turkish jets struck PKK targets in Iraq, killing 20 militants, military
        officials said" is Turkey's military on its own operation, not Iraq's accusing Turkey).
        A military reporting the enemy's act tells of its own losses or its civilians, not of
        the enemy's foes killed. Else ``side`` (read from the article's country) stays."""
        if said.organization or not _unqualified_military(said.name):
            return side
        acting = [p for p in dict.fromkeys(parties) if p != side and self._strikes_armed_foes(p, targets)]
        return acting[0] if len(acting) == 1 else side

    def _others_named(self, frame: Frame) -> list[Actor]:
        """The actors a frame's sentence names besides its initiators ("a strike on a vehicle
        carrying IS militants"): what the act was on, where no target was read."""
        sent = frame.sent
        acting = {m.start_char for m in frame.initiators}
        others = [
            m
            for m in self._mentions
            if sent.start_char <= m.start_char < sent.end_char
            and m.start_char not in acting
            and getattr(m, "kind", None) != "entity"
        ]
        return self._actors(others) if others else []

    def _strikes_armed_foes(self, party: str, targets: list[Actor]) -> bool:
        """A state's or a foreign force's act on its armed foes only: its own enemies
        (``_side_against_enemies``), or armed groups of no state, wherever they fight ("US
        drones struck IS fighters in Afghanistan", "Kenyan jets hit al-Shabaab in Somalia").
        Another state's soldiers are not counted: either side reports a strike on them."""
        entry = self.actors.get(party)
        if entry is None or entry.type not in OWN_OPERATION_TYPES or not targets:
            return False
        if self._side_against_enemies(party, targets):
            return True
        kinds = [self.actors.get(t.name) for t in targets]
        return all(k is not None and k.type in ARMED_FOE_TYPES for k in kinds)

    def _side_against_enemies(self, side: str | None, targets: list[Actor]) -> bool:
        """A state's speaker counting armed opponents killed by nobody named: the state's own act. Every
        target is an enemy of that state: unnamed ("militants", "terrorists"), the armed opposition the
        actor table lists for it, or a rebel group of its country or of none. A militia of its own
        country ("four Hezbollah members were killed", says a Lebanese official) is not its enemy."""
        if side is None or not targets:
            return False
        state = self.actors.get(side)
        if state is None or state.type != "state_forces":
            # a side the table lacks ("a militia official" where no country is known) is no state
            return False
        enemy = self.actors.enemy_of(state)

        def hostile(t: Actor) -> bool:
            if t.name == UNIDENTIFIED or (enemy is not None and t.name == enemy.name):
                return True
            try:
                entry = self.actors.entry(t.name)
            except KeyError:
                return False
            return entry.type == "rebel_group" and entry.country in (None, state.country)

        return all(hostile(t) for t in targets)

    def _attach_statements(self, drafts: list[Draft], sent_starts: list[int]) -> None:
        """Put each statement of blame, claim or denial on the event it is about: the event of its
        own sentence, else the attack told last before it, else the article's main event."""
        attacks = [d for d in drafts if d.family in ATTACK_FAMILIES and d.kind == "incident"]
        ordered = sorted(attacks or drafts, key=lambda d: (not d.from_title, d.sent_i))
        if not ordered:
            return
        main = ordered[0]
        violent = [d for d in drafts if d.family in ATTACK_FAMILIES]
        told = [(bisect.bisect_right(sent_starts, s) - 1, d) for d in violent for s, _ in d.evidence]
        found = [
            (None if t else st.sent_i, -1 if t else st.char, self._statement_claim(st, title=t), True)
            for t, st in self._statements
        ]
        weak = [(si, at, c, False) for si, at, c in self._loose_blame]
        # denials last: a denial goes to the event whose accusation it answers (below)
        pending = [x for x in found + weak if x[2] is not None]
        pending.sort(key=lambda x: x[2].stance == "denies")  # type: ignore[union-attr]
        for sent_i, at, claim, anywhere in pending:
            if claim is None:
                continue
            target = main if anywhere else None
            described: list[Draft] = []
            if sent_i is not None:
                window = STATEMENT_WINDOW_SENTENCES if anywhere else WEAK_FRAME_WINDOW_SENTENCES
                here = [d for si, d in told if si == sent_i]
                if anywhere:
                    # "blamed the army, which has been shelling the area for months": a habit of the
                    # accused told in a clause on it is not the act the statement is about
                    described = [d for d in here if self._describes_party(d, sent_i, at)]
                    here = [d for d in here if d not in described]
                before = [(si, d) for si, d in told if 0 < sent_i - si <= window]
                after = [(si, d) for si, d in told if 0 < si - sent_i <= window] if not anywhere else []
                if here:
                    target = here[0]
                elif before:
                    target = max(before, key=lambda x: x[0])[1]
                elif after:
                    target = min(after, key=lambda x: x[0])[1]  # a lead's account of the attack told next
            if claim.stance == "denies":
                target = _accused_by_others(ordered, claim, target)
            scope = (
                self._scope_of(sent_i, attacks)
                if anywhere and sent_i is not None and claim.stance != "denies"
                else None
            )
            for d in _covered(attacks, claim, scope) if scope is not None else ():
                if d is not target and not any(c is claim for c, _ in d.claims):
                    d.claims.append((claim, at))
            # a group's claim of several acts leaves the one told as another side's deed; an
            # accusation stays on the event it answers (another party did it, its source says not)
            if target is not None and (
                scope is None or claim.stance != "claims" or not _others_deed(target, claim)
            ):
                target.claims = _one_denial_per_voice(target.claims, claim)
                target.claims.append((claim, at))
                for d in described:
                    # the habit keeps no copy of the blame its clause's own words gave it
                    d.claims = [(c, q) for c, q in d.claims if not _same_blame(c, claim)]
        self._spread_frame_claims(attacks)

    def _describes_party(self, draft: Draft, sent_i: int, at: int) -> bool:
        """Is ``draft`` a campaign or habit (no incident of its own) whose sentence ``sent_i`` tells
        every act inside a relative clause that the statement at char ``at`` lies outside of
        ("Residents blamed the army, which has used drones against the militia since August")?
        Such a clause describes a party; the statement is about the act told before it."""
        doc = self._doc
        if doc is None or draft.kind == "incident" or at < 0:
            return False
        sents = doc_sents(doc)
        if not 0 <= sent_i < len(sents):
            return False
        acts = [t for t in sents[sent_i] if t.lemma_.lower() in self._act_lemmas]
        if not acts:
            return False
        for tok in acts:
            clause = next((t for t in (tok, *tok.ancestors) if t.dep_ == "relcl"), None)
            if clause is None:
                return False
            first, last = clause.left_edge, clause.right_edge
            if first.idx <= at < last.idx + len(last):
                return False
        return True

    def _scope_of(self, sent_i: int, attacks: list[Draft]) -> ClaimScope | None:
        """The several acts a claim stated in body sentence ``sent_i`` covers (``claim_scope``),
        its areas with their namesakes of the countries of the article and of its attacks; None
        for a claim of one act."""
        doc = self._doc
        sents = doc_sents(doc) if doc is not None else []
        if not 0 <= sent_i < len(sents):
            return None
        scope = claim_scope(sents[sent_i], self._act_lemmas, self._place_mentions)
        if not scope.plural:
            return None
        countries = dict.fromkeys(
            [*self._focus, *(loc.country for d in attacks for loc in d.locations if loc.country)]
        )
        more = [v for a in scope.areas for c in countries for v in self.gazetteer.variants(a.name, c)]
        return dataclasses.replace(scope, areas=tuple(dict.fromkeys([*scope.areas, *more])))

    def _spread_frame_claims(self, attacks: list[Draft]) -> None:
        """A claim read off an event's own sentence that names several acts told before ("the
        group said it carried out both raids") covers each of them, as a statement does."""
        doc = self._doc
        if doc is None:
            return
        sent_of = {
            doc_text(doc)[s.start_char : s.end_char].strip()[:MAX_TEXT_CHARS]: i
            for i, s in enumerate(doc_sents(doc))
        }
        for d in list(attacks):
            for c, q in list(d.claims):
                if c.what != "responsibility" or c.source is None or c.stance not in ("claims", "accuses"):
                    continue
                sent_i = sent_of.get(c.text or "")
                scope = self._scope_of(sent_i, attacks) if sent_i is not None else None
                for other in _covered(attacks, c, scope) if scope is not None else ():
                    if other is not d and not any(o is c for o, _ in other.claims):
                        other.claims.append((c, q))

    def _statement_claim(self, st: Statement, *, title: bool = False) -> Claim | None:
        """A statement as the record's claim of responsibility, its party named canonically. A side
        that blames "terrorists" or "gunmen" without naming them blames its enemy (``enemy_of``)."""
        at = None if title else (st.char, st.sent_i)
        side = self._side(st.speaker, st.speaker_org, at) if st.speaker else None
        if side is None and st.speaker:
            side = self._referred_side(st)
        doc = None if title else self._doc
        name = self._party(st.party, side, doc) if st.party is not None else side
        if not name and st.party is not None and side and st.stance == "accuses":
            enemy = (
                self._tied_enemy(self.actors.entry(side), [st.party])
                if self._unnamed_party(st.party)
                else None
            )
            name = enemy.name if enemy is not None else None
        if not name:
            return None
        itself = st.speaker is None or fold(st.speaker) == fold(name)  # who claims an act speaks for itself
        if st.stance == "denies" and not itself and self._third_party(st.speaker, st.speaker_org):
            # "HRW rejected the government's account that jihadists were to blame": a monitor, an
            # NGO, the UN or an outlet disputes an account; only a side denies its part in an act
            return None
        stance = "claims" if st.stance == "accuses" and (name == side or itself) else st.stance
        source = name if itself else st.speaker
        return Claim(what="responsibility", actor=name, stance=stance, source=source, text=st.text)

    def _third_party(self, name: str | None, organization: str | None) -> bool:
        """The speaker is a monitor, an NGO, the UN, an agency or an outlet (``THIRD_PARTY_TYPES``
        of the source list): it reports and judges accounts, it speaks for no side."""
        for text in (organization, name):
            if text and self.sources.type_of(self.sources.canonical(text)) in THIRD_PARTY_TYPES:
                return True
        return False

    def _owner(self, mention: Any) -> Any | None:
        """The actor mention a possessive pronoun on a generic's noun points back to ("Rebels
        attacked the army. The army said 12 of their fighters died": the rebels' fighters): the
        nearest actor mention before it, in its sentence or the one before, that agrees with the
        pronoun in number ("their": a plural noun; "its": a singular one). None without such a
        pronoun or antecedent, or for a mention of another document (a headline)."""
        doc = self._doc
        if doc is None or not 0 <= mention.head_i < len(doc):
            return None
        head = doc[mention.head_i]
        if not mention.start_char <= head.idx < mention.end_char:
            return None  # a headline's mention: its tokens are not this document's
        pron = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if pron is None:
            return None
        low = pron.lower_
        plural = low in BACK_PLURAL
        if not plural and low not in BACK_SINGULAR:
            return None
        first = head.sent.start
        if first > 0:
            first = doc[first - 1].sent.start  # the sentence before
        for m in reversed(self._mentions):
            if m.start_char >= pron.idx or m.token_start < first:
                continue
            if m.kind == "entity" or m is mention or not 0 <= m.head_i < len(doc):
                continue
            if (doc[m.head_i].tag_ in PLURAL_TAGS) == plural:
                return m
        return None

    def _named_by_proper_generics(self, mentions: list[Any], title: bool) -> list[tuple[int, ActorEntry]]:
        """(char, entry) of the armed groups named by a name several groups share, read by the
        article's country ("al-Shabaab" in Somalia, "ADF" in Congo): named groups that "militants"
        or "the militant group" of the article stand for, as the table's own names are."""
        out = []
        for m in mentions:
            g = self.actors.generic(m.role) if m.kind == "generic" else None
            if g is None or not g.proper:
                continue
            entry = self.actors.resolve(
                m, self._generic_country(m.role), self._named, self._agents, year=self._year
            )
            if entry.type in NON_STATE_ARMED and entry.name != UNIDENTIFIED and self.actors.get(entry.name):
                out.append((-1 if title else m.start_char, entry))
        return out

    def _actors(
        self, mentions: list[Any], where: str | None = None, region: str | None = None
    ) -> list[Actor]:
        """Record actors; generic mentions resolve by the article's country, and a state's forces
        ("government forces", "the junta") by the country of the event's place (``where``, one
        of the article's focus countries) when it has one; ``region``, the first-level division
        of the event's place, keeps a description read by country from a group of another
        province ("rebels" in Kashmir are no Maoists)."""
        out: list[Actor] = []
        country = self._focus[0] if self._focus else None
        for m in mentions:
            entry = m.entry
            if getattr(m, "kind", None) == "generic":
                state = getattr(self.actors.generic(m.role), "resolve", None) == "state"
                here = (where or country) if state else self._generic_country(m.role)
                owner = self._owner(m)
                entry = (
                    self._actors([owner], where, region)[0]
                    if owner is not None
                    else self.actors.resolve(m, here, self._named, self._agents, region, self._year)
                )
            local = COALITION_BY_COUNTRY.get(self._focus[0]) if self._focus else None
            if local and entry.name == "US-led coalition" and not _AMERICAN.search(m.text):
                entry = self.actors.entry(local)
            if any(a.name == entry.name for a in out):
                continue
            text = (
                self._doc is not None and members_phrase(self._doc, m, self._mentions, entry.name)
            ) or m.text
            out.append(Actor(name=entry.name, type=entry.type, text=text))
        return sorted(out, key=lambda a: a.type == "unknown")  # listed actors before names read off the text

    def _generic_country(self, role: str | None) -> str | None:
        """The country a generic other than the state's ("rebels", "terrorists", "ADF") is read
        by: the first of the article's focus countries for which the table lists the generic's
        actor, else the first focus country. An article read as about two countries (a town's
        namesake abroad) keeps the one whose war the phrase belongs to. Not the event's place
        when the article has no focus: one article's generic would then name one group where a
        sentence gives a place and another where none does, and its reports of one fight split."""
        g = self.actors.generic(role)
        listed = next((c for c in self._focus if g is not None and c in g.by_country), None)
        if listed is not None:
            return listed
        return self._focus[0] if self._focus else None

    def _fill_ground_losers(self, drafts: list[Draft]) -> None:
        """Ground taken in one country by anyone but that country's state was taken from the state,
        where the article names no other side it could have been taken from: an armed group of the
        country seizing one of its towns, a foreign army capturing a village of another ("Russian
        forces captured a village in the Donetsk region": Ukraine). In a war of many sides (a
        Kurdish force taking a town from a jihadist group, rebels from rebels) the article names
        those sides, and the loser stays as told. A state taking ground of its own country is left
        as told too: whom it took it from is no single default (its opponents differ by front)."""
        sides = {a.name for d in drafts for a in (*d.initiators, *d.targets) if a.type in ARMED_SIDE_TYPES}
        for d in drafts:
            if d.event_type != "territory_change" or d.targets or not d.initiators:
                continue
            takers = [self.actors.get(a.name) for a in d.initiators]
            if any(t is None or t.type not in TAKER_TYPES for t in takers):
                continue  # an unlisted name among the takers
            # a state takes ground abroad: a place of its own country named with it is where it
            # came from, or a namesake the gazetteer chose ("the Donetsk region")
            home = {t.country for t in takers if t is not None and t.type == "state_forces"}
            countries = {loc.country for loc in d.locations if loc.country} - home
            if len(countries) != 1:
                continue
            cc = next(iter(countries))
            host = self.actors.state_of(cc)
            if host is None or any(
                t is None or t.name == host.name or (t.type != "state_forces" and t.country != cc)
                for t in takers
            ):
                continue  # the state among the takers, or a group from elsewhere
            if sides - {t.name for t in takers if t is not None} - {host.name}:
                continue  # another side the ground may have been taken from
            d.targets.append(Actor(name=host.name, type=host.type))

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

    def _tells_it_before(self, d: Draft, i: int, named: set[str]) -> bool:
        """Does sentence i, just before the undated draft d that names no place, tell d's act itself:
        a word of violence there (a trigger that made no incident of its own, as "calls to investigate
        the killing of nine men in X on May 2" make none) with a place? The next sentence then goes
        on with how it happened ("Witnesses said soldiers shot them"): its day is the one sentence i
        names, not the statement's "said today"."""
        if d.place_keys() or not named:
            return False
        return i in getattr(self, "_framed", ()) or bool(
            find_triggers(self._doc, doc_sents(self._doc)[i], self.triggers)
        )

    def _date_from_sentence_before(self, drafts: list[Draft], published: dt.date | None) -> None:
        """An undated incident takes the day the sentence just before it names with its place, when
        that sentence has no event of its own to carry it ("The bombings followed raids earlier on
        Sunday on army posts in X. Fighters took a silo in X ..."): the news sets time and place in
        one sentence and tells what happened there in the next. A sentence that names several days
        dates nothing this way."""
        sents = doc_sents(self._doc)
        # (an incident there carries its day itself, see _fill_dates; a tally there does not)
        told = {d.sent_i for d in drafts if not d.from_title and d.kind == "incident"}
        for d in drafts:
            i = d.sent_i - 1
            if d.date.start is not None or d.kind != "incident" or d.from_title or i < 0 or i in told:
                continue
            # (wire copy sets each sentence in a paragraph of its own: no paragraph test)
            prev = sents[i]
            named = {
                place_key(loc.name)
                for m in getattr(self, "_place_mentions", [])
                if prev.start_char <= m.start_char < prev.end_char and (loc := location_of(m)) is not None
            }
            if not (named & d.place_keys() or self._tells_it_before(d, i, named)):
                continue
            # not a stamp ("Posted on July 12"), nor the day of a plan ("a meeting to be held on Monday")
            days = {
                (span.start, span.end): span
                for t in find_time_expressions(prev)
                if not t.stamp
                and not _planned(self._doc, t.head_i)
                and not _dates_the_saying(self._doc, t)
                and not t.text.lower().startswith("since")
                and (span := resolve_time(t.text, published)).precision in ("day", "range")
                and not _future(span, published)
            }
            if len(days) == 1:
                d.date, d.date_carried = next(iter(days.values())), True

    # -- the whole article ----------------------------------------------------
    def extract(
        self,
        doc: Doc,
        published: dt.date | None,
        title_doc: Doc | None = None,
        headline_end: int = 0,
        publisher: str | None = None,
    ) -> list[Event]:
        """Events of one article, main event first.

        title_doc: the parsed headline when the text does not repeat it;
        headline_end: where the headline ends when the text opens with it;
        publisher: who published the article (``Article.source``), which speaks in its own
        voice when it is no news outlet (``_speaking_publisher``).
        """
        focus = focus_countries(doc, self.gazetteer)
        self._focus = focus
        self._year = published.year if published else None
        self._claimants = []  # (sentence, actor) of claims made outside any attack's sentence
        self._named = []
        self._agents = []
        self._loose = []
        self._sites = []  # (sentence, location) of places the text presents outside any event's sentence
        self._statements = []
        self._loose_blame = []
        self._occurred = []  # (sentence, time) of "the attack, which occurred on Monday"
        self._occurred_at = []  # (sentence, location) of "the incident took place near X"
        self._eventless_times = []  # (sentence, times) of sentences whose event words all fell away
        self._open = {}
        self._headline = {}
        self._sides = {}
        self._doc = doc
        self._acronyms = defined_acronyms(doc_text(doc))
        mentions = self.actor_mentions(doc)
        self._mentions = sorted(mentions, key=lambda m: m.start_char)
        self._groups = self._armed_groups(doc, mentions)
        attributions = [
            self._armed_speaker(a)
            for a in resolve_anaphora(find_attributions(doc, self.sources), self.sources, self._groups)
        ]
        self._titles = _person_titles(attributions)
        paragraphs = sentence_paragraphs(doc)
        self._speakers = sorted(attributions, key=lambda a: a.start_char)
        self._paragraphs = paragraphs
        frames: list[Frame] = []
        title_attributions: list[Any] = []
        if title_doc is not None and len(title_doc):
            title_attributions = [self._armed_speaker(a) for a in find_attributions(title_doc, self.sources)]
            frames.extend(self.frames_of(title_doc, focus, title_attributions, title=True))
        self._captions = caption_spans(doc, headline_end)
        body = self.frames_of(doc, focus, attributions, actor_list=mentions)
        self._framed = frozenset(f.sent_i for f in body)
        for f in body:
            f.headline = f.sent.start_char < headline_end
        frames.extend(body)
        self._agents = [
            (-1 if f.from_title else m.start_char, m.entry)
            for f in frames
            for m in f.initiators
            if m.kind not in ("generic", "entity")
        ] + [(m.start_char, m.entry) for _sent, m in self._claimants if m.kind not in ("generic", "entity")]
        drafts = [
            part
            for f in (c for whole in frames for c in split_clauses(whole))
            if (d := self.draft_of(f, published, title_attributions if f.from_title else attributions))
            is not None
            for part in ([d] if d.anaphoric else split_by_town(d, f))
        ]
        self._credit_claims(drafts)
        _resolve_narrated_dates(drafts, published, _told_days(self._eventless_times, published))
        _mark_news_days(drafts, published)
        drafts = continue_tallies(drafts)
        type_outrage_by_strike(drafts)
        drafts = merge_drafts(drafts)
        _date_by_occurrence(drafts, self._occurred, published)
        _place_by_occurrence(drafts, self._occurred_at)
        drafts = fold_accusations(drafts)
        drafts = fold_denials(drafts)
        _fill_types(drafts)
        _fire_on_forces(drafts)
        drafts = _split_killing_from_abduction(drafts)
        _summaries(drafts)
        self._date_from_sentence_before(drafts, published)
        _fill_dates(drafts, published)
        date_continued(drafts)
        drafts = fold_restatements(sorted(drafts, key=lambda d: (not d.from_title, d.sent_i)))
        drafts = fold_coarse(drafts)
        drafts = fold_fire_only(drafts)
        _date_the_undated(drafts, published)
        country = main_country(doc)
        _fill_places(
            drafts,
            country,
            self.gazetteer,
            _dateline_town(self._place_mentions, country or (focus[0] if focus else None)),
        )
        place_coarse_at_sites(drafts, self._sites)
        drafts = fold_readings(drafts)
        _fill_actors(drafts)
        self._fill_ground_losers(drafts)
        _fill_losers_from_opponents(drafts)
        _fill_other_victims(drafts)
        _fill_unarmed_targets(drafts)
        fill_air_power(drafts)
        sents = doc_sents(doc)
        loose = [
            LooseFigure(si, c, q)
            for si, q in self._loose
            if not _tally_over_stated_days(sents[si], published)
            for c in _claims(q, speaker_at(attributions, q.start_char, si, paragraphs))
        ]
        sent_starts = [s.start_char for s in doc_sents(doc)]
        attach_loose_figures(drafts, loose, sent_starts, paragraphs)
        name_victims(drafts)
        mark_restated_headline_figures(drafts, self._headline)
        source_restated_figures(drafts, self._open, self._headline)
        _fill_claim_sources(drafts, attributions, self._open)
        outlet = relayed_report(attributions) or self._speaking_publisher(publisher)
        if outlet is not None:
            credit_relayed_report(drafts, outlet)
        prune_vague_figures(drafts)
        self._attach_statements(drafts, sent_starts)
        self._name_bare_organs(drafts)
        speakers = [(a.name, a.organization, a.text) for a in attributions if a.kind == "person"]
        speakers += [(st.speaker, st.speaker_org, None) for _, st in self._statements]
        one_claim_per_voice(drafts, speakers_bodies(speakers, self._nation_word))
        for d in drafts:
            settle_initiators(d, self.sources.is_carrier, self._actor_type)
            _claimants_as_sources(d)
        name_identified_attackers(drafts, doc)
        give_named_texts(drafts, self._mentions)
        events = [rank.finish(d, published) for d in drafts]
        return name_unidentified(rank.told_once(rank.order(events, drafts)))


#: Untyped triggers weaker than this ("hit", "target", "fire") report no event on their own;
#: with a place they may still tell where an event reported just before them happened.
WEAK_STRENGTH = 0.7
#: Verbs without which a sentence says nowhere when an event already told happened.
OCCURRENCE_LEMMAS = occurrence_lemmas()
#: Every word that may state a claim of responsibility: sentences without one are not read for it.
RESPONSIBILITY_LEMMAS = responsibility_lemmas(TriggerLexicon.default())
#: Actors of the table that name no party in particular ("Unidentified armed group"): nobody is
#: accused by naming them.
#: Generic roles that, in a speaker's own words, name the speaker's side when it is of these types:
#: "troops" said by a state's organ, "the rebels" said by a rebel group's spokesman. Not "gunmen":
#: an armed group telling of "gunmen" tells of others.
OWN_SIDE_ROLES: dict[str, frozenset[str]] = {
    "government": frozenset({"state_forces"}),
    "rebels": frozenset({"rebel_group"}),
    "separatists": frozenset({"rebel_group"}),
}
UNSPECIFIC = frozenset(e.name for e in ActorLexicon.default().entries if e.type == "unknown")
#: A weapon's model ("Su-24M", "F-16", "MQ-9"): never a party to an act.
MODEL_NAME = re.compile(r"^[A-Za-z]{1,8}-?\d{1,4}[A-Za-z]{0,3}$")
#: Source types whose "..., X reported" is the news report itself, not a side's account.
WIRE_TYPES = frozenset({"agency"})
#: A statement of blame in a sentence without an attack goes to the attack told at most this many
#: sentences before it ("Gunmen stormed the village. Officials blamed the militia.").
STATEMENT_WINDOW_SENTENCES = 6
#: What a frame too weak to be an event says of who did it ("witnesses said troops fired on the
#: crowd") goes only to an attack of its own sentence or of the two before (else after) it.
WEAK_FRAME_WINDOW_SENTENCES = 2


#: Who may take ground from a country's state: armed groups and other states' forces
#: (``_fill_ground_losers``).
TAKER_TYPES = frozenset({"state_forces", "rebel_group", "militia"})
#: The armed sides an article names: one besides the taker and the state is a side ground may
#: have been taken from (``_fill_ground_losers``).
ARMED_SIDE_TYPES = frozenset({"state_forces", "rebel_group", "militia", "external_forces"})
#: Event families an attacker claims or is blamed for.
ATTACK_FAMILIES = frozenset({"explosions_remote_violence", "battles", "violence_against_civilians"})


#: "United States-supplied bombs", "Iran-backed militias": the country named is not the one
#: acting ("-led" is: "Saudi-led coalition" is the coalition, found as one alias).
SUPPLIER_SUFFIXES = load_list("lexicons", "compounds.yaml", "supplier_suffixes")
#: "UK-based", "Syria-born", "rebel-held": the place describes someone.
DESCRIBING_SUFFIXES = load_list("lexicons", "compounds.yaml", "describing_suffixes")


def _told_site(m: Any) -> bool:
    """The text's own words present the name as a settlement or a site ("the village of X", "30 km
    north of X", "X Market, northern Y"), where something may happen, not as where someone speaks,
    comes from or files the story."""
    place = getattr(m, "place", None)
    return (
        m.source == "pattern"
        and m.precision_hint in ("exact", "near")
        and (place is None or place.kind == "city")
        and getattr(m, "role", "place") == "place"
        and not m.dateline
        and m.preposition != "from"
    )


def _as_of(
    mention: Any, year: int | None, lexicon: ActorLexicon, written: dict[str, str] | None = None
) -> Any:
    """The mention as an article of ``year`` can mean it: a name of a group founded later
    ("Chadian rebels" in 2008 are no FACT) names a party the table does not hold, kept as the
    text writes it (``written``: the name the text gives it, for its men: "rebels from the
    Karenni Army" of 1996 are the Karenni Army's, not a group called "Rebels"); a state's forces
    under a later government are the state's (``ActorLexicon.as_of``). Generic descriptions are
    left to ``ActorLexicon.resolve``, which weighs the year itself."""
    entry = mention.entry
    if mention.kind == "generic" or entry.existed_in(year):
        return mention
    then = lexicon.as_of(entry, year)
    if then is entry:
        name = (written or {}).get(entry.name) or mention.text.strip()
        then = ActorEntry(name=name, type=entry.type, country=entry.country)
    return dataclasses.replace(mention, entry=then)


def _names_as_written(mentions: list[Any], year: int | None) -> dict[str, str]:
    """For each listed group founded after ``year``, the first of its names the text writes in
    full (an alias, not a member noun owned by it): the name its men take."""
    out: dict[str, str] = {}
    for m in mentions:
        entry = m.entry
        if m.kind == "generic" or entry.existed_in(year) or entry.name in out:
            continue
        text = m.text.strip()
        if fold(text) in {fold(a) for a in (entry.name, *entry.aliases)}:
            out[entry.name] = text
    return out


def _supplier(doc: Doc, mention: Any) -> bool:
    return doc_text(doc)[mention.end_char : mention.end_char + 12].lower().startswith(SUPPLIER_SUFFIXES)


#: "the al-Qaeda-linked al-Shabaab": how far (characters) after the compound the group it
#: qualifies may start.
AFFILIATION_SUFFIXES = load_list("lexicons", "compounds.yaml", "affiliation_suffixes")
AFFILIATE_REACH = 24


def _affiliate_of(doc: Doc, mention: Any, mentions: list[Any]) -> Any | None:
    """The group named right after the mention's compound ("the al Qaeda-linked al Shabaab
    group"), whose parent or ally the mention names; None when there is none. That group acts,
    not the one it is linked to."""
    after = doc_text(doc)[mention.end_char : mention.end_char + AFFILIATE_REACH].lower()
    suffix = next((x for x in AFFILIATION_SUFFIXES if after.startswith(x)), None)
    if suffix is None:
        return None
    start = mention.end_char + len(suffix)
    return next(
        (
            m
            for m in mentions
            if start < m.start_char <= start + AFFILIATE_REACH
            and m.kind != "entity"
            and m.entry.name != mention.entry.name
        ),
        None,
    )


def _fights_here(entry: Any, country: str | None) -> bool:
    """The group fights in the article's country (or the country is unknown): its home or one of
    the countries it is active in."""
    return country is None or entry.country is None or country == entry.country or country in entry.active_in


def _without_parents(doc: Doc, found: list[Any], country: str | None) -> list[Any]:
    """The actor mentions with every parent or ally of a group named right after it left out, and
    a members' phrase that bound to the parent ("Fighters of the al Qaeda-linked al Shabaab")
    bound to that group instead. A group our list places in another country than the article's
    leaves the parent standing: its name there is a local group's we do not list (the
    "IS-linked al-Shabab" of northern Mozambique is no Somali al-Shabaab)."""
    swap = {}
    for m in found:
        if (group := _affiliate_of(doc, m, found)) is not None and _fights_here(group.entry, country):
            swap[id(m)] = group
    if not swap:
        return found
    out = []
    for m in found:
        if id(m) in swap:
            continue
        parent = next(
            (p for p in found if id(p) in swap and p.entry == m.entry and m.end_char <= p.start_char), None
        )
        out.append(dataclasses.replace(m, entry=swap[id(parent)].entry) if parent is not None else m)
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


_ANAPHORIC = re.compile(
    r"^(?:the|a|an|that|this) (?:"
    + "|".join(map(re.escape, load_list("lexicons", "institutions.yaml", "anaphoric_heads")))
    + ")$",
    re.I,
)


#: "UK-based", "Beirut-based": where an organisation's office sits, not whose side it speaks for.
_BASED = re.compile(r"\b[\w.]+-based\b", re.I)


#: A title owned by an armed group named before ("the terror group's spokesman").
_GROUP_OWNER = re.compile(
    r"^the (?:[\w-]+ ){0,2}(?:"
    + "|".join(map(re.escape, load_list("lexicons", "institutions.yaml", "group_heads")))
    + r")['’]s\b",
    re.I,
)
#: Actor types a "group" of the text may refer back to.
NON_STATE_ARMED = frozenset({"rebel_group", "militia"})

#: Words that open a clause about a person rather than a title ("X, who fled the town, said").
_APPOSITION_CLAUSE = re.compile(r"\b(?:who|whom|whose|which|that|when|after|before|while)\b", re.I)

#: Shortest surname two spellings of which may differ by their last letters ("Mahamat", "Mahamate").
SURNAME_PREFIX = 5


def _surname(name: str | None) -> str:
    words = fold(name or "").split()
    return words[-1] if words else ""


def _person_titles(attributions: list[Any]) -> list[tuple[str, str]]:
    """(surname, title) of each person an attribution names after a title ("Chad's army
    spokesman Idriss Mahamat said"), in an apposition after the name ("Ali Omar, head of the
    pro-government Unity Front, said"), or with an organisation, in text order."""
    out: list[tuple[str, str]] = []
    for a in attributions:
        if a.kind != "person" or not a.name:
            continue
        text = a.text or ""
        at = text.find(a.name)
        before = text[:at].strip(" ,") if at > 0 else ""
        after = _apposition(text[at + len(a.name) :]) if at >= 0 else ""
        title = " ".join(t for t in (before, after, a.organization) if t)
        if title and _surname(a.name):
            out.append((_surname(a.name), title))
    return out


def _others_deed(d: Draft, claim: Claim) -> bool:
    """The event is told as another side's deed: a named party other than the claimant did it
    ("local militiamen ambushed the insurgents"), or the claimant's fighters were its targets."""
    if any(a.name == claim.actor for a in d.targets):
        return True
    return any(a.type != "unknown" and a.name != claim.actor for a in d.initiators)


def _covered(attacks: list[Draft], claim: Claim, scope: ClaimScope) -> list[Draft]:
    """The attacks a claim of several acts covers: every attack of the article in the area the
    claim names (all of them when it names none), except those told as another side's deed."""
    if claim.stance not in ("claims", "accuses") or not claim.actor:
        return []
    return [
        d
        for d in attacks
        if not _others_deed(d, claim)
        and (not scope.areas or any(inside(loc, a) for loc in d.locations for a in scope.areas))
    ]


def _accused_by_others(drafts: list[Draft], denial: Claim, near: Draft | None) -> Draft | None:
    """The event a denial answers: where another source accuses the denied party (the main event
    first), when the event told nearest to the denial holds no such accusation ("Hezbollah denied any
    link", told after a paragraph on the wounded flown to a city hit the same night)."""

    def accused(d: Draft) -> bool:
        return any(
            c.what == "responsibility" and c.stance == "accuses" and c.actor == denial.actor
            for c, _ in d.claims
        )

    if near is not None and accused(near):
        return near
    return next((d for d in drafts if accused(d)), near)


def _same_blame(a: Claim, b: Claim) -> bool:
    """Two claims of responsibility with one stance, party and source."""
    return a.what == b.what == "responsibility" and (a.stance, a.actor, a.source) == (
        b.stance,
        b.actor,
        b.source,
    )


def _one_denial_per_voice(claims: list[tuple[Claim, Any]], new: Claim) -> list[tuple[Claim, Any]]:
    """A party's denial in its own name gives way to its named speaker's denial of the same event
    ("X denied any link. Its spokesman Y denied any role"): Y is who said it."""
    if new.stance != "denies" or not new.source or fold(new.source) == fold(new.actor or ""):
        return claims
    return [
        (c, at)
        for c, at in claims
        if not (c.stance == "denies" and c.actor == new.actor and fold(c.source or "") == fold(c.actor or ""))
    ]


def _apposition(rest: str) -> str:
    """The title set off by commas right after a name (", chair of the X movement, said" ->
    "chair of the X movement"); the organisation the recogniser cut from it ("the X") is only
    part of it. A clause about the person ("who fled the shelling") is no title."""
    if not rest.startswith(","):
        return ""
    inner, comma, _ = rest[1:].partition(",")
    if not comma:
        return ""
    return _APPOSITION_CLAUSE.split(inner, maxsplit=1)[0].strip()


#: The source types a restricted anaphoric head may refer back to (institutions.yaml).
_ANAPHORIC_TYPES: dict[str, frozenset[str]] = {
    head.lower(): frozenset(types)
    for head, types in load_yaml("lexicons", "institutions.yaml")["anaphoric_types"].items()
}


def _refers_to(head: str, prev: Any, sources: SourceLexicon) -> bool:
    """Can "the ``head``" name the source ``prev``? A head of ``_ANAPHORIC_TYPES`` names only a source
    of its types, or one the source list does not type whose name holds the head."""
    types = _ANAPHORIC_TYPES.get(head)
    if types is None:
        return True
    for text in (prev.organization, prev.name):
        kind = sources.type_of(sources.canonical(text)) if text else None
        if kind is not None:
            return kind in types
    return any(head in (text or "").lower() for text in (prev.organization, prev.name))


def resolve_anaphora(
    attributions: list[Any],
    sources: SourceLexicon | None = None,
    parties: Sequence[tuple[int, int, str]] = (),
) -> list[Any]:
    """ "the group", "the source", "the report" name the source introduced last before them; "the
    military", "the ministry" the last source of that kind (else they stay a source of their own).

    ``parties`` are (char, sentence, name) of the armed groups the text names. "The group" (or
    "the movement", "the militia") names the one named last rather than the source before it when
    it denies (who denies an accusation is the party accused, not its accuser: "officials blamed
    the front, but the group denied any role") or claims (who claims an attack is the party that
    did it, not the officer who told of it), and when that source cannot be called a group
    and the armed group was named after it ("officials blamed the front. The group said ...")."""
    lex = sources or SourceLexicon.default()
    out: list[Any] = []
    for a in attributions:
        if _ANAPHORIC.match(a.name or ""):
            head = (a.name or "").split(" ", 1)[1].lower()
            named = [p for p in reversed(out) if not _ANAPHORIC.match(p.name or "")]
            prev = next((p for p in named if _refers_to(head, p, lex)), None)
            party = _party_before(a, parties) if head in GROUP_HEADS and _DEFINITE.match(a.name) else None
            if party is not None and (
                a.verb in OWN_ACT_VERBS
                or prev is None  # "ISWAP fighters overran a base, the group said": no source before
                or (not group_source(prev, lex, untyped=True) and party[0] > prev.start_char)
            ):
                prev = dataclasses.replace(a, name=party[1], organization=None, kind="org")
            if prev is not None:
                a = dataclasses.replace(a, name=prev.name, organization=prev.organization)
        elif a.organization is None and (head := _group_spokesman(a.name)) is not None:
            # "a spokesman for the group denied ...": the group is the armed group named last, on
            # the terms "the group" itself is read by (a denial, or a group named after the source)
            party = _party_before(a, parties)
            prev = next((p for p in reversed(out) if not _ANAPHORIC.match(p.name or "")), None)
            if party is not None and (
                a.verb == "denied"
                or prev is None
                or (not group_source(prev, lex, untyped=True) and party[0] > prev.start_char)
            ):
                a = dataclasses.replace(a, organization=party[1])
        elif a.verb == "denied" and _PRONOUN_SUBJECT.match(a.text or ""):
            # "Police blamed the front. It denied the charge.": the pronoun was given the speaker
            # before; the armed group named after that speaker is who denies
            party = _party_before(a, parties)
            said = next((p for p in reversed(out) if p.name == a.name), None)
            if party is not None and said is not None and party[0] > said.start_char:
                a = dataclasses.replace(a, name=party[1], organization=None, kind="org")
        out.append(a)
    return out


#: A speaker of a group named by a definite reference: "a spokesman for the group", "the movement's
#: leader", "the militant group's spokesman" (the heads of ``GROUP_HEADS``, one describing word
#: allowed before them; the group is the armed group named last).
_GROUP_SPOKESMAN = re.compile(
    r"^(?:(?:the|a|an|one) (?:[\w-]+ ){0,2}(?:for|of) (?:the|this|that) (?:[\w-]+ )?(?P<a>[\w-]+)"
    r"|(?:the|this|that) (?:[\w-]+ )?(?P<b>[\w-]+)(?:'s|’s) (?:[\w-]+ ){0,2}[\w-]+)$",
    re.I,
)


def _group_spokesman(name: str | None) -> str | None:
    """The group head ("group", "movement") a speaker's description refers back to, if any."""
    m = _GROUP_SPOKESMAN.match(name or "")
    head = (m["a"] or m["b"]).lower() if m else None
    return head if head in GROUP_HEADS else None


#: An attribution whose subject is a pronoun ("It denied the charge", "They rejected ...").
_PRONOUN_SUBJECT = re.compile(r"^(?:it|they)\b", re.I)


#: Verbs by which "the group" speaks of an act as the party to it, denying or claiming it: the armed
#: group named last, never the source quoted before ("..., an officer said. The group claimed the
#: attack").
OWN_ACT_VERBS = frozenset({"denied", "claimed"})
#: Heads by which the text refers back to an armed group ("the group", "the movement").
GROUP_HEADS = frozenset(load_list("lexicons", "institutions.yaml", "group_heads"))
#: How many sentences back "the group" may look for the armed group it names.
GROUP_WINDOW_SENTENCES = 2


def _party_before(a: Any, parties: Sequence[tuple[int, int, str]]) -> tuple[int, str] | None:
    """(char, name) of the armed group named last before the attribution ``a``, within a few
    sentences."""
    before = [
        (char, name)
        for char, sent_i, name in parties
        if char < a.start_char and 0 <= a.sent_i - sent_i <= GROUP_WINDOW_SENTENCES
    ]
    return before[-1] if before else None


#: A definite reference ("the group", "this movement"); "a group monitoring the war" is new.
_DEFINITE = re.compile(r"^(?:the|that|this) ", re.I)


def _covers(attribution: Any, char: int, sent_i: int) -> bool:
    scope = getattr(attribution, "scope", None)
    if scope and scope[0] <= char < scope[1]:
        return True
    return getattr(attribution, "sent_i", None) == sent_i and not scope


def _person(doc: Doc, mention: Any) -> bool:
    """The mention is a person's name (a speaker or a leader, not an armed party)."""
    return any(e.label_ == "PERSON" for e in doc_ents(doc) if e.start <= mention.head_i < e.end)


#: Entity labels of the words that qualify an unspecific group as a people's ("Fulani gunmen").
QUALIFYING_LABELS = frozenset({"NORP", "GPE"})


def _qualified_text(mention: Any, doc: Doc) -> str:
    """The mention's text with the nationality or people that qualifies it right before it, where the
    mention left it out ("gunmen" in "Palestinian gunmen")."""
    head = doc[mention.head_i]
    start = mention.token_start
    while start > 0:
        prev = doc[start - 1]
        if prev.head.i != head.i or prev.dep_ not in ("amod", "compound", "nmod"):
            break
        if prev.ent_type_ not in QUALIFYING_LABELS:
            break
        start -= 1
    return mention.text if start == mention.token_start else span_text(doc, start, mention.token_end)


def _strip_article(text: str) -> str:
    """A phrase without its leading article ("the Palestinian gunmen" -> "Palestinian gunmen")."""
    first, _, rest = text.partition(" ")
    return rest if first.lower() in ("the", "a", "an") and rest else text


#: Actor types whose forces' operations their own unnamed military speakers tell
#: (``_own_operation_side``), and the armed foes such an operation is on.
OWN_OPERATION_TYPES = frozenset({"state_forces", "external_forces"})
ARMED_FOE_TYPES = frozenset({"rebel_group", "militia", "unknown"})


def _non_side_body(name: str | None, organization: str | None) -> bool:
    """The speaker is a body that watches the war for no side ("a Nigerian rights group", "the
    Colombian human rights commission"): a word of ``NON_SIDE_BODY_WORDS`` in its name or its
    organisation's, whatever nation those name."""
    words = {fold(w) for t in (name, organization) if t for w in t.split()}
    return not NON_SIDE_BODY_WORDS.isdisjoint(words)


def _unqualified_military(name: str | None) -> bool:
    """A military speaker named in common words only, with no state ("military officials", "army
    sources", "a military spokesman", "the military", and "security officials", whom news
    quote on their state's operations as they quote the army); "Israeli military officials"
    names its state."""
    words = (name or "").split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    folded = [fold(w) for w in words]
    return (
        bool(words)
        and all(w.islower() for w in words)
        and not (MILITARY_ORGAN_HEADS | SECURITY_SPEAKER_WORDS).isdisjoint(folded)
        and not countries_named(folded)
    )


def _bare_military(name: str) -> bool:
    """A state's military named without its state: "the military", "the army", "the armed forces",
    also by its capitalised title ("the Air Force", "the Army": ``_titled_organ``)."""
    return (bare_organ(name) or _titled_organ(name)) and not MILITARY_ORGAN_HEADS.isdisjoint(
        fold(name).split()
    )


def _titled_organ(name: str) -> bool:
    """A state's armed service named by its capitalised title alone ("the Air Force", "the Navy"):
    every word one of ``TITLED_ORGAN_WORDS``, at most two; "the Arakan Army" is a group's name."""
    words = fold(name).split()
    if words and words[0] == "the":
        words = words[1:]
    return 0 < len(words) <= 2 and all(w in TITLED_ORGAN_WORDS for w in words)


def _stateless_office(name: str) -> bool:
    """A state's military office named in full without its state ("the Directorate of Defence
    Media Operations", "the Ministry of Defence"): an office head word (``STATE_OFFICE_HEADS``),
    a word of the military (``MILITARY_ORGAN_HEADS``), and no country named."""
    words = fold(name).split()
    return (
        not STATE_OFFICE_HEADS.isdisjoint(words)
        and not MILITARY_ORGAN_HEADS.isdisjoint(words)
        and not countries_named(words)
    )


def _stateless_military(name: str) -> bool:
    """A military speaker no word of its own gives a state: a bare organ ("the army") or an
    office named in full without its country (``_stateless_office``)."""
    return _bare_military(name) or _stateless_office(name)


def _claims(q: Any, speaker: Any | None) -> list[Claim]:
    """The claims a quantity makes, in its speaker's name (None: the article's own voice).

    A range ("between 50 and 70 people", "600 to 800 men") is two figures, its ends: at least
    the one, up to the other.
    """
    source = speaker.name if speaker is not None else None
    if q.low is not None and q.high is not None and q.high > q.low and not q.vague:
        return [
            Claim(what=q.what, value=q.low, low=q.low, qualifier="at_least", source=source, text=q.text),
            Claim(what=q.what, value=q.high, high=q.high, qualifier="up_to", source=source, text=q.text),
        ]
    return [
        Claim(
            what=q.what,
            value=q.value,
            low=q.low,
            high=q.high,
            qualifier=q.qualifier,
            source=source,
            text=q.text,
        )
    ]


def _claimants_as_sources(d: Draft) -> None:
    """An event nobody is quoted on, but whose attacker claimed it ("the group claimed the raid,
    saying ..."), has that claimant for its source: the claim is its account of the event."""
    if d.sources:
        return
    for c, _ in d.claims:
        if c.what == "responsibility" and c.stance == "claims" and c.source and c.source == c.actor:
            if all(s.name != c.source for s in d.sources):
                d.sources.append(Source(name=c.source, verb="claimed", text=c.text))


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
#: Verbs of saying whose clause may tell the event, and the nouns that carry a statement: a day
#: on them, outside the event's clause, dates the saying ("bulletins on Monday showed that ...").
SAYING_CLAUSE_LEMMAS = load_words("lexicons", "reporting_verbs.yaml", "date_saying_clause_lemmas")
STATEMENT_NOUNS = load_words("lexicons", "reporting_verbs.yaml", "statement_nouns")
#: Verbs whose definite object is an event already told ("claimed the attack on Thursday"): a day
#: on that object dates the statement (``_dates_claimed_event``).
CLAIMED_EVENT_LEMMAS = load_words("lexicons", "reporting_verbs.yaml", "claimed_event_lemmas")
#: Nouns through which they take the event ("claimed responsibility for the attack").
RESPONSIBILITY_NOUNS = load_words("lexicons", "reporting_verbs.yaml", "responsibility_nouns")
#: A day on these dates when the event was shown, made public or mourned, not the event itself.
AFTERMATH_LEMMAS = load_words("lexicons", "time_expressions.yaml", "aftermath_lemmas")
#: Those of them that mark the aftermath as nouns too; the rest do only as verbs ("an army post").
AFTERMATH_NOUNS = load_words("lexicons", "time_expressions.yaml", "aftermath_nouns")
#: Those of them that make something public, and the records they may make public (images,
#: footage, a report): a record's release day bounds what it shows only from above.
RELEASE_LEMMAS = load_words("lexicons", "time_expressions.yaml", "release_lemmas")
RECORD_NOUNS = load_words("lexicons", "time_expressions.yaml", "record_nouns")
#: Days before a record's release that what it shows may have happened: a week, as NEWS_LAG_DAYS
#: for an undated lead against its publication.
RECORD_LAG_DAYS = 7
#: Days before a burial, a vigil or a statement's release that the event happened: one (as the
#: day of saying for "said on Sunday"); the release of a statement is news of the day before.
AFTERMATH_LAG_DAYS = 1
#: Added to a release or burial day's distance on top of REPORT_DATE_PENALTY: where a day a
#: source tells (inside "footage showed ... on Sunday") ties with the release day, it wins (set
#: to break ties only, below a tree edge's worth of difference that REPORT_DATE_PENALTY weighs).
AFTERMATH_DATE_PENALTY = 1
#: Nouns of a count of the dead: a day on the count's verb dates the count (``_counted_event``).
TOLL_NOUNS = load_words("lexicons", "time_expressions.yaml", "toll_nouns")
#: "since the siege began on Monday": a day in a clause these open starts a period.
PERIOD_START_MARKS = load_words("lexicons", "time_expressions.yaml", "period_start_marks")
#: "the worst carnage since the war began": a clause opened by "since" dates the event only when
#: the sentence names no other time ("... since the war began, on Friday").
SINCE_DATE_PENALTY = 100
#: An event may end this many days after publication (time zones; docs/codebook.md).
PUBLISHED_SLACK_DAYS = rank.PUBLISHED_SLACK_DAYS
#: An event named as the reason for another act ("arrested three men on Tuesday over a bombing
#: last month") is dated by a time of its own reason phrase; the day of the act it explains dates
#: it only when the phrase has none (as large as the "since" penalty: any own time wins).
REASON_OUTSIDE_DATE_PENALTY = 100
#: A publication stamp or dateline in the frame's sentence dates the event only when the
#: sentence names no other day (larger than any tree distance in a sentence).
STAMP_DATE_PENALTY = 1000


def _over_a_period(d: Draft, frame: Frame, published: dt.date | None) -> bool:
    """A past period with many events in it ("strikes began nearly two weeks ago") or a toll
    counted over a month or more ("in March alone, 142 people died"); one recent
    event dated only to a week or a month ("last week, gunmen attacked ...") stays an incident.
    History ("in late 2014") stays a period: told in passing, it must not take in the news
    sentences around it."""
    doc = frame.sent.doc
    plural = all(doc[t.head_i].tag_ in ("NNS", "NNPS") for t in frame.triggers)
    if plural and _toll_over_a_look_back(d, published):
        return True  # "raids on farms have claimed some 45 lives in 48 hours"
    if not date_is_period(d.date):
        return False
    if _is_background(d, published):
        return True
    if plural:
        return True  # "strikes", "raids", "clashes" over weeks: a campaign, not one event
    if d.date.precision == "month" and _deed_of_someone(frame):
        return False  # "the killing of four herders near X last month": one act, dated loosely
    return d.date.precision in ("month", "year") and any(c.what in CASUALTY_WHATS for c, _ in d.claims)


def _placed_in_reason(frame: Frame) -> bool:
    """A place is named inside the reason clause that recalls the frame's event ("arrested two
    men in X over an ambush near Y last week": Y, not X, is the ambush's own place)."""
    doc = frame.sent.doc
    regions = [r for t in frame.triggers if (r := recalled_region(doc, t.head_i)) is not None]
    return any(r[0] <= p.token_start < r[1] for p in frame.places for r in regions)


def _deed_of_someone(frame: Frame) -> bool:
    """The frame tells its act by a singular noun with the one it was done to after "of" ("the
    killing of four herders", "the bombing of a mosque", "the abduction of a priest").

    Why: a toll counted over a month ("in March alone, 142 people died") is the month's tally,
    but an act named with its victim or target is one act, whose month only dates it loosely; read
    as a tally, an incident recalled as the reason for another was never read at all."""
    doc = frame.sent.doc
    return any(
        (h := doc[t.head_i]).tag_ == "NN"
        and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children)
            for c in h.children
        )
        for t in frame.triggers
    )


#: A count with no attack word over a span the sentence states of at least this many days is a
#: tally of the span ("between the 3rd and 8th of May, hospitals received 140 bodies"); shorter,
#: it may be one event's (a clash "on Friday and Saturday", "overnight Sunday into Monday"), as
#: ONE_EVENT_MAX_DAYS has it for event nouns.
TALLY_SPAN_MIN_DAYS = 3
#: Words that open a span of days, and how far before a time expression one is looked for: a
#: span the parser reads only from its last day ("8th of May") is read again from its opening.
SPAN_OPENINGS = frozenset(load_yaml("lexicons", "tally_phrases.yaml")["span_openings"])
SPAN_OPENING_MAX_WORDS: int = load_yaml("lexicons", "tally_phrases.yaml")["span_opening_max_words"]
#: Singular nouns of one operation over days: the count over its span is its toll.
ONE_OPERATION_NOUNS = frozenset(load_yaml("lexicons", "tally_phrases.yaml")["one_operation_nouns"])


def _tally_over_stated_days(sent: Span, published: dt.date | None) -> bool:
    """The sentence of a loose figure (no attack word) states a span of several days: what was
    counted over it (bodies received, wounded treated, deaths recorded) is the span's tally, not
    the toll of the event told before it, which must not take it (``attach_loose_figures``)."""
    doc = sent.doc
    lemmas, tags, lows = doc_lemmas(doc), doc_tags(doc), doc_lowers(doc)
    if any(lemmas[k] in ONE_OPERATION_NOUNS and tags[k] == "NN" for k in range(sent.start, sent.end)):
        return False  # "killed during a sweep from 4 to 11 June": the sweep's toll
    for t in find_time_expressions(sent):
        if t.stamp:
            continue  # when the article was printed, not what was counted
        texts = [t.text]
        back = max(sent.start, t.token_start - SPAN_OPENING_MAX_WORDS)
        texts += [doc[i : t.token_end].text for i in range(back, t.token_start) if lows[i] in SPAN_OPENINGS]
        for text in texts:
            span = resolve_time(text, published)
            # a stated range of days ("between the 3rd and 8th", "in the five days to Sunday"); not
            # a calendar week or month ("last week"), which dates one event as often as it spans many
            if span.precision == "range" and span.start is not None and span.end is not None:
                if (span.end - span.start).days + 1 >= TALLY_SPAN_MIN_DAYS:
                    return True
    return False


#: Words that make an attack noun one act: "an attack", "a single strike" (tally_phrases.yaml).
ONE_ACT_WORDS = frozenset(load_yaml("lexicons", "tally_phrases.yaml")["one_act_words"])
#: Nouns of the people who act or fight ("gunmen", "militants"): a plural trigger among them names
#: the doers, not several acts (counted_nouns.yaml: doers and combatants).
_COUNTED = load_yaml("lexicons", "counted_nouns.yaml")
PEOPLE_WHO_ACT = frozenset(_COUNTED["doers"]) | frozenset(_COUNTED["victims"]["combatants"])


#: Longest span from a "since" day to publication still read as the day a place changed hands: a
#: held-since told of a weekday or a date; "since April" stays the period it is.
HELD_SINCE_MAX_DAYS = 14


def _held_since_days(frame: Frame, d: Draft, lexicon: TriggerLexicon) -> bool:
    """Is the frame a place held by a side since a day (``triggers.fired_at_hit``'s sibling
    ``_held_since``: "has been in the hands of the rebels since Thursday"), dated from that day?"""
    av = lexicon.argument_verbs
    held = av.held_verbs | av.holding_verbs
    if not any(t.key in held and t.event_type == "territory_change" for t in frame.triggers):
        return False
    start, end = d.date.start, d.date.end
    return start is not None and end is not None and (end - start).days <= HELD_SINCE_MAX_DAYS


def _one_act_noun(frame: Frame) -> bool:
    """The frame tells one act by a singular noun with "a", "an", "one" or "single" ("killed in an
    ambush on a convoy this week", "an air strike this week killed 11"), and no plural act.

    Why: a period that runs up to publication ("this week", "in the past few days") makes a
    tally of what it counts ("attacks this week killed 50", "fighting this week has killed 40"),
    but one attack told with an article is one incident the period only dates vaguely; read as a
    tally, a side's own report of the attack was never linked to the other side's."""
    doc = frame.sent.doc
    heads = [doc[t.head_i] for t in frame.triggers]
    if not heads or any(h.tag_ in ("NNS", "NNPS") and h.lemma_.lower() not in PEOPLE_WHO_ACT for h in heads):
        return False  # "attacks this week": several acts (but "gunmen" are the doers of one)
    return any(
        h.tag_ == "NN"
        and any(c.dep_ in ("det", "nummod", "amod") and c.lower_ in ONE_ACT_WORDS for c in h.children)
        for h in heads
    )


def _count_over_stated_days(frame: Frame, d: Draft, published: dt.date | None) -> bool:
    """A casualty count with no attack word ("hospitals received 270 dead and 800 wounded"),
    whose sentence states a span of several days: the span's tally, as for a loose figure."""
    doc = frame.sent.doc
    return (
        # an untyped word of attack ("the bombing of a mosque on May 2, which killed 15") is one
        all(doc[t.head_i].lemma_.lower() in KILL_LEMMAS for t in frame.triggers if not t.event_type)
        and not any(t.event_type for t in frame.triggers)
        and any(c.what in CASUALTY_WHATS for c, _ in d.claims)
        and _tally_over_stated_days(frame.sent, published)
    )


_TOLL_SCOPE = load_yaml("lexicons", "toll_scope.yaml")
#: Nouns of one place or of places ("district", "villages"), and the words that make one another
#: place than the one told before ("another neighbourhood", "a different district").
PLACE_NOUNS = frozenset(_TOLL_SCOPE["one_place"]) | frozenset(_TOLL_SCOPE["places"])
OTHER_PLACE_MARKERS = frozenset(_TOLL_SCOPE["other_place_markers"])


def _at_another_place(frame: Frame) -> bool:
    """The frame's sentence tells what happened at another place than the one told before
    ("rockets on another neighbourhood wounded 12", "in a different district, a grenade ..."):
    another event, whose figures must not join the event before it (merge keeps it apart)."""
    sent = frame.sent
    lows = doc_lowers(sent.doc)
    nouns = [k for k in range(sent.start, sent.end) if lows[k] in PLACE_NOUNS]
    if not nouns:  # most sentences: no place noun, no Token per word
        return False
    triggers = {t.head_i for t in frame.triggers}
    for tok in map(sent.doc.__getitem__, nouns):
        if any(c.dep_ in ("det", "amod") and c.lower_ in OTHER_PLACE_MARKERS for c in tok.children):
            # the place is where the frame's act happened: its object or subject, or in a phrase of
            # it ("raided another village", "rockets on another district"); not a place the
            # sentence names for something else ("allowed to leave two other towns")
            head = tok.head.head if tok.dep_ == "pobj" else tok.head
            if head.i in triggers or head.head.i in triggers and head.dep_ == "prep":
                return True
    return False


def _follows_up(d: Draft) -> bool:
    """Every casualty figure of the draft adds to a toll told before ("another eight died", "three
    more died in hospital") or gives it as it now stands ("bringing the toll to 15"), at least one
    adding: the sentence goes on with the event before it, it reports no new one."""
    tolls = [q for c, q in d.claims if c.what in CASUALTY_WHATS and isinstance(q, Quantity)]
    return (
        any(q.increment for q in tolls)
        and all(q.increment or q.running for q in tolls)
        and not any(q.aggregate for q in tolls)
    )


#: Determiners by which a noun points back at the event the text told just before ("that attack").
DEMONSTRATIVES_BACK = frozenset({"that", "those"})


def _past_time_pointed_back(frame: Frame, published: dt.date | None) -> DateSpan | None:
    """The time the sentence just before names, when the frame's event noun points back at it with
    "that" / "those" and that time lies more than rank.BACKGROUND_DAYS before publication (one
    time only): the event meant is the one of that time, told there even when no trigger there
    read it as one ("sarin gas was used in X in 2013")."""
    if published is None or frame.from_title:
        return None
    doc = frame.sent.doc
    if not any(
        c.dep_ == "det" and c.lower_ in DEMONSTRATIVES_BACK
        for t in frame.triggers
        for c in doc[t.head_i].children
    ):
        return None
    sents = doc_sents(doc)
    if frame.sent_i < 1 or frame.sent_i > len(sents):
        return None
    prev = sents[frame.sent_i - 1]
    spans = {
        (span.start, span.end): span
        for t in find_time_expressions(prev)
        if not t.stamp and (span := resolve_time(t.text, published)).start is not None
    }
    if len(spans) != 1:
        return None
    span = next(iter(spans.values()))
    end = span.end or span.start
    if end is None or (published - end).days <= rank.BACKGROUND_DAYS:
        return None
    return span


def _over_provinces(d: Draft) -> bool:
    """The event's own clause places it in two or more provinces, each named as a whole ("raids
    on X and Y provinces"): the schema's unit is one place, so this is a tally over an area."""
    if d.kind != "incident" or not d.own_place:
        return False
    if any(loc.precision not in ("admin1", "country") for loc in d.locations):
        return False  # a town named beside them is the scene; the provinces locate it
    provinces = [loc for loc in d.locations if loc.precision == "admin1" and loc.admin1]
    if len({loc.country for loc in provinces}) != 1:
        return False  # a name read as a province abroad is a misreading, not a second province
    return len({loc.admin1 for loc in provinces}) >= 2


def _tolls_over_a_period(d: Draft) -> bool:
    """Every casualty figure of the draft is counted over a period (numbers: "since 2023", "since
    the conflict began", "over the past year"): a tally, whatever date its sentence has."""
    tolls = [q for c, q in d.claims if c.what in CASUALTY_WHATS and isinstance(q, Quantity)]
    return bool(tolls) and all(q.aggregate for q in tolls)


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


def _in_reason(doc: Doc, t: Any, times: list[Any], region: tuple[int, int]) -> bool:
    """The time lies in the reason phrase ``region`` or is hung right after it ("over a bombing
    on a bar last month"): it dates the event the phrase names.

    Why: the parser often hangs such a time on the act's verb, level with the act's own day."""
    return region[0] <= t.token_start < region[1] or time_reason_region(doc, t, times) == region


def _frame_date(frame: Frame, published: dt.date | None) -> tuple[DateSpan, int | None, bool, bool]:
    """The time expression nearest the trigger in the tree, resolved (else unknown); its
    offset from the narrated day when it counts from it ("the next day": 1; else None);
    whether it is only a publication stamp (a date to fall back on, not the event's own);
    and whether it dates the saying ("..., an official said Wednesday"): the event happened
    that day or before it."""
    doc = frame.sent.doc
    anchor = _counted_event(frame, doc[frame.triggers[0].head_i])
    counted = counted_clause(anchor)
    if counted is not None and (got := _counted_date(frame, counted, published)) is not None:
        return got
    if not frame.times:
        return DateSpan(), None, False, False
    # an event told only by nouns ("the massacre", "an armed attack has left 28 dead") is dated by
    # the day it was said only when no sentence told with it names its own day
    nominal = not any(doc[t.head_i].pos_ == "VERB" for t in frame.triggers)
    best: DateSpan | None = None
    best_offset: int | None = None
    best_stamp = best_said = False
    best_dist = 10**6
    said_days: list[DateSpan] = []
    reason = recalled_region(doc, anchor.i)
    # a deed a court judges is never dated by the judgement ("sentenced on Monday for attacking X")
    judged = reason is not None and all(judged_deed(doc, t.head_i) for t in frame.triggers)
    for t in frame.times:
        span = resolve_time(t.text, published)
        offset = narrative_offset(t.text)
        if span.precision == "unknown" and offset is None:
            continue
        if _aside_time(frame, t, span):
            continue  # "veterans of the war (fought 1964-74) ambushed ...": background, not this event
        if _future(span, published):
            continue  # "talks resume next Wednesday", "by 2018": planned, not what happened
        head = doc[t.head_i] if getattr(t, "head_i", None) is not None else None
        if head is not None and span.start is not None and published and _starts_a_period(head, anchor):
            # "..., the first town taken since the offensive opened on Monday": that day or since
            span = DateSpan(start=span.start, end=published, precision="range", text=span.text)
        dist = tree_distance(anchor, head) if head is not None else 50
        said = (
            (
                head is not None
                and head.i != anchor.i
                and (head.lemma_ in REPORTING_LEMMAS or _dates_saying(head, anchor))
            )
            or _follows_saying(doc, t, anchor)
            or (head is not None and _dates_claimed_event(doc, t, head))
        )
        aftermath = _dates_aftermath(head) if head is not None and head.i != anchor.i else None
        if aftermath is not None and span.precision == "day":
            # "the funeral on Friday": that day or the day before; "footage released on Wednesday":
            # that day or the week before it (what it shows may be days old)
            lag = RECORD_LAG_DAYS if _releases_a_record(aftermath) else AFTERMATH_LAG_DAYS
            said = True
            span = DateSpan(
                start=span.start - dt.timedelta(days=lag), end=span.end, precision="range", text=span.text
            )
            dist += AFTERMATH_DATE_PENALTY
        if said:
            dist += REPORT_DATE_PENALTY  # "..., HRW said today": when it was said, not when it happened
            if span.precision == "day" and offset is None:
                said_days.append(span)
        if _since_clause(doc, t):
            dist += SINCE_DATE_PENALTY  # a comparison's or a period's start, not the event's day
        if reason is not None and not _in_reason(doc, t, frame.times, reason):
            if judged:
                continue
            dist += REASON_OUTSIDE_DATE_PENALTY  # the day of the act the event is the reason for
        if getattr(t, "stamp", False):
            dist += STAMP_DATE_PENALTY  # "Published 14:18, May 31": when it was printed, a last resort
        if dist < best_dist:
            best, best_offset, best_dist = span, offset, dist
            best_stamp = bool(getattr(t, "stamp", False)) or (said and nominal)
            best_said = said
    if best is not None and best_offset is not None and not best_said and len(said_days) == 1:
        # "the army said on Wednesday that militants ambushed a convoy the previous day": the day
        # counted from is the saying's, told in the same sentence, not publication nor an earlier one
        best, best_offset = shift_span(said_days[0], best_offset, best.text or "", published), None
    return best or DateSpan(), best_offset, best_stamp and best is not None, best_said and best is not None


def _counted_event(frame: Frame, anchor: Any) -> Any:
    """The event noun a toll noun counts the dead of ("the death toll from Monday's attack", "the
    tally of Friday's shelling"), when the frame's first word is that toll noun; else the anchor.

    Why: the toll's verb carries the day it was counted ("rose to 14 on Tuesday", "officials on
    Monday raised the toll"), which sits nearer the toll noun in the tree than the event's own
    day; measured from the event noun, the event's day wins."""
    toll = _toll_noun(anchor)
    if toll is None:
        return anchor
    doc = frame.sent.doc
    # the parser hangs "from the attack" on the toll or on the verb the toll is the object or
    # subject of ("raised the toll from Thursday's ambush to nine")
    hosts = {toll.i}
    if toll.dep_ in ("dobj", "nsubj", "nsubjpass"):
        hosts.add(toll.head.i)
    for t in frame.triggers[1:]:
        noun = doc[t.head_i]
        prep = noun.head
        if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i in hosts and prep.i > anchor.i:
            return noun
    return anchor


def _toll_noun(word: Any) -> Any | None:
    """The count noun ``word`` is ("the toll") or counts the dead of ("the number of dead"), or None."""
    if word.lemma_.lower() in TOLL_NOUNS:
        return word
    if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lemma_.lower() in TOLL_NOUNS:
        return word.head.head
    return None


def _counted_date(
    frame: Frame, counted: tuple[int, Any, Any, tuple[int, int]], published: dt.date | None
) -> tuple[DateSpan, int | None, bool, bool] | None:
    """The date of an event told in a clause counted from the main one ("the strike came two days
    after gunmen ambushed a convoy"): the main clause's own day shifted by the count, else the
    count as an offset from the day told last (the main clause restates it); None when the
    clause names a day of its own, which then dates it as usual, or when a noun alone names the
    counted event and the main clause has no day (the noun restates the event told last)."""
    days, main, clause, (c0, c1) = counted
    doc = frame.sent.doc
    inside = {t.i for t in clause.subtree}
    main_days: list[tuple[int, DateSpan]] = []
    # the main clause's day may sit in the sentence outside this frame's own words
    for t in find_time_expressions(frame.sent):
        if t.token_start < c1 and t.token_end > c0 or getattr(t, "stamp", False):
            continue
        head = doc[t.head_i]
        span = resolve_time(t.text, published)
        if head.i in inside:
            if span.precision != "unknown" or narrative_offset(t.text) is not None:
                return None
            continue
        if head.lemma_ in REPORTING_LEMMAS or _dates_saying(head, main) or span.precision != "day":
            continue
        main_days.append((tree_distance(main, head), span))
    text = doc[c0:c1].text
    if main_days:
        return shift_span(min(main_days, key=lambda x: x[0])[1], days, text, published), None, False, False
    if clause.dep_ == "pobj":
        # "Two days before the shelling, aid workers had asked for a truce": a noun names the event
        # told already, whose day the main clause is counted from, not the other way round
        return None
    return DateSpan(text=text), days, False, False


#: Auxiliaries of a clause that tells what is planned or expected, not what happened.
PLANNED_AUXES = frozenset({"to", "will", "would", "shall", "'ll"})


def _planned(doc: Doc, i: int) -> bool:
    """The word at ``i`` sits in a clause of a plan ("the meeting to be held on Monday", "talks
    will resume on Friday"): the nearest verb above it has an auxiliary of the future or an
    infinitive's "to"."""
    tok = doc[i]
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX"):
            return any(c.dep_ in ("aux", "auxpass") and c.lower_ in PLANNED_AUXES for c in tok.children)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


#: A bracketed time alone ("(1992-95)") longer than this many days is history told in passing;
#: a shorter one ("battles (Saturday) in X") restates the day of the words it follows.
ASIDE_MIN_DAYS = 31


def _aside_time(frame: Frame, t: Any, span: DateSpan) -> bool:
    """The time sits in brackets that hold none of the frame's triggers (and is no stamp): an
    aside on something else ("veterans of the war (fought 1964-74)", "the Kivu war (1998-2003)"),
    which does not date the event. Brackets holding only a day or a few ("clashes (Saturday)
    in X") say when the words before them happened and are kept."""
    if getattr(t, "stamp", False) or not hasattr(t, "start_char"):
        return False
    brackets = bracketed_aside(frame.sent, t)
    if brackets is None:
        return False
    doc = frame.sent.doc
    if any(brackets[0] <= doc[x.head_i].idx < brackets[1] for x in frame.triggers):
        return False
    inner = doc_text(doc)[brackets[0] + 1 : brackets[1] - 1].strip(" ,;.")
    if inner != t.text.strip(" ,;."):
        return True  # other words with the time: an aside
    short = span.start is not None and span.end is not None and (span.end - span.start).days <= ASIDE_MIN_DAYS
    return not short


def _dates_the_saying(doc: Doc, t: Any) -> bool:
    """The time dates a verb of saying, not what was said ("..., the group said today", "the army said
    on Tuesday that"): it comes right after that verb (the parser may hang any day of the sentence on
    it, so where it hangs tells nothing). Its day is when the news was
    given, never the day of the act the sentence tells (``_date_from_sentence_before``)."""
    start = getattr(t, "token_start", None)
    return bool(start) and doc[start - 1].lemma_ in REPORTING_LEMMAS


def _follows_saying(doc: Doc, t: Any, anchor: Any) -> bool:
    """The time comes right after a verb of saying and before the event's word ("the army said on
    Tuesday it had seized the town", "said Wednesday that"): it dates the saying, however the
    parser hangs it (often on the reported verb). Not a possessive ("reported Tuesday's raid")."""
    start, end = getattr(t, "token_start", None), getattr(t, "token_end", None)
    if start is None or end is None or start == 0 or end > anchor.i:
        return False
    if end < len(doc) and doc[end].tag_ == "POS":
        return False
    return doc[start - 1].lemma_ in REPORTING_LEMMAS


def _claimed_object(noun: Any) -> bool:
    """A definite event noun is what a verb of claiming, owning, judging or disowning speaks of
    ("the group claimed the killings", "the bombing was condemned", "claimed responsibility for the
    attack"): an event already told."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "for" and verb.head.lemma_.lower() in RESPONSIBILITY_NOUNS:
        if verb.head.dep_ not in ("dobj", "nsubjpass"):
            return False
        verb = verb.head.head  # "claimed responsibility for the attack"
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    if verb.lemma_.lower() not in CLAIMED_EVENT_LEMMAS:
        return False
    return any(
        c.dep_ in ("det", "poss") and c.lower_ in DEFINITE_DETS | POSSESSIVE_DETS for c in noun.children
    )


def _dates_claimed_event(doc: Doc, t: Any, noun: Any) -> bool:
    """The time, opened by a preposition, hangs on a definite event noun that is the object of a
    verb that claims, owns, judges or disowns it ("the group claimed the attack on Thursday,
    saying ...", "condemned the bombing on Tuesday"): the day is the statement's. "The attack" was
    told before with its own day; the parser only hangs the statement's day on the noun nearest
    it. An indefinite object ("claimed an attack on Thursday") tells a new event and keeps the day,
    and so does a possessive day ("claimed Thursday's attack")."""
    start = getattr(t, "token_start", None)
    if start is None or doc[start].dep_ != "prep" or doc[start].head.i != noun.i:
        return False
    return _claimed_object(noun)


def _dates_saying(head: Any, anchor: Any) -> bool:
    """The time hangs outside the event's clause, on the words that carry a statement: a verb of
    saying the event's clause hangs from, the time on it or on its subject ("dispatches from the
    front on Tuesday suggested that a convoy was ambushed"), or a verb with a statement for its
    subject or object ("the group issued a communique on Friday, insisting that it had routed a
    battalion"). The day is when it was said; the event came that day or before it."""
    if anchor.is_ancestor(head):
        return False
    tok = head
    while not tok.is_ancestor(anchor):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    if tok.lemma_ in SAYING_CLAUSE_LEMMAS or tok.lemma_ in CLAIMED_EVENT_LEMMAS:
        return True  # (or one that claims or judges an event: "condemned the bombing on Wednesday, saying")
    return any(c.dep_ in ("nsubj", "dobj") and c.lemma_.lower() in STATEMENT_NOUNS for c in tok.children)


def _dates_aftermath(head: Any) -> Any | None:
    """The word of showing, publishing or mourning (``AFTERMATH_LEMMAS``) the time hangs on, itself
    or as the subject, object or preposition's object of the verb it hangs on ("mourners gathered
    on Sunday", "crowds gathered on Sunday for the funeral"), or None: it dates the release or the
    burial, which came after the event, not the event, even inside the event's own clause
    ("according to footage released on Wednesday, the convoy was destroyed")."""
    for word in _time_hosts(head):
        if _aftermath_word(word):
            return word
        for c in word.children:
            words = [c] if c.dep_ in ("nsubj", "nsubjpass", "dobj") else []
            if c.dep_ == "prep":
                words = [g for g in c.children if g.dep_ == "pobj"]
            for w in words:
                if _aftermath_word(w):
                    return w
    return None


def _aftermath_word(word: Any) -> bool:
    """A word of showing, publishing or mourning (``AFTERMATH_LEMMAS``) in that sense: as a verb,
    or as one of the nouns that keep it (``AFTERMATH_NOUNS``: "the funeral"). "Gunmen attacked an
    army post on Wednesday" dates the attack: the noun "post" publishes nothing."""
    lemma = word.lemma_.lower()
    return lemma in AFTERMATH_LEMMAS and (word.pos_ in ("VERB", "AUX") or lemma in AFTERMATH_NOUNS)


def _time_hosts(head: Any) -> list[Any]:
    """The word a time hangs on and, when that word is a preposition's object, the word the
    preposition hangs on: "published in Friday's edition" dates the publishing, and the parser
    reads "posted on Friday show that ..." as "on [Friday show]", hanging the day on "show"."""
    hosts = [head]
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i != head.head.i:
        hosts.append(head.head.head)
    return hosts


def _releases_a_record(word: Any) -> bool:
    """``word`` makes a record public (``RELEASE_LEMMAS``, ``RECORD_NOUNS``): the noun it describes
    ("images published on Friday"), its subject ("footage emerged on Tuesday"), its object ("the
    army released a video on Monday"), or, as a noun, the record it names ("footage broadcast on
    Friday", "the release of the images"). What a record shows may be days older than its release;
    "rebels emerged in the village on Tuesday" or "released a statement" name no record."""
    if word.lemma_.lower() not in RELEASE_LEMMAS:
        return False
    things = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "compound")]
    things += [g for c in word.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if word.dep_ == "acl":
        things.append(word.head)
    return any(t.lemma_.lower() in RECORD_NOUNS for t in things)


def _since_clause(doc: Doc, t: Any) -> bool:
    """The time is a clause opened by "since" ("since the revolt broke out last spring"): the start of
    a period that the sentence measures its event against, not the event's span (which a phrase
    gives: "since 31 July")."""
    words = t.text.split(maxsplit=1)
    if not words or words[0].lower() not in PERIOD_START_MARKS:
        return False
    return any(tok.pos_ in ("VERB", "AUX") for tok in doc[t.token_start : t.token_end])


def _starts_a_period(head: Any, anchor: Any) -> bool:
    """The time sits in a clause opened by "since" that does not hold the trigger: it dates
    when a period began ("the first town taken since the offensive opened on Monday"),
    and the event the sentence reports came on that day or after it."""
    tok = head
    while tok.i != anchor.i:
        if any(c.dep_ == "mark" and c.lower_ in PERIOD_START_MARKS for c in tok.children):
            return anchor.i not in {t.i for t in tok.subtree}
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _future(span: DateSpan, published: dt.date | None) -> bool:
    """The span starts after publication (and its day of slack): it dates no event."""
    return bool(published and span.start and span.start > published + dt.timedelta(days=PUBLISHED_SLACK_DAYS))


#: A lead that names no day tells news of the days up to its stamp or publication: at most this
#: many days before it (a week: "last Tuesday" in a Monday paper).
NEWS_LAG_DAYS = 7


def _mark_news_days(drafts: list[Draft], published: dt.date | None) -> None:
    """Give each lead event told with no day of its own the week up to its stamp (or publication):
    a day named further down joins it only if it falls there ("the raid on Tuesday"), not an
    older event at the same place told as background ("on March 22 a strike west of the city
    ..."). A lead that refers back to an event ("the chemical attack") is left out: it may be
    weeks old."""
    for d in drafts:
        if not d.lead or d.from_title or d.anaphoric or d.date.start is not None:
            continue
        stamp = d.fallback_date.start if d.fallback_date is not None else None
        anchor = stamp or published
        if anchor is not None:
            d.news_days = DateSpan(
                start=anchor - dt.timedelta(days=NEWS_LAG_DAYS), end=anchor, precision="range"
            )
            d.news_until = anchor


def _told_days(
    eventless: list[tuple[int, list[Any]]], published: dt.date | None
) -> list[tuple[int, DateSpan]]:
    """(sentence, day) of the sentences that tell no event but name one day of their own ("a
    court sentenced 15 men on Monday."): the day a later "hours later" counts from.

    Why: such a sentence sets the story's day as much as an event's does; without it "hours
    later" counted from an older event or from publication."""
    out = []
    for sent_i, times in eventless:
        days = {
            (span.start, span.end)
            for t in times
            if narrative_offset(t.text) is None
            and not getattr(t, "stamp", False)
            and (span := resolve_time(t.text, published)).precision == "day"
        }
        if len(days) == 1:
            start, end = days.pop()
            out.append((sent_i, DateSpan(start=start, end=end, precision="day")))
    return out


def _resolve_narrated_dates(
    drafts: list[Draft], published: dt.date | None, days: Sequence[tuple[int, DateSpan]] = ()
) -> None:
    """ "the next day", "later that day", "two days earlier": counted from the day the text
    told last (the nearest earlier sentence's own day, an event's or, from ``days``, that of a
    sentence telling none), not from publication; without one the backward ones keep their
    reading against publication and the others stay unknown."""
    told: list[tuple[int, DateSpan]] = list(days)
    for d in sorted(drafts, key=lambda x: x.sent_i):
        if d.from_title:
            continue
        if d.narrated_offset is not None:
            anchors = sorted((x for x in told if x[0] < d.sent_i), key=lambda x: x[0])
            if anchors:
                d.date = shift_span(anchors[-1][1], d.narrated_offset, d.date.text or "", published)
        if d.date.start is not None and d.date.precision in ("day", "range"):
            told.append((d.sent_i, d.date))


#: Trigger words that tell of killing or an attack without saying how (no strike, shell or blast):
#: "targeted the villagers", "a death toll of 60" say no more of the means than "attacked".
PLAIN_VIOLENCE = KILL_LEMMAS | {
    "attack",
    "shoot",
    "shooting",
    "gunfire",
    "fire",
    FIRED_AT_KEY,
    "opened fire",
    "open fire",
    "target",
    "death toll",
}


#: Verbs of taking ground ("overran", "seized"): untyped when what they take is no territory
#: ("overran an army post"), they still tell of a fight for it.
TAKING_LEMMAS = frozenset(
    k for k, (etype, _s) in TriggerLexicon.default().lemmas.items() if etype == "territory_change"
)


#: Words of a raid: from the air only with an aerial word (``triggers.yaml`` ground_raid_lemmas).
GROUND_RAIDS = load_words("lexicons", "triggers.yaml", "ground_raid_lemmas")
#: Verbs of finding the dead (``triggers.yaml`` discovery_verbs): a trigger only with a body as object.
FINDING_VERBS = load_words("lexicons", "triggers.yaml", "discovery_verbs")
#: Words of armed men going into a place (``triggers.yaml`` raid_entry_lemmas).
RAID_ENTRY = load_words("lexicons", "triggers.yaml", "raid_entry_lemmas")
#: Words of an assault that tell no killing or firing (``triggers.yaml`` assault_lemmas).
ASSAULT_LEMMAS = load_words("lexicons", "triggers.yaml", "assault_lemmas")

#: Attackers on foot with guns ("armed men", "masked men"): what they kill, no weapon named, they
#: kill on the ground (``triggers.yaml`` ground_attackers).
GROUND_ATTACKERS = load_words("lexicons", "triggers.yaml", "ground_attackers")


#: Who kill civilians in "violence against civilians" when no weapon is named: armed groups,
#: and state forces firing on a crowd (ACLED codes both as an attack on civilians).
ARMED_GROUPS = frozenset({"rebel_group", "militia", "state_forces", "external_forces"})


def _fill_types(drafts: list[Draft]) -> None:
    """Types for untyped drafts (only "killed", "attack"): a headline takes its lead's; civilians
    killed by an armed group with no weapon named is violence against civilians (ACLED: killed by
    armed men, no clash, no explosion); a raid no aerial word types is on the ground unless the
    article tells of air strikes; any other takes the article's dominant type."""
    typed = Counter(d.event_type for d in drafts if d.event_type)
    title_types = [d.event_type for d in drafts if d.from_title and d.event_type]
    fallback = title_types[0] if title_types else (typed.most_common(1)[0][0] if typed else None)
    for d in drafts:
        if d.event_type is None:
            lead_type = next(
                (
                    x.event_type
                    for x in sorted(drafts, key=lambda x: x.sent_i)
                    if x.lead and x.event_type and _same_day(x, d)
                ),
                None,
            )
            civilians = any(t.type == "civilians" for t in d.targets)
            armed = any(a.type in ARMED_GROUPS or a.name == "Unidentified armed group" for a in d.initiators)
            plain = not d.weapon_classes and not d.tally
            if d.from_title and lead_type:
                d.event_type = lead_type
            elif d.fought_back:
                # "attacked a checkpoint, killing four, and lost nine men when police returned fire"
                d.event_type = "armed_clash"
            elif d.aside and _harms_only_civilians(d):
                # an event told in passing ("in revenge for the killing of four herders near X last
                # week") is another act than the article's: its own victims type it, whoever did it
                d.event_type = "attack_on_civilians"
            elif civilians and armed and plain and _violence_keys(d) <= PLAIN_VIOLENCE | _raid_words(d):
                d.event_type = "attack_on_civilians"
            elif _fight_between_forces(d) or (fallback != "air_strike" and _assault_on_forces(d)):
                d.event_type = "armed_clash"
            elif plain and _assault_on_armed(d):
                # "claimed his men killed 20 soldiers in an attack on a post": the article's
                # shelling or air strike does not type an assault whose patients were armed
                d.event_type = "armed_clash"
            elif plain and _fire_on_unarmed(d):
                # "a patrol fired on a crowd, killing two people": the article's battles or
                # strikes do not type shooting whose patients were all unarmed
                d.event_type = "attack_on_civilians"
            elif plain and _by_ground_attackers(d):
                d.event_type = "attack_on_civilians"
            elif plain and _remains_of_civilians(d):
                d.event_type = "attack_on_civilians"
            elif _property_destroyed(d):
                d.event_type = "other"
            elif plain and d.trigger_keys & GROUND_RAIDS and fallback != "air_strike":
                # a raid no aerial word makes an air raid, in an article of no air strikes, is on
                # the ground: on civilians by armed men an attack on them, else a fight
                on_civilians = civilians and armed and _violence_keys(d) <= PLAIN_VIOLENCE | GROUND_RAIDS
                d.event_type = "attack_on_civilians" if on_civilians else "armed_clash"
            elif d.aside:
                # nor does the headline's or the article's type tell what it was
                d.event_type = _lethal_type(d)
            else:
                d.event_type = (
                    title_types[0]
                    if title_types
                    else _same_day_type(d, drafts) or fallback or _lethal_type(d)
                )
            d.filled_type = True


def _lethal_type(d: Draft) -> str:
    """The type of an untyped event that nothing else in the article types, by whom it harmed:
    ACLED keeps "other" for violence that is neither a battle nor an attack on civilians, so a
    killing or an attack on people is one of them. Unarmed victims (or none armed, the doers
    armed men: "herdsmen attacked farmers tending their fields, killing nine") make an attack on
    civilians; armed victims of armed doers a battle; civilians killed in an attack whose doers
    are untold an attack on them; with doers told and none armed (rioters, a mob) it stays
    "other"."""
    if not HARM_TO_PEOPLE & _violence_keys(d):
        return "other"
    targets = {t.type for t in d.targets}
    armed = any(a.type in ARMED_GROUPS or a.name == "Unidentified armed group" for a in d.initiators)
    if armed:
        return (
            "armed_clash"
            if targets & FIGHTING_TYPES and "civilians" not in targets
            else "attack_on_civilians"
        )
    if not d.initiators and "civilians" in targets and _violence_keys(d) & ASSAULT_LEMMAS:
        return "attack_on_civilians"  # "14 people were killed during the attack", its doers untold
    return "other"  # "rioters torched a station after a student died": no armed doers, no attack


def _harms_only_civilians(d: Draft) -> bool:
    """The draft tells civilians killed or wounded and no armed men among its victims ("the killing
    of four herders", "a raid that killed three farmers"): as ACLED codes a deed on civilians
    outside a fight, an attack on them, whoever did it."""
    counted = {getattr(q, "victims", None) for c, q in d.claims if c.what in CASUALTY_WHATS}
    fighters = "combatants" in counted or any(t.type in FIGHTING_TYPES for t in d.targets)
    civilians = "civilians" in counted or any(t.type == "civilians" for t in d.targets)
    return civilians and not fighters and bool(HARM_TO_PEOPLE & _violence_keys(d))


def _remains_of_civilians(d: Draft) -> bool:
    """The draft tells only the dead found ("police found the bodies of seven men", "the bodies of
    12 villagers were discovered"), none of them armed forces: ACLED codes a killing of civilians
    known by its bodies as an attack on civilians (dated by the finding when the killing's day is
    untold), whoever did it; never the article's dominant type."""
    keys = _violence_keys(d)
    if not keys & FINDING_VERBS or not keys <= FINDING_VERBS | PLAIN_VIOLENCE:
        return False
    counted = {getattr(q, "victims", None) for _c, q in d.claims}
    if "combatants" in counted or any(t.type in FIGHTING_TYPES for t in d.targets):
        return False  # "the bodies of four soldiers": the dead of a fight
    return "civilians" in counted or any(t.type == "civilians" for t in d.targets)


def _raid_words(d: Draft) -> set[str]:
    """The draft's words of armed men going into a place ("stormed", "entered", "raided"), when it
    also tells people killed, shot or wounded there: such a raid is typed by what it did to its
    victims ("rebels entered the village, looting a clinic and killing a teacher"); a raid that
    hurt nobody is not an attack on them."""
    entry = d.trigger_keys & RAID_ENTRY
    return entry if entry and d.trigger_keys & (PLAIN_VIOLENCE - ASSAULT_LEMMAS) else set()


def _same_day(x: Draft, d: Draft) -> bool:
    """The two drafts may tell one day's events: neither's day is known, or both are the same."""
    return d.date.start is None or x.date.start in (None, d.date.start)


def _same_day_type(d: Draft, drafts: list[Draft]) -> str | None:
    """The commonest type of the article's typed events of the draft's own day (or of no day
    told yet), or None.

    Why: an untyped lead ("five were killed after the convoy was attacked") is one of that day's
    events, not of the group's deed of last week that a relative clause recalls ("the group,
    which hijacked a train last week"); the article's commonest type over all days can be that."""
    same = Counter(x.event_type for x in drafts if x is not d and x.event_type and _same_day(x, d))
    return same.most_common(1)[0][0] if same else None


def _violence_keys(d: Draft) -> set[str]:
    """The draft's trigger keys but those of harm to property: houses burnt in a raid that killed
    people leave the killing what it was."""
    return d.trigger_keys - PROPERTY_HARM


def _assault_on_armed(d: Draft) -> bool:
    """An attack no weapon types, told by words of assault and killing alone, whose patients (the
    post, patrol or convoy it fell on, the people its tolls count) are all of an armed side and
    none of its targets unarmed: a fight at the post (ACLED's battle), whoever the attackers."""
    if d.patients != {ARMED} or any(t.type == "civilians" for t in d.targets):
        return False
    keys = _violence_keys(d)
    return bool(keys & ASSAULT_LEMMAS) and keys <= ASSAULT_LEMMAS | PLAIN_VIOLENCE | TAKING_LEMMAS


def _fire_on_unarmed(d: Draft) -> bool:
    """An untyped deed told by words of shooting (with assault or killing), whose patients (what
    the fire or assault fell on, the people its tolls count: ``precedence.patient_kind``) are all
    unarmed and whose targets name no armed side ("a patrol fired on a crowd outside the council
    building, killing two people"): ACLED's attack on civilians, whoever fired.

    Why: such a deed, left untyped by a verb the trigger table does not type alone ("fired on"),
    took the article's dominant type, a battle in an article of fighting."""
    if d.patients != {CIVILIAN} or any(t.type in FIGHTING_TYPES for t in d.targets):
        return False
    keys = _violence_keys(d)
    # shooting, not an assault alone: units that "attacked the villages" may have fought for them
    return bool(keys & SHOOTING_KEYS) and keys <= SHOOTING_KEYS | ASSAULT_LEMMAS | PLAIN_VIOLENCE


def _by_ground_attackers(d: Draft) -> bool:
    """A killing or attack done by attackers on foot with guns ("killed by masked armed men"), with
    no armed forces among its victims: an attack on civilians, never the article's dominant type
    (an air strike, a shelling) that the attackers could not have carried out."""
    if not d.initiators or not _violence_keys(d) <= PLAIN_VIOLENCE:
        return False
    if any(t.type in FIGHTING_TYPES for t in d.targets):
        return False
    return all(a.name.lower() in GROUND_ATTACKERS for a in d.initiators)


#: Weapon classes that type no event of their own (``weapons.CLASS_TYPE``): guns.
GUN_CLASSES = frozenset(cls for cls, etype in CLASS_TYPE.items() if etype is None)


def _fight_between_forces(d: Draft) -> bool:
    """Killing or an attack, with no weapon named, whose victims are all armed forces (soldiers,
    police, their posts, fighters) and whose named attacker is armed too: ACLED's battle
    ("soldiers killed 12 fighters", "gunmen stormed a police post"), not the article's
    dominant type (a car bomb, an air strike) that would otherwise fill it."""
    if (
        not d.targets
        or d.weapon_classes - GUN_CLASSES
        or d.tally
        or not _violence_keys(d) <= PLAIN_VIOLENCE | TAKING_LEMMAS | GROUND_RAIDS
    ):
        return False  # guns fired at forces leave it a fight ("stormed the post with rifles")
    if any(t.type not in FIGHTING_TYPES and t.name != UNIDENTIFIED for t in d.targets):
        return False  # "gunmen" killed by soldiers are armed, though nobody says whose
    # an attacker must be named: "five fighters were killed near X" in a report of air strikes
    # is one of those strikes. A party that claims the act names itself ("the army said it killed
    # 40 militants": a state counting its enemies killed), though its words make no initiator yet.
    if not d.initiators:
        return any(c.what == "responsibility" and c.stance == "claims" for c, _ in d.claims)
    return all(a.type in ARMED_GROUPS or a.type == "unknown" for a in d.initiators)


def _assault_on_forces(d: Draft) -> bool:
    """An assault on armed forces alone (their posts, bases, troops) told by words of assault only,
    no firing, no weapon and no attacker named ("attacks on a police post in X and an army base in
    Y"), with the dead it left or none ("two gendarmes died when their convoy was attacked"): a
    fight at the post, not the dominant type of an article led by a car bomb.
    (In an article of air strikes the caller leaves it that: "pilots attacking the militants".)"""
    if not d.targets or d.initiators or d.weapon_classes or d.tally:
        return False
    if any(t.type not in FIGHTING_TYPES for t in d.targets):
        return False
    keys = _violence_keys(d)
    if keys & ASSAULT_LEMMAS and keys <= ASSAULT_LEMMAS | TAKING_LEMMAS | KILL_LEMMAS:
        return True  # "two gendarmes died when their convoy was attacked": the assault's dead
    return keys <= ASSAULT_LEMMAS | TAKING_LEMMAS


def _split_killing_from_abduction(drafts: list[Draft]) -> list[Draft]:
    """Raiders who kill some and carry off others commit two acts, as ACLED and our annotators
    code them: an attack on civilians with the toll, and an abduction ("killing eight and
    abducting many more"). An abduction with a death toll and no armed forces among its victims
    (a fight in which soldiers are taken is no massacre) gives the killing an event of its own,
    put before the abduction: the most violent act of the raid leads (ACLED's main event)."""
    out: list[Draft] = []
    for d in drafts:
        out.append(d)
        if d.event_type != "abduction" or d.kind != "incident" or d.tally:
            continue
        casualties = [(c, q) for c, q in d.claims if c.what in CASUALTY_WHATS]
        if not any(c.what == "killed" and c.value > 0 for c, _ in casualties):
            continue
        if any(t.type in FIGHTING_TYPES for t in d.targets) and not any(
            t.type == "civilians" for t in d.targets
        ):
            continue
        killing = dataclasses.replace(
            d,
            event_type="attack_on_civilians",
            claims=[(c, q) for c, q in d.claims if c.what != "abducted"],
            locations=list(d.locations),
            initiators=list(d.initiators),
            targets=list(d.targets),
            weapons=list(d.weapons),
            sources=list(d.sources),
            evidence=list(d.evidence),
            weapon_classes=set(d.weapon_classes),
            trigger_keys=set(d.trigger_keys),
            filled_type=False,
        )
        d.claims = [(c, q) for c, q in d.claims if c.what not in CASUALTY_WHATS]
        # the killing goes first: of one raid's acts, the most violent leads (ACLED codes it)
        out.insert(len(out) - 1, killing)
    return out


#: Words of wrecking property; with no one hurt, no weapon named and no armed target, what
#: they tell is ACLED's property destruction ("other"), not an attack on people.
WRECKING_KEYS = frozenset({"destroy", "torch", "arson"})


def _property_destroyed(d: Draft) -> bool:
    """Buildings destroyed, torched or vandalised with no casualty, no weapon and no armed target:
    "the insurgents destroyed the health centre and attacked a school"."""
    if d.weapon_classes or d.tally or not d.trigger_keys & WRECKING_KEYS:
        return False
    if not d.trigger_keys <= PLAIN_VIOLENCE | WRECKING_KEYS | {"raid"}:
        return False
    if any(c.what in CASUALTY_WHATS and c.value for c, _ in d.claims):
        return False
    return not any(t.type in FIGHTING_TYPES or t.type == "civilians" for t in d.targets)


#: An undated draft takes the date of a dated one at most this many sentences
#: before it: a follow-up sentence rarely repeats the day ("On Monday, jets hit
#: X. The strikes killed 12."). Set from dev-set errors.
DATE_CARRY_SENTENCES = 3


#: Characters at the top of an article that make its headline, dateline and lead paragraph.
LEAD_CHARS = 400


#: Plural settlement nouns and the prepositions that spread an event over them ("in villages").
SPREAD_AREAS = load_words("lexicons", "place_words.yaml", "spread_area_nouns")
SPREAD_PREPS = load_words("lexicons", "place_words.yaml", "spread_preps")
AREA_WIDE_PREPS = load_words("lexicons", "place_words.yaml", "area_wide_preps")
#: Incidents at other places the body must tell within a lead's days for the lead to sum them up.
SUMMED_INCIDENTS = 2


def _property_raid(frame: Frame, what: str) -> bool:
    """The count is of buildings an attack on property destroyed ("torched dozens of homes",
    "demolished 20 houses"): one raid's damage, not a campaign's tally of targets hit.

    Why: a count of facilities destroyed marks a tally of strikes ("destroyed 53 targets"), but
    houses burned or razed in one village are one incident (ACLED: looting/property destruction)."""
    keys = {t.key or frame.sent.doc[t.head_i].lemma_.lower() for t in frame.triggers}
    return what == "facilities_destroyed" and bool(keys) and keys <= PROPERTY_HARM


def _size_of_one_attack(d: Draft, what: str) -> bool:
    """The count is of things one attack at one place used or wrecked ("fired dozens of rockets
    at the town", "burned two hundred houses in the village"): the attack's size, not a tally.

    Why: counts of strikes, sorties or targets hit count events, but a count of munitions or
    buildings says how big an attack was. It makes a campaign's tally only where the
    sentence puts it at no town or district, or spreads it over several places ("fired 90
    missiles across the country") or provinces."""
    if what not in SIZE_WHATS or d.spread:
        return False
    provinces = {loc.admin1 for loc in d.locations if loc.admin1}
    return len(provinces) <= 1 and any(loc.precision in FINE_PRECISIONS for loc in d.locations)


def _one_days_barrage(d: Draft, frame: Frame, what: str) -> bool:
    """The count is of munitions fired at one region on one stated day or night ("fired 40
    rockets at northern Israel on Monday", "launched 30 drones at the Odesa region overnight"):
    one barrage, one incident, even when the region is too coarse for ``_size_of_one_attack``.

    Why: a tally is many events over a period; a barrage is one act whose size is counted in
    shells. A count without its own day ("has fired 9,000 rockets"), spread over several
    provinces or across an area ("fired 120 missiles across Ukraine") stays a tally."""
    if what != "munitions" or d.spread or not frame.times:
        return False
    sent = frame.sent
    if any(t.dep_ == "prep" and t.lower_ in AREA_WIDE_PREPS for t in sent):
        return False
    start, end = d.date.start, d.date.end
    if start is None or end is None or (end - start).days > BARRAGE_MAX_DAYS:
        return False
    return len({loc.admin1 for loc in d.locations if loc.admin1}) <= 1


def _spread(sent: Span) -> bool:
    """The sentence puts its event over several places: "in villages around X", "across towns"."""
    lows, deps, heads = doc_lowers(sent.doc), doc_deps(sent.doc), doc_heads(sent.doc)
    if SPREAD_AREAS.isdisjoint(lows[sent.start : sent.end]):
        return False  # (most sentences: tested at C speed before the walk below)
    return any(
        lows[i] in SPREAD_AREAS and deps[i] == "pobj" and lows[heads[i]] in SPREAD_PREPS
        for i in range(sent.start, sent.end)
    )


def _summaries(drafts: list[Draft]) -> None:
    """A lead told in the plural over several days ("gunmen attacked people in hamlets near X
    at the weekend", "attacks killed 40 people over three days") that the body takes apart into
    incidents at other places within those days sums them up: it is their aggregate, and its
    figures are the period's, not one incident's."""
    for d in drafts:
        if d.kind != "incident" or not d.lead or not (d.plural or d.spread) or d.date.start is None:
            continue
        start, end = d.date.start, d.date.end or d.date.start
        if end <= start:
            continue  # one day: one incident, however many places it names
        places = {
            frozenset(x.place_keys())
            for x in drafts
            if x.kind == "incident"
            and x.sent_i > d.sent_i
            and x.own_place
            and x.place_keys()
            and not (x.place_keys() & d.place_keys())
            and x.date.start is not None
            and x.date.start <= end
            and start <= (x.date.end or x.date.start)
        }
        if len(places) >= SUMMED_INCIDENTS:
            d.kind = "aggregate"
            d.claims = [
                (c, dataclasses.replace(q, aggregate=True) if isinstance(q, Quantity) else q)
                for c, q in d.claims
            ]


def _date_by_occurrence(
    drafts: list[Draft], occurred: list[tuple[int, TimeExpression]], published: dt.date | None
) -> None:
    """A sentence that says when an event already told happened ("The shelling, which happened
    on Friday, ...") dates the incident told last at or before it, when nothing better dates that
    one: no day, the day a source spoke of it, a day carried over from another sentence, or a
    wider period the day lies in."""
    for sent_i, t in occurrence_times_resolved(occurred, published):
        told = [
            d for d in drafts if d.kind == "incident" and not d.weak and d.evidence and d.sent_i <= sent_i
        ]
        if not told:
            continue
        covering = [d for d in told if d.last >= sent_i]
        last = max(d.last for d in told)
        for d in covering or [d for d in told if d.last == last]:
            if _dated_by_occurrence(d.date, t, d.said_date or d.date_carried):
                d.date, d.said_date, d.date_carried = t, False, False


def _place_by_occurrence(drafts: list[Draft], occurred_at: list[tuple[int, Location]]) -> None:
    """A sentence that says where an event already told happened ("The incident took place in a
    forest near X", "the raid happened near the village of Y") places the incident told last at or
    before it (as ``_date_by_occurrence`` dates it): its place comes first, beside the wider
    places the event had. Only events told in an earlier sentence take it: the sentence's own
    event words ("the first attacks occurred in X") carry the place in their own frame already,
    and a sentence without any ("incident" is no event word) had its place lost. An event placed in another
    province is not the one it tells of ("a blast in X. In the capital, mortar fire struck Y. The
    blast took place in X's old city"): the place refines where an event happened, never moves it."""
    for sent_i, loc in occurred_at:
        told = [
            d
            for d in drafts
            if d.kind == "incident"
            and not d.weak
            and d.evidence
            and d.sent_i < sent_i
            and (not loc.admin1 or not d.admin1_keys() or place_key(loc.admin1) in d.admin1_keys())
        ]
        if not told:
            continue
        covering = [d for d in told if d.last >= sent_i]
        last = max(d.last for d in told)
        for d in covering or [d for d in told if d.last == last]:
            if any(place_key(o.name) == place_key(loc.name) for o in d.locations):
                continue
            d.locations = order_locations([loc.model_copy(), *d.locations])
            d.own_place = True


def _occurrence_site(doc: Doc, m: Any) -> bool:
    """A place mention in the clause of a verb of occurrence about an event already told ("the
    incident took place near X"), named as a place (not a dateline, a venue or a country)."""
    place = getattr(m, "place", None)
    return (
        getattr(m, "role", "place") == "place"
        and not m.dateline
        and (place is None or place.kind != "country")
        and m.preposition != "from"
        and in_occurrence_clause(doc[m.token_start])
    )


def occurrence_times_resolved(
    occurred: list[tuple[int, TimeExpression]], published: dt.date | None
) -> list[tuple[int, DateSpan]]:
    """The resolved spans of occurrence times, in text order, leaving out what names no day or
    lies after publication."""
    out = []
    for sent_i, t in occurred:
        span = resolve_time(t.text, published)
        if span.start is not None and not _future(span, published):
            out.append((sent_i, span))
    return out


def _dated_by_occurrence(have: DateSpan, own: DateSpan, loose: bool) -> bool:
    """Whether an event's day ``have`` gives way to the day its occurrence clause names: it has
    none, or only a loose one (said, carried) that the occurrence does not follow, or a period
    the occurrence lies in."""
    if have.start is None:
        return True
    have_end, own_end = have.end or have.start, own.end or own.start
    if loose:
        return own_end is not None and own_end <= have_end
    return have.precision != "day" and have.start <= own.start and own_end <= have_end and own != have


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
            # not a period told as back-story ("last week, shelling hit the same market")
            lead = next(
                (x for x in dated if x.sent_i <= DATE_CARRY_SENTENCES and not news_and_older_period(d, x)),
                None,
            )
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
        # more of one place's event happened on its day: a town's earlier dated event in the
        # window dates it before another town's told in between ("troops battled in X on
        # Friday" ... "the drive on Y began Monday" ... "the main street of X was retaken")
        here = [x for x in close if d.place_keys() & x.place_keys()]
        # the report's time frame goes on until a new one is named
        source = (here or close or precise or prev or earlier or [None])[-1]
        if source is not None:
            d.date, d.date_carried = _carried(source, d, published), True
        elif published and d.present_tense and (d.from_title or d.lead):
            # a headline or lead in the present tense ("missile strike kills 20") reports
            # the news of the day: its tense is the time expression that governs it
            d.date = DateSpan(
                start=published, end=published, precision="day", text="(present-tense headline)"
            )


def _predicated(frame: Frame) -> bool:
    """A trigger of the frame is a verb of its clause ("were hit"), not a describing participle
    ("a destroyed house") or a bare noun."""
    doc = frame.sent.doc
    return any(
        doc[t.head_i].pos_ == "VERB" and doc[t.head_i].dep_ not in ("amod", "compound")
        for t in frame.triggers
    )


#: Plural units of time that, before "of", spread an event noun over a period.
PERIOD_NOUNS = frozenset({"days", "weeks", "months", "years", "decades", "hours"})


def _over_periods(frame: Frame) -> bool:
    """Every event noun of the frame is counted in units of time: "months of air strikes",
    "after weeks of fighting", "years of war"."""
    doc = frame.sent.doc
    nouns = [doc[t.head_i] for t in frame.triggers if doc[t.head_i].pos_ in ("NOUN", "PROPN")]
    if not nouns or len(nouns) < len(frame.triggers):
        return False

    def counted(n: Any) -> bool:
        head = n.head
        return n.dep_ == "pobj" and head.lower_ == "of" and _long_period(head.head)

    return all(counted(n) or (n.dep_ == "conj" and counted(n.head)) for n in nouns)


#: "two days of fighting" is one battle, as ACLED codes a clash that runs over a night or two;
#: longer, or uncounted ("days of fighting"), it is a campaign. Hours are always one event.
ONE_EVENT_MAX_DAYS = 3


def _long_period(noun: Any) -> bool:
    """A unit of time, before "of", that spreads the event over a campaign: "months of air strikes",
    "weeks of fighting", "days of shelling"; not "hours of fighting", "two days of fighting"."""
    word = noun.lower_
    if word not in PERIOD_NOUNS or word == "hours":
        return False
    if word != "days":
        return True
    for c in noun.children:
        if c.dep_ == "nummod":
            n = parse_number(c.text)
            if n is not None and not n.vague and n.value <= ONE_EVENT_MAX_DAYS:
                return False
    return True


def _running_toll(frame: Frame, campaign_nouns: frozenset[str]) -> bool:
    """A war's or a campaign's toll so far: a verb of killing in the perfect whose subject is a
    campaign noun ("the insurgency has killed over 1,400", "the strikes have killed 40")."""
    doc = frame.sent.doc
    for t in frame.triggers:
        verb = doc[t.head_i]
        if verb.lemma_.lower() not in KILL_LEMMAS or verb.pos_ != "VERB":
            continue
        perfect = any(
            c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children
        )
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        if perfect and any(
            s.lemma_.lower() in campaign_nouns or s.lower_ in campaign_nouns for s in subjects
        ):
            return True
    return False


#: Triggers of shooting: at civilians an attack on them, at armed men a battle.
SHOOTING_KEYS = frozenset(
    {"opened fire", "shoot", "shooting", "gunman", "sniper fire", "shot dead", "gunned down", FIRED_AT_KEY}
)
#: Actor types that fight back.
FIGHTING_TYPES = frozenset({"state_forces", "rebel_group", "militia", "external_forces"})


#: Words of killing that tell no fight even when the dead were armed: captives put to death.
PUT_TO_DEATH = frozenset({"execute", "execution", "hang", "behead", "lynch"})


def _fire_on_forces(drafts: list[Draft]) -> None:
    """An attack on civilians told only by shooting, assault and killing words whose victims, once
    its mentions are merged, are all armed men (police, soldiers, fighters) is a fight, as ACLED
    and the visible gold code attacks on police: "the officers were attacked on a highway ...
    the attackers opened fire with rifles". (The sentence with "opened fire" named no victims,
    so ``_shooting_at_fighters`` could not see them.)"""
    for d in drafts:
        if d.event_type != "attack_on_civilians" or d.kind != "incident" or d.tally:
            continue
        if d.weapon_classes - {"firearm"} or not d.targets:
            continue
        keys = _violence_keys(d)
        if not keys & SHOOTING_KEYS or not keys <= SHOOTING_KEYS | ASSAULT_LEMMAS | PLAIN_VIOLENCE:
            continue
        if keys & PUT_TO_DEATH:
            continue  # "executed five captured soldiers"
        if d.patients == {CIVILIAN}:
            continue  # "shot dead a former policeman": no longer of the armed side his noun names
        types = {t.type for t in d.targets}
        if "civilians" in types or not all(
            t in FIGHTING_TYPES or n == UNIDENTIFIED for t, n in ((a.type, a.name) for a in d.targets)
        ):
            continue
        d.event_type = "armed_clash"


def _shooting_at_fighters(d: Draft, frame: Frame) -> bool:
    """Shooting whose targets are armed men and no civilians: "opened fire on the soldiers", and
    "police shot dead two gunmen" (armed men nobody names are the unidentified armed group).
    Victims are civilians only when the text says so, or they are unarmed people."""
    if d.event_type != "attack_on_civilians":
        return False
    keys = {t.key or frame.sent.doc[t.head_i].lemma_.lower() for t in frame.triggers if t.event_type}
    if keys and not keys <= SHOOTING_KEYS:
        return False
    if not keys and not (d.weapon_classes and d.weapon_classes <= {"firearm"}):
        return False  # typed by its guns alone: "a sniper killed two soldiers"
    types = {t.type for t in d.targets}
    armed = bool(types & FIGHTING_TYPES) or any(t.name == UNIDENTIFIED for t in d.targets)
    patient = patient_kind(frame.sent.doc, frame.triggers, frame.quantities)
    if patient == CIVILIAN:
        return False  # all it fell on were unarmed: "shot dead a former policeman at a tea stall"
    if not armed and not types:
        # no side named among its targets: "opened fire on an army vehicle, killing one soldier"
        armed = patient == ARMED
    return armed and "civilians" not in types


def _onslaught_on_civilians(d: Draft, frame: Frame) -> bool:
    """A battle told only by words of one side falling on another ("ambushed", "an assault") whose
    patients and counted dead are all unarmed ("a minibus was ambushed and the driver killed"),
    with no armed side among its targets and nobody fighting back: ACLED's attack on civilians."""
    if d.event_type != "armed_clash" or any(t.type in FIGHTING_TYPES for t in d.targets):
        return False
    doc = frame.sent.doc
    if not onslaught_only(doc, frame.triggers) or fought_back(frame.sent):
        return False
    return patient_kind(doc, frame.triggers, frame.quantities) == CIVILIAN


#: Determiners that make an event noun point back to an event already told ("the attack",
#: "this strike", "those raids").
DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})
#: Possessives that make an event noun definite as well ("claimed its attack", "their raid").
POSSESSIVE_DETS = frozenset({"its", "their"})


#: Verbs that name what a thing already told was: "the strike was a massacre", "elders called the
#: attack a massacre", "the ministry described the raid as a war crime".
CHARACTERISING_VERBS = load_words("lexicons", "triggers.yaml", "characterising_verbs")
#: Pronouns that stand for an event already told ("it was a massacre").
EVENT_PRONOUNS = frozenset({"it", "this", "that"})


def _characterises(frame: Frame) -> bool:
    """The frame's event nouns only say what a definite thing (or "it") already told was: "the
    strike was a deliberate massacre", "called the attack a massacre", "described the raid as a war
    crime". The judging noun and the judged one ("the strike") may both be triggers; the sentence
    tells no new event."""
    tree = doc_tree(frame.sent.doc)  # arrays, not Tokens: asked of every frame with a draft
    deps, lows, lemmas, kids, up = tree.deps, tree.lowers, tree.lemmas, tree.children, tree.heads
    heads = {t.head_i for t in frame.triggers}
    judging: set[int] = set()
    judged: set[int] = set()
    for h in heads:
        if deps[h] not in ("attr", "oprd", "pobj"):
            continue  # the common case, told by the arrays alone
        verb = up[h]
        if deps[h] == "pobj" and lows[verb] == "as":
            verb = up[verb]  # "described the raid as a massacre"
        elif deps[h] not in ("attr", "oprd"):
            continue
        if lemmas[verb] not in CHARACTERISING_VERBS:
            continue
        things = [
            c
            for c in kids[verb]
            if deps[c] in ("nsubj", "nsubjpass", "dobj")
            and c != h
            and (
                lows[c] in EVENT_PRONOUNS
                or any(deps[k] == "det" and lows[k] in DEFINITE_DETS for k in kids[c])
            )
        ]
        if things:
            judging.add(h)
            judged.update(things)
    return bool(judging) and heads <= judging | judged


def _judged_type(frame: Frame) -> str | None:
    """The type of the frame's judged event nouns ("the strike" of "the strike was a massacre"),
    None when only a pronoun stands for it ("it was a massacre")."""
    deps = doc_deps(frame.sent.doc)
    doc = frame.sent.doc
    for t in frame.triggers:
        h = t.head_i
        judging = deps[h] in ("attr", "oprd") or (deps[h] == "pobj" and doc[h].head.lower_ == "as")
        if not judging and t.event_type is not None:
            return t.event_type
    return None


#: Verbs by which a side concedes an act (triggers.yaml ``conceding_heads``): what it concedes was told.
CONCEDING_HEADS = load_words("lexicons", "triggers.yaml", "conceding_heads")
#: Steps up from an event word to the verb of conceding whose clause it is in.
CONCEDED_DEPTH = 3


def _conceded(tok: Token) -> bool:
    """The event word is in the clause of a verb of conceding: "the ministry acknowledged that guards
    had shot at the lorry", "the army admitted its men fired first". What a side concedes is the act
    others told (the article's lead, as a rule): told again, it is no second event."""
    cur = tok
    for _ in range(CONCEDED_DEPTH):
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in CONCEDING_HEADS:
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _restates(frame: Frame) -> bool:
    """Every event noun of the frame (not its words of killing) is definite: "The attack killed
    five", "Most of those strikes targeted ...": the sentence tells more of an event already told.
    So does a frame that only says what such an event was (``_characterises``)."""
    if _characterises(frame):
        return True
    doc = frame.sent.doc
    if frame.triggers and all(_conceded(doc[t.head_i]) for t in frame.triggers):
        return True  # "the ministry conceded its soldiers had fired": the shooting told before
    pos, lemmas, deps, lows = doc_pos(doc), doc_lemmas(doc), doc_deps(doc), doc_lowers(doc)
    # a noun of killing ("the massacre") restates only in a clause that says when it happened ("the
    # massacre took place last week") or as what a side claims or disowns ("claimed the killings");
    # elsewhere it may name the event the article is about

    def telling(i: int) -> bool:
        return lemmas[i] not in KILL_LEMMAS or tells_occurrence(doc[i]) or _claimed_object(doc[i])

    nouns = [t.head_i for t in frame.triggers if pos[t.head_i] in ("NOUN", "PROPN") and telling(t.head_i)]
    if not nouns or len(nouns) < sum(telling(t.head_i) for t in frame.triggers):
        return False  # an event verb of its own ("Jets hit the town")
    kids = doc_children(doc)
    return all(any(deps[c] == "det" and lows[c] in DEFINITE_DETS for c in kids[n]) for n in nouns)


#: Dependencies by which a marker word modifies a trigger or its verb ("another attack", "a
#: separate strike", "elsewhere, gunmen killed ...").
MARKER_DEPS = frozenset({"amod", "advmod", "npadvmod", "det"})


def _opens_new_event(frame: Frame, markers: frozenset[str], adjectives: frozenset[str] = frozenset()) -> bool:
    """A trigger or its verb is modified by a word that announces another event, or an event noun by
    an adjective that does ("a later strike")."""
    doc = frame.sent.doc
    deps, lows, kids = doc_deps(doc), doc_lowers(doc), doc_children(doc)  # per-document arrays
    for t in frame.triggers:
        if any(deps[c] == "amod" and lows[c] in adjectives for c in kids[t.head_i]):
            return True
        verb = governing_verb_at(doc, t.head_i)
        for head in (t.head_i, verb) if verb is not None else (t.head_i,):
            if any(deps[c] in MARKER_DEPS and lows[c] in markers for c in kids[head]):
                return True
    return False


#: Words on a verb that tell its act after or besides the one told before (``triggers.yaml``
#: sequel_words and further_act_words): "hours later, gunmen attacked ...", "bandits also raided".
FURTHER_ACT_WORDS = load_words("lexicons", "triggers.yaml", "sequel_words") | load_words(
    "lexicons", "triggers.yaml", "further_act_words"
)


#: A later fight after an event told before (``triggers.yaml``): its words of fighting and of
#: later time.
RESPONSE_FIGHT_LEMMAS = load_words("lexicons", "triggers.yaml", "response_fight_lemmas")
RESPONSE_LATER_WORDS = load_words("lexicons", "triggers.yaml", "response_later_words")


def _response_fight(frame: Frame) -> bool:
    """The frame tells a later fight: a word of fighting with a word of later time on its verb
    ("four of the attackers were later killed in clashes with troops near the border"). It is
    another event (the response, a battle of its own), never merged into the attack told before.

    Why: merged, the response's dead became the attack's and its battle was lost. (The attackers
    killed alone, "a unit killed the assailants after a long battle", stay with the attack: read
    apart, the response took the attackers as its initiators and no toll.)"""
    doc = frame.sent.doc
    if frame.from_title or not any(
        doc[t.head_i].lemma_.lower() in RESPONSE_FIGHT_LEMMAS for t in frame.triggers
    ):
        return False
    return _opens_new_event(frame, RESPONSE_LATER_WORDS)


#: Longest line (in words) read as a heading ("Let us remind you") over the sentence below it.
RECAP_HEADING_WORDS = 6


def _under_recap(sent: Span, openings: tuple[str, ...]) -> bool:
    """The sentence reminds of earlier news: it opens with a reminder ("Recall that ...") or sits
    under a short heading line that is one ("Let us remind you"), in the line just above it."""
    if not openings:
        return False
    text = doc_text(sent.doc)
    own = text[sent.start_char : sent.start_char + 40].lower()
    if own.startswith(openings):
        return True
    above = text[: sent.start_char].rstrip()
    if "\n" not in above[-200:]:
        return False
    line = above.rsplit("\n", 1)[-1].strip().lower()
    return len(line.split()) <= RECAP_HEADING_WORDS and line.startswith(openings)


def _carried(src: Draft, d: Draft, published: dt.date | None) -> DateSpan:
    """The date an undated draft takes from the dated one before it. Another place's event
    told next ("Meanwhile, a shell hit a house in X") happened on that day or since, up
    to publication; more of the same place's event happened on its day, and so did a toll
    that goes on counting the one before ("Six others were killed in the nearby village"); but "a
    later strike" there happened on that day or since."""
    date = src.date
    if (
        any(_OTHERS.search(c.text or "") for c, _ in d.claims if c.what in CASUALTY_WHATS)
        or published is None
        or date.start is None
        or date.precision != "day"
        or not d.place_keys()
        or d.place_keys() & src.place_keys()
        or date.start < published - dt.timedelta(days=1)
    ) and not (d.later and published is not None and date.start is not None and date.precision == "day"):
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
                text=NO_DAY_GIVEN,
            )


def _present(doc: Doc, i: int) -> bool:
    """A verb doc[i] (or the head of a noun) in the present ("kills", "are being killed", "have been
    killed"). Reads the per-document arrays."""
    tags, deps = doc_tags(doc), doc_deps(doc)
    verb = i if doc_pos(doc)[i] in ("VERB", "AUX") else doc_heads(doc)[i]
    if tags[verb] in ("VBZ", "VBP"):
        return True
    auxes = [c for c in doc_children(doc)[verb] if deps[c] in ("aux", "auxpass")]
    if any(tags[c] in ("VBZ", "VBP") for c in auxes):
        return True
    # headline passive without its auxiliary: "Dozens killed in air strikes" = "are killed"
    return tags[verb] == "VBN" and not auxes and deps[verb] in ("ROOT", "conj")


def _is_background(d: Draft, published: dt.date | None) -> bool:
    return bool(published and d.date.end and (published - d.date.end).days > rank.BACKGROUND_DAYS)


def _fill_claim_sources(drafts: list[Draft], attributions: list[Any], open_ids: Mapping[int, Claim]) -> None:
    """The figures of the headline and lead that no speaker covers (``open_ids``) belong to the
    event's one speaker, else to the article's main source when one dominates it (named at
    least twice and more than any other). Elsewhere a figure no attribution reaches is the
    article's own voice ("over 90,000 people have died since the uprising started")."""
    counts = Counter(a.name for a in attributions if a.name).most_common(2)
    dominant = bool(counts) and counts[0][1] >= 2 and (len(counts) == 1 or counts[1][1] < counts[0][1])
    main = counts[0][0] if dominant else None
    for d in drafts:
        own = d.sources[0].name if len(d.sources) == 1 else None
        if d.sources and own is None and all(s.name != main for s in d.sources):
            continue
        who = own or main
        if who is None:
            continue
        d.claims = [
            (c.model_copy(update={"source": who}) if id(c) in open_ids and not c.source else c, q)
            for c, q in d.claims
        ]


def _dateline_town(mentions: list[Any], country: str | None) -> Location | None:
    """The town of the article's dateline ("KABUL -", "MOGADISHU, Somalia (AP) -") when it lies in
    the article's own country (or the article has none clearly): where the reporter filed from,
    so a place for an event the text places nowhere else (a bureau abroad, "BEIRUT" over a Syria
    story, says nothing of it)."""
    for m in mentions:
        if not m.dateline:
            continue
        place = m.place
        if place is None or place.kind != "city" or (country is not None and place.country != country):
            return None
        loc = location_of(m)
        return loc.model_copy(update={"precision": "near"}) if loc is not None else None
    return None


def _fill_places(
    drafts: list[Draft], country: str | None, gazetteer: Gazetteer, dateline: Location | None = None
) -> None:
    """A draft naming no place takes the place of the draft before it, else the headline's, else
    the article's country when one clearly leads, else the dateline's town; else it keeps no
    location (an empty list is the record that none was resolved). The country comes before the
    dateline because later steps (``place_coarse_at_sites``) refine a country to the site the
    article tells, and a bureau's town would hide that."""
    title_locs = next((d.locations for d in drafts if d.from_title and d.locations), None)
    lead_locs = next(
        (
            d.locations
            for d in sorted(drafts, key=lambda x: x.sent_i)
            if not d.from_title and _fine_locations(d)
        ),
        None,
    )
    # What is carried over to a draft naming no place must lie in the article's country or a
    # neighbour: 'the ministry in Moscow' two sentences up is no place for the next strike in Syria.
    home = gazetteer.neighbours(country) if country else None

    def at_home(locs: list[Location] | None) -> list[Location] | None:
        if locs is None or home is None or any(loc.country in home for loc in locs):
            return locs
        return None

    title_locs, lead_locs = at_home(title_locs), at_home(lead_locs)
    prev: list[Location] | None = None
    prev_day: dt.date | None = None
    recalled: set[int] = set()  # ids of earlier events recalled after a later one, placed nowhere
    for d in sorted(drafts, key=lambda x: (not x.from_title, x.sent_i)):
        if d.from_title and not d.locations and lead_locs:
            d.locations = [loc.model_copy() for loc in lead_locs]  # a headline names the lead's place
        if not d.locations and _recalled_before(d, prev_day):
            recalled.add(id(d))
        if not d.locations:
            inherited = None if id(d) in recalled else at_home(prev) or title_locs
            if inherited:
                d.locations = [loc.model_copy() for loc in inherited]
            elif country:
                c = gazetteer.country(country) or gazetteer.country(_country_name(country))
                if c is not None:
                    d.locations = [
                        Location(
                            name=c.name,
                            country=c.country,
                            lat=c.lat,
                            lon=c.lon,
                            precision="country",
                            coords_from="gazetteer" if c.lat is not None else None,
                        )
                    ]
            elif dateline is not None and id(d) not in recalled:
                d.locations = [dateline.model_copy()]
        else:
            d.locations = order_locations(d.locations)
        if d.locations and any(loc.precision != "country" for loc in d.locations):
            prev = d.locations
            prev_day = d.date.start if d.date.precision == "day" else None
    _refine_country_only([d for d in drafts if id(d) not in recalled])


#: An event told after another and dated this many days or more before it is an earlier one
#: recalled, not the same scene (one day apart is the slack of "overnight" and of time zones).
RECALLED_MIN_DAYS = 2


def _recalled_before(d: Draft, prev_day: dt.date | None) -> bool:
    """The draft, naming no place, is dated by its own words to a day well before the event told
    before it ("A bomb hit a bus south of the city on Saturday ... On Tuesday a gas attack killed
    100"): an earlier event the article recalls, whose place that event's place does not tell."""
    return (
        prev_day is not None
        and d.date.precision == "day"
        and d.date.end is not None
        and not d.date_carried
        and (prev_day - d.date.end).days >= RECALLED_MIN_DAYS
    )


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


#: "Six others were killed": the victims are of the kind the text counted just before.
_OTHERS = re.compile(r"\bothers\b", re.I)
#: How many sentences back "others" reaches for the victims it continues.
OTHERS_WINDOW_SENTENCES = 3


def _fill_other_victims(drafts: list[Draft]) -> None:
    """A toll of "others" ("Six others were killed in the nearby village") counts victims of the
    kind counted just before it: civilians after civilians."""
    ordered = sorted(drafts, key=lambda d: (not d.from_title, d.sent_i))
    for k, d in enumerate(ordered):
        if any(t.type == "civilians" for t in d.targets):
            continue
        if not any(c.what == "killed" and _OTHERS.search(c.text or "") for c, _ in d.claims):
            continue
        before = [
            o for o in ordered[:k] if not o.from_title and 0 < d.sent_i - o.sent_i <= OTHERS_WINDOW_SENTENCES
        ]
        src = next((o for o in reversed(before) for t in o.targets if t.type == "civilians"), None)
        if src is not None:
            d.targets.append(next(t for t in src.targets if t.type == "civilians").model_copy())


def _opponents(drafts: list[Draft], takers: set[str]) -> set[str]:
    """The armed sides the article has fighting the takers on the ground (battles, ground taken):
    whom they fight, who fights them. Air strikes are left out: who bombs a side need not hold
    the ground it loses."""
    out: set[str] = set()
    for d in drafts:
        if d.family != "battles":
            continue
        names = {a.name for a in d.initiators}
        if names and names <= takers:
            out |= {a.name for a in d.targets if a.type in ARMED_SIDE_TYPES}
        if {a.name for a in d.targets} & takers:
            out |= {a.name for a in d.initiators if a.type in ARMED_SIDE_TYPES}
    return out - takers


#: Event types whose target is the other armed side: ground taken from it, a battle fought with it.
SIDE_TAKING_TYPES = frozenset({"territory_change", "armed_clash"})


def _one_opponent(d: Draft, drafts: list[Draft]) -> Actor | None:
    """The one armed side the article has the draft's initiators fighting on the ground, if one."""
    takers = {a.name for a in d.initiators}
    if not takers or any(a.type not in TAKER_TYPES for a in d.initiators):
        return None
    others = [x for x in drafts if x is not d]
    if any(_opponents(others, {t}) & takers for t in takers):
        return None  # the takers fight each other: a misread side among them
    found = _opponents(others, takers)
    if len(found) != 1:
        return None
    name = next(iter(found))
    kind = next(a.type for x in drafts for a in (*x.initiators, *x.targets) if a.name == name)
    return Actor(name=name, type=kind)


def _fill_losers_from_opponents(drafts: list[Draft]) -> None:
    """Ground taken with no loser named in its sentence was taken from the one side the article has
    the takers fighting ("troops battled the militants in the town ... the main street had been
    retaken": from the militants). With two or more opponents (a war of many sides) it stays
    open, as it does when a side is among both the takers and their opponents.

    A battle is fought between armed sides: civilians it killed are its toll, not a side, once the
    battle has its other side (a named armed target, two sides among its initiators, or the one
    opponent the article gives). With no other side known they stay: an "ambush" of a bus may be
    an attack on its passengers."""
    for d in drafts:
        if d.event_type == "armed_clash" and any(a.type == "civilians" for a in d.targets):
            armed = [a for a in d.targets if a.type != "civilians"]
            sides = {a.name for a in d.initiators if a.type in ARMED_SIDE_TYPES}
            if armed or len(sides) >= 2:
                d.targets = armed
            elif (other := _one_opponent(d, drafts)) is not None:
                d.targets = [other]
            continue
        if d.event_type not in SIDE_TAKING_TYPES or d.targets:
            continue
        if (other := _one_opponent(d, drafts)) is not None:
            d.targets.append(other)


#: The family whose targets are unarmed by definition (ACLED: "violence against civilians").
UNARMED_FAMILY = "violence_against_civilians"


def _fill_unarmed_targets(drafts: list[Draft]) -> None:
    """An attack on civilians or an abduction that names no target still has one: by the family's
    definition its victims are unarmed ("gunmen stormed a village and killed 14 people"), so its
    target is civilians, as ACLED codes it. A target the text names (a tribe, fighters) stays."""
    for d in drafts:
        if d.family == UNARMED_FAMILY and not d.targets:
            d.targets.append(Actor(name="Civilians", type="civilians"))


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
