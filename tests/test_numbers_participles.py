"""A participle before the counted people says what they were ("displaced", "wounded"); the verb
whose object they are says what befell them (numbers._classify). A count "of their own" joined to
another ("two guards and three of their drivers") adds to it (numbers._add_up_victim_types)."""

from __future__ import annotations

import pytest

from wardesk.record import Article


def _claims(pipeline, text):
    events = pipeline.run(Article(id="t", text=text, published="2021-03-08")).events
    return {(c.what, c.value) for e in events for c in e.claims}


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Militiamen attacked a camp near Bunia on Sunday, killing nine displaced people.", ("killed", 9.0)),
        (
            "The gunmen kidnapped twelve displaced women from a camp near Maiduguri on Sunday.",
            ("abducted", 12.0),
        ),
        ("Shelling wounded seven displaced children in a camp near Idlib on Sunday.", ("injured", 7.0)),
    ],
)
def test_the_verb_not_the_participle_says_what_befell_them(pipeline, text, claim):
    found = _claims(pipeline, text)
    assert claim in found
    assert ("displaced", claim[1]) not in found


def test_a_count_of_the_displaced_stays_displaced(pipeline):
    text = "Shelling killed two farmers and displaced 300 families near the town on Sunday."
    assert ("displaced", 300.0) in _claims(pipeline, text)


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("Two policemen and three of their colleagues died in the blast in Quetta on Sunday.", 5),
        ("Four guards and two of their drivers were shot dead at the depot near Kano on Sunday.", 6),
        # a part of the dead, not a second count: the toll stays
        (
            "Twelve soldiers were killed, including three of their officers, in the ambush near Gao on Sunday.",
            12,
        ),
    ],
)
def test_a_count_of_their_own_joined_to_another_adds_to_it(pipeline, text, best):
    events = pipeline.run(Article(id="t", text=text, published="2021-03-08")).events
    assert events and events[0].fatalities.best == best
