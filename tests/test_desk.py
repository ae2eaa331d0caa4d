"""The Python API (wardesk.extract_article, wardesk.open) on articles written for these tests, over a real
SQLite database."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import wardesk
from wardesk.errors import IngestError, UsageError

STRIKE = (
    "Government warplanes bombed the town of Saraqeb in Idlib province on Monday, killing nine civilians, "
    "the Syrian Observatory for Human Rights said."
)
BOMB = (
    "A car bomb killed six people at a checkpoint in the city of Kirkuk on Sunday, police said. "
    "Islamic State later claimed the bombing through its Amaq agency."
)


def test_desk_extract_article_reads_text_with_its_date() -> None:
    out = wardesk.extract_article(STRIKE, published=dt.date(2016, 5, 11))
    ev = out.events[0]
    assert ev.event_type == "air_strike" and ev.fatalities.best == 9
    assert ev.date.start == dt.date(2016, 5, 9)
    assert ev.locations[0].admin1 == "Idlib"


def test_desk_extract_article_refuses_empty_text() -> None:
    with pytest.raises(IngestError, match="E101"):
        wardesk.extract_article("   ")


def test_desk_open_ingest_and_filter_as_typed(tmp_path: Path) -> None:
    corpus = tmp_path / "two.jsonl"
    corpus.write_text(
        "".join(
            json.dumps(a) + "\n"
            for a in (
                {"id": "sy", "source": "Test Wire", "published": "2016-05-11", "text": STRIKE},
                {"id": "iq", "source": "Test Wire", "published": "2016-06-13", "text": BOMB},
            )
        ),
        encoding="utf-8",
    )
    with wardesk.open(str(tmp_path / "desk.db")) as desk:
        stats = desk.ingest([str(corpus)])
        assert (stats.new, stats.failed) == (2, 0)
        assert {r["article_id"] for r in desk.events(country="Syria")} == {"sy"}
        assert {r["article_id"] for r in desk.events(actor="ISIS")} == {"iq"}
        flat = desk.events(flat=True, since="2016-06-01")
        assert [r["article_id"] for r in flat] == ["iq"] and "event_type" in flat[0]
        assert desk.stories()
        with pytest.raises(UsageError, match="SY"):
            desk.events(country="Syriaa")
        with pytest.raises(UsageError, match="unknown filter colour"):
            desk.events(colour="red")
