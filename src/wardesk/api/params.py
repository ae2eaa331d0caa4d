"""Query parameters shared by the list, stats and export endpoints, turned into ``ExportFilters``.

One dependency, so /api/events, /api/stats, /api/stories and the exports can
never disagree about what a filter means; the checking itself is
``export.filters.build_filters``, which ``wardesk export`` uses too.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import Query

from wardesk.export import ExportFilters
from wardesk.export.filters import EVENT_TYPES, FAMILIES, build_filters, split_values

__all__ = ["EVENT_TYPES", "FAMILIES", "event_filters"]


async def event_filters(
    since: Annotated[
        dt.date | None, Query(description="Events ending on or after this day.", examples=["2017-01-01"])
    ] = None,
    until: Annotated[
        dt.date | None, Query(description="Events starting on or before this day.", examples=["2017-12-31"])
    ] = None,
    type: Annotated[
        list[str] | None,
        Query(
            description=f"Event types or families (repeat or comma-separate): {', '.join(EVENT_TYPES)}; "
            f"families: {', '.join(FAMILIES)}. Anything else is a 400 listing these.",
            examples=[["air_strike", "battles"]],
        ),
    ] = None,
    family: Annotated[
        list[str] | None,
        Query(
            description=f"Event families (ACLED event types): {', '.join(FAMILIES)}.",
            examples=[["violence_against_civilians"]],
        ),
    ] = None,
    country: Annotated[
        str | None,
        Query(
            max_length=100,
            description="A country as a code (SY, SYR, 760) or a name ('Syria', 'Turkey'); an unknown name "
            "is a 400 suggesting codes.",
            examples=["SY", "Syria"],
        ),
    ] = None,
    admin1: Annotated[
        str | None,
        Query(max_length=200, description="Province / governorate name.", examples=["Idlib"]),
    ] = None,
    bbox: Annotated[
        str | None,
        Query(max_length=200, description="W,S,E,N in degrees.", examples=["35.5,32.3,42.4,37.4"]),
    ] = None,
    location: Annotated[
        str | None,
        Query(max_length=200, description="The event's place name (a town), exact.", examples=["Saraqib"]),
    ] = None,
    actor: Annotated[
        str | None,
        Query(
            max_length=300,
            description="An initiator or target, by its name or any alias in the actor table "
            "('ISIS' finds Islamic State).",
            examples=["ISIS"],
        ),
    ] = None,
    outlet: Annotated[
        str | None,
        Query(
            max_length=300,
            description="The article's outlet, or a source's name or 'via'.",
            examples=["Reuters"],
        ),
    ] = None,
    q: Annotated[
        str | None,
        Query(max_length=500, description="Full-text query over the article text.", examples=["hospital"]),
    ] = None,
    min_corroboration: Annotated[
        int | None, Query(ge=1, le=1000, description="Only events whose story has this many sources.")
    ] = None,
    background: Annotated[
        bool,
        Query(
            description="Include background events (earlier events an article recalls); off by default, "
            "as on the dashboard and in `wardesk export`."
        ),
    ] = False,
    undated: Annotated[
        bool | None,
        Query(
            description="Include events without a date; by default yes, except in the ACLED export "
            "(an ACLED row needs a date)."
        ),
    ] = None,
) -> ExportFilters:
    """The filters of one request (FilterError -> 400 problem naming the parameter)."""
    return build_filters(
        since=since,
        until=until,
        types=split_values(type) + split_values(family),
        country=country,
        admin1=admin1,
        location=location,
        bbox=bbox,
        actor=actor,
        outlet=outlet,
        query=q,
        min_corroboration=min_corroboration,
        background=background,
        undated=undated,
    )
