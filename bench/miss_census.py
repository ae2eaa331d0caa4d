#!/usr/bin/env python3
"""Where the misses are: every missed and every false event, and every missed and false link, by cause.

Why: a round of fixes aimed at the misses of one set lifts that set and leaves sets
written blind the same hour flat (docs/blind_rounds.md). Pooling the misses of all
our own sets and sorting them by what went wrong (the place, the type family, the
date, nothing read at all) shows which mechanism costs most everywhere, rather than
which wording failed in one article.

Events (our own event sets, ``tests/data/own_events/world_own*.jsonl``, scored as
``score.py events`` pairs them: one type family, overlapping dates, an agreeing place):

- a missed gold event is a *near miss* when a prediction of its article agrees on two of
  the three and fails the third (``place``, ``type`` or ``date``), first among the
  article's unpaired predictions, then its paired ones; otherwise *nothing read*;
- a false event (as the scorer counts them: not a reading of a background event or a tally)
  is a *second record* when it agrees on all three with a gold event that
  another prediction took, a near miss when it agrees on two with one, else *spurious*.

Links (our own contested sets, ``tests/data/contested_own*``, through ingest and export
as ``bench/link_set.py`` runs them): each gold link (two articles' reports of one story)
is *linked*, lost to the extraction (a report of one side is not read as the gold event:
by the same near-miss causes) or lost by the linker; each false link is told by whether
an unpaired record (a second or misread record of its article) is one of its two ends.

    python bench/miss_census.py              # both parts, per set and pooled
    python bench/miss_census.py --events     # only the event sets
    python bench/miss_census.py --links      # only the contested sets
    python bench/miss_census.py --hold-out world_own9.jsonl --hold-out contested_own9

Where ``../shared`` is absent the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gate  # noqa: E402  (bench/gate.py, beside this script)
import link_set  # noqa: E402  (bench/link_set.py)

OWN = HERE.parent / "tests" / "data"
CHECKS = ("type", "date", "place")


def _scorer(shared: Path) -> ModuleType:
    """The shared scorer as a module: its pairing rules are the ones the figures use."""
    spec = importlib.util.spec_from_file_location("score", shared / "bench" / "score.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def _agree(s: ModuleType, g: dict, p: dict) -> dict[str, bool]:
    return {
        "type": s.FAMILY.get(g.get("event_type")) == s.FAMILY.get(p.get("event_type")),
        "date": s.dates_overlap(s._d(g.get("date")), s._d(p.get("date"))),
        "place": s.loc_match(g, p),
    }


def _near(s: ModuleType, g: dict, preds: list[dict]) -> str | None:
    """The one check a prediction fails where it passes the other two. A prediction at the right place
    speaks first (its type or date is what went wrong); a wrong place only when no such one is there."""
    fails = set()
    for p in preds:
        failed = [k for k, ok in _agree(s, g, p).items() if not ok]
        if len(failed) == 1:
            fails.add(failed[0])
    return next((k for k in CHECKS if k in fails), None)


def _incidents(s: ModuleType, events: object) -> list[dict]:
    return [
        e for e in s._dicts(events) if e.get("kind", "incident") == "incident" and not e.get("background")
    ]


def event_census(s: ModuleType, gold_path: Path, pred_path: Path) -> tuple[Counter, Counter]:
    """(missed gold events by cause, false events by cause) of one set."""
    preds = {}
    for line in pred_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            preds[str(d.get("article_id"))] = d.get("events")
    missed: Counter = Counter()
    false: Counter = Counter()
    for g in s.read_jsonl(str(gold_path)):
        gev = s._dicts(g.get("events"))
        gi = [e for e in gev if s._scored(e)]
        bg = [e for e in gev if e.get("background") or e.get("kind") == "aggregate"]
        pi = _incidents(s, preds.get(str(g["article"]["id"])))
        pairs, used_g, used_p = s.match(gi, pi)
        unpaired = [p for j, p in enumerate(pi) if j not in used_p]
        paired = [p for j, p in enumerate(pi) if j in used_p]
        for i, e in enumerate(gi):
            if i not in used_g:
                why = _near(s, e, unpaired) or _near(s, e, paired)
                missed[f"wrong {why}" if why else "nothing read"] += 1
        for p in unpaired:
            if any(s.pair_score(b, p) for b in bg):
                continue  # as the scorer: a reading of a background event or a tally is not a false event
            if any(all(_agree(s, e, p).values()) for e in gi):
                false["second record"] += 1
                continue
            whys = {_near(s, e, [p]) for e in gi}
            why = next((k for k in CHECKS if k in whys), None)
            false[f"wrong {why}" if why else "spurious"] += 1
    return missed, false


def _extract(gold: Path, work: Path, shared: Path) -> Path:
    arts = work / f"{gold.stem}-in.jsonl"
    out = work / f"{gold.stem}-out.jsonl"
    lines = gate.articles_of(shared / "bench" / "score.py", "articles", str(gold))
    arts.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in lines), encoding="utf-8")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "wardesk",
            "extract",
            str(arts),
            "--format",
            "jsonl",
            "-o",
            str(out),
            "--no-progress",
        ],
        check=True,
        capture_output=True,
    )
    return out


def _aligned(s: ModuleType, setdir: Path, work: Path) -> list[tuple[str, str | None, str | None, str | None]]:
    """(article, gold story, predicted story, why unpaired) per gold event and per unpaired record,
    aligned as ``score.py stories`` aligns them."""
    preds = s._pred_reports(str(work / "p.jsonl"))
    nodes = []
    for g in s.read_jsonl(str(setdir / "stories.jsonl")):
        aid = str(g["article"]["id"])
        gev = [e for e in s._dicts(g.get("events")) if not e.get("background")]
        pev = [e for e in preds.get(aid, []) if not e.get("background")]
        pairs, _, used_p = s.match(gev, pev)
        al = dict(pairs)
        for i, e in enumerate(gev):
            p = pev[al[i]] if i in al else None
            why = None if p else (_near(s, e, pev) or "nothing read")
            nodes.append((aid, e.get("story"), p.get("story_id") if p else None, why))
        for j, p in enumerate(pev):
            if j not in used_p:
                nodes.append((aid, None, p.get("story_id"), "unpaired record"))
    return nodes


def link_census(s: ModuleType, setdir: Path, work: Path) -> tuple[Counter, Counter]:
    """(gold links by outcome, false links by kind) of one contested set, from ``link_set``'s exports."""
    nodes = _aligned(s, setdir, work)
    gold: Counter = Counter()
    false: Counter = Counter()
    for (a, ga, pa, wa), (b, gb, pb, wb) in itertools.combinations(nodes, 2):
        if a == b:
            continue
        if ga is not None and ga == gb:
            lost = wa or wb
            if lost:
                gold[f"extraction: {lost}" if lost != "nothing read" else "extraction: nothing read"] += 1
            else:
                gold["linked" if pa is not None and pa == pb else "linker"] += 1
        elif pa is not None and pa == pb:
            false[
                "an unpaired record at one end" if "unpaired record" in (wa, wb) else "two gold events"
            ] += 1
    return gold, false


