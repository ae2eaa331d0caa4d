"""Photo captions: text that describes a picture, not the news of the day.

Pages carry captions into the text: "Smoke rises over the town after an air
strike on July 21 2015. (AFP Photo)", "Pictured: fighters at a checkpoint".
A caption tells what a photograph shows, often an older event at another
place, and its date is the photograph's. Events are read from the report
around it, so triggers inside a caption make no event.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from wardesk.nlp.cache import doc_sents, doc_text

#: A credit that closes a caption: "(AFP Photo)", "(PHOTO / AP)", "(File photo)", "(Photo : AFP/file)".
CREDIT = re.compile(r"\(\s*(?:[\w.]+\s*[/|:]?\s*){0,3}photo(?:s|graph)?\b[^()\n]{0,30}\)", re.I)
#: A credit in brackets right after a full calendar date that closes a sentence, the way wire
#: pictures are captioned: "Rescuers dig through rubble in the town of X, Syria, March 3 2015.
#: (Reuters)", "... May 9 2015 (Outlet and Agencies)". A dateline ("March 3 2015 (Reuters) -")
#: is followed by a dash and is none.
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
DATED_CREDIT = re.compile(
    rf"(?:\b{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\b\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})\.?\s*"
    r"\((?=[^()\n]*[A-Za-z])[^()\n]{2,40}\)(?!\s*[-\u2013\u2014])"
)
#: Words a caption runs over before its date: a date that opens its sentence is a dateline.
DATED_CREDIT_MIN_CHARS = 20
#: A label that opens a caption running to the end of its sentence: "Pictured: ...", "Photo: ...".
LABEL = re.compile(r"(?:^|(?<=[\s.]))(?:pictured|photo|image|file photo)\s*:", re.I)


def caption_spans(doc: Doc, headline_end: int = 0) -> list[tuple[int, int]]:
    """Character ranges of the document that are photo captions.

    A credit closes the caption that runs back to the start of the sentence
    holding the words before it (never into a headline the text repeats); a
    label opens one that runs to the end of its sentence.
    """
    text = doc_text(doc)
    dated = [m for m in DATED_CREDIT.finditer(text)] if "(" in text else []
    if "photo" not in text.lower() and ":" not in text and not dated:
        return []
    sents = doc_sents(doc)
    starts = [s.start_char for s in sents]
    ends = [s.end_char for s in sents]
    out: list[tuple[int, int]] = []
    for m in CREDIT.finditer(text):
        before = len(text[: m.start()].rstrip()) - 1
        if before < 0:
            continue
        k = max(i for i, s in enumerate(starts) if s <= before)
        out.append((max(starts[k], headline_end), m.end()))
    for m in dated:
        k = max((i for i, s in enumerate(starts) if s <= m.start()), default=None)
        if k is None:
            continue
        start = max(starts[k], headline_end)
        if m.start() - start >= DATED_CREDIT_MIN_CHARS:
            out.append((start, m.end()))
    for m in LABEL.finditer(text):
        k = max(i for i, s in enumerate(starts) if s <= m.start())
        out.append((m.start(), ends[k]))
    return out


def in_caption(char: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a character offset falls inside one of the caption spans."""
    return any(s <= char < e for s, e in spans)
