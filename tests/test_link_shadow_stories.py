"""A story that only tells another story's other incidents folds into it (``cluster._fold_shadows``): two
articles that each tell the killings and the army's clash before them give a story of the clashes beside
the story of the killings; the clashes become its parts. Reports built by hand (no spaCy)."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from test_link_stories import groups, texts_for
from test_link_told_two_ways import REBELS, D, incident
from wardesk.link import Report, link_reports
from wardesk.record import Event


def _reading(article: str, n: int, ev: Event) -> Report:
    return Report(f"{article}:{n}", article, "outlet " + article, D + dt.timedelta(days=1), ev, main=n == 0)


def _two_ways(extra: list[Report] | None = None) -> list[Report]:
    """Outlets A and B each tell the killings (their main event) and the army's clash before them; C only
    the killings."""
    return [
        _reading("art-a", 0, incident("attack_on_civilians", 40)),
        _reading("art-a", 1, incident("armed_clash", 6, who=REBELS)),
        _reading("art-b", 0, incident("attack_on_civilians", 42)),
        _reading("art-b", 1, incident("armed_clash", 6, who=REBELS)),
        _reading("art-c", 0, incident("attack_on_civilians", 38)),
        *(extra or []),
    ]


def test_link_shadow_stories_a_shadow_story_folds_into_its_story() -> None:
    """The clashes of A and B are a story of their own beside the killings' (before: two stories); every
    article of it has its voice in the killings' story, and each clash may be a part of it: one story."""
    rs = _two_ways()
    stories = link_reports(rs, texts=texts_for(rs))
    assert groups(stories) == [["art-a:0", "art-a:1", "art-b:0", "art-b:1", "art-c:0"]]
    (story,) = stories
    assert [r.report_id for r in story.voices] == ["art-a:0", "art-b:0", "art-c:0"]


def test_link_shadow_stories_a_story_with_an_article_of_its_own_does_not_fold() -> None:
    """Outlet D tells only the clash: the clashes' story holds an article the killings' story lacks, so it is
    an event of its own in D's telling, not a shadow."""
    rs = _two_ways([_reading("art-d", 0, incident("armed_clash", 6, who=REBELS))])
    got = groups(link_reports(rs, texts=texts_for(rs)))
    assert ["art-a:1", "art-b:1", "art-d:0"] in got


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_link_shadow_stories_folding_does_not_depend_on_order(seed: int) -> None:
    rs = _two_ways()
    texts = texts_for(rs)
    once = groups(link_reports(rs, texts=texts))
    shuffled = rs[:]
    random.Random(seed).shuffle(shuffled)
    for cut in (1, 2, 3):
        first = link_reports(shuffled[:cut], texts=texts)
        assert groups(link_reports(shuffled[cut:], existing=first, texts=texts)) == once
