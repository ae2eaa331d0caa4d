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
from dataclasses import dataclass, field
from typing import Any

from wardesk.link.compare import EXACT_RADIUS_KM, NEAR_RADIUS_KM, date_span, haversine_km
from wardesk.link.report import Report
from wardesk.names import fold
from wardesk.record import Location

#: Two fatality figures further apart than this share of the larger one are a
#: contradiction (the issue's 20 %; UCDP treats such gaps as a source dispute).
FATALITY_CONTRADICTION_RATIO = 0.20
_PRECISION_RANK = {"exact": 3, "near": 2, "admin1": 1, "country": 0}


def story_id(first_report_id: str) -> str:
    """Stable id: a story keeps the id derived from the report that started it."""
    return "s" + hashlib.sha1(first_report_id.encode("utf-8")).hexdigest()[:12]


def source_key(r: Report) -> str:
    """The independent source a report stands for: its outlet, or its article when the outlet is unknown."""
    return "outlet:" + fold(r.outlet) if r.outlet and fold(r.outlet) else "article:" + r.article_id


def _independent(reports: list[Report]) -> list[Report]:
    """Reports that are not republished copies of another report or article."""
    return [r for r in reports if not r.near_dup_of]


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
    """low/best/high over the independent reports; best = median of each source's best."""
    figures = []
    for r in _independent(reports):
        c = getattr(r.event, attr)
        if c.best is None and c.low is None and c.high is None:
            continue
        claims = [i for i, cl in enumerate(r.event.claims) if cl.what == what]
        figures.append(
            {
                "report_id": r.report_id,
                "source": source_key(r),
                "low": c.low,
                "best": c.best,
                "high": c.high,
                "claims": claims,
            }
        )
    lows = [f["low"] if f["low"] is not None else f["best"] for f in figures]
    highs = [f["high"] if f["high"] is not None else f["best"] for f in figures]
    per_source: dict[str, int] = {}
    for f in figures:  # one figure per source: its highest best (tolls are revised upwards)
        if f["best"] is not None:
            per_source[f["source"]] = max(per_source.get(f["source"], f["best"]), f["best"])
    lows = [v for v in lows if v is not None]
    highs = [v for v in highs if v is not None]
    best = statistics.median(per_source.values()) if per_source else None
    return {
        "low": min(lows) if lows else None,
        "best": int(best) if best is not None and float(best).is_integer() else best,
        "high": max(highs) if highs else None,
        "report_ids": [f["report_id"] for f in figures],
        "figures": figures,
    }


def _contradictions(reports: list[Report], fatalities: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    bests = [(f["report_id"], f["best"]) for f in fatalities["figures"] if f["best"] is not None]
    if len(bests) >= 2:
        lo, hi = min(v for _, v in bests), max(v for _, v in bests)
        if hi > 0 and (hi - lo) / hi > FATALITY_CONTRADICTION_RATIO:
            out.append(
                {
                    "kind": "fatalities",
                    "detail": f"fatality figures range from {lo} to {hi} ({(hi - lo) / hi:.0%} apart)",
                    "report_ids": [rid for rid, _ in bests],
                    "values": {rid: v for rid, v in bests},
                }
            )
    named = [
        (r.report_id, sorted({a.name for a in r.event.initiators}))
        for r in _independent(reports)
        if r.event.initiators
    ]
    groups = {tuple(fold(n) for n in names) for _, names in named}
    clash = any(not set(x) & set(y) for x in groups for y in groups if x != y)
    if clash:
        out.append(
            {
                "kind": "initiator",
                "detail": "sources name different initiators: "
                + " / ".join(sorted({", ".join(n) for _, n in named})),
                "report_ids": [rid for rid, _ in named],
                "values": {rid: names for rid, names in named},
            }
        )
    denials = {
        r.report_id: [(i, s.name) for i, s in enumerate(r.event.sources) if s.verb == "denied"]
        for r in reports
    }
    denials = {rid: d for rid, d in denials.items() if d}
    if denials:
        names = sorted({n for d in denials.values() for _, n in d})
        out.append(
            {
                "kind": "denial",
                "detail": ", ".join(names) + " denied",
                "report_ids": list(denials),
                "values": {rid: [n for _, n in d] for rid, d in denials.items()},
                "sources": {rid: [i for i, _ in d] for rid, d in denials.items()},
            }
        )
    return out


@dataclass
class Story:
    """One real-world event: its reports and what they say together.

    Only ``id`` and ``reports`` are state; every other field is recomputed by
    ``reconcile()`` whenever a report joins, so a stored story can never hold
    a reconciliation that disagrees with its reports.
    """

    id: str
    reports: list[Report] = field(default_factory=list)
    date: dict[str, Any] | None = None
    place: dict[str, Any] | None = None
    actors: list[dict[str, Any]] = field(default_factory=list)
    fatalities: dict[str, Any] = field(default_factory=dict)
    injuries: dict[str, Any] = field(default_factory=dict)
    corroboration: int = 0
    outlets: list[str] = field(default_factory=list)
    contradictions: list[dict[str, Any]] = field(default_factory=list)

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
    def article_ids(self) -> set[str]:
        return {r.article_id for r in self.reports}

    def add(self, report: Report) -> None:
        """Add a report and reconcile again."""
        self.reports.append(report)
        self.reconcile()

    def reconcile(self) -> None:
        """Recompute date, place, actors, counts, corroboration and contradictions from the reports."""
        rs = self.reports
        self.date = _reconcile_date(rs)
        self.place = _reconcile_place(rs)
        self.actors = _reconcile_actors(rs)
        self.fatalities = _reconcile_count(rs, "fatalities", "killed")
        self.injuries = _reconcile_count(rs, "injuries", "injured")
        independent = {source_key(r) for r in _independent(rs)}
        self.corroboration = len(independent)
        self.outlets = sorted({r.outlet for r in rs if r.outlet})
        self.contradictions = _contradictions(rs, self.fatalities)

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
            "contradictions": self.contradictions,
        }
        if include_reports:
            out["reports"] = [r.to_dict() for r in self.reports]
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Story:
        """Inverse of ``to_dict``: the reconciliation is recomputed from the stored reports."""
        s = cls(id=str(d["id"]), reports=[Report.from_dict(r) for r in d.get("reports", [])])
        s.reconcile()
        return s
