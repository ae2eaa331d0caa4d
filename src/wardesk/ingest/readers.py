"""One reader per input format, looked up by file suffix in ``READERS``.

A reader turns one input (a file, or stdin's bytes) into ``(where, Article)``
pairs and ``IngestFailure`` values. It fills what the input says (id, text,
title, source, url, and a published date from the record or the page's
metadata); the checks and the remaining date sources are applied afterwards,
the same way for every format.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields
from pathlib import Path

from wardesk.errors import (
    ArticleTooLarge,
    BadJsonLine,
    BinaryInput,
    EmptyArticle,
    MissingColumns,
    UnreadableInput,
)
from wardesk.ingest.checks import MAX_ARTICLE_CHARS
from wardesk.ingest.decode import BINARY_SNIFF_BYTES, decode_bytes, looks_binary
from wardesk.ingest.failure import IngestFailure, fail
from wardesk.ingest.published import resolve_published
from wardesk.ingest.webpage import extract_webpage
from wardesk.record import Article

#: Largest .txt file read, in bytes: MAX_ARTICLE_CHARS characters take at most
#: 4 bytes each in UTF-8, so anything bigger is too large before decoding.
MAX_TEXT_FILE_BYTES = 4 * MAX_ARTICLE_CHARS

#: Largest .html file read, in bytes. Markup, scripts and inline images make
#: pages 10 to 50 times their text; beyond this trafilatura takes seconds.
MAX_HTML_FILE_BYTES = 50 * MAX_ARTICLE_CHARS

# A CSV cell may hold a whole article; the csv module's default limit (131,072
# characters) would turn a long one into a parse error instead of a clear
# ArticleTooLarge failure.
csv.field_size_limit(max(csv.field_size_limit(), 4 * MAX_ARTICLE_CHARS))


# --- CSV column mapping ---------------------------------------------------------------

#: Header names tried, in order, for each field when CsvColumns does not name
#: one. They cover wardesk's own layout (id,title,text,source,published,url)
#: and FA-KES (unit_id, article_title, article_content, source). FA-KES's
#: ``date`` column is deliberately not a published alias: it holds the event
#: date its labellers assigned, which is not always the publication date.
CSV_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "unit_id", "article_id", "doc_id", "docid"),
    "title": ("title", "article_title", "headline"),
    "text": ("text", "article_content", "content", "body", "article_text"),
    "source": ("source", "outlet", "publisher", "sitename"),
    "published": ("published", "publish_date", "published_at", "pubdate", "date_published"),
    "url": ("url", "link", "article_url"),
}
_REQUIRED_COLUMNS = ("id", "text")


@dataclass(frozen=True)
class CsvColumns:
    """Which CSV column holds which Article field; None means "try the usual names" (CSV_ALIASES)."""

    id: str | None = None
    title: str | None = None
    text: str | None = None
    source: str | None = None
    published: str | None = None
    url: str | None = None

    def resolve(self, header: list[str], where: str) -> dict[str, int]:
        """Field name -> column index for ``header``; raises MissingColumns naming what is missing."""
        index = {name.strip().lower(): i for i, name in reversed(list(enumerate(header)))}
        found: dict[str, int] = {}
        missing: list[str] = []
        for field in fields(self):
            wanted = getattr(self, field.name)
            tried = (wanted,) if wanted is not None else CSV_ALIASES[field.name]
            hit = next((index[t.strip().lower()] for t in tried if t.strip().lower() in index), None)
            if hit is not None:
                found[field.name] = hit
            elif wanted is not None or field.name in _REQUIRED_COLUMNS:
                missing.append(f"{field.name} (looked for {', '.join(repr(t) for t in tried)})")
        if missing:
            available = ", ".join(repr(h) for h in header) or "none"
            raise MissingColumns(
                f"CSV lacks the column for {'; '.join(missing)}; its columns are {available}; "
                "name the right ones with CsvColumns(id=..., text=...) (the CLI's column options)",
                where=where,
            )
        return found


@dataclass(frozen=True)
class Source:
    """One input to read: a file, or bytes already read (stdin).

    where (str): the name used in messages (the path as given, or ``<stdin>``).
    path (Path | None): the file, when there is one.
    data (bytes | None): the content, when it was read already.
    suffix (str): the format, as a READERS key (".csv").
    article_id (str | None): the id of a one-article input; None: the file name without extension.
    columns (CsvColumns): the column mapping, for a CSV.
    """

    where: str
    suffix: str
    path: Path | None = None
    data: bytes | None = None
    article_id: str | None = None
    columns: CsvColumns = CsvColumns()

    def size(self) -> int:
        return len(self.data) if self.data is not None else self.path.stat().st_size

    def read_bytes(self) -> bytes:
        return self.data if self.data is not None else self.path.read_bytes()

    def head(self, n: int) -> bytes:
        """The first ``n`` bytes, to sniff the content before reading it all."""
        if self.data is not None:
            return self.data[:n]
        with self.path.open("rb") as handle:
            return handle.read(n)

    def open_lines(self) -> Iterator[bytes]:
        """The content line by line, without holding a large file in memory."""
        if self.data is not None:
            yield from io.BytesIO(self.data)
            return
        with self.path.open("rb") as handle:
            yield from handle

    @property
    def stem(self) -> str:
        if self.article_id is not None or self.path is None:
            return self.article_id or self.where
        return self.path.stem


log = logging.getLogger("wardesk.ingest")


def path_text(path: str | os.PathLike[str]) -> str:
    """A path as text that can be printed and stored: bytes of a file name that are not UTF-8 (which
    Python keeps as lone surrogates) are shown as ``\\xNN`` escapes."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def file_source(path: Path, columns: CsvColumns, where: str | None = None) -> Source:
    """The Source of one file; a file name that is not UTF-8 is read under its escaped name (with a
    warning), since a surrogate in an id or a message cannot be stored or printed."""
    given = where if where is not None else str(path)
    shown = path_text(given)
    article_id = None
    if shown != given:
        article_id = path_text(path.stem)
        log.warning(
            "warning: %s: the file name is not valid UTF-8; it is read as article '%s' (rename the file to "
            "keep a readable id)",
            shown,
            article_id,
        )
    return Source(where=shown, suffix=path.suffix.lower(), path=path, columns=columns, article_id=article_id)


