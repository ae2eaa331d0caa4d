"""'N others were killed' after a toll adds to it, as 'another N' and 'N more' do (numbers)."""

from __future__ import annotations

import pytest

from wardesk.record import Article


def _fatalities(pipeline, text):
    events = pipeline.run(Article(id="t", text=text, published="2024-03-06")).events
    return [e.fatalities.best for e in events]


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("A soldier died in the blast in Kunar on Tuesday. Two others were killed later.", 3),
        ("Gunmen killed five villagers in Zamfara on Sunday. Three others died later in hospital.", 8),
    ],
)
def test_others_killed_add_to_the_toll_before(pipeline, text, best):
    assert _fatalities(pipeline, text)[:1] == [best]


@pytest.mark.parametrize(
    ("text", "best"),
    [
        # others wounded add nothing to the dead
        ("A car bomb killed four people in Mogadishu on Monday, police said. Two others were wounded.", 4),
        # nor do the two others killed beside them in one phrase count twice
        ("Gunmen killed five soldiers and two others in Zamfara on Sunday.", 7),
        # 'N other <people>' killed in an attack of its own are that attack's dead, not more of the first's
        (
            "A car bomb killed four people in Kirkuk on Monday. Seven other civilians were killed in "
            "mortar fire on a village to the south on Tuesday.",
            4,
        ),
    ],
)
def test_others_do_not_inflate_the_toll(pipeline, text, best):
    assert _fatalities(pipeline, text)[:1] == [best]


def test_a_periods_count_is_no_step_of_a_growing_toll(nlp):
    # real figures read from sentences: a toll, one that adds to it, and a count since a month
    from wardesk.extract.numbers import find_quantities
    from wardesk.extract.rank import reconcile_counts
    from wardesk.record import Claim

    doc = nlp(
        "Shelling killed nine people in the town on Sunday. Four others died later in hospital. "
        "More than 600 civilians have been killed in the region since May."
    )
    pairs = []
    for sent in doc.sents:
        for q in find_quantities(sent):
            if q.what == "killed":
                pairs.append((Claim(what="killed", value=q.value, text=sent.text), q))
    assert [q.value for _c, q in pairs] == [9, 4, 600]
    assert reconcile_counts(pairs, "killed").best == 13
