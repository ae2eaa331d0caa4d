"""Per-article checks, cheapest first: empty, too large, an impossible publication date, not English."""

from __future__ import annotations

from wardesk.errors import ArticleTooLarge, EmptyArticle, ImpossibleDate, IngestError, NotEnglish
from wardesk.ingest.language import judge_language
from wardesk.ingest.published import published_problem
from wardesk.record import Article

#: Longest article text accepted, in characters. News reports run to a few
#: thousand characters (FA-KES: median 1,626, longest 8,606) and long-form
#: features to ~50,000; a million is a whole book, which means a wrong file
#: (a log, a dump, a concatenated corpus) and would cost the spaCy pipeline
#: minutes and gigabytes (spaCy's own nlp.max_length default is also 1,000,000).
MAX_ARTICLE_CHARS = 1_000_000


def check_article(article: Article) -> IngestError | None:
    """The first problem that keeps ``article`` from being processed, or None."""
    if not article.text.strip():
        return EmptyArticle(
            f"article {article.id!r} has no text (it is empty or only white space); "
            "give it the article's text, or leave it out"
        )
    if len(article.text) > MAX_ARTICLE_CHARS:
        return ArticleTooLarge(
            f"article {article.id!r} has {len(article.text):,} characters, more than the "
            f"{MAX_ARTICLE_CHARS:,} allowed; is this really one news article? Split it into articles"
        )
    if article.published is not None:
        problem = published_problem(article.published)
        if problem is not None:
            return ImpossibleDate(
                f"article {article.id!r}: its field 'published' ({article.published}, from "
                f"{article.published_from}) {problem}; correct the date or leave the field out"
            )
    verdict = judge_language(article.text)
    if not verdict.english:
        return NotEnglish(
            f"article {article.id!r} does not look English: {verdict.explain()}; wardesk reads "
            "English only, so translate it first or leave it out"
        )
    return None
