"""Stage ingest: files, folders and stdin -> ``Article`` records, with one clear failure per bad input.

``read_inputs`` puts the steps in order: expand the inputs (folders, ``-``),
pick a reader by suffix (``readers.READERS``), decode bytes (``decode``), read
records, complete the publication date (record > page metadata > the
``published`` option > a dateline in the text, see ``dateline``) and check
each article (``checks``: empty, too large, not English, see ``language``).
Nothing here raises for a bad input: it yields an ``IngestFailure`` and goes on.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from wardesk.errors import IngestError, InputNotFound, UnreadableInput, UnsupportedInput, UsageError
from wardesk.ingest.checks import MAX_ARTICLE_CHARS, check_article
from wardesk.ingest.count import count_items
from wardesk.ingest.dateline import Dateline, find_dateline
from wardesk.ingest.failure import IngestFailure, fail
from wardesk.ingest.published import normalise_published, published_problem
from wardesk.ingest.readers import READERS, CsvColumns, Source, file_source, path_text
from wardesk.ingest.urls import url_problem
from wardesk.record import Article

log = logging.getLogger("wardesk.ingest")

__all__ = [
    "MAX_ARTICLE_CHARS",
    "READERS",
    "SUPPORTED_SUFFIXES",
    "CsvColumns",
    "count_inputs",
    "Dateline",
    "IngestFailure",
    "drop_unsafe_url",
    "scrub_article",
    "scrub_text",
    "find_dateline",
    "normalise_published",
    "read_inputs",
    "read_located",
]

#: The file suffixes wardesk reads (lower case); a folder contributes only these.
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(sorted(READERS))

STDIN = "-"
STDIN_WHERE = "<stdin>"
STDIN_ID = "stdin"


def read_inputs(
    inputs: list[str],
    *,
    columns: CsvColumns | None = None,
    published: str | None = None,
    stdin: TextIO | BinaryIO | None = None,
) -> Iterator[Article | IngestFailure]:
    """Every article in ``inputs``, in order, with a failure in place of each input that cannot be read.

    inputs (list[str]): file paths, folder paths (every supported file in
        them, recursively, sorted) and ``-`` for stdin.
    columns (CsvColumns | None): the CSV column mapping; None tries the usual names.
    published (str | None): the publication date to use when an article
        gives none (the ``--published`` option); below the record's own date
        and the page metadata, above a dateline found in the text.
    stdin (TextIO | BinaryIO | None): what ``-`` reads; None means sys.stdin.
    RETURNS (Iterator[Article | IngestFailure]): lazily, one item per article or failure.
    Raises UsageError at once (not lazily) when ``published`` is not a date,
    since a mistyped option would otherwise be dropped without a word.
    """
    option = _published_option(published)
    return (item for _, item in _read_all(list(inputs), columns or CsvColumns(), option, stdin))


def read_located(
    inputs: list[str],
    *,
    columns: CsvColumns | None = None,
    published: str | None = None,
    stdin: TextIO | BinaryIO | None = None,
) -> Iterator[tuple[str, Article | IngestFailure]]:
    """As ``read_inputs``, each item with where it was read (``file``, ``file:line``, ``<stdin>``): the
    ingest run records failures under that name and forgets them once the same input is stored."""
    option = _published_option(published)
    return _read_all(list(inputs), columns or CsvColumns(), option, stdin)


def _published_option(published: str | None) -> str | None:
    """The --published option as an ISO date; UsageError at once (not lazily) when it is none."""
    if published is None:
        return None
    option = normalise_published(published)
    if option is None:
        raise UsageError(f"--published {published!r} is not a date; give it as YYYY-MM-DD, e.g. 2016-10-12")
    problem = published_problem(option)
    if problem is not None:
        raise UsageError(f"--published {published!r} {problem}; give the day the articles appeared")
    return option


def _read_all(
    inputs: list[str], columns: CsvColumns, option: str | None, stdin: TextIO | BinaryIO | None
) -> Iterator[tuple[str, Article | IngestFailure]]:
    for name in inputs:
        for source in _expand(name, columns, stdin):
            if isinstance(source, IngestFailure):
                yield source.where, source
                continue
            yield from _read_source_located(source, option)


def _expand(
    name: str, columns: CsvColumns, stdin: TextIO | BinaryIO | None
) -> Iterator[Source | IngestFailure]:
    """The sources one input names: stdin, a file, or the supported files of a folder."""
    if name == STDIN:
        yield _stdin_source(stdin)
        return
    path = Path(name)
    if path.is_dir():
        files = folder_files(path)
        if not files:
            yield fail(
                path_text(name),
                UnsupportedInput,
                f"the folder holds no {', '.join(SUPPORTED_SUFFIXES)} files; check the path",
            )
        for file in files:
            yield file_source(file, columns)
        return
    if not path.exists():
        yield fail(path_text(name), InputNotFound, "no such file or folder; check the path")
        return
    if path.suffix.lower() not in READERS:
        yield fail(
            path_text(name),
            UnsupportedInput,
            f"wardesk cannot read {path.suffix or 'extension-less'} files; "
            f"give {', '.join(SUPPORTED_SUFFIXES)} files, a folder of them, or - for stdin",
        )
        return
    yield file_source(path, columns, where=name)


def folder_files(path: Path) -> list[Path]:
    """The supported files of a folder, recursively, in a stable order; hidden files and folders left out."""
    files = sorted(
        (p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READERS),
        key=lambda p: p.relative_to(path).as_posix(),
    )
    return [f for f in files if not any(part.startswith(".") for part in f.relative_to(path).parts)]


def count_inputs(inputs: list[str]) -> int | None:
    """How many items (articles or failures) ``inputs`` will give; None when that cannot be known in
    advance (stdin, URLs). For progress bars: see ``count.py``."""
    return count_items(list(inputs), folder_files)


def _stdin_source(stdin: TextIO | BinaryIO | None) -> Source:
    """stdin's content as a JSONL source (every non-empty line starts with '{') or one text article."""
    stream = sys.stdin if stdin is None else stdin
    buffer = getattr(stream, "buffer", None)
    content = buffer.read() if buffer is not None else stream.read()
    data = content.encode("utf-8") if isinstance(content, str) else content
    lines = [line.strip() for line in data.splitlines() if line.strip()]
    is_jsonl = bool(lines) and all(line.startswith(b"{") for line in lines)
    return Source(where=STDIN_WHERE, suffix=".jsonl" if is_jsonl else ".txt", data=data, article_id=STDIN_ID)


def read_source(source: Source, option: str | None) -> Iterator[Article | IngestFailure]:
    """The articles and failures of one opened source, each article finished (see
    :func:`finish_article`); ``option`` is the --published date, if given. Shared by
    ``read_inputs`` and the Dask partition reader."""
    return (item for _, item in _read_source_located(source, option))


def _read_source_located(source: Source, option: str | None) -> Iterator[tuple[str, Article | IngestFailure]]:
    reader = READERS[source.suffix]
    try:
        for item in reader(source):
            if isinstance(item, IngestFailure):
                yield item.where, item
            else:
                yield item[0], finish_article(*item, option=option)
    except OSError as exc:
        yield (
            source.where,
            fail(source.where, UnreadableInput, f"cannot read it ({exc.strerror or exc}); check permissions"),
        )


def finish_article(where: str, article: Article, *, option: str | None) -> Article | IngestFailure:
    """Complete the publication date (``option``, else the dateline), drop a URL that is not http(s)
    (with a warning: a ``javascript:`` link must never become the article's "original" link), and run
    the per-article checks."""
    article = drop_unsafe_url(where, scrub_article(article))
    if article.published is None:
        if option is not None:
            article = article.model_copy(update={"published": option, "published_from": "option"})
        else:
            found = find_dateline(article.text)
            if found is not None:
                article = article.model_copy(
                    update={"published": found.date.isoformat(), "published_from": "dateline"}
                )
    error: IngestError | None = check_article(article)
    if error is not None:
        return IngestFailure(where, type(error)(error.message, where=where))
    return article


#: What a NUL character in an article becomes: PostgreSQL refuses NUL in text, and no article means one;
#: one character for one keeps every evidence offset where it was.
NUL_REPLACEMENT = "\ufffd"


def scrub_text(value: str) -> str:
    """``value`` with NUL characters replaced (``NUL_REPLACEMENT``), the same text on SQLite and PostgreSQL."""
    return value.replace("\x00", NUL_REPLACEMENT) if "\x00" in value else value


def scrub_article(article: Article) -> Article:
    """``article`` with NUL characters replaced in its id, title, outlet, URL and text."""
    fields = {"id": article.id, "title": article.title, "source": article.source, "url": article.url}
    fields["text"] = article.text
    changed = {k: scrub_text(v) for k, v in fields.items() if isinstance(v, str) and "\x00" in v}
    return article.model_copy(update=changed) if changed else article


def drop_unsafe_url(where: str, article: Article) -> Article:
    """``article`` without its URL when that is not an http(s) URL with a host; logs a warning naming it."""
    if article.url is None:
        return article
    problem = url_problem(article.url)
    if problem is None:
        return article
    log.warning(
        "warning: %s: the url %r is %s; the article is kept without it", where, article.url[:200], problem
    )
    return article.model_copy(update={"url": None})
