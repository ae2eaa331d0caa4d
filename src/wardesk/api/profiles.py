"""The reads behind the actor and place pages: what one actor did, or what happened in one place.

A profile counts each story once (an attack told by three outlets is one event,
with the largest toll any of them gives), as the dashboard's fatality line does;
``reports`` says how many articles told them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import Connection, exists, func, select

from wardesk.api.queries import _joined, _story, fts_ids
from wardesk.export.filters import ExportFilters, apply_filters
from wardesk.geo import Gazetteer
from wardesk.store import schema as s
from wardesk.store.db import Store

#: Rows of the places and actors lists of a profile.
PROFILE_TOP = 20
#: Stories listed on a profile page, latest first.
PROFILE_STORIES = 100
#: Town labels per map view at most (the client also drops labels that would overlap).
MAX_LABELS = 200

e, a = s.events.c, s.articles.c


def _unit_of(row: Any) -> str:
    return row.story_id or row.id


def profile(conn: Connection, store: Store, f: ExportFilters) -> dict[str, Any]:
    """Counts over the events passing ``f``, one per story: per month, per type, per place, per actor,
    and the stories themselves (latest first)."""
    ids = fts_ids(conn, store, f)
    rows = conn.execute(
        apply_filters(
            select(
                e.id,
                e.story_id,
                e.date_start,
                e.event_type,
                e.family,
                e.location,
                e.admin1,
                e.country,
                e.lat,
                e.lon,
                e.fatalities_best,
                a.source.label("outlet"),
                func.coalesce(_story.c.corroboration, 1).label("corroboration"),
            ).select_from(_joined()),
            f,
            fts_ids=ids,
        ).order_by(e.date_start, e.id)
    ).all()
    units: dict[str, dict[str, Any]] = {}
    for r in rows:
        unit = units.get(_unit_of(r))
        if unit is None:  # the first report (earliest date) stands for the story's type and place
            units[_unit_of(r)] = {
                "story_id": r.story_id,
                "event_id": r.id,
                "date_start": r.date_start,
                "event_type": r.event_type,
                "family": r.family,
                "location": r.location,
                "admin1": r.admin1,
                "country": r.country,
                "lat": r.lat,
                "lon": r.lon,
                "fatalities": r.fatalities_best,
                "reports": 1,
                "outlets": {r.outlet} if r.outlet else set(),
                "corroboration": r.corroboration,
            }
            continue
        unit["reports"] += 1
        if r.outlet:
            unit["outlets"].add(r.outlet)
        if r.fatalities_best is not None and (unit["fatalities"] or 0) < r.fatalities_best:
            unit["fatalities"] = r.fatalities_best
    per_month: dict[dt.date, list[int]] = defaultdict(lambda: [0, 0])
    types: Counter[tuple[str, str]] = Counter()
    places: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for u in units.values():
        deaths = u["fatalities"] or 0
        if u["date_start"] is not None:
            cell = per_month[u["date_start"].replace(day=1)]
            cell[0] += 1
            cell[1] += deaths
        types[(u["event_type"], u["family"])] += 1
        if u["location"] or u["admin1"]:
            place = places[(u["location"], u["admin1"], u["country"])]
            place[0] += 1
            place[1] += deaths
    dated = [u["date_start"] for u in units.values() if u["date_start"] is not None]
    stories = sorted(
        units.values(), key=lambda u: (u["date_start"] or dt.date.min, u["event_id"]), reverse=True
    )
    return {
        "reports": len(rows),
        "events": len(units),
        "fatalities": sum(u["fatalities"] or 0 for u in units.values()),
        "first_date": min(dated) if dated else None,
        "last_date": max(dated) if dated else None,
        "per_month": [{"month": m, "events": v[0], "fatalities": v[1]} for m, v in sorted(per_month.items())],
        "types": [{"event_type": t, "family": fam, "events": n} for (t, fam), n in types.most_common()],
        "places": [
            {"location": loc, "admin1": a1, "country": cc, "events": v[0], "fatalities": v[1]}
            for (loc, a1, cc), v in sorted(places.items(), key=lambda kv: (-kv[1][0], -kv[1][1], str(kv[0])))[
                :PROFILE_TOP
            ]
        ],
        "actors": _actors(conn, f, ids),
        "stories": [dict(u, outlets=sorted(u["outlets"])) for u in stories[:PROFILE_STORIES]],
    }


def _actors(conn: Connection, f: ExportFilters, ids: Any) -> list[dict[str, Any]]:
    """The actors of the events passing ``f``, as initiator or target, each story counted once."""
    named = s.event_actors.alias("named")  # not event_actors: the actor filter's EXISTS must not bind to it
    ac = named.c
    q = apply_filters(
        select(e.id, e.story_id, ac.role, ac.name).select_from(
            s.events.join(s.articles, a.id == e.article_id).join(named, ac.event_id == e.id)
        ),
        f,
        fts_ids=ids,
    )
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in conn.execute(q):
        seen[(r.name, r.role)].add(_unit_of(r))
    out = [{"name": n, "role": role, "events": len(u)} for (n, role), u in seen.items()]
    out.sort(key=lambda x: (-x["events"], x["name"], x["role"]))
    return out[:PROFILE_TOP]


def has_events(conn: Connection, f: ExportFilters) -> bool:
    """Whether any event passes ``f`` (a profile page of a name nobody reported is a 404)."""
    q = apply_filters(select(e.id).select_from(s.events.join(s.articles, a.id == e.article_id)), f)
    return bool(conn.execute(select(exists(q))).scalar())


def place_labels(bbox: tuple[float, float, float, float], limit: int) -> dict[str, Any]:
    """The largest towns of the gazetteer inside ``bbox`` (W, S, E, N), to name on the map."""
    west, south, east, north = bbox
    places = Gazetteer.default().largest_in(west, south, east, north, limit=min(limit, MAX_LABELS))
    return {
        "items": [
            {
                "name": p.name,
                "admin1": p.admin1,
                "country": p.country,
                "lat": p.lat,
                "lon": p.lon,
                "population": p.population,
            }
            for p in places
        ]
    }
