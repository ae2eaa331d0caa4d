#!/usr/bin/env python3
"""Read a wardesk database's stories the way a fact-checker would: the checks of issue 12, and the largest
contradictions with their sentences, to be checked by reading the articles.

    python bench/story_check.py --db wardesk.db              # checks + the 25 largest toll contradictions
    python bench/story_check.py --db wardesk.db --top 50     # more
    python bench/story_check.py --db wardesk.db --relink     # link every article again first (same order)
    python bench/story_check.py --db wardesk.db --relink --shuffle 7   # ... in a shuffled order (seed 7)

Checks: multi-article stories whose dated reports span more than 7 days (a
vaguely dated report, "last month", counts as the linker counts it: it does
not widen its story's days but must meet them);
contradictions on stories with a single independent source; stories per
number of articles. The largest contradictions are the toll disputes
(fatalities, injuries) ranked by the gap between the figures; each side is
printed with its source, claimant, date and sentence.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from collections import Counter
from typing import Any

from sqlalchemy import select


def _span_days(conn: Any, s: Any, report_ids: list[str]) -> tuple[int | None, int]:
    """The days a story's reports cover, as the linker counts them, and how many vague reports miss them.

    A report dated only to a span longer than ``MAX_SPAN_DAYS`` ("last month",
    "in early October") can be in an incident story only as a vaguely dated
    incident (``link.compare.vague``): it may be any day of its span and never
    widens its story's days (``link.cluster``, docs/linking.md). Such spans are
    left out of the story's days, as the linker leaves them out; each must
    still meet those days (with the linker's one day of slack), and the second
    figure counts those that do not.
    """
    from wardesk.link.compare import LINK_SLACK_DAYS, MAX_SPAN_DAYS

    e = s.events.c
    rows = conn.execute(select(e.date_start, e.date_end).where(e.id.in_(report_ids))).all()
    spans = [
        (r.date_start or r.date_end, r.date_end or r.date_start) for r in rows if r.date_start or r.date_end
    ]
    own = [(a, b) for a, b in spans if (b - a).days + 1 <= MAX_SPAN_DAYS]
    vague = [(a, b) for a, b in spans if (b - a).days + 1 > MAX_SPAN_DAYS]
    if not own:
        return None, 0
    first, last = min(a for a, _ in own), max(b for _, b in own)
    slack = dt.timedelta(days=LINK_SLACK_DAYS)
    off = sum(1 for a, b in vague if not (a - slack <= last and first - slack <= b))
    return (last - first).days + 1, off


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="database URL or SQLite file")
    ap.add_argument("--top", type=int, default=25, help="how many toll contradictions to print (default 25)")
    ap.add_argument("--relink", action="store_true", help="forget the stories and link every article again")
    ap.add_argument("--shuffle", type=int, help="with --relink: link the articles in a shuffled order (seed)")
    ap.add_argument("--json", action="store_true", help="print the checks as JSON (no sentences)")
    args = ap.parse_args(argv)

    from wardesk.flows.link import relink_all
    from wardesk.store import Store
    from wardesk.store import schema as s

    with Store(args.db) as store:
        if args.relink:
            ids = None
            if args.shuffle is not None:
                with store.engine.connect() as conn:
                    ids = list(conn.execute(select(s.articles.c.id).order_by(s.articles.c.seq)).scalars())
                random.Random(args.shuffle).shuffle(ids)
            t0 = time.perf_counter()
            run = relink_all(store.engine, ids)
            print(f"relinked {run.reports} reports in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
        with store.engine.connect() as conn:
            stories = list(conn.execute(select(s.stories.c.id, s.stories.c.reconciled)))
            e = s.events.c
            members: dict[str, set[str]] = {}
            for sid, aid in conn.execute(select(e.story_id, e.article_id).where(e.story_id.is_not(None))):
                members.setdefault(sid, set()).add(aid)
            long_spans = []
            vague_off = []
            single_source = []
            toll = []
            kinds: Counter[str] = Counter()
            for sid, rec in stories:
                rec = json.loads(rec) if isinstance(rec, str) else (rec or {})
                n_art = len(members.get(sid, ()))
                if n_art > 1:
                    days, off = _span_days(conn, s, rec.get("report_ids") or [])
                    if days is not None and days > 7:
                        long_spans.append((sid, days))
                    if off:
                        vague_off.append(sid)
                cons = rec.get("contradictions") or []
                if cons and len(rec.get("independent_sources") or []) < 2:
                    single_source.append(sid)
                for c in cons:
                    kinds[c["kind"]] += 1
                    if c["kind"] in ("fatalities", "injuries"):
                        toll.append((c.get("size") or 0, sid, c))
    sizes = Counter(min(len(v), 5) for v in members.values())
    toll.sort(key=lambda t: (-t[0], t[1]))
    result = {
        "stories": len(stories),
        "stories_by_articles": {("5+" if k == 5 else str(k)): v for k, v in sorted(sizes.items())},
        "multi_article_over_7_days": len(long_spans),
        "vague_reports_off_their_story_days": len(vague_off),
        "contradictions_on_single_source_stories": len(single_source),
        "contradictions_by_kind": dict(kinds),
    }
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    for k, v in result.items():
        print(f"{k}: {v}")
    for sid, days in long_spans[:10]:
        print(f"  over 7 days: {sid} ({days} days)")
    print(f"\n== the {min(args.top, len(toll))} largest toll contradictions (gap between figures)")
    for rank, (_, sid, c) in enumerate(toll[: args.top], 1):
        print(f"\n#{rank} story {sid}: {c['kind']}: {c['detail']}")
        for side in c.get("sides") or []:
            sent = side.get("sentence") or ""
            print(
                f"   {side.get('value')!s:>6}  {side.get('source')} | {side.get('who') or '(own voice)'} | "
                f"{side.get('published')} | {side.get('article_id')} "
                f"[{side.get('sentence_start')}:{side.get('sentence_end')}]"
            )
            print(f'           "{sent}"')
    return 0


if __name__ == "__main__":
    _ = dt  # dates come back from the database as datetime.date
    sys.exit(main())