def _line(name: str, c: Counter) -> str:
    total = sum(c.values())
    return f"  {name:<34} {total:>4}  " + "  ".join(f"{k} {v}" for k, v in c.most_common())


def _report(rows: list[tuple[str, tuple[Counter, Counter]]], labels: tuple[str, str]) -> None:
    """Each set's two tallies, then both pooled."""
    pooled: tuple[Counter, Counter] = (Counter(), Counter())
    for name, counts in rows:
        for label, count, total in zip(labels, counts, pooled, strict=True):
            total += count
            print(_line(f"{name} {label}", count))
    for label, total in zip(labels, pooled, strict=True):
        print(_line(f"pooled {label}", total))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    ap.add_argument("--events", action="store_true", help="only the event sets")
    ap.add_argument("--links", action="store_true", help="only the contested sets")
    ap.add_argument(
        "--hold-out",
        action="append",
        default=[],
        metavar="NAME",
        help="leave a set out (its file or folder name, e.g. world_own9.jsonl or contested_own9): "
        "a set that judges a round blind must not steer it, so its misses stay unread",
    )
    args = ap.parse_args()
    held = set(args.hold_out)
    if not (args.shared / "bench" / "score.py").is_file():
        print(f"no scorer under {args.shared}/bench: nothing to count")
        return 0
    s = _scorer(args.shared)
    both = not (args.events or args.links)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if args.events or both:
            print("Event sets: missed gold events, then false events, by cause")
            golds = [g for g in sorted((OWN / "own_events").glob("world_own*.jsonl")) if g.name not in held]
            _report(
                [(g.name, event_census(s, g, _extract(g, work, args.shared))) for g in golds],
                ("missed", "false"),
            )
        if args.links or both:
            print("Contested sets: gold links by outcome, then false links by kind")
            rows = []
            for setdir in sorted(OWN.glob("contested_own*"), key=lambda p: (len(p.name), p.name)):
                if setdir.name in held:
                    continue
                keep = work / setdir.name
                keep.mkdir()
                link_set.score(args.shared, keep, setdir)
                rows.append((setdir.name, link_census(s, setdir, keep)))
            _report(rows, ("gold links", "false links"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
