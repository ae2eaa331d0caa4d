"""The person a report identifies as the attacker it first described (wardesk.extract.identified),
in our own sentences: the attack's initiator becomes that person, and an attack whose party is
named keeps it."""

from __future__ import annotations

import pytest

from article_helpers import incidents, names
from wardesk.flows.extract import Pipeline

PUB = "2024-05-10"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "A gunman shot dead three customers at a diner in Fresno, California, on Monday. "
            "Police identified the gunman as Marcus Delaney, a 41-year-old mechanic.",
            "Marcus Delaney",
        ),
        (
            "A man stabbed four people at a railway station in Hamburg on Thursday. "
            "Prosecutors named the attacker as Jonas Reiter, 33.",
            "Jonas Reiter",
        ),
        (
            "A gunman killed nine people at a shopping centre in Perth on Sunday. Police named him as Callum Fraser, 27.",
            "Callum Fraser",
        ),
        (
            "A bomb exploded at a bus stop in Leeds on Friday, wounding six people. "
            "The bomber, a 25-year-old man named Ashraf Qadir, was arrested hours later.",
            "Ashraf Qadir",
        ),
    ],
)
def test_identified_attacker_is_the_initiator(pipeline: Pipeline, text: str, person: str) -> None:
    assert person in names(incidents(pipeline, text, PUB), "initiators")


def test_identified_victim_is_no_attacker(pipeline: Pipeline) -> None:
    text = (
        "Gunmen shot dead a shopkeeper in Karachi on Tuesday. "
        "Police identified the victim as Imran Siddiqui, 52, a father of four."
    )
    assert "Imran Siddiqui" not in names(incidents(pipeline, text, PUB), "initiators")


def test_identified_person_leaves_a_named_group(pipeline: Pipeline) -> None:
    text = (
        "Al-Shabaab fighters attacked a police post in Garissa on Monday, killing five officers. "
        "The attacker, identified as Hassan Warsame, was killed in the fighting."
    )
    assert "al-Shabaab" in names(incidents(pipeline, text, PUB), "initiators")


@pytest.mark.parametrize(
    ("text", "name", "phrase"),
    [
        (
            "Fighters of the Oromo Liberation Army raided a police station in Nekemte on Monday, killing four officers.",
            "Oromo Liberation Army",
            "Fighters of the Oromo Liberation Army",
        ),
        (
            "Militants of the Islamic State stormed a checkpoint near Kirkuk on Friday, killing three soldiers.",
            "Islamic State",
            "Militants of the Islamic State",
        ),
    ],
)
def test_members_of_a_group_keep_its_name_in_the_text(
    pipeline: Pipeline, text: str, name: str, phrase: str
) -> None:
    """The members' noun read as the group keeps the group's spelling in its text."""
    found = {a.text for e in incidents(pipeline, text, PUB) for a in e.initiators if a.name == name}
    assert phrase in found, found
