"""Publication stamps and datelines in an article's text: when the outlet printed or filed it.

"Published 11:05 IST, June 2nd 2021", "(updated 2139 21.05.2017)", "Last
modified: ...", "Wed 05 Apr 2017" at the top, "Bamako, July 27 (Reuters) -",
"COTABATO CITY (MindaNews / 19 September) -": the dates and numbers in these
say when the story was published, never when anything in it happened, and
are not counts. :func:`stamp_spans` gives their character ranges so that the
date and number readers can tell them from the story's own words.

Three shapes are read, all from ``time_expressions.yaml``:

* an opener ("published", "last updated", "date of publication") followed by a
  date or a clock time, anywhere in the text;
* a full date with its year near the top, printed apart from the sentences: at
  the start of the text or of a line, or after an agency's name ("Wednesday 05
  April 2017 Syrian jets ...", "AFP Sunday 26 Nov 2017");
* a month and day in a dateline, before the agency or the dash that ends it.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from wardesk.nlp.cache import doc_text, per_doc
from wardesk.resources import load_words, load_yaml

__all__ = ["in_stamp", "stamp_spans"]

_WORDS = "time_expressions.yaml"
#: How far into the text a stamp without an opener may start (the headline, a
#: summary and the dateline come first; FA-KES's Ahram texts put it after both).
TOP_CHARS = 400
_IN_STORY_WORDS = load_words("lexicons", _WORDS, "in_story_words")


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load_yaml("lexicons", _WORDS)

    def alt(words: object) -> str:
        return "|".join(re.escape(str(w)) for w in sorted(words, key=lambda w: -len(str(w))))  # type: ignore[arg-type]

    month = rf"(?:{alt(data['months'])})\.?"
    weekday = rf"(?:{alt(data['weekdays'])})\.?"
    zone = rf"(?:{alt(data['time_zones'])})(?:[+-]\d{{1,2}})?"
    clock = r"(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\b\.?)?|\d{1,2}\s*[ap]\.?m\b\.?)"
    hhmm = r"(?:[01]\d|2[0-3])[0-5]\d"  # "updated 2139 21.05.2017": a clock printed without its colon
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    year = r"(?:19|20)\d\d"
    numeric = r"\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2}"
    dated = (
        rf"(?:{weekday},?\s+)?(?:{day}\s+(?:of\s+)?{month},?\s+{year}|{month}\s+{day},?\s+{year}"
        rf"|{month}\s+\d{{2}}{year}|{numeric})"
    )
    undated = rf"(?:{weekday},?\s+)?(?:{day}\s+(?:of\s+)?{month}|{month}\s+{day})(?!\w)"
    sep = r"(?:\s*[,/|]\s*|\s+(?:at\s+)?|\s*-\s*)"
    ago = r"\d{1,3}\s+(?:minute|min|hour|hr|day|week|month|year)s?\s+ago"  # "/ 9:13 AM / 3 years ago"
    tail = rf"(?:{sep}(?:{clock}|{hhmm}(?=\s*(?:{zone}|\)|$))|{zone}|{ago}))*"
    when = rf"(?:(?:{clock}|{hhmm})\s*(?:{zone})?{sep})?(?:{dated}|{undated}){tail}|{clock}(?:\s*{zone})?"
    opener = alt(data["stamp_openers"])
    initials = "".join(sorted({str(w)[0].lower() for w in data["stamp_openers"]}))
    # an opener and the date or time it prints: "Published: 09:42, March 3, 2019" (testing the
    # openers' first letters once per position, not once per opener, keeps the scan of long
    # texts cheap)
    keyed = re.compile(rf"(?i)\b(?=[{initials}])(?:{opener})\b\s*[:\-|]?\s*(?P<when>{when})(?!\w)")
    # a full date with its year: "Wed 05 Apr 2017", "October 12, 2016", "17-08-2014"
    full = re.compile(rf"(?i)(?<![\w/.-])(?:{dated}){tail}(?![\w])")
    # a dateline's month and day: "Bamako, July 27 (Reuters) -", "(MindaNews / 19 September) -"
    dateline = re.compile(
        rf"(?i)(?:,|/)\s*(?P<when>(?:{month}\s+{day}|{day}\s+{month})(?:,?\s+{year})?)"
        r"\s*\)?\s*(?:\([A-Za-z][^()\n]{0,40}\)\s*)?(?:--|[-–—:](?=\s)|(?<=\))|(?=\())"
    )
    return keyed, full, dateline


@functools.lru_cache(maxsize=1)
def _counters() -> re.Pattern[str]:
    """Page furniture with its counters: "Get short URL 0 67" (shares and views, not counts)."""
    words = "|".join(re.escape(w) for w in load_words("lexicons", _WORDS, "counter_openers"))
    return re.compile(rf"(?i)\b(?:{words})(?:\s+\d[\d,]*)*")


@per_doc
def stamp_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the document's publication stamps and datelines, in text order."""
    return list(_doc_stamps(doc))


@per_doc
def _doc_stamps(doc: Doc) -> tuple[tuple[int, int], ...]:
    """``stamp_spans`` once per document: ``in_stamp`` is asked for every time expression and
    number, and each answer scanned the whole text with four patterns."""
    return tuple(_stamp_spans(doc_text(doc)))


def _stamp_spans(text: str) -> list[tuple[int, int]]:
    keyed, full, dateline = _patterns()
    found = [(m.start(), m.end("when")) for m in keyed.finditer(text)]
    found += [(m.start(), m.end()) for m in _counters().finditer(text[: TOP_CHARS + 40])]
    top = text[: TOP_CHARS + 40]
    for m in full.finditer(top):
        if m.start() >= TOP_CHARS or not _set_apart(top, m.start()):
            continue
        found.append((m.start(), m.end()))
    for m in dateline.finditer(top):
        if m.start() < TOP_CHARS:
            found.append((m.start("when"), m.end("when")))
    return _union(found)


def _set_apart(text: str, start: int) -> bool:
    """A date printed apart from the sentences: at the start of the text or of a line, or
    after an agency's name in capitals ("AFP Saturday 21 Jun 2014"). A photo caption's
    date ("... in Aleppo, Syria October 21, 2015.") and a story's ("on 12 October") are not."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    before = line.split()
    if not before:
        return True
    last = before[-1].strip(".,;:()|-–—")
    return len(last) >= 2 and last.isupper() and last.isalpha() and last.lower() not in _IN_STORY_WORDS


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def in_stamp(doc: Doc, start_char: int, end_char: int) -> bool:
    """Whether ``[start_char, end_char)`` overlaps a publication stamp or dateline of ``doc``."""
    return any(a < end_char and start_char < b for a, b in _doc_stamps(doc))
