"""bench/miss_census.py: missed and false events sorted by the one check they fail, as the scorer pairs them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import miss_census  # noqa: E402  (bench/miss_census.py)

SHARED = Path(__file__).resolve().parents[2] / "shared"
pytestmark = pytest.mark.skipif(not (SHARED / "bench" / "score.py").is_file(), reason="needs ../shared")


def _ev(etype: str, day: str, place: str, **more: object) -> dict:
    loc = {"name": place, "admin1": "Tillaberi", "country": "NE", "precision": "exact"}
    return {
        "event_type": etype,
        "date": {"start": day, "end": day, "precision": "day"},
        "locations": [loc],
        **more,
    }


def _write(path: Path, lines: list[dict]) -> Path:
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return path


def test_bench_miss_census_sorts_each_miss_by_the_check_it_fails(tmp_path: Path) -> None:
    gold_events = [
        _ev("armed_clash", "2021-03-02", "Tondikiwindi"),  # read at the district town: a wrong place
        _ev("air_strike", "2021-03-03", "Anzourou"),  # read as a fight: a wrong type family
        _ev("attack_on_civilians", "2021-03-05", "Banibangou"),  # read right
        _ev("abduction", "2021-03-20", "Inates"),  # not read at all
        _ev(
            "armed_clash", "2021-02-01", "Ouallam", kind="aggregate"
        ),  # a tally: reading it is no false event
    ]
    pred_events = [
        _ev("armed_clash", "2021-03-02", "Ouallam"),
        _ev("armed_clash", "2021-03-03", "Anzourou"),
        _ev("attack_on_civilians", "2021-03-05", "Banibangou"),
        _ev("attack_on_civilians", "2021-03-05", "Banibangou"),  # the same massacre recorded twice
        _ev("armed_clash", "2021-02-01", "Ouallam"),
        _ev("remote_explosive", "2021-03-09", "Ayorou"),  # nothing like it in the gold
    ]
    gold = _write(tmp_path / "gold.jsonl", [{"article": {"id": "a1", "text": "x"}, "events": gold_events}])
    pred = _write(tmp_path / "pred.jsonl", [{"article_id": "a1", "events": pred_events}])
    missed, false = miss_census.event_census(miss_census._scorer(SHARED), gold, pred)
    assert dict(missed) == {"wrong place": 1, "wrong type": 1, "nothing read": 1}
    assert dict(false) == {"wrong place": 1, "wrong type": 1, "second record": 1, "spurious": 1}
