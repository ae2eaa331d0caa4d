"""The geoparser's second-chance name key, for transliterated place names.

Transliterated Arabic, Ukrainian and Russian names come in many spellings:
``wardesk.names.fold(name, place=True)`` is the safe key (case, accents,
apostrophes, hyphens, Arabic articles); ``skeleton`` here is a looser one
(vowels and doubled letters dropped, q/k merged) tried only when the safe key
finds nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wardesk.names import ARTICLES, fold

_VOWELS = re.compile(r"[aeiouyw]")
_DOUBLE = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"([aeiou])h$")
_DIGRAPHS = (("dh", "z"), ("th", "t"), ("kh", "k"), ("gh", "g"), ("sh", "s"), ("ph", "f"), ("ch", "k"))


@lru_cache(maxsize=200_000)
def skeleton(name: str) -> str:
    """Loose key for transliteration variants ('Dayr az Zawr' = 'Deir Ezzor' = 'drzr').

    Internal articles, a final h after a vowel, vowels (a e i o u y w) after
    the first letter and doubled letters are dropped; dh/th/kh/gh/sh/ph/ch and
    q/c are mapped to one letter. A skeleton of fewer than three consonants
    would join too many names, so short names keep their vowels ('Raqqah' =
    'Raqa' = 'raka'). Returns '' for keys too short to be safe.
    """
    key = fold(name, place=True)
    if not key.isascii():
        return ""  # a name in another script matches as written or not at all
    words = [w for w in key.split() if w not in ARTICLES]
    words = [_FINAL_H.sub(r"\1", w) for w in words]
    s = "".join(words)
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    s = s.replace("q", "k").replace("c", "k")
    if not s:
        return ""
    consonants = _DOUBLE.sub(r"\1", s[0] + _VOWELS.sub("", s[1:]))
    if len(consonants) >= 3:
        return consonants
    s = _DOUBLE.sub(r"\1", s)
    return "~" + s if len(s) >= 3 else ""
