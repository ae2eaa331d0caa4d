"""The store's batched look-ups answer as the one-article look-ups did, and shingles made once equal those made twice."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from wardesk.record import Article
from wardesk.store import Store
from wardesk.store import rows as r
from wardesk.store.dedup import (
    content_hash,
    minhash,
    near_dup_keys,
    near_dup_keys_of,
    normalise_text,
    normalised_hash,
    shingles,
)

STORED = [
    ("north-1", "https://news.example/north", "Rebels shelled the northern bridge at dawn, officials said."),
    ("south-1", None, "Two soldiers died when their truck hit a mine on the southern road."),
    ("east-1", "https://news.example/east", "Protesters blocked the eastern highway for a third day."),
]


@pytest.fixture
def store(tmp_path):
    with Store(str(tmp_path / "look.db")) as st:
        now = dt.datetime.now(dt.timezone.utc)
        with st.engine.begin() as conn:
            for aid, url, text in STORED:
                art = Article(id=aid, url=url, text=text)
                row = r.article_row(
                    art,
                    content_hash=content_hash(text),
                    near_dup_of=None,
                    similarity=None,
                    published=None,
                    published_from="none",
                    now=now,
                )
                Store.insert_article(conn, row, [], {})
        yield st


@pytest.mark.parametrize(
    ("aid", "url", "text", "expected"),
    [
        ("north-1", None, "Any other words at all.", ("id", "north-1")),
        ("fresh-1", "https://news.example/east", "Different words entirely here.", ("url", "east-1")),
        (
            "fresh-2",
            None,
            "two soldiers died when their truck hit a mine on the SOUTHERN road",
            ("hash", "south-1"),
        ),
        ("fresh-3", "https://news.example/new", "A market fire was put out by neighbours.", None),
        ("south-1", "https://news.example/north", STORED[2][2], ("id", "south-1")),  # the id comes first
    ],
)
def test_store_find_existing_many_answers_as_find_existing(store, aid, url, text, expected) -> None:
    with store.engine.connect() as conn:
        one = Store.find_existing(conn, aid, url, content_hash(text))
        many = Store.find_existing_many(
            conn, [(aid, url, content_hash(text)), ("nobody", None, content_hash("nothing like it"))]
        )
    assert one == expected
    assert many == [expected, None]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a village near the lake and burned forty houses, a local chief told reporters. " * 3,
        "Short text, two words.",
        "",
    ],
)
def test_store_shingles_made_once_equal_the_text_ones(text: str) -> None:
    normalised = normalise_text(text)
    sh, keys = near_dup_keys_of(normalised)
    assert (sh.shingles(), keys) == near_dup_keys(text)
    assert sh.shingles() == shingles(text)
    assert normalised_hash(normalised) == content_hash(text)
    if text:
        assert minhash(sh.array) == minhash(shingles(text))
        assert isinstance(sh.array, np.ndarray)
