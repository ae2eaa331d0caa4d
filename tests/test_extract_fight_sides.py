"""Both sides of a fight told in a "between X and Y" phrase (``extract/frames.between_side``): the
side told first is the initiator, the side after "and" the target, whatever shape the parser gives
the coordination. Our own sentences, over several wars."""

from __future__ import annotations

import pytest

from article_helpers import incidents, names
from wardesk.flows.extract import Pipeline

PUB = "2024-05-10"

CASES = [
    (
        "GOMA, March 12 - Fierce fighting between the Congolese army and M23 rebels broke out near Sake "
        "on Monday, residents said.",
        "DR Congo",
        "M23",
    ),
    (
        "TRIPOLI, May 5 - Fighting between forces of the Government of National Accord and the Libyan "
        "National Army raged south of Tripoli on Sunday.",
        "Government of National Accord",
        "Libyan National Army",
    ),
    (
        "JUBA, Feb 14 - Heavy clashes between the SSPDF and SPLA-IO forces erupted in Nasir on Tuesday, "
        "killing at least 20 people.",
        "South Sudan",
        "SPLA-IO",
    ),
    (
        "ABUJA, March 3 - Fighting between ISWAP fighters and Boko Haram members around Lake Chad killed "
        "dozens on Friday, residents said.",
        "ISWAP",
        "Boko Haram",
    ),
    (
        "KHARTOUM, June 3 - Clashes broke out between the Sudanese army and the Rapid Support Forces in "
        "Omdurman on Monday, killing 12 civilians.",
        "Sudan",
        "RSF",
    ),
]


@pytest.mark.parametrize("text,first,second", CASES)
def test_frames_between_sides_take_initiator_then_target(
    pipeline: Pipeline, text: str, first: str, second: str
) -> None:
    evs = incidents(pipeline, text, PUB)
    assert first in names(evs, "initiators")
    assert second in names(evs, "targets")


def test_frames_and_inside_a_name_joins_no_sides(pipeline: Pipeline) -> None:
    """The "and" of "Justice and Equality Movement" is part of the name, not the joiner of sides."""
    text = (
        "EL GENEINA, Sudan, Jan 8 - Fighting between the Justice and Equality Movement and the "
        "Sudanese army raged near Muhajiriya on Sunday, witnesses said."
    )
    evs = incidents(pipeline, text, PUB)
    assert "Justice and Equality Movement" in names(evs, "initiators")
    assert "Sudan" in names(evs, "targets")


def test_frames_side_of_a_fight_is_blamed_by_nobody(pipeline: Pipeline) -> None:
    """A speaker telling of fighting between two sides accuses neither: the side told first is the
    fight's side 1, not a culprit."""
    text = (
        "KURGAN-TYUBE, Tajikistan, Sept 8 (Reuters) - Clashes between the Popular Front and opposition "
        "fighters spread to the Vakhsh valley on Monday, killing at least 30 people, the regional police said."
    )
    evs = incidents(pipeline, text, PUB)
    assert not [c for e in evs for c in e.claims if c.what == "responsibility"]
    # the second side's description never takes the first side's name
    assert "Popular Front" in names(evs, "initiators")
    assert "Popular Front" not in names(evs, "targets")
