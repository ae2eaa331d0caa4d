"""Publication date: normalisation, and precedence record > html > option > dateline > none."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from wardesk.errors import UsageError
from wardesk.ingest import normalise_published, read_inputs

TEXT_WITH_DATELINE = (
    "12 October 2016 Government forces shelled the eastern districts of the city, and a monitoring group "
    "said that eleven people had been killed."
)
TEXT_WITHOUT = "Government forces shelled the eastern districts of the city, and a monitoring group said that eleven were killed."
HTML = (
    '<html><head><title>Shelling</title><meta property="article:published_time" content="2016-10-14T10:00:00Z">'
    "</head><body><article><p>{text}</p></article></body></html>"
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2016-10-12", "2016-10-12"),
        ("2016-10-12T23:30:00+03:00", "2016-10-12"),
        ("2016-10-12 08:00", "2016-10-12"),
        ("2016-1-2", "2016-01-02"),
        ("12 October 2016", "2016-10-12"),
        ("Oct 12, 2016", "2016-10-12"),
        (dt.date(2016, 10, 12), "2016-10-12"),
        (dt.datetime(2016, 10, 12, 8, 0), "2016-10-12"),
        ("2016-02-30", None),
        ("October 2016", None),
        ("not a date at all", None),
        ("", None),
        (None, None),
        (20161012, None),
    ],
)
def test_published_normalise(value: object, expected: str | None) -> None:
    assert normalise_published(value) == expected


def _write(tmp_path: Path, kind: str, published: str | None, text: str) -> Path:
    if kind == "jsonl":
        path = tmp_path / "a.jsonl"
        record = {"id": "a", "text": text} | ({"published": published} if published else {})
        path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    elif kind == "html":
        path = tmp_path / "a.html"
        path.write_text(HTML.format(text=text), encoding="utf-8")
    else:
        path = tmp_path / "a.txt"
        path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("kind", "record_date", "text", "option", "published", "origin"),
    [
        ("jsonl", "2016-10-15", TEXT_WITH_DATELINE, "2016-10-20", "2016-10-15", "input"),
        ("html", None, TEXT_WITH_DATELINE, "2016-10-20", "2016-10-14", "html"),
        ("txt", None, TEXT_WITH_DATELINE, "2016-10-20", "2016-10-20", "option"),
        ("txt", None, TEXT_WITH_DATELINE, None, "2016-10-12", "dateline"),
        ("txt", None, TEXT_WITHOUT, None, None, "none"),
        # An unparseable record date falls through instead of failing.
        ("jsonl", "yesterday-ish", TEXT_WITH_DATELINE, None, "2016-10-12", "dateline"),
        ("jsonl", "soon", TEXT_WITHOUT, "2016-10-20", "2016-10-20", "option"),
        ("jsonl", "2016-10-15T22:00:00Z", TEXT_WITHOUT, None, "2016-10-15", "input"),
    ],
)
def test_published_precedence(
    tmp_path: Path,
    kind: str,
    record_date: str | None,
    text: str,
    option: str | None,
    published: str | None,
    origin: str,
) -> None:
    path = _write(tmp_path, kind, record_date, text)
    (article,) = read_inputs([str(path)], published=option)
    assert (article.published, article.published_from) == (published, origin)


@pytest.mark.parametrize("option", ["next week", "2016-13-45", "October"])
def test_published_bad_option_is_a_usage_error(option: str) -> None:
    with pytest.raises(UsageError, match="--published"):
        read_inputs(["whatever.txt"], published=option)
