"""The round-20 sweep of blame, claim and denial forms in the wording of many wars
(``tests/data/blame_forms_sweep20.yaml``, our own sentences): each mini-article's claims of
responsibility on its reported (non-background) events hold the (stance, party) pairs the case
wants and none it forbids, as the scorer counts them.

Run alone (``python tests/test_blame_forms_sweep20.py``) for the tally."""

from __future__ import annotations

import sys

import pytest

from blame_sweep_helpers import case_param, case_right, load_cases, read_case, tally

CASES = load_cases("blame_forms_sweep20.yaml")


@pytest.mark.parametrize("case", [case_param(c, "form") for c in CASES])
def test_blame_forms_sweep20_reads_each_form(pipeline, case):
    got = read_case(pipeline, case, reported_only=True)
    assert case_right(case, got), (case["text"], case.get("want"), case.get("forbid"), sorted(got, key=str))


if __name__ == "__main__":
    sys.exit(tally(CASES, lambda p, c: read_case(p, c, reported_only=True), "form"))
