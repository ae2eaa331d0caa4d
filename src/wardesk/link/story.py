"""A story: the reports of one real-world event, reconciled across outlets.

Reconciliation follows UCDP's practice for fatalities (low = the lowest
figure, high = the highest, best = the median of the independent sources'
best figures) and keeps disagreement as data (``contradictions``) instead of
resolving it. Every reconciled value names the reports, and where they exist
the claims, it came from.
"""

from __future__ import annotations

import hashlib
import statistics
from typing import Any

from wardesk.link.compare import EXACT_RADIUS_KM, NEAR_RADIUS_KM, date_span, haversine_km
from wardesk.link.contradictions import contradictions, per_source
from wardesk.link.report import Report, voice_order
from wardesk.link.statements import independent, source_key, source_label, source_rows
from wardesk.names import fold
from wardesk.record import Location

_PRECISION_RANK = {"exact": 3, "near": 2, "admin1": 1, "country": 0}


def story_id(first_report_id: str) -> str:
    """Stable id: a story keeps the id derived from the report that started it."""
    return "s" + hashlib.sha1(first_report_id.encode("utf-8")).hexdigest()[:12]


def _reconcile_date(reports: list[Report]) -> dict[str, Any] | None:
    spans = [(r.report_id, s) for r in reports if (s := date_span(r))]
    if not spans:
        return None
    start = max(s[0] for _, s in spans)
    end = min(s[1] for _, s in spans)
    if start <= end:  # every dated report agrees: their intersection
        ids = [rid for rid, _ in spans]
    else:  # disagreement: the most precise span that most reports contain

        def support(s: tuple) -> tuple[int, int]:
            n = sum(1 for _, t in spans if t[0] <= s[0] and s[1] <= t[1])
            return n, -(s[1] - s[0]).days

        start, end = max((s for _, s in spans), key=support)
        ids = [rid for rid, t in spans if t[0] <= start and end <= t[1]]
    return {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "precision": "day" if start == end else "range",
        "report_ids": ids,
    }


def _agrees(finer: Location, other: Location) -> bool:
    """Is ``other`` the same place as ``finer`` or a coarser description that contains it?"""
    if fold(finer.name, place=True) == fold(other.name, place=True):
        return True
    if other.precision == "country":
        return not (finer.country and other.country and finer.country != other.country)
    if other.precision == "admin1":
        a1 = fold(finer.admin1 or (finer.name if finer.precision == "admin1" else None), place=True)
        return bool(a1) and a1 == fold(other.admin1 or other.name, place=True)
    if None not in (finer.lat, finer.lon, other.lat, other.lon):
        coarse = min(_PRECISION_RANK[finer.precision], _PRECISION_RANK[other.precision])
        radius = EXACT_RADIUS_KM if coarse == 3 else NEAR_RADIUS_KM
        return haversine_km(finer.lat, finer.lon, other.lat, other.lon) <= radius  # type: ignore[arg-type]
    return False


def _reconcile_place(reports: list[Report]) -> dict[str, Any] | None:
    """The most precise place that the most reports agree with (each report's main place)."""
    mains = [(r.report_id, r.event.locations[0]) for r in reports if r.event.locations]
    if not mains:
        return None

    def rank(item: tuple[str, Location]) -> tuple[int, int]:
        loc = item[1]
        return sum(_agrees(loc, other) for _, other in mains), _PRECISION_RANK[loc.precision]

    _, loc = max(mains, key=rank)
    out = loc.model_dump(mode="json", exclude={"text"})
    out["report_ids"] = [rid for rid, other in mains if _agrees(loc, other)]
    return out


def _reconcile_actors(reports: list[Report]) -> list[dict[str, Any]]:
    seen: dict[tuple[str, str], dict[str, Any]] = {}
    for r in reports:
        for role, actors in (("initiator", r.event.initiators), ("target", r.event.targets)):
            for a in actors:
                key = (role, fold(a.name))
                entry = seen.setdefault(
                    key, {"name": a.name, "type": a.type, "role": role, "count": 0, "report_ids": []}
                )
                if r.report_id not in entry["report_ids"]:
                    entry["report_ids"].append(r.report_id)
                    entry["count"] += 1
    return sorted(seen.values(), key=lambda e: (e["role"], -e["count"], e["name"]))


def _reconcile_count(reports: list[Report], attr: str, what: str) -> dict[str, Any]:
    """low/best/high over the independent sources' current figures; best = their median (a reported figure).

    Each source counts once, with its latest figure (tolls are revised as they
    are counted): ``figures`` lists every report's figure, marking the updates
    a source's later report replaced. Vague counts ("dozens") count only when
    no source gives a figure. With an even number of sources the median is
    the lower middle figure, never a midpoint nobody reported.
    """
    chains = per_source(reports, attr, what)
    figures = []
    current = []
    for src, fs in chains.items():
        for k, f in enumerate(fs):
            latest = k == len(fs) - 1
            if latest:
                current.append(f)
            figures.append(
                {
                    "report_id": f.report.report_id,
                    "source": src,
                    "low": f.low,
                    "best": f.best,
                    "high": f.high,
                    "vague": f.vague,
                    "claims": [i for i, c in enumerate(f.report.event.claims) if c.what == what],
                    "current": latest,
                }
            )
    bests = sorted(f.best for f in current if f.best is not None)
    lows = [f.low if f.low is not None else f.best for f in current]
    highs = [f.high if f.high is not None else f.best for f in current]
    lows = [v for v in lows if v is not None]
    highs = [v for v in highs if v is not None]
    return {
        "low": min(lows) if lows else None,
        "best": statistics.median_low(bests) if bests else None,
        "high": max(highs) if highs else None,
        "report_ids": [f["report_id"] for f in figures],
        "figures": figures,
    }


