"""The word after a dateline's dash opens the article's first sentence (``extract/actors._lead_start``):
a capitalised description there ("- Gunmen killed ...", "- Militants stormed ...") is a party, not
part of a proper name, though the parser runs the dateline into that sentence. Our own sentences."""

from __future__ import annotations

import pytest

from article_helpers import incidents, raw_names
from wardesk.flows.extract import Pipeline

PUB = "2024-05-10"


@pytest.mark.parametrize(
    "text,initiator",
    [
        (
            "KATSINA, Nigeria, March 4 (Reuters) - Gunmen attacked the village of Dandume in Katsina "
            "state on Sunday, killing nine people.",
            "Gunmen",
        ),
        (
            "PESHAWAR, Pakistan, Oct 2 (AP) - Militants stormed a checkpoint in the Khyber district "
            "on Monday, killing three policemen.",
            "Militants",
        ),
        (
            "MARAWI, Philippines, June 9 – Soldiers killed four Maute fighters in a firefight in the "
            "village of Piagapo on Friday.",
            "Philippines",
        ),
    ],
)
def test_actors_word_after_dateline_dash_opens_the_lead(
    pipeline: Pipeline, text: str, initiator: str
) -> None:
    assert initiator in raw_names(incidents(pipeline, text, PUB), "initiators")


def test_actors_hyphen_of_a_compound_opens_nothing(pipeline: Pipeline) -> None:
    """A hyphen inside a word ("Moscow-backed") is no dateline dash; a spaced one after the
    dateline is, and the word after it opens the lead."""
    from wardesk.extract.actors import _lead_start
    from wardesk.nlp.loader import load_pipeline

    nlp = load_pipeline()
    assert _lead_start(nlp("Moscow-backed forces shelled the town on Monday.")) == -1
    assert _lead_start(nlp("GAO, Mali, May 3 (AFP) - Gunmen killed four.")) == 10
