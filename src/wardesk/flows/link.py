"""The link run: new events of some stored articles are clustered with the stored stories around them.

The flow between two stages that know nothing of each other: ``wardesk.store``
(the schema) and ``wardesk.link`` (pure functions over ``Report`` and
``Story``). Events are the source of truth for a story's reports; its
reconciliation is written back to ``stories.reconciled``
(``Story.to_dict(include_reports=False)``).

Each run loads the neighbourhood of the new reports, found through indexed
date blocks (``events.date_start``, and ``articles.published`` for undated
events), never by scanning the table: the stored reports whose days may meet
a new report's days, and every report of their stories. ``link_reports``
clusters that neighbourhood with the new reports; only the stories whose
reports changed are written. The stories therefore do not depend on the order
in which articles arrive.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from sqlalchemy import and_, bindparam, delete, exists, or_, select, union, update
from sqlalchemy.engine import Connection, Engine

from wardesk.link import Report, Story, link_reports
from wardesk.link.cluster import LinkCache, Widen, story_readings
from wardesk.link.compare import (
    LINK_SLACK_DAYS,
    LONGEST_SPAN_DAYS,
    UNDATED_WINDOW_DAYS,
    date_key,
    gate,
    linkable,
    read_twice,
)
from wardesk.record import Claim, Event
from wardesk.store import schema as s


class LinkState:
    """What a process keeps between link runs: the reports read from stored records, and pair scores.

    Stored events never change once written, so a report read once need not
    be read (parsed, validated, its credit line and quotes found) again when
    it is a neighbour of the next batch. Bounded: past ``max_reports`` the
    report cache starts afresh.
    """

    def __init__(self, max_reports: int = 50_000) -> None:
        self.reports: dict[str, tuple[Report, str] | None] = {}
        self.scores = LinkCache()
        self.max_reports = max_reports
        #: Events this process has just stored, by event id: the next link run takes them from here
        #: instead of parsing and validating their stored records again (the record is their own
        #: ``model_dump``, which validates back to an equal Event). Emptied by every link run.
        self.written: dict[str, Event] = {}

    def trim(self) -> None:
        if len(self.reports) > self.max_reports:
            self.reports.clear()


@dataclass
class LinkRun:
    """What one link run did, and what it could not read (one line each, for the run's log)."""

    reports: int = 0
    neighbours: int = 0
    stories_written: int = 0
    stories_removed: int = 0
    messages: list[str] = field(default_factory=list)


def link_events(db: Any, article_ids: list[str], state: LinkState | None = None) -> LinkRun:
    """Link the non-background events of these stored articles into stories, in one transaction.

    ``db`` is an Engine (a transaction is opened and committed), a Connection
    or an ORM Session (the caller commits). ``state`` carries what was read
    between runs of one process (an ingest passes the same one to each
    batch). A rerun changes nothing.
    """
    state = state if state is not None else LinkState()
    if isinstance(db, Engine):
        with db.begin() as conn:
            return _link(conn, article_ids, state)
    if isinstance(db, Connection):
        return _link(db, article_ids, state)
    return _link(db.connection(), article_ids, state)  # sqlalchemy.orm.Session


def _columns() -> list[Any]:
    e, a = s.events.c, s.articles.c
    return [
        e.id,
        e.article_id,
        e.ordinal,
        e.record,
        e.story_id,
        a.id.label("stored_article"),
        a.source,
        a.published,
        a.near_dup_of,
        a.text,
    ]


def _joined() -> Any:
    e, a = s.events.c, s.articles.c
    return s.events.outerjoin(s.articles, e.article_id == a.id)


def read_event(record: Any, event_id: str, messages: list[str]) -> Event | None:
    """The stored record as an Event; a malformed claim is dropped (with a message), not the event.

    A record written by an older or another tool may hold a claim the record
    model refuses (a number without a value, a responsibility claim without
    an actor). The event still links on everything else; an event that is
    malformed beyond its claims is left where it is (its story unchanged).
    """
    try:
        return Event.model_validate(record)
    except ValidationError as exc:
        if not isinstance(record, dict):
            messages.append(
                f"event {event_id}: its stored record is not an object; left unlinked ({exc.errors()[0]['msg']})"
            )
            return None
        kept = []
        for i, c in enumerate(record.get("claims") or []):
            try:
                kept.append(Claim.model_validate(c))
            except ValidationError as cexc:
                messages.append(
                    f"event {event_id}: claim {i} dropped for linking ({cexc.errors()[0]['msg']})"
                )
        try:
            return Event.model_validate({**record, "claims": [c.model_dump() for c in kept]})
        except ValidationError as exc2:
            err = exc2.errors()[0]
            where = ".".join(str(x) for x in err.get("loc", ()))
            messages.append(
                f"event {event_id}: stored record is malformed at {where} ({err['msg']}); left in its story"
            )
            return None


def _report(row: Any, messages: list[str], event: Event | None = None) -> tuple[Report, str] | None:
    """The report of one events row (with its article, if it still has one), and its evidence text.

    ``event``: the row's event as this process stored it, if it has it (else read from the record)."""
    if event is None:
        event = read_event(row.record, row.id, messages)
    if event is None:
        return None
    if row.stored_article is None:
        messages.append(
            f"event {row.id}: its article {row.article_id} is gone; kept in its story without text"
        )
    published = row.published if isinstance(row.published, dt.date) else None
    return Report.read(
        row.id, row.article_id, row.source, published, event, row.text, row.near_dup_of, main=row.ordinal == 0
    )


def _link(conn: Connection, article_ids: list[str], state: LinkState) -> LinkRun:
    run = LinkRun()
    e = s.events.c
    rows = conn.execute(
        select(*_columns())
        .select_from(_joined())
        .where(e.article_id.in_(article_ids), e.background.is_(False), e.story_id.is_(None))
    ).all()
    texts: dict[str, str] = {}
    new: list[Report] = []
    written, state.written = state.written, {}
    for row in rows:
        got = _report(row, run.messages, written.get(row.id))
        state.reports[row.id] = got
        if got is not None:
            new.append(got[0])
            texts[got[0].report_id] = got[1]
    if not new:
        return run
    existing, frozen, widen = _neighbourhood(conn, new, texts, state, run.messages)
    run.reports = len(new)
    run.neighbours = sum(len(st.reports) for st in existing)
    given = list(existing)  # widen appends the stories it loads to ``existing``
    stories = link_reports(new, existing=given, texts=texts, cache=state.scores, widen=widen)
    _write(conn, stories, existing, frozen, run)
    state.trim()
    return run


def _blocks(reports: list[Report]) -> list[tuple[dt.date, dt.date]]:
    """The days the reports may be about (each widened by the slack), merged into few intervals."""
    slack = dt.timedelta(days=LINK_SLACK_DAYS)
    keys = [k for r in reports if linkable(r) is None and (k := date_key(r))]
    return _merge_blocks([(k[0] - slack, k[1] + slack) for k in keys])


def _inside(blocks: list[tuple[dt.date, dt.date]], covered: list[tuple[dt.date, dt.date]]) -> bool:
    """Does every block lie within one of the covered intervals?"""
    return all(any(lo <= b[0] and b[1] <= hi for lo, hi in covered) for b in blocks)


def _merge_blocks(spans: list[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    merged: list[tuple[dt.date, dt.date]] = []
    for lo, hi in sorted(spans):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def _neighbourhood(
    conn: Connection, new: list[Report], texts: dict[str, str], state: LinkState, messages: list[str]
) -> tuple[list[Story], set[str], Widen]:
    """Stored stories around the new reports, and how to find more around other reports.

    First the stories with a report whose days may meet a new report's (or
    holding a near-duplicate's original). The returned ``widen`` loads the
    stories around the days of reports that the clustering finds connected
    to the new ones, when those days lie outside what was loaded: so the new
    reports are clustered with everything they are connected to, as if all
    had been linked at once, and the cost follows that connected region, not
    the size of the database. Also returns the ids of stories that hold an
    event whose record could not be read: those are left as they are.
    """
    originals = sorted({r.near_dup_of for r in new if r.near_dup_of})
    covered = _blocks(new)
    # copies stored before their original, which no day of theirs may bring in (a copy whose own
    # reading found no date rides with its original): loaded with it, whichever came first
    copied = sorted({r.article_id for r in new})
    stories, frozen = _load_stories(conn, covered, originals, set(), texts, state, messages, copied=copied)
    known = {st.id for st in stories}
    asked = {r.article_id for r in new}  # articles whose every stored story is loaded or looked at
    inside: set[str] = set()  # reports whose days lie within what is loaded (it only grows)

    def widen(reached: list[Report]) -> tuple[list[Story], dict[str, str]]:
        nonlocal covered
        outside = []
        for r in reached:
            if r.report_id not in inside:
                if _inside(_blocks([r]), covered):
                    inside.add(r.report_id)
                else:
                    outside.append(r)
        # the other readings of a reached report's article (``link.cluster._Readings``): which reading of an
        # event links decides for its twins, so their stories belong to the region whatever their days
        articles = sorted({r.article_id for r in reached} - asked)
        asked.update(articles)
        if not outside and not articles:
            return [], {}
        wider = _blocks(outside)
        found: dict[str, str] = {}
        more, more_frozen = _load_stories(
            conn, wider, [], known | frozen, found, state, messages, articles=articles
        )
        frozen.update(more_frozen)
        covered = _merge_blocks(covered + wider)
        # only a story with a report compatible with a reached one, or another reading of a reached
        # report's event, can change the clustering
        twins = _twin_readings([r for r in reached if r.article_id in set(articles)], more)
        meets = _meets(outside)
        more = [st for st in more if any(r.report_id in twins or meets(r) for r in st.reports)]
        known.update(st.id for st in more)
        stories.extend(more)
        texts.update(found)
        return more, found

    return stories, frozen, widen


def _meets(reached: list[Report]) -> Callable[[Report], bool]:
    """Is a report compatible (``compare.gate``) with one of the reached reports?

    The gate only where the days the two may be about (``compare.date_key``) meet with the slack: no
    pair whose days are further apart passes ``compare_dates``, and most pairs a widening looks at are
    of other days (a few hundred thousand per FA-KES ingest). The reached reports are kept sorted by
    their first day (widened by the slack), so a report's candidates are found by bisection: those
    whose first day is at most its last, and at most the longest reached span before its first.
    """
    slack = dt.timedelta(days=LINK_SLACK_DAYS)
    keyed = sorted(
        ((k[0] - slack, k[1] + slack, n, e) for n, e in enumerate(reached) if (k := _days(e)) is not None),
        key=lambda t: (t[0], t[2]),
    )
    los = [t[0] for t in keyed]
    widest = max((hi - lo for lo, hi, _, _ in keyed), default=dt.timedelta(0))

    def meets(r: Report) -> bool:
        k = _days(r)
        if k is None:
            return False
        start, end = k
        first = bisect.bisect_left(los, start - widest)
        last = bisect.bisect_right(los, end)
        return any(start <= hi and gate(e, r).ok for _, hi, _, e in keyed[first:last])

    return meets


def _days(r: Report) -> tuple[dt.date, dt.date] | None:
    """``compare.date_key``, also for a report whose day was assumed from a publication date it no longer
    has (its article is gone): its own days then."""
    return r.days if r.published is None else date_key(r)


def _twin_readings(reached: list[Report], stories: list[Story]) -> set[str]:
    """Ids of the stories' reports that read a reached report's event again (``compare.read_twice``, taken
    transitively within each article, as ``link.cluster._Readings`` groups an article's readings)."""
    pool: dict[str, list[Report]] = defaultdict(list)
    for st in stories:
        for r in st.reports:
            pool[r.article_id].append(r)
    found: set[str] = set()
    todo = [r for r in reached if r.article_id in pool]
    while todo:
        x = todo.pop()
        for t in pool[x.article_id]:
            if t.report_id not in found and read_twice(x, t):
                found.add(t.report_id)
                todo.append(t)
    return found


def _load_stories(
    conn: Connection,
    blocks: list[tuple[dt.date, dt.date]],
    originals: list[str],
    known: set[str],
    texts: dict[str, str],
    state: LinkState,
    messages: list[str],
    articles: list[str] | None = None,
    copied: list[str] | None = None,
) -> tuple[list[Story], set[str]]:
    """The stored stories (not in ``known``) with a report whose days meet the blocks, holding the originals,
    holding an event of the ``articles``, or holding a near-duplicate of one of the ``copied`` articles.

    Dated events through the indexed ``events.date_start`` (a linkable report
    spans at most LONGEST_SPAN_DAYS, so its start lies within that many days
    before the block), undated ones through their articles' indexed
    ``articles.published``.
    """
    e = s.events.c
    if not blocks and not originals and not articles and not copied:
        return [], set()
    span = dt.timedelta(days=LONGEST_SPAN_DAYS - 1)
    undated = dt.timedelta(days=UNDATED_WINDOW_DAYS)
    params: dict[str, Any] = {}
    for k, (lo, hi) in enumerate(blocks):
        params.update({f"first{k}": lo - span, f"hi{k}": hi, f"lo{k}": lo, f"published{k}": hi + undated})
    if originals:
        params["originals"] = originals
    if articles:
        params["articles"] = articles
    if copied:
        params["copied"] = copied
    members = [
        m
        for m in conn.execute(
            _members_query(len(blocks), bool(originals), bool(articles), bool(copied)), params
        ).all()
        if m.story_id not in known
    ]
    missing = [m.id for m in members if m.id not in state.reports]
    for i in range(0, len(missing), 500):
        for row in conn.execute(
            select(*_columns()).select_from(_joined()).where(e.id.in_(missing[i : i + 500]))
        ):
            state.reports[row.id] = _report(row, messages)
    by_story: dict[str, list[Report]] = defaultdict(list)
    frozen: set[str] = set()
    for m in members:
        got = state.reports.get(m.id)
        if got is None:
            frozen.add(m.story_id)
            continue
        by_story[m.story_id].append(got[0])
        texts[got[0].report_id] = got[1]
    stories = [
        Story(id=sid, reports=sorted(by_story[sid], key=lambda r: r.report_id))
        for sid in sorted(by_story)
        if sid not in frozen
    ]
    return stories, frozen


@functools.lru_cache(maxsize=256)
def _members_query(blocks: int, originals: bool, articles: bool, copied: bool = False) -> Any:
    """The ids and stories of every event of the stories ``_load_stories`` looks for, as one statement per
    shape (how many date blocks; any originals; any articles; any copied), its values bound at each run.

    Dated events through the indexed ``events.date_start``; undated ones through their articles'
    indexed ``articles.published``. Built once per shape: building and keying the statement anew
    cost as much as running it (a link run asks a few times; FA-KES's ingest about 160 times).
    """
    e, a = s.events.c, s.articles.c
    day = s.events.c.date_start.type

    def at(name: str) -> Any:
        return bindparam(name, type_=day)

    dated = [
        and_(
            e.date_start.between(at(f"first{k}"), at(f"hi{k}")),
            or_(e.date_end.is_(None), e.date_end >= at(f"lo{k}")),
        )
        for k in range(blocks)
    ]
    published = [a.published.between(at(f"lo{k}"), at(f"published{k}")) for k in range(blocks)]
    if originals:
        dated += [
            e.article_id.in_(bindparam("originals", expanding=True)),
            e.id.in_(bindparam("originals", expanding=True)),
        ]
    if articles:
        dated.append(e.article_id.in_(bindparam("articles", expanding=True)))
    # two selects, each through its own index: dated events by their start, undated ones through
    # their articles' publication dates (the events of those articles, dated or not: a few more
    # neighbours, no scan; an OR across the two tables, or "date_start IS NULL", would scan)
    queries = [select(e.story_id).where(e.story_id.is_not(None), or_(*dated))] if dated else []
    if published:
        near_articles = select(a.id).where(or_(*published))
        queries.append(select(e.story_id).where(e.article_id.in_(near_articles), e.story_id.is_not(None)))
    if copied:
        # the stored copies of the given articles, through the indexed articles.near_dup_of (a select
        # of its own, as for the undated ones: inside the OR above it could scan)
        copies = select(a.id).where(a.near_dup_of.in_(bindparam("copied", expanding=True)))
        queries.append(select(e.story_id).where(e.article_id.in_(copies), e.story_id.is_not(None)))
    story_ids = union(*queries) if len(queries) > 1 else queries[0]
    return select(e.id, e.story_id).where(e.story_id.in_(story_ids.subquery().select()))


def _write(
    conn: Connection, stories: list[Story], existing: list[Story], frozen: set[str], run: LinkRun
) -> None:
    """Write the stories whose reports changed, in a few bulk statements; remove stored stories left empty."""
    e, st = s.events.c, s.stories.c
    before = {x.id: set(x.report_ids) for x in existing}
    now = dt.datetime.now(dt.timezone.utc)
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    moves: list[dict[str, Any]] = []
    for story in stories:
        ids = set(story.report_ids)
        old = before.get(story.id)
        if old == ids:
            continue  # unchanged: no write
        values = {
            "reconciled": story.to_dict(include_reports=False),
            "corroboration": story.corroboration,
            "updated_at": now,
        }
        if old is None:
            inserts.append({"id": story.id, **values})
        else:
            updates.append({"sid": story.id, **values})
        moves += [{"eid": rid, "sid": story.id} for rid in sorted(ids - (old or set()))]
    if inserts:
        conn.execute(s.stories.insert(), inserts)
    if updates:
        conn.execute(
            update(s.stories)
            .where(st.id == bindparam("sid"))
            .values(reconciled=bindparam("reconciled"), corroboration=bindparam("corroboration"))
            .values(updated_at=bindparam("updated_at")),
            updates,
        )
    if moves:
        conn.execute(
            update(s.events).where(e.id == bindparam("eid")).values(story_id=bindparam("sid")), moves
        )
    run.stories_written += len(inserts) + len(updates)
    kept = {x.id for x in stories}
    gone = [sid for sid in before if sid not in kept and sid not in frozen]
    if gone:
        conn.execute(delete(s.stories).where(st.id.in_(gone)))
        run.stories_removed += len(gone)


def repair_stories(db: Any) -> LinkRun:
    """Bring stories whose reports have gone (their article was deleted) back in line with the events left.

    A story keeps its id and its remaining reports, reconciled again; a story
    with no report left is removed. Each repair is one message.
    """
    if isinstance(db, Engine):
        with db.begin() as conn:
            return _repair(conn)
    return _repair(db if isinstance(db, Connection) else db.connection())


def _repair(conn: Connection) -> LinkRun:
    run = LinkRun()
    e, st = s.events.c, s.stories.c
    empty = [sid for (sid,) in conn.execute(select(st.id).where(~exists().where(e.story_id == st.id)))]
    if empty:
        conn.execute(delete(s.stories).where(st.id.in_(empty)))
        run.stories_removed = len(empty)
        run.messages += [f"story {sid}: every report's article is gone; story removed" for sid in empty]
    now = dt.datetime.now(dt.timezone.utc)
    rows = conn.execute(
        select(*_columns(), st.reconciled).select_from(_joined().join(s.stories, st.id == e.story_id))
    ).all()
    by_story: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        by_story[row.story_id].append(row)
    for sid, members in sorted(by_story.items()):
        listed = set((members[0].reconciled or {}).get("report_ids") or [])
        present = {m.id for m in members}
        if listed <= present:
            continue
        reports = [got[0] for m in members if (got := _report(m, run.messages))]
        story = Story(
            id=sid,
            reports=sorted(reports, key=lambda r: r.report_id),
            readings=story_readings(reports, _other_records(conn, reports, run.messages)),
        )
        story.reconcile()
        conn.execute(
            update(s.stories)
            .where(st.id == sid)
            .values(
                reconciled=story.to_dict(include_reports=False),
                corroboration=story.corroboration,
                updated_at=now,
            )
        )
        run.stories_written += 1
        run.messages.append(
            f"story {sid}: {len(listed - present)} report(s) gone with their article; reconciled again"
        )
    return run


def _other_records(conn: Connection, reports: list[Report], messages: list[str]) -> list[Report]:
    """The other non-background records of the reports' articles (where a story's readings are)."""
    e = s.events.c
    ids = {r.report_id for r in reports}
    rows = conn.execute(
        select(*_columns())
        .select_from(_joined())
        .where(e.article_id.in_(sorted({r.article_id for r in reports})), e.background.is_(False))
    ).all()
    return [got[0] for row in rows if row.id not in ids and (got := _report(row, messages))]


def relink_all(db: Engine, article_ids: list[str] | None = None, batch: int = 16) -> LinkRun:
    """Forget every story and link all stored articles again, ``batch`` articles per run, in the order given
    (default: the order they were stored). For a linker that changed, and to check that the order in which
    articles arrive does not change the stories."""
    a = s.articles.c
    with db.begin() as conn:
        if article_ids is None:
            article_ids = list(conn.execute(select(a.id).order_by(a.seq)).scalars())
        conn.execute(update(s.events).values(story_id=None))
        conn.execute(delete(s.stories))
    total = LinkRun()
    state = LinkState()
    for i in range(0, len(article_ids), batch):
        run = link_events(db, article_ids[i : i + batch], state)
        total.reports += run.reports
        total.neighbours += run.neighbours
        total.stories_written += run.stories_written
        total.stories_removed += run.stories_removed
        total.messages += run.messages
    return total


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