_FIELDS = (
    "date",
    "place",
    "actors",
    "fatalities",
    "injuries",
    "corroboration",
    "outlets",
    "independent_sources",
    "sources",
    "contradictions",
)


class Story:
    """One real-world event: its reports and what they say together.

    Only ``id``, ``reports`` and ``readings`` are state; every other attribute
    is the reconciliation of the reports, computed when first read after they
    change (``reconcile()`` forces it), so a story can never show a
    reconciliation that disagrees with its reports, and a story nobody reads
    costs nothing. ``readings`` are the other records the reports' articles
    made of the same event (one event read twice links through one report):
    they are not members, but who their outlets quote in them, and whom
    those accuse or deny, count in the rows of who says what and in the
    blame and denial contradictions (not in the figures).

    An article may hold several reports of a story: its ``voices`` (one per
    article, ``report.voice_order``) are reconciled; its other reports are
    the story's ``parts``, other incidents of the story the article tells
    (the shelling before a massacre, the clash an army reports around it).
    They carry the story's id, but their figures, sub-types and accusations
    are of their own incident and count in nothing reconciled.
    """

    def __init__(
        self, id: str, reports: list[Report] | None = None, readings: list[Report] | None = None
    ) -> None:
        self.id = id
        self.reports: list[Report] = list(reports or [])
        self.readings: list[Report] = list(readings or [])
        self._rec: dict[str, Any] | None = None

    def __repr__(self) -> str:
        return f"Story(id={self.id!r}, reports={self.report_ids!r})"

    def __getattr__(self, name: str) -> Any:
        if name in _FIELDS:
            if self._rec is None:
                self.reconcile()
            assert self._rec is not None
            return self._rec[name]
        raise AttributeError(name)

    @classmethod
    def start(cls, report: Report) -> Story:
        """A new story holding one report; its id comes from that report."""
        s = cls(id=story_id(report.report_id), reports=[report])
        s.reconcile()
        return s

    @property
    def report_ids(self) -> list[str]:
        return [r.report_id for r in self.reports]

    @property
    def voices(self) -> list[Report]:
        """One report per article: the one that speaks for it (``report.voice_order``), in report order."""
        best: dict[str, Report] = {}
        for r in self.reports:
            if r.article_id not in best or voice_order(r) < voice_order(best[r.article_id]):
                best[r.article_id] = r
        chosen = {id(r) for r in best.values()}
        return [r for r in self.reports if id(r) in chosen]

    @property
    def parts(self) -> list[Report]:
        """The reports that are not their article's voice: other incidents of the story (not reconciled)."""
        chosen = {id(r) for r in self.voices}
        return [r for r in self.reports if id(r) not in chosen]

    @property
    def article_ids(self) -> set[str]:
        return {r.article_id for r in self.reports}

    def add(self, report: Report) -> None:
        """Add a report (the reconciliation follows on the next read)."""
        self.reports.append(report)
        self._rec = None

    def reconcile(self) -> None:
        """Recompute date, place, actors, counts, sources and contradictions from the reports."""
        rs = self.voices
        told = rs + self.readings
        self._rec = {
            "date": _reconcile_date(rs),
            "place": _reconcile_place(rs),
            "actors": _reconcile_actors(rs),
            "fatalities": _reconcile_count(rs, "fatalities", "killed"),
            "injuries": _reconcile_count(rs, "injuries", "injured"),
            "corroboration": len({source_key(r) for r in rs if independent(r)}),
            "outlets": sorted({r.outlet for r in rs if r.outlet}),
            "independent_sources": sorted({source_label(r) for r in rs if independent(r)}),
            "sources": source_rows(told),
            "contradictions": contradictions(rs, self.readings),
        }

    def to_dict(self, include_reports: bool = True) -> dict[str, Any]:
        """JSON-ready: the reconciliation (to read) and the reports (to link more to later).

        A store that keeps the reports in its own tables passes
        ``include_reports=False`` and rebuilds the story from them.
        """
        out = {
            "id": self.id,
            "report_ids": self.report_ids,
            "date": self.date,
            "place": self.place,
            "actors": self.actors,
            "fatalities": self.fatalities,
            "injuries": self.injuries,
            "corroboration": self.corroboration,
            "outlets": self.outlets,
            "independent_sources": self.independent_sources,
            "sources": self.sources,
            "contradictions": self.contradictions,
        }
        if include_reports:
            out["reports"] = [r.to_dict() for r in self.reports]
            out["readings"] = [r.to_dict() for r in self.readings]
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Story:
        """Inverse of ``to_dict``: the reconciliation is recomputed from the stored reports."""
        s = cls(
            id=str(d["id"]),
            reports=[Report.from_dict(r) for r in d.get("reports", [])],
            readings=[Report.from_dict(r) for r in d.get("readings") or []],
        )
        s.reconcile()
        return s
