"""Group reports into stories: agglomerative clustering where every report must fit the story as a whole.

The result is a function of the set of reports, not of the order they arrive
in: clusters are merged best pair first (ties broken by report ids), and a
merge needs every pair of reports across the two clusters to be compatible
(the gate of ``compare``), so stories never chain from one event to the next
through a closest member. Linking new reports against stored stories
re-clusters those stories' reports with the new ones, which gives the same
stories as linking everything at once.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from wardesk.link.compare import (
    LINK_SLACK_DAYS,
    LONGEST_SPAN_DAYS,
    NO_DATE_AT_ALL,
    Gate,
    Vector,
    date_key,
    date_span,
    families_differ,
    gate,
    linkable,
    main_places_meet,
    one_place,
    one_scene,
    one_toll_one_scene,
    own_span,
    pair_score,
    read_twice,
    same_main_place,
    text_vectors,
)
from wardesk.link.report import UNTOLD_TYPE, Report, is_aside, voice_order
from wardesk.link.story import Story, story_id
from wardesk.link.targets import Target, named_targets, share_target
from wardesk.record import FAMILY

#: Least average pair score (0-1) for two clusters to merge. Set on the FA-KES
#: link set and the contested-story set (bench/link_eval.py, bench/link_set.py);
#: rerun both after a change.
LINK_MIN_SCORE = 0.55
#: Least score of a pair on weak grounds (undated, unplaced or country-only,
#: two families): such a pair scores 0 on what could not be checked, so this
#: already asks the wording, figures and actors to agree.
STRONG_MIN_SCORE = 0.60
#: Longest time a story may cover, in days, from the earliest start to the latest
#: end of its dated reports: one incident, reported over a few days.
MAX_STORY_DAYS = 7
#: How much a merge of main events (``Report.main``) goes before others, in the order of merges only
#: (not in the thresholds): where an article reads one event several times, its main reading is
#: the one that links, unless another reading fits clearly better.
MAIN_PRIORITY = 0.2
#: Longest date span, in days, of a report that joins a story as a part (``_attach_parts``): it joins on
#: compatible days and places, not on its score, so it must give its day ("on Friday and Saturday").
PART_MAX_SPAN_DAYS = 2
#: Precisions of the main place a part must give (``_attach_parts``): a town, or near one.
PART_PRECISIONS = frozenset({"exact", "near"})
#: Scores are rounded to this many decimals before they are compared, so the
#: order in which floating-point sums were taken never decides a tie.
_ROUND = 9
#: A pair the cache has not scored yet (the cache also keeps None: a pair the gate refuses).
_UNSCORED = object()


@dataclass
class _Cluster:
    key: str  # the smallest report id of its anchors: a stable name for tie-breaking
    anchors: list[int]  # indices of the independent reports
    riders: list[int] = field(default_factory=list)  # near-duplicates riding with their originals
    articles: set[str] = field(default_factory=set)
    first: dt.date | None = None
    last: dt.date | None = None
    version: int = 0


def _sort_key(r: Report) -> tuple[dt.date, str]:
    k = date_key(r)
    return (k[0] if k else dt.date.max, r.report_id)


class LinkCache:
    """Pair scores and text vectors kept between link runs of one process (reports are immutable).

    A run re-clusters the stored reports around the new ones; with the cache
    it scores only the pairs it has not seen. ``max_pairs`` bounds the memory
    (and the garbage collector's work, which grows with it): past it the
    cache starts afresh. 300,000 pairs are several days of dense news.
    """

    def __init__(self, max_pairs: int = 300_000) -> None:
        self.pairs: dict[tuple[str, str], float | None] = {}
        self.vectors: dict[str, Vector | None] = {}
        self.targets: dict[str, frozenset[Target]] = {}
        self.max_pairs = max_pairs

    def trim(self) -> None:
        if len(self.pairs) > self.max_pairs:
            self.pairs.clear()
            self.vectors.clear()
            self.targets.clear()


class _Linker:
    """The pair scores of one set of reports and their agglomeration."""

    def __init__(self, reports: list[Report], texts: Mapping[str, str], cache: LinkCache) -> None:
        self.reports = reports
        self.texts = texts
        self.cache = cache
        self.pairs: dict[tuple[int, int], float] = {}  # compatible pairs (i < j): usable score
        self.adj: dict[int, set[int]] = {}
        self._article_of: list[Report] = []  # the reports ``_by_article`` was built from
        self._by_article: dict[str, list[Report]] = {}

    def index(self, anchors: list[int]) -> None:
        """Sort the anchors by the first day of their date keys, to find a report's candidates by bisection."""
        self._keys = {i: date_key(self.reports[i]) for i in anchors}
        keyed = sorted((self._keys[i], i) for i in anchors)  # type: ignore[type-var]
        self._starts = [k[0] for k, _ in keyed]  # type: ignore[index]
        self._keyed = keyed
        #: when each anchor was indexed, and when its surroundings were scored (``add`` counts the rounds):
        #: a pair whose other report was scored around after this one was indexed is scored already
        self._round = 0
        self._indexed = dict.fromkeys(anchors, 0)
        self._scored: dict[int, int] = {}

    def add(self, anchors: list[int]) -> None:
        """Index more anchors (reports appended to ``self.reports``)."""
        self._round += 1
        for i in anchors:
            self._indexed[i] = self._round
            k = self._keys[i] = date_key(self.reports[i])
            at = bisect.bisect_right(self._keyed, (k, i))  # type: ignore[arg-type]
            self._keyed.insert(at, (k, i))  # type: ignore[arg-type]
            self._starts.insert(at, k[0])  # type: ignore[index]

    def score_around(self, i: int) -> set[int]:
        """Gate and score report i against every anchor whose days may meet its own; its compatible ones."""
        if i not in self._scored:
            self._scored[i] = self._round
            start, end = self._keys[i]  # type: ignore[misc]
            slack = dt.timedelta(days=LINK_SLACK_DAYS)
            reach = slack + dt.timedelta(days=LONGEST_SPAN_DAYS)
            lo = bisect.bisect_left(self._starts, start - reach)
            hi = bisect.bisect_right(self._starts, end + slack)
            mine, scored = self._indexed[i], self._scored
            # the tests below on whole days, with the slack and reach moved to i's side once
            first, last, latest = start - slack, end + slack, start + reach
            score = self._score
            for (ks, ke), j in self._keyed[lo:hi]:  # type: ignore[misc]
                if j == i or ke < first or ks > last:
                    continue
                if j in scored and mine <= scored[j] and ks <= latest:
                    continue  # j's own round met i (the days meet; i's start within j's window): scored
                if i < j:
                    score(i, j)
                else:
                    score(j, i)
        return self.adj.get(i, set())

    def _vector(self, r: Report) -> Vector | None:
        if r.report_id not in self.cache.vectors:
            self.cache.vectors[r.report_id] = text_vectors({"x": self.texts.get(r.report_id, "")}).get("x")
        return self.cache.vectors[r.report_id]

    def _targets(self, r: Report) -> frozenset[Target]:
        if r.report_id not in self.cache.targets:
            self.cache.targets[r.report_id] = named_targets(self.texts.get(r.report_id, ""))
        return self.cache.targets[r.report_id]

    def _score(self, i: int, j: int) -> None:
        a, b = self.reports[i], self.reports[j]
        ka, kb = a.report_id, b.report_id
        key = (ka, kb) if ka < kb else (kb, ka)
        pairs = self.cache.pairs
        s = pairs.get(key, _UNSCORED)
        if s is _UNSCORED:
            s = pairs[key] = self._fresh_score(a, b)
        if s is None:
            return
        self.pairs[(i, j)] = s  # type: ignore[assignment]
        adj = self.adj
        if i in adj:
            adj[i].add(j)
        else:
            adj[i] = {j}
        if j in adj:
            adj[j].add(i)
        else:
            adj[j] = {i}

    def _fresh_score(self, a: Report, b: Report) -> float | None:
        # the gate first: most pairs looked at fail it, and need neither their targets nor their wording
        g = gate(a, b)
        if not g.ok:
            return None
        if g.one_act and self._tells_both(a, b):
            # an article of the pair tells both acts: no reading of one another, as before this rule
            told = one_toll_one_scene(a, b) and g.date == 1.0  # joined by one toll at one site and day
            g = Gate(True, weak=g.weak or not told, place=g.place, date=g.date, weak_but_place=not told)
        same = share_target(self._targets(a), self._targets(b))
        g, s = pair_score(a, b, self._vector(a), self._vector(b), same_target=same, gated=g)
        if g.weak:
            s -= STRONG_MIN_SCORE - LINK_MIN_SCORE  # weak grounds must earn more
        return round(s, _ROUND)

    def _siblings(self, r: Report) -> list[Report]:
        """The other reports of r's article among the reports of the run."""
        if len(self._article_of) != len(self.reports):
            self._by_article = {}
            for x in self.reports:
                self._by_article.setdefault(x.article_id, []).append(x)
            self._article_of = list(self.reports)
        return [x for x in self._by_article.get(r.article_id, ()) if x is not r]

    def _tells_both(self, a: Report, b: Report) -> bool:
        """Are a and b of two families joined as one act's two readings (``compare.one_act_two_readings``)
        while one of their articles itself tells the other's family at its own scene?

        An article that reports both a fight and a killing (or a strike) at one town on one day tells
        two acts, not one act two ways: its fight is no reading of another outlet's killing. The pair
        is then weak, as two families were before (it needs a strong score), or, when one toll at one
        site on one day joins them (``compare.one_toll_one_scene``), not weak but of types that do not
        agree: as before this rule. The caller checks the gate found the pair one act's two readings.
        """
        return any(
            FAMILY[x.told_type] == FAMILY[other.told_type] and one_scene(r, x)
            for r, other in ((a, b), (b, a))
            for x in self._siblings(r)
            if x.told_type != UNTOLD_TYPE
        )

    def linkage(self, a: _Cluster, b: _Cluster) -> float | None:
        """Average score over every pair across the clusters, or None when any pair is incompatible."""
        if a.articles & b.articles:
            return None
        if a.first and b.first and a.last and b.last:
            if (max(a.last, b.last) - min(a.first, b.first)).days + 1 > MAX_STORY_DAYS:
                return None
        total = 0.0
        for i in a.anchors:
            for j in b.anchors:
                s = self.pairs.get((i, j) if i < j else (j, i))
                if s is None:
                    return None
                total += s
        mean = round(total / (len(a.anchors) * len(b.anchors)), _ROUND)
        return mean if mean >= LINK_MIN_SCORE else None


def _originals(reports: list[Report], copies: list[int], anchors: set[int]) -> dict[int, int]:
    """For each near-duplicate, the anchor report of its original (same article or report id), if present."""
    by_article: dict[str, list[int]] = {}
    for i in anchors:
        by_article.setdefault(reports[i].article_id, []).append(i)
        by_article.setdefault(reports[i].report_id, []).append(i)
    out = {}
    for c in copies:
        cands = by_article.get(reports[c].near_dup_of or "", [])
        if not cands:
            continue
        # the original's report about the same event: a compatible one; failing that, for a copy whose
        # own reading found no date, the one of the same type. A dated copy of another event of the
        # original article stays apart.
        copy = reports[c]
        scored = [(sc, i) for i in cands for g, sc in [pair_score(copy, reports[i])] if g.ok]
        if not scored and date_span(copy) is None:
            scored = [(0.0, i) for i in cands if reports[i].event.event_type == copy.event.event_type]
        if scored:
            out[c] = min(scored, key=lambda t: (-round(t[0], _ROUND), reports[t[1]].report_id))[1]
    return out


class _Reach:
    """The reports to cluster again: the new ones, and everything connected to them.

    Connected means through compatible pairs, and through the stories already
    settled: a story reached is reached whole. Pairs are scored only along
    the way, so the cost follows the new reports and their surroundings, not
    the size of what is loaded. ``grow`` goes on from where it stopped when
    more reports are added.
    """

    def __init__(self, p: _Prepared, settled: Mapping[str, str]) -> None:
        self.p = p
        self.settled = settled
        self.members: dict[str, list[int]] = {}
        self.seen: set[int] = set()
        self.todo: list[int] = []
        self._index(range(len(p.reports)))
        self.todo = [i for i, r in enumerate(p.reports) if r.report_id not in settled]
        self.seen = set(self.todo)

    def _index(self, ixs: Iterable[int]) -> None:
        for i in ixs:
            sid = self.settled.get(self.p.reports[i].report_id)
            if sid is not None:
                self.members.setdefault(sid, []).append(i)

    def grow(self) -> set[int]:
        p = self.p
        is_anchor = set(p.anchors)
        riders: dict[int, list[int]] = {}
        for c, o in p.rides.items():
            riders.setdefault(o, []).append(c)
        while self.todo:
            i = self.todo.pop()
            reached = list(riders.get(i, ()))
            if i in p.rides:
                reached.append(p.rides[i])
            if i in is_anchor:
                reached += p.lk.score_around(i)
                reached += p.readings.same(i)  # which reading of an event links decides for its twins
            sid = self.settled.get(p.reports[i].report_id)
            if sid is not None:
                reached += self.members[sid]
            for j in reached:
                if j not in self.seen:
                    self.seen.add(j)
                    self.todo.append(j)
        return self.seen

    def extend(self, more: list[Report]) -> None:
        """Add reports (of stories settled around reached ones); those compatible with a reached report are reached."""
        p = self.p
        first = len(p.reports)
        p.reports.extend(more)
        self._index(range(first, len(p.reports)))
        riding = set(p.rides)
        fresh = _roles(p.reports, range(first, len(p.reports)), p)
        p.lk.add(fresh)
        for j in fresh:
            if p.lk.score_around(j) & self.seen or not self.seen.isdisjoint(p.readings.same(j)):
                self.seen.add(j)
                self.todo.append(j)
        for c, o in p.rides.items():
            if c not in riding and o in self.seen and c not in self.seen:
                self.seen.add(c)
                self.todo.append(c)


class _Readings:
    """Anchors of one article that are one event read twice (``compare.read_twice``), as groups.

    Union-find over the anchors of each article: the groups are the transitive
    closure of ``read_twice``, a function of the set of reports alone.
    """

    def __init__(self, reports: list[Report]) -> None:
        self.reports = reports
        self.parent: dict[int, int] = {}
        self.by_article: dict[str, list[int]] = {}

    def add(self, i: int) -> None:
        self.parent[i] = i
        twins = self.by_article.setdefault(self.reports[i].article_id, [])
        for j in twins:
            if read_twice(self.reports[i], self.reports[j]):
                self.parent[self.find(i)] = self.find(j)
        twins.append(i)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def same(self, i: int) -> list[int]:
        """The other anchors of i's article read as i's event."""
        root = self.find(i)
        return [
            j for j in self.by_article.get(self.reports[i].article_id, ()) if j != i and self.find(j) == root
        ]


@dataclass
class _Prepared:
    reports: list[Report]  # in date order
    anchors: list[int]  # the independent linkable reports (and copies without an original here)
    rides: dict[int, int]  # copy -> the original's report it rides with
    lk: _Linker
    readings: _Readings


def _prepare(reports: list[Report], texts: Mapping[str, str], cache: LinkCache) -> _Prepared:
    reports = sorted(reports, key=_sort_key)
    p = _Prepared(reports, [], {}, _Linker(reports, texts, cache), _Readings(reports))
    p.lk.index(_roles(reports, range(len(reports)), p))
    return p


def _roles(reports: list[Report], ixs: Iterable[int], p: _Prepared) -> list[int]:
    """Sort reports ``ixs`` into anchors and copies riding with their originals (updating ``p``); the new anchors.

    A copy of an incident rides with its original even when its own reading
    found no date. Originals are looked for among all anchors of ``p``.
    """
    ixs = list(ixs)
    linkable_ix = {i for i in ixs if linkable(reports[i]) is None}
    independent = sorted(i for i in linkable_ix if not reports[i].near_dup_of)
    p.anchors.extend(independent)
    copies = [
        i
        for i in ixs
        if reports[i].near_dup_of and (i in linkable_ix or linkable(reports[i]) == NO_DATE_AT_ALL)
    ]
    rides = _originals(reports, copies, set(p.anchors))
    p.rides.update(rides)
    lone = sorted(c for c in copies if c not in rides and c in linkable_ix)
    p.anchors.extend(lone)
    for i in independent + lone:
        p.readings.add(i)
    return independent + lone


#: Most rounds of asking for more stored stories when what is connected to the new reports reaches past
#: what was given (``link_reports``'s ``widen``).
MAX_WIDENINGS = 20

Widen = Callable[[list[Report]], tuple[list[Story], dict[str, str]]]


def cluster(
    reports: list[Report],
    texts: Mapping[str, str],
    cache: LinkCache | None = None,
    settled: Mapping[str, str] | None = None,
    widen: Widen | None = None,
) -> tuple[list[list[Report]], list[Story], dict[str, list[Report]]]:
    """The reports grouped into stories (each list in date order); unlinkable reports stand alone.

    ``settled`` maps report ids to the story they are already in. Reports are
    connected by their compatible pairs; whatever is not connected to an
    unsettled report is clustered already and is returned as its stories
    without clustering it again. ``widen(reports)``, when given, returns
    further stored stories connected to the settled reports that are
    connected to new ones (and their texts); they are added, until it has
    none. Returns the groups, the stories ``widen`` added, and each anchor's
    twin readings (``_Readings``) by report id.
    """
    cache = cache if cache is not None else LinkCache()
    settled = dict(settled or {})
    texts = dict(texts)
    added: list[Story] = []
    p = _prepare(reports, texts, cache)
    p.lk.texts = texts
    region = _Reach(p, settled)
    dirty = region.grow()
    for _ in range(MAX_WIDENINGS if widen is not None else 0):
        known = {r.report_id for r in p.reports}
        edge = [i for i in sorted(dirty) if p.reports[i].report_id in settled]
        more, more_texts = widen([p.reports[i] for i in edge])  # type: ignore[misc]
        more = [st for st in more if not any(r.report_id in known for r in st.reports)]
        if not more:
            break
        texts.update(more_texts)
        added += more
        settled.update({r.report_id: st.id for st in more for r in st.reports})
        region.extend([r for st in more for r in st.reports])
        dirty = region.grow()
    reports, anchors, rides, lk = p.reports, p.anchors, p.rides, p.lk
    kept: dict[str, list[int]] = {}
    for i, r in enumerate(reports):
        if i not in dirty and r.report_id in settled:
            kept.setdefault(settled[r.report_id], []).append(i)
    groups: list[list[int]] = list(kept.values())
    todo = [i for i in anchors if i in dirty]
    groups += _agglomerate(reports, lk, todo, {c: o for c, o in rides.items() if o in dirty}, p.readings)
    placed = {i for g in groups for i in g}
    groups += [[i] for i in range(len(reports)) if i not in placed]
    out = [sorted((reports[i] for i in g), key=_sort_key) for g in groups]
    out.sort(key=lambda g: _sort_key(g[0]))
    cache.trim()
    twins = {reports[i].report_id: [reports[j] for j in p.readings.same(i)] for i in p.readings.parent}
    return out, added, {k: v for k, v in twins.items() if v}


def _agglomerate(
    reports: list[Report], lk: _Linker, anchors: list[int], rides: dict[int, int], readings: _Readings
) -> list[list[int]]:
    """Merge clusters best pair first while every pair across them is compatible and the average score holds.

    One event read twice by one article links once: once a reading is in a
    story of several reports, the article's other readings of that event
    (``readings``) stay out of every other story, so they cannot repeat the
    story in parallel with the other articles' second readings. Best pair
    first, the reading that fits the other articles best is the one that links.
    """
    linked: dict[int, str] = {}  # reading group -> key of the story of several reports holding one of them
    owner: dict[int, _Cluster] = {}
    for i in anchors:
        r = reports[i]
        span = own_span(r)  # a vague or assumed span never widens its story's
        owner[i] = _Cluster(
            key=r.report_id,
            anchors=[i],
            articles={r.article_id},
            first=span[0] if span else None,
            last=span[1] if span else None,
        )
    for c_ix, o_ix in rides.items():
        owner[o_ix].riders.append(c_ix)
    heap: list[tuple[float, str, str, int, int]] = []

    def push(a: _Cluster, b: _Cluster) -> None:
        if a.key > b.key:
            a, b = b, a
        s = lk.linkage(a, b)
        if s is not None:
            members = a.anchors + b.anchors
            main = sum(reports[i].main for i in members) / len(members)
            heapq.heappush(
                heap, (-round(s + MAIN_PRIORITY * main, _ROUND), a.key, b.key, a.version, b.version)
            )

    by_key = {c.key: c for c in owner.values()}
    for i, j in lk.pairs:
        if i in owner and j in owner and owner[i] is not owner[j]:
            push(owner[i], owner[j])
    while heap:
        _, ka, kb, va, vb = heapq.heappop(heap)
        a, b = by_key.get(ka), by_key.get(kb)
        if a is None or b is None or a.version != va or b.version != vb:
            continue  # stale: one side has merged since
        if any(linked.get(readings.find(i), ka) not in (ka, kb) for i in a.anchors + b.anchors):
            continue  # another reading of one of these events already links elsewhere
        merged = _merge(a, b)
        del by_key[ka], by_key[kb]
        by_key[merged.key] = merged
        for i in merged.anchors:
            owner[i] = merged
            linked[readings.find(i)] = merged.key
        neighbours = {owner[j].key for i in merged.anchors for j in lk.adj.get(i, ()) if j in owner}
        for k in sorted(neighbours - {merged.key}):
            push(merged, by_key[k])
    _seat_best_readings(reports, lk, by_key, readings, rides)
    _attach_parts(reports, lk, by_key)
    return _without_echoes(reports, by_key)


def _without_echoes(reports: list[Report], by_key: dict[str, _Cluster]) -> list[list[int]]:
    """The stories as index lists, each *echo* taken apart into reports of their own.

    An article that tells its event twice, in two families (the army's clash and the villagers'
    killings; a bombing and the fire that followed) gives a main record and an aside of one scene
    (``compare.one_scene``). Where two articles' mains link, their asides of that scene may link
    too, in a second story beside the first: a *shadow*. ``_fold_shadows`` folds it in as parts
    when each aside may be a part (placed at a town, dated to its day); when it cannot, the shadow
    stood as a second story of the same event, its links counted twice. A story holding asides only
    (``report.is_aside``), each of one scene with its article's main, all those mains in one other
    story, is such an echo: one event read twice links once, so its reports stand alone. An aside's
    wire copy riding with it is an echo too (the copy's main rides with the original's). Asides of
    another scene (a roundup's next town, an event recalled from last week) are news of their own
    and keep their stories.
    """
    main_of = {r.article_id: i for i, r in enumerate(reports) if r.main}
    home = {i: c.key for c in by_key.values() for i in c.anchors + c.riders}
    groups: list[list[int]] = []
    for c in by_key.values():
        members = c.anchors + c.riders
        if len(members) > 1 and _echo(reports, members, main_of, home):
            groups += [[i] for i in members]
        else:
            groups.append(members)
    return groups


def _echo(reports: list[Report], members: list[int], main_of: dict[str, int], home: dict[int, str]) -> bool:
    """Are all these reports asides of their articles' mains' scene, the mains all in one other story?"""
    homes = set()
    for i in members:
        r = reports[i]
        m = main_of.get(r.article_id)
        if m is None or not is_aside(r) or not one_scene(r, reports[m]):
            return False
        homes.add(home.get(m))
    return len(homes) == 1 and None not in homes and home.get(members[0]) not in homes


def _mean_with_others(reports: list[Report], lk: _Linker, c: _Cluster, i: int) -> float | None:
    """The average pair score of report i with story c's reports of other articles; None when any of
    those pairs is incompatible (or there are none)."""
    art = reports[i].article_id
    scores = []
    for j in c.anchors:
        if reports[j].article_id == art:
            continue
        s = lk.pairs.get((i, j) if i < j else (j, i))
        if s is None:
            return None
        scores.append(s)
    return round(sum(scores) / len(scores), _ROUND) if scores else None


def _main_place_meets(reports: list[Report], c: _Cluster, i: int, every: bool) -> bool:
    """Is report i's main place (its first location) one place (``compare.one_place``) with the main
    place of every (``every``) or of any other article's report in story c?"""
    others = [reports[j] for j in c.anchors if reports[j].article_id != reports[i].article_id]
    meets = (one_place(reports[i], o) for o in others)
    return bool(others) and (all(meets) if every else any(meets))


def tells_as_much(reading: Report, seat: Report) -> bool:
    """Does ``reading`` give each thing ``seat`` gives that the score compares (a toll, the injured,
    a doer, a place)?

    A component one report leaves out scores as neutral (``compare.MISSING_COMPONENT``), so a
    reading that says less (the lead's "an attack on the village", without the toll the next
    paragraph gives) can look closer to the other outlets than the reading that gives the toll
    they dispute. Only a reading that tells as much may take the other's seat.
    """
    a, b = reading.event, seat.event
    for mine, theirs in (
        (a.fatalities.best, b.fatalities.best),
        (a.injuries.best, b.injuries.best),
        (a.initiators, b.initiators),
        (a.locations, b.locations),
    ):
        if theirs and not mine:
            return False
    return True


def _seat_best_readings(
    reports: list[Report],
    lk: _Linker,
    by_key: dict[str, _Cluster],
    readings: _Readings,
    rides: Mapping[int, int],
) -> None:
    """Give an article's seat in a story to its reading of the event told where the others tell it.

    A story holds one report per article, and where an article reads one event twice
    (``compare.read_twice``: the lead's "blast in the region" and the next paragraph's "the
    bomb in the town") its main reading goes first in the order of merges (``MAIN_PRIORITY``),
    so the main takes the seat even when every other outlet tells the event at the place the
    other reading names first. The place an article puts first is where it says the event
    happened; the wording alone does not move the seat (the main links unless another reading
    fits clearly better). Once the stories are formed, a twin reading left alone takes its
    article's seat when its main place is one place (``compare.one_place``) with the main place
    of every other article's report in the story while the seat's is with none, its average
    score with them is higher than the seat's (and at least ``LINK_MIN_SCORE``), every pair is
    compatible, the story's days stay within ``MAX_STORY_DAYS``, it tells as much
    (``tells_as_much``) and no copy rides with the seat. The seat's reading then stands alone, as
    the twin did. The stories and their order are a function of the set of reports, so this is
    too.
    """
    alone = {c.anchors[0] for c in by_key.values() if len(c.anchors) == 1 and not c.riders}
    carried = set(rides.values())
    for c in sorted((c for c in by_key.values() if len(c.articles) > 1), key=lambda c: c.key):
        for i in list(c.anchors):
            if i in carried:
                continue  # a copy rides with this reading: its words are the seat's evidence too
            mine = _mean_with_others(reports, lk, c, i)
            if mine is None or _main_place_meets(reports, c, i, every=False):
                continue  # told where one of the other outlets tells it first: the seat is its own
            best: tuple[float, str, int] | None = None
            for t in readings.same(i):
                if t not in alone or not tells_as_much(reports[t], reports[i]):
                    continue
                if not _main_place_meets(reports, c, t, every=True):
                    continue
                got = _mean_with_others(reports, lk, c, t)
                if got is None or got < LINK_MIN_SCORE or got <= mine:
                    continue
                cand = (-got, reports[t].report_id, t)
                if best is None or cand < best:
                    best = cand
            if best is None:
                continue
            t = best[2]
            spans = [sp for sp in (own_span(reports[x]) for x in c.anchors if x != i) if sp]
            span_t = own_span(reports[t])
            spans += [span_t] if span_t else []
            first = min((sp[0] for sp in spans), default=None)
            last = max((sp[1] for sp in spans), default=None)
            if first and last and (last - first).days + 1 > MAX_STORY_DAYS:
                continue
            _swap_seat(reports, by_key, c, i, t, first, last)
            alone.discard(t)
            alone.add(i)


def _swap_seat(
    reports: list[Report],
    by_key: dict[str, _Cluster],
    c: _Cluster,
    seat: int,
    reading: int,
    first: dt.date | None,
    last: dt.date | None,
) -> None:
    """Put ``reading`` (alone) in story c in place of ``seat``, which then stands alone; c is keyed
    again by its smallest report id."""
    del by_key[reports[reading].report_id], by_key[c.key]
    c.anchors = sorted([x for x in c.anchors if x != seat] + [reading])
    c.key = min(reports[x].report_id for x in c.anchors)
    c.first, c.last = first, last
    c.version += 1
    by_key[c.key] = c
    r = reports[seat]
    span = own_span(r)
    by_key[r.report_id] = _Cluster(
        key=r.report_id,
        anchors=[seat],
        articles={r.article_id},
        first=span[0] if span else None,
        last=span[1] if span else None,
    )


def _attach_parts(reports: list[Report], lk: _Linker, by_key: dict[str, _Cluster]) -> None:
    """Let a story hold the other incidents its articles tell of it (``Story.parts``).

    A story holds one report per article while it is clustered, so an article
    that tells the story in several incidents (the shelling of a village and the
    killings that followed; an army's clash around a massacre) links only one of
    them. Afterwards a report left alone joins the story of several articles that
    holds its article's voice when it is another sub-type than that voice, told
    of compatible days and places (``compare.one_scene``), dated to its day or
    two and placed at a town or near one, its main place compatible with the
    voice's (not only one of its first three), not the voice's event read twice (one
    family at the voice's own main place, ``compare.one_place``), compatible with every
    other article's report of the story (the gate; not the score: two families
    are told two ways), and within the story's days. Per story, article and
    sub-type the best-scoring one joins; one of the voice's own sub-type is a
    second reading of it and stays out. The stories are clustered first and the
    parts add no pair, so the result is still a function of the set of reports.
    """
    stories = sorted((c for c in by_key.values() if len(c.articles) > 1), key=lambda c: c.key)
    by_article: dict[str, list[_Cluster]] = {}
    for c in stories:
        for a in c.articles:
            by_article.setdefault(a, []).append(c)
    alone = sorted(
        (c.anchors[0] for c in by_key.values() if len(c.anchors) == 1 and not c.riders),
        key=lambda i: reports[i].report_id,
    )
    best: dict[tuple[str, str, str], tuple[float, str, int]] = {}
    for i in alone:
        r = reports[i]
        for c in by_article.get(r.article_id, ()):
            got = _part_score(reports, lk, c, i)
            if got is None:
                continue
            slot = (c.key, r.article_id, r.event.event_type)
            cand = (-got, r.report_id, i)
            if slot not in best or cand < best[slot]:
                best[slot] = cand
    taken: dict[int, tuple[float, str]] = {}
    for (key, _, _), (neg, _, i) in best.items():
        if i not in taken or (neg, key) < taken[i]:
            taken[i] = (neg, key)
    for i, (_, key) in sorted(taken.items()):
        c = by_key[key]
        c.anchors = sorted([*c.anchors, i])
        del by_key[reports[i].report_id]
    _fold_shadows(reports, lk, by_key)


def _fold_shadows(reports: list[Report], lk: _Linker, by_key: dict[str, _Cluster]) -> None:
    """Fold a story that only tells another story's other incidents into it, as its parts.

    Two articles that each tell a massacre and the army's clash around it (the
    state's "clash with terrorists" and the villagers' killings) give two
    stories, each holding one report of each: the killings with the killings,
    the clash with the clash. The second is a *shadow* of the first: all its
    articles have their voice in the first story, and each of its reports may
    be a part of it (``_part_score``: another sub-type than its article's voice,
    told of its scene and days, compatible with every other article's report).
    Its reports then join the first story as parts, as a report left alone
    does. The story that holds the articles' voices keeps them, so which one
    folds into which does not depend on the order of the reports.
    """
    stories = sorted((c for c in by_key.values() if len(c.articles) > 1), key=lambda c: c.key)
    shadows: list[tuple[_Cluster, _Cluster]] = []
    for c2 in stories:
        if c2.riders or len(c2.anchors) != len(c2.articles):
            continue
        for c1 in stories:
            if c1 is c2 or not c2.articles <= c1.articles:
                continue
            if all(_part_score(reports, lk, c1, i) is not None for i in c2.anchors):
                shadows.append((c2, c1))
                break
    folded = {id(c2) for c2, _ in shadows}
    for c2, c1 in shadows:
        if id(c1) in folded:
            continue  # a shadow itself: its own host takes it whole, not this one's parts
        c1.anchors = sorted([*c1.anchors, *c2.anchors])
        del by_key[c2.key]


def _part_score(reports: list[Report], lk: _Linker, c: _Cluster, i: int) -> float | None:
    """The average pair score of report i with story c's reports of other articles, if i may be a part of c."""
    r = reports[i]
    own = [reports[j] for j in c.anchors if reports[j].article_id == r.article_id]
    if not own:
        return None
    v = min(own, key=voice_order)  # the article's voice; the others are parts already (``_fold_shadows``)
    if v.event.event_type == r.event.event_type or voice_order(r) < voice_order(v) or not one_scene(r, v):
        return None
    if not r.event.locations or r.event.locations[0].precision not in PART_PRECISIONS:
        return None  # joining on days and places alone, a part must say its place ...
    span = own_span(r)
    if span is None or (span[1] - span[0]).days + 1 > PART_MAX_SPAN_DAYS:
        return None  # ... and its day
    if not main_places_meet(v, r):
        return None  # told of another place first: a roundup's next town, a related headline's
    if not families_differ(v.told_type, r.told_type) and one_place(v, r):
        return None  # one kind of act, same place and days: the voice's event read twice
    if c.first and c.last:
        if (max(c.last, span[1]) - min(c.first, span[0])).days + 1 > MAX_STORY_DAYS:
            return None
    return _mean_with_others(reports, lk, c, i)


def _merge(a: _Cluster, b: _Cluster) -> _Cluster:
    firsts = [d for d in (a.first, b.first) if d]
    lasts = [d for d in (a.last, b.last) if d]
    return _Cluster(
        key=min(a.key, b.key),
        anchors=sorted(a.anchors + b.anchors),
        riders=sorted(a.riders + b.riders),
        articles=a.articles | b.articles,
        first=min(firsts) if firsts else None,
        last=max(lasts) if lasts else None,
        version=max(a.version, b.version) + 1,
    )


def _name(
    groups: list[list[Report]], existing: list[Story], twins: Mapping[str, list[Report]] | None = None
) -> list[Story]:
    """Stories for the groups: a group keeps the id of the stored story it shares most reports with.

    A story of several articles gets its reports' twin readings (``twins``) as its ``readings``.

    A group that is exactly an existing story is returned as a copy of it
    (same id, same reports): its reconciliation is not recomputed unless read.
    """
    old_of: dict[str, str] = {r.report_id: s.id for s in existing for r in s.reports}
    old_ids = {s.id for s in existing}
    overlaps = []
    for gi, g in enumerate(groups):
        counts: dict[str, int] = {}
        for r in g:
            sid = old_of.get(r.report_id)
            if sid is not None:
                counts[sid] = counts.get(sid, 0) + 1
        overlaps += [(-n, sid, gi) for sid, n in counts.items()]
    overlaps.sort()
    named: dict[int, str] = {}
    used: set[str] = set()
    for _, sid, gi in overlaps:
        if gi not in named and sid not in used:
            named[gi] = sid
            used.add(sid)
    stories = []
    for gi, g in enumerate(groups):
        sid = named.get(gi)
        if sid is None:
            sid = _fresh_id(g, used | old_ids)
            used.add(sid)
        stories.append(Story(id=sid, reports=list(g), readings=_readings_of(g, twins or {})))
    order = {s.id: i for i, s in enumerate(existing)}
    stories.sort(key=lambda s: (order.get(s.id, len(order)), s.reports[0].report_id if s.reports else ""))
    return stories


def _readings_of(group: list[Report], twins: Mapping[str, list[Report]]) -> list[Report]:
    """The other readings of a story's events by its articles (none for a story of one article).

    Only twins of the member's own sub-type told of the member's own main place (``same_main_place``):
    a twin of another sub-type, or of a neighbourhood or another town of the province, is as often
    another incident of that day (a roundup's next paragraph, the bombing of the week before read into
    the same days) as a second reading, and its accusations would be charged to the wrong event.
    """
    if len({r.article_id for r in group}) < 2:
        return []
    members = {r.report_id for r in group}
    found = {
        t.report_id: t
        for r in Story("", group).voices  # a part's twins are of the part's incident
        for t in twins.get(r.report_id, ())
        if t.report_id not in members and t.event.event_type == r.event.event_type and same_main_place(r, t)
    }
    return [found[k] for k in sorted(found)]


def story_readings(reports: list[Report], others: Iterable[Report]) -> list[Report]:
    """A stored story's readings (``Story.readings``) among ``others``, the other records of its members'
    articles: what ``link_reports`` gives a story of these reports, for a caller that rebuilds a story
    without linking again (a repair after an article was deleted)."""
    pool = list({r.report_id: r for r in [*reports, *others]}.values())
    p = _prepare(pool, {}, LinkCache())
    twins = {p.reports[i].report_id: [p.reports[j] for j in p.readings.same(i)] for i in p.readings.parent}
    return _readings_of(reports, twins)


def _fresh_id(group: list[Report], taken: set[str]) -> str:
    """A new story's id: its first report's, else the next report's, else the first's with a counter."""
    for r in group:
        sid = story_id(r.report_id)
        if sid not in taken:
            return sid
    n = 1
    while (sid := story_id(f"{group[0].report_id}#{n}")) in taken:
        n += 1
    return sid


def link_reports(
    reports: Iterable[Report],
    existing: Iterable[Story] = (),
    texts: Mapping[str, str] | None = None,
    cache: LinkCache | None = None,
    widen: Widen | None = None,
) -> list[Story]:
    """Stories for the reports together with the reports of ``existing`` stories (which are not modified).

    The result depends only on the set of reports (and their texts), not on
    their order or on how they were split between calls: linking in two
    steps gives the same stories as linking everything at once. A story
    keeps the id of the existing story it shares most reports with; a new
    one takes the id of its earliest report. ``texts`` maps report ids to
    their evidence sentences (for the wording component of the score);
    ``cache`` keeps pair scores between calls. A caller that gives only the
    stored stories around the new reports passes ``widen``, which finds more
    stories around given reports: it is asked while what is connected to the
    new reports reaches past what was given, so the stories stay those of
    linking everything at once.

    Returns every story: those that keep an existing id first (in the order
    given), then new ones. An existing story whose reports all moved to
    other stories is not returned.
    """
    existing = list(existing)
    pool: dict[str, Report] = {}
    settled: dict[str, str] = {}
    for s in existing:
        for r in s.reports:
            pool.setdefault(r.report_id, r)
            settled[r.report_id] = s.id
    for r in reports:
        if r.report_id not in pool:
            pool[r.report_id] = r
    texts = dict(texts or {})
    cache = cache if cache is not None else LinkCache()
    groups, more, twins = cluster(list(pool.values()), texts, cache, settled, widen)
    return _name(groups, existing + more, twins)
