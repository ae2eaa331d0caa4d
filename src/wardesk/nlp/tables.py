"""Table-driven stand-ins for spaCy's attribute ruler and rule lemmatizer.

Profiling ``en_core_web_sm`` over FA-KES showed its two rule components
costing more than the dependency parser: the attribute ruler runs a
``Matcher`` with ~180 one-token patterns (tag -> POS/morph exceptions) over
every token, and the lemmatizer creates a Python ``Token`` per word. Both are
pure functions of a few token attributes, so their results can be computed
once per distinct key and written back to the document as arrays.

The stand-ins read the original components' own patterns and lookup tables
(nothing is copied into wardesk) and must produce exactly the same
annotation; ``tests/test_nlp_tables.py`` compares them with the originals on
real articles. The originals stay in the pipeline, disabled, so the
comparison can always be made.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.tokens import Doc

# Token features a pattern may test, as attribute IDs, and how to read the
# string value the Matcher would compare from a to_array() hash.
_FEATURES = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE, "ORTH": ORTH}
# Attributes a pattern may set, in the column order used for from_array().
_WRITABLE = {"POS": POS, "TAG": TAG, "MORPH": MORPH, "LEMMA": LEMMA, "DEP": DEP}
_COLUMN = {name: n for n, name in enumerate(_WRITABLE)}


class Unsupported(ValueError):
    """The pattern uses a Matcher feature the table cannot reproduce exactly."""


class _Predicates:
    """Every distinct token test of the patterns, numbered, per feature.

    Equality and ``IN`` tests are answered by one dictionary lookup per
    feature value; only ``NOT_IN`` and ``REGEX`` tests are run as functions.
    What a value satisfies is memoised per value hash, as an interned
    frozenset, so a token's whole test result is a small hashable key.
    """

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab
        self.ids: dict[tuple[str, str], int] = {}
        self.equal: dict[str, dict[Any, set[int]]] = {name: {} for name in _FEATURES}
        self.tested: dict[str, list[tuple[int, Callable[[Any], bool]]]] = {name: [] for name in _FEATURES}
        self.memo: dict[str, dict[int, frozenset[int]]] = {name: {} for name in _FEATURES}
        self.interned: dict[frozenset[int], frozenset[int]] = {}

    def add(self, feature: str, value: Any) -> int:
        key = (feature, repr(value))
        if key in self.ids:
            return self.ids[key]
        pid = self.ids[key] = len(self.ids)
        if not isinstance(value, dict):
            self.equal[feature].setdefault(value, set()).add(pid)
            return pid
        if len(value) != 1:
            raise Unsupported(f"combined predicates {value!r}")
        ((op, arg),) = value.items()
        if op == "IN":
            for item in arg:
                self.equal[feature].setdefault(item, set()).add(pid)
        elif op == "NOT_IN":
            banned = frozenset(arg)
            self.tested[feature].append((pid, lambda v: v not in banned))
        elif op == "REGEX":
            rx = re.compile(arg)
            self.tested[feature].append((pid, lambda v: isinstance(v, str) and bool(rx.search(v))))
        else:
            raise Unsupported(f"predicate {op}")
        return pid

    def satisfied(self, feature: str, h: int) -> frozenset[int]:
        memo = self.memo[feature]
        hit = memo.get(h)
        if hit is None:
            value: Any = bool(h) if feature == "IS_SPACE" else (self.vocab.strings[h] if h else "")
            found = set(self.equal[feature].get(value, ()))
            found.update(pid for pid, test in self.tested[feature] if test(value))
            frozen = frozenset(found)
            hit = memo[h] = self.interned.setdefault(frozen, frozen)
        return hit


#: What the attribute table knows of a token: its one-token rules (pattern id, attributes), the long
#: patterns its first token opens, every test it passes, and the (column, value) its rules write.
_Found = tuple[list[tuple[int, dict[str, Any]]], list[int], frozenset[int], list[tuple[int, Any]]]


class AttributeTable:
    """Applies an ``AttributeRuler``'s patterns with per-key memoisation.

    Rules: every match is found on the document as it came in, then applied
    in pattern order so that later patterns win, exactly as the ruler does.
    One-token patterns depend only on which tests the token passes, so their
    combined effect is memoised per test result; longer patterns are tried
    only where their first token already matches.
    """

    def __init__(self, ruler: Any) -> None:
        self.vocab = ruler.vocab
        self.tests = _Predicates(self.vocab)
        single: list[tuple[int, frozenset[int], dict[str, Any]]] = []
        multi: list[tuple[int, list[frozenset[int]], int, dict[str, Any]]] = []
        for pid, entry in enumerate(ruler.patterns):
            attrs = entry["attrs"]
            if set(attrs) - set(_WRITABLE):
                raise Unsupported(f"sets {sorted(set(attrs) - set(_WRITABLE))}")
            for pattern in entry["patterns"]:
                specs = [self._spec(tok) for tok in pattern]
                index = entry.get("index", 0)
                if len(specs) == 1:
                    single.append((pid, specs[0], attrs))
                else:
                    multi.append((pid, specs, index % len(specs), attrs))
        self.single = single
        self.multi = multi
        # Only the features some pattern tests are read from the document.
        self.features = [name for name in _FEATURES if self.tests.equal[name] or self.tests.tested[name]]
        self.columns = [_FEATURES[name] for name in self.features]
        self._memo: dict[tuple[frozenset[int], ...], _Found] = {}
        self._hashes: dict[str, int] = {}

    def _spec(self, token: dict[str, Any]) -> frozenset[int]:
        unknown = set(token) - set(_FEATURES)
        if unknown:
            raise Unsupported(f"token attributes {sorted(unknown)}")
        return frozenset(self.tests.add(name, value) for name, value in token.items())

    def _passed(self, name: str, hashes: list[int]) -> list[frozenset[int]]:
        """The tests on feature ``name`` each token passes, for a column of value hashes."""
        memo, satisfied = self.tests.memo[name], self.tests.satisfied
        return [memo[h] if h in memo else satisfied(name, h) for h in hashes]

    def _lookup(self, key: tuple[frozenset[int], ...]) -> _Found:
        """The one-token rules that apply to a token, the long patterns whose
        first token it satisfies, every test it passes, and what the rules write
        (column, value), in order; ``key``: the tests it passes per feature."""
        hit = self._memo.get(key)
        if hit is None:
            sat = frozenset().union(*key)
            rules = [(pid, attrs) for pid, spec, attrs in self.single if spec <= sat]
            starts = [n for n, (_, specs, _, _) in enumerate(self.multi) if specs[0] <= sat]
            hit = self._memo[key] = (rules, starts, sat, self._writes(rules))
        return hit

    def _writes(self, rules: list[tuple[int, dict[str, Any]]]) -> list[tuple[int, Any]]:
        """(column, value) pairs the rules set, in the order they are applied (later ones win)."""
        return [
            (_COLUMN[name], self._hash(value) if isinstance(value, str) else value)
            for _, attrs in rules
            for name, value in attrs.items()
        ]

    def _hash(self, value: str) -> int:
        h = self._hashes.get(value)
        if h is None:
            h = self._hashes[value] = self.vocab.strings.add(value)
        return h

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        # column by column (a token's key is its tests per feature), then one memo lookup per token
        columns = doc.to_array(self.columns).T.tolist()
        passed = [self._passed(name, hashes) for name, hashes in zip(self.features, columns, strict=True)]
        memo = self._memo
        found = [memo.get(key) or self._lookup(key) for key in zip(*passed, strict=True)]
        longer: dict[int, list[tuple[int, dict[str, Any]]]] = {}  # token -> long patterns setting it
        for i, (_, starts, _, _) in enumerate(found):
            for m in starts:
                pid, specs, index, attrs = self.multi[m]
                end = i + len(specs)
                if end <= n and all(
                    spec <= found[j][2] for spec, j in zip(specs[1:], range(i + 1, end), strict=True)
                ):
                    longer.setdefault(i + index, []).append((pid, attrs))
        cols = list(_WRITABLE.values())
        arr = doc.to_array(cols)
        rows = arr.tolist()
        for i, (rules, _, _, writes) in enumerate(found):
            if i in longer:  # every rule applied in pattern order, as the ruler does
                writes = self._writes(sorted(rules + longer[i], key=lambda rule: rule[0]))
            row = rows[i]
            for c, value in writes:
                row[c] = value
        arr[:] = rows
        doc.from_array(cols, arr)
        return doc


class _SortedWords:
    """A word list that answers ``in`` by binary search (the list itself when it is sorted, else a
    sorted copy of its references): the same answers as the list, in microseconds."""

    __slots__ = ("_words",)

    def __init__(self, words: list[str]) -> None:
        ordered = all(a <= b for a, b in zip(words, words[1:], strict=False))
        self._words = words if ordered else sorted(words)

    def __contains__(self, word: object) -> bool:
        k = bisect.bisect_left(self._words, word)
        return k < len(self._words) and self._words[k] == word

    def __bool__(self) -> bool:
        return bool(self._words)

    def __len__(self) -> int:
        return len(self._words)


class _SearchableIndex:
    """A rule lemmatizer as spaCy's ``rule_lemmatize`` sees it, with each ``lemma_index`` word list
    searchable.

    ``rule_lemmatize`` asks ``form in index`` of lists of up to 57,000 words, twice per
    candidate form: over FA-KES that linear search was a twentieth of the pipeline's time.
    A binary search answers the same question (sets would too, for 4 MB more); everything
    else (the rules, the exceptions, the cache, ``is_base_form``) is the original
    lemmatizer's own, so the lemmas are spaCy's.
    """

    def __init__(self, lemmatizer: Any) -> None:
        self._original = lemmatizer
        self.lookups = Lookups()
        for name in lemmatizer.lookups.tables:
            table = lemmatizer.lookups.get_table(name)
            if name == "lemma_index" and all(isinstance(w, str) for words in table.values() for w in words):
                table = Table(name, {key: _SortedWords(words) for key, words in table.items()})
            self.lookups.set_table(name, table)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._original, name)


class LemmaTable:
    """Runs a rule ``Lemmatizer`` once per (word, POS, morph) and reuses the answer.

    spaCy's rule lemmatizer is a function of exactly these three values (its
    own cache uses the same key), but it is called per token through a
    Python ``Token``; here the lemmas are read and written as arrays and the
    lemmatizer is consulted only for keys not seen before.
    """

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.vocab = lemmatizer.vocab
        self._memo: dict[tuple[int, int, int], int] = {}
        self._lemmatize = functools.partial(type(lemmatizer).rule_lemmatize, _SearchableIndex(lemmatizer))

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
        rows = arr.tolist()
        lemmas = arr[:, 3]
        memo = self._memo
        overwrite = self.lemmatizer.overwrite
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            value = memo.get(key)
            if value is None:
                value = memo[key] = self.vocab.strings.add(self._lemmatize(doc[i])[0])
            lemmas[i] = value
            changed = True
        if changed:
            doc.from_array([LEMMA], lemmas)
        return doc


def install(nlp: Language) -> list[str]:
    """Put the table-driven stand-ins after their originals and disable those.

    Returns the names of the components replaced. A pipeline whose ruler
    uses a Matcher feature the table cannot reproduce keeps its original.
    """
    replaced: list[str] = []
    for original, factory, name in (
        ("attribute_ruler", "wardesk_attribute_table_v1", "wardesk_attribute_table"),
        ("lemmatizer", "wardesk_lemma_table_v1", "wardesk_lemma_table"),
    ):
        if original not in nlp.pipe_names or original in nlp.disabled:
            continue
        try:
            nlp.add_pipe(factory, name=name, after=original, config={"original": original})
        except Unsupported:
            continue
        nlp.disable_pipe(original)
        replaced.append(original)
    return replaced


# Versioned factories: a change in what a stand-in computes gets a new name (``_v2``), as spaCy's own
# registered functions do; ``original`` names the component whose patterns or tables it reads.
@Language.factory(
    "wardesk_attribute_table_v1",
    default_config={"original": "attribute_ruler"},
    assigns=["token.pos", "token.tag", "token.morph", "token.lemma"],
)
def make_attribute_table(nlp: Language, name: str, original: str) -> AttributeTable:
    return AttributeTable(nlp.get_pipe(original))


@Language.factory(
    "wardesk_lemma_table_v1", default_config={"original": "lemmatizer"}, assigns=["token.lemma"]
)
def make_lemma_table(nlp: Language, name: str, original: str) -> LemmaTable:
    lemmatizer = nlp.get_pipe(original)
    if getattr(lemmatizer, "mode", None) != "rule":
        raise Unsupported(f"lemmatizer mode {getattr(lemmatizer, 'mode', None)!r}")
    return LemmaTable(lemmatizer)


def compare(
    a: Doc, b: Doc, attrs: Iterable[str] = ("TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD")
) -> list[str]:
    """Differences between two annotations of the same text, for the tests."""
    out: list[str] = []
    for ta, tb in zip(a, b, strict=True):
        for attr in attrs:
            va = getattr(ta, f"{attr.lower()}_", None) if attr != "HEAD" else ta.head.i
            vb = getattr(tb, f"{attr.lower()}_", None) if attr != "HEAD" else tb.head.i
            if va != vb:
                out.append(f"{ta.i} {ta.text!r} {attr}: {va!r} != {vb!r}")
    return out
