"""Query parameters shared by the list, stats and export endpoints, turned into ``ExportFilters``.

One dependency, so /api/events, /api/stats, /api/stories and the exports can
never disagree about what a filter means.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import Query

from wardesk.api.errors import ApiError
from wardesk.errors import UsageError
from wardesk.export import ExportFilters, parse_bbox
from wardesk.export.filters import EVENT_TYPES, FAMILIES, parse_country, parse_event_types


async def event_filters(
    since: Annotated[dt.date | None, Query(description="Events ending on or after this day.")] = None,
    until: Annotated[dt.date | None, Query(description="Events starting on or before this day.")] = None,
    type: Annotated[
        list[str] | None,
        Query(description=f"Event types or families (repeat or comma-separate): {', '.join(EVENT_TYPES)}."),
    ] = None,
    family: Annotated[
        list[str] | None, Query(description=f"Event families (ACLED event types): {', '.join(FAMILIES)}.")
    ] = None,
    country: Annotated[
        str | None, Query(max_length=8, description="ISO 3166-1 alpha-2 code, e.g. SY.")
    ] = None,
    admin1: Annotated[str | None, Query(max_length=200, description="Province / governorate name.")] = None,
    bbox: Annotated[str | None, Query(max_length=200, description="W,S,E,N in degrees.")] = None,
    actor: Annotated[
        str | None, Query(max_length=300, description="An initiator or target, exact name.")
    ] = None,
    outlet: Annotated[
        str | None, Query(max_length=300, description="The article's outlet, or a source's name or 'via'.")
    ] = None,
    q: Annotated[
        str | None, Query(max_length=500, description="Full-text query over the article text.")
    ] = None,
    min_corroboration: Annotated[
        int | None, Query(ge=1, le=1000, description="Only events whose story has this many sources.")
    ] = None,
    background: Annotated[
        bool, Query(description="Include background events (earlier events an article recalls).")
    ] = True,
) -> ExportFilters:
    if since and until and since > until:
        raise ApiError(400, f"since ({since}) is after until ({until}); swap them")
    try:  # the same checks as the CLI's options, so both refuse the same values
        kinds = parse_event_types(
            [*(type or ()), *(family or ())], "type/family"
        )  # a family as a type: all of it
        box = parse_bbox(bbox)
        code = parse_country(country, "country")
    except UsageError as exc:
        raise ApiError(400, exc.message.replace("--bbox", "bbox")) from None
    return ExportFilters(
        since=since,
        until=until,
        country=code,
        admin1=admin1 or None,
        bbox=box,
        event_type=kinds,
        actor=actor or None,
        outlet=outlet or None,
        min_corroboration=min_corroboration,
        query=q if q and q.strip() else None,
        include_background=background,
    )
