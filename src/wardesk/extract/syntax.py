"""Small helpers over the dependency tree, shared by the frame builder."""

from __future__ import annotations

from spacy.tokens import Token

#: Dependency labels that keep a word inside the noun phrase of its head.
NP_INTERNAL = frozenset(
    {"amod", "compound", "poss", "nmod", "nummod", "det", "case", "appos", "quantmod", "npadvmod"}
)


def path_to_root(tok: Token) -> list[Token]:
    out = [tok]
    while out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


def tree_distance(a: Token, b: Token) -> int:
    """Edges between two tokens of one sentence (a large number across sentences)."""
    if a.sent.start != b.sent.start:
        return 1000
    pa = path_to_root(a)
    index = {t.i: k for k, t in enumerate(pa)}
    for k, t in enumerate(path_to_root(b)):
        if t.i in index:
            return index[t.i] + k
    return 1000


def np_head(tok: Token) -> Token:
    """Climb from a modifier to the head of the noun phrase it sits in.

    "Russian" in "Russian Su-24M bombers" -> "bombers"; "Russia" in "Russia's
    strikes" -> "strikes"; "coalition" in "US-led coalition" stays.
    """
    cur = tok
    for _ in range(6):
        if cur.dep_ in NP_INTERNAL and cur.head.i != cur.i and cur.head.pos_ in ("NOUN", "PROPN", "NUM"):
            cur = cur.head
        elif cur.dep_ == "conj" and cur.head.i != cur.i:
            cur = cur.head
        else:
            break
    return cur


def governing_verb(tok: Token) -> Token | None:
    """The nearest verb above a token (itself if it is one)."""
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
