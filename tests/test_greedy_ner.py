"""The array decoder finds exactly the entities spaCy's own recognizer finds.

Both run in the same pipeline over the same real FA-KES articles (and their
headlines): the original ``ner`` is kept, disabled, and switched back on for
the comparison. Entity spans, labels and the IOB code of every token must be
identical.
"""

from __future__ import annotations

import numpy as np
import pytest
from spacy.language import Language
from spacy.tokens import Span

from nlp_helpers import original_pipeline
from store_helpers import fakes_rows
from wardesk.nlp import greedy_ner
from wardesk.nlp.loader import load_pipeline


def _texts(n: int) -> list[str]:
    rows = fakes_rows(10_000)
    step = max(1, len(rows) // n)
    picked = rows[::step][:n]
    return [row["article_content"] for row in picked] + [row["article_title"] for row in picked]


EDGE_CASES = [
    "",
    "   \n\n  ",
    "Aleppo",
    "Fighting resumed near Deir ez-Zor.",
    "He spoke to Barack Obama",  # an entity on the last token
    "The U.N. said.\n\nSaudi Arabia's Crown Prince Mohammed bin Salman met the Russian Defence Ministry in Moscow on Monday.",
    "Rebels shelled  \n  the town of Idlib   on 12 March 2016, killing 7 and wounding  23 .",
]


def _annotation(doc) -> tuple:
    return (
        [(e.start, e.end, e.label_) for e in doc.ents],
        doc.to_array(["ENT_IOB"]).tolist(),
    )


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _both(nlp: Language, texts: list[str], batch_size: int = 16) -> tuple[list, list]:
    fast = [_annotation(d) for d in nlp.pipe(texts, batch_size=batch_size)]
    nlp.disable_pipe("wardesk_ner")
    nlp.enable_pipe("ner")
    try:
        spacy_own = [_annotation(d) for d in nlp.pipe(texts, batch_size=batch_size)]
    finally:
        nlp.disable_pipe("ner")
        nlp.enable_pipe("wardesk_ner")
    return fast, spacy_own


def test_the_wardesk_pipeline_decodes_entities_in_arrays(nlp):
    assert "wardesk_ner" in nlp.pipe_names
    assert "ner" in nlp.disabled


def test_same_entities_as_spacy_on_real_articles(nlp):
    texts = _texts(60) + EDGE_CASES
    fast, spacy_own = _both(nlp, texts)
    assert sum(len(ents) for ents, _ in fast) > 500  # the comparison is not vacuous
    for text, a, b in zip(texts, fast, spacy_own, strict=True):
        assert a == b, text[:80]


def test_the_batch_size_does_not_change_the_entities(nlp):
    texts = _texts(12) + EDGE_CASES
    one = [_annotation(d) for d in nlp.pipe(texts, batch_size=1)]
    many = [_annotation(d) for d in nlp.pipe(texts, batch_size=64)]
    assert one == many


def test_preset_entities_are_left_to_spacys_rules():
    """An entity ruler before the recognizer presets entities; spaCy's component must handle the batch."""
    nlp = original_pipeline()
    ruler = nlp.add_pipe("entity_ruler", before="ner")
    ruler.add_patterns([{"label": "ORG", "pattern": "White Helmets"}])
    assert greedy_ner.install(nlp)
    texts = ["The White Helmets said 12 people died in Douma on Friday.", *_texts(4)]
    fast, spacy_own = _both(nlp, texts)
    assert fast == spacy_own
    assert (1, 3, "ORG") in fast[0][0]


def test_beam_search_models_keep_spacys_component():
    nlp = original_pipeline()
    nlp.get_pipe("ner").cfg["beam_width"] = 4
    assert not greedy_ner.install(nlp)
    assert "ner" not in nlp.disabled and "wardesk_ner" not in nlp.pipe_names


# Entities of one, two, four and more words, one closing a sentence, one closing the text.
OWN_ENTITIES = [
    "Officials of the United Nations High Commissioner for Refugees met Maria Elena Vasquez Torres in Lagos.",
    "The Kachin Independence Army said the Tatmadaw shelled Laiza.\nPeople fled to China.",
    "A spokesman for the African Union Mission in Somalia spoke to Abdullahi Mohamed Farmaajo",
    "Nobody was hurt.",
]


@pytest.mark.parametrize("text", OWN_ENTITIES)
def test_greedy_ner_first_ends_agree_with_the_walk_from_each_opening(nlp, text):
    """The ends of all entities scored in one product (``_first_ends``) are those the walk one
    entity at a time (``_entity_end`` from the token after the opening) finds."""
    decoder = nlp.get_pipe("wardesk_ner")
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name != "wardesk_ner":
            doc = proc(doc)
    features, _ = decoder.lower(decoder.tok2vec.predict([doc]), False)
    token, bias = features[1:], decoder.lower.get_param("b")
    n = len(doc)
    starts = doc.to_array("SENT_START")
    can_continue = np.array([k + 1 < n and starts[k + 1] != 1 for k in range(n)])
    moves = np.array(
        [
            next(m for m in range(len(decoder.labels)) if decoder.is_begin[m] and decoder.label_id[m] == lab)
            for lab in sorted(set(decoder.label_id[decoder.is_begin].tolist()))
        ]
    )
    opened = np.array([k for k in range(n - 1) if can_continue[k]])
    checked = 0
    for move in moves:  # every label, opened at every token that can start one
        got = decoder._first_ends(
            opened, np.full(len(opened), n), token, bias, np.full(len(opened), move), can_continue
        )
        for g in opened.tolist():
            walk = decoder._entity_end(g, g + 1, n, token, bias, decoder.label_id[move], can_continue)
            assert got[g] in (walk, -1)
            assert got[g] == walk or walk > g + 1 + greedy_ner._INSIDE_CHUNK
            checked += got[g] != -1
    assert checked


@pytest.mark.parametrize(
    "ents",
    [[], [(0, 1, "GPE")], [(1, 3, "ORG"), (3, 4, "ORG"), (6, 9, "PERSON")], [(0, 9, "EVENT")]],
)
def test_greedy_ner_write_sets_what_set_ents_sets(nlp, ents):
    """Entities written as columns: every entity attribute as ``set_ents(spans, default="outside")``."""
    decoder = nlp.get_pipe("wardesk_ner")
    ids = {label: i for i, label in decoder.label_names.items()}
    text = "Soldiers of the Northern Brigade met Amina Yusuf Bello yesterday."
    ours, theirs = nlp.make_doc(text), nlp.make_doc(text)
    decoder._write(ours, [(a, b, ids[label]) for a, b, label in ents])
    theirs.set_ents([Span(theirs, a, b, label=label) for a, b, label in ents], default="outside")
    cols = ["ENT_IOB", "ENT_TYPE", "ENT_KB_ID", "ENT_ID"]
    assert ours.to_array(cols).tolist() == theirs.to_array(cols).tolist()
    assert [(e.start, e.end, e.label_) for e in ours.ents] == ents
