"""The per-document arrays give what spaCy's own objects give, on real articles."""

from __future__ import annotations

import pytest

from store_helpers import fakes_rows
from wardesk.extract.syntax import governing_verb
from wardesk.geo.mentions import _spaces
from wardesk.nlp.cache import (
    _COLUMNS,
    _column,
    _columns,
    doc_deps,
    doc_heads,
    doc_lemmas,
    doc_lowers,
    doc_pos,
    doc_sents,
    doc_text,
    doc_token_offsets,
    doc_token_texts,
    span_root,
)
from wardesk.nlp.loader import load_pipeline


def test_cached_arrays_and_span_roots_match_spacy():
    nlp = load_pipeline()
    texts = [r["article_content"] for r in fakes_rows(8)]
    texts += ["", "  a\n\n b ", "Ünïcode — “quoted” ’s test.  Double  space"]
    checked = 0
    for doc in nlp.pipe(texts):
        assert doc_heads(doc) == [t.head.i for t in doc]
        assert doc_deps(doc) == [t.dep_ for t in doc]
        assert doc_pos(doc) == [t.pos_ for t in doc]
        assert doc_token_texts(doc) == [t.text for t in doc]
        assert doc_token_offsets(doc) == [t.idx for t in doc]
        assert doc_text(doc) == doc.text
        assert doc_lowers(doc) == [t.lower_ for t in doc]
        assert doc_lemmas(doc) == [t.lemma_.lower() for t in doc]
        assert _spaces(doc) == [t.whitespace_ for t in doc]
        assert [(s.start, s.end) for s in doc_sents(doc)] == [(s.start, s.end) for s in doc.sents]
        for t in doc:
            found = governing_verb(t)
            assert (found.i if found is not None else None) == _verb_by_tokens(t)
        for i in range(0, len(doc) - 1, 3):
            for width in (1, 2, 3, 5, 9):
                j = min(len(doc), i + width)
                assert span_root(doc, i, j) == doc[i:j].root.i
                checked += 1
    assert checked > 1000


def _verb_by_tokens(tok):
    """The nearest verb above ``tok`` by walking spaCy's own Token objects (8 steps at most)."""
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX"):
            return cur.i
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


# Sentences of our own: a parsed text, a headline the models never saw (make_doc), an empty text.
COLUMN_TEXTS = [
    ("parsed", "Shelling hit two villages near the river on Friday, a local official said.\n\nNone died."),
    ("tokenized only", "Militia Takes Hilltop Town After Night Of Clashes"),
    ("empty", ""),
]


@pytest.mark.parametrize(("how", "text"), COLUMN_TEXTS)
def test_nlp_cache_columns_of_one_read_as_read_one_by_one(how, text):
    """All the attribute columns of a document come from one ``to_array`` call, each equal to
    reading that attribute alone (values and types: HEAD's negative offsets stay wrapped)."""
    nlp = load_pipeline()
    doc = nlp(text) if how == "parsed" else nlp.make_doc(text)
    table = _columns(doc)
    assert (table is None) == (len(doc) == 0)
    for attr in _COLUMNS:
        column = _column(doc, attr)
        alone = doc.to_array(attr).tolist() if len(doc) else []
        assert column == alone and [type(v) for v in column] == [type(v) for v in alone]
