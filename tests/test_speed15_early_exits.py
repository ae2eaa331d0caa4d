"""Round-15 speed: the cheap forms of this round's rules give what they gave, on own sentences."""

from __future__ import annotations

from wardesk.geo.mentions import _dateline_span, dateline_range


def test_dateline_range_is_kept_per_document(nlp):
    """The actor finder asks it of every candidate name: the dateline is read once per document."""
    doc = nlp(
        "KHARTOUM (Reuters) - Drones struck a fuel depot outside Port Sudan on Sunday, a local official said."
    )
    first = dateline_range(doc)
    assert first == _dateline_span(doc) and first[0] == 0
    assert any(k.endswith("dateline_range") for k in doc.user_data)
    assert dateline_range(doc) is first


def test_no_dateline_still_reads_minus_one(nlp):
    doc = nlp("Fighters shelled a market in the north of the province late on Friday, residents said.")
    assert dateline_range(doc) == (-1, -1)


def test_characterising_frame_still_restates(pipeline):
    """'the elders called the raid a massacre' tells no new event; the raid before it does."""
    from wardesk.record import Article

    text = (
        "Gunmen raided a cattle camp near Bor on Tuesday, killing nine herders, a county official said. "
        "Local elders called the raid a massacre of unarmed men."
    )
    out = pipeline.run(Article(id="own-1", text=text, published="2024-03-14"))
    events = [e for e in out.events if e.event_type is not None]
    assert len(events) == 1


def test_another_count_in_the_perfect_still_goes_on(pipeline):
    """'another N have been killed' after a period's tally stays part of that tally."""
    from wardesk.record import Article

    text = (
        "Clashes across the region have killed 140 civilians since the ceasefire collapsed in January, "
        "a rights group said on Monday. Another 35 have been killed in fighting around the provincial capital."
    )
    out = pipeline.run(Article(id="own-2", text=text, published="2024-04-02"))
    assert not [e for e in out.events if e.kind == "incident" and e.claims]
