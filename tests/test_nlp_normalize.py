"""Tests for wardesk.nlp.normalize: length-preserving clean-up of article text (our own strings)."""

from __future__ import annotations

import pytest

from wardesk.nlp.normalize import normalize_text


@pytest.mark.parametrize(
    "text,expected",
    [
        # a wiki section heading run into the text splits from the sentences around it
        ("killed 13.==Aftermath==The police", "killed 13.\n\nAftermath\n\nThe police"),
        ("===Arrests===Two men", "\n\n\nArrests\n\n\nTwo men"),
        # equals signs that are no heading stay
        ("if a == b then", "if a == b then"),
        ("x = 1", "x = 1"),
        ("a\u00a0b", "a b"),
    ],
)
def test_nlp_normalize_keeps_offsets(text, expected):
    out = normalize_text(text)
    assert out == expected and len(out) == len(text)
