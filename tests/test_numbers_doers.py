"""Who kills, wounds or abducts is not counted among the dead, wounded or abducted."""

from __future__ import annotations

import pytest

from wardesk.flows.extract import Pipeline
from wardesk.record import Article

TOLLS = {"killed", "injured", "abducted", "displaced"}


def _claims(text: str) -> list[tuple[str, float]]:
    out = Pipeline().run(Article(id="t", text=text))
    return sorted((c.what, c.value) for e in out.events for c in e.claims if c.what in TOLLS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three suicide bombers killed at least two people near the police headquarters in Damascus on Wednesday.",
            [("killed", 2.0)],
        ),
        ("On Friday four gunmen abducted nine pupils from a school in Kaduna state.", [("abducted", 9.0)]),
        # the doers counted as the "of" part of a group, or as the agent of a passive verb
        ("A band of six raiders shot dead two herdsmen outside Mopti on Monday.", [("killed", 2.0)]),
        (
            "A gang of seven bandits kidnapped eleven travellers on the Abuja road on Monday.",
            [("abducted", 11.0)],
        ),
        (
            "Three farmers were hacked to death by a group of eight attackers near Bassa on Monday.",
            [("killed", 3.0)],
        ),
        ("Two traders were gunned down by four masked men in Kano market on Monday.", [("killed", 2.0)]),
        # guards: the dead of a passive or intransitive verb are counted as before
        ("Five people were killed when militants attacked a market in Bunia on Monday.", [("killed", 5.0)]),
        ("Seven soldiers died in an ambush near Gao on Sunday, the army said.", [("killed", 7.0)]),
        # the object is what befell the subject: the subject is the count
        ("Two soldiers lost their lives in the attack in Gao on Monday.", [("killed", 2.0)]),
        (
            "Rebels shelled the camp on Monday and about 3,000 people fled their homes in Kidal, officials said.",
            [("displaced", 3000.0)],
        ),
    ],
)
def test_the_doers_of_a_killing_are_not_its_toll(text, expected):
    assert _claims(text) == expected
