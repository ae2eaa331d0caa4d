"""Title Case headlines in the case the parser was trained on, letter for letter.

``en_core_web_sm`` learnt English from running text, where a capital marks a
name. In a Title Case headline ("Russian Jets Annihilate Convoy Of Tanker
Trucks") every word looks like a name: the tagger makes them all proper
nouns, the parser finds no verb and the entity recognizer runs one entity
over half the line. Read in sentence case ("Russian jets annihilate convoy of
tanker trucks") the same headline parses like a sentence of the article.

The article itself says which words are names: a word its body writes with a
capital in mid-sentence keeps it ("Islamic State", "Aleppo"), a word the body
writes in lower case loses it. A word the body never uses is lowered only when
English knows it as a verb, an adjective or an adverb (the lemmatizer's
WordNet index says so: "Annihilate", "Deadly"); other words, names the body
happens not to repeat ("Idleb"), keep their capital. Only letters change case,
one for one, so character offsets into the headline stay valid.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Container
from typing import Any

from wardesk.resources import load_words

#: A word of a headline: letters, with inner apostrophes and hyphens ("Saudi-Led", "Assad's").
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: A body word with what comes before it, to tell a sentence's first word from one inside it.
_BODY_WORD = re.compile(r"(?P<before>[.!?:\"“”‘'\n(]?\s*)(?P<word>[^\W\d_]+)")
#: At least this many words of four letters or more, and this share of them capitalised,
#: make a headline Title Case ("Car Bomb Leaves Two Dead"); sentence-case headlines
#: capitalise names only, which rarely reach half their long words.
TITLE_MIN_WORDS = 3
TITLE_CAPITALISED_SHARE = 0.75


@functools.cache
def _function_words() -> frozenset[str]:
    return load_words("lexicons", "english_function_words.txt")


def is_title_case(headline: str) -> bool:
    """Whether the headline capitalises (nearly) every long word, or is written in capitals."""
    words = [w for w in _WORD.findall(headline)[1:] if len(w) >= 4]
    if len(words) < TITLE_MIN_WORDS:
        return False
    capitalised = sum(w[0].isupper() for w in words)
    return capitalised >= TITLE_CAPITALISED_SHARE * len(words)


def english_words(nlp: Any) -> frozenset[str]:
    """Verbs, adjectives and adverbs of English, from the index the pipeline's rule lemmatizer
    ships (WordNet's); empty when the pipeline has none."""
    return _english_words(nlp)


@functools.lru_cache(maxsize=4)
def _english_words(nlp: Any) -> frozenset[str]:
    try:
        tables = nlp.get_pipe("lemmatizer").lookups
        index, exc = tables.get_table("lemma_index"), tables.get_table("lemma_exc")
    except (KeyError, ValueError, AttributeError):
        return frozenset()
    out: set[str] = set()
    for pos in ("verb", "adj", "adv"):
        out.update(index.get(pos, ()))
        out.update(exc.get(pos, {}).keys())
    return frozenset(w for w in out if w.isalpha())


#: A possessive ending ("'s", "’", ...), taken off a word's key.
_POSSESSIVE = re.compile(r"['’]s?$")


@functools.lru_cache(maxsize=8192)
def _keys(word: str) -> tuple[str, ...]:
    """A word and the forms it may take in the body: without a possessive or a plural -s.

    Memoised: ``_body_cases`` asks it for every word of the body, and bodies repeat their words."""
    key = _POSSESSIVE.sub("", word.lower())
    return (key, key[:-1]) if key.endswith("s") and len(key) > 3 else (key,)


def _inflections(key: str) -> tuple[str, ...]:
    """Base forms an inflected word may come from ("kills" kill, "seizing" seize, "killed" kill)."""
    out = [key]
    for suffix, repl in (
        ("ies", "y"),
        ("es", ""),
        ("s", ""),
        ("ied", "y"),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
    ):
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            out.append(key[: -len(suffix)] + repl)
    return tuple(out)


def _body_cases(body: str) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """How often each word (its ``_keys``) is written in lower case, with a capital inside a
    sentence, and all in capitals, in the article's body."""
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for m in _BODY_WORD.finditer(body):
        word = m.group("word")
        if word.islower():
            table = lower
        elif len(word) > 1 and word.isupper():
            table = upper
        elif word[0].isupper() and not m.group("before").strip() and m.start("word") > 0:
            table = capital
        else:
            continue
        for key in _keys(word):
            table[key] += 1
    return lower, capital, upper


def _is_name(word: str, lower: Counter[str], capital: Counter[str], english: Container[str]) -> bool:
    """Whether a word of a Title Case headline is a name, by how the body writes it."""
    keys = _keys(word)
    lo, cap = sum(lower[k] for k in keys), sum(capital[k] for k in keys)
    if lo or cap:
        return cap > lo
    if keys[0] in _function_words():
        return False
    return not any(k in english for k in _inflections(keys[0]))


def sentence_case(headline: str, body: str = "", english: Container[str] = frozenset()) -> str:
    """The headline in sentence case when it is in Title Case (or capitals), else unchanged.

    body: the article's text (without the headline), whose own spelling of
    each word decides whether it is a name; english: verbs, adjectives and
    adverbs (``english_words``), lowered where the body is silent. The result
    has the headline's length, letter for letter.
    """
    if not is_title_case(headline):
        return headline
    letters = [c for c in headline if c.isalpha()]
    all_caps = sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    lower, capital, upper = _body_cases(body)
    out = list(headline)
    for i, m in enumerate(_WORD.finditer(headline)):
        word = m.group()
        if all_caps:
            if upper[_keys(word)[0]]:
                continue  # an acronym the body writes in capitals too
            keep = i == 0 or _is_name(word, lower, capital, english)
            form = word[0] + word[1:].lower() if keep else word.lower()
        elif i == 0 or (len(word) > 1 and word.isupper()) or _is_name(word, lower, capital, english):
            continue  # the first word, an acronym (ISIS, NPA) or a name
        else:
            form = word.lower()
        if len(form) == len(word):
            out[m.start() : m.end()] = form
    return "".join(out)
