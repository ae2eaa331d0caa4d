"""Our third own contested set (``tests/data/contested_own3``, round 18): seven contested events from wars
in no other linking set (Sri Lanka 2009, Georgia 2008, Pakistan's strikes in Afghanistan 2024, the
Kyrgyz-Tajik border 2022, Mozambique 2024, South Sudan 2025, the Philippines 2024), each told by three
or four outlets of opposing sides, wires and NGOs, and three distractors of the same region. Its gold
(stories, contradiction kinds, blame and denial with sources) was written blind, before wardesk ran
on it, and it holds traps the other sets lack: a wire report carried word for word by two outlets, a
toll raised by its own source a day later (no contradiction), a region-wide cumulative toll beside one
village's dead, and a toll dispute where one side counts civilians and the other militants. Its
figures on main 83babc3 are held as floors (docs/contested_own3.md)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "tests" / "data" / "contested_own3"
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "bench"))

import link_set  # noqa: E402  (bench/link_set.py)

#: Floors: the figures of main 83babc3 when the set was added (round 18), to the third decimal,
#: rounded down. Low on purpose: the set was written to find what wardesk misses (docs/contested_own3.md).
#: Links 0.200 -> 0.327 in round 19 (link19: one shared site is not two sites of an area; a day named
#: in the sentence before beats "said today").
LINKS_F1_FLOOR = 0.32
CONTRADICTIONS_RECALL_FLOOR = 0.16
#: Precision 0.429 -> 0.375 in round 18's merge: blame18 reads Tajikistan by its name, so a real
#: "Tajikistan denied" is now listed on a story of two Ak-Sai reports that matches no gold story
#: (the third report stays apart), and counts as a false alarm until that story links whole.
CONTRADICTIONS_PRECISION_FLOOR = 0.37
BLAME_RECALL_FLOOR = 0.53
#: The kinds a gold story may want (score.py contradictions).
KINDS = {"fatalities", "injuries", "blame", "denial", "type"}
STANCES = {"accuses", "claims", "denies"}


def _rows() -> list[dict]:
    return [
        json.loads(x) for x in (SET / "stories.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()
    ]


def test_link_contested_own3_set_has_its_shape() -> None:
    """Seven or more contested stories of three or more articles, three or more distractors, unique
    article ids, every story in the kinds file with known kinds, articles of news length, and blame
    gold (with a stance and a source) in every contested story."""
    kinds = json.loads((SET / "contradictions.json").read_text(encoding="utf-8"))
    per_story: dict[str, set[str]] = {}
    blamed: set[str] = set()
    ids = [row["article"]["id"] for row in _rows()]
    assert len(ids) == len(set(ids))
    for row in _rows():
        assert 1100 <= len(row["article"]["text"]) <= 3000, row["article"]["id"]
        for ev in row["events"]:
            for claim in ev.get("claims", []):
                if claim.get("what") == "responsibility":
                    assert claim.get("stance") in STANCES and claim.get("actor") and claim.get("source")
                    if ev.get("story"):
                        blamed.add(ev["story"])
            if ev.get("story"):
                per_story.setdefault(ev["story"], set()).add(row["article"]["id"])
    contested = [s for s in per_story if s.startswith("S-")]
    assert len(contested) >= 7
    assert all(len(per_story[s]) >= 3 for s in contested)
    assert len([s for s in per_story if s.startswith("D-")]) >= 3
    assert set(per_story) <= set(kinds)
    assert all(set(v) <= KINDS for k, v in kinds.items() if not k.startswith("_"))
    assert set(contested) <= blamed


@pytest.mark.skipif(not (SHARED / "bench" / "score.py").is_file(), reason="no ../shared/bench/score.py")
def test_link_contested_own3_set_holds_its_floors(tmp_path: Path) -> None:
    res = link_set.score(SHARED, tmp_path, SET)
    links = res["stories"]["links"]  # type: ignore[index]
    found = res["contradictions"]["contradictions"]  # type: ignore[index]
    blame = res["blame"]["blame"]  # type: ignore[index]
    assert links["f1"] >= LINKS_F1_FLOOR
    assert found["recall"] >= CONTRADICTIONS_RECALL_FLOOR
    assert found["precision"] >= CONTRADICTIONS_PRECISION_FLOOR
    assert blame["recall"] >= BLAME_RECALL_FLOOR
