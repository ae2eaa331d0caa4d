"""The batch run raises the garbage collector's thresholds while it runs, and puts them back."""

from __future__ import annotations

import gc

import pytest

from wardesk.flows.extract import Pipeline
from wardesk.flows.memory import RUN_GC_THRESHOLDS, fewer_collections
from wardesk.record import Article

ARTICLES = [
    Article(
        id="g1", text="A roadside bomb killed four soldiers near the town of Kandahar on Monday, police said."
    ),
    Article(id="g2", text="Gunmen kidnapped nine farmers in Zamfara state on Tuesday, residents said."),
]


@pytest.fixture
def default_thresholds():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield (700, 10, 10)
    gc.set_threshold(*before)


def test_thresholds_are_raised_during_the_run_and_restored_after(default_thresholds):
    seen = []
    for _ in Pipeline().run_many(ARTICLES):
        seen.append(gc.get_threshold())
    assert seen and all(t == RUN_GC_THRESHOLDS for t in seen)
    assert gc.get_threshold() == default_thresholds


def test_thresholds_are_restored_when_the_caller_stops_early(default_thresholds):
    run = Pipeline().run_many(ARTICLES)
    next(run)
    assert gc.get_threshold() == RUN_GC_THRESHOLDS
    run.close()
    assert gc.get_threshold() == default_thresholds


def test_a_caller_s_higher_thresholds_are_never_lowered():
    before = gc.get_threshold()
    gc.set_threshold(50_000, 100, 100)
    try:
        with fewer_collections():
            assert gc.get_threshold() == (50_000, 100, 100)
        assert gc.get_threshold() == (50_000, 100, 100)
    finally:
        gc.set_threshold(*before)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (ARTICLES[0].text, "Bomb kills four soldiers near Kandahar"),
        (ARTICLES[1].text, ""),
        ("Officials said nothing happened.", "A quiet day in the capital after the talks"),
    ],
)
def test_flows_extract_an_articles_docs_die_without_the_collector(pipeline, text, title):
    """Once its article is extracted a Doc is freed by reference counting: its per-document caches
    (Spans pointing back at it) are dropped, so no cycle waits for a collection."""
    import weakref

    from wardesk.flows.extract import _extract

    doc, title_doc = pipeline.nlp(text), pipeline.nlp(title)
    refs = [weakref.ref(doc), weakref.ref(title_doc)]
    gc.disable()
    try:
        events = _extract(doc, title_doc, Article(id="x", text=text, title=title), None, pipeline.lexicons)
        assert doc.user_data == {} and title_doc.user_data == {}
        del doc, title_doc
        assert [r() for r in refs] == [None, None]
    finally:
        gc.enable()
    assert isinstance(events, list)
