"""Response and request bodies of the REST API (pydantic), so /docs and /openapi.json describe every field.

The event itself is ``wardesk.record.Event`` (the one definition of the record);
these models add what the database knows around it: ids, outlet, story, article.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, Field

from wardesk.record import Event


class ProblemItem(BaseModel):
    """One bad parameter (query, path, header) or body field (JSON pointer) of a request."""

    detail: str
    parameter: str | None = None
    pointer: str | None = Field(None, description="JSON pointer into the request body, e.g. #/text.")
    valid: list[str] | None = Field(None, description="The values the parameter accepts, or suggestions.")


class Problem(BaseModel):
    """Every error the API returns: an RFC 9457 problem detail, served as application/problem+json."""

    type: str = Field("about:blank", description="about:blank: the status code says what kind of problem.")
    title: str = Field(description="The HTTP status's phrase.", examples=["Bad Request"])
    status: int = Field(examples=[400])
    detail: str = Field(
        description="What went wrong and what to do, in words.",
        examples=["country 'Siria' is not a country wardesk knows; did you mean SY (Syria)?"],
    )
    code: str | None = Field(None, description="wardesk's numbered error (E9xx usage, E1xx input).")
    errors: list[ProblemItem] | None = None


class EventSummary(BaseModel):
    """One event report as a row: the columns the map, the timeline and the table need."""

    id: str
    article_id: str
    story_id: str | None = None
    kind: str
    event_type: str
    family: str
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    date_precision: str
    location: str | None = None
    admin1: str | None = None
    country: str | None = None
    geo_precision: str | None = None
    lat: float | None = None
    lon: float | None = None
    fatalities_low: int | None = None
    fatalities_best: int | None = None
    fatalities_high: int | None = None
    injuries_best: int | None = None
    background: bool = False
    confidence: float
    outlet: str | None = Field(
        None, description="The article's source as stored (a code, a domain or a name)."
    )
    outlet_name: str | None = Field(
        None, description="The outlet's name for people ('aljazeera' -> 'Al Jazeera')."
    )
    title: str | None = None
    published: dt.date | None = None
    corroboration: int | None = Field(None, description="Independent sources of the event's story.")
    initiators: list[str] = Field(default_factory=list)
    targets: list[str] = Field(default_factory=list)


class EventPage(BaseModel):
    """A page of events; pass ``next_cursor`` back as ``cursor`` for the next page (None: last page)."""

    items: list[EventSummary]
    next_cursor: str | None = None
    total: int = Field(description="Events matching the filters, over all pages.")


class EvidenceSpan(BaseModel):
    """A sentence the event was read from: offsets (code points) into the article text, its text and context."""

    start: int
    end: int
    text: str
    excerpt: str = Field(description="The evidence with up to EXCERPT_CONTEXT_CHARS of text either side.")
    excerpt_start: int = Field(description="Where ``excerpt`` starts in the article text.")


class ArticleRef(BaseModel):
    id: str
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published: dt.date | None = None


class StoryRef(BaseModel):
    id: str
    corroboration: int
    report_ids: list[str]
    contradictions: int


class EventDetail(EventSummary):
    """Every field of one event report: the full record (claims, sources, evidence offsets), its article and story."""

    record: Event
    article: ArticleRef
    evidence: list[EvidenceSpan]
    story: StoryRef | None = None


class StorySummary(BaseModel):
    id: str
    corroboration: int
    n_reports: int
    event_type: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    location: str | None = None
    admin1: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    fatalities_low: float | None = None
    fatalities_best: float | None = None
    fatalities_high: float | None = None
    outlets: list[str] = Field(default_factory=list)
    contradictions: int = 0


class StoryPage(BaseModel):
    items: list[StorySummary]
    next_cursor: str | None = None
    total: int


class StoryReport(EventSummary):
    """One outlet's report of the story's event, with its claims and sources side by side with the others."""

    record: Event
    evidence_text: str | None = None


class StorySource(BaseModel):
    """Who says what in a story: one row per report and claimant (docs/linking.md, "One row per source")."""

    source: str = Field(description="the independent source: the agency a wire copy credits, else the outlet")
    who: str | None = Field(None, description="the claimant the article quotes; null: the outlet's own voice")
    killed: int | None = None
    killed_vague: bool | None = None
    injured: int | None = None
    injured_vague: bool | None = None
    accuses: list[str] = Field(default_factory=list, description="parties this claimant says did it")
    claims: list[str] = Field(default_factory=list, description="parties claiming the act themselves")
    denies: list[str] = Field(default_factory=list, description="parties denied to have done it")
    outlet: str | None = None
    wire: str | None = None
    independent: bool = True
    article_id: str
    report_id: str
    claim: int | None = Field(None, description="index of the claim in the report's record, if one")
    published: str | None = None
    sentence: str | None = None
    sentence_start: int | None = Field(None, description="character offsets of the sentence in the article")
    sentence_end: int | None = None


class StoryDetail(StorySummary):
    """A story: who says what (one row per source), the reconciled values (each naming the reports it
    came from), the contradictions (each side with its claimant, outlet, date and sentence), the reports."""

    sources: list[StorySource] = Field(default_factory=list)
    reconciled: dict[str, Any]
    contradiction_list: list[dict[str, Any]]
    reports: list[StoryReport]


class ArticleEventRef(BaseModel):
    id: str
    ordinal: int
    event_type: str
    background: bool
    evidence: list[tuple[int, int]]


class ArticleDetail(ArticleRef):
    """A stored article: its whole text and, for each of its events, the evidence offsets into that text."""

    published_from: str
    text: str
    near_dup_of: str | None = None
    similarity: float | None = None
    events: list[ArticleEventRef]


class ArticleIn(BaseModel):
    """An article to read: its ``text`` (with optional headline, outlet and date), or a ``url`` to fetch."""

    text: str | None = Field(None, description="The article text (plain text).")
    url: str | None = Field(None, description="An http(s) URL to fetch instead (public addresses only).")
    title: str | None = None
    source: str | None = Field(None, description="The outlet.")
    published: str | None = Field(None, description="Publication date, YYYY-MM-DD.")
    id: str | None = Field(None, description="Article id; default: derived from the text or URL.")


class IngestResult(BaseModel):
    """What wardesk read from a posted article, and whether it is now stored."""

    article_id: str
    stored: bool
    status: str = Field(description="extracted (not stored), new, already, duplicate or near_duplicate.")
    published: dt.date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    text: str
    events: list[Event]
    event_ids: list[str] = Field(default_factory=list)


class SeriesPoint(BaseModel):
    period: dt.date = Field(description="The day, the Monday of the ISO week, or the first of the month.")
    family: str
    events: int
    fatalities: int


class FatalityPoint(BaseModel):
    period: dt.date = Field(description="The day, the Monday of the ISO week, or the first of the month.")
    fatalities: int = Field(
        description="Deaths counting each story once (its largest toll, on its first day)."
    )
    reported: int = Field(
        description="Sum of the reported tolls: a story told by three outlets counts three times."
    )
    stories: int = Field(description="Stories (events counted once) starting in the period.")


class Admin1Count(BaseModel):
    country: str | None = None
    admin1: str | None = None
    events: int
    fatalities: int


class Stats(BaseModel):
    """Counts over the events matching the filters: totals, a per-day or per-week series by family, per admin1."""

    bucket: str
    total_events: int = Field(description="Events as reported: one per article that reports it.")
    total_fatalities: int = Field(description="Sum of the reported death tolls, per report.")
    distinct_events: int = Field(description="Events with reports linked into one story counted once.")
    distinct_fatalities: int = Field(
        description="Deaths with each story counted once (its largest reported toll)."
    )
    undated_events: int
    families: dict[str, int]
    series: list[SeriesPoint]
    fatality_series: list[FatalityPoint] = Field(default_factory=list)
    admin1: list[Admin1Count]


class MonthCount(BaseModel):
    month: dt.date = Field(description="The first day of the month.")
    events: int = Field(description="Events (stories counted once) starting in the month.")
    fatalities: int = Field(description="Their deaths, each story's largest reported toll once.")


class TypeCount(BaseModel):
    event_type: str
    family: str
    events: int


class PlaceCount(BaseModel):
    location: str | None = None
    admin1: str | None = None
    country: str | None = None
    events: int
    fatalities: int


class ActorCount(BaseModel):
    name: str
    role: str = Field(description="initiator or target")
    events: int


class ProfileStory(BaseModel):
    """One event of the profile, counted once: its story (if its reports were linked) and first report."""

    story_id: str | None = None
    event_id: str = Field(description="The earliest report of the event.")
    date_start: dt.date | None = None
    event_type: str
    family: str
    location: str | None = None
    admin1: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    fatalities: int | None = Field(None, description="The largest toll any report gives.")
    reports: int
    outlets: list[str] = Field(default_factory=list)
    corroboration: int


class Profile(BaseModel):
    """What one actor did, or what happened in one place: events counted once per story."""

    subject: dict[str, Any] = Field(description="Whom or where the profile is about.")
    reports: int = Field(description="Articles' reports of these events.")
    events: int = Field(description="Events, each story counted once.")
    fatalities: int
    first_date: dt.date | None = None
    last_date: dt.date | None = None
    per_month: list[MonthCount]
    types: list[TypeCount]
    places: list[PlaceCount]
    actors: list[ActorCount]
    stories: list[ProfileStory] = Field(description="Latest first, at most PROFILE_STORIES.")


class PlaceLabel(BaseModel):
    name: str
    admin1: str | None = None
    country: str | None = None
    lat: float
    lon: float
    population: int | None = None


class PlaceLabels(BaseModel):
    """The largest towns of the gazetteer in a box, largest first."""

    items: list[PlaceLabel]
