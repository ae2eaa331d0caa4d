"""Denials read from what a rejection rejects, and one voice's blame counted once (round 27).

Sentences written for wardesk, one war each. The rejection forms: the rejection hangs from what it
rejects ("an account the army rejected"), a free relative names it ("rejected what it called
lies"), or an infinitive of blame follows the rejected noun ("dismissed efforts to blame the
army"). One voice named as a body and as its spokesman, or by a short and a long name, accuses once.
"""

from __future__ import annotations

import pytest

from article_helpers import article_blames
from wardesk.extract.voices import merge_voices, one_voice, speakers_bodies
from wardesk.record import Claim


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a relative clause of rejection on the account
        (
            "Herders near Abyei said Sudanese soldiers burned 40 huts on Sunday, an account the "
            "Sudanese army rejected.",
            "Sudan",
        ),
        # on the account through "of" ("a version of events")
        (
            "Volunteers in Nyala said the Rapid Support Forces shelled the Tayba neighbourhood on "
            "Thursday, killing 14 people, a version of events the paramilitary group rejected.",
            "RSF",
        ),
        # a free relative of naming
        (
            "Residents said LNA jets bombed a clinic in Gharyan on Tuesday, killing five nurses. LNA "
            "spokesman Colonel Khalid Mahjoub dismissed what he called reckless accusations by the "
            "Tripoli ministry.",
            "Libyan National Army",
        ),
        # an infinitive of blame after the rejected noun
        (
            "Survivors said Burkinabe soldiers killed 31 villagers in Soro on Wednesday. Government "
            "spokesman Adama Sawadogo dismissed efforts to blame Burkinabe troops.",
            "Burkina Faso",
        ),
        (
            "Residents of Mbengwi said Cameroonian soldiers shot two elderly men on Saturday. "
            "Cameroon's Ministry of Defence firmly rejected any attempt to attribute the killings to "
            "the defence forces.",
            "Cameroon",
        ),
    ],
)
def test_blame_rejection_forms_deny(text: str, actor: str) -> None:
    """Each rejection denies for the party the rejected account blames (the speaker's side)."""
    assert any(s == "denies" and a == actor for s, a, _ in article_blames(text)), article_blames(text)


@pytest.mark.parametrize(
    "text",
    [
        # an offer rejected is no account of the act
        "Rebels shelled the market in Kidal on Monday, killing six, the army said. The offer of talks "
        "the rebels rejected had come from Algiers.",
        # an infinitive that blames no one
        "Gunmen killed nine miners near Kamituga on Friday, police said. The governor rejected "
        "attempts to reopen the mine.",
    ],
)
def test_blame_rejection_forms_leave_other_objects(text: str) -> None:
    """A rejection of something that is no account of the act denies nothing."""
    assert not any(s == "denies" for s, _, _ in article_blames(text)), article_blames(text)


def test_blame_one_voice_body_and_spokesman_accuse_once() -> None:
    """The ministry and its named spokesman are one voice: one accusation, by the spokesman."""
    text = (
        "The Defence Ministry announced that insurgents of the Islamic State killed nine fishermen "
        "near Mocimboa on Friday. Ministry spokesman Colonel Tomas Chivambo said the Islamic State "
        "fighters had shot the fishermen on the beach."
    )
    accusing = [b for b in article_blames(text) if b[:2] == ("accuses", "Islamic State")]
    assert [b[2] for b in accusing] == ["Tomas Chivambo"], article_blames(text)


@pytest.mark.parametrize(
    ("a", "b", "bodies", "one"),
    [
        ("Polisario", "Polisario Front", {}, True),
        ("residents", "Residents of the village", {}, True),
        ("Al-Maliki", "Turki al-Maliki", {}, True),
        (
            "Tomas Chivambo",
            "Defence Ministry",
            {"tomas chivambo": {"ministry", "spokesman"}},
            True,
        ),
        ("Residents", "Amnesty International", {}, False),
        ("UN officials", "Georgian officials", {}, False),
        ("Lul Koang", "Amnesty International", {"lul koang": {"army", "spokesman"}}, False),
    ],
)
def test_voices_one_voice(a: str, b: str, bodies: dict[str, set[str]], one: bool) -> None:
    """Short forms and a person with the body they speak for are one voice; other names are not."""
    assert one_voice(a, b, {k: frozenset(v) for k, v in bodies.items()}) is one


def test_voices_merge_keeps_the_named_spokesman_and_other_voices() -> None:
    """Two names of one voice become one claim (the spokesman's); a second voice stays."""
    bodies = speakers_bodies(
        [("Tomas Chivambo", None, "Ministry spokesman Colonel Tomas Chivambo told reporters")]
    )
    claims = [
        (
            Claim(
                what="responsibility",
                actor="Islamic State",
                stance="accuses",
                source="Defence Ministry",
            ),
            1,
        ),
        (
            Claim(what="responsibility", actor="Islamic State", stance="accuses", source="Tomas Chivambo"),
            2,
        ),
        (
            Claim(
                what="responsibility", actor="Islamic State", stance="accuses", source="Amnesty International"
            ),
            3,
        ),
        (Claim(what="responsibility", actor="Islamic State", stance="denies", source="Islamic State"), 4),
    ]
    merged = merge_voices(claims, bodies)
    assert [(c.stance, c.source, at) for c, at in merged] == [
        ("accuses", "Tomas Chivambo", 1),
        ("accuses", "Amnesty International", 3),
        ("denies", "Islamic State", 4),
    ]


def test_voices_a_shared_nation_is_no_shared_voice() -> None:
    """A foreign ministry's spokesman and "the Ruritanian government" share a country, not a voice;
    the spokesman and "the foreign ministry" are one."""
    bodies = speakers_bodies(
        [("Jon Varga", None, "Ruritanian Foreign Ministry spokesman Jon Varga told reporters")],
        lambda w: w == "ruritanian",
    )
    assert not one_voice("Jon Varga", "The Ruritanian government", bodies)
    assert one_voice("Jon Varga", "the foreign ministry", bodies)
