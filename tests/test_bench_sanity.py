"""bench/sanity.py: no event of an extraction output ends after its article's publication."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import sanity  # noqa: E402  (bench/sanity.py)


def _line(published, *spans):
    return {
        "article_id": "a",
        "published": published,
        "events": [{"date": {"start": s, "end": e, "text": "x"}, "locations": []} for s, e in spans],
    }


@pytest.mark.parametrize(
    ("line", "future"),
    [
        (_line("2019-03-14", ("2019-03-12", "2019-03-12"), ("2019-03-13", "2019-03-15")), 0),
        (_line("2019-03-14", ("2019-03-16", "2019-03-16"), ("2019-03-01", "2019-03-31")), 2),
        (_line("2019-03-14", (None, None)), 0),
        (_line(None, ("2033-01-01", "2033-12-31")), 0),
    ],
)
def test_sanity_counts_events_ending_after_publication(line, future):
    assert sanity.check([line], {"NG"})["future"] == future
