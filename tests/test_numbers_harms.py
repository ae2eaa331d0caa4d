"""A harm named as the object of a verb of undergoing counts its sufferers: "sustained injuries",
"received treatment for wounds", "succumbed to their wounds"."""

from __future__ import annotations

import pytest

from wardesk.extract.numbers import Quantity, find_quantities


def _find(nlp, text: str) -> list[Quantity]:
    doc = nlp(text)
    return [q for sent in doc.sents for q in find_quantities(sent)]


# (sentence, [(value, what), ...] in order)
HARM_CASES = [
    ("Eleven others sustained injuries, a local official said.", [(11, "injured")]),
    ("At least 20 people sustained serious injuries in the blast.", [(20, "injured")]),
    ("Three soldiers suffered wounds and were flown to a hospital.", [(3, "injured")]),
    ("The army said eight soldiers suffered minor injuries.", [(8, "injured")]),
    ("Six people received treatment for wounds at the main hospital.", [(6, "injured")]),
    ("Nine people were treated for burns and shrapnel wounds.", [(9, "injured")]),
    ("Doctors treated 15 residents for gunshot wounds.", [(15, "injured")]),
    ("Four villagers were admitted with bullet wounds on Sunday.", [(4, "injured")]),
    # a harm that kills, or a verb that says the harm killed, makes the dead
    ("Two more later succumbed to their wounds.", [(2, "killed")]),
    ("Three guards suffered fatal injuries in the ambush.", [(3, "killed")]),
    # one person counted without a number
    ("A policeman sustained injuries in the explosion.", [(1, "injured")]),
    # guards: what is undergone is no harm, or no verb of undergoing names it
    ("The unit suffered 3 attacks in one week.", [(3, "other")]),
    ("Four families received food for the winter.", [(4, "other")]),
]


@pytest.mark.parametrize(("text", "expected"), HARM_CASES)
def test_numbers_harm_undergone_counts_its_sufferers(nlp, text, expected):
    got = [(q.value, q.what) for q in _find(nlp, text) if not q.derived]
    assert got == [(pytest.approx(v), w) for v, w in expected]


# (sentence, [(value, what), ...]): more ways English war reports tell who was hurt
MORE_CASES = [
    # moved to or kept in a place of care: the wounded
    ("Eleven people were taken to hospital after the blast.", [(11, "injured")]),
    ("Medics rushed 14 villagers to a clinic in the valley.", [(14, "injured")]),
    ("About 40 people remain in hospital, a nurse said.", [(40, "injured")]),
    ("Twelve people were evacuated to a field hospital.", [(12, "injured")]),
    ("Three people died in hospital on Sunday.", [(3, "killed")]),
    # the state word after the object, wherever the parser hangs it
    (
        "Rebels attacked the base, killing 15 soldiers and leaving two others wounded.",
        [(15, "killed"), (2, "injured")],
    ),
    ("A roadside bomb killed three people and left 25 hurt.", [(3, "killed"), (25, "injured")]),
    # "to death" kills, whatever the verb; a sentence to death does not
    ("Militants hacked 12 villagers to death near the river.", [(12, "killed")]),
    ("A court sentenced 12 men to death on Monday.", [(12, "other")]),
    ("A man stabbed eight people at a market.", [(8, "injured")]),
    # what is lost says what befell them
    ("Seventeen people lost limbs in the bombing.", [(17, "injured")]),
    ("About 300 families lost their homes in the shelling.", [(300, "displaced")]),
    ("Two soldiers lost their lives in the ambush.", [(2, "killed")]),
    ("The army lost 12 soldiers in the fighting.", [(12, "killed")]),
]


@pytest.mark.parametrize(("text", "expected"), MORE_CASES)
def test_numbers_care_states_and_losses_count_the_hurt(nlp, text, expected):
    got = [(q.value, q.what) for q in _find(nlp, text) if not q.derived]
    assert got == [(pytest.approx(v), w) for v, w in expected]
