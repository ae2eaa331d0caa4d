"""Export records: one dict per report (event) or per story, nested (JSONL) and flat (CSV, Parquet, GeoJSON)."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, select

from wardesk.export.filters import ExportFilters, apply_filters, reports_select
from wardesk.store import schema as s
from wardesk.store.db import Store, as_utc, search_sql

_JOIN = "; "


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


def _fts_ids(conn: Connection, store: Store, f: ExportFilters) -> Any:
    if not f.query:
        return None
    sql, params = search_sql(store.engine, f.query, None)
    ids = [row[0] for row in conn.execute(sql, params)]
    return select(s.articles.c.id).where(s.articles.c.id.in_(ids))


def iter_reports(
    conn: Connection, store: Store, f: ExportFilters, *, keep_text: bool = False
) -> Iterator[dict[str, Any]]:
    """Reports passing ``f``, nested: the event record under "event", with article, story and outlet beside it.

    keep_text (bool): also give the article's text (``article_text``), for views that quote it.
    """
    q = apply_filters(reports_select(), f, fts_ids=_fts_ids(conn, store, f))
    for row in conn.execute(q).mappings():
        event = row["record"] if isinstance(row["record"], dict) else json.loads(row["record"])
        extra = {"article_text": row["article_text"] or ""} if keep_text else {}
        yield {
            "id": row["id"],
            "article_id": row["article_id"],
            "story_id": row["story_id"],
            "ordinal": row["ordinal"],
            "outlet": row["outlet"],
            "url": row["url"],
            "title": row["title"],
            "published": _iso(row["published"]),
            "ingested_at": _iso(row["ingested_at"]),
            "near_dup_of": row["near_dup_of"],
            "evidence_text": evidence_text(row["article_text"] or "", event),
            "event": event,
            **extra,
        }


#: Longest evidence quoted in an export's notes, in characters.
MAX_EVIDENCE_CHARS = 600


def evidence_text(text: str, event: dict[str, Any]) -> str | None:
    """The sentences the event was read from (its evidence offsets into the article), joined and capped."""
    parts = []
    for span in event.get("evidence") or []:
        piece = " ".join(text[span.get("start", 0) : span.get("end", 0)].split())
        if piece and piece not in parts:
            parts.append(piece)
    joined = " ".join(parts)
    if len(joined) > MAX_EVIDENCE_CHARS:
        joined = joined[: MAX_EVIDENCE_CHARS - 3].rsplit(" ", 1)[0] + "..."
    return joined or None


def first_sentence(text: str, event: dict[str, Any]) -> str | None:
    """The event's first evidence span, whitespace collapsed and capped: a one-sentence note (ACLED's ``notes``)."""
    for span in event.get("evidence") or []:
        piece = " ".join(text[span.get("start", 0) : span.get("end", 0)].split())
        if piece:
            if len(piece) > MAX_EVIDENCE_CHARS:
                piece = piece[: MAX_EVIDENCE_CHARS - 3].rsplit(" ", 1)[0] + "..."
            return piece
    return None


def iter_stories(
    conn: Connection, store: Store, f: ExportFilters, *, with_notes: bool = False
) -> Iterator[dict[str, Any]]:
    """Stories with at least one report passing ``f`` (and corroboration >= f.min_corroboration), with their report ids.

    with_notes (bool): also give ``notes``, the first evidence sentence of the story's first report that has one.
    """
    e = s.events.c
    matching = apply_filters(
        select(e.story_id).join(s.articles, s.articles.c.id == e.article_id),
        f,
        fts_ids=_fts_ids(conn, store, f),
    )
    matching = matching.where(e.story_id.is_not(None)).distinct()
    st = s.stories.c
    q = select(s.stories).where(st.id.in_(matching)).order_by(st.corroboration.desc(), st.id)
    if f.min_corroboration:
        q = q.where(st.corroboration >= f.min_corroboration)
    stories = list(conn.execute(q).mappings())
    members: dict[str, list[tuple[str, str, str | None, str]]] = defaultdict(list)
    ids = [row["id"] for row in stories]
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        rows = conn.execute(
            select(e.story_id, e.id, e.article_id, s.articles.c.source, e.event_type)
            .join(s.articles, s.articles.c.id == e.article_id)
            .where(e.story_id.in_(part))
            .order_by(e.story_id, e.id)
        )
        for story_id, event_id, article_id, outlet, event_type in rows:
            members[story_id].append((event_id, article_id, outlet, event_type))
    notes = _story_notes(conn, members) if with_notes else {}
    for row in stories:
        rec = row["reconciled"]
        if isinstance(rec, str):
            rec = json.loads(rec)
        m = members[row["id"]]
        yield {
            "id": row["id"],
            "corroboration": row["corroboration"],
            "sources": (rec or {}).get("sources") or [],
            "updated_at": _iso(row["updated_at"]),
            "report_ids": [x[0] for x in m],
            "article_ids": sorted({x[1] for x in m}),
            "outlets": sorted({x[2] for x in m if x[2]}),
            "event_type": Counter(x[3] for x in m).most_common(1)[0][0] if m else None,
            "reconciled": rec or {},
            **({"notes": notes.get(row["id"])} if with_notes else {}),
        }


def _story_notes(
    conn: Connection, members: dict[str, list[tuple[str, str, str | None, str]]]
) -> dict[str, str]:
    """story id -> the first evidence sentence of its reports (in id order), one article text read per story."""
    e, a = s.events.c, s.articles.c
    out: dict[str, str] = {}
    pending = {sid: [m[0] for m in ms] for sid, ms in members.items()}
    while pending:
        firsts = {ids[0]: sid for sid, ids in pending.items()}
        keys = list(firsts)
        for chunk in range(0, len(keys), 500):
            rows = conn.execute(
                select(e.id, e.record, a.text)
                .join(s.articles, a.id == e.article_id)
                .where(e.id.in_(keys[chunk : chunk + 500]))
            )
            for event_id, record, text in rows:
                event = record if isinstance(record, dict) else json.loads(record)
                note = first_sentence(text or "", event)
                if note:
                    out[firsts[event_id]] = note
        pending = {sid: ids[1:] for sid, ids in pending.items() if sid not in out and len(ids) > 1}
    return out


# --- flat views -----------------------------------------------------------------------------------


def _names(actors: list[dict[str, Any]]) -> str:
    return _JOIN.join(a["name"] for a in actors)


def flat_report(r: dict[str, Any]) -> dict[str, Any]:
    """A report as one flat row (lists joined by '; ', claims as JSON)."""
    ev = r["event"]
    loc = (ev.get("locations") or [{}])[0]
    date = ev.get("date") or {}
    fat = ev.get("fatalities") or {}
    inj = ev.get("injuries") or {}
    return {
        "id": r["id"],
        "article_id": r["article_id"],
        "story_id": r["story_id"],
        "outlet": r["outlet"],
        "url": r["url"],
        "published": r["published"],
        "near_dup_of": r["near_dup_of"],
        "kind": ev.get("kind"),
        "event_type": ev.get("event_type"),
        "date_start": date.get("start"),
        "date_end": date.get("end"),
        "date_precision": date.get("precision"),
        "location": loc.get("name"),
        "admin1": loc.get("admin1"),
        "country": loc.get("country"),
        "geo_precision": loc.get("precision"),
        "lat": loc.get("lat"),
        "lon": loc.get("lon"),
        "initiators": _names(ev.get("initiators") or []),
        "initiator_type": ((ev.get("initiators") or [{}])[0]).get("type"),
        "targets": _names(ev.get("targets") or []),
        "weapons": _JOIN.join(ev.get("weapons") or []),
        "fatalities_low": fat.get("low"),
        "fatalities_best": fat.get("best"),
        "fatalities_high": fat.get("high"),
        "injuries_low": inj.get("low"),
        "injuries_best": inj.get("best"),
        "injuries_high": inj.get("high"),
        "sources": sources_text(ev.get("sources") or []),
        "claims": json.dumps(ev.get("claims") or [], ensure_ascii=False),
        "background": ev.get("background"),
        "confidence": ev.get("confidence"),
        "title": r["title"],
        "notes": r.get("evidence_text") or r["title"],
    }


def sources_text(sources: list[dict[str, Any]]) -> str:
    """'name (verb, via X)' per source, joined."""
    out = []
    for src in sources:
        extra = src.get("verb") or ""
        if src.get("via"):
            extra += f", via {src['via']}"
        out.append(f"{src['name']} ({extra})" if extra else src["name"])
    return _JOIN.join(out)


def flat_story(st: dict[str, Any]) -> dict[str, Any]:
    """A story as one flat row: the reconciled date, place, actors and counts, and its report ids."""
    rec = st["reconciled"] or {}
    date = rec.get("date") or {}
    place = rec.get("place") or {}
    fat = rec.get("fatalities") or {}
    inj = rec.get("injuries") or {}
    actors = rec.get("actors") or []
    return {
        "id": st["id"],
        "corroboration": st["corroboration"],
        "n_reports": len(st["report_ids"]),
        "event_type": st.get("event_type"),
        "date_start": date.get("start"),
        "date_end": date.get("end"),
        "date_precision": date.get("precision"),
        "location": place.get("name"),
        "admin1": place.get("admin1"),
        "country": place.get("country"),
        "geo_precision": place.get("precision"),
        "lat": place.get("lat"),
        "lon": place.get("lon"),
        "initiators": _names([a for a in actors if a.get("role") == "initiator"]),
        "initiator_type": next((a.get("type") for a in actors if a.get("role") == "initiator"), None),
        "targets": _names([a for a in actors if a.get("role") == "target"]),
        "fatalities_low": fat.get("low"),
        "fatalities_best": fat.get("best"),
        "fatalities_high": fat.get("high"),
        "injuries_low": inj.get("low"),
        "injuries_best": inj.get("best"),
        "injuries_high": inj.get("high"),
        "contradictions": len(rec.get("contradictions") or []),
        "outlets": _JOIN.join(st["outlets"]),
        "report_ids": _JOIN.join(st["report_ids"]),
        "article_ids": _JOIN.join(st["article_ids"]),
        "updated_at": st["updated_at"],
    }


# --- typed views (Parquet, Excel): dates as dates, lists as lists ---------------------------------


def _day(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _actors(actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"name": a.get("name"), "type": a.get("type")} for a in actors]


#: A claim's fields: a figure (value, low, high, qualifier) or a claim of responsibility (actor,
#: stance), with its source either way.
CLAIM_FIELDS = ("what", "value", "low", "high", "qualifier", "source", "actor", "stance", "text")
SOURCE_FIELDS = ("name", "organization", "verb", "via", "text")


def typed_report(r: dict[str, Any]) -> dict[str, Any]:
    """A report with its real types: dates as dates, actors, weapons, claims and sources as lists."""
    flat = flat_report(r)
    ev = r["event"]
    return {
        **flat,
        "published": _day(flat["published"]),
        "ingested_at": as_utc(r.get("ingested_at")),
        "date_start": _day(flat["date_start"]),
        "date_end": _day(flat["date_end"]),
        "initiators": _actors(ev.get("initiators") or []),
        "targets": _actors(ev.get("targets") or []),
        "weapons": list(ev.get("weapons") or []),
        "claims": [{k: c.get(k) for k in CLAIM_FIELDS} for c in ev.get("claims") or []],
        "sources": [{k: x.get(k) for k in SOURCE_FIELDS} for x in ev.get("sources") or []],
    }


def typed_story(st: dict[str, Any]) -> dict[str, Any]:
    """A story with its real types: dates as dates, actors, outlets and ids as lists."""
    flat = flat_story(st)
    actors = (st["reconciled"] or {}).get("actors") or []
    return {
        **flat,
        "date_start": _day(flat["date_start"]),
        "date_end": _day(flat["date_end"]),
        "initiators": _actors([a for a in actors if a.get("role") == "initiator"]),
        "targets": _actors([a for a in actors if a.get("role") == "target"]),
        "outlets": list(st["outlets"]),
        "report_ids": list(st["report_ids"]),
        "article_ids": list(st["article_ids"]),
        "updated_at": as_utc(st["updated_at"]),
    }
