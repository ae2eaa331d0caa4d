"""Stories built in a test from a few reports we write: each report is extracted as an article, one
of its events is read as a report (``link.Report.read``), and the reports make one ``link.Story``.
The contradiction sweeps share this so that they read reports the same way."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Told:
    """One outlet's report of the incident."""

    outlet: str
    published: str
    text: str
    #: which of the article's non-background events is this incident's (0: the article's main event;
    #: more: an aside, a passage on another incident)
    pick: int = 0


def story_kinds(name: str, told: list[Told], *, mark_main: bool = True) -> tuple[str, ...]:
    """The kinds of the contradictions that one story of ``told`` lists. A report whose article has
    no event at its ``pick`` is left out; ``mark_main`` says whether a pick of 0 is read as its
    article's main report (``Report.read(main=...)``) or as a plain one."""
    import wardesk
    from wardesk.link import Report, Story

    reports = []
    for i, t in enumerate(told):
        aid = f"{name}/{i}"
        out = wardesk.extract_article(t.text, published=t.published, source=t.outlet, article_id=aid)
        events = [ev for ev in out.events if not ev.background]
        if len(events) <= t.pick:
            continue
        rep, _ = Report.read(
            f"{aid}:{t.pick}",
            aid,
            t.outlet,
            dt.date.fromisoformat(t.published),
            events[t.pick],
            t.text,
            main=mark_main and t.pick == 0,
        )
        reports.append(rep)
    return tuple(c["kind"] for c in Story(id=f"s-{name}", reports=reports).contradictions)
