"""Ingest extracts many write batches in one pipeline call, and stores and links exactly what it did batch by batch."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest
from sqlalchemy import select

from wardesk.flows.extract import BATCH_ARTICLES as PIPELINE_BATCH
from wardesk.flows.extract import Pipeline
from wardesk.flows.ingest import EXTRACT_ARTICLES, Ingester
from wardesk.record import Article
from wardesk.store import Store
from wardesk.store import schema as s

TOWNS = ["Kassala", "Gedaref", "Kosti", "Atbara", "Sennar", "Dongola"]


def _articles() -> list[Article]:
    """Forty short reports of my own: two days of shelling in six towns, one id given twice, one text copied."""
    out = []
    for i in range(40):
        town = TOWNS[i % len(TOWNS)]
        day = 3 + (i % 2)
        text = (
            f"Artillery shells struck the livestock market in {town} on {day} May 2024, killing {i + 2} "
            f"traders and wounding {i + 5} others, the regional health office said in a statement. "
            f"Witnesses in {town} said the shelling lasted for about an hour before it stopped."
        )
        out.append(Article(id=f"rep-{i}", source=f"outlet{i % 5}", text=text, published="2024-05-05"))
    out.append(out[3].model_copy())  # the same id again, in a later write batch
    out.append(out[5].model_copy(update={"id": "copy-of-5"}))  # the same text under another id
    return out


class _Recording:
    """The real pipeline, remembering how many articles each ``run_many`` call was given."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self.sizes: list[int] = []

    def run_many(self, articles: Iterable[Article]) -> Iterator:
        batch = list(articles)
        self.sizes.append(len(batch))
        yield from self.pipeline.run_many(batch)


def _ingest(tmp_path, pipeline: Pipeline, **kw) -> tuple[dict, list[int], list[tuple]]:
    rec = _Recording(pipeline)
    with Store(str(tmp_path / f"b{len(list(tmp_path.iterdir()))}.db")) as store:
        ing = Ingester(store, pipeline=rec, **kw)
        stats = ing.run_articles(_articles()).as_dict()
        ing._link_leftovers()
        with store.engine.connect() as conn:
            rows = conn.execute(
                select(s.events.c.id, s.events.c.story_id, s.articles.c.near_dup_of)
                .join(s.articles, s.articles.c.id == s.events.c.article_id)
                .order_by(s.events.c.id)
            ).all()
    stats.pop("seconds")
    return stats, rec.sizes, [tuple(r) for r in rows]


def test_flows_ingest_extracts_as_the_pipeline_batches() -> None:
    assert EXTRACT_ARTICLES == PIPELINE_BATCH


@pytest.mark.parametrize(
    ("batch_articles", "extract_articles", "sizes"),
    [
        (16, EXTRACT_ARTICLES, [40]),  # the defaults: all at once (but the two copies)
        (4, 16, [16, 16, 8]),  # four write batches per extraction
        (4, 4, [4] * 10),  # one write batch per extraction, as before
    ],
)
def test_flows_ingest_extraction_spans_write_batches(
    tmp_path, pipeline: Pipeline, batch_articles: int, extract_articles: int, sizes: list[int]
) -> None:
    stats, got, _ = _ingest(
        tmp_path, pipeline, batch_articles=batch_articles, extract_articles=extract_articles
    )
    assert got == sizes
    assert (stats["new"], stats["repeated"], stats["duplicates"], stats["failed"]) == (40, 1, 1, 0)


def test_flows_ingest_default_extracts_more_than_a_write_batch(tmp_path, pipeline: Pipeline) -> None:
    _, got, _ = _ingest(tmp_path, pipeline)
    assert max(got) > 16


def test_flows_ingest_same_database_whatever_the_extraction_batch(tmp_path, pipeline: Pipeline) -> None:
    one_by_one = _ingest(tmp_path, pipeline, batch_articles=4, extract_articles=4)
    together = _ingest(tmp_path, pipeline, batch_articles=4, extract_articles=32)
    assert together[0] == one_by_one[0]
    assert together[2] == one_by_one[2] and any(story for _, story, _ in together[2])


def test_flows_ingest_writes_and_links_with_the_run_thresholds(tmp_path, pipeline: Pipeline) -> None:
    """The collector's run thresholds hold through the writes and link runs, not only the extraction."""
    import gc

    from wardesk.flows.memory import RUN_GC_THRESHOLDS

    before = gc.get_threshold()
    seen: list[tuple[int, int, int]] = []
    with Store(str(tmp_path / "gc.db")) as store:
        ing = Ingester(store, pipeline=pipeline, on_item=lambda _status: seen.append(gc.get_threshold()))
        ing.run_articles(_articles()[:6])
    assert seen and all(t == RUN_GC_THRESHOLDS for t in seen)
    assert gc.get_threshold() == before
