"""Per-document caches of values that spaCy rebuilds on every access.

``doc.ents`` builds a new tuple of Span objects each time it is read, ``doc[i]``
a new Token, ``doc.text`` the whole text; the mention finders ask for these
per mention, which made extraction quadratic in the article's length. Every
value here is computed once per Doc (kept in ``doc.user_data``) and read as a
plain list afterwards. The annotation does not change after the pipeline ran.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable
from typing import NamedTuple, TypeVar

import numpy
from spacy.attrs import (
    DEP,
    HEAD,
    IDX,
    IS_ALPHA,
    IS_PUNCT,
    IS_SPACE,
    LEMMA,
    LENGTH,
    LOWER,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

T = TypeVar("T")


def per_doc(build: Callable[[Doc], T]) -> Callable[[Doc], T]:
    """Make ``build(doc)`` run once per document; its result is kept in ``doc.user_data``."""
    key = f"wardesk_{build.__module__}.{build.__qualname__}"

    @functools.wraps(build)
    def cached(doc: Doc) -> T:
        try:
            return doc.user_data[key]
        except KeyError:
            value = doc.user_data[key] = build(doc)
            return value

    return cached


@per_doc
def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``."""
    return tuple(doc.ents)


@per_doc
def doc_sents(doc: Doc) -> tuple[Span, ...]:
    """``doc.sents``: spaCy checks the sentence annotation with a ``Token`` per word on
    every iteration, and the extractor walks the sentences of a document several times."""
    return tuple(doc.sents)


@per_doc
def doc_text(doc: Doc) -> str:
    """``doc.text``, which spaCy rebuilds from a ``Token`` per word on each access."""
    spaces = _column(doc, SPACY)
    return "".join([s + " " if space else s for s, space in zip(_strings(doc, ORTH), spaces, strict=True)])


#: The token attributes the finders read as columns, fetched by one ``to_array`` per document:
#: a call per attribute cost about half as much again.
_COLUMNS = (
    ORTH,
    SPACY,
    IDX,
    LENGTH,
    LOWER,
    LEMMA,
    POS,
    TAG,
    DEP,
    HEAD,
    SENT_START,
    IS_PUNCT,
    IS_SPACE,
    IS_ALPHA,
)
_COLUMN_OF = {attr: k for k, attr in enumerate(_COLUMNS)}


@per_doc
def _columns(doc: Doc) -> numpy.ndarray | None:
    """Every attribute of ``_COLUMNS`` for every token (a token per row), or None for no tokens.
    Kept as the array (8 bytes a value): each column becomes a list once, for the cache that
    asks it, and the hash columns' lists then go."""
    return doc.to_array(list(_COLUMNS)) if len(doc) else None


def _column(doc: Doc, attr: int) -> list[int]:
    """One attribute of every token, as ``doc.to_array(attr).tolist()`` gives it."""
    table = _columns(doc)
    return [] if table is None else table[:, _COLUMN_OF[attr]].tolist()


class _StringsOf(dict):
    """hash -> string of one vocabulary's StringStore, filled on first ask of each hash."""

    def __init__(self, strings: StringStore) -> None:
        super().__init__()
        self.strings = strings

    def __missing__(self, h: int) -> str:
        s = self[h] = self.strings[h]
        return s


#: id of a StringStore -> its _StringsOf (which holds the store, so the id stays its own).
_STRINGS_OF: dict[int, _StringsOf] = {}


def _strings(doc: Doc, attr: int) -> list[str]:
    """The string of a hashed attribute for every token, read as one array.

    ``[t.lower_ for t in doc]`` builds a Python ``Token`` per word, which was a
    fifth of extraction time. The hashes repeat within and across documents and a
    StringStore never forgets a string, so each hash is looked up once per process
    and the column is mapped through a dict at C speed.
    """
    store = doc.vocab.strings
    table = _STRINGS_OF.get(id(store))
    if table is None or table.strings is not store:
        table = _STRINGS_OF[id(store)] = _StringsOf(store)
    return list(map(table.__getitem__, _column(doc, attr)))