# --- readers ---------------------------------------------------------------------------


def _too_large(source: Source, limit: int) -> IngestFailure | None:
    size = source.size()
    if size <= limit:
        return None
    return fail(
        source.where,
        ArticleTooLarge,
        f"file has {size:,} bytes, more than the {limit:,} read as one article; "
        "is this really one news article? Split it into articles",
    )


def _decode(source: Source, data: bytes) -> str | IngestFailure:
    try:
        return decode_bytes(data, where=source.where)
    except BinaryInput as exc:
        return IngestFailure(source.where, exc)


def read_text(source: Source) -> Iterator[tuple[str, Article] | IngestFailure]:
    """A .txt file: one article, its id the file name without extension."""
    failure = _too_large(source, MAX_TEXT_FILE_BYTES)
    if failure is not None:
        yield failure
        return
    text = _decode(source, source.read_bytes())
    if isinstance(text, IngestFailure):
        yield text
        return
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    yield source.where, Article(id=source.stem, text=text)


def read_html(source: Source) -> Iterator[tuple[str, Article] | IngestFailure]:
    """An .html/.htm file: one article from trafilatura's main text and metadata."""
    failure = _too_large(source, MAX_HTML_FILE_BYTES)
    if failure is not None:
        yield failure
        return
    html = _decode(source, source.read_bytes())
    if isinstance(html, IngestFailure):
        yield html
        return
    page = extract_webpage(html)
    if not page.text.strip() and html.strip():
        yield fail(
            source.where,
            EmptyArticle,
            "no article text found in this HTML page (a page drawn by scripts, a login wall, or markup "
            "too broken or deeply nested to parse); save the article's text as a .txt file instead",
        )
        return
    published, origin = resolve_published([(page.published, "html")])
    yield (
        source.where,
        Article(
            id=source.stem,
            url=page.url,
            title=page.title,
            source=page.source,
            published=published,
            published_from=origin,
            text=page.text,
        ),
    )


