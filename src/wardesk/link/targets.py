"""Named targets: a proper name that picks out one struck building, site, aircraft or vessel.

"The <Name> hospital", "the <Name> Airlines passenger jet", "flight <code>":
two reports that both name one such target, on compatible days, are very
likely one event even where one of them places it only in its country (an
airliner brought down "in eastern Ukraine", a hospital named without its
town). Read from a report's evidence text with a regular expression over the
nouns of ``resources/lexicons/named_targets.yaml``; no model pass.
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache

from wardesk.link.compare import stopwords
from wardesk.names import fold
from wardesk.resources import load_list, load_text, load_yaml

#: A named target: the class of its noun ("aircraft", "hospital") and the folded words of its name.
Target = tuple[str, tuple[str, ...]]
#: Most words of a name kept before its noun, and most words allowed between them.
MAX_NAME_WORDS = 4
MAX_BETWEEN = 3
_WORD = re.compile(r"[^\W_][\w'’\-]*")
#: Clause breaks: a name and its noun are never split by one.
_BREAK = re.compile(r"[.;:!?()\[\]\"“”,\n]")
_CODE = re.compile(r"^[A-Z]{1,3}\d{1,5}[A-Z]?$")
_POSSESSIVE = re.compile(r"['’]s?$")


@lru_cache(maxsize=1)
def _nouns() -> dict[str, str]:
    """Noun (lower case) -> its class."""
    classes = load_yaml("lexicons", "named_targets.yaml")["classes"]
    return {n: cls for cls, nouns in classes.items() for n in nouns if " " not in n}


@lru_cache(maxsize=1)
def _between() -> frozenset[str]:
    return frozenset(load_list("lexicons", "named_targets.yaml", "between"))


@lru_cache(maxsize=1)
def _code_nouns() -> frozenset[str]:
    return frozenset(load_list("lexicons", "named_targets.yaml", "code_nouns"))


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """Folded country names, aliases and demonyms: "the Ukrainian jet" names no one jet."""
    lines = [ln for ln in load_text("gazetteer", "countries_extra.csv").splitlines() if ln and ln[0] != "#"]
    out: set[str] = set()
    for row in csv.DictReader(io.StringIO("\n".join(lines))):
        for field in ("name", "aliases", "demonyms"):
            out.update(fold(w) for w in (row.get(field) or "").split("|") if w)
    return frozenset(out)


def _clause_targets(words: list[str]) -> set[Target]:
    nouns, between, stop = _nouns(), _between(), stopwords()
    out: set[Target] = set()
    for k, word in enumerate(words):
        low = word.lower()
        cls = nouns.get(low)
        if cls is None:
            continue
        if low in _code_nouns() and k + 1 < len(words) and _CODE.match(words[k + 1]):
            out.add((cls, (words[k + 1].lower(),)))
        j, skipped = k - 1, 0
        while (
            j >= 0
            and skipped < MAX_BETWEEN
            and (words[j].lower() in between or any(c.isdigit() for c in words[j]))
        ):
            j, skipped = j - 1, skipped + 1
        name: list[str] = []
        while (
            j >= 0
            and len(name) < MAX_NAME_WORDS
            and words[j][0].isupper()
            and not any(c.isdigit() for c in words[j])
        ):
            name.insert(0, words[j])
            j -= 1
        while name and name[0].lower() in stop:
            name.pop(0)  # "The", "A" at a sentence's start
        folded = tuple(f for w in name if (f := fold(_POSSESSIVE.sub("", w))))
        if folded and " ".join(folded) not in _country_words() and not all(w in stop for w in folded):
            out.add((cls, folded))
    return out


def named_targets(text: str) -> frozenset[Target]:
    """The named targets of a text ("the <Name> hospital" -> ("hospital", ("<name>",)))."""
    out: set[Target] = set()
    for clause in _BREAK.split(text or ""):
        words = _WORD.findall(clause)
        if any(w.lower() in _nouns() for w in words):
            out |= _clause_targets(words)
    return frozenset(out)


def share_target(a: frozenset[Target], b: frozenset[Target]) -> bool:
    """Do two reports name one target: nouns of one class, one name the other's or its first words?"""
    for cls, na in a:
        for cls_b, nb in b:
            if cls == cls_b and (na[: len(nb)] == nb or nb[: len(na)] == na):
                return True
    return False
