"""Our own contested set (``tests/data/contested_own``): ten events from wars outside the benchmark,
each told by three outlets of opposing sides (state agencies, rebel media, wires, NGOs), and five
distractors of the same days and places. Run end to end as ``bench/link_set.py --set`` runs it
(ingest, export, the shared scorer); its figures are held as floors (docs/linking.md, round 14)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "tests" / "data" / "contested_own"
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "bench"))

import link_set  # noqa: E402  (bench/link_set.py)

#: Floors: the branch's figures when the set was added (round 14), to the third decimal, rounded down.
#: Round 15 (dup15): 0.543 -> 0.576, a strike's harm read again as an attack on civilians merges.
#: Round 16 (contest16): 0.576 -> 0.635, recall 0.667 -> 0.778, precision 0.783 -> 0.840: a denied
#: report's act folds into the incident beside it, a denied culprit joins the two sides' accounts, and
#: a claimant's own denial of a party stands over its claim of it when whom it blames is read.
LINKS_F1_FLOOR = 0.74
CONTRADICTIONS_RECALL_FLOOR = 0.77
#: Precision 0.783 -> 0.750 at the round's merge: the Let Yet Kone state-media report now joins the
#: opposition's (a real contested pair) and shows their `type` dispute, but the scorer matches that
#: story to no gold story, so the kind counts as a false alarm.
#: Round 15 (dup15): 0.750 -> 0.783 with the same merge (one false alarm fewer).
#: Round 16: contest16's denial folding and denied culprits, 0.783 -> 0.840; actors16 alone read "the
#: terrorists" of the state media report as the PDF its text names (0.750 alone), and geo16's
#: district word split "Tabayin Township" into two places until the lead kept the word with the
#: unknown name (merged round: 0.840).
CONTRADICTIONS_PRECISION_FLOOR = 0.84


def _rows() -> list[dict]:
    return [
        json.loads(x) for x in (SET / "stories.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()
    ]


def test_link_contested_own_set_has_its_shape() -> None:
    """Ten or more contested stories of three or more articles, four or more distractors, every story in
    the kinds file, articles of news length."""
    kinds = json.loads((SET / "contradictions.json").read_text(encoding="utf-8"))
    per_story: dict[str, set[str]] = {}
    for row in _rows():
        assert 1400 <= len(row["article"]["text"]) <= 3000, row["article"]["id"]
        for ev in row["events"]:
            if ev.get("story"):
                per_story.setdefault(ev["story"], set()).add(row["article"]["id"])
    contested = [s for s in per_story if s.startswith("S-")]
    assert len(contested) >= 10
    assert all(len(per_story[s]) >= 3 for s in contested)
    assert len([s for s in per_story if s.startswith("D-")]) >= 4
    assert set(per_story) <= set(kinds)


@pytest.mark.skipif(not (SHARED / "bench" / "score.py").is_file(), reason="no ../shared/bench/score.py")
def test_link_contested_own_set_holds_its_floors(tmp_path: Path) -> None:
    res = link_set.score(SHARED, tmp_path, SET)
    links = res["stories"]["links"]  # type: ignore[index]
    found = res["contradictions"]["contradictions"]  # type: ignore[index]
    assert links["f1"] >= LINKS_F1_FLOOR
    assert found["recall"] >= CONTRADICTIONS_RECALL_FLOOR
    assert found["precision"] >= CONTRADICTIONS_PRECISION_FLOOR
