"""find_places over a table of place mentions from real article sentences (tests/data/geo).

Each row: the article's focus countries, a sentence (FA-KES text, or written for the
test where marked 'written'), the mention, and what it must resolve to (name, admin1,
country, record precision) or a flag: 'dateline' (marked as the bureau's city),
'origin' (governed by from/over/... so never the event place) or 'absent' (no place
mention at all). Rows the geoparser gets wrong today keep a ``known_failure`` note
instead of being deleted; the accuracy over all rows is reported and held to a floor.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from wardesk.geo import find_places

TABLE = Path(__file__).parent / "data" / "geo" / "place_mentions.tsv"
ORIGIN_PREPS = frozenset({"from", "over", "via", "through", "across"})
#: Share of rows that must be fully right (measured 0.93 when the table was written).
ACCURACY_FLOOR = 0.85


def _rows() -> list[dict[str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


ROWS = _rows()


def _precision(m) -> str:
    """The record precision the extractor gives a mention (``extract.draft.location_of``)."""
    p = m.place
    if p is None:
        return "near"
    if p.kind in ("country", "admin1"):
        return p.kind
    return m.precision_hint if m.precision_hint in ("exact", "near") else "exact"


def _resolved(m) -> tuple[str, str, str, str]:
    p = m.place
    if p is None:
        return (m.text, m.admin1_context or "", m.country_context or "", "near")
    admin1 = p.name if p.kind == "admin1" else (p.admin1 or m.admin1_context or "")
    return (p.name, admin1 or "", p.country or "", _precision(m))


def check(nlp, gaz, row: dict[str, str]) -> str | None:
    """None when the row is right, else what went wrong."""
    focus = tuple(c for c in row["focus"].split(",") if c)
    found = [m for m in find_places(nlp(row["text"]), gaz, focus) if m.text == row["mention"]]
    flag = row["flag"]
    if flag == "absent":
        return f"found {found[0].place}" if found else None
    if not found:
        return "not found"
    m = found[0]
    if flag == "dateline":
        return None if m.dateline else "not marked as dateline"
    if m.dateline:
        return "marked as dateline"
    if flag == "origin" and (m.preposition or "") not in ORIGIN_PREPS:
        return f"preposition {m.preposition!r} is not an origin"
    want = (row["name"], row["admin1"], row["country"], row["precision"])
    got = _resolved(m)
    return None if got == want else f"got {got}, want {want}"


@pytest.mark.parametrize("row", ROWS, ids=[f"{k}-{r['mention']}" for k, r in enumerate(ROWS)])
def test_geo_place_table_row(nlp, gaz, row):
    problem = check(nlp, gaz, row)
    if row["known_failure"]:
        if problem is None:
            pytest.fail(f"known failure now passes, clear its note: {row['known_failure']}")
        pytest.xfail(row["known_failure"])
    assert problem is None, problem


def test_geo_place_table_accuracy(nlp, gaz, capsys):
    assert len(ROWS) >= 150
    right = sum(check(nlp, gaz, r) is None for r in ROWS)
    accuracy = right / len(ROWS)
    with capsys.disabled():
        print(f"\nplace table: {right}/{len(ROWS)} rows fully right = {accuracy:.3f}")
    assert accuracy >= ACCURACY_FLOOR
