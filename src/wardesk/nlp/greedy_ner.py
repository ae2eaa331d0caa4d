"""spaCy's greedy entity recognizer, decoded in whole arrays: same entities, a third of the time.

Why: over FA-KES the entity recognizer was half of all spaCy time, and 40 %
of that went to the transition system asking, at every token, whether each
of its 74 moves was valid, one C call per move, plus a GIL round trip per
step. The network itself is cheap.

How: the model's own layers compute what spaCy computes before decoding (the
recognizer's tok2vec and its "precomputable" lower layer, which turns every
token into one vector per state feature). Only the greedy loop is replaced:

- The recognizer's state has three features: the next token, the first token
  of the open entity, and the token before the next one when an entity is
  open. With no entity open (most tokens) the last two are padding, so the
  scores of every token in that state come from one matrix product over the
  whole batch, and which move wins is decided for all of them at once.
- A walk over the tokens where that move is not ``O`` opens entities; inside
  an entity the scores depend on where it started, and are computed a few
  tokens at a time until the entity's last token.

The arithmetic is spaCy's: the same additions in the same order, and the
scores from blis's ``sgemm`` (the one spaCy's ``CBlas`` calls), whose result
per row does not depend on how many rows it is given. The validity rules are
spaCy's BILUO rules (``spacy/pipeline/_parser_internals/ner.pyx``) for a
document with no entities set beforehand; a batch that has some (from an
entity ruler, say) goes to spaCy's own component. A model this decoder cannot
reproduce (beam search, other state features, classes never seen in
training) keeps spaCy's component. ``tests/test_greedy_ner.py`` compares the
two on real articles.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import blis.py
import numpy as np
from spacy.attrs import ENT_IOB, ENT_TYPE, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from wardesk.nlp.layers import piecewise_max
from wardesk.nlp.tables import Unsupported

#: BILUO move names as spaCy's ``BiluoPushDown.move_name`` writes them.
_MOVES = ("B", "I", "L", "U", "O")
#: spaCy's ENT_IOB codes (``Token.iob_strings()``: "", "I", "O", "B").
_IOB = {"I": 1, "O": 2, "B": 3}
#: Tokens scored at once inside an open entity (most entities are 1-3 tokens).
_INSIDE_CHUNK = 4


class GreedyEntityRecognizer:
    """Annotates ``doc.ents`` exactly as the wrapped ``EntityRecognizer`` would."""

    def __init__(self, ner: Any) -> None:
        model = ner.model
        if ner.cfg.get("beam_width", 1) != 1:
            raise Unsupported("beam search")
        if not model.attrs.get("has_upper") or model.attrs.get("unseen_classes"):
            raise Unsupported("no output layer, or classes unseen in training")
        self.ner = ner
        self.tok2vec, self.lower, self.upper = model.layers
        if self.lower.get_dim("nF") != 3 or self.lower.get_dim("nP") < 2:
            raise Unsupported("state features other than the entity recognizer's three, or no maxout")
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        kinds = [name.split("-", 1)[0] for name in names]
        if set(kinds) - set(_MOVES):
            raise Unsupported(f"moves {sorted(set(kinds) - set(_MOVES))}")
        self.labels = [name.split("-", 1)[1] if "-" in name else "" for name in names]
        label_ids = {label: i for i, label in enumerate(sorted(set(self.labels) - {""}), start=1)}
        self.label_id = np.array([label_ids.get(label, 0) for label in self.labels])
        kind = np.array(kinds)
        labelled = self.label_id > 0  # "U" with no label marks a blocked token only
        self.is_begin = (kind == "B") & labelled
        self.is_in = (kind == "I") & labelled
        self.is_last = (kind == "L") & labelled
        self.is_unit = (kind == "U") & labelled
        self.is_out = kind == "O"
        self.label_names = {i: label for label, i in label_ids.items()}
        self.label_hashes = {i: ner.vocab.strings.add(label) for i, label in self.label_names.items()}
        self.W = self.upper.get_param("W")
        self.b = self.upper.get_param("b")

    def __call__(self, doc: Doc) -> Doc:
        self._annotate([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            self._annotate(batch)
            yield from batch

    def _annotate(self, docs: list[Doc]) -> None:
        if any(doc.to_array(ENT_IOB).any() for doc in docs):
            self.ner.set_annotations(docs, self.ner.predict(docs))  # preset entities: spaCy's rules
            return
        for doc, ents in zip(docs, self._decode(docs), strict=True):
            self._write(doc, ents)
            for hook in self.ner.postprocesses:
                hook(doc)

    def _write(self, doc: Doc, ents: list[tuple[int, int, int]]) -> None:
        """``doc.set_ents(spans, default="outside")`` for these entities, written as the two columns it
        sets (B, I or O, and the label) without a Span per entity: the decoder's entities never overlap
        and each opens with B, so set_ents' repairs of inconsistent codes have nothing to do."""
        if not len(doc):
            return
        cols = np.zeros((len(doc), 2), dtype=np.uint64)
        cols[:, 0] = _IOB["O"]
        for start, end, label in ents:
            cols[start, 0] = _IOB["B"]
            cols[start + 1 : end, 0] = _IOB["I"]
            cols[start:end, 1] = self.label_hashes[label]
        doc.from_array([ENT_IOB, ENT_TYPE], cols)

    def _scores(self, unmaxed: np.ndarray, valid: np.ndarray) -> np.ndarray:
        """The winning move per row: maxout, the output layer, then the best valid move."""
        scores = blis.py.gemm(piecewise_max(unmaxed), self.W, trans2=True, beta=0.0)
        scores += self.b
        scores[~valid] = -np.inf
        return scores.argmax(axis=1)  # the first best, as spaCy's arg_max_if_valid

    def _decode(self, docs: list[Doc]) -> list[list[tuple[int, int, int]]]:
        lengths = np.array([len(doc) for doc in docs])
        found: list[list[tuple[int, int, int]]] = [[] for _ in docs]
        if not lengths.any():
            return found
        self.W, self.b = self.upper.get_param("W"), self.upper.get_param("b")  # current weights
        bias = self.lower.get_param("b")
        # (tokens + 1, 3 features, hidden, pieces); row 0 is the padding
        features, _ = self.lower(self.tok2vec.predict(docs), False)
        pad, token = features[0], features[1:]

        ends = np.cumsum(lengths)
        starts = ends - lengths
        flags = np.concatenate([doc.to_array([SENT_START, IS_SPACE]) for doc in docs if len(doc)])
        last = np.zeros(len(flags), dtype=bool)
        last[ends[lengths > 0] - 1] = True
        next_starts_sentence = np.zeros(len(flags), dtype=bool)
        next_starts_sentence[:-1] = flags[1:, 0] == 1
        next_starts_sentence &= ~last
        space = flags[:, 1] != 0
        can_continue = ~last & ~next_starts_sentence

        # No entity open: features are the token's own and two paddings.
        unmaxed = token[:, 0] + pad[1]
        unmaxed += pad[2]
        unmaxed += bias
        valid = (
            self.is_out[None, :]
            | (self.is_begin[None, :] & (can_continue & ~space)[:, None])
            | (self.is_unit[None, :] & ~space[:, None])
        )
        move = self._scores(unmaxed, valid)

        doc_of = np.repeat(np.arange(len(docs)), lengths)
        opened = np.flatnonzero(self.is_begin[move])
        first_ends = self._first_ends(opened, ends[doc_of[opened]], token, bias, move[opened], can_continue)
        resume = 0
        for g in np.flatnonzero(~self.is_out[move]).tolist():
            if g < resume:  # inside an entity decided below
                continue
            d, label = doc_of[g], self.label_id[move[g]]
            end = g + 1
            if self.is_begin[move[g]]:
                end = first_ends[g]
                if end < 0:  # not closed in its first few tokens
                    end = self._entity_end(
                        g, g + 1 + _INSIDE_CHUNK, ends[d], token, bias, label, can_continue
                    )
            found[d].append((int(g - starts[d]), int(end - starts[d]), int(label)))
            resume = end
        return found

    def _first_ends(
        self,
        opened: np.ndarray,
        doc_ends: np.ndarray,
        token: np.ndarray,
        bias: np.ndarray,
        moves: np.ndarray,
        can_continue: np.ndarray,
    ) -> dict[int, int]:
        """Where each entity a ``B`` move opens (at ``opened``) ends, when it takes its ``L`` move
        within the ``_INSIDE_CHUNK`` tokens after its first: {begin: one past its last token, or -1}.

        Inside an entity the scores depend on the token, the entity's first token and the token
        before, never on another entity, so the first tokens of all of them are scored in one
        product (one row per token, as ``_entity_end`` scores them a few at a time: the same
        additions in the same order). An opening that an earlier entity swallows is scored too
        and never read. Most entities close there; the others go on in ``_entity_end``.
        """
        if not len(opened):
            return {}
        k = np.arange(1, _INSIDE_CHUNK + 1)
        rows = opened[:, None] + k[None, :]  # (entities, chunk) token indices
        real = rows < doc_ends[:, None]  # rows past the document's end are not scored
        rows = np.where(real, rows, opened[:, None] + 1)  # any index; never read
        flat = rows[real]
        begin = np.broadcast_to(opened[:, None], rows.shape)[real]
        unmaxed = token[flat, 0] + token[begin, 1]
        unmaxed += token[flat - 1, 2]
        unmaxed += bias
        label = np.broadcast_to(self.label_id[moves][:, None], rows.shape)[real]
        same = self.label_id[None, :] == label[:, None]
        valid = (self.is_last[None, :] & same) | (self.is_in[None, :] & same & can_continue[flat][:, None])
        closes = np.zeros(rows.shape, dtype=bool)
        closes[real] = self.is_last[self._scores(unmaxed, valid)]
        first = closes.argmax(axis=1)
        closed = closes[np.arange(len(opened)), first]
        ends = np.where(closed, opened + first + 2, -1)
        return dict(zip(opened.tolist(), ends.tolist(), strict=True))

    def _entity_end(
        self,
        begin: int,
        at: int,
        doc_end: int,
        token: np.ndarray,
        bias: np.ndarray,
        label: int,
        can_continue: np.ndarray,
    ) -> int:
        """One past the token where the entity opened at ``begin`` takes its ``L`` move, scoring
        from token ``at`` on."""
        same = self.label_id == label
        inside, closing = self.is_in & same, self.is_last & same
        while True:  # "L" is always valid at the document's last token, so this ends
            span = np.arange(at, min(at + _INSIDE_CHUNK, doc_end))
            unmaxed = token[span, 0] + token[begin, 1]
            unmaxed += token[span - 1, 2]
            unmaxed += bias
            valid = closing[None, :] | (inside[None, :] & can_continue[span][:, None])
            closes = np.flatnonzero(self.is_last[self._scores(unmaxed, valid)])
            if len(closes):
                return int(span[closes[0]]) + 1
            at = int(span[-1]) + 1


def install(nlp: Language) -> bool:
    """Put the array decoder after spaCy's ``ner`` and disable that; False if it cannot stand in."""
    if "ner" not in nlp.pipe_names or "ner" in nlp.disabled:
        return False
    try:
        nlp.add_pipe("wardesk_greedy_ner_v1", name="wardesk_ner", after="ner", config={"original": "ner"})
    except Unsupported:
        return False
    nlp.disable_pipe("ner")
    return True


# Versioned like spaCy's registered functions: a decoder that computes anything differently is ``_v2``.
@Language.factory(
    "wardesk_greedy_ner_v1",
    default_config={"original": "ner"},
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
)
def make_greedy_ner(nlp: Language, name: str, original: str) -> GreedyEntityRecognizer:
    return GreedyEntityRecognizer(nlp.get_pipe(original))
