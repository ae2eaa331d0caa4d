"""Shared helper of the tests that run whole short articles through the extractor and look at
the incidents it reports (test_merge, test_segments, test_victims_and_state_country, test_blame_undisputed,
test_extract_actor_origins)."""

from __future__ import annotations

from wardesk.flows.extract import Pipeline
from wardesk.record import Article, Event


def incidents(pipeline: Pipeline, text: str, published: str, title: str | None = None) -> list[Event]:
    """The article's incidents of its own time: neither aggregates nor background events."""
    evs = pipeline.run(Article(id="t", title=title, text=text, published=published)).events
    return [e for e in evs if e.kind == "incident" and not e.background]


def names(events: list[Event], role: str) -> set[str]:
    """The names of the actors of one role ("initiators", "targets") over the events."""
    return {a.name for e in events for a in getattr(e, role)}
