"""bench/sanity.py: the checks no extraction output may fail, on outputs written here."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import sanity  # noqa: E402  (bench/sanity.py)


def _line(published, *spans):
    return {
        "article_id": "a",
        "published": published,
        "events": [{"date": {"start": s, "end": e, "text": "x"}} for s, e in spans],
    }


@pytest.mark.parametrize(
    ("line", "broken", "checked"),
    [
        (_line("2019-03-14", ("2019-03-12", "2019-03-12"), ("2019-03-13", "2019-03-15")), 0, 2),
        (_line("2019-03-14", ("2019-03-16", "2019-03-16"), ("2019-03-01", "2019-03-31")), 2, 2),
        (_line("2019-03-14", (None, None)), 0, 0),
        (_line(None, ("2033-01-01", "2033-12-31")), 0, 0),
    ],
)
def test_sanity_counts_events_ending_after_publication(line, broken, checked):
    (tally,) = sanity.run([line]).values()
    assert (tally.broken, tally.checked) == (broken, checked)


def test_sanity_reads_an_output_file_and_skips_broken_lines(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps(_line("2019-03-14", ("2019-04-01", "2019-04-01"))) + "\nnot json\n")
    assert sanity.main([str(out), "--json"]) == 0
    printed = capsys.readouterr()
    assert json.loads(printed.out) == {"events ending after publication + 1 day": {"checked": 1, "broken": 1}}
    assert "not a JSON line" in printed.err
