"""Shared helper of the tests that run whole short articles through the extractor and look at
the incidents it reports (test_merge, test_segments, test_victims_and_state_country, test_blame_undisputed,
test_extract_actor_origins, test_contested_accounts, test_blame_forms_round2), and the tests
that read the places of one parsed text (test_geo_person_names, test_geo_divisions_nisba)."""

from __future__ import annotations

from typing import Any

from wardesk.flows.extract import Pipeline
from wardesk.geo import Gazetteer, find_places, focus_countries
from wardesk.record import Article, Event


def incidents(pipeline: Pipeline, text: str, published: str, title: str | None = None) -> list[Event]:
    """The article's incidents of its own time: neither aggregates nor background events."""
    evs = pipeline.run(Article(id="t", title=title, text=text, published=published)).events
    return [e for e in evs if e.kind == "incident" and not e.background]


def names(events: list[Event], role: str) -> set[str]:
    """The names of the actors of one role ("initiators", "targets") over the events."""
    return {a.name for e in events for a in getattr(e, role)}


def responsibility(events: list[Event]) -> set[tuple[str | None, str | None, str | None]]:
    """(stance, actor, source) of every claim of responsibility over the events."""
    return {(c.stance, c.actor, c.source) for e in events for c in e.claims if c.what == "responsibility"}


def places_of(nlp: Any, gaz: Gazetteer, text: str) -> tuple[list[str], dict[str, Any]]:
    """(focus countries, place mentions by their text) of one parsed text."""
    doc = nlp(text)
    countries = focus_countries(doc, gaz)
    return countries, {m.text: m for m in find_places(doc, gaz, countries)}