@per_doc
def doc_lowers(doc: Doc) -> list[str]:
    """The lower-cased text of every token."""
    return _strings(doc, LOWER)


@per_doc
def doc_token_texts(doc: Doc) -> list[str]:
    """The text of every token: the document text at its offset (spaCy's tokens never alter it)."""
    text = doc_text(doc)
    return [text[i : i + n] for i, n in zip(doc_token_offsets(doc), _column(doc, LENGTH), strict=True)]


@per_doc
def doc_text_parts(doc: Doc) -> tuple[str, list[int], list[str]]:
    """(text, token offsets, token texts): the three arrays ``span_text`` cuts with, read
    through one cache look-up instead of three (it runs for every candidate phrase)."""
    return doc_text(doc), doc_token_offsets(doc), doc_token_texts(doc)


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` (``start < end``) cut from the cached document text: a Span
    rebuilds its text from a Token per word."""
    text, offsets, texts = doc_text_parts(doc)
    return text[offsets[start] : offsets[end - 1] + len(texts[end - 1])]


@per_doc
def doc_token_offsets(doc: Doc) -> list[int]:
    """The character offset of every token."""
    return _column(doc, IDX)


@per_doc
def doc_lemmas(doc: Doc) -> list[str]:
    """The lower-cased lemma of every token."""
    return [s.lower() for s in _strings(doc, LEMMA)]


@per_doc
def doc_raw_lemmas(doc: Doc) -> list[str]:
    """``token.lemma_`` of every token, as the lemmatizer wrote it (not lower-cased)."""
    return _strings(doc, LEMMA)


@per_doc
def doc_tags(doc: Doc) -> list[str]:
    """The fine-grained tag (``token.tag_``) of every token."""
    return _strings(doc, TAG)


@per_doc
def doc_children(doc: Doc) -> list[list[int]]:
    """The indices of every token's syntactic children, in text order (``token.children``).

    Tree walks that ask ``token.children`` and ``token.head`` build a Python ``Token``
    per word they pass; the trigger filters walk them for every trigger.
    """
    kids: list[list[int]] = [[] for _ in range(len(doc))]
    for k, h in enumerate(doc_heads(doc)):
        if h != k:
            kids[h].append(k)
    return kids


def subtree(doc: Doc, i: int) -> list[int]:
    """The indices of ``doc[i].subtree`` in spaCy's order (each left child's subtree, the token,
    each right child's subtree), walked over ``doc_children`` without a Token per word."""
    kids = doc_children(doc)
    out: list[int] = []

    def walk(k: int) -> None:
        below = kids[k]
        for c in below:
            if c < k:
                walk(c)
        out.append(k)
        for c in below:
            if c > k:
                walk(c)

    walk(i)
    return out


@per_doc
def doc_deps(doc: Doc) -> list[str]:
    """The dependency label of every token."""
    return _strings(doc, DEP)


@per_doc
def doc_pos(doc: Doc) -> list[str]:
    """The coarse part of speech of every token."""
    return _strings(doc, POS)


@per_doc
def doc_heads(doc: Doc) -> list[int]:
    """The index of every token's syntactic head.

    Walking ``token.head`` creates a Python ``Token`` per step; the frame
    builder measures tree distances between thousands of token pairs.
    """
    rel = _column(doc, HEAD)
    # to_array gives the offset to the head as an unsigned 64-bit integer.
    return [i + (h if h < 2**63 else h - 2**64) for i, h in enumerate(rel)]


@per_doc
def doc_is_punct(doc: Doc) -> list[bool]:
    """``token.is_punct`` of every token."""
    return [bool(v) for v in _column(doc, IS_PUNCT)]


@per_doc
def doc_is_alpha(doc: Doc) -> list[bool]:
    """``token.is_alpha`` of every token."""
    return [bool(v) for v in _column(doc, IS_ALPHA)]


@per_doc
def doc_opens_sentence(doc: Doc) -> list[bool]:
    """Whether ``token.is_sent_start`` is True for every token (not False, not None)."""
    # to_array gives the -1 of "no sentence start" as an unsigned 64-bit integer
    return [v == 1 for v in _column(doc, SENT_START)]


@per_doc
def doc_sentence_starts(doc: Doc) -> list[int]:
    """For every token, the index of the first token of its sentence."""
    starts = [0] * len(doc)
    for sent in doc_sents(doc):
        starts[sent.start : sent.end] = [sent.start] * (sent.end - sent.start)
    return starts


@per_doc
def _ent_starts(doc: Doc) -> list[int]:
    return [e.start for e in doc_ents(doc)]


def ents_within(doc: Doc, start: int, end: int) -> list[Span]:
    """The entities that lie wholly inside tokens ``[start, end)``.

    Per-sentence finders asked every entity of the article whether it fell in
    their sentence, which is quadratic in the article's length.
    """
    ents, starts = doc_ents(doc), _ent_starts(doc)
    out = []
    for k in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
        if ents[k].end <= end:
            out.append(ents[k])
    return out


@per_doc
def _leaf_punct(doc: Doc) -> list[bool]:
    """Punctuation or space tokens with no dependents: spaCy never prefers them as a span's root."""
    heads = doc_heads(doc)
    has_kids = [False] * len(heads)
    for k, h in enumerate(heads):
        if h != k:
            has_kids[h] = True
    puncts, spaces = _column(doc, IS_PUNCT), _column(doc, IS_SPACE)
    return [
        (punct or space) and not kids for punct, space, kids in zip(puncts, spaces, has_kids, strict=True)
    ]


class Tree(NamedTuple):
    """The per-document arrays the tree walks read together (each as its own cache gives it)."""

    heads: list[int]
    deps: list[str]
    lowers: list[str]
    lemmas: list[str]
    raw_lemmas: list[str]
    pos: list[str]
    tags: list[str]
    children: list[list[int]]


@per_doc
def doc_tree(doc: Doc) -> Tree:
    """``doc_heads``, ``doc_deps``, ``doc_lowers``, ``doc_lemmas``, ``doc_raw_lemmas``, ``doc_pos``,
    ``doc_tags`` and ``doc_children`` through one cache look-up. The walks that read them run for
    every trigger, count and candidate name, and asked the caches for four to seven arrays a
    call: over FA-KES about a million look-ups, each a Python call."""
    return Tree(
        doc_heads(doc),
        doc_deps(doc),
        doc_lowers(doc),
        doc_lemmas(doc),
        doc_raw_lemmas(doc),
        doc_pos(doc),
        doc_tags(doc),
        doc_children(doc),
    )


@per_doc
def _root_arrays(doc: Doc) -> tuple[list[int], list[bool]]:
    """(heads, leaf punctuation): what ``span_root`` reads, through one cache look-up."""
    return doc_heads(doc), _leaf_punct(doc)


def span_root(doc: Doc, start: int, end: int) -> int:
    """``doc[start:end].root.i`` from the cached head array, by spaCy's own rule: a sentence
    root inside the span, else the token nearest the root (the first on a tie), where a
    punctuation mark or space with no dependents counts as farthest."""
    if end - start == 1:
        return start  # a word is its own root (most names asked about are one word)
    heads, leaf_punct = _root_arrays(doc)
    for k in range(start, end):
        if heads[k] == k:
            return k
    n_tokens = len(heads)
    best, root = n_tokens, -1
    for k in range(start, end):
        if start <= heads[k] < end:
            continue
        if leaf_punct[k]:
            n = n_tokens - 1
        else:
            n, x = 0, k
            while heads[x] != x and n < n_tokens:
                x, n = heads[x], n + 1
        if n < best:
            best, root = n, k
    return root if root != -1 else start
