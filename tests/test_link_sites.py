"""The kind of site a toll's sentence says was struck (link/sites.py)."""

from __future__ import annotations

import pytest

from wardesk.link.sites import struck_sites


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Missiles hit an aid convoy on the main road, killing 9 drivers.", {"convoy"}),
        ("An attack on a clinic in the valley left four patients dead.", {"medical"}),
        ("The old mosque was struck twice during Friday prayers.", {"worship"}),
        ("Jets bombed a crowded vegetable market, killing 30.", {"market"}),
        ("Rockets targeted a school and a hospital in the north of the town.", {"school", "medical"}),
        ("The injured were taken to a hospital in the capital.", set()),
        ("Two of the wounded later died in hospital.", set()),
        ("Shelling killed 12 people in the town on Monday.", set()),
    ],
)
def test_link_sites_struck_site_kinds(sentence: str, kinds: set[str]) -> None:
    assert struck_sites(sentence) == frozenset(kinds)