def _optional_text(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise TypeError(f"field {key!r} should be a string, not {type(value).__name__}")


def article_from_record(record: object, where: str) -> tuple[str, Article] | IngestFailure:
    """One schema input record (a JSON object) as an Article, or a BadJsonLine failure.

    Keys other than the schema's input fields are ignored, and a line that
    wraps the record as ``{"article": {...}, ...}`` (the bench's gold format)
    is unwrapped.
    """
    if not isinstance(record, dict):
        return fail(where, BadJsonLine, f"expected a JSON object, got a {type(record).__name__}")
    if "id" not in record and isinstance(record.get("article"), dict):
        # A gold or output line ({"article": {...}, "events": [...]}): read its article, ignore the rest.
        record = record["article"]
    record_id = record.get("id")
    if record_id is None or (isinstance(record_id, str) and not record_id.strip()):
        return fail(
            where,
            BadJsonLine,
            f"record has no 'id' (keys: {', '.join(sorted(record)) or 'none'}); give every record an id",
        )
    if not isinstance(record_id, str | int) or isinstance(record_id, bool):
        return fail(where, BadJsonLine, f"'id' should be a string, not {type(record_id).__name__}")
    if "text" not in record and "html" not in record:
        return fail(
            where,
            BadJsonLine,
            f"record {record_id!r} has neither 'text' nor 'html' (keys: {', '.join(sorted(record))}); "
            "put the article body in 'text'",
        )
    try:
        text = _optional_text(record, "text") or ""
        html = _optional_text(record, "html")
        title = _optional_text(record, "title")
        outlet = _optional_text(record, "source")
        url = _optional_text(record, "url")
    except TypeError as exc:
        return fail(where, BadJsonLine, f"record {record_id!r}: {exc}")
    html_date = None
    if not text.strip() and html:
        page = extract_webpage(html)
        text, html_date = page.text, page.published
        title, outlet, url = title or page.title, outlet or page.source, url or page.url
    published, origin = resolve_published([(record.get("published"), "input"), (html_date, "html")])
    article = Article(
        id=record_id,
        url=url,
        title=title,
        source=outlet,
        published=published,
        published_from=origin,
        text=text,
    )
    return where, article


def read_jsonl(source: Source) -> Iterator[tuple[str, Article] | IngestFailure]:
    """A .jsonl file: one record a line; a bad line is a failure naming file:line, the rest goes on."""
    if looks_binary(source.head(BINARY_SNIFF_BYTES)):
        yield fail(
            source.where, BinaryInput, "this is a binary file, not JSON lines; give a .jsonl text file"
        )
        return
    seen_any = False
    for number, raw in enumerate(source.open_lines(), start=1):
        where = f"{source.where}:{number}"
        try:
            line = decode_bytes(raw, where=where)
        except BinaryInput as exc:
            yield IngestFailure(where, exc)
            continue
        if not line.strip():
            continue
        seen_any = True
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield fail(
                where,
                BadJsonLine,
                f"not valid JSON ({exc.msg.removesuffix(' at')} at column {exc.colno}); "
                "each line must be one JSON object",
            )
            continue
        yield article_from_record(record, where)
    if not seen_any:
        yield fail(source.where, EmptyArticle, "the file holds no records; give one JSON object per line")


def read_csv(source: Source) -> Iterator[tuple[str, Article] | IngestFailure]:
    """A .csv file with a header row: one article a row, columns mapped through CsvColumns."""
    text = _decode(source, source.read_bytes())
    if isinstance(text, IngestFailure):
        yield text
        return
    rows = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(rows, None)
    except csv.Error as exc:
        yield fail(f"{source.where}:1", UnreadableInput, f"the header row is not valid CSV ({exc})")
        return
    if not header or not any(cell.strip() for cell in header):
        yield fail(
            source.where, EmptyArticle, "the CSV file is empty; it needs a header row and one row per article"
        )
        return
    try:
        mapping = source.columns.resolve(header, source.where)
    except MissingColumns as exc:
        yield IngestFailure(source.where, exc)
        return
    seen_any = False
    while True:
        where = f"{source.where}:{rows.line_num + 1}"
        try:
            row = next(rows)
        except StopIteration:
            if not seen_any:
                yield fail(
                    source.where,
                    EmptyArticle,
                    "the CSV file has a header but no rows; add one row per article",
                )
            return
        except csv.Error as exc:
            yield fail(where, UnreadableInput, f"broken CSV from here on ({exc}); fix the quoting and rerun")
            return
        if not any(cell.strip() for cell in row):
            continue
        seen_any = True
        cells = {name: (row[i] if i < len(row) else "") for name, i in mapping.items()}
        record_id = cells["id"].strip()
        if not record_id:
            yield fail(where, MissingColumns, "this row has an empty id cell; give every row an id")
            continue
        published, origin = resolve_published([(cells.get("published"), "input")])
        yield (
            where,
            Article(
                id=record_id,
                url=cells.get("url") or None,
                title=cells.get("title") or None,
                source=cells.get("source") or None,
                published=published,
                published_from=origin,
                text=cells["text"],
            ),
        )


Reader = Callable[[Source], Iterator["tuple[str, Article] | IngestFailure"]]

#: File suffix (lower case) -> reader. Adding a format means adding one entry.
READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".csv": read_csv,
}
