"""A spaCy component that starts a sentence at every line break, and none at an editor's "[".

Headlines, datelines and paragraphs are separated by line breaks in news
text; the statistical parser often runs a headline into the lead sentence,
which then mixes two frames. Pre-set boundaries are respected by the parser.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

#: Brackets that open an editor's insertion in the middle of a sentence.
INSERT_OPENERS = frozenset({"["})


class ParagraphBreaks:
    """Mark the first token after a line break as a sentence start."""

    def __call__(self, doc: Doc) -> Doc:
        after_break = False
        for tok in doc:
            if tok.is_space:
                if "\n" in tok.text:
                    after_break = True
                continue
            if after_break and tok.i > 0:
                tok.is_sent_start = True
            elif tok.text in INSERT_OPENERS and tok.i > 0 and not doc[tok.i - 1].is_punct:
                # "the doctor [Amina Yusuf] told", "said X [the governor]": an editor's insertion
                # inside a sentence never starts one
                tok.is_sent_start = False
            after_break = "\n" in tok.whitespace_
        return doc


@Language.factory("wardesk_paragraphs", default_config={}, assigns=["token.is_sent_start"])
def make_paragraph_breaks(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks()
