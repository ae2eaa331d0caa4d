"""An act whose object points back, by a pronoun, to the subject of the clause it hangs on hits that
subject: "soldiers were driving home when gunmen hit their truck", "the rebels said army artillery
shelled their positions" (round 12, frames12). Own sentences."""

from __future__ import annotations

from wardesk.record import Article

PUB = "2024-05-20"


def _roles(pipeline, text):
    events = pipeline.run(Article(id="t", text=text, published=PUB)).events
    return {a.name for e in events for a in e.initiators}, {a.name for e in events for a in e.targets}


def test_the_subject_hit_while_doing_something_else_is_the_target(pipeline):
    text = "Nigerien soldiers were patrolling near Diffa on Sunday when bandits ambushed their convoy."
    initiators, targets = _roles(pipeline, text)
    assert "Niger" in targets
    assert "Niger" not in initiators


def test_the_speaker_whose_positions_were_hit_is_the_target(pipeline):
    text = "The M23 rebels said Congolese artillery pounded their trenches near Sake on Sunday."
    _, targets = _roles(pipeline, text)
    assert any("M23" in name for name in targets)


def test_a_pronoun_subject_blocks_the_reading_back(pipeline):
    # "they" may be who the possessive means: the speaker is not made the target
    text = "The M23 rebels said they pounded army trenches near Sake on Sunday."
    _, targets = _roles(pipeline, text)
    assert not any("M23" in name for name in targets)


def test_a_singular_speaker_is_not_their(pipeline):
    # "their" agrees with the rebels, not with the army that speaks
    text = "The Congolese army said M23 rebels shelled their own depots near Sake on Sunday."
    _, targets = _roles(pipeline, text)
    assert not any(name.startswith("DR Congo") for name in targets)
