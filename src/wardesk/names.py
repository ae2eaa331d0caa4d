"""Name keys: the one folding of names that geo, extract and link compare by.

Reports spell the same name many ways ('Deir ez-Zor', 'Deir al-Zor',
'Dayr az Zawr'; 'the SOHR', 'SOHR'; 'Ḩamāh', 'Hamah'). ``fold`` turns a name
into a key that is equal for such variants and for nothing else:

- always: case, accents and diacritics, apostrophes (incl. the ayn/hamza signs
  of Arabic transliteration), punctuation and spacing; letters NFKD does not
  decompose (ı ł ø ß ...) become their ASCII look-alikes; a name written
  wholly in Arabic or Cyrillic script keeps its letters ('حلب' stays 'حلب');
- a person's, group's or outlet's name (``place=False``): a leading English
  article goes ('the Syrian Observatory' = 'Syrian Observatory'); Arabic
  articles stay, because they are part of such names ('Al-Nusra Front',
  'Al Jazeera');
- a place name (``place=True``): a leading English or Arabic article goes and
  an inner Arabic article becomes 'al' whatever letter it was assimilated to
  ('Jisr ash-Shughur' = 'Jisr al-Shughur', 'Al-Raqqa' = 'Raqqa'), as place
  names are transliterated with or without them. The gazetteer's index is
  keyed by this form.

The looser, second-chance key for transliterated place names (vowels dropped)
is the geoparser's own: ``wardesk.geo.fold.skeleton``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Apostrophe-like marks, incl. the ayn/hamza signs of Arabic transliteration.
APOSTROPHES = "'\u2018\u2019\u02bb\u02bc\u02bf\u02be`\u00b4\u02b9\u2032"
#: Letters NFKD does not decompose into ASCII.
_EXTRA = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ə": "a", "þ": "th", "ð": "d"}
)
#: Arabic articles (with sun-letter assimilation) and their French spellings.
ARTICLES = frozenset("al el il ul an en ar er as es ash esh ad ed at et az ez adh ath".split())
_LEADING_ENGLISH_ARTICLE = re.compile(r"^(?:the|a|an) ")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_LATIN_LETTER = re.compile(r"[a-z]")
#: Scripts whose names are kept as written (GeoNames' alternate names): Arabic and
#: Cyrillic, the scripts of the conflicts news in English most often quotes.
SCRIPTS = ("ARABIC", "CYRILLIC")
_TATWEEL = "\u0640"


@lru_cache(maxsize=200_000)
def fold(name: str | None, *, place: bool = False) -> str:
    """Lower-case ASCII key of a name ('' for None or a name of punctuation only).

    >>> fold("Deir-ez-Zor", place=True), fold("the Syrian Observatory"), fold("Al-Nusra Front")
    ('deir al zor', 'syrian observatory', 'al nusra front')
    """
    if not name:
        return ""
    if name.isascii():
        # most names: nothing to decompose, no combining marks, no other script; of the
        # apostrophes only these two are ASCII (the character loop below was most of the time)
        s = name.replace("'", "").replace("`", "").lower()
    else:
        s = unicodedata.normalize("NFKD", name.translate(_EXTRA))
        s = "".join(c for c in s if not unicodedata.combining(c) and c not in APOSTROPHES).lower()
        s = s.translate(_EXTRA)
        if not _LATIN_LETTER.search(s) and any(c.isalpha() for c in s):
            return script_key(s)
    s = _NON_ALNUM.sub(" ", s).strip()
    if not place:
        return _LEADING_ENGLISH_ARTICLE.sub("", s)
    if " " not in s:
        return s
    # the words are single-spaced now; leading articles go while another word follows
    words = s.split(" ")
    k = 0
    while k < len(words) - 1 and (words[k] == "the" or words[k] in ARTICLES):
        k += 1
    rest = words[k + 1 :]
    if ARTICLES.isdisjoint(rest):
        return " ".join(words[k:]) if k else s
    # 'Jisr ash Shughur' = 'Jisr al-Shughur', 'Deir ez-Zor' = 'Deir al Zor'
    return " ".join([words[k], *("al" if w in ARTICLES else w for w in rest)])


def in_script(name: str) -> bool:
    """All letters of ``name`` are Arabic or Cyrillic ('حلب', 'Харків')."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(unicodedata.name(c, "").startswith(SCRIPTS) for c in letters)


def script_key(s: str) -> str:
    """Key of a name in a non-Latin script: lower case, no diacritics (already stripped by
    ``fold``), no tatweel, punctuation as spaces. 'أريحا' and 'اريحا' fold together."""
    s = s.replace(_TATWEEL, "")
    return " ".join("".join(c if c.isalnum() else " " for c in s).split())
