"""The round-20 sweep of blame, claim and denial forms in the wording of many wars
(``tests/data/blame_forms_sweep20.yaml``, our own sentences): each mini-article's claims of
responsibility on its reported (non-background) events hold the (stance, party) pairs the case
wants and none it forbids, as the scorer counts them.

Run alone (``python tests/test_blame_forms_sweep20.py``) for the tally."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from wardesk.record import Article

SWEEP = Path(__file__).parent / "data" / "blame_forms_sweep20.yaml"
PUBLISHED = "2024-05-06"
CASES: list[dict[str, Any]] = yaml.safe_load(SWEEP.read_text(encoding="utf-8"))["cases"]


def read_case(pipeline: Any, case: dict[str, Any]) -> set[tuple[str | None, str | None]]:
    """(stance, party) of every claim of responsibility on the article's reported events."""
    events = pipeline.run(Article(id="t", text=case["text"], published=PUBLISHED)).events
    return {
        (c.stance, c.actor)
        for e in events
        if not e.background
        for c in e.claims
        if c.what == "responsibility"
    }


def case_right(case: dict[str, Any], got: set[tuple[str | None, str | None]]) -> bool:
    """Every wanted pair is read and no forbidden one."""
    want = {(s, a) for s, a in case.get("want") or []}
    forbid = {(s, a) for s, a in case.get("forbid") or []}
    return want <= got and not forbid & got


def _param(case: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason=case["known_miss"], strict=False)] if case.get("known_miss") else []
    return pytest.param(case, id=case["form"][:60], marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_blame_forms_sweep20_reads_each_form(pipeline, case):
    got = read_case(pipeline, case)
    assert case_right(case, got), (case["text"], case.get("want"), case.get("forbid"), sorted(got, key=str))


def main() -> int:
    """Print every case's reading and the tally."""
    from wardesk.flows.extract import Pipeline

    pipeline = Pipeline()
    right = 0
    for case in CASES:
        got = read_case(pipeline, case)
        ok = case_right(case, got)
        right += ok
        print("ok  " if ok else "MISS", f"[{case['form']}]", sorted(got, key=str))
    print(f"{right}/{len(CASES)} cases right")
    return 0


if __name__ == "__main__":
    sys.exit(main())
