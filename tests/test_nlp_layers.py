"""wardesk's Maxout and LayerNorm forwards give thinc's values bit for bit, and the pipeline uses them
only to predict."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.language import Language
from thinc.layers import layernorm as thinc_layernorm
from thinc.layers import maxout as thinc_maxout

from nlp_helpers import original_pipeline
from wardesk.nlp import layers

OWN_SENTENCES = [
    "Militia fighters burned three villages near the river crossing on Sunday, a local chief said.",
    "The navy said its patrol boat sank after an explosion off the northern coast.\n\nTwo sailors are missing.",
    "Shelling hit a market in the old town; at least nine people died, according to the health office.",
    "x",
]

#: layer name -> (thinc's forward, wardesk's)
KINDS = {
    "maxout": (thinc_maxout.forward, layers.maxout_forward),
    "layernorm": (thinc_layernorm.forward, layers.layernorm_forward),
}


def _inputs(n_in: int) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(7)
    return {
        "random rows": rng.standard_normal((40, n_in)).astype("float32"),
        "zeros": np.zeros((3, n_in), "float32"),
        "negative zeros": np.full((3, n_in), -0.0, "float32"),
        "ties": np.full((3, n_in), 2.25, "float32"),
        "large values": (rng.standard_normal((5, n_in)) * 1e6).astype("float32"),
        "one row": rng.standard_normal((1, n_in)).astype("float32"),
        "no rows": np.zeros((0, n_in), "float32"),
    }


@pytest.fixture(scope="module")
def nlp() -> Language:
    from wardesk.nlp.loader import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="module")
def stock() -> Language:
    return original_pipeline()


def _layers_named(nlp: Language, name: str) -> list:
    return [
        layer
        for component in nlp.component_names
        if hasattr(getattr(nlp.get_pipe(component), "model", None), "walk")
        for layer in nlp.get_pipe(component).model.walk()
        if layer.name == name
    ]


@pytest.mark.parametrize("kind", list(KINDS))
def test_nlp_layers_every_layer_of_the_loaded_pipeline_predicts_through_them(nlp, kind):
    found = _layers_named(nlp, kind)
    assert len(found) >= 10  # the shared tok2vec's and the recognizer's five each
    assert all(layer._func is KINDS[kind][1] for layer in found)


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("rows", list(_inputs(4)))
def test_nlp_layers_forward_gives_thincs_bits(nlp, kind, rows):
    theirs, ours = KINDS[kind]
    for layer in _layers_named(nlp, kind):
        X = layer.ops.asarray2f(_inputs(layer.get_dim("nI"))[rows])
        with np.errstate(all="ignore"):
            a, b = ours(layer, X, False)[0], theirs(layer, X, False)[0]
        assert a.dtype == b.dtype and a.shape == b.shape
        assert a.tobytes() == b.tobytes()  # the same bits, signs of zeros included


@pytest.mark.parametrize("kind", list(KINDS))
def test_nlp_layers_training_keeps_thincs_forward(nlp, kind):
    layer = _layers_named(nlp, kind)[0]
    X = layer.ops.asarray2f(_inputs(layer.get_dim("nI"))["random rows"])
    out, backprop = KINDS[kind][1](layer, X, True)
    assert backprop(np.ones_like(out)).shape == X.shape
    _, predict_only = KINDS[kind][1](layer, X, False)
    with pytest.raises(RuntimeError):
        predict_only(np.ones_like(out))


@pytest.mark.parametrize("text", OWN_SENTENCES)
def test_nlp_layers_pipeline_vectors_and_annotation_equal_spacys(nlp, stock, text):
    assert not any(layer._func in (f for _, f in KINDS.values()) for layer in layers._layers(stock))
    ours, theirs = nlp(text), stock(text)
    assert ours.tensor.tobytes() == theirs.tensor.tobytes()
    cols = ["TAG", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE"]
    assert ours.to_array(cols).tolist() == theirs.to_array(cols).tolist()


def test_nlp_layers_uninstall_puts_thincs_forwards_back():
    nlp = original_pipeline()
    assert layers.install(nlp) >= 20
    layers.uninstall(nlp)
    for kind, (theirs, _) in KINDS.items():
        assert all(layer._func is theirs for layer in _layers_named(nlp, kind))


@pytest.mark.parametrize(
    ("fast", "version", "patched"),
    [(True, None, True), (False, None, False), (True, "3.9.1", False)],
)
def test_nlp_layers_installed_only_with_the_checked_fast_paths(fast, version, patched):
    """Like the other fast paths: off with ``fast_nlp`` off and for a model version never checked."""
    from wardesk.nlp.loader import _add_components

    nlp = original_pipeline()
    if version is not None:
        nlp.meta["version"] = version
    nlp = _add_components(nlp, fast=fast)
    for kind, (_, ours) in KINDS.items():
        assert any(layer._func is ours for layer in _layers_named(nlp, kind)) is patched
