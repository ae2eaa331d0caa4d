"""Per-document caches of values that spaCy rebuilds on every access.

``doc.ents`` builds a new tuple of Span objects each time it is read, and a
list of lower-cased tokens costs a pass over the document; the mention
finders ask for both per mention, which made extraction quadratic in the
article's length. Entities do not change after the pipeline has run.
"""

from __future__ import annotations

import bisect

from spacy.attrs import HEAD
from spacy.tokens import Doc, Span


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per document."""
    cached = doc.user_data.get("wardesk_ents")
    if cached is None:
        cached = doc.user_data["wardesk_ents"] = tuple(doc.ents)
    return cached


def doc_lowers(doc: Doc) -> list[str]:
    """The lower-cased text of every token, built once per document."""
    cached = doc.user_data.get("wardesk_lowers")
    if cached is None:
        cached = doc.user_data["wardesk_lowers"] = [t.lower_ for t in doc]
    return cached


def doc_text(doc: Doc) -> str:
    """``doc.text``, which spaCy rebuilds from every token on each access, built once."""
    cached = doc.user_data.get("wardesk_text")
    if cached is None:
        cached = doc.user_data["wardesk_text"] = doc.text
    return cached


def doc_heads(doc: Doc) -> list[int]:
    """The index of every token's syntactic head, read once as an array.

    Walking ``token.head`` creates a Python ``Token`` per step; the frame
    builder measures tree distances between thousands of token pairs.
    """
    cached = doc.user_data.get("wardesk_heads")
    if cached is None:
        rel = doc.to_array([HEAD]).tolist() if len(doc) else []
        # to_array gives the offset to the head as an unsigned 64-bit integer.
        cached = doc.user_data["wardesk_heads"] = [
            i + (h if h < 2**63 else h - 2**64) for i, h in enumerate(rel)
        ]
    return cached


def doc_sentence_starts(doc: Doc) -> list[int]:
    """For every token, the index of the first token of its sentence."""
    cached = doc.user_data.get("wardesk_sent_starts")
    if cached is None:
        cached = [0] * len(doc)
        for sent in doc.sents:
            cached[sent.start : sent.end] = [sent.start] * (sent.end - sent.start)
        doc.user_data["wardesk_sent_starts"] = cached
    return cached


def ents_within(doc: Doc, start: int, end: int) -> list[Span]:
    """The entities that lie wholly inside tokens ``[start, end)``.

    Per-sentence finders asked every entity of the article whether it fell in
    their sentence, which is quadratic in the article's length.
    """
    ents = doc_ents(doc)
    starts = doc.user_data.get("wardesk_ent_starts")
    if starts is None:
        starts = doc.user_data["wardesk_ent_starts"] = [e.start for e in ents]
    out = []
    for k in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
        if ents[k].end <= end:
            out.append(ents[k])
    return out


def doc_token_texts(doc: Doc) -> list[str]:
    """The text of every token, read once (each ``doc[i]`` builds a Token)."""
    cached = doc.user_data.get("wardesk_token_texts")
    if cached is None:
        cached = doc.user_data["wardesk_token_texts"] = [t.text for t in doc]
    return cached


def doc_token_offsets(doc: Doc) -> list[int]:
    """The character offset of every token."""
    cached = doc.user_data.get("wardesk_token_offsets")
    if cached is None:
        cached = doc.user_data["wardesk_token_offsets"] = [t.idx for t in doc]
    return cached


def doc_lemmas(doc: Doc) -> list[str]:
    """The lower-cased lemma of every token."""
    cached = doc.user_data.get("wardesk_lemmas")
    if cached is None:
        cached = doc.user_data["wardesk_lemmas"] = [t.lemma_.lower() for t in doc]
    return cached


def doc_deps(doc: Doc) -> list[str]:
    """The dependency label of every token."""
    cached = doc.user_data.get("wardesk_deps")
    if cached is None:
        cached = doc.user_data["wardesk_deps"] = [t.dep_ for t in doc]
    return cached


def doc_pos(doc: Doc) -> list[str]:
    """The coarse part of speech of every token."""
    cached = doc.user_data.get("wardesk_pos")
    if cached is None:
        cached = doc.user_data["wardesk_pos"] = [t.pos_ for t in doc]
    return cached


def _root_info(doc: Doc) -> tuple[list[int], list[bool]]:
    """Heads, and which tokens are punctuation or space with no dependents: spaCy never
    prefers those as a span's root."""
    cached = doc.user_data.get("wardesk_root_info")
    if cached is None:
        heads = doc_heads(doc)
        has_kids = [False] * len(heads)
        for k, h in enumerate(heads):
            if h != k:
                has_kids[h] = True
        leaf_punct = [(t.is_punct or t.is_space) and not has_kids[t.i] for t in doc]
        cached = doc.user_data["wardesk_root_info"] = (heads, leaf_punct)
    return cached


def span_root(doc: Doc, start: int, end: int) -> int:
    """``doc[start:end].root.i`` from the cached head array, by spaCy's own rule: a sentence
    root inside the span, else the token nearest the root (the first on a tie), where a
    punctuation mark or space with no dependents counts as farthest."""
    heads, leaf_punct = _root_info(doc)
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
