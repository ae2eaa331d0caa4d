"""A state word said of the counted people ("were confirmed dead", "shot dead three people") says
what befell them, whatever verb carries it; so does an infinitive under a verb of belief or
report ("are believed to have died")."""

from __future__ import annotations

import pytest

from wardesk.extract.numbers import Quantity, find_quantities


def _find(nlp, text: str) -> list[Quantity]:
    doc = nlp(text)
    return [q for sent in doc.sents for q in find_quantities(sent)]


# (sentence, [(value, what), ...])
STATE_CASES = [
    ("Twenty-five miners were confirmed dead after the raid on the pit.", [(25, "killed")]),
    ("Thirty passengers are feared dead after the ferry was shelled.", [(30, "killed")]),
    ("Six herders were found wounded beside the well after the clash.", [(6, "injured")]),
    ("A sniper shot dead two aid workers outside the clinic.", [(2, "killed")]),
    # guards: a state word that is no harm, and a verb of its own
    ("Nine fishermen were reported missing after the storm.", [(9, "other")]),
    ("Four guards remain missing after the ambush on the convoy.", [(4, "other")]),
]


@pytest.mark.parametrize(("text", "expected"), STATE_CASES)
def test_numbers_state_word_says_what_befell_the_counted(nlp, text, expected):
    got = [(q.value, q.what) for q in _find(nlp, text) if not q.single]
    assert got == [(pytest.approx(v), w) for v, w in expected]


# (sentence, [(value, what), ...])
RAISED_CASES = [
    ("About 80 herders are believed to have died in the raid on the camp.", [(80, "killed")]),
    ("Dozens of conscripts are feared to have been killed at the depot.", [(12, "killed")]),
    ("Fifteen pilgrims were reported to have been wounded near the shrine.", [(15, "injured")]),
    # guards: the doers who tried, and a verb of trying
    ("Thirty raiders tried to kill the chief of the village.", [(30, "other")]),
    ("Forty fighters attempted to storm the barracks.", [(40, "other")]),
]


@pytest.mark.parametrize(("text", "expected"), RAISED_CASES)
def test_numbers_belief_verb_reads_its_infinitive(nlp, text, expected):
    got = [(q.value, q.what) for q in _find(nlp, text) if not q.single]
    assert got == [(pytest.approx(v), w) for v, w in expected]
