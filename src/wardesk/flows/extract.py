"""The extract run: inputs -> Articles -> normalised text -> spaCy Doc -> events -> ArticleEvents.

This module only sequences the stages (as trafilatura's ``core`` does); each
stage lives in its own package and knows nothing of the others. ``Pipeline``
extracts articles already read; ``extract_inputs`` is the whole run of
``wardesk extract`` (read, extract, count), which the CLI only prints.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from wardesk.errors import ExtractError, WardeskError
from wardesk.extract import Lexicons, extract_events
from wardesk.flows.memory import fewer_collections
from wardesk.ingest import CsvColumns, IngestFailure, read_inputs
from wardesk.names import fold
from wardesk.nlp import load_pipeline
from wardesk.nlp.cache import doc_text
from wardesk.nlp.headline import english_words, sentence_case
from wardesk.nlp.normalize import normalize_text
from wardesk.record import Article, ArticleEvents

#: Articles per spaCy batch: large enough to amortise, small enough to stream. The parser
#: steps through its documents' transitions together, one matrix product per step for the
#: whole batch, so it gains from many (whole FA-KES extraction CPU, medians of three
#: alternating runs on a shared machine: 26.3 s at 16, 25.4 s at 64, 23.9 s at 128, with the
#: sizes below).
BATCH_ARTICLES = 128
#: Docs per batch of the components whose best size is not ``BATCH_ARTICLES``: the two
#: token-to-vector networks (the shared one and the entity recognizer's own) multiply a
#: (tokens x 288) matrix per layer, which stays in the CPU's cache for a few documents only.
#: Per-row results do not depend on the batch: output byte-identical (bench/snapshot.py).
COMPONENT_BATCH: dict[str, int] = {"tok2vec": 4, "wardesk_ner": 8, "ner": 8}
#: Headlines shorter than this are not worth a separate parse.
MIN_TITLE_CHARS = 12


def _published(article: Article) -> dt.date | None:
    if not article.published:
        return None
    try:
        return dt.date.fromisoformat(str(article.published)[:10])
    except ValueError:
        return None


def _title_in_text(title: str, text: str) -> bool:
    """FA-KES and many wire texts repeat the headline in their first line."""
    return fold(title)[:60] in fold(text[: len(title) + 200])


#: A run of word characters, as ``\w+`` in ``headline_span``'s pattern.
_WORD_RUN = re.compile(r"\w+")


def headline_span(title: str | None, text: str) -> tuple[int, int]:
    """Where a headline repeated at the top of the text starts and ends ((0, 0) when it is not there).

    The headline's words, in order, separated by anything but word characters, in any case:
    the pattern ``word\\W+word\\W+...`` searched case-blind. Compiling that pattern for each
    article cost more than the search; ASCII texts (most) are matched word run by word run
    instead (``_ascii_span``), with the same result.
    """
    if not title:
        return 0, 0
    words = _WORD_RUN.findall(title)
    if len(words) < 3:
        return 0, 0
    window = text[: len(title) + 300]
    if window.isascii() and title.isascii():
        return _ascii_span([w.lower() for w in words], window)
    pattern = r"\W+".join(re.escape(w) for w in words)
    m = re.search(pattern, window, re.I)
    return (m.start(), m.end()) if m else (0, 0)


def _ascii_span(words: list[str], window: str) -> tuple[int, int]:
    """``headline_span``'s search over ASCII text, without a pattern per headline.

    Between two words the pattern wants one or more non-word characters, so the
    first word ends a run of word characters of the text, each middle word is a
    whole run, and the last word begins one; runs are maximal, so what lies
    between two of them is that separator. The leftmost run that can hold the
    first word gives the leftmost match, as the regular expression's search.
    """
    runs = [(m.start(), m.end(), m.group()) for m in _WORD_RUN.finditer(window.lower())]
    first, middle, last = words[0], words[1:-1], words[-1]
    n = len(words)
    for i in range(len(runs) - n + 1):
        start, end, run = runs[i]
        if not run.endswith(first):
            continue
        if all(runs[i + 1 + k][2] == w for k, w in enumerate(middle)) and runs[i + n - 1][2].startswith(last):
            return end - len(first), runs[i + n - 1][0] + len(last)
    return 0, 0


def headline_end(title: str | None, text: str) -> int:
    """Where a headline repeated at the top of the text ends (0 when it is not there)."""
    return headline_span(title, text)[1]


def read_headline(title: str, text: str, english: frozenset[str]) -> tuple[str, str]:
    """The headline and the text as the parser reads them: a Title Case headline in sentence
    case (``nlp.headline``), where it stands alone and where the text repeats it. Only the
    case of letters changes, so offsets into the text stay those of the article."""
    start, end = headline_span(title, text)
    if end > start:
        body = text[:start] + " " * (end - start) + text[end:]
        text = text[:start] + sentence_case(text[start:end], body, english) + text[end:]
        return title, text
    return sentence_case(title, text, english), text


class Pipeline:
    """Load spaCy and the resources once; extract the events of many articles."""

    def __init__(self) -> None:
        self.nlp = load_pipeline()
        self.lexicons = Lexicons.default()

    def _read(self, articles: list[Article]) -> tuple[list[str], list[str]]:
        """The texts and the headlines to parse (a headline the text repeats is parsed with it)."""
        english = english_words(self.nlp)
        texts, titles = [], []
        for a in articles:
            text = normalize_text(a.text)
            t = normalize_text(a.title or "").strip()
            t, text = read_headline(t, text, english)
            texts.append(text)
            titles.append(t if len(t) >= MIN_TITLE_CHARS and not _title_in_text(t, text) else "")
        return texts, titles

    def run_many(self, articles: Iterable[Article]) -> Iterator[ArticleEvents | tuple[Article, WardeskError]]:
        """ArticleEvents per article, in input order; an article that fails yields (article, error)."""
        batch: list[Article] = []
        with fewer_collections():
            for article in articles:
                batch.append(article)
                if len(batch) >= BATCH_ARTICLES:
                    yield from self._run_batch(batch)
                    batch = []
            if batch:
                yield from self._run_batch(batch)

    def run(self, article: Article) -> ArticleEvents:
        (out,) = list(self._run_batch([article]))
        if isinstance(out, tuple):
            raise out[1]
        return out

    def _parse(self, batch: list[Article]) -> list[tuple[Doc, Doc] | WardeskError]:
        """The text and headline Docs of each article; an article spaCy cannot take gets an error.

        spaCy fails a whole batch when one text breaks it, so a failed batch is
        parsed again one article at a time, and only the article at fault is lost.
        """
        texts, titles = self._read(batch)
        cfg = {
            name: {"batch_size": size}
            for name, size in COMPONENT_BATCH.items()
            if name in self.nlp.pipe_names
        }
        try:
            docs = list(self.nlp.pipe(texts, batch_size=BATCH_ARTICLES, component_cfg=cfg))
            # most headlines are repeated by their text (no title to parse): only the others go
            # through the models, which cost per batch even for empty texts
            parsed = iter(
                self.nlp.pipe([t for t in titles if t], batch_size=BATCH_ARTICLES, component_cfg=cfg)
            )
            title_docs = [next(parsed) if t else self.nlp.make_doc(t) for t in titles]
            return list(zip(docs, title_docs, strict=True))
        except Exception:  # noqa: S110 - which article broke it is found below
            pass
        out: list[tuple[Doc, Doc] | WardeskError] = []
        for article, text, title in zip(batch, texts, titles, strict=True):
            try:
                out.append((self.nlp(text), self.nlp(title)))
            except Exception as exc:
                out.append(
                    ExtractError(
                        f"the language pipeline cannot read this text ({type(exc).__name__}: {exc}); "
                        "check its encoding, or report the article",
                        where=article.id,
                    )
                )
        return out

    def _run_batch(self, batch: list[Article]) -> Iterator[ArticleEvents | tuple[Article, WardeskError]]:
        parsed = self._parse(batch)
        for k, article in enumerate(batch):
            docs, parsed[k] = parsed[k], None  # each Doc freed as soon as its article is done
            if isinstance(docs, WardeskError):
                yield article, docs
                continue
            doc, title_doc = docs
            published = _published(article)
            try:
                events = _extract(doc, title_doc, article, published, self.lexicons)
            except WardeskError as exc:
                yield article, exc
                continue
            except Exception as exc:  # a bug must not sink the batch: report it with the article id
                yield (
                    article,
                    ExtractError(
                        f"extraction failed ({type(exc).__name__}: {exc}); please report this article",
                        where=article.id,
                    ),
                )
                continue
            yield ArticleEvents(
                article_id=article.id,
                published=published,
                published_from=article.published_from if published else "none",
                events=events,
            )


def _extract(
    doc: Doc, title_doc: Doc, article: Article, published: dt.date | None, lexicons: Lexicons
) -> list:
    """The events of one parsed article; its Docs' per-document caches are dropped after it.

    The caches (``doc.user_data``: sentences, entities, memos) hold Spans that point back at
    their Doc: a reference cycle, so without this each Doc, its arrays and its caches lived until
    the garbage collector's next scan of older objects, and every such scan walked them all.
    """
    try:
        return extract_events(
            doc,
            published,
            title_doc if len(title_doc) else None,
            headline_end(article.title, doc_text(doc)),
            lexicons=lexicons,
            publisher=article.source,
        )
    finally:
        doc.user_data.clear()
        title_doc.user_data.clear()


@functools.cache
def process_pipeline() -> Pipeline:
    """This process's pipeline, loaded on first use (spaCy takes seconds and hundreds of MB): shared
    by the API's requests and by a worker process's tasks."""
    return Pipeline()


@dataclass
class ExtractSummary:
    """What an extract run did; ``failures`` holds one line per input or article that failed."""

    read: int = 0
    extracted: int = 0
    events: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        return (
            f"read {self.read}, extracted {self.extracted} ({self.events} events), "
            f"failed {len(self.failures)} in {self.seconds:.1f}s"
        )


def extract_inputs(
    inputs: list[str],
    *,
    columns: CsvColumns | None = None,
    published: str | None = None,
    pipeline: Any = None,
    summary: ExtractSummary | None = None,
    on_failure: Callable[[str], None] | None = None,
) -> Iterator[ArticleEvents]:
    """The ArticleEvents of every article in ``inputs``, in input order.

    Inputs that cannot be read and articles that fail are counted in ``summary``
    and passed to ``on_failure`` (one line each); the run goes on. Raises
    UsageError at once for a bad ``published`` option.
    """
    summary = summary if summary is not None else ExtractSummary()
    items = read_inputs(inputs, columns=columns, published=published)  # a bad option raises here, not later
    return _extract_items(items, pipeline if pipeline is not None else Pipeline(), summary, on_failure)


def _extract_items(
    items: Iterable[Article | IngestFailure],
    pipeline: Any,
    summary: ExtractSummary,
    on_failure: Callable[[str], None] | None,
) -> Iterator[ArticleEvents]:
    started = time.perf_counter()

    def fail(line: str) -> None:
        summary.failures.append(line)
        if on_failure is not None:
            on_failure(line)

    def articles() -> Iterator[Article]:
        for item in items:
            if isinstance(item, IngestFailure):
                fail(f"skipped {item}")
                continue
            summary.read += 1
            yield item

    try:
        for out in pipeline.run_many(articles()):
            if isinstance(out, tuple):
                art, exc = out
                fail(f"failed {art.id}: {exc.render()}")
                continue
            summary.extracted += 1
            summary.events += len(out.events)
            yield out
    finally:
        summary.seconds = time.perf_counter() - started
