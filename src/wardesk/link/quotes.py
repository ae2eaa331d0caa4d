"""Quotes: the sentence of the article each claim of a report was read from, with its character offsets.

A contradiction is only worth showing when a fact-checker can check it: every
side points to its sentence. Claims carry the phrase they were read from
(``Claim.text``); the event carries the offsets of its sentences
(``Event.evidence``). The quote of a claim is the evidence sentence holding
its phrase, or, when the phrase lies outside them, the sentence around the
phrase in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from wardesk.record import Event

#: Longest quote kept (characters): a sentence, not a paragraph.
MAX_QUOTE_CHARS = 400
_SENTENCE_END = re.compile(r"[.!?\u201d\"]\s+(?=[A-Z\u201c\"])|\n")


@dataclass(frozen=True)
class Quote:
    """A sentence of an article: offsets into the article text, and the text (whitespace collapsed)."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Quote | None:
        if not d:
            return None
        return cls(int(d["start"]), int(d["end"]), str(d.get("text") or ""))


def _quote(text: str, start: int, end: int) -> Quote:
    piece = " ".join(text[start:end].split())
    if len(piece) > MAX_QUOTE_CHARS:
        piece = piece[: MAX_QUOTE_CHARS - 3].rsplit(" ", 1)[0] + "..."
    return Quote(start, end, piece)


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding text[start:end] (ends of sentences by punctuation and line breaks)."""
    lo = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        lo = m.end()
    m = _SENTENCE_END.search(text, end)
    hi = m.start() + 1 if m and m.group(0) != "\n" else (m.start() if m else len(text))
    return lo, min(hi, len(text))


def locate(text: str, phrase: str | None, spans: list[tuple[int, int]]) -> Quote | None:
    """The quote for a phrase: the evidence span holding it, else the sentence around it, else the first span."""
    if phrase:
        for s, e in spans:
            if text.find(phrase, s, e) >= 0:
                return _quote(text, s, e)
        at = text.find(phrase)
        if at >= 0:
            return _quote(text, *sentence_around(text, at, at + len(phrase)))
    if spans:
        return _quote(text, *spans[0])
    return None


def event_quotes(text: str | None, event: Event) -> tuple[Quote | None, tuple[Quote | None, ...]]:
    """(the event's first evidence sentence, the sentence of each claim, in claim order)."""
    if not text:
        return None, tuple(None for _ in event.claims)
    n = len(text)
    spans = [(max(0, ev.start), min(n, ev.end)) for ev in event.evidence if ev.start < min(n, ev.end)]
    lead = _quote(text, *spans[0]) if spans else None
    return lead, tuple(locate(text, c.text, spans) for c in event.claims)
