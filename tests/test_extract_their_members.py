"""A generic member noun owned by a pronoun ("12 of their fighters") is the members of the actor
the pronoun points back to: the nearest one before it, in its sentence or the one before, that
agrees in number (round 12, frames12). Own sentences."""

from __future__ import annotations

from wardesk.record import Article

PUB = "2024-05-20"


def _targets(pipeline, text):
    events = pipeline.run(Article(id="t", text=text, published=PUB)).events
    return {a.name for e in events for a in e.targets}


def test_their_fighters_are_the_plural_actor_named_before(pipeline):
    text = "Mai-Mai militiamen raided a camp near Beni on Monday. The army said it shot dead 9 of their fighters."
    targets = _targets(pipeline, text)
    assert "fighters" not in targets
    # "the army", nearer, is singular: "their" skips it for the plural group before
    assert any("Mai-Mai" in name for name in targets)
