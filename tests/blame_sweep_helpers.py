"""What the blame-form sweeps share: a YAML file of our own mini-articles, each with the (stance,
party) pairs of responsibility it must yield (``want``) and must not (``forbid``), read the way
the scorer counts them, and the tally a sweep prints when run as a script."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from wardesk.record import Article

#: The publication day every sweep article is read against.
PUBLISHED = "2024-05-06"

Pairs = set[tuple[str | None, str | None]]


def load_cases(name: str) -> list[dict[str, Any]]:
    """The cases of ``tests/data/<name>``."""
    path = Path(__file__).parent / "data" / name
    return yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]


def read_case(pipeline: Any, case: dict[str, Any], *, reported_only: bool = False) -> Pairs:
    """(stance, party) of every claim of responsibility the case's article yields (on its reported,
    non-background events only with ``reported_only``, as the scorer counts blame)."""
    events = pipeline.run(Article(id="t", text=case["text"], published=PUBLISHED)).events
    return {
        (c.stance, c.actor)
        for e in events
        if not (reported_only and e.background)
        for c in e.claims
        if c.what == "responsibility"
    }


def case_right(case: dict[str, Any], got: Pairs) -> bool:
    """Every wanted pair is read and no forbidden one."""
    want = {(s, a) for s, a in case.get("want") or []}
    forbid = {(s, a) for s, a in case.get("forbid") or []}
    return want <= got and not forbid & got


def case_param(case: dict[str, Any], id_key: str) -> Any:
    """The case as a pytest param, a known miss marked (not strictly: wording may still change)."""
    marks = [pytest.mark.xfail(reason=case["known_miss"], strict=False)] if case.get("known_miss") else []
    return pytest.param(case, id=case[id_key][:60], marks=marks)


def tally(cases: list[dict[str, Any]], read: Callable[[Any, dict[str, Any]], Pairs], label: str) -> int:
    """Print every case's reading and the count right (a sweep run as a script)."""
    from wardesk.flows.extract import Pipeline

    pipeline = Pipeline()
    right = 0
    for case in cases:
        got = read(pipeline, case)
        ok = case_right(case, got)
        right += ok
        print("ok  " if ok else "MISS", case[label][:70], sorted(got, key=str))
    print(f"{right}/{len(cases)} cases right")
    return 0
