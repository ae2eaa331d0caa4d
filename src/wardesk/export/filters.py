"""Event filters: what users type, validated in one place (``build_filters``), and as SQL over the store's tables.

The API's query parameters and ``wardesk export``'s options both go through
``build_filters``, so a filter means the same and fails the same way wherever it
is given: ``country=Syria`` is SY, ``actor=ISIS`` finds Islamic State, an unknown
``type`` is refused with the list of valid ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Select, and_, exists, func, or_, select

from wardesk.errors import FilterError, UsageError
from wardesk.export.outlets import outlet_spellings
from wardesk.export.resolve import actor_names, resolve_country
from wardesk.record import FAMILY
from wardesk.store import schema as s

#: Event types and families (ACLED's event types) a ``type`` filter accepts.
EVENT_TYPES = tuple(FAMILY)
FAMILIES = tuple(sorted(set(FAMILY.values())))


@dataclass(frozen=True)
class ExportFilters:
    """Which reports to export; a story is exported when any of its reports passes (and its corroboration does)."""

    since: dt.date | None = None
    until: dt.date | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    location: str | None = None  # the event's place name (a town, a district)
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    event_type: tuple[str, ...] = ()
    actor: str | None = None  # as typed: matched with its canonical name from the actor table
    outlet: str | None = None
    min_corroboration: int | None = None
    query: str | None = None  # full-text search over the article
    include_background: bool = False  # events an article recalls from before; the dashboard's default too
    include_undated: bool | None = (
        None  # None: the output's default (yes, except ACLED rows, which need a date)
    )


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """'W,S,E,N' in degrees -> a tuple; raises UsageError naming what is wrong."""
    if not value:
        return None
    try:
        w, so, e, n = (float(x) for x in value.split(","))
    except ValueError:
        raise UsageError(f"--bbox {value!r} must be four numbers W,S,E,N, e.g. 35.5,32.3,42.4,37.4") from None
    if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= so <= n <= 90):
        raise UsageError(f"--bbox {value!r}: longitudes must be in -180..180 and south <= north in -90..90")
    return w, so, e, n


def parse_day(value: str | None, option: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} {value!r} is not a date; give it as YYYY-MM-DD") from None


def split_values(values: Iterable[str] | str | None) -> list[str]:
    """Repeated values and comma-separated lists alike: ``type=a&type=b`` or ``type=a,b``."""
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    return [v.strip() for raw in values for v in raw.split(",") if v.strip()]


def parse_types(values: Iterable[str] | str | None, param: str = "type") -> tuple[str, ...]:
    """Event types and families, checked; FilterError listing the valid ones."""
    types = split_values(values)
    known = set(EVENT_TYPES) | set(FAMILIES)  # a family given as a type means all its types
    bad = [t for t in types if t not in known]
    if bad:
        raise FilterError(
            f"unknown event type or family {', '.join(map(repr, bad))}; types: {', '.join(EVENT_TYPES)}; "
            f"families: {', '.join(FAMILIES)}",
            param=param,
            valid=EVENT_TYPES + FAMILIES,
        )
    return tuple(types)


def build_filters(
    *,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    types: Iterable[str] | str | None = None,
    country: str | None = None,
    admin1: str | None = None,
    location: str | None = None,
    bbox: str | None = None,
    actor: str | None = None,
    outlet: str | None = None,
    query: str | None = None,
    min_corroboration: int | None = None,
    background: bool = False,
    undated: bool | None = None,
    option_prefix: str = "",
) -> ExportFilters:
    """The filters from what a user typed (API parameters or CLI options), checked and normalised.

    Raises FilterError (a UsageError) naming the parameter, what was wrong and the valid values;
    ``option_prefix`` ("--" for the CLI) is put before parameter names in messages.
    """

    def day(value: str | dt.date | None, name: str) -> dt.date | None:
        if value is None or isinstance(value, dt.date):
            return value
        try:
            return parse_day(value.strip(), option_prefix + name)
        except UsageError as exc:
            raise FilterError(exc.message, param=name) from None

    start, end = day(since, "since"), day(until, "until")
    if start and end and start > end:
        raise FilterError(f"since ({start}) is after until ({end}); swap them", param="since")
    try:
        box = parse_bbox(bbox.strip() if bbox else None)
    except UsageError as exc:
        raise FilterError(exc.message.replace("--bbox", option_prefix + "bbox"), param="bbox") from None
    if min_corroboration is not None and min_corroboration < 1:
        raise FilterError(
            f"min_corroboration must be 1 or more, not {min_corroboration}", param="min_corroboration"
        )
    return ExportFilters(
        since=start,
        until=end,
        country=resolve_country(country) if country and country.strip() else None,
        admin1=admin1.strip() if admin1 and admin1.strip() else None,
        location=location.strip() if location and location.strip() else None,
        bbox=box,
        event_type=parse_types(types),
        actor=" ".join(actor.split()) if actor and actor.strip() else None,
        outlet=outlet.strip() if outlet and outlet.strip() else None,
        min_corroboration=min_corroboration,
        query=query if query and query.strip() else None,
        include_background=background,
        include_undated=undated,
    )


def apply_filters(q: Select, f: ExportFilters, *, fts_ids: Select | None = None) -> Select:
    """``q`` (a select over events joined to articles) narrowed by ``f``."""
    e, a = s.events.c, s.articles.c
    conds = []
    if f.since:  # an event overlapping the range: it ends on or after `since`
        conds.append(func.coalesce(e.date_end, e.date_start) >= f.since)
    if f.until:
        conds.append(e.date_start <= f.until)
    if f.country:
        conds.append(func.upper(e.country) == f.country.upper())
    if f.admin1:
        conds.append(func.lower(e.admin1) == f.admin1.lower())
    if f.location:
        conds.append(func.lower(e.location) == f.location.lower())
    if f.bbox:
        w, so, ea, n = f.bbox
        lon_ok = (
            and_(e.lon >= w, e.lon <= ea) if w <= ea else or_(e.lon >= w, e.lon <= ea)
        )  # across the antimeridian
        conds += [e.lat.is_not(None), e.lat >= so, e.lat <= n, lon_ok]
    if f.event_type:
        conds.append(or_(e.event_type.in_(f.event_type), e.family.in_(f.event_type)))
    if f.actor:
        ac = s.event_actors.c
        names = [n.lower() for n in actor_names(f.actor)]
        conds.append(exists().where(ac.event_id == e.id, func.lower(ac.name).in_(names)))
    if f.outlet:
        so_ = s.event_sources.c
        name = f.outlet.lower()
        conds.append(
            or_(
                func.lower(a.source).in_(
                    sorted(outlet_spellings(f.outlet))
                ),  # 'Al Jazeera' finds 'aljazeera'
                exists().where(
                    so_.event_id == e.id, or_(func.lower(so_.via) == name, func.lower(so_.name) == name)
                ),
            )
        )
    if f.min_corroboration:
        st = s.stories.c
        conds.append(exists().where(st.id == e.story_id, st.corroboration >= f.min_corroboration))
    if not f.include_background:
        conds.append(e.background.is_(False))
    if f.include_undated is False:
        conds.append(e.date_start.is_not(None))
    if fts_ids is not None:
        conds.append(a.id.in_(fts_ids))
    return q.where(*conds) if conds else q


def reports_select() -> Select:
    """Events with their article's outlet, URL, publication date and near-duplicate mark, in a stable order."""
    e, a = s.events.c, s.articles.c
    return (
        select(
            s.events,
            a.source.label("outlet"),
            a.url.label("url"),
            a.title.label("title"),
            a.text.label("article_text"),
            a.published.label("published"),
            a.near_dup_of.label("near_dup_of"),
            a.ingested_at.label("ingested_at"),
        )
        .join(s.articles, a.id == e.article_id)
        .order_by(e.date_start, e.article_id, e.ordinal)
    )
