"""A report: one article's account of one event, the unit that linking groups into stories."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any

from wardesk.link.quotes import Quote, event_quotes
from wardesk.link.scope import summed_tolls
from wardesk.link.superseded import early_tolls
from wardesk.link.wire import wire_credit
from wardesk.record import NO_DAY_GIVEN, Event

#: The type of "any other violent incident" (a crowd crush, a stampede, deaths whose cause the report
#: leaves open): it says what kind of violence the report could not tell, not a kind that excludes
#: another report's air strike or shooting of the same crowd.
UNTOLD_TYPE = "other"


@dataclass(frozen=True, eq=False)
class Report:
    """One event as one article tells it.

    ``near_dup_of`` names the original (its article id or report id) when the
    article is a republished copy found by its shingles; ``wire`` is the news
    agency the article credits (``link.wire.wire_credit``). Either makes the
    report a copy: it joins the original's story but is not an independent
    source of its own. ``lead`` is the event's first evidence sentence and
    ``quotes`` the sentence of each claim (``link.quotes.event_quotes``), so
    that every side of a contradiction points to a sentence. ``main`` is set
    when the event is its article's main event (the one the article is
    about, its first record): where an article reads one event several
    times, the main reading is the one that links first. ``early`` holds the
    tolls its article gives as superseded ("its first count put the dead at 34";
    ``link.superseded``), ``summed`` those it counts over several places ("raids on two
    hamlets left 30 dead"; ``link.scope``).

    Compared and hashed by identity: a report is read once and never changes,
    so what is derived from it can be remembered per report.
    """

    report_id: str
    article_id: str
    outlet: str | None
    published: dt.date | None
    event: Event
    near_dup_of: str | None = None
    wire: str | None = None
    lead: Quote | None = None
    quotes: tuple[Quote | None, ...] = ()
    main: bool = False
    early: frozenset[int] = frozenset()
    summed: frozenset[int] = frozenset()

    @classmethod
    def read(
        cls,
        report_id: str,
        article_id: str,
        outlet: str | None,
        published: dt.date | None,
        event: Event,
        text: str | None,
        near_dup_of: str | None = None,
        main: bool = False,
    ) -> tuple[Report, str]:
        """The report of one event of an article, and its evidence text (the sentences it was read from).

        Reads what linking needs from the article text once: the agency it
        credits and the sentence of each claim.
        """
        text = text or ""
        lead, quotes = event_quotes(text, event)
        evidence = " ".join(text[ev.start : ev.end] for ev in event.evidence)
        wire = wire_credit(text, outlet)
        report = cls(
            report_id,
            article_id,
            outlet,
            published,
            event,
            near_dup_of,
            wire,
            lead,
            quotes,
            main,
            early_tolls(text),
            summed_tolls(text),
        )
        return report, evidence

    # Read by the linker for every pair it gates (hundreds of thousands of times per ingest): worked
    # out once per report. A cached_property writes the instance's __dict__, which a frozen dataclass
    # allows; the report never changes, so neither do they.

    @functools.cached_property
    def days(self) -> tuple[dt.date, dt.date] | None:
        """The event's date span (start <= end), or None when the extractor found no date."""
        d = self.event.date
        if d.start is None and d.end is None:
            return None
        start = d.start or d.end
        end = d.end or d.start
        assert start is not None and end is not None
        return (start, end) if start <= end else (end, start)

    @functools.cached_property
    def day_assumed(self) -> bool:
        """Is the event's date only assumed from the publication (``record.NO_DAY_GIVEN``)?"""
        return self.event.date.text == NO_DAY_GIVEN and self.published is not None

    @property
    def told_type(self) -> str:
        """The sub-type as the article tells it: the event's type, or ``UNTOLD_TYPE`` when the extractor
        filled it with no means named (``Event.type_filled``: "an attack left 40 dead" is
        typed an attack on civilians by default, but says nothing against another report's car
        bomb)."""
        return UNTOLD_TYPE if self.event.type_filled else self.event.event_type

    def quote(self, claim_index: int | None) -> Quote | None:
        """The sentence of a claim (by index), else the event's lead sentence."""
        if claim_index is not None and 0 <= claim_index < len(self.quotes):
            q = self.quotes[claim_index]
            if q is not None:
                return q
        return self.lead

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (dates as ISO text)."""
        return {
            "report_id": self.report_id,
            "article_id": self.article_id,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "event": self.event.model_dump(mode="json"),
            "near_dup_of": self.near_dup_of,
            "wire": self.wire,
            "lead": self.lead.to_dict() if self.lead else None,
            "quotes": [q.to_dict() if q else None for q in self.quotes],
            "main": self.main,
            "early": sorted(self.early),
            "summed": sorted(self.summed),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Report:
        """Inverse of ``to_dict``; the event is validated by the record model."""
        pub = d.get("published")
        return cls(
            report_id=str(d["report_id"]),
            article_id=str(d["article_id"]),
            outlet=d.get("outlet"),
            published=dt.date.fromisoformat(pub) if pub else None,
            event=Event.model_validate(d["event"]),
            near_dup_of=d.get("near_dup_of"),
            wire=d.get("wire"),
            lead=Quote.from_dict(d.get("lead")),
            quotes=tuple(Quote.from_dict(q) for q in d.get("quotes") or ()),
            main=bool(d.get("main")),
            early=frozenset(int(v) for v in d.get("early") or ()),
            summed=frozenset(int(v) for v in d.get("summed") or ()),
        )


def is_aside(r: Report) -> bool:
    """Is the report one of its article's later records (an aside), not the event the article is about?

    Known only where the report says so: not ``main``, with an ordinal after its id's last colon
    (``flows.link`` names reports ``article:ordinal``) above 0. A report of unknown rank (built
    without ordinal) is no aside."""
    _, colon, tail = r.report_id.rpartition(":")
    return not r.main and bool(colon) and tail.isdigit() and int(tail) > 0


def voice_order(r: Report) -> tuple[bool, int, str]:
    """Which of an article's reports in one story speaks for it (the smallest): its main event, else its
    first record (the ordinal after the report id's last colon), else the smallest id. The others are
    the story's parts (``Story.parts``)."""
    tail = r.report_id.rpartition(":")[2]
    return (not r.main, int(tail) if tail.isdigit() else 1 << 30, r.report_id)
