"""Parties an article describes but never identifies are named by its own description
(``extract/descriptions.py``, ``resources/actors/descriptions.yaml``), not by one catch-all label;
the link stage still reads them as naming nobody in particular. Our own sentences."""

from __future__ import annotations

import pytest

from article_helpers import incidents, raw_names
from wardesk.extract.actors import UNIDENTIFIED
from wardesk.extract.descriptions import describe, is_description
from wardesk.flows.extract import Pipeline

PUB = "2024-05-10"


@pytest.mark.parametrize(
    "text,name",
    [
        ("gunmen", "Gunmen"),
        ("a gunman", "Gunmen"),
        ("about 30 suspected bandits", "Bandits"),
        ("unknown gunmen", "Unidentified gunmen"),
        ("heavily armed men", "Gunmen"),
        ("suspected Islamist militants", "Islamist militants"),
        ("three terrorists", "Militants"),
        ("the attackers", "Attackers"),
        ("Gunmen of the rebel movement", "Gunmen"),
        ("fighters loyal to the former governor", "Fighters"),
        ("a police station", None),
        ("armed group", None),
        (None, None),
    ],
)
def test_descriptions_describe_names_the_party_by_its_words(text: str | None, name: str | None) -> None:
    assert describe(text) == name


def test_descriptions_table_names_and_groups_are_no_descriptions() -> None:
    """A party named by a description is nobody in particular, whatever type its generic gave it;
    the table's names and persons name a party."""
    assert is_description("Gunmen", "unknown")
    assert is_description("Islamist militants", "unknown")
    assert is_description(UNIDENTIFIED, "unknown")
    assert not is_description("Syrian rebels", "rebel_group")
    assert is_description("Militants", "rebel_group")
    assert not is_description("Syrian rebels", "unknown")
    assert not is_description("Ulster Freedom Fighters", "militia")
    assert not is_description("Hamid Karzai", "unknown")


@pytest.mark.parametrize(
    "text,initiator",
    [
        (
            "GUSAU, Nigeria, March 4 (Reuters) - Suspected gunmen killed nine traders on a road "
            "near the village of Kadauri in Zamfara state on Sunday, police said.",
            "Gunmen",
        ),
        (
            "NAIROBI, July 9 (AFP) - Unknown gunmen shot dead four herders at a watering point near "
            "Baragoi in Samburu county on Monday, police said.",
            "Unidentified gunmen",
        ),
    ],
)
def test_descriptions_unidentified_attackers_keep_their_description(
    pipeline: Pipeline, text: str, initiator: str
) -> None:
    evs = incidents(pipeline, text, PUB)
    assert initiator in raw_names(evs, "initiators")
    assert UNIDENTIFIED not in raw_names(evs, "initiators")
