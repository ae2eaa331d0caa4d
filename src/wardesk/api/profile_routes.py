"""The endpoints of the actor and place pages, and the town labels of the map."""

from __future__ import annotations

import dataclasses
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from wardesk.api import profiles
from wardesk.api.errors import ApiError
from wardesk.api.models import PlaceLabels, Problem, Profile
from wardesk.api.routes import ERRORS, Filters, ReadDep, StoreDep, _cached
from wardesk.errors import UsageError
from wardesk.export import ExportFilters, parse_bbox

router = APIRouter(prefix="/api", responses=ERRORS)
NOT_FOUND = {404: {"model": Problem, "description": "No event names this actor or place."}}
Name = Annotated[str, Path(max_length=300)]


async def _profile(
    request: Request, store: StoreDep, reads: ReadDep, f: ExportFilters, subject: dict, what: str
) -> Response:
    def build() -> dict:
        with reads.connect() as conn:
            bare = ExportFilters(
                actor=f.actor,
                country=f.country,
                admin1=f.admin1,
                location=f.location,
                include_background=True,
            )
            if not profiles.has_events(conn, bare):
                raise ApiError(404, f"no event names {what}")
            return {"subject": subject, **profiles.profile(conn, store, f)}

    return await _cached(request, build)


@router.get(
    "/actors/{name}",
    response_model=Profile,
    tags=["actors"],
    responses=NOT_FOUND,
    summary="One actor: its events per month, their types and places, the actors it met, the stories",
)
async def actor_profile(
    request: Request, store: StoreDep, reads: ReadDep, filters: Filters, name: Name
) -> Response:
    f = dataclasses.replace(filters, actor=name)
    return await _profile(request, store, reads, f, {"kind": "actor", "name": name}, f"the actor {name!r}")


@router.get(
    "/places/labels",
    response_model=PlaceLabels,
    tags=["places"],
    summary="The largest towns in a box (from the gazetteer), to name on the map",
)
async def place_labels(
    request: Request,
    bbox: Annotated[str, Query(max_length=200, description="W,S,E,N in degrees.")],
    limit: Annotated[int, Query(ge=1, le=profiles.MAX_LABELS)] = 60,
) -> Response:
    try:
        box = parse_bbox(bbox)
    except UsageError as exc:
        raise ApiError(400, exc.message.replace("--bbox", "bbox")) from None
    if box is None:
        raise ApiError(400, "bbox is required: W,S,E,N in degrees, e.g. 35.5,32.3,42.4,37.4")
    return await _cached(request, lambda: profiles.place_labels(box, limit))


@router.get(
    "/places/{country_code}",
    response_model=Profile,
    tags=["places"],
    responses=NOT_FOUND,
    summary="One country: events per month, types, places, actors, stories",
)
async def country_profile(
    request: Request,
    store: StoreDep,
    reads: ReadDep,
    filters: Filters,
    country_code: Annotated[str, Path(max_length=8, description="ISO 3166-1 alpha-2, e.g. SY.")],
) -> Response:
    f = dataclasses.replace(filters, country=country_code)
    subject = {"kind": "place", "country": country_code.upper(), "admin1": None, "location": f.location}
    return await _profile(request, store, reads, f, subject, f"the place {country_code!r}")


@router.get(
    "/places/{country_code}/{province}",
    response_model=Profile,
    tags=["places"],
    responses=NOT_FOUND,
    summary="One province (admin1), or a town in it with location=: events per month, types, actors, stories",
)
async def admin1_profile(
    request: Request,
    store: StoreDep,
    reads: ReadDep,
    filters: Filters,
    country_code: Annotated[str, Path(max_length=8, description="ISO 3166-1 alpha-2, e.g. SY.")],
    province: Annotated[str, Path(max_length=300, description="The admin1 name, e.g. Idlib.")],
) -> Response:
    f = dataclasses.replace(filters, country=country_code, admin1=province)
    subject = {"kind": "place", "country": country_code.upper(), "admin1": province, "location": f.location}
    where = ", ".join(x for x in (f.location, province, country_code) if x)
    return await _profile(request, store, reads, f, subject, f"the place {where!r}")
