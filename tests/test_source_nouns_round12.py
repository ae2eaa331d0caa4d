"""Envoys, researchers, aides and other people whose office is to speak or look into things name an
unnamed source ("a UN envoy said"), as officials and monitors do (reporting_verbs.yaml source_nouns)."""

from __future__ import annotations

import pytest

from wardesk.record import Article


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Gunmen killed six villagers near Beni on Sunday, a UN envoy said.", "a UN envoy"),
        (
            "Gunmen killed six villagers near Beni on Sunday, a rights researcher told reporters.",
            "a rights researcher",
        ),
        (
            "Gunmen killed six villagers near Beni on Sunday, an aide to the governor said.",
            "an aide to the governor",
        ),
    ],
)
def test_a_speaking_office_names_the_source(pipeline, text, source):
    events = pipeline.run(Article(id="t", text=text, published="2021-03-08")).events
    assert events
    assert {c.source for c in events[0].claims if c.what == "killed"} == {source}
