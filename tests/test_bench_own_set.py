"""Our own held-out benchmark sets (``tests/data/own_events/world_own*.jsonl``) are well-formed.

The sets stand in for the hidden benchmark sets from wars we never see (docs/own_benchmark.md,
docs/own_benchmark2.md, docs/own_benchmark3.md, docs/own_benchmark4.md, docs/own_benchmark5.md, docs/own_benchmark6.md, docs/own_benchmark7.md, docs/own_benchmark8.md, docs/own_benchmark9.md, docs/own_benchmark10.md, docs/own_benchmark11.md; each later set was written blind to the
misses the earlier ones found):
wire-style articles we wrote ourselves, annotated in the gold line format of
``../shared/bench/README.md``. ``bench/run_bench.py`` reports each; these tests keep each loadable
by the scorer, keep every event complete enough to be scored, and keep its wording our own.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import get_args

import pytest

from test_own_sentences import BENCH, _runs, _tokens, bench_runs, filler_words, is_name_run, listed_names
from wardesk.record import EventType

OWN_DIR = Path(__file__).resolve().parent / "data" / "own_events"
#: Every own set gets the same checks; a new set is added here and in bench/run_bench.py.
OWN_SETS = [
    OWN_DIR / "world_own.jsonl",
    OWN_DIR / "world_own2.jsonl",
    OWN_DIR / "world_own3.jsonl",
    OWN_DIR / "world_own4.jsonl",
    OWN_DIR / "world_own5.jsonl",
    OWN_DIR / "world_own6.jsonl",
    OWN_DIR / "world_own7.jsonl",
    OWN_DIR / "world_own8.jsonl",
    OWN_DIR / "world_own9.jsonl",
    OWN_DIR / "world_own10.jsonl",
    OWN_DIR / "world_own11.jsonl",
]
_BY_NAME = pytest.mark.parametrize("own_set", OWN_SETS, ids=lambda path: path.stem)
EVENT_TYPES = set(get_args(EventType))
PRECISIONS = {"day", "range", "week", "month", "year", "unknown"}
PLACE_PRECISIONS = {"exact", "near", "admin1", "country"}
STANCES = {"accuses", "claims", "denies"}
#: Wire copy the set imitates runs 250-600 words; shorter pieces would not hold several incidents.
WORDS_MIN, WORDS_MAX = 250, 600
#: The third set deliberately varies length (short agency flashes to long features), as real outlets do.
WORDS_BY_SET = {
    "world_own3": (150, 900),
    "world_own4": (150, 900),
    "world_own5": (150, 900),
    "world_own7": (150, 900),
    "world_own8": (150, 900),
    "world_own9": (150, 900),
    "world_own10": (150, 900),
    "world_own11": (150, 900),
}
#: Articles per set; the seventh to eleventh sets were briefed at 20 articles, each from a conflict of its own.
LINES_MIN = 24
LINES_BY_SET = {"world_own7": 20, "world_own8": 20, "world_own9": 20, "world_own10": 20, "world_own11": 20}
#: The set's purpose is breadth: at least this many countries among the articles' first events.
COUNTRIES_MIN = 14


def _lines(own_set: Path) -> list[dict]:
    return [json.loads(line) for line in own_set.read_text(encoding="utf-8").splitlines() if line.strip()]


def _check_event(event: dict, published: dt.date) -> None:
    assert event["kind"] in {"incident", "aggregate"}
    assert event["event_type"] in EVENT_TYPES
    date = event["date"]
    assert date["precision"] in PRECISIONS
    if date["precision"] != "unknown":
        start, end = dt.date.fromisoformat(date["start"]), dt.date.fromisoformat(date["end"])
        assert start <= end <= published, date
    assert event["locations"], "every event has a place"
    for loc in event["locations"]:
        assert loc["name"] and len(loc["country"]) == 2 and loc["precision"] in PLACE_PRECISIONS
    for role in ("initiators", "targets"):
        assert all(actor["name"] for actor in event[role])
    for claim in event["claims"]:
        if claim["what"] == "responsibility":
            assert claim["actor"] and claim["stance"] in STANCES
        else:
            assert isinstance(claim["value"], int | float)
    assert isinstance(event["background"], bool)


@_BY_NAME
def test_bench_own_set_lines_are_complete_gold(own_set: Path) -> None:
    """Every line loads and every event carries kind, event_type, date, locations and sound claims."""
    lines = _lines(own_set)
    assert len(lines) >= LINES_BY_SET.get(own_set.stem, LINES_MIN)
    ids = [line["article"]["id"] for line in lines]
    assert len(ids) == len(set(ids))
    words_min, words_max = WORDS_BY_SET.get(own_set.stem, (WORDS_MIN, WORDS_MAX))
    for line in lines:
        article = line["article"]
        assert words_min <= len(article["text"].split()) <= words_max, article["id"]
        assert article["title"] and article["source"]
        published = dt.date.fromisoformat(article["published"])
        assert line["events"], article["id"]
        for event in line["events"]:
            _check_event(event, published)
    countries = {line["events"][0]["locations"][0]["country"] for line in lines}
    assert len(countries) >= COUNTRIES_MIN


@pytest.mark.skipif(not BENCH.is_dir(), reason="benchmark not present at ../shared/bench")
@_BY_NAME
def test_bench_own_set_scores_one_against_itself(own_set: Path, tmp_path: Path) -> None:
    """The scorer reads the gold as predictions and finds every incident, claim and blame: it is well-formed."""
    pred = tmp_path / "self.jsonl"
    pred.write_text(
        "".join(
            json.dumps({"article_id": line["article"]["id"], "events": line["events"]}) + "\n"
            for line in _lines(own_set)
        ),
        encoding="utf-8",
    )
    out = subprocess.run(
        [sys.executable, str(BENCH / "score.py"), "events", str(own_set), str(pred), "--json"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    scores = json.loads(out)
    assert scores["incidents"]["f1"] == 1.0
    assert scores["claims"]["recall"] == 1.0
    assert scores["blame"]["recall"] == 1.0


@pytest.mark.skipif(not BENCH.is_dir(), reason="benchmark not present at ../shared/bench")
@_BY_NAME
def test_bench_own_set_shares_no_benchmark_wording(own_set: Path) -> None:
    """No six-word run of a benchmark article appears in our own articles (names excepted as elsewhere)."""
    bench = bench_runs()
    names, fillers = listed_names(), filler_words()
    shared = set()
    for line in _lines(own_set):
        article = line["article"]
        for field in ("title", "text"):
            for run in _runs(_tokens(article[field])):
                if run in bench and not is_name_run(run, names, fillers):
                    shared.add((" ".join(run), article["id"], bench[run]))
    assert not shared, sorted(shared)
