#!/usr/bin/env python3
"""Score the contested-story set (``../shared/bench/linking/``) through the database, as users get it.

The same commands the shared stop hook runs: ``wardesk ingest`` the set's
articles into a fresh SQLite file, ``wardesk export`` the reports and the
stories as JSON lines, then ``score.py stories`` and ``score.py
contradictions`` (and the blame lines of ``score.py events``).

    python bench/link_set.py                 # the scores, as the scorer prints them
    python bench/link_set.py --keep DIR      # also keep the database and exports in DIR
    python bench/link_set.py --json          # one JSON object for machines
    python bench/link_set.py --set tests/data/contested_own   # another set in the same shapes
    python bench/link_set.py --set tests/data/contested_own2  # our second set (round 16), held out
    python bench/link_set.py --set tests/data/contested_own3  # our third (round 18), written blind
    python bench/link_set.py --set tests/data/contested_own4  # our fourth (round 19), written blind
    python bench/link_set.py --set tests/data/contested_own5  # our fifth (round 20), written blind
    python bench/link_set.py --set tests/data/contested_own6  # our sixth (round 21), written blind
    python bench/link_set.py --set tests/data/contested_own7  # our seventh (round 22), written blind
    python bench/link_set.py --set tests/data/contested_own8  # our eighth (round 24), written blind
    python bench/link_set.py --set tests/data/contested_own9  # our ninth (round 25), written blind
    python bench/link_set.py --set tests/data/contested_own10 # our tenth (round 26), written blind
    python bench/link_set.py --set tests/data/contested_own11 # our eleventh (round 27), written blind
    make contested                           # all twelve

Where ``../shared`` is absent the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _run(args: list[str], **kw: object) -> subprocess.CompletedProcess:
    return subprocess.run(args, check=True, text=True, capture_output=True, **kw)  # type: ignore[call-overload]


def flat_to_articles(reports_path: Path, out_path: Path) -> None:
    """Group exported report lines into one extract-style line per article (events in ordinal order)."""
    arts: dict[str, list[tuple[int, dict]]] = {}
    for line in reports_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        e = dict(r.get("event") or {})
        e["story_id"] = r.get("story_id")
        arts.setdefault(str(r.get("article_id")), []).append((r.get("ordinal") or 0, e))
    with out_path.open("w", encoding="utf-8") as f:
        for aid, evs in arts.items():
            events = [e for _, e in sorted(evs, key=lambda t: t[0])]
            f.write(json.dumps({"article_id": aid, "events": events}) + "\n")


def score(shared: Path, work: Path, linking: Path | None = None) -> dict[str, object]:
    """Ingest, export and score; returns the scorer's JSON for stories and contradictions.

    ``linking`` is a folder in the set's shapes (``stories.jsonl``, ``contradictions.json``);
    by default the shared set, so the same run scores our own sets too.
    """
    py = sys.executable
    linking = linking or shared / "bench" / "linking"
    scorer = str(shared / "bench" / "score.py")
    gold = str(linking / "stories.jsonl")
    inp, db = work / "in.jsonl", work / "l.db"
    inp.write_text(_run([py, scorer, "articles", gold]).stdout, encoding="utf-8")
    db.unlink(missing_ok=True)
    _run([py, "-m", "wardesk", "ingest", str(inp), "--db", str(db)])
    reports, stories, pred = work / "r.jsonl", work / "s.jsonl", work / "p.jsonl"
    _run([py, "-m", "wardesk", "export", "--db", str(db), "-f", "jsonl", "-o", str(reports)])
    _run(
        [
            py,
            "-m",
            "wardesk",
            "export",
            "--db",
            str(db),
            "-f",
            "jsonl",
            "--what",
            "stories",
            "-o",
            str(stories),
        ]
    )
    flat_to_articles(reports, pred)
    st = json.loads(_run([py, scorer, "stories", gold, str(pred), "--json"]).stdout)
    kinds = str(linking / "contradictions.json")
    co = json.loads(
        _run([py, scorer, "contradictions", gold, kinds, str(pred), str(stories), "--json"]).stdout
    )
    ev = json.loads(_run([py, scorer, "events", gold, str(pred), "--json"]).stdout)
    return {"stories": st, "contradictions": co, "blame": {k: v for k, v in ev.items() if "blame" in k}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    ap.add_argument("--keep", type=Path, help="folder to keep the database and exports in")
    ap.add_argument(
        "--set",
        type=Path,
        dest="linking",
        help="a folder holding stories.jsonl and contradictions.json (default: the shared linking set)",
    )
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args()
    if not (args.shared / "bench" / "score.py").is_file():
        print(f"no scorer under {args.shared}/bench: nothing to score")
        return 0
    linking = args.linking or args.shared / "bench" / "linking"
    if not (linking / "stories.jsonl").is_file():
        print(f"no linking set under {linking}: nothing to score")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        res = score(args.shared, work, linking)
    if args.json:
        print(json.dumps(res, indent=1))
        return 0
    links = res["stories"]["links"]  # type: ignore[index]
    print(
        f"links      P {links['precision']:.3f}  R {links['recall']:.3f}  F1 {links['f1']:.3f}  "
        f"(tp {links['tp']} fp {links['fp']} fn {links['fn']})"
    )
    c = res["contradictions"]  # type: ignore[index]
    cc = c["contradictions"]
    fmt = lambda x: "-" if x is None else f"{x:.3f}"  # noqa: E731
    print(
        f"contradictions  recall {fmt(cc['recall'])}  precision {fmt(cc['precision'])}  "
        f"(wanted {cc['wanted']} found {cc['found']} false alarms {cc['false_alarms']}; "
        f"stories matched {c['stories_matched']}/{c['stories']})"
    )
    for row in c["rows"]:
        print(
            f"  {row['story']:<38} {str(row['predicted']):<14} wanted {','.join(row['wanted']) or '-':<30} "
            f"listed {','.join(row['listed']) or '-'}"
        )
    print("blame", json.dumps(res["blame"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
