"""A spaCy component that starts a sentence at every line break, and none at an editor's "[".

Headlines, datelines and paragraphs are separated by line breaks in news
text; the statistical parser often runs a headline into the lead sentence,
which then mixes two frames. Pre-set boundaries are respected by the parser.
"""

from __future__ import annotations

from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc

#: Brackets that open an editor's insertion in the middle of a sentence.
INSERT_OPENERS = frozenset({"["})
_OPENER_HASHES = frozenset(hash_string(o) for o in INSERT_OPENERS)  # as the ORTH column holds them


class ParagraphBreaks:
    """Mark the first token after a line break as a sentence start.

    Reads the token flags and texts as arrays, not a ``Token`` per word (it runs
    over every token of every article); only the few tokens it marks are touched.
    A token's own trailing whitespace is one space at most (spaCy makes a line
    break a space token of its own), so only space tokens open a paragraph.
    """

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        spaces, puncts, orths = doc.to_array([IS_SPACE, IS_PUNCT, ORTH]).T.tolist()
        strings = doc.vocab.strings
        after_break = False
        for i, (space, orth) in enumerate(zip(spaces, orths, strict=True)):
            if space:
                if "\n" in strings[orth]:
                    after_break = True
                continue
            if after_break and i > 0:
                doc[i].is_sent_start = True
            elif orth in _OPENER_HASHES and i > 0 and not puncts[i - 1]:
                # "the doctor [Amina Yusuf] told", "said X [the governor]": an editor's insertion
                # inside a sentence never starts one
                doc[i].is_sent_start = False
            after_break = False
        return doc


@Language.factory("wardesk_paragraphs", default_config={}, assigns=["token.is_sent_start"])
def make_paragraph_breaks(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks()
