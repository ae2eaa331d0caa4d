"""Shared helper of the tests that compare wardesk's spaCy stand-ins with spaCy's own components."""

from __future__ import annotations

import importlib

import pytest
from spacy.language import Language

from wardesk.nlp.loader import MODEL_PACKAGES


def original_pipeline() -> Language:
    """The English pipeline exactly as its package loads it, without wardesk's components."""
    for name in MODEL_PACKAGES:
        try:
            return importlib.import_module(name).load()
        except ImportError:
            continue
    pytest.fail("no English pipeline installed")
