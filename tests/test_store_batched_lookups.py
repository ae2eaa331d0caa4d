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


REPORT = (
    "Militia fighters raided three farming villages east of the river before dawn on Tuesday, burning "
    "granaries and driving off cattle, and at least nine villagers were killed, a district commissioner "
    "said on Wednesday. Families who fled the raids reached the market town by foot and said the "
    "attackers had come on motorbikes and returned across the river before soldiers arrived."
)
OTHER = (
    "The finance ministry said on Monday that fuel prices would rise next month after the central bank "
    "let the currency float, and traders in the capital expect bread and transport to cost more within "
    "weeks, while unions have called for talks on wages before the new prices come into force."
)


def _pending_row(aid: str, text: str, near_dup_of: str | None = None) -> tuple[dict, list, object]:
    sh, keys = near_dup_keys_of(normalise_text(text))
    art = Article(id=aid, text=text)
    row = r.article_row(
        art,
        content_hash=content_hash(text),
        near_dup_of=near_dup_of,
        similarity=None,
        published=None,
        published_from="none",
        now=dt.datetime.now(dt.timezone.utc),
    )
    return row, keys, sh


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DISTRICT NEWS - " + REPORT, "orig"),  # a dateline added: a copy of the pending original
        (REPORT.replace("nine", "ten") + " More soon.", "orig"),  # a copy of the copy: its original
        (OTHER, None),
    ],
)
def test_store_near_duplicate_found_among_pending_articles(store, text: str, expected: str | None) -> None:
    from wardesk.store.db import PendingArticles

    pending = PendingArticles()
    pending.add(*_pending_row("orig", REPORT))
    pending.add(*_pending_row("copy", REPORT + " Reporting by a stringer.", near_dup_of="orig"))
    sh, keys = near_dup_keys_of(normalise_text(text))
    with store.engine.connect() as conn:
        found = Store.find_near_duplicate(conn, text, keys, sh, pending)
    assert (found[0] if found else None) == expected
    with store.engine.begin() as conn:
        Store.insert_pending(conn, pending)
        after = Store.find_near_duplicate(conn, text, keys, sh)
    assert (after[0] if after else None) == expected  # the same once they are inserted
