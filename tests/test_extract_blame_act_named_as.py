"""An act named with its doer as the predicate of "be" ("this was not an M23 attack", "it was an
attack by the militia"), said by someone: the speaker accuses that party, or denies it did it
(``blame._act_named_as``). Our own sentences, from many wars."""

from __future__ import annotations

import pytest

import wardesk

#: (article, party, stance, speaker); party None: no statement on any party of that stance.
CASES = [
    (
        "Gunmen killed 14 people in Kiwanja on Sunday. The president said the massacre was not an "
        "M23 attack but the work of local criminals.",
        "M23",
        "denies",
        "The president",
    ),
    (
        "A blast killed 6 people in Khost on Monday. It was not a Taliban attack, the provincial "
        "police chief told reporters.",
        "Taliban",
        "denies",
        "the provincial police chief",
    ),
    (
        "Attackers killed 20 villagers in Tula on Saturday. The mayor said this was not an ADF attack "
        "but a quarrel over land.",
        "ADF",
        "denies",
        "The mayor",
    ),
    (
        "Gunmen killed 7 people in Mocimboa on Friday. The government said it was not an Islamic "
        "State attack.",
        "Islamic State",
        "denies",
        "The government",
    ),
    (
        "A car bomb killed 12 people in Mogadishu on Thursday. The police commissioner said it was an "
        "al-Shabaab attack.",
        "al-Shabaab",
        "accuses",
        "The police commissioner",
    ),
    # the article's own voice: no one's statement
    (
        "A blast killed 6 people in Khost on Monday. It was not a Taliban attack.",
        None,
        "denies",
        None,
    ),
    # no doer named on the act
    (
        "Shelling killed 5 people in Horlivka on Monday. The mayor said it was the deadliest attack "
        "this year.",
        None,
        "accuses",
        None,
    ),
]


def _names(party: str) -> set[str]:
    """The spellings a party's canonical name may take here."""
    return {party.lower(), party.lower().replace("al-", "al ")}


@pytest.mark.parametrize(("text", "party", "stance", "speaker"), CASES)
def test_extract_blame_act_named_as_accuses_or_denies_its_doer(
    text: str, party: str | None, stance: str, speaker: str | None
) -> None:
    out = wardesk.extract_article(text, published="2024-01-02", source="Desk", article_id="a")
    said = [
        (c.actor or "", c.source)
        for e in out.events
        for c in e.claims
        if c.what == "responsibility" and c.stance == stance
    ]
    if party is None:
        assert said == []
    else:
        assert any(any(n in a.lower() for n in _names(party)) and src == speaker for a, src in said), said
