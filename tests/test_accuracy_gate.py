"""The quick part of the accuracy gate (bench/gate.py): the development sets and the contested-story
set scored against the floors in bench/baseline.json. Skips when ../shared is absent."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "bench"))

import gate  # noqa: E402


@pytest.mark.skipif(not (SHARED / "bench" / "score.py").exists(), reason="../shared is absent: no benchmark")
def test_accuracy_gate_dev_and_story_sets_hold_their_floors() -> None:
    figures, hashes = gate.quick_run(SHARED)
    regressions, notes = gate.check(figures, hashes)
    assert not notes, notes
    assert not regressions, "\n".join(regressions)


def test_accuracy_gate_compare_flags_only_falls_beyond_the_tolerance() -> None:
    floors = {"dev/x": {"incidents f1": 0.70, "main event": 0.80, "slot date": 0.5}}
    now = {"dev/x": {"incidents f1": 0.69, "main event": 0.77}}
    out = gate.compare(now, floors, tolerance=0.02)
    assert out == [
        "dev/x: main event 0.770 < floor 0.800 - 0.02",
        "dev/x: slot date is no longer measured (floor 0.500)",
    ]


def test_accuracy_gate_update_refuses_to_lower_a_floor(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    assert gate.update_baseline({"dev/x": {"f1": 0.7}}, {"dev": "h"}, allow_regression=False, path=path) == []
    falls = gate.update_baseline({"dev/x": {"f1": 0.6}}, {"dev": "h"}, allow_regression=False, path=path)
    assert falls == ["dev/x: f1 0.700 -> 0.600"]
    assert gate.load_baseline(path)["figures"]["dev/x"]["f1"] == 0.7
    gate.update_baseline({"dev/x": {"f1": 0.6}}, {"dev": "h"}, allow_regression=True, path=path)
    assert gate.load_baseline(path)["figures"]["dev/x"]["f1"] == 0.6
