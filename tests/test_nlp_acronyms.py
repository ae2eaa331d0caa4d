"""An actor's acronym spelled like an auxiliary ("IS fired shells") is the verb's subject, not a
passive's "is": the parse is mended after the parser (wardesk.nlp.acronyms). Sentences written
for these tests."""

from __future__ import annotations

import pytest
from tests.article_helpers import incidents


@pytest.mark.parametrize(
    "text",
    [
        "IS fired a dozen rockets at the airbase on Monday.",
        "Local officials said IS shelled two villages east of the river overnight.",
    ],
)
def test_nlp_acronym_subject_is_the_verbs_subject(nlp, text):
    doc = nlp(text)
    acronym = next(t for t in doc if t.text == "IS")
    assert (acronym.dep_, acronym.pos_) == ("nsubj", "PROPN")
    assert acronym.head.tag_ == "VBD"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("IS IT THE END OF THE SIEGE?", "IS"),  # an all-caps headline: the verb it spells
        ("The convoy is fired on almost every night.", "is"),  # lower case: the auxiliary
        ("IS has fired rockets at the town before.", "IS"),  # another auxiliary: the parse stands
    ],
)
def test_nlp_acronym_subject_leaves_real_auxiliaries(nlp, text, word):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert not (tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and tok.text == "is")
    if word == "is":
        assert tok.dep_ in ("aux", "auxpass")


def test_nlp_acronym_subject_names_the_initiator(pipeline):
    text = (
        "IS fired 30 mortar shells at a government-held district of Deir ez-Zor on Tuesday, killing "
        "seven civilians, state media said."
    )
    events = incidents(pipeline, text, "2016-03-09")
    assert [[a.name for a in e.initiators] for e in events] == [["Islamic State"]]
