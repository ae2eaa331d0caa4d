"""The paragraph-break component: sentence starts at line breaks, none at an editor's bracket."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from wardesk.nlp.loader import load_pipeline
from wardesk.nlp.paragraphs import INSERT_OPENERS, ParagraphBreaks


def _by_tokens(doc: Doc) -> Doc:
    """The rule written over spaCy Tokens, one per word: what the array version must equal."""
    after_break = False
    for tok in doc:
        if tok.is_space:
            if "\n" in tok.text:
                after_break = True
            continue
        if after_break and tok.i > 0:
            tok.is_sent_start = True
        elif tok.text in INSERT_OPENERS and tok.i > 0 and not doc[tok.i - 1].is_punct:
            tok.is_sent_start = False
        after_break = "\n" in tok.whitespace_
    return doc


def _starts(doc: Doc) -> list[bool | None]:
    return [t.is_sent_start for t in doc]


@pytest.mark.parametrize(
    ("text", "opened", "closed"),
    [
        ("Rain fell on the port\nThe ferry stayed in.", ["The"], []),
        ("Rain fell.\n\n\nThe ferry stayed in.", ["The"], []),
        ("A line \n  with spaces after its break.", ["with"], []),
        ("The pilot [Omar Diallo] said the strip was closed.", [], ["["]),
        ("It ended. [Editor's note: corrected.]", [], []),  # after a full stop: may start one
        ("\nOpening break, then words.", ["Opening"], []),
        ("", [], []),
    ],
)
def test_nlp_paragraphs_marks_breaks_and_brackets(text: str, opened: list[str], closed: list[str]) -> None:
    nlp = load_pipeline()
    doc = ParagraphBreaks()(nlp.make_doc(text))
    assert [t.text for t in doc[1:] if t.is_sent_start] == opened  # a document's first token always opens one
    assert [t.text for t in doc if t.is_sent_start is False] == closed
    assert _starts(doc) == _starts(_by_tokens(nlp.make_doc(text)))
