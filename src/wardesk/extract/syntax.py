"""Small helpers over the dependency tree, shared by the frame builder."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wardesk.nlp.cache import doc_heads, doc_sentence_starts, doc_tree, per_doc

#: Dependency labels that keep a word inside the noun phrase of its head.
NP_INTERNAL = frozenset(
    {"amod", "compound", "poss", "nmod", "nummod", "det", "case", "appos", "quantmod", "npadvmod"}
)


def tree_distance(a: Token, b: Token) -> int:
    """Edges between two tokens of one sentence (a large number across sentences).

    Works on the document's cached head array: this is called for thousands
    of token pairs per article, and walking ``Token.head`` objects dominated
    extraction time.
    """
    return tree_distance_at(a.doc, a.i, b.i)


@per_doc
def _tree(doc: Doc) -> tuple[list[int], list[int], dict[int, dict[int, int]]]:
    """(sentence starts, heads, memo of each asked token's path to its root: ancestor -> edges),
    through one cache look-up; a trigger's path is asked for against every other word."""
    return doc_sentence_starts(doc), doc_heads(doc), {}


def tree_distance_at(doc: Doc, a: int, b: int) -> int:
    """``tree_distance`` between tokens ``doc[a]`` and ``doc[b]``, by index: no Token needed."""
    starts, heads, paths = _tree(doc)
    if starts[a] != starts[b]:
        return 1000
    index = paths.get(a)
    if index is None:
        index = paths[a] = {}
        i = a
        for k in range(len(heads)):  # bounded: a malformed tree must not loop
            index[i] = k
            if heads[i] == i:
                break
            i = heads[i]
    i = b
    for k in range(len(heads)):
        if i in index:
            return index[i] + k
        if heads[i] == i:
            break
        i = heads[i]
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
    i = governing_verb_at(tok.doc, tok.i)
    return None if i is None else tok if i == tok.i else tok.doc[i]


def governing_verb_at(doc: Doc, i: int) -> int | None:
    """``governing_verb(doc[i]).i`` by index: no Token per trigger where only the index is read."""
    tree = doc_tree(doc)  # cached arrays: no Token per step up the tree
    pos, heads = tree.pos, tree.heads
    for _ in range(8):
        if pos[i] in ("VERB", "AUX"):
            return i
        if heads[i] == i:
            return None
        i = heads[i]
    return None


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
