"""Length-preserving text normalisation, so character offsets stay valid in the input text."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200e\u200f\ufeff]")
_SPACES = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " "})
#: A wiki section heading run into the text ("...in 1974.==The bombing==The gang planted..."):
#: its equals signs become line breaks, so the heading and the sentences around it split.
_WIKI_HEADING = re.compile(r"={2,}[A-Za-z][^=\n]{0,79}={2,}")


def normalize_text(text: str) -> str:
    """Control characters and odd spaces become plain spaces, the equals signs of a wiki
    heading run into the text become line breaks; nothing moves.

    Evidence offsets point into the article text as given, so every change
    here replaces one character by one character.
    """
    if "==" in text:
        text = _WIKI_HEADING.sub(lambda m: m.group(0).replace("=", "\n"), text)
    if text.isascii() and not _CONTROL.search(text):
        return text
    return _CONTROL.sub(" ", text.translate(_SPACES))
