"""End-to-end tests of read_inputs: every input format, every failure, stdin, folders."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from wardesk.errors import (
    ArticleTooLarge,
    BadJsonLine,
    BinaryInput,
    EmptyArticle,
    InputNotFound,
    MissingColumns,
    NotEnglish,
    UnsupportedInput,
)
from wardesk.ingest import MAX_ARTICLE_CHARS, CsvColumns, IngestFailure, read_inputs
from wardesk.record import Article

DATA = Path(__file__).parent / "data" / "ingest"


def _read(*names: str, **kwargs) -> list[Article | IngestFailure]:
    return list(read_inputs([str(DATA / n) if n != "-" else n for n in names], **kwargs))


def _articles(items: list) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def _failures(items: list) -> list[IngestFailure]:
    return [i for i in items if isinstance(i, IngestFailure)]


@pytest.mark.parametrize(
    ("name", "index", "expected"),
    [
        (
            "strike.txt",
            0,
            {"id": "strike", "title": None, "published": "2016-10-12", "published_from": "dateline"},
        ),
        ("nodate.txt", 0, {"id": "nodate", "published": None, "published_from": "none"}),
        (
            "page.html",
            0,
            {
                "id": "page",
                "title": "Car bomb kills eleven near border crossing",
                "source": "Frontier Herald",
                "url": "https://frontier-herald.example/news/car-bomb-border",
                "published": "2017-03-04",
                "published_from": "html",
            },
        ),
        (
            "corpus.jsonl",
            0,
            {"id": "wire-1", "source": "Wire", "published": "2016-10-12", "published_from": "input"},
        ),
        ("corpus.jsonl", 1, {"id": "wire-2", "published": "2014-08-17", "published_from": "dateline"}),
        # An html record with an unparseable published value: the page's metadata wins.
        (
            "corpus.jsonl",
            2,
            {
                "id": "5",
                "title": "Drone strike hits convoy",
                "published": "2018-01-20",
                "published_from": "html",
            },
        ),
        (
            "plain.csv",
            0,
            {
                "id": "p-1",
                "title": "Mortar fire hits school",
                "source": "Daily Bulletin",
                "url": "https://bulletin.example/p-1",
                "published": "2015-03-18",
                "published_from": "input",
            },
        ),
        ("plain.csv", 1, {"id": "p-2", "url": None, "published": None, "published_from": "none"}),
        # FA-KES layout: its `date` column is an event label, not the publication date.
        (
            "fakes_layout.csv",
            0,
            {
                "id": "101",
                "title": "Air raids on the old city",
                "source": "bulletin",
                "published": "2017-04-05",
                "published_from": "dateline",
            },
        ),
        ("fakes_layout.csv", 1, {"id": "102", "published": "2015-02-12", "published_from": "dateline"}),
        ("latin1.txt", 0, {"id": "latin1", "published": "2017-04-16", "published_from": "dateline"}),
    ],
)
def test_ingest_reads_each_format(name: str, index: int, expected: dict) -> None:
    article = _articles(_read(name))[index]
    for field, value in expected.items():
        assert getattr(article, field) == value, field
    assert article.text.strip()


def test_ingest_html_keeps_main_text_only() -> None:
    (article,) = _read("page.html")
    assert "killing at least eleven people" in article.text
    assert "Sport" not in article.text and "All rights reserved" not in article.text


def test_ingest_jsonl_bad_lines_fail_and_rest_goes_on() -> None:
    items = _read("corpus.jsonl")
    assert [a.id for a in _articles(items)] == ["wire-1", "wire-2", "5"]
    failures = _failures(items)
    assert [f.where for f in failures] == [f"{DATA / 'corpus.jsonl'}:3", f"{DATA / 'corpus.jsonl'}:4"]
    assert all(isinstance(f.error, BadJsonLine) for f in failures)
    assert "not valid JSON" in str(failures[0])
    assert "neither 'text' nor 'html'" in str(failures[1])


@pytest.mark.parametrize(
    ("name", "error", "fragment"),
    [
        ("empty.txt", EmptyArticle, "has no text"),
        ("blank.txt", EmptyArticle, "has no text"),
        ("french.txt", NotEnglish, "English"),
        ("no_columns.csv", MissingColumns, "'headline', 'body_text'"),
        ("missing.txt", InputNotFound, "no such file"),
        ("folder/notes.md", UnsupportedInput, ".md"),
    ],
)
def test_ingest_failure_names_input_and_fix(name: str, error: type, fragment: str) -> None:
    (failure,) = _read(name)
    assert isinstance(failure, IngestFailure)
    assert isinstance(failure.error, error)
    line = str(failure)
    assert line.startswith(str(DATA / name)) and f"[{error.code}]" in line
    assert fragment in line
    assert "\n" not in line


def test_ingest_missing_columns_names_missing_and_available() -> None:
    (failure,) = _read("no_columns.csv")
    message = str(failure)
    assert "id (looked for 'id', 'unit_id'" in message
    assert "text (looked for 'text', 'article_content'" in message
    assert "its columns are 'headline', 'body_text'" in message


@pytest.mark.parametrize(
    ("columns", "expected"),
    [
        (CsvColumns(id="headline", text="body_text"), "Something"),
        (CsvColumns(id="HEADLINE", text=" body_text "), "Something"),  # case and spaces do not matter
        (CsvColumns(id="headline", text="body_text", title="nope"), MissingColumns),
    ],
)
def test_ingest_csv_columns_mapping(columns: CsvColumns, expected: object) -> None:
    (item,) = _read("no_columns.csv", columns=columns)
    if isinstance(expected, str):
        assert isinstance(item, Article) and item.id == expected
    else:
        assert isinstance(item, IngestFailure) and isinstance(item.error, expected)


@pytest.mark.parametrize(
    ("suffix", "content"),
    [
        (".txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4),
        (".csv", b"id,text\n1,\x00\x00\x00\x01\x02"),
        (".jsonl", b'{"id": "a"}\x00\x00\x07\x08'),
        (".html", bytes(range(1, 9)) * 300),  # control bytes, no NUL
    ],
)
def test_ingest_binary_file_is_refused(tmp_path: Path, suffix: str, content: bytes) -> None:
    path = tmp_path / f"blob{suffix}"
    path.write_bytes(content)
    (failure,) = read_inputs([str(path)])
    assert isinstance(failure, IngestFailure) and isinstance(failure.error, BinaryInput)
    assert failure.where == str(path)


def test_ingest_five_megabyte_article_is_too_large(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    sentence = "The shelling of the town went on through the night, residents said. "
    path.write_text(sentence * (5_000_000 // len(sentence) + 1), encoding="utf-8")
    (failure,) = read_inputs([str(path)])
    assert isinstance(failure, IngestFailure) and isinstance(failure.error, ArticleTooLarge)
    assert "Split it" in str(failure)


@pytest.mark.parametrize(
    ("chars", "ok"),
    [(MAX_ARTICLE_CHARS, True), (MAX_ARTICLE_CHARS + 1, False), (200_000, True)],
)
def test_ingest_article_size_limit_in_records(tmp_path: Path, chars: int, ok: bool) -> None:
    text = (
        "Rockets hit the port of the city and the army said it was searching for the launchers. " * 20_000
    )[:chars]
    jsonl = tmp_path / "big.jsonl"
    jsonl.write_text(json.dumps({"id": "big", "text": text}) + "\n", encoding="utf-8")
    csv_file = tmp_path / "big.csv"
    csv_file.write_text(f'id,text\nbig,"{text}"\n', encoding="utf-8")
    for item in read_inputs([str(jsonl), str(csv_file)]):
        assert isinstance(item, Article) is ok
        if not ok:
            assert isinstance(item.error, ArticleTooLarge)


def test_ingest_latin1_file_is_repaired() -> None:
    (article,) = _read("latin1.txt")
    assert "café district" in article.text
    assert "Syria's health ministry" in article.text
    assert 'called it a "massacre"' in article.text
    assert "Copyright © 2017" in article.text
    assert "\r" not in article.text


@pytest.mark.parametrize(
    ("stream", "expected"),
    [
        (
            io.StringIO(
                '{"id": "s-1", "text": "Gunmen attacked a checkpoint on the road to the city and killed two guards."}\n\n'
                '{"id": "s-2", "text": "An air strike hit a bakery in the old quarter and the fire spread to the market."}\n'
            ),
            ["s-1", "s-2"],
        ),
        (
            io.BytesIO(b"Ten people were killed in the explosion at the bus station, the police said.\r\n"),
            ["stdin"],
        ),
        (
            io.TextIOWrapper(
                io.BytesIO(
                    b'{"id": "w-1", "text": "A mine exploded under a truck on the road to the border."}'
                )
            ),
            ["w-1"],
        ),
        # A text that merely contains a JSON-looking line is one text article.
        (
            io.StringIO('The statement said:\n{"killed": 4}\nand nothing else was known about the attack.'),
            ["stdin"],
        ),
    ],
)
def test_ingest_stdin_jsonl_or_text(stream: io.IOBase, expected: list[str]) -> None:
    items = list(read_inputs(["-"], stdin=stream))
    assert [i.id for i in items] == expected


def test_ingest_stdin_bad_line_names_stdin() -> None:
    items = list(
        read_inputs(
            ["-"], stdin=io.StringIO('{"id": "x", "text": "A shell hit the wall of the school."}\n{"id": \n')
        )
    )
    assert isinstance(items[0], Article)
    assert isinstance(items[1], IngestFailure) and items[1].where == "<stdin>:2"


def test_ingest_empty_stdin_fails() -> None:
    (failure,) = read_inputs(["-"], stdin=io.StringIO(""))
    assert isinstance(failure, IngestFailure) and isinstance(failure.error, EmptyArticle)


def test_ingest_folder_reads_supported_files_sorted_recursively() -> None:
    items = _read("folder")
    assert [i.id for i in items] == ["a", "folder-b"]  # notes.md and .hidden.txt skipped


def test_ingest_inputs_keep_their_order() -> None:
    items = _read("plain.csv", "strike.txt", "folder")
    assert [i.id for i in items] == ["p-1", "p-2", "strike", "a", "folder-b"]


def test_ingest_csv_in_latin1_is_repaired() -> None:
    article = _articles(_read("fakes_layout.csv"))[1]
    assert "Syria's capital" in article.text and "Café Nour" in article.text


@pytest.mark.parametrize(
    ("name", "content", "error", "where"),
    [
        ("header_only.csv", b"id,title,text\r\n", EmptyArticle, ""),
        ("empty.jsonl", b"\n\n", EmptyArticle, ""),
        (
            "empty_id.csv",
            b"id,text\nx,Shells fell on the town.\n,Shells fell on the village.\n",
            MissingColumns,
            ":3",
        ),
        (
            "latin1.jsonl",
            b'{"id": "ok", "text": "caf\xe9"}\n{"id": 1, "text": ["a list"]}\n',
            BadJsonLine,
            ":2",
        ),
    ],
)
def test_ingest_record_level_failures(
    tmp_path: Path, name: str, content: bytes, error: type, where: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    failures = _failures(list(read_inputs([str(path)])))
    assert len(failures) == 1
    assert isinstance(failures[0].error, error)
    assert failures[0].where == f"{path}{where}"


def test_ingest_empty_folder_fails(tmp_path: Path) -> None:
    (tmp_path / "readme.md").write_text("not an article", encoding="utf-8")
    (failure,) = read_inputs([str(tmp_path)])
    assert isinstance(failure, IngestFailure) and isinstance(failure.error, UnsupportedInput)


def test_ingest_jsonl_unwraps_article_records(tmp_path: Path) -> None:
    line = {
        "article": {"id": "g-1", "published": "2015-08-17", "text": "A shell hit the school in the town."},
        "events": [],
        "extra": "ignored",
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    (article,) = read_inputs([str(path)])
    assert (article.id, article.published, article.published_from) == ("g-1", "2015-08-17", "input")
