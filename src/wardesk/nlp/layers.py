"""thinc's Maxout and LayerNorm layers, predicting with fewer numpy passes: the same bits, less time.

Why: the two token-to-vector networks (the shared ``tok2vec`` and the entity
recognizer's own) each have five Maxout layers, each followed by a LayerNorm,
run over every token of every text.

- Maxout: thinc's ``NumpyOps.maxout`` takes the largest of three pieces one
  element at a time in C, and writes which piece won as well (only training
  needs that). ``np.maximum`` over the three piece slices of a batch's
  (tokens x 96 x 3) array is about three times faster. The maximum of floats is
  exact and both keep the first of equal pieces, so the values are the same.
- LayerNorm: thinc computes each row's mean, then ``X.var``, which computes
  the mean again and subtracts it, then subtracts the mean once more. Here the
  mean is subtracted once and the variance summed from those differences: the
  same operations on the same values in the same order (numpy's own ``var``
  steps), one pass over the array fewer.

Training (``is_train``) keeps thinc's own forwards. ``install`` points every such
layer of a pipeline at these and checks each against thinc's on a few inputs
(any difference keeps thinc's); ``wardesk.nlp.fast`` calls it only where the
other fast paths were checked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from spacy.language import Language
from thinc.layers import layernorm as thinc_layernorm
from thinc.layers import maxout as thinc_maxout


def piecewise_max(unmaxed: np.ndarray) -> np.ndarray:
    """``unmaxed.max(axis=-1)`` taken piece by piece: numpy reduces a last axis of two or three
    an element at a time; ``np.maximum`` over whole slices gives the same values (max is exact)
    many times faster."""
    out = np.maximum(unmaxed[..., 0], unmaxed[..., 1]) if unmaxed.shape[-1] > 1 else unmaxed[..., 0].copy()
    for p in range(2, unmaxed.shape[-1]):
        np.maximum(out, unmaxed[..., p], out=out)
    return out


def _predict_only(d_out: Any) -> Any:
    raise RuntimeError("wardesk's layer forwards predict only; training runs thinc's own")


def maxout_forward(model: Any, X: Any, is_train: bool) -> tuple[Any, Callable[[Any], Any]]:
    """thinc's ``maxout.forward`` when training; otherwise its product and bias, then the maximum
    of the pieces by ``piecewise_max`` (no record of which piece won)."""
    if is_train:
        return thinc_maxout.forward(model, X, is_train)
    nO, nP, nI = model.get_dim("nO"), model.get_dim("nP"), model.get_dim("nI")
    W = model.ops.reshape2f(model.get_param("W"), nO * nP, nI)
    Y = model.ops.gemm(X, W, trans2=True)
    Y += model.ops.reshape1f(model.get_param("b"), nO * nP)
    Z = model.ops.reshape3f(Y, Y.shape[0], nO, nP)
    return piecewise_max(Z), _predict_only


def layernorm_forward(model: Any, X: Any, is_train: bool) -> tuple[Any, Callable[[Any], Any]]:
    """thinc's ``layernorm.forward`` when training; otherwise each row less its mean, over the
    square root of its variance (plus thinc's 1e-08), scaled and shifted. The variance is numpy's
    ``var`` written out: the squared differences from the mean, summed, divided by the width."""
    if is_train:
        return thinc_layernorm.forward(model, X, is_train)
    dist = X - X.mean(axis=1, keepdims=True)
    var = np.multiply(dist, dist).sum(axis=1, keepdims=True)
    var = np.true_divide(var, np.intp(X.shape[1]), out=var, casting="unsafe")  # as numpy's var divides
    var = var + 1e-08
    Y = dist * var ** (-1.0 / 2.0)
    Y = Y * model.get_param("G")
    Y += model.get_param("b")
    return Y, _predict_only


#: thinc's forward -> wardesk's, and the parameter a layer must have for the swap.
FORWARDS: dict[Callable[..., Any], tuple[Callable[..., Any], str]] = {
    thinc_maxout.forward: (maxout_forward, "W"),
    thinc_layernorm.forward: (layernorm_forward, "G"),
}


def _layers(nlp: Language) -> list[Any]:
    """Every layer of the enabled and disabled components, once each."""
    seen: set[int] = set()
    out = []
    for name in nlp.component_names:
        model = getattr(nlp.get_pipe(name), "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for layer in model.walk():
            if id(layer) not in seen:
                seen.add(id(layer))
                out.append(layer)
    return out


def _check_input(width: int) -> np.ndarray:
    """Random rows, zeros and rows of one value repeated (ties, zero variance)."""
    rows = np.random.default_rng(0).standard_normal((32, width)).astype("float32")
    return np.concatenate([rows, np.zeros((2, width), "float32"), np.full((2, width), -1.5, "float32")])


def _same_as_thinc(layer: Any, theirs: Callable[..., Any], ours: Callable[..., Any]) -> bool:
    X = layer.ops.asarray2f(_check_input(layer.get_dim("nI")))
    return bool(theirs(layer, X, False)[0].tobytes() == ours(layer, X, False)[0].tobytes())


def install(nlp: Language) -> int:
    """Predict every Maxout and LayerNorm layer of ``nlp`` through wardesk's forwards; how many now do."""
    n = 0
    for layer in _layers(nlp):
        swap = FORWARDS.get(layer._func)
        if swap is None or not layer.has_param(swap[1]) or not _same_as_thinc(layer, layer._func, swap[0]):
            continue
        layer._func = swap[0]
        n += 1
    return n


def uninstall(nlp: Language) -> None:
    """Put thinc's own forwards back in every layer ``install`` changed."""
    back = {ours: theirs for theirs, (ours, _) in FORWARDS.items()}
    for layer in _layers(nlp):
        if layer._func in back:
            layer._func = back[layer._func]
