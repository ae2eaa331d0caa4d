"""A group named as the parent or ally of the group right after it ("the al Qaeda-linked al
Shabaab", "the Islamic State-affiliated ADF") is not the one acting; alone ("Islamic
State-linked militants") it still is (extract.article._without_parents). Own sentences."""

from __future__ import annotations

import pytest

from article_helpers import incidents, names


@pytest.mark.parametrize(
    ("text", "acting", "not_acting"),
    [
        (
            "Fighters of the al Qaeda-linked al Shabaab group overran an army outpost in Lower Shabelle "
            "on Monday, killing eight soldiers.",
            "al-Shabaab",
            "al-Qaeda",
        ),
        (
            "The Islamic State-affiliated ADF killed twelve villagers in Beni territory, North Kivu, on Sunday.",
            "Allied Democratic Forces",
            "Islamic State",
        ),
        (
            "Gunmen from the al-Qaeda-affiliated JNIM attacked a gendarmerie post in Djibo on Monday, "
            "killing six gendarmes.",
            "JNIM",
            "al-Qaeda",
        ),
    ],
)
def test_the_group_after_its_parent_acts(pipeline, text, acting, not_acting):
    got = names(incidents(pipeline, text, "2024-03-05"), "initiators")
    assert acting in got and not_acting not in got, got


def test_a_parent_named_alone_still_acts(pipeline):
    text = "Islamic State-linked militants killed twelve villagers near Oicha in North Kivu on Sunday."
    assert "Islamic State" in names(incidents(pipeline, text, "2024-03-05"), "initiators")
