"""A side's spokesman denies an act by negating a deed of its own: "had not carried out any air
operations in the area" (a noun of military action as the deed's object, ``deed_objects``), "did
not fire a single shell at the camp" (firing as a deed verb). Our own sentences."""

from __future__ import annotations

import pytest

from wardesk.record import Article


def _denied(pipeline, text: str) -> set[str]:
    events = pipeline.run(Article(id="t", title=None, text=text, published="2021-07-06")).events
    return {c.actor for e in events for c in e.claims if c.stance == "denies" and c.actor}


@pytest.mark.parametrize(
    "text,denier",
    [
        (
            "A blast tore through a livestock market near the border on Monday, killing 11 traders, "
            "residents said. The army spokesman said on Tuesday that the army had not carried out any "
            "air operations in the district that day.",
            "State forces",
        ),
        (
            "Mortar rounds hit a camp for displaced families on Sunday, killing seven people, the "
            "governor said, blaming the RSF. The RSF said its fighters did not fire a single shell "
            "at the camp.",
            "RSF",
        ),
        (
            "Rockets slammed into a school in the town on Friday, killing four pupils, officials said. "
            "The Houthis said they had not fired any rockets at the town.",
            "Houthis",
        ),
    ],
)
def test_blame_negated_deed_of_own_side_denies(pipeline, text: str, denier: str) -> None:
    assert any(denier.lower() in d.lower() for d in _denied(pipeline, text)), _denied(pipeline, text)


def test_blame_operation_told_without_negation_is_no_denial(pipeline) -> None:
    text = (
        "Gunmen raided a village on Sunday, killing nine people, officials said. The army said it had "
        "launched an operation to hunt the attackers."
    )
    assert _denied(pipeline, text) == set()
