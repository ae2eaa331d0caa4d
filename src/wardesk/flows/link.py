"""The link run: new events of some stored articles join (or start) stories in the database.

The flow between two stages that know nothing of each other: ``wardesk.store``
(the schema) and ``wardesk.link`` (pure functions over ``Report`` and ``Story``).
Events are the source of truth for a story's reports: a story is rebuilt from
the events that point to it, and its reconciliation is written back to
``stories.reconciled`` (``Story.to_dict(include_reports=False)``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.engine import Connection, Engine

from wardesk.link.cluster import link_reports
from wardesk.link.compare import LINK_SLACK_DAYS, UNDATED_WINDOW_DAYS
from wardesk.link.report import Report
from wardesk.link.story import Story
from wardesk.record import FAMILY, Event
from wardesk.store import schema as s

#: Days around the new reports' dates within which stored stories are loaded as
#: candidates: the slack plus the undated window, so no story a new report could
#: join is left out.
CANDIDATE_MARGIN_DAYS = LINK_SLACK_DAYS + UNDATED_WINDOW_DAYS


def link_events(db: Any, article_ids: list[str]) -> None:
    """Link the non-background events of these stored articles into stories, in one transaction.

    ``db`` is an Engine (a transaction is opened and committed), a Connection
    or an ORM Session (the caller commits). Events already in a story are left
    where they are, so a rerun changes nothing.
    """
    if isinstance(db, Engine):
        with db.begin() as conn:
            _link(conn, article_ids)
    elif isinstance(db, Connection):
        _link(db, article_ids)
    else:  # sqlalchemy.orm.Session
        _link(db.connection(), article_ids)


def _columns() -> list[Any]:
    e, a = s.events.c, s.articles.c
    return [e.id, e.article_id, e.ordinal, e.record, e.story_id, a.source, a.published, a.near_dup_of, a.text]


def _report(row: Any) -> tuple[Report, str]:
    """The report of one joined events/articles row, and its evidence text."""
    event = Event.model_validate(row.record)
    text = row.text or ""
    evidence = " ".join(text[ev.start : ev.end] for ev in event.evidence)
    published = row.published if isinstance(row.published, dt.date) or row.published is None else None
    return Report(row.id, row.article_id, row.source, published, event, row.near_dup_of), evidence


def _link(conn: Connection, article_ids: list[str]) -> None:
    e, a = s.events.c, s.articles.c
    joined = s.events.join(s.articles, e.article_id == a.id)
    rows = conn.execute(
        select(*_columns())
        .select_from(joined)
        .where(e.article_id.in_(article_ids), e.background.is_(False), e.story_id.is_(None))
        .order_by(e.article_id, e.ordinal)
    ).all()
    if not rows:
        return
    order = {aid: i for i, aid in enumerate(article_ids)}
    rows.sort(key=lambda r: (order.get(r.article_id, len(order)), r.ordinal))
    texts: dict[str, str] = {}
    new: list[Report] = []
    for row in rows:
        rep, text = _report(row)
        new.append(rep)
        texts[rep.report_id] = text
    existing = _candidate_stories(conn, new, texts)
    before = {st.id: set(st.report_ids) for st in existing}
    stories = link_reports(new, existing=existing, texts=texts)
    now = dt.datetime.now(dt.timezone.utc)
    for story in stories:
        added = [rid for rid in story.report_ids if rid not in before.get(story.id, set())]
        if not added:
            continue
        values = {
            "reconciled": story.to_dict(include_reports=False),
            "corroboration": story.corroboration,
            "updated_at": now,
        }
        if story.id in before:
            conn.execute(update(s.stories).where(s.stories.c.id == story.id).values(**values))
        else:
            conn.execute(s.stories.insert().values(id=story.id, **values))
        conn.execute(update(s.events).where(e.id.in_(added)).values(story_id=story.id))


def _candidate_stories(conn: Connection, new: list[Report], texts: dict[str, str]) -> list[Story]:
    """Stored stories a new report might join: same family, dates (or publication) within the margin,
    or holding the original of a near-duplicate."""
    e, a = s.events.c, s.articles.c
    margin = dt.timedelta(days=CANDIDATE_MARGIN_DAYS)
    days = [d for r in new for d in (r.event.date.start, r.event.date.end, r.published) if d is not None]
    families = sorted({FAMILY[r.event.event_type] for r in new})
    originals = sorted({r.near_dup_of for r in new if r.near_dup_of})
    conds = []
    if days and all(r.event.date.start or r.published for r in new):
        lo, hi = min(days) - margin, max(days) + margin
        dated = and_(
            e.date_start <= hi, or_(e.date_end >= lo, and_(e.date_end.is_(None), e.date_start >= lo))
        )
        undated = and_(e.date_start.is_(None), a.published.between(lo, hi))
        conds.append(and_(e.family.in_(families), or_(dated, undated)))
    else:  # a report with neither date nor publication date: any story of its family
        conds.append(e.family.in_(families))
    if originals:
        conds.append(e.article_id.in_(originals))
    story_ids = select(e.story_id).select_from(s.events.join(s.articles, e.article_id == a.id))
    story_ids = story_ids.where(e.story_id.is_not(None), or_(*conds)).distinct()
    members = conn.execute(
        select(*_columns())
        .select_from(s.events.join(s.articles, e.article_id == a.id))
        .where(e.story_id.in_(story_ids.scalar_subquery()))
        .order_by(e.story_id)
    ).all()
    by_story: dict[str, list[Any]] = defaultdict(list)
    for row in members:
        by_story[row.story_id].append(row)
    stories = []
    for sid, rows in by_story.items():
        reports = []
        for row in rows:
            rep, text = _report(row)
            reports.append(rep)
            texts[rep.report_id] = text
        story = Story(id=sid, reports=_in_story_order(reports, sid))
        story.reconcile()
        stories.append(story)
    return sorted(stories, key=lambda st: st.id)


def _in_story_order(reports: list[Report], sid: str) -> list[Report]:
    """The report that started the story first (its id is the story's), the rest by id."""
    from wardesk.link.story import story_id

    first = [r for r in reports if story_id(r.report_id) == sid]
    rest = sorted((r for r in reports if story_id(r.report_id) != sid), key=lambda r: r.report_id)
    return first + rest


def unlinked_articles(conn: Connection) -> list[str]:
    """Ids of stored articles with an event that should be in a story and is not (its linking failed,
    or the run stopped between the commit and the link), in the order they were stored."""
    e, a = s.events.c, s.articles.c
    rows = conn.execute(
        select(a.id)
        .where(a.id.in_(select(e.article_id).where(e.story_id.is_(None), e.background.is_(False)).distinct()))
        .order_by(a.seq)
    )
    return [row[0] for row in rows]
