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


def test_claimed_party_keeps_the_article_spelling(pipeline: Pipeline) -> None:
    """A party made the initiator by a claim alone carries the words the article names it with."""
    from wardesk.record import Article

    text = (
        "A former commander of ETA has admitted that the group was responsible for the 1987 "
        "supermarket bombing in Barcelona that killed 21 shoppers."
    )
    events = pipeline.run(Article(id="t", text=text, published=PUB)).events
    texts = {a.text for e in events for a in e.initiators if a.name == "ETA"}
    assert texts == {"ETA"}, texts


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("Inside the PlotYusuf Karimli", "Yusuf Karimli"),  # a headline run into the name
        ("Tracking KarimliYusuf Karimli", "Yusuf Karimli"),
        ("Ronald McDonald", "Ronald McDonald"),  # names written with two capitals stay whole
        ("Douglas MacArthur", "Douglas MacArthur"),
        ("Ron DeSantis", "Ron DeSantis"),
        ("Ahmad Khan Rahimi", "Ahmad Khan Rahimi"),
    ],
)
def test_unlisted_after_glue(name: str, kept: str) -> None:
    from wardesk.extract.unlisted import after_glue

    assert after_glue(name) == kept
