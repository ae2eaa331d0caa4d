"""bench/link_eval.py: the all-articles false links sorted by what the two articles' labels say."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import link_eval  # noqa: E402  (bench/link_eval.py)


def _label(date: str, place: str = "hama", cause: str = "shelling", civilians: int = 20) -> dict:
    return {"date": date, "location": place, "cause_of_death": cause, "nb_civilians": civilians}


# "g1" and "g2" are one gold story; "x" is the article the linker put with them
GOLD = [{"g1", "g2"}]


@pytest.mark.parametrize(
    ("other", "crowd_read_its_date", "kind"),
    [
        (_label("3/9/16", civilians=35), True, "toll"),  # same day and place, a toll far from 20
        (_label("3/10/16"), True, "next_day"),  # published a day later
        (_label("3/21/16"), False, "undated_label"),  # a date label the crowd did not read
        (_label("3/21/16"), True, "labels_differ"),  # twelve days apart by labels read from the texts
        (_label("3/9/16", place="idlib"), True, "labels_differ"),  # another governorate
        (_label("3/9/16", cause="explosion"), True, "labels_differ"),  # another cause
    ],
)
def test_bench_link_eval_false_pairs_by_label(other: dict, crowd_read_its_date: bool, kind: str) -> None:
    labels = {"g1": _label("3/9/16"), "g2": _label("3/9/16", civilians=21), "x": other}
    dated = {"g1", "g2"} | ({"x"} if crowd_read_its_date else set())
    pred = {"g1": "s", "g2": "s", "x": "s"}
    outlet = {"g1": "A", "g2": "B", "x": "C"}
    got = link_eval.false_pairs(GOLD, pred, labels, dated, outlet)
    # x is falsely linked with both gold articles; the gold pair itself is a true link
    assert got == {k: (2 if k == kind else 0) for k in link_eval.FALSE_PAIR_KINDS}


def test_bench_link_eval_false_pairs_skip_one_outlet_and_non_gold_pairs() -> None:
    labels = {a: _label("3/9/16", civilians=n) for a, n in (("g1", 20), ("g2", 20), ("x", 90), ("y", 5))}
    pred = {"g1": "s", "g2": "s", "x": "s", "y": "t"}
    # x shares g1's outlet (not scored) and y is alone; only x with g2 is a false link
    outlet = {"g1": "A", "g2": "B", "x": "A", "y": "C"}
    got = link_eval.false_pairs(GOLD, pred, labels, set(labels), outlet)
    assert got == {"toll": 1, "next_day": 0, "undated_label": 0, "labels_differ": 0}


def test_bench_link_eval_label_ceilings_count_toll_disputes_as_the_gold_does(tmp_path: Path) -> None:
    """A linker reading every label right but keeping a toll dispute in one story scores below 1."""
    rows = [  # one shelling of one day from three outlets (tolls 20, 21, 60), and the next day's
        ("a", "A", "3/9/16", 20),
        ("b", "B", "3/9/16", 21),
        ("c", "C", "3/9/16", 60),
        ("d", "D", "3/10/16", 20),
    ]
    path = tmp_path / "labels.csv"
    path.write_text(
        "unit_id,source,date,location,cause_of_death,nb_civilians,nb_noncivilians\n"
        + "".join(f"{u},{s},{d},hama,shelling,{n},0\n" for u, s, d, n in rows),
        encoding="latin-1",
    )
    outlet = {u: s for u, s, _, _ in rows}
    assert link_eval.gold_clusters(path) == [{"a", "b"}]
    got = link_eval.label_ceilings(path, outlet, set(outlet))
    same_day, day_apart = (got[name] for name, _, _ in link_eval.CEILINGS)
    # same day: a-b true, a-c and b-c false; a day apart adds a-d and b-d, false too
    # (c-d touches no gold article, so it is not scored)
    assert (same_day["tp"], same_day["fp"], same_day["fn"]) == (1, 2, 0)
    assert (day_apart["tp"], day_apart["fp"], day_apart["fn"]) == (1, 4, 0)
