"""The reads behind the API: SQL over the store's tables, filtered by ``ExportFilters`` (same as the exports).

Plain functions over a Connection returning dicts shaped like the response
models, so the routes stay thin and the queries can be tested and timed alone.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import Connection, Date, Select, and_, func, literal, or_, select

from wardesk.api.cursor import KEY_MAX, KEY_MIN, decode_cursor, encode_cursor
from wardesk.export.filters import ExportFilters, apply_filters
from wardesk.export.outlets import outlet_name
from wardesk.store import schema as s
from wardesk.store.db import Store, search_sql

#: Characters of article text shown on each side of an evidence sentence.
EXCERPT_CONTEXT_CHARS = 240
#: Sort orders of /api/events: column, and direction (- = descending).
SORTS = ("-date", "date", "-fatalities", "fatalities")
#: Stand-ins for NULL sort keys, so undated or uncounted events sort last (descending) in a stable place.
_NO_DATE = dt.date(1, 1, 1)
_NO_COUNT = -1

e, a, st = s.events.c, s.articles.c, s.stories.c
#: The stories joined to event rows, under another name: the corroboration filter's EXISTS
#: over ``stories`` must correlate with the events only, not with this join.
_story = s.stories.alias("story")

SUMMARY_COLUMNS = (
    e.id,
    e.article_id,
    e.story_id,
    e.kind,
    e.event_type,
    e.family,
    e.date_start,
    e.date_end,
    e.date_precision,
    e.location,
    e.admin1,
    e.country,
    e.geo_precision,
    e.lat,
    e.lon,
    e.fatalities_low,
    e.fatalities_best,
    e.fatalities_high,
    e.injuries_best,
    e.background,
    e.confidence,
    a.source.label("outlet"),
    a.title.label("title"),
    a.published.label("published"),
    _story.c.corroboration.label("corroboration"),
)


def _joined() -> Any:
    return s.events.join(s.articles, a.id == e.article_id).outerjoin(_story, _story.c.id == e.story_id)


def fts_ids(conn: Connection, store: Store, f: ExportFilters) -> Select | None:
    """The ids of articles matching ``f.query`` (the store's FTS5 / tsvector search), as a subquery."""
    if not f.query:
        return None
    sql, params = search_sql(store.engine, f.query, None)
    ids = [row[0] for row in conn.execute(sql, params)]
    return select(a.id).where(a.id.in_(ids))


def _as_json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def _sort_key(sort: str) -> Any:
    if sort.endswith("date"):
        return func.coalesce(e.date_start, literal(_NO_DATE, type_=Date()))
    return func.coalesce(e.fatalities_best, _NO_COUNT)


def _key_value(sort: str, row: Any) -> Any:
    if sort.endswith("date"):
        return (row["date_start"] or _NO_DATE).isoformat()
    return row["fatalities_best"] if row["fatalities_best"] is not None else _NO_COUNT


def _parse_key(sort: str, key: Any) -> Any:
    try:
        value = dt.date.fromisoformat(key) if sort.endswith("date") else int(key)
        if isinstance(value, int) and not KEY_MIN <= value <= KEY_MAX:
            raise ValueError("out of range")
        return value
    except (TypeError, ValueError, OverflowError):
        from wardesk.api.errors import ApiError

        raise ApiError(
            400, "the cursor is not valid; pass next_cursor from the previous page as is"
        ) from None


def attach_outlet_names(items: list[dict[str, Any]]) -> None:
    """Fill ``outlet_name``: the outlet as people know it ('aljazeera' -> 'Al Jazeera'), from the
    outlet table; the source as stored when the table lacks it."""
    for it in items:
        it["outlet_name"] = outlet_name(it.get("outlet"))


def attach_actors(conn: Connection, items: list[dict[str, Any]]) -> None:
    """Fill ``initiators`` and ``targets`` (names, in order) of each item from event_actors."""
    by_id = {it["id"]: it for it in items}
    for it in items:
        it["initiators"], it["targets"] = [], []
    ac = s.event_actors.c
    ids = list(by_id)
    for chunk in range(0, len(ids), 500):
        rows = conn.execute(
            select(ac.event_id, ac.role, ac.name)
            .where(ac.event_id.in_(ids[chunk : chunk + 500]))
            .order_by(ac.event_id, ac.role, ac.ordinal)
        )
        for event_id, role, name in rows:
            by_id[event_id]["initiators" if role == "initiator" else "targets"].append(name)


def list_events(
    conn: Connection, store: Store, f: ExportFilters, *, sort: str, limit: int, cursor: str | None
) -> dict[str, Any]:
    """One page of events passing ``f`` in ``sort`` order, the cursor of the next page and the total."""
    ids = fts_ids(conn, store, f)
    key = _sort_key(sort)
    desc = sort.startswith("-")
    q = apply_filters(select(*SUMMARY_COLUMNS).select_from(_joined()), f, fts_ids=ids)
    if cursor:
        raw_key, last_id = decode_cursor(cursor, sort)
        kv = _parse_key(sort, raw_key)
        q = q.where(
            or_(key < kv, and_(key == kv, e.id < last_id))
            if desc
            else or_(key > kv, and_(key == kv, e.id > last_id))
        )
    q = q.order_by(key.desc(), e.id.desc()) if desc else q.order_by(key.asc(), e.id.asc())
    rows = [dict(r) for r in conn.execute(q.limit(limit + 1)).mappings()]
    more = len(rows) > limit
    rows = rows[:limit]
    attach_actors(conn, rows)
    attach_outlet_names(rows)
    total_q = apply_filters(
        select(func.count()).select_from(s.events.join(s.articles, a.id == e.article_id)), f, fts_ids=ids
    )
    total = conn.execute(total_q).scalar_one()
    next_cursor = encode_cursor(sort, _key_value(sort, rows[-1]), rows[-1]["id"]) if more and rows else None
    return {"items": rows, "next_cursor": next_cursor, "total": total}


def evidence_spans(text: str, record: dict[str, Any]) -> list[dict[str, Any]]:
    """Each evidence span of an event with its text and an excerpt of the article around it."""
    out = []
    for span in record.get("evidence") or []:
        start, end = max(0, int(span.get("start", 0))), min(len(text), int(span.get("end", 0)))
        if end <= start:
            continue
        lo = max(0, start - EXCERPT_CONTEXT_CHARS)
        hi = min(len(text), end + EXCERPT_CONTEXT_CHARS)
        if lo > 0:  # start the excerpt at a word boundary
            cut = text.find(" ", lo, start)
            lo = cut + 1 if cut != -1 else lo
        if hi < len(text):
            cut = text.rfind(" ", end, hi)
            hi = cut if cut != -1 else hi
        out.append(
            {"start": start, "end": end, "text": text[start:end], "excerpt": text[lo:hi], "excerpt_start": lo}
        )
    return out


def get_event(conn: Connection, event_id: str) -> dict[str, Any] | None:
    """One event with its full record, article reference, evidence excerpts and story reference."""
    row = (
        conn.execute(
            select(
                *SUMMARY_COLUMNS,
                e.record,
                a.url.label("url"),
                a.text.label("article_text"),
                _story.c.reconciled.label("reconciled"),
            )
            .select_from(_joined())
            .where(e.id == event_id)
        )
        .mappings()
        .first()
    )
    if row is None:
        return None
    item = dict(row)
    record = _as_json(item.pop("record"))
    text = item.pop("article_text") or ""
    reconciled = _as_json(item.pop("reconciled")) or {}
    attach_actors(conn, [item])
    attach_outlet_names([item])
    item["record"] = record
    item["article"] = {
        "id": item["article_id"],
        "url": item.pop("url"),
        "title": item["title"],
        "source": item["outlet"],
        "published": item["published"],
    }
    item["evidence"] = evidence_spans(text, record)
    if item["story_id"]:
        report_ids = [
            r[0] for r in conn.execute(select(e.id).where(e.story_id == item["story_id"]).order_by(e.id))
        ]
        item["story"] = {
            "id": item["story_id"],
            "corroboration": item["corroboration"] or 0,
            "report_ids": report_ids,
            "contradictions": len(reconciled.get("contradictions") or []),
        }
    return item


def get_article(conn: Connection, article_id: str) -> dict[str, Any] | None:
    """A stored article with its text and its events' evidence offsets."""
    row = conn.execute(select(s.articles).where(a.id == article_id)).mappings().first()
    if row is None:
        return None
    item = {k: row[k] for k in ("id", "url", "title", "source", "published", "published_from", "text")}
    item["near_dup_of"], item["similarity"] = row["near_dup_of"], row["similarity"]
    events = []
    for eid, ordinal, etype, background, record in conn.execute(
        select(e.id, e.ordinal, e.event_type, e.background, e.record)
        .where(e.article_id == article_id)
        .order_by(e.ordinal)
    ):
        rec = _as_json(record)
        spans = [(int(x["start"]), int(x["end"])) for x in rec.get("evidence") or []]
        events.append(
            {"id": eid, "ordinal": ordinal, "event_type": etype, "background": background, "evidence": spans}
        )
    item["events"] = events
    return item


# --- stories -----------------------------------------------------------------------------------


def _story_summary(row: dict[str, Any], members: list[tuple[str, str]]) -> dict[str, Any]:
    rec = _as_json(row["reconciled"]) or {}
    date = rec.get("date") or {}
    place = rec.get("place") or {}
    fat = rec.get("fatalities") or {}
    types = Counter(t for _, t in members)
    return {
        "id": row["id"],
        "corroboration": row["corroboration"],
        "n_reports": len(members),
        "event_type": types.most_common(1)[0][0] if types else None,
        "date_start": date.get("start"),
        "date_end": date.get("end"),
        "location": place.get("name"),
        "admin1": place.get("admin1"),
        "country": place.get("country"),
        "lat": place.get("lat"),
        "lon": place.get("lon"),
        "fatalities_low": fat.get("low"),
        "fatalities_best": fat.get("best"),
        "fatalities_high": fat.get("high"),
        "outlets": rec.get("outlets") or [],
        "contradictions": len(rec.get("contradictions") or []),
    }


def _members(conn: Connection, story_ids: list[str]) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for chunk in range(0, len(story_ids), 500):
        for sid, eid, etype in conn.execute(
            select(e.story_id, e.id, e.event_type)
            .where(e.story_id.in_(story_ids[chunk : chunk + 500]))
            .order_by(e.story_id, e.id)
        ):
            out[sid].append((eid, etype))
    return out


def list_stories(
    conn: Connection, store: Store, f: ExportFilters, *, limit: int, cursor: str | None
) -> dict[str, Any]:
    """Stories with a report passing ``f``, most corroborated first, one page."""
    matching = apply_filters(
        select(e.story_id).select_from(s.events.join(s.articles, a.id == e.article_id)),
        f,
        fts_ids=fts_ids(conn, store, f),
    ).where(e.story_id.is_not(None))
    q = select(s.stories).where(st.id.in_(matching.distinct()))
    if f.min_corroboration:
        q = q.where(st.corroboration >= f.min_corroboration)
    total = conn.execute(select(func.count()).select_from(q.subquery())).scalar_one()
    if cursor:
        raw_key, last_id = decode_cursor(cursor, "-corroboration")
        kv = _parse_key("corroboration", raw_key)
        q = q.where(or_(st.corroboration < kv, and_(st.corroboration == kv, st.id > last_id)))
    rows = [
        dict(r) for r in conn.execute(q.order_by(st.corroboration.desc(), st.id).limit(limit + 1)).mappings()
    ]
    more = len(rows) > limit
    rows = rows[:limit]
    members = _members(conn, [r["id"] for r in rows])
    items = [_story_summary(r, members.get(r["id"], [])) for r in rows]
    last = rows[-1] if rows else None
    next_cursor = (
        encode_cursor("-corroboration", last["corroboration"], last["id"]) if more and last else None
    )
    return {"items": items, "next_cursor": next_cursor, "total": total}


def get_story(conn: Connection, story_id: str) -> dict[str, Any] | None:
    """A story: its reconciliation, contradictions and every report with its record and evidence."""
    row = conn.execute(select(s.stories).where(st.id == story_id)).mappings().first()
    if row is None:
        return None
    row = dict(row)
    reports = [
        dict(r)
        for r in conn.execute(
            select(*SUMMARY_COLUMNS, e.record, a.text.label("article_text"))
            .select_from(_joined())
            .where(e.story_id == story_id)
            .order_by(a.published, e.id)
        ).mappings()
    ]
    attach_actors(conn, reports)
    attach_outlet_names(reports)
    for rep in reports:
        rep["record"] = _as_json(rep["record"])
        text = rep.pop("article_text") or ""
        spans = evidence_spans(text, rep["record"])
        rep["evidence_text"] = " ".join(sp["text"] for sp in spans) or None
    item = _story_summary(row, [(r["id"], r["event_type"]) for r in reports])
    rec = _as_json(row["reconciled"]) or {}
    # a row of a report whose article has gone is not shown; a row of another record of a member's
    # article (the story's ``readings``: the article told the event twice) is
    present = {r["id"] for r in reports}
    articles = {r["article_id"] for r in reports if r.get("article_id")}
    item["sources"] = [
        x
        for x in rec.get("sources") or []
        if x.get("report_id") in present or x.get("article_id") in articles
    ]
    item["reconciled"] = rec
    item["contradiction_list"] = rec.get("contradictions") or []
    item["reports"] = reports
    return item


# --- stats -------------------------------------------------------------------------------------


def week_of(day: dt.date) -> dt.date:
    """The Monday of ``day``'s ISO week."""
    return day - dt.timedelta(days=day.weekday())


def month_of(day: dt.date) -> dt.date:
    """The first day of ``day``'s month."""
    return day.replace(day=1)


#: The period a day falls in, per ``bucket`` of /api/stats.
PERIOD_OF = {"day": lambda d: d, "week": week_of, "month": month_of}


def stats(conn: Connection, store: Store, f: ExportFilters, *, bucket: str) -> dict[str, Any]:
    """Event and fatality counts per day or week and family, per admin1, and totals.

    ``total_*`` count every report; ``distinct_*`` count each linked story once (an event
    covered by three outlets is one event, with the largest death toll reported for it).
    """
    ids = fts_ids(conn, store, f)
    base = s.events.join(s.articles, a.id == e.article_id)
    fat = func.coalesce(func.sum(e.fatalities_best), 0)
    per_day = apply_filters(
        select(e.date_start, e.family, func.count(), fat).select_from(base), f, fts_ids=ids
    ).group_by(e.date_start, e.family)
    series: dict[tuple[dt.date, str], list[int]] = defaultdict(lambda: [0, 0])
    families: Counter[str] = Counter()
    total_events = total_fat = undated = 0
    for day, family, n, deaths in conn.execute(per_day):
        families[family] += n
        total_events += n
        total_fat += int(deaths or 0)
        if day is None:
            undated += n
            continue
        period = PERIOD_OF[bucket](day)
        cell = series[(period, family)]
        cell[0] += n
        cell[1] += int(deaths or 0)
    per_admin1 = apply_filters(
        select(e.country, e.admin1, func.count(), fat).select_from(base), f, fts_ids=ids
    ).group_by(e.country, e.admin1)
    admin1 = [
        {"country": c, "admin1": a1, "events": n, "fatalities": int(d or 0)}
        for c, a1, n, d in conn.execute(per_admin1)
    ]
    admin1.sort(key=lambda x: (-x["events"], x["country"] or "", x["admin1"] or ""))
    # Reports of one event by several outlets are linked into a story: counted once here,
    # with the largest figure any of its reports gives.
    unit = func.coalesce(e.story_id, e.id)
    per_unit = (
        apply_filters(
            select(unit.label("unit"), func.max(e.fatalities_best).label("deaths")).select_from(base),
            f,
            fts_ids=ids,
        )
        .group_by(unit)
        .subquery()
    )
    units, unit_deaths = conn.execute(
        select(func.count(), func.coalesce(func.sum(per_unit.c.deaths), 0)).select_from(per_unit)
    ).one()
    return {
        "bucket": bucket,
        "total_events": total_events,
        "total_fatalities": total_fat,
        "distinct_events": int(units),
        "distinct_fatalities": int(unit_deaths or 0),
        "undated_events": undated,
        "families": dict(families.most_common()),
        "series": [
            {"period": p, "family": fam, "events": v[0], "fatalities": v[1]}
            for (p, fam), v in sorted(series.items())
        ],
        "fatality_series": fatality_series(conn, base, f, ids, bucket, series),
        "admin1": admin1,
    }


def fatality_series(
    conn: Connection,
    base: Any,
    f: ExportFilters,
    ids: Select | None,
    bucket: str,
    series: dict[tuple[dt.date, str], list[int]],
) -> list[dict[str, Any]]:
    """Deaths per period counting each story once (its largest toll, on its first day), beside the
    sum over reports (``reported``): three outlets reporting 40 dead are 40 dead, not 120."""
    unit = func.coalesce(e.story_id, e.id)
    per_unit = apply_filters(
        select(func.min(e.date_start), func.max(e.fatalities_best)).select_from(base), f, fts_ids=ids
    ).group_by(unit)
    distinct: Counter[dt.date] = Counter()
    stories: Counter[dt.date] = Counter()
    for day, deaths in conn.execute(per_unit):
        if day is None:
            continue
        period = PERIOD_OF[bucket](day)
        distinct[period] += int(deaths or 0)
        stories[period] += 1
    reported: Counter[dt.date] = Counter()
    for (period, _fam), (_n, deaths) in series.items():
        reported[period] += deaths
    return [
        {"period": p, "fatalities": distinct[p], "reported": reported[p], "stories": stories[p]}
        for p in sorted(set(distinct) | set(reported))
    ]
