#!/usr/bin/env python3
"""Sanity checks over an extraction output: things no event of any article may do.

Each check reads one output line (``{"article_id", "published", "events"}``, as
``wardesk extract --format jsonl`` writes it) and says how many of its events
it looked at and how many break the rule. The figures are counts over the whole
output; the target of each is 0 (or the share its docstring names).

    python bench/sanity.py OUT.jsonl            # a table
    python bench/sanity.py OUT.jsonl --json     # the same as JSON
    python bench/sanity.py OUT.jsonl --show 10  # and the first offenders of each check

``make bench`` runs it over the FA-KES output (``run_bench.py``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

#: An event may end this many days after its article's publication date (time zones).
SLACK_DAYS = 1


def _day(value: object) -> dt.date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def after_publication(line: dict) -> Iterable[tuple[bool, str]]:
    """No event ends after its article's publication date (one day of slack)."""
    published = _day(line.get("published"))
    for ev in line.get("events") or []:
        if not isinstance(ev, dict):
            continue
        date = ev.get("date") if isinstance(ev.get("date"), dict) else {}
        end = _day(date.get("end")) or _day(date.get("start"))
        if published is None or end is None:
            continue
        late = end > published + dt.timedelta(days=SLACK_DAYS)
        yield late, f"{line.get('article_id')}: ends {end} > published {published} ({date.get('text')!r})"


#: name -> check; a check yields (broken?, description) per event it looks at.
CHECKS: dict[str, Callable[[dict], Iterable[tuple[bool, str]]]] = {
    "events ending after publication + 1 day": after_publication,
}


@dataclass
class Tally:
    checked: int = 0
    broken: int = 0
    examples: list[str] = field(default_factory=list)


def run(lines: Iterable[dict], show: int = 0) -> dict[str, Tally]:
    """Every check over every output line."""
    out = {name: Tally() for name in CHECKS}
    for line in lines:
        for name, check in CHECKS.items():
            t = out[name]
            for broken, what in check(line):
                t.checked += 1
                if broken:
                    t.broken += 1
                    if len(t.examples) < show:
                        t.examples.append(what)
    return out


def read_lines(path: Path) -> Iterable[dict]:
    with path.open(encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except ValueError:
                print(f"sanity: {path}:{n}: not a JSON line, skipped", file=sys.stderr)
                continue
            if isinstance(obj, dict):
                yield obj


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("output", type=Path, help="wardesk extract output (JSON lines)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--show", type=int, default=0, help="list this many offenders per check")
    args = ap.parse_args(argv)
    if not args.output.exists():
        print(f"sanity: {args.output} does not exist", file=sys.stderr)
        return 2
    tallies = run(read_lines(args.output), show=args.show)
    if args.json:
        print(json.dumps({k: {"checked": t.checked, "broken": t.broken} for k, t in tallies.items()}))
        return 0
    for name, t in tallies.items():
        print(f"{name:<44} {t.broken:>6} of {t.checked}")
        for ex in t.examples:
            print(f"    {ex}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
