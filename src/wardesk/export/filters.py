"""Export filters as SQL over the store's tables: date range, place, bounding box, type, actor, outlet, corroboration."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, and_, exists, func, or_, select

from wardesk.errors import UsageError
from wardesk.record import FAMILY
from wardesk.store import schema as s

#: The event types and families a --type filter (or the API's type/family) may name.
EVENT_TYPES: tuple[str, ...] = tuple(FAMILY)
FAMILIES: tuple[str, ...] = tuple(sorted(set(FAMILY.values())))
#: Country codes the gazetteer gives that ISO 3166-1 has not assigned: Kosovo's user-assigned code,
#: as GeoNames uses it.
EXTRA_COUNTRY_CODES = frozenset({"XK"})


@dataclass(frozen=True)
class ExportFilters:
    """Which reports to export; a story is exported when any of its reports passes (and its corroboration does)."""

    since: dt.date | None = None
    until: dt.date | None = None
    country: str | None = None
    admin1: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    event_type: tuple[str, ...] = ()
    actor: str | None = None
    outlet: str | None = None
    min_corroboration: int | None = None
    query: str | None = None  # full-text search over the article
    include_background: bool = True


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


def parse_event_types(values: list[str] | tuple[str, ...] | None, option: str = "--type") -> tuple[str, ...]:
    """Event types or families, repeated or comma-separated; UsageError listing the valid ones otherwise."""
    names = [v.strip() for raw in values or () for v in raw.split(",") if v.strip()]
    bad = [n for n in names if n not in EVENT_TYPES and n not in FAMILIES]
    if bad:
        raise UsageError(
            f"{option}: unknown event type or family {', '.join(map(repr, bad))}; "
            f"types: {', '.join(EVENT_TYPES)}; families: {', '.join(FAMILIES)}"
        )
    return tuple(names)


def parse_country(value: str | None, option: str = "--country") -> str | None:
    """An ISO 3166-1 alpha-2 code (any case) -> upper case; UsageError naming the code meant otherwise
    ('Syria' -> SY), since a name would match nothing and export nothing without a word."""
    if value is None or not value.strip():
        return None
    import pycountry

    code = value.strip().upper()
    if code in EXTRA_COUNTRY_CODES or (len(code) == 2 and pycountry.countries.get(alpha_2=code)):
        return code
    meant = []
    if len(code) > 3:  # a name ('Syria'): the code it stands for; a short unknown code has none
        try:
            meant = [pycountry.countries.lookup(value.strip())]
        except LookupError:
            try:
                meant = pycountry.countries.search_fuzzy(value.strip())[:3]
            except LookupError:
                meant = []
    hint = " or ".join(f"{c.alpha_2} ({c.name})" for c in meant) or "a two-letter code such as SY or UA"
    raise UsageError(f"{option} {value!r} is not an ISO 3166-1 alpha-2 country code; give {hint}")


def parse_day(value: str | None, option: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} {value!r} is not a date; give it as YYYY-MM-DD") from None


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
        conds.append(exists().where(ac.event_id == e.id, func.lower(ac.name) == f.actor.lower()))
    if f.outlet:
        so_ = s.event_sources.c
        name = f.outlet.lower()
        conds.append(
            or_(
                func.lower(a.source) == name,
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
        )
        .join(s.articles, a.id == e.article_id)
        .order_by(e.date_start, e.article_id, e.ordinal)
    )
