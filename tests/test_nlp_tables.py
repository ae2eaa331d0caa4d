"""The table-driven attribute ruler and lemmatizer annotate exactly as spaCy's own.

Both stand-ins read the originals' patterns and tables; the comparison runs
the original components (kept in the pipeline, disabled) and the stand-ins
over the same real FA-KES articles and requires identical tags, POS,
morphology, lemmas and dependencies on every token.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from nlp_helpers import original_pipeline
from store_helpers import fakes_rows
from wardesk.nlp import tables
from wardesk.nlp.loader import load_pipeline


def _articles(n: int) -> list[str]:
    rows = fakes_rows(10_000)
    step = max(1, len(rows) // n)
    return [row["article_content"] for row in rows[::step][:n]]


@pytest.fixture(scope="module")
def pair() -> tuple[Language, Language]:
    return original_pipeline(), load_pipeline()


def test_the_wardesk_pipeline_uses_the_tables(pair):
    _, fast = pair
    assert "wardesk_attribute_table" in fast.pipe_names
    assert "wardesk_lemma_table" in fast.pipe_names
    assert "attribute_ruler" in fast.disabled and "lemmatizer" in fast.disabled


def test_same_annotation_as_spacy_on_real_articles(pair):
    original, fast = pair
    texts = _articles(40)
    texts.append("Y'all ain't gonna believe it: there are 5 dead. Let's go, c'mon. Nothin' is left.")
    for text, a, b in zip(texts, original.pipe(texts), fast.pipe(texts), strict=True):
        assert tables.compare(a, b) == [], text[:80]
        assert [(e.start, e.end, e.label_) for e in a.ents] == [(e.start, e.end, e.label_) for e in b.ents]


def test_a_ruler_with_quantifiers_is_left_to_spacy():
    nlp = original_pipeline()
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "so", "OP": "+"}]], {"POS": "ADV"})
    assert tables.install(nlp) == ["lemmatizer"]
    assert "attribute_ruler" not in nlp.disabled


@pytest.mark.parametrize(
    ("words", "probes"),
    [
        (["attack", "bomb", "city"], ["bomb", "bombs", "", "a", "city", "zzz"]),  # sorted: searched in place
        (["strike", "aid", "kill", "army"], ["kill", "aid", "army", "strike", "killed", "b"]),  # unsorted
        ([], ["anything"]),
    ],
)
def test_nlp_tables_lemma_index_search_answers_as_the_list(words, probes):
    index = tables._SortedWords(words)
    assert bool(index) == bool(words) and len(index) == len(words)
    assert [p in index for p in probes] == [p in words for p in probes]


def test_nlp_tables_lemma_table_lemmatizes_words_spacy_finds_in_its_index(pair):
    """Forms the rules make and the index confirms ('attacks' -> 'attack', 'killed' -> 'kill')."""
    original, fast = pair
    text = "Gunmen attacked the villages and killed eleven fighters; the strikes destroyed bridges."
    a, b = original(text), fast(text)
    assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
    assert {"attack", "kill", "village", "fighter", "strike", "destroy", "bridge"} <= {t.lemma_ for t in b}
